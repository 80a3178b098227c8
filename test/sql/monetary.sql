-- The aimarket.monetary type
SET client_encoding = 'UTF8';
\set VERBOSITY terse
CREATE EXTENSION IF NOT EXISTS aimarket;
SET search_path = aimarket, public;

-- input: news expressions, output: canonical ASCII
SELECT input, input::monetary AS canonical, to_korean(input::monetary) AS korean
FROM (VALUES
  ('65억달러'), ('65억 달러'), ('약 8조6000억원'), ('300억~400억달러'),
  ('300~400억 달러'), ('1억원 이상'), ('￦1,000'), ('$10 billion'), ('US$6.5bn'),
  ('USD 6.5B'), ('3억 5천만 엔'), ('100만 유로'), ('50억 위안'), ('10억 파운드'),
  ('1000円'), ('10억 홍콩달러'), ('5억 대만 달러'), ('2억 싱가포르 달러'),
  ('3억 캐나다달러'), ('4억 호주달러'), ('최대 100억 달러'), ('10억원 미만'),
  ('1억 달러 넘는'), ('2조원 안팎'), ('300여억원'), ('수십억 달러'),
  ('3천억에서 5천억 원'), ('△3억원'), ('１０억 달러'), ('0.25 USD'),
  ('~8600000000000 KRW'), ('30000000000..40000000000 USD'), ('>=1 KRW')
) AS t(input);

-- the won sign U+20A9 (EUC_KR has only the full-width one above)
SELECT '₩1,000'::monetary;

-- the canonical form re-inputs to the identical value
SELECT bool_and(m::text::monetary = m) AS text_round_trip,
       bool_and(to_korean(m)::monetary = m) AS korean_round_trip
FROM (VALUES ('65억달러'::monetary), ('약 8조6000억원'), ('300억~400억달러'),
             ('1억원 이상'), ('12345.6789 EUR'), ('-5..-3 USD'), ('수천억원')) AS t(m);

-- accessors
SELECT lower(m), upper(m), currency(m), qualifier(m), is_range(m)
FROM (VALUES ('300억~400억달러'::monetary), ('약 8조6000억원'), ('1억원 이상')) AS t(m);

-- constructors
SELECT make_monetary(6500000000, 'usd'), make_monetary(1.5, 'EUR', 'approximate'),
       make_monetary_range(3e10, 4e10, 'USD');
SELECT make_monetary(1, 'XYZ');
SELECT make_monetary(1, 'USD', 'roughly');
SELECT make_monetary(1.23456, 'USD');
SELECT make_monetary('NaN', 'USD');
SELECT make_monetary_range(5, 3, 'USD');
SELECT make_monetary_range(3, 5, 'USD', 'at_least');

-- casts
SELECT '65억달러'::monetary::numeric AS point, '약 1억원'::monetary::numeric AS approx_point;
SELECT '300억~400억달러'::monetary::numeric;

-- arithmetic
SELECT '65억달러'::monetary + '10억 달러' AS sum,
       '65억달러'::monetary - '10억 달러' AS difference,
       '300억~400억달러'::monetary + '약 10억 달러' AS range_plus_approx,
       '1억원 이상'::monetary + '5000만원' AS bound_kept,
       - '1억원 이상'::monetary AS negated,
       '65억달러'::monetary * 2.5 AS times, 3 * '1 USD'::monetary AS commuted,
       '10 USD'::monetary / 3 AS divided, '10 USD'::monetary * -1 AS negative,
       '1억원 이상'::monetary * 0 AS zero;
SELECT convert('65억달러'::monetary, 'KRW', 1323.08) AS krw,
       to_korean(convert('65억달러', 'krw', 1323.08)) AS korean;
SELECT '1 USD'::monetary + '1 KRW'::monetary;
SELECT '1 USD'::monetary / 0;
SELECT convert('1 USD', 'KRW', 0);
SELECT convert('1 USD', 'KRW', -1);
SELECT convert('1 USD', 'ABC', 1);
SELECT '999999999999999999999999 USD'::monetary + '1 USD';

-- ordering: currency code first, then lower, upper, qualifier
SELECT m FROM (VALUES ('65억달러'::monetary), ('1 EUR'), ('300억~400억달러'),
  ('약 65억 달러'), ('1억원'), ('-1 USD'), ('1억원 이상')) AS t(m) ORDER BY m;
SELECT DISTINCT m FROM (VALUES ('65억달러'::monetary), ('65억 달러'), ('6.5B USD'),
  ('$6.5bn')) AS t(m);
SELECT currency(m), count(*) FROM (VALUES ('65억달러'::monetary), ('1 EUR'),
  ('3 USD')) AS t(m) GROUP BY currency(m) ORDER BY 1;

-- aggregates within one currency; across currencies they raise
SELECT sum(m), min(m), max(m), avg(m)
FROM (VALUES ('65억달러'::monetary), ('10억 달러'), ('약 5억 달러')) AS t(m);
SELECT sum(m) FROM (VALUES ('1 USD'::monetary), ('1 KRW')) AS t(m);
SELECT max(m) FROM (VALUES ('1 USD'::monetary), ('1 KRW')) AS t(m);
SELECT sum(m) IS NULL AS empty_sum FROM (SELECT NULL::monetary AS m WHERE false) AS t;

-- indexes: btree and hash
CREATE TEMP TABLE deals(id int, amount monetary);
INSERT INTO deals SELECT i, make_monetary(i * 1000000, CASE WHEN i % 2 = 0 THEN 'USD' ELSE 'KRW' END)
FROM generate_series(1, 2000) i;
CREATE INDEX deals_btree ON deals (amount);
CREATE INDEX deals_hash ON deals USING hash (amount);
ANALYZE deals;
SET enable_seqscan = off;
SELECT id FROM deals WHERE amount = '2000000 USD';
SELECT count(*) FROM deals WHERE amount BETWEEN '1000000 USD' AND '10000000 USD';
RESET enable_seqscan;
-- hash partitioning uses the extended hash
CREATE TEMP TABLE parts(amount monetary) PARTITION BY HASH (amount);
CREATE TEMP TABLE parts0 PARTITION OF parts FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TEMP TABLE parts1 PARTITION OF parts FOR VALUES WITH (MODULUS 2, REMAINDER 1);
INSERT INTO parts SELECT amount FROM deals;
SELECT (SELECT count(*) FROM parts0) + (SELECT count(*) FROM parts1) AS partitioned_rows;

-- bad input: 22P02 quoting the input, 22003 for range
SELECT ''::monetary;
SELECT '65억'::monetary;
SELECT '65억 굴덴'::monetary;
SELECT '10 ZZZ'::monetary;
SELECT '400억~300억달러'::monetary;
SELECT '$10 원'::monetary;
SELECT '약 1억원 이상'::monetary;
SELECT '65억달러(약 8조6000억원)'::monetary;
SELECT '1000000000000000000000000 USD'::monetary;
SELECT '0.00001 USD'::monetary;
SELECT repeat('9', 100000)::monetary;
\set VERBOSITY default
SELECT '3억 5천만 굴덴'::monetary;
\set VERBOSITY terse

-- lax twin
SELECT input, to_monetary_or_null(input)
FROM (VALUES ('65억달러'), (''), ('65억 굴덴'), ('1000000000000000000000000 USD'),
             ('0.00001 USD')) AS t(input);
SELECT to_monetary_or_null(NULL) IS NULL AS lax_null, lower(NULL::monetary) IS NULL AS strict_null;

-- binary COPY round trip
\getenv abs_builddir PG_ABS_BUILDDIR
\set binfile :abs_builddir '/results/monetary.bin'
CREATE TEMP TABLE bin_src(m monetary);
INSERT INTO bin_src VALUES ('65억달러'), ('약 8조6000억원'), ('300억~400억달러'),
  ('1억원 이상'), ('-12345.6789 EUR'), ('<1 GBP'), ('999999999999999999999999.9999 USD'),
  ('-999999999999999999999999.9999 USD');
\set copy_out '\\copy bin_src TO ' :'binfile' ' (FORMAT binary)'
:copy_out
CREATE TEMP TABLE bin_dst(m monetary);
\set copy_in '\\copy bin_dst FROM ' :'binfile' ' (FORMAT binary)'
:copy_in
SELECT count(*) AS rows, bool_and(s.m = d.m) AS identical
FROM (SELECT m, row_number() OVER () r FROM bin_src) s
JOIN (SELECT m, row_number() OVER () r FROM bin_dst) d USING (r);

-- recv is as strict as the input function: hand-made binary files, read
-- by the server's COPY so that each error shows its SQLSTATE (22P03 for
-- anything wrong in the value; a truncated field is PostgreSQL's 08P01)
CREATE FUNCTION pg_temp.copyfile(field text) RETURNS bytea LANGUAGE sql AS $$
  SELECT decode('5047434f50590aff0d0a00' || '00000000' || '00000000' || '0001'
                || lpad(to_hex(length(field) / 2), 8, '0') || field || 'ffff', 'hex') $$;
CREATE FUNCTION pg_temp.field(version text, qual text, cur text, lo text, hi text)
RETURNS text LANGUAGE sql AS $$
  SELECT version || qual || encode(convert_to(cur, 'UTF8'), 'hex')
         || lpad(lo, 32, '0') || lpad(hi, 32, '0') $$;
CREATE FUNCTION pg_temp.recv(field text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
  path text := current_setting('data_directory') || '/aimarket_recv_test.bin';
  o oid := lo_from_bytea(0, pg_temp.copyfile(field));
BEGIN
  PERFORM lo_export(o, path);
  PERFORM lo_unlink(o);
  BEGIN
    EXECUTE format('COPY bin_dst FROM %L (FORMAT binary)', path);
    RETURN 'read';
  EXCEPTION WHEN OTHERS THEN
    RETURN SQLSTATE || ' ' || SQLERRM;
  END;
END $$;
-- 100 USD is 1000000 ticks (0xf4240)
SELECT what, pg_temp.recv(field) AS result FROM (VALUES
  ('good', pg_temp.field('01', '00', 'USD', 'f4240', 'f4240')),
  ('version 2', pg_temp.field('02', '00', 'USD', 'f4240', 'f4240')),
  ('qualifier 7', pg_temp.field('01', '07', 'USD', 'f4240', 'f4240')),
  ('lower-case code', pg_temp.field('01', '00', 'usd', 'f4240', 'f4240')),
  ('unknown code', pg_temp.field('01', '00', 'ZZZ', 'f4240', 'f4240')),
  ('reversed bounds', pg_temp.field('01', '00', 'USD', 'f4241', 'f4240')),
  ('at_least range', pg_temp.field('01', '02', 'USD', 'f4240', 'f4241')),
  ('out of range', pg_temp.field('01', '00', 'USD', '7fffffffffffffffffffffffffffffff',
                                 '7fffffffffffffffffffffffffffffff')),
  ('truncated: 36 of 37 bytes', left(pg_temp.field('01', '00', 'USD', 'f4240', 'f4240'), 72))
) t(what, field);
SELECT m FROM bin_dst WHERE m = '100 USD';
SELECT count(*) AS rows_after_bad_files FROM bin_dst;

-- the planner uses the indexes
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT id FROM deals WHERE amount = '2000000 USD';
EXPLAIN (COSTS OFF) SELECT id FROM deals ORDER BY amount LIMIT 3;
RESET enable_seqscan;
