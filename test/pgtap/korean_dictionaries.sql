-- The stemming dictionary's options as tokenize() and to_tsvector see them,
-- and the memory its word files take over many dictionaries and ALTERs.
-- Runs in UTF8 and EUC_KR databases (the dictionaries need UTF8).
SET client_encoding = 'UTF8';
BEGIN;
SELECT getdatabaseencoding() = 'UTF8' AS utf8 \gset
\if :utf8
SELECT plan(13);

-- tokenize's lexemes, flattened, against to_tsvector's
CREATE FUNCTION pg_temp.agree(body text) RETURNS boolean LANGUAGE sql AS $$
  SELECT coalesce(array_agg(DISTINCT l ORDER BY l), '{}') =
         tsvector_to_array(to_tsvector('aimarket.korean', body))
  FROM aimarket.tokenize(body), unnest(lexemes) l $$;
CREATE TEMP TABLE sentences(body) AS VALUES
  ('초거대로 가는 길에서 업스테이지과 딥시크을 비교했다'),
  ('퓨리오사AI는 하이퍼클로바X를 공개했다. 앤트로픽은 65억달러(약 8조6000억원)를 유치했다.'),
  ('데이터센터이 스타게이트으로 이어지고, 생성형로 바뀐다');

SELECT is((SELECT lexemes FROM aimarket.tokenize('초거대로')), ARRAY['초거'],
  'the lexicon alone reads 초거대로 as 초거 + 대로');
SELECT ok((SELECT bool_and(pg_temp.agree(body)) FROM sentences),
  'tokenize gives to_tsvector''s lexemes with the default options');
SELECT throws_ok($$ ALTER TEXT SEARCH DICTIONARY aimarket.korean_stem (UserDictionary = 'aimarket_sample') $$,
  '0A000', 'UserDictionary on aimarket.korean_stem would be lost by pg_dump',
  'a UserDictionary on the extension''s own dictionary is refused (pg_dump would lose it)');
CREATE TEXT SEARCH DICTIONARY pg_temp.user_dict (TEMPLATE = aimarket.korean_stem, UserDictionary = 'aimarket_sample');
ALTER TEXT SEARCH CONFIGURATION aimarket.korean ALTER MAPPING REPLACE aimarket.korean_stem WITH pg_temp.user_dict;
SELECT is((SELECT lexemes FROM aimarket.tokenize('초거대로')), ARRAY['초거대'],
  'with a dictionary of one''s own (UserDictionary = ...) tokenize knows the user''s word 초거대');
SELECT ok((SELECT bool_and(pg_temp.agree(body)) FROM sentences),
  'tokenize gives to_tsvector''s lexemes with a UserDictionary');
ALTER TEXT SEARCH CONFIGURATION aimarket.korean ALTER MAPPING REPLACE pg_temp.user_dict WITH aimarket.korean_stem;
ALTER TEXT SEARCH DICTIONARY aimarket.korean_stem (Lexicon = 'none');
SELECT ok((SELECT bool_and(pg_temp.agree(body)) FROM sentences),
  'tokenize gives to_tsvector''s lexemes with Lexicon = none');
ALTER TEXT SEARCH DICTIONARY aimarket.korean_stem (Lexicon = 'aimarket_korean');
ALTER TEXT SEARCH CONFIGURATION aimarket.korean ALTER MAPPING FOR hangul WITH simple;
SELECT is((SELECT lexemes FROM aimarket.tokenize('앤트로픽은')), ARRAY['앤트로픽은'],
  'tokenize follows the configuration''s mapping (hangul remapped to simple)');
SELECT ok((SELECT bool_and(pg_temp.agree(body)) FROM sentences),
  'tokenize gives to_tsvector''s lexemes with a remapped configuration');
ALTER TEXT SEARCH CONFIGURATION aimarket.korean ALTER MAPPING FOR hangul WITH aimarket.korean_stem;

-- Word files are shared per backend: two dictionaries on different
-- lexicons, altered and used in turn, and failed CREATEs naming missing
-- files, leave the backend's memory where it was (0.1.0 grew by about
-- 1.2 MB a round and 28 kB a failure).
CREATE TEXT SEARCH DICTIONARY pg_temp.da (TEMPLATE = aimarket.korean_stem);
CREATE TEXT SEARCH DICTIONARY pg_temp.db (TEMPLATE = aimarket.korean_stem, Lexicon = 'none',
  UserDictionary = 'aimarket_sample');
CREATE FUNCTION pg_temp.rounds(n int) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  FOR i IN 1 .. n LOOP
    IF i % 2 = 0 THEN
      ALTER TEXT SEARCH DICTIONARY pg_temp.da (Lexicon = 'none', UserDictionary = 'aimarket_sample');
      ALTER TEXT SEARCH DICTIONARY pg_temp.db (Lexicon = 'aimarket_korean', UserDictionary = '');
    ELSE
      ALTER TEXT SEARCH DICTIONARY pg_temp.da (Lexicon = 'aimarket_korean', UserDictionary = '');
      ALTER TEXT SEARCH DICTIONARY pg_temp.db (Lexicon = 'none', UserDictionary = 'aimarket_sample');
    END IF;
    PERFORM ts_lexize('pg_temp.da', '앤트로픽은'), ts_lexize('pg_temp.db', '앤트로픽은');
    BEGIN
      CREATE TEXT SEARCH DICTIONARY pg_temp.bad (TEMPLATE = aimarket.korean_stem, Lexicon = 'missing');
    EXCEPTION WHEN config_file_error THEN NULL;
    END;
    BEGIN
      CREATE TEXT SEARCH DICTIONARY pg_temp.bad (TEMPLATE = aimarket.korean_stem, UserDictionary = 'missing');
    EXCEPTION WHEN config_file_error THEN NULL;
    END;
  END LOOP;
END $$;
CREATE FUNCTION pg_temp.backend_bytes() RETURNS bigint LANGUAGE sql AS $$
  SELECT sum(total_bytes)::bigint FROM pg_backend_memory_contexts $$;
CREATE FUNCTION pg_temp.word_files() RETURNS bigint LANGUAGE sql AS $$
  SELECT count(*) FROM pg_backend_memory_contexts WHERE name = 'aimarket Korean words' $$;
SELECT pg_temp.rounds(20);
SELECT pg_temp.backend_bytes() AS before \gset
SELECT pg_temp.rounds(1000);
SELECT cmp_ok(pg_temp.backend_bytes() - :before, '<', 1048576::bigint,
  '1,000 rounds of ALTER, lexize and two failed CREATEs: backend memory grows by less than 1 MB');
SELECT is(pg_temp.word_files(), 3::bigint,
  'three word files loaded once each (the lexicon, the empty lexicon none, the sample user dictionary)');
-- the last round (1,000, even) left da on the user dictionary, db on the lexicon
SELECT is((SELECT ts_lexize('pg_temp.da', '초거대로')), ARRAY['초거대'],
  'after the rounds each dictionary stems with its own files (da: the user dictionary)');
SELECT is((SELECT ts_lexize('pg_temp.db', '초거대로')), ARRAY['초거'],
  'after the rounds each dictionary stems with its own files (db: the lexicon)');
SELECT throws_ok($$ CREATE TEXT SEARCH DICTIONARY pg_temp.bad (TEMPLATE = aimarket.korean_stem, Lexicon = 'missing') $$,
  'F0000', NULL, 'a missing lexicon file is a config_file_error');
\else
SELECT plan(1);
SELECT throws_ok($$ SELECT * FROM aimarket.tokenize('abc') $$, '0A000', NULL, 'tokenize refuses EUC_KR');
\endif

SELECT * FROM finish();
ROLLBACK;
