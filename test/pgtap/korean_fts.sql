-- The Korean text search objects. Runs in UTF8 and EUC_KR databases.
SET client_encoding = 'UTF8';
BEGIN;
SELECT getdatabaseencoding() = 'UTF8' AS utf8 \gset
\if :utf8
SELECT plan(18);
\else
SELECT plan(13);
\endif

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
SELECT lives_ok($$ CREATE TEXT SEARCH DICTIONARY pg_temp.x (TEMPLATE = aimarket.korean_stem, "Lexicon" = 'aimarket_korean', "USERDICTIONARY" = 'aimarket_sample') $$,
  'option names are case-insensitive, as in core: "Lexicon", "USERDICTIONARY"');
SELECT ok((SELECT words > 40000 AND bytes BETWEEN 1000000 AND 3000000
           FROM aimarket.korean_lexicon_stats()),
  'lexicon and endings tables: over 40,000 words in 1 to 3 MB');
-- names the lexicon lacks: the bare name finds it with any particle, in
-- the form that fits its last syllable (는 after a vowel, 은 after a
-- consonant)
SELECT is_empty($$
  WITH names(n) AS (VALUES ('엔비디아'), ('앤트로픽'), ('퍼플렉시티'), ('미스트랄'), ('코히어'),
         ('딥시크'), ('코어위브'), ('알리바바'), ('텐센트'), ('테슬라'), ('리벨리온'), ('퓨리오사'),
         ('런웨이'), ('제미나이'), ('마이아'), ('클로드'), ('블랙웰'), ('트레이니엄'),
         ('바이트댄스'), ('딥마인드'), ('허깅페이스'), ('팔란티어'), ('크래프톤'), ('셀트리온')),
       particles(c, v) AS (VALUES ('은', '는'), ('이', '가'), ('을', '를'), ('과', '와'),
         ('으로', '로'), ('의', '의'), ('에', '에'), ('도', '도'), ('에서', '에서'), ('에게', '에게'),
         ('보다', '보다'), ('까지', '까지'), ('처럼', '처럼'), ('이라는', '라는'), ('이라고', '라고'))
  SELECT n, form FROM (
    SELECT n, n || CASE WHEN (ascii(right(n, 1)) - 44032) % 28 = 0 THEN v ELSE c END AS form
    FROM names, particles) f
  WHERE NOT to_tsvector('aimarket.korean', form) @@ to_tsquery('aimarket.korean', n) $$,
  'unknown names: 24 names x 15 particles, each form found by the bare name');
-- The dictionary's word cache answers as the stemmer does. Its 131,072
-- entries fill twice over here. Phase 1: every third look-up is one of
-- 12 words of different shapes (particle, contraction, compound, stopword,
-- Latin, lexemes that are not part of the word), the rest 300,000 words
-- seen once, among which the 12 are hit again and again. Phase 2:
-- 100,000 words of four syllables + 과의 twice in a row: every entry is
-- hit, so the sets that get five or more of them (about one in five)
-- fill with hit entries and their marks are cleared. Phase 3:
-- words too long for an entry (stemmed each time). Every look-up is
-- compared with tokenize(), which does not use the cache.
CREATE TEMP TABLE cache_hot(k, w) AS
SELECT k - 1, w FROM unnest(ARRAY['앤트로픽은', '투자했다', '가까운', '기업가치를', '에서는',
  '오픈AI와', '만드는', '투자자들은', '걸어서', '이어', 'Straße', '하이퍼클로바X를']) WITH ORDINALITY u(w, k);
CREATE TEMP TABLE cache_stream AS
SELECT j, CASE WHEN j % 3 = 0 THEN (SELECT w FROM cache_hot WHERE k = j / 3 % 12)
               ELSE chr(44032 + (j * 7) % 11172) || chr(44032 + (j / 11172 * 13 + j) % 11172) ||
                    chr(44032 + j % 97) || '를' END AS w
FROM generate_series(0, 449999) j
UNION ALL
SELECT 450000 + j, chr(44032 + (j / 2 * 7) % 11172) || chr(44032 + (j / 2 * 3) % 11171) ||
                   chr(44032 + (j / 2) % 89) || chr(44032 + (j / 2) % 83) || '과의'
FROM generate_series(0, 199999) j
UNION ALL
SELECT 650000 + j, repeat(chr(44032 + (j / 2 * 7) % 11172) || chr(44032 + (j / 2) % 89), 5) || '과의'
FROM generate_series(0, 19999) j
ORDER BY 1;
SELECT is((SELECT count(*) FROM (
             SELECT w, ts_lexize('aimarket.korean_stem', w) l FROM cache_stream) x
           WHERE l IS DISTINCT FROM (SELECT lexemes FROM aimarket.tokenize(w) LIMIT 1)),
  0::bigint,
  'word cache: 670,000 look-ups agree with the uncached stemmer');
-- currency marks in a row: each money scan is bounded (this once took
-- eight minutes); the money at the end is still found
SET LOCAL statement_timeout = '20s';
SELECT ok(to_tsvector('aimarket.korean', repeat('$', 200000) || '1억') @@ '100000000usd'::tsquery
          AND to_tsvector('aimarket.korean', repeat('$ ', 200000) || '$1억') @@ '100000000usd'::tsquery,
  '200 kB of "$" and 400 kB of "$ " before $1억, well within a timeout');
SELECT is((SELECT count(*) FROM aimarket.extract_quantities(repeat('$', 200000) || '1억명')), 1::bigint,
  'extract_quantities on 200 kB of "$" before 1억명, well within a timeout');
SET LOCAL statement_timeout = 0;
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
