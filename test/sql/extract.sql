-- extract_money and extract_quantities over data/articles.tsv (48 paragraphs
-- written by us). The corpus holds emoji, which EUC_KR cannot carry:
-- extract_encoding.sql covers that database.
SET client_encoding = 'UTF8';
\set VERBOSITY terse
SELECT getdatabaseencoding() <> 'UTF8' AS skip_test \gset
\if :skip_test
\quit
\endif
CREATE EXTENSION IF NOT EXISTS aimarket;
SET search_path = aimarket, public;

CREATE TABLE articles(id int PRIMARY KEY, published date, body text);
\getenv abs_srcdir PG_ABS_SRCDIR
\set corpus :abs_srcdir '/../data/articles.tsv'
\set load '\\copy articles FROM ' :'corpus' ' WITH (FORMAT csv, DELIMITER E''\\t'', HEADER true)'
:load
SELECT count(*) AS paragraphs FROM articles;

-- every money figure, in order
SELECT a.id, m.surface, m.amount, m.equivalent, m.role, m.start_pos
FROM articles a, extract_money(a.body) m ORDER BY a.id, m.start_pos;

-- every quantity
SELECT a.id, q.surface, q.value, q.lower, q.upper, q.qualifier, q.unit, q.measure, q.period
FROM articles a, extract_quantities(a.body) q ORDER BY a.id, q.start_pos;

-- surface is the exact substring at start_pos
SELECT count(*) AS mentions,
       count(*) FILTER (WHERE substr(a.body, m.start_pos, char_length(m.surface)) = m.surface) AS exact
FROM articles a, extract_money(a.body) m;
SELECT count(*) AS quantities,
       count(*) FILTER (WHERE substr(a.body, q.start_pos, char_length(q.surface)) = q.surface) AS exact
FROM articles a, extract_quantities(a.body) q;

-- paragraphs with no figure at all
SELECT id FROM articles a
WHERE NOT EXISTS (SELECT 1 FROM extract_money(a.body))
  AND NOT EXISTS (SELECT 1 FROM extract_quantities(a.body)) ORDER BY id;

-- the rate a reporter used, from stated equivalents
SELECT a.id, m.surface, m.equivalent,
       round(lower(m.equivalent) / lower(m.amount), 2) AS krw_per_unit
FROM articles a, extract_money(a.body) m WHERE m.equivalent IS NOT NULL ORDER BY a.id;

-- not money, not quantities: dates, times, versions, stock codes, phone numbers
SELECT count(*) AS money FROM extract_money(
  '2024.10.02 9월 12일 06:00 GPT-4o 라마 3.2 Phi 3.5 KT[030200] 02-1234-5678 700억 파라미터 3억5000만회 주간 사용자 2억명 6500만명 12%');
SELECT surface, unit FROM extract_quantities(
  '2024.10.02 9월 12일 06:00 GPT-4o 라마 3.2 Phi 3.5 KT[030200] 02-1234-5678 2024년 3분기 5세대');

-- counters of the field and of news, native numerals, fractions, ordinals,
-- durations (one class per line; the traps are on the next query)
SELECT surface, value, lower, upper, qualifier, unit FROM extract_quantities($$
GPU 1만6000장을 확보했고 5종의 모델과 신주 100만주, 1주당 5만원.
직원 스물다섯 명, 매출이 두 배, 세 차례 협상, 한 곳, 두세 명, 한두 차례, 두배로.
시장의 3분의 1, 3분의1, 삼분의 일, 점유율 절반 이상, 10분의 1 수준.
세 번째 모델, 3번째, 첫 번째, 첫째, 둘째, 제3, 제2의 엔비디아, 업계 3위.
3년간, 3년 동안, 2년 만에, 6개월, 두 달, 한 해 동안, 3주간, 2주 만에, 1주일, 24시간, 10분 만에.
0.5%p, 3%포인트, 3나노 공정, 1GW 데이터센터, 6만7782세대, 1조 파라미터, 12만8000개 토큰.
$$);
-- not quantities: dates and times, versions and generations, and words a
-- native numeral or counter only looks like
SELECT surface, unit FROM extract_quantities($$
2024년 9월 12일 3분기 06:00 5세대 HBM 만장일치 만주 십대 소녀 한국 세대 세배 하나 주고
두 주인공 한 개인 연설을 한다 1주당 가격 제3자 2024년 1월 3시 20분
$$);

-- bad and odd input: no rows or correct rows, never an error
SELECT count(*) FROM extract_money(NULL);
SELECT count(*) FROM extract_money('');
SELECT count(*) FROM extract_quantities('');
SELECT surface, amount FROM extract_money('((((65억달러(약 8조6000억원 )))) (( 10억 달러)');
SELECT count(*) FROM extract_money(repeat('9', 10000) || '억 달러');
SELECT count(*) FROM extract_money('억억억 달러 억억억원 수수억 원 ~~~ 달러 $$$ 원원원');
SELECT surface, amount FROM extract_money('🚀65억달러🎉 ５억 달러 ٣ 달러 ३ 달러 10억ドル 100억 원');
SELECT surface, amount FROM extract_money(E'1억\n원 2억\t원 3억  원');

-- a particle after a unit is no digit (5000억이 is 5000억 + 이), but a day
-- right after the digits (15일) leaves no range behind
SELECT surface, amount FROM extract_money(
  '규모는 ₩5000억이다. 투자액은 $10억이 넘는다. 300억일 경우 3천이백원. 주가는 5만원에서 15일 6만원으로 올랐다.');

-- a word after a figure that begins like a currency (엔화, 불가리아, 원으로)
-- neither hides the figure nor joins it; a range's second 달러 still does
SELECT surface, amount FROM extract_money(
  '매출 1373억원 엔화 환산, 2297억달러 불가리아 투자, 30달러 원으로, 300억달러~400억달러, 약 3000 $/kW');

-- a currency-less amount is only money when a list gives it a currency
SELECT surface, amount FROM extract_money('10억, 20억 달러와 5억·6억 유로, 그리고 7억명');

-- IMMUTABLE, so wrappers can feed generated columns and expression indexes
CREATE FUNCTION first_usd(body text) RETURNS numeric IMMUTABLE STRICT PARALLEL SAFE
LANGUAGE sql AS $$
  SELECT lower(amount) FROM aimarket.extract_money(body)
  WHERE currency(amount) = 'USD' ORDER BY start_pos LIMIT 1 $$;
ALTER TABLE articles ADD COLUMN first_usd numeric GENERATED ALWAYS AS (first_usd(body)) STORED;
CREATE INDEX ON articles (first_usd(body));
SELECT id, first_usd FROM articles WHERE first_usd >= 100000000000 ORDER BY id;

-- a parallel plan runs the extraction in workers
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
ALTER TABLE articles SET (parallel_workers = 2);
EXPLAIN (COSTS OFF)
SELECT count(*) FROM articles a, extract_money(a.body) m;
SELECT count(*) FROM articles a, extract_money(a.body) m;
RESET ALL;
