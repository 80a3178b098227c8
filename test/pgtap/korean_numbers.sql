-- aimarket.parse_number, case by case. Runs in UTF8 and EUC_KR databases.
SET client_encoding = 'UTF8';
BEGIN;

CREATE TEMP TABLE cases(input text, expected numeric);
INSERT INTO cases VALUES
 ('0', 0), ('7', 7), ('1,500', 1500), ('6.5', 6.5), ('10,000,000', 10000000),
 ('1,234,567.89', 1234567.89), ('0.05', 0.05), ('003', 3), ('１２３', 123),
 ('８조', 8000000000000), ('8조6000억', 8600000000000), ('3억5000만', 350000000),
 ('1.5조', 1500000000000), ('삼천오백', 3500), ('이십일', 21), ('만', 10000),
 ('억', 100000000), ('조', 1000000000000), ('일억 이천만', 120000000), ('영', 0), ('공', 0),
 ('십', 10), ('백', 100), ('천', 1000), ('십만', 100000), ('백만', 1000000),
 ('천만', 10000000), ('십억', 1000000000), ('백억', 10000000000), ('천억', 100000000000),
 ('일조', 1000000000000), ('구천구백구십구', 9999), ('오백', 500), ('칠십칠', 77),
 ('사만 오천', 45000), ('삼억 오천만', 350000000), ('육조 칠천억', 6700000000000),
 ('하나', 1), ('둘', 2), ('셋', 3), ('넷', 4), ('다섯', 5), ('여섯', 6), ('일곱', 7),
 ('여덟', 8), ('아홉', 9), ('열', 10), ('열하나', 11), ('열둘', 12), ('스물', 20),
 ('스무', 20), ('스물다섯', 25), ('서른', 30), ('서른셋', 33), ('마흔', 40), ('마흔넷', 44),
 ('쉰', 50), ('쉰다섯', 55), ('예순', 60), ('일흔', 70), ('일흔일곱', 77), ('여든', 80),
 ('여든여덟', 88), ('아흔', 90), ('아흔아홉', 99), ('한', 1), ('두', 2), ('세', 3), ('네', 4),
 ('10 billion', 10000000000), ('6.5B', 6500000000), ('6.5b', 6500000000),
 ('1.2bn', 1200000000), ('300M', 300000000), ('300m', 300000000), ('2.5mn', 2500000),
 ('3.5 trillion', 3500000000000), ('1.2T', 1200000000000), ('20 million', 20000000),
 ('4 thousand', 4000), ('15K', 15000), ('1.5 billion', 1500000000),
 ('-3억', -300000000), ('+7', 7), ('△5000만', -50000000),
 ('마이너스 7', -7), ('-0.5', -0.5), ('- 3', -3),
 ('3천5백', 3500), ('5천만', 50000000), ('1,500억', 150000000000),
 ('3억 5000만', 350000000), ('1조 2000억', 1200000000000), ('8조 6천억', 8600000000000),
 ('2억3천만', 230000000), ('1억5', 100000005), ('3천500', 3500), ('12.25억', 1225000000),
 ('0.5조', 500000000000), ('1.05억', 105000000), ('4만2000', 42000), ('7천2백만', 72000000),
 ('1조5천억', 1500000000000), ('9999경', 99990000000000000000), ('1경', 10000000000000000),
 ('一億', 100000000), ('三千', 3000), ('五萬', 50000), ('二兆', 2000000000000), ('十', 10),
 ('  42  ', 42), (E'\t1억\n', 100000000), ('１억　２천만', 120000000),
 ('99999999999999999999999999999999999999', 99999999999999999999999999999999999999),
 ('0.00000000000000000001', 0.00000000000000000001), ('1,000', 1000), ('999,999', 999999),
 -- counts keep their number; the counter word is dropped
 ('2억명', 200000000), ('6500만 명', 65000000), ('3억5000만회', 350000000), ('12개국', 12),
 ('스무 살', 20), ('세 곳', 3), ('1,200건', 1200), ('두 배', 2), ('300만 가구', 3000000),
 ('18개월', 18);

-- characters that EUC_KR cannot carry are tested in UTF8 databases only
SELECT getdatabaseencoding() = 'UTF8' AS utf8 \gset
\if :utf8
INSERT INTO cases VALUES ('−2.5', -2.5), ('−3억', -300000000);
\endif

SELECT plan((SELECT count(*)::int FROM cases) + 52);

SELECT is(aimarket.parse_number(input), expected, 'parse_number(' || input || ')')
FROM cases;

-- Sino-Korean spellings built independently for 60 numbers, 1..10^16
CREATE FUNCTION pg_temp.sino(n numeric) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
  digits text[] := ARRAY['일','이','삼','사','오','육','칠','팔','구'];
  small text[] := ARRAY['', '십', '백', '천'];
  big text[] := ARRAY['', '만', '억', '조'];
  out text := ''; g int; grp numeric; d int; i int; j int; part text;
BEGIN
  IF n = 0 THEN RETURN '영'; END IF;
  FOR g IN REVERSE 3..0 LOOP
    grp := trunc(n / 10000::numeric ^ g) % 10000;
    IF grp > 0 THEN
      part := '';
      FOR j IN REVERSE 3..0 LOOP
        d := (trunc(grp / 10::numeric ^ j) % 10)::int;
        IF d > 0 THEN
          part := part || CASE WHEN d = 1 AND j > 0 THEN '' ELSE digits[d] END || small[j + 1];
        END IF;
      END LOOP;
      out := out || part || big[g + 1];
    END IF;
  END LOOP;
  RETURN out;
END $$;
SELECT is(aimarket.parse_number(pg_temp.sino(n)), n, 'generated spellings')
FROM (SELECT mod(power(i::numeric * 982451653 + 7, 2), power(10::numeric, 1 + i % 16)) AS n
      FROM generate_series(1, 20) i) s;
SELECT is(aimarket.parse_number(pg_temp.sino(n)), n::numeric, 'generated spellings, round')
FROM (VALUES (10000), (100000000), (1000000000000), (10001), (100010000), (1000100010001),
             (20000000), (1234567890123), (9999999999999999), (11), (110), (1111)) v(n);

-- bad input
SELECT throws_ok($$ SELECT aimarket.parse_number('') $$, '22P02', NULL, 'empty string');
SELECT throws_ok($$ SELECT aimarket.parse_number('억억') $$, '22P02', NULL, '억억');
SELECT throws_ok($$ SELECT aimarket.parse_number('1..2') $$, '22P02', NULL, '1..2');
SELECT throws_ok($$ SELECT aimarket.parse_number('garbage') $$, '22P02',
                 'invalid input syntax for a Korean number: "garbage"', 'message quotes the input');
SELECT throws_ok($$ SELECT aimarket.parse_number(repeat('9', 100)) $$, '22003', NULL, 'too many digits');
SELECT throws_ok($$ SELECT aimarket.parse_number('99999999999999999999999999999999999999경 1') $$,
                 '22003', NULL, 'beyond 38 significant digits');
SELECT throws_ok($$ SELECT aimarket.parse_number('스물삼') $$, '22P02', NULL, 'native and Sino mixed');
SELECT throws_ok($$ SELECT aimarket.parse_number('1억만') $$, '22P02', NULL, 'unit without a number');
SELECT throws_ok($$ SELECT aimarket.parse_number('3천5000') $$, '22P02', NULL, 'coefficient too large');
SELECT throws_ok($$ SELECT aimarket.parse_number('1,50') $$, '22P02', NULL, 'bad thousands separator');
SELECT throws_ok($$ SELECT aimarket.parse_number('수십억') $$, '22P02', NULL, 'vague amount');
SELECT throws_ok($$ SELECT aimarket.parse_number('7%') $$, '22P02', NULL, 'percent is not a number');
SELECT throws_ok($$ SELECT aimarket.parse_number('1.') $$, '22P02', NULL, 'trailing point');
SELECT throws_ok($$ SELECT aimarket.parse_number('abc 1') $$, '22P02', NULL, 'leading garbage');
SELECT is(aimarket.parse_number(NULL), NULL, 'NULL gives NULL');
SELECT is(aimarket.to_number_or_null('억억'), NULL, 'lax: NULL for bad input');
SELECT is(aimarket.to_number_or_null(repeat('9', 100)), NULL, 'lax: NULL for range');
SELECT is(aimarket.to_number_or_null('6.5B'), 6500000000::numeric, 'lax: value for good input');
SELECT throws_ok($$ SELECT aimarket.parse_number(repeat('억', 400000)) $$, '22P02', NULL,
                 '1 MB of units fails cleanly');
SELECT is(aimarket.to_number_or_null(repeat(' ', 1000000) || '5'), 5::numeric,
          '1 MB of blanks then a digit');

SELECT * FROM finish();
ROLLBACK;
