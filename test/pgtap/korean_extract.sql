-- extract_money / extract_quantities: contracts and spelled-out mentions.
-- Runs in UTF8 and EUC_KR databases.
SET client_encoding = 'UTF8';
BEGIN;
SET LOCAL search_path = aimarket, public;
SELECT plan(37);

SELECT has_type('aimarket', 'money_mention', 'composite money_mention');
SELECT has_type('aimarket', 'quantity_mention', 'composite quantity_mention');
SELECT function_returns('aimarket', 'extract_money', ARRAY['text'], 'setof money_mention');
SELECT function_returns('aimarket', 'extract_quantities', ARRAY['text'], 'setof quantity_mention');
SELECT volatility_is('aimarket', 'extract_money', ARRAY['text'], 'immutable');
SELECT is_strict('aimarket', 'extract_money', ARRAY['text']);

-- a bounded answer: more than 2,000,000 figures in one text is 54000, not
-- gigabytes of memory or a partial list
SELECT throws_ok($$ SELECT count(*) FROM extract_money(repeat('1원 ', 2000001)) $$, '54000',
  'extract_money found more than 2000000 figures in a text of 10000005 bytes',
  'extract_money refuses a text of more than 2,000,000 figures with 54000');
SELECT throws_ok($$ SELECT count(*) FROM extract_quantities(repeat('3명 ', 2000001)) $$, '54000', NULL,
  'extract_quantities refuses a text of more than 2,000,000 figures with 54000');
SELECT is((SELECT count(*) FROM extract_money(repeat('1원 ', 2000000))), 2000000::bigint,
  'extract_money returns 2,000,000 figures, the limit');

-- one list of qualifier words for the grammar and both extractors (0.1.0
-- read 가까이 after a quantity but not after money)
SELECT results_eq($$ SELECT (SELECT amount::text FROM extract_money('투자금은 10억 달러 가까이 된다')),
                            (SELECT qualifier FROM extract_quantities('이용자가 2배 가까이 늘었다')),
                            '10억 달러 가까이'::monetary::text $$,
  $$ VALUES ('~1000000000 USD', 'approximate', '~1000000000 USD') $$,
  '가까이 is approximate after money and after a quantity');

-- the issue's own sentence
SELECT results_eq(
  $$ SELECT surface, amount::text, equivalent::text, role, start_pos FROM extract_money(
     '오픈AI는 1500억달러(약 198조8000억원)의 기업가치를 평가받으며 10억달러의 투자 유치와 50억달러의 은행 대출을 준비') $$,
  $$ VALUES ('1500억달러', '150000000000 USD', '~198800000000000 KRW', 'valuation', 7),
            ('10억달러', '1000000000 USD', NULL, 'investment_raised', 42),
            ('50억달러', '5000000000 USD', NULL, 'loan', 56) $$,
  'valuation with equivalent, raise, loan');
SELECT results_eq(
  $$ SELECT surface, amount::text, role FROM extract_money(
     '앤트로픽은 기업가치를 300억~400억달러로 설정했다. 두 곳이 각각 10억, 20억 달러를 투자했다.') $$,
  $$ VALUES ('300억~400억달러', '30000000000..40000000000 USD', 'valuation'),
            ('10억', '1000000000 USD', 'investment_made'),
            ('20억 달러', '2000000000 USD', 'investment_made') $$,
  'range; a list sharing its currency');
SELECT results_eq(
  $$ SELECT surface, amount::text FROM extract_money(
     '비용은 3천억에서 5천억 원 사이로 추산된다. 투자 규모는 100억원에서 300억원으로 늘었다.') $$,
  $$ VALUES ('3천억에서 5천억 원', '300000000000..500000000000 KRW'),
            ('100억원', '10000000000 KRW'), ('300억원', '30000000000 KRW') $$,
  'X에서 Y 사이 is a range; X에서 Y로 is a change, two figures');
SELECT results_eq(
  $$ SELECT surface, amount::text, role FROM extract_money(
     '카카오는 수천억원을 들였다. 손실은 최대 50억 달러가량이다. 매출은 1억원 미만이다.') $$,
  $$ VALUES ('수천억원', '~200000000000..900000000000 KRW', 'other'),
            ('50억 달러가량', '~5000000000 USD', 'cost'),
            ('1억원 미만', '<100000000 KRW', 'revenue') $$,
  'vague amounts and qualifiers; conflicting 최대 + 가량 keeps 가량');
SELECT results_eq(
  $$ SELECT surface, amount::text, equivalent::text FROM extract_money(
     '문샷AI는 10억 달러(약 1조3000억원)를, 투자자들은 US$6.5bn을, 삼성은 $10 billion을 냈다.') $$,
  $$ VALUES ('10억 달러', '1000000000 USD', '~1300000000000 KRW'),
            ('US$6.5bn', '6500000000 USD', NULL), ('$10 billion', '10000000000 USD', NULL) $$,
  'English forms and a parenthesised equivalent');
SELECT results_eq(
  $$ SELECT role FROM extract_money(
     '시가총액 3조 달러. 매출 37억 달러. 운영비 85억 달러. 시장 규모 1조 달러. 인수 금액 143억 달러. 대출 75억 달러.') $$,
  $$ VALUES ('valuation'), ('revenue'), ('cost'), ('market_size'), ('deal_value'), ('loan') $$,
  'roles from the word before a figure');

-- not money
SELECT is_empty(
  $$ SELECT * FROM extract_money('2024.10.02 9월 12일 06:00 GPT-4o 라마 3.2 Phi 3.5 KT[030200] 02-1234-5678 700억 파라미터 주간 사용자 2억명 3억5000만회 6500만명 12%') $$,
  'counts, percentages, dates, times, versions, codes and phone numbers are not money');
SELECT is_empty($$ SELECT * FROM extract_money('2원칙 3대비 위원회 원칙') $$,
  'a currency word inside another word is not money');

-- quantities
SELECT results_eq(
  $$ SELECT surface, value, qualifier, unit, measure, period FROM extract_quantities(
     '챗GPT의 주간 사용자는 2억명을 넘어섰다. 구글은 지분 10%가량을 확보했다. 다운로드는 3억5000만회.') $$,
  $$ VALUES ('2억명', 200000000::numeric, 'exact', 'people', 'users', 'weekly'),
            ('10%가량', 10::numeric, 'approximate', 'percent', 'stake', NULL),
            ('3억5000만회', 350000000::numeric, 'exact', 'times', 'downloads', NULL) $$,
  'users with a period, an approximate stake, downloads');
SELECT results_eq(
  $$ SELECT surface, lower, upper, unit FROM extract_quantities(
     '점유율은 4%p 하락했고 성능은 3배 좋아졌다. 1위 기업 10곳. 700억 파라미터. 10~20% 성장.') $$,
  $$ VALUES ('4%p', 4::numeric, 4::numeric, 'percentage_points'), ('3배', 3::numeric, 3::numeric, 'multiple'),
            ('1위', 1::numeric, 1::numeric, 'rank'), ('10곳', 10::numeric, 10::numeric, 'places'),
            ('700억 파라미터', 70000000000::numeric, 70000000000::numeric, 'parameters'),
            ('10~20%', 10::numeric, 20::numeric, 'percent') $$,
  'units and ranges');
SELECT is_empty($$ SELECT * FROM extract_quantities('65억달러(약 8조6000억원) 2024.10.02 06:00 GPT-4o 회사 위해 대비 개발') $$,
  'money, dates and ordinary words are not quantities');
SELECT is((SELECT value FROM extract_quantities('월간 활성 이용자 1800만명')), 18000000::numeric, 'monthly users value');
SELECT is((SELECT period FROM extract_quantities('월간 활성 이용자 1800만명')), 'monthly', 'monthly users period');

-- bad input: no rows, never an error
SELECT is_empty($$ SELECT * FROM extract_money(NULL) $$, 'NULL: no rows');
SELECT is_empty($$ SELECT * FROM extract_money('') $$, 'empty: no rows');
SELECT is_empty($$ SELECT * FROM extract_quantities(NULL) $$, 'NULL: no quantity rows');
SELECT is_empty($$ SELECT * FROM extract_quantities('') $$, 'empty: no quantity rows');
SELECT is_empty($$ SELECT * FROM extract_money(repeat('9', 10000) || '억 달러') $$, '10,000 digits');
SELECT is_empty($q$ SELECT * FROM extract_money('억억억 억억억원 수수억 원 ~~~ 달러 $$$ 원원원 (((( ))))') $q$,
  'units and symbols without numbers');
SELECT lives_ok($$ SELECT * FROM extract_money(repeat('(65억달러(약 ', 5000)) $$, 'unbalanced parentheses');
SELECT lives_ok($$ SELECT * FROM extract_quantities(repeat('1~', 50000) || '%') $$, 'a long chain of ranges');
SELECT is((SELECT count(*)::int FROM extract_money(repeat('가나다라마 ', 6000000) || '65억달러')), 1,
  'about 100 MB of text in one value');
SELECT is((SELECT count(*)::int FROM extract_money(repeat('1억원 ', 100000))), 100000,
  '100,000 mentions in one value');
SELECT is((SELECT start_pos FROM extract_money(repeat('가', 1000) || ' 5달러')), 1002,
  'start_pos counts characters, not bytes');

-- mixed scripts and characters outside EUC_KR: UTF8 only
SELECT getdatabaseencoding() = 'UTF8' AS utf8 \gset
\if :utf8
SELECT results_eq($$ SELECT surface FROM extract_money('🚀65억달러🎉 ５억 달러 ٣ 달러 10억ドル ₩5,000') $$,
  $$ VALUES ('65억달러'), ('₩5,000') $$, 'emoji, other digits and scripts');
SELECT is((SELECT start_pos FROM extract_money('😀😀 5달러')), 4, 'emoji count as one character each');
-- the fixture corpus (it holds emoji): money and quantity counts per paragraph
CREATE TEMP TABLE articles(id int, published date, body text);
\copy articles FROM 'data/articles.tsv' WITH (FORMAT csv, DELIMITER E'\t', HEADER true)
SELECT results_eq(
  $$ SELECT a.id, (SELECT count(*)::int FROM extract_money(a.body)),
            (SELECT count(*)::int FROM extract_quantities(a.body)) FROM articles a ORDER BY a.id $$,
  $$ VALUES (1, 3, 0), (2, 1, 0), (3, 1, 0), (4, 2, 0), (5, 1, 1), (6, 1, 0), (7, 1, 0), (8, 1, 0),
            (9, 1, 0), (10, 1, 0), (11, 1, 0), (12, 1, 0), (13, 1, 0), (14, 3, 0), (15, 1, 0),
            (16, 1, 0), (17, 1, 1), (18, 2, 0), (19, 1, 0), (20, 1, 0), (21, 1, 1), (22, 1, 0),
            (23, 0, 1), (24, 0, 3), (25, 2, 0), (26, 1, 0), (27, 1, 0), (28, 1, 1), (29, 0, 1),
            (30, 0, 1), (31, 1, 1), (32, 0, 1), (33, 0, 3), (34, 0, 2), (35, 2, 1), (36, 2, 0),
            (37, 2, 0), (38, 0, 0), (39, 1, 0), (40, 1, 0), (41, 1, 0), (42, 1, 0), (43, 2, 0),
            (44, 1, 0), (45, 2, 0), (46, 2, 0), (47, 1, 0), (48, 1, 1) $$,
  'money and quantities per paragraph of data/articles.tsv');
\else
SELECT pass('fixture corpus (UTF8 only: it holds emoji)');
SELECT pass('emoji, other digits and scripts (UTF8 only)');
SELECT pass('emoji count as one character each (UTF8 only)');
\endif

SELECT * FROM finish();
ROLLBACK;
