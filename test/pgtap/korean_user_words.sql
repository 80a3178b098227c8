-- The user's words in aimarket.user_word and the catalogue's names in
-- aimarket.korean_names: seen by to_tsvector and tokenize in the same
-- transaction, gone after a rollback. (Dumps: test/catalogue.sh.)
SET client_encoding = 'UTF8';
BEGIN;
SELECT getdatabaseencoding() <> 'UTF8' AS euckr \gset
\if :euckr
SELECT plan(1);
SELECT throws_ok($$ SELECT to_tsvector('aimarket.korean', '초거대로') $$, '0A000', NULL,
                 'the Korean dictionaries refuse EUC_KR');
\else
SELECT plan(10);
SELECT is(to_tsvector('aimarket.korean', '초거대로')::text, '''초거'':1', 'without user words: 초거');
SAVEPOINT words;
INSERT INTO aimarket.user_word (word) VALUES ('초거대');
SELECT is(to_tsvector('aimarket.korean', '초거대로')::text, '''초거대'':1',
          'a user word inserted is used by the next statement');
SELECT is((SELECT lexemes FROM aimarket.tokenize('초거대로')), ARRAY['초거대'],
          'and by tokenize');
CREATE TEXT SEARCH DICTIONARY pg_temp_no_words (TEMPLATE = aimarket.korean_stem, USERWORDS = off);
SELECT is(ts_lexize('pg_temp_no_words', '초거대로'), ARRAY['초거'],
          'a dictionary with UserWords = off (any case) does not read them');
DROP TEXT SEARCH DICTIONARY pg_temp_no_words;
ROLLBACK TO words;
SELECT is(to_tsvector('aimarket.korean', '초거대로')::text, '''초거'':1',
          'after ROLLBACK TO SAVEPOINT the word is gone, from the word cache too');
SELECT is(to_tsvector('aimarket.korean_names', '퓨리오사AI와 하이퍼클로바X를')::text,
          '''퓨리오사ai'':1 ''하이퍼클로바x'':2', 'korean_names keeps catalogued names whole');
SELECT is(to_tsvector('aimarket.korean', '퓨리오사AI와')::text,
          '''ai'':1 ''퓨리오사'':1 ''퓨리오사ai'':1', 'aimarket.korean splits them as before');
SAVEPOINT names;
INSERT INTO aimarket.entity (id, name, kind, source) VALUES (999200, 'Tensor Wave', 'company', 'test');
INSERT INTO aimarket.entity_alias (alias, entity_id) VALUES ('텐서웨이브AI', 999200);
SELECT is(to_tsvector('aimarket.korean_names', '텐서웨이브AI는')::text, '''텐서웨이브ai'':1',
          'a new alias is kept whole by the next statement');
ROLLBACK TO names;
SELECT is(to_tsvector('aimarket.korean_names', '텐서웨이브AI는')::text,
          to_tsvector('aimarket.korean', '텐서웨이브AI는')::text, 'and not after ROLLBACK TO SAVEPOINT');
SELECT throws_ok($$ INSERT INTO aimarket.user_word (word) VALUES ('두 단어') $$, '23514', NULL,
                 'a user word is one word');
\endif
SELECT * FROM finish();
ROLLBACK;
