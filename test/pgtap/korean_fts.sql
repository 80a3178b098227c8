-- The Korean text search objects. Runs in UTF8 and EUC_KR databases.
SET client_encoding = 'UTF8';
BEGIN;
SELECT plan(13);

SELECT ok(EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'korean'
                  AND cfgnamespace = 'aimarket'::regnamespace), 'configuration aimarket.korean');
SELECT ok(EXISTS (SELECT 1 FROM pg_ts_parser WHERE prsname = 'korean_parser'), 'parser');
SELECT ok(EXISTS (SELECT 1 FROM pg_ts_template WHERE tmplname = 'korean_stem'), 'stem template');
SELECT ok(EXISTS (SELECT 1 FROM pg_ts_dict WHERE dictname = 'korean_money'), 'money dictionary');
SELECT set_eq($$ SELECT alias FROM ts_token_type('aimarket.korean_parser') $$,
  ARRAY['hangul', 'latin', 'mixed', 'email', 'url', 'num', 'money', 'other', 'blank'],
  'token types');
SELECT is_empty($$ SELECT t.alias FROM ts_token_type('aimarket.korean_parser') t
                   WHERE t.alias <> 'blank' AND NOT EXISTS (
                     SELECT 1 FROM pg_ts_config_map m
                     WHERE m.mapcfg = 'aimarket.korean'::regconfig AND m.maptokentype = t.tokid) $$,
  'every token type but blank is mapped');

SELECT getdatabaseencoding() = 'UTF8' AS utf8 \gset
\if :utf8
SELECT is(ts_lexize('aimarket.korean_stem', '앤트로픽은'), ARRAY['앤트로픽'], 'particle stripped');
SELECT is(ts_lexize('aimarket.korean_stem', '투자했다'), ARRAY['투자'], '했다 stripped');
SELECT is(ts_lexize('aimarket.korean_stem', '에서는'), ARRAY[]::text[], 'particles alone are a stopword');
SELECT is(to_tsvector('aimarket.korean', '앤트로픽의 투자') @@ plainto_tsquery('aimarket.korean', '앤트로픽이 투자를'),
  true, 'query and document meet on stems');
SELECT throws_ok($$ CREATE TEXT SEARCH DICTIONARY pg_temp.x (TEMPLATE = aimarket.korean_stem, Nope = 1) $$,
  '22023', NULL, 'unknown option');
SELECT throws_ok($$ CREATE TEXT SEARCH DICTIONARY pg_temp.x (TEMPLATE = aimarket.korean_stem, UserDictionary = 'a', UserDictionary = 'b') $$,
  '22023', NULL, 'duplicate option');
SELECT ok((SELECT words > 40000 AND bytes BETWEEN 2000000 AND 6000000
           FROM aimarket.korean_lexicon_stats()),
  'lexicon and endings tables: over 40,000 words in 2 to 6 MB');
\else
SELECT throws_ok($$ SELECT * FROM aimarket.korean_lexicon_stats() $$, '0A000', NULL, 'lexicon stats refuse EUC_KR');
SELECT throws_ok($$ SELECT to_tsvector('aimarket.korean', 'abc') $$, '0A000', NULL, 'parser refuses EUC_KR');
SELECT throws_ok($$ SELECT ts_lexize('aimarket.korean_stem', 'abc') $$, '0A000', NULL, 'dictionary refuses EUC_KR');
SELECT throws_ok($$ SELECT * FROM aimarket.tokenize('abc') $$, '0A000', NULL, 'tokenize refuses EUC_KR');
SELECT ok((SELECT aimarket.parse_number('삼천오백') = 3500), 'numbers still work in EUC_KR');
SELECT ok((SELECT count(*) = 1 FROM aimarket.extract_money('65억달러')), 'extraction still works in EUC_KR');
SELECT ok((SELECT '1억원'::aimarket.monetary IS NOT NULL), 'money still works in EUC_KR');
\endif

SELECT * FROM finish();
ROLLBACK;
