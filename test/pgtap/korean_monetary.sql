-- aimarket.monetary input, output and arithmetic, case by case.
-- Runs in UTF8 and EUC_KR databases.
SET client_encoding = 'UTF8';
BEGIN;
SET LOCAL search_path = aimarket, public;

CREATE TEMP TABLE cases(input text, expected text);
INSERT INTO cases VALUES
 ('65억달러', '6500000000 USD'), ('65억 달러', '6500000000 USD'),
 ('약 8조6000억원', '~8600000000000 KRW'), ('약 8조 6000억 원', '~8600000000000 KRW'),
 ('300억~400억달러', '30000000000..40000000000 USD'),
 ('300~400억달러', '30000000000..40000000000 USD'),
 ('300억달러~400억달러', '30000000000..40000000000 USD'),
 ('300억-400억 달러', '30000000000..40000000000 USD'),
 ('300억∼400억 달러', '30000000000..40000000000 USD'),
 ('300억～400억 달러', '30000000000..40000000000 USD'),
 ('5~6천만원', '50000000..60000000 KRW'), ('1~2조원', '1000000000000..2000000000000 KRW'),
 ('3천억에서 5천억 원', '300000000000..500000000000 KRW'),
 ('1억원 이상', '>=100000000 KRW'), ('￦5,000', '5000 KRW'),
 ('$10 billion', '10000000000 USD'), ('US$6.5bn', '6500000000 USD'),
 ('USD 6.5B', '6500000000 USD'), ('6.5B USD', '6500000000 USD'), ('usd 7', '7 USD'),
 ('3억 5천만 엔', '350000000 JPY'), ('100만 유로', '1000000 EUR'), ('50억 위안', '5000000000 CNY'),
 ('10억 파운드', '1000000000 GBP'), ('1000円', '1000 JPY'), ('500元', '500 CNY'),
 ('€2.5m', '2500000 EUR'),
 ('10억 홍콩달러', '1000000000 HKD'), ('10억 홍콩 달러', '1000000000 HKD'),
 ('5억 대만달러', '500000000 TWD'), ('2억 싱가포르달러', '200000000 SGD'),
 ('3억 캐나다 달러', '300000000 CAD'), ('4억 호주 달러', '400000000 AUD'),
 ('HK$100', '100 HKD'), ('NT$100', '100 TWD'), ('S$100', '100 SGD'), ('C$100', '100 CAD'),
 ('A$100', '100 AUD'), ('1억 불', '100000000 USD'), ('미화 100만 달러', '1000000 USD'),
 ('100만 미국 달러', '1000000 USD'), ('10억 달러화', '1000000000 USD'),
 ('5조 원화', '5000000000000 KRW'), ('10억 엔화', '1000000000 JPY'),
 ('최대 100억 달러', '<=10000000000 USD'), ('최소 5억원', '>=500000000 KRW'),
 ('10억원 미만', '<1000000000 KRW'), ('10억원 초과', '>1000000000 KRW'),
 ('10억원 이하', '<=1000000000 KRW'), ('1억 달러 넘는', '>100000000 USD'),
 ('10억 달러 가량', '~1000000000 USD'), ('10억달러가량', '~1000000000 USD'),
 ('10억 달러 정도', '~1000000000 USD'), ('10억 달러쯤', '~1000000000 USD'),
 ('10억 달러 내외', '~1000000000 USD'), ('2조원 안팎', '~2000000000000 KRW'),
 ('2조원 남짓', '~2000000000000 KRW'), ('대략 3억 원', '~300000000 KRW'),
 ('300여억원', '~30000000000 KRW'), ('65억여 달러', '~6500000000 USD'),
 ('수십억 달러', '~2000000000..9000000000 USD'), ('수천억원', '~200000000000..900000000000 KRW'),
 ('수억 원', '~200000000..900000000 KRW'), ('수백만 달러', '~2000000..9000000 USD'),
 ('총 65억 달러', '6500000000 USD'), ('무려 1조원', '1000000000000 KRW'),
 ('100억원어치', '10000000000 KRW'), ('-5 USD', '-5 USD'), ('△3억원', '-300000000 KRW'),
 ('1만 2345.5 원', '12345.5 KRW'), ('8조 6000억 원', '8600000000000 KRW'),
 ('１０억 달러', '1000000000 USD'), ('0.25 USD', '0.25 USD'), ('12 CHF', '12 CHF'),
 ('6500000000 USD', '6500000000 USD'), ('~86 KRW', '~86 KRW'), ('>=100 KRW', '>=100 KRW'),
 ('>100 KRW', '>100 KRW'), ('<=100 KRW', '<=100 KRW'), ('<5.25 EUR', '<5.25 EUR'),
 ('1..2 USD', '1..2 USD'), ('-5..-3 USD', '-5..-3 USD'), ('~1..2 USD', '~1..2 USD'),
 ('999999999999999999999999.9999 USD', '999999999999999999999999.9999 USD'),
 ('-999999999999999999999999.9999 USD', '-999999999999999999999999.9999 USD'),
 ('1 XAU', '1 XAU'), ('10 won', '10 KRW'), ('10 dollars', '10 USD'), ('5 yuan', '5 CNY'),
 ('일억 원', '100000000 KRW'), ('삼천만 원', '30000000 KRW'), ('만 원', '10000 KRW'),
 ('65억달러 규모', '6500000000 USD'), ('1억원 상당', '100000000 KRW'),
 ('최고 5억 달러', '<=500000000 USD'), ('최저 1만원', '>=10000 KRW'),
 ('십수억 원', '~1100000000..1900000000 KRW'), ('수조 원', '~2000000000000..9000000000000 KRW'),
 ('99센트', '0.99 USD'), ('50 cents', '0.5 USD'), ('1조 루피아', '1000000000000 IDR'),
 ('10억 링깃', '1000000000 MYR'), ('1억 뉴질랜드 달러', '100000000 NZD'), ('5억 바트', '500000000 THB'),
 ('3억 헤알', '300000000 BRL'), ('1억 멕시코 페소', '100000000 MXN');

CREATE TEMP TABLE bad(input text, sqlstate text);
INSERT INTO bad VALUES
 ('', '22P02'), ('   ', '22P02'), ('65억', '22P02'), ('달러', '22P02'), ('65억 굴덴', '22P02'),
 ('10 ZZZ', '22P02'), ('$10 원', '22P02'), ('400억~300억달러', '22P02'),
 ('약 1억원 이상', '22P02'), ('300억~400억달러 이상', '22P02'),
 ('65억달러(약 8조6000억원)', '22P02'), ('1..2..3 USD', '22P02'), ('수십억~수백억 달러', '22P02'),
 ('억억원', '22P02'), ('1,50 USD', '22P02'), ('2억명', '22P02'), ('10억 달러 규모 원', '22P02'), ('1달러 150센트', '22P02'), ('수 원', '22P02'), ('USD', '22P02'), ('1 USDX', '22P02'),
 ('1000000000000000000000000 USD', '22003'), ('0.00001 USD', '22003'),
 (repeat('9', 50) || ' USD', '22003'), ('1 U.S.D.', '22P02');

-- characters that EUC_KR cannot carry are tested in UTF8 databases only
SELECT getdatabaseencoding() = 'UTF8' AS utf8 \gset
\if :utf8
INSERT INTO cases VALUES ('₩1,000', '1000 KRW'), ('¥300', '300 JPY'), ('£40', '40 GBP'),
  ('₩ 3억', '300000000 KRW');
INSERT INTO bad VALUES ('☃ 1 USD', '22P02'), ('1 USD 😀', '22P02'), ('₩1 USD', '22P02');
\endif

SELECT plan((SELECT count(*)::int FROM cases) * 3 + (SELECT count(*)::int FROM bad) * 2 + 32);

-- every case parses to the expected canonical text ...
SELECT is(input::monetary::text, expected, 'input ' || input) FROM cases;
-- ... which parses back to the identical value ...
SELECT is(expected::monetary, input::monetary, 'canonical re-input ' || expected) FROM cases;
-- ... and so does its Korean rendering
SELECT is(to_korean(input::monetary)::monetary, input::monetary, 'to_korean re-input ' || input)
FROM cases;

-- bad input: the right SQLSTATE, and NULL from the lax twin
SELECT throws_ok(format('SELECT %L::aimarket.monetary', input), sqlstate, NULL, 'rejects ' || input)
FROM bad;
SELECT is(to_monetary_or_null(input), NULL, 'lax NULL for ' || input) FROM bad;

SELECT throws_ok($$ SELECT '65억 굴덴'::aimarket.monetary $$, '22P02',
                 'invalid input syntax for type aimarket.monetary: "65억 굴덴"',
                 'the message quotes the input');

-- Korean newspaper rendering
SELECT is(to_korean('65억달러'), '65억 달러', 'to_korean point');
SELECT is(to_korean('약 8조6000억원'), '약 8조 6000억 원', 'to_korean approximate');
SELECT is(to_korean('300억~400억달러'), '300억~400억 달러', 'to_korean range');
SELECT is(to_korean('1억원 이상'), '1억 원 이상', 'to_korean at least');
SELECT is(to_korean('3억5000만 엔'), '3억 5000만 엔', 'to_korean yen');
SELECT is(to_korean('12345.5 USD'), '1만 2345.5 달러', 'to_korean decimals');
SELECT is(to_korean('0.5 USD'), '0.5 달러', 'to_korean below one');
SELECT is(to_korean('12 CHF'), '12 스위스프랑', 'to_korean CHF');
SELECT is(to_korean('12 NOK'), '12 NOK', 'to_korean falls back to the ISO code');

-- accessors
SELECT is(lower('300억~400억달러'::monetary), 30000000000::numeric, 'lower');
SELECT is(upper('300억~400억달러'::monetary), 40000000000::numeric, 'upper');
SELECT is(currency('약 8조6000억원'), 'KRW', 'currency');
SELECT is(qualifier('약 8조6000억원'), 'approximate', 'qualifier approximate');
SELECT is(qualifier('1억원 미만'), 'less_than', 'qualifier less_than');

-- arithmetic and aggregates
SELECT is('65억달러'::monetary + '10억 달러', '7500000000 USD'::monetary, 'addition');
SELECT is('1억원 이상'::monetary + '1억원', '>=200000000 KRW'::monetary, 'a bound survives addition');
SELECT is('1억원 이상'::monetary - '1억원 이상', '~0 KRW'::monetary, 'opposing bounds give approximate');
SELECT is('10 USD'::monetary / 3, '3.3333 USD'::monetary, 'division rounds to 4 places');
SELECT is('20 USD'::monetary / 3, '6.6667 USD'::monetary, 'half away from zero');
SELECT is(convert('65억달러', 'KRW', 1323.08), '8600020000000 KRW'::monetary, 'convert with a rate');
SELECT throws_ok($$ SELECT '1 USD'::aimarket.monetary + '1 KRW' $$, '22023',
                 'cannot add aimarket.monetary values in different currencies: USD and KRW',
                 'mixed currencies name both');
SELECT throws_ok($$ SELECT aimarket.sum(m) FROM (VALUES ('1 USD'::aimarket.monetary), ('1 EUR')) t(m) $$,
                 '22023', NULL, 'sum across currencies');
SELECT throws_ok($$ SELECT aimarket.avg(m) FROM (VALUES ('1 USD'::aimarket.monetary), ('1 EUR')) t(m) $$,
                 '22023', NULL, 'avg across currencies');
SELECT throws_ok($$ SELECT '300억~400억달러'::aimarket.monetary::numeric $$, '22023', NULL,
                 'a range does not cast to numeric');
SELECT is((SELECT avg(m) FROM (VALUES ('1 USD'::monetary), ('2 USD'), ('2 USD')) t(m)),
          '1.6667 USD'::monetary, 'avg');
SELECT is((SELECT sum(m) FROM generate_series(1, 1000) i, LATERAL (SELECT make_monetary(i, 'KRW') m) s),
          '500500 KRW'::monetary, 'sum of 1000 rows');
SELECT throws_ok($$ SELECT '999999999999999999999999 USD'::aimarket.monetary * 10 $$, '22003', NULL,
                 'overflow in multiplication');

-- properties over many generated amounts
SELECT is((SELECT count(*)::int FROM (
             SELECT make_monetary(mod(power(i::numeric * 982451653, 3), power(10::numeric, i % 24))
                                  / power(10::numeric, i % 5), 'KRW') m
             FROM generate_series(1, 2000) i) s
           WHERE m::text::monetary <> m OR to_korean(m)::monetary <> m), 0,
          '2000 generated amounts survive text and Korean round trips');

-- to_korean reads back to the identical value: generated points and ranges
-- (bounds on both sides of 만, decimals, negatives, every qualifier a value
-- can carry) in currencies with a Korean name and without one
CREATE TEMP TABLE gen AS
SELECT make_monetary_range(lo, hi, cur, q) AS v
FROM (SELECT cur, q,
             round(CASE WHEN g % 5 = 0 THEN -1 ELSE 1 END * (abs(hashint4(g)) % 100000000)::numeric
                   / 10::numeric ^ (g % 9) * 10::numeric ^ (g % 13), 4) AS lo,
             round(abs(hashint4(g + 7))::numeric / 10::numeric ^ (g % 7) * 10::numeric ^ (g % 11), 4) AS hi0, g
      FROM generate_series(1, 2000) g,
           unnest(ARRAY['KRW','USD','EUR','JPY','CNY','GBP','HKD','TWD','CHF','INR','NOK','XAU']) cur,
           unnest(ARRAY['exact','approximate']) q) s,
     LATERAL (SELECT CASE WHEN g % 3 = 0 THEN lo ELSE greatest(lo, lo + hi0) END AS hi) h
WHERE abs(hi) < 1e23 AND abs(lo) < 1e23;
INSERT INTO gen
SELECT make_monetary(x, c, q)
FROM (VALUES (5::numeric), (9999), (10000), (10000.5), (123456789.0123), (-42), (0.0001)) a(x),
     unnest(ARRAY['KRW','USD','HKD']) c,
     unnest(ARRAY['at_least','more_than','at_most','less_than']) q;
INSERT INTO gen SELECT make_monetary_range(lo, hi, 'KRW') FROM
  (VALUES (5::numeric, 100000::numeric), (1175, 66685), (9999, 10000), (0.5, 20000), (-3, 50000),
          (-70000, -5), (-70000, 3), (10000, 10000.5)) r(lo, hi);
SELECT cmp_ok((SELECT count(*) FROM gen), '>', 40000::bigint, 'round trip: over 40,000 generated values');
SELECT is((SELECT count(*) FROM gen WHERE to_monetary_or_null(to_korean(v)) IS DISTINCT FROM v), 0::bigint,
          'round trip: to_korean(v)::monetary = v for every generated value');
SELECT is(to_korean('5..100000 KRW'), '5 원~10만 원', 'to_korean: a lower bound below 만 names its currency');

SELECT * FROM finish();
ROLLBACK;
