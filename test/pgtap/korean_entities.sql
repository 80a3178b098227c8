-- extract_entities and the entity catalogue: the dev paragraphs
-- (test/fixtures/entity_dev.tsv, ours), catalogue changes within one
-- transaction, a writer without superuser, and bad input. Runs in UTF8 and
-- EUC_KR. Other sessions and pg_dump are in test/catalogue.sh.
SET client_encoding = 'UTF8';
BEGIN;
SELECT plan(85);

CREATE TEMP TABLE dev(id int, class text, body text, expected text);
\copy dev FROM 'test/fixtures/entity_dev.tsv' WITH (FORMAT csv, DELIMITER E'\t', HEADER true, QUOTE E'\x01')

-- every paragraph gives exactly its mentions, in order
SELECT is(coalesce((SELECT string_agg(coalesce(e.name, '?' || e.surface), ';' ORDER BY e.start_pos)
                    FROM aimarket.extract_entities(d.body) e), ''),
          coalesce(d.expected, ''), 'dev ' || d.id || ' (' || d.class || '): ' || d.body)
FROM dev d ORDER BY d.id;

SELECT ok((SELECT count(*) >= 40 FROM dev), 'at least 40 dev paragraphs');
SELECT ok((SELECT bool_and(substr(d.body, e.start_pos, char_length(e.surface)) = e.surface)
           FROM dev d, aimarket.extract_entities(d.body) e),
          'surface is the substring at start_pos');
SELECT is((SELECT count(*)::int FROM dev d, aimarket.extract_entities(d.body, false) e
           WHERE e.entity_id IS NULL), 0, 'unknown => false returns catalogued mentions only');

-- the starter catalogue
SELECT ok((SELECT count(*) >= 300 FROM aimarket.entity WHERE builtin), 'at least 300 starter entities');
SELECT ok((SELECT bool_and(source IS NOT NULL) FROM aimarket.entity WHERE builtin),
          'every starter entity notes its source');
SELECT is((SELECT entity_id FROM aimarket.entity_alias WHERE alias = '오픈에이아이'), 1::int8,
          '오픈에이아이 is OpenAI');

-- changes are seen by the next statement of the same transaction
SELECT is((SELECT count(*)::int FROM aimarket.extract_entities('텐서웨이브가 칩을 냈다', false)), 0,
          'an uncatalogued name gives nothing');
INSERT INTO aimarket.entity (name, name_ko, kind, source) VALUES ('TensorWave', '텐서웨이브', 'company', 'test');
INSERT INTO aimarket.entity_alias (alias, entity_id)
SELECT '텐서웨이브', id FROM aimarket.entity WHERE name = 'TensorWave';
SELECT is((SELECT name FROM aimarket.extract_entities('텐서웨이브가 칩을 냈다')), 'TensorWave',
          'an alias inserted is found by the next statement');
UPDATE aimarket.entity SET name = 'TensorWave Inc.' WHERE name = 'TensorWave';
SELECT is((SELECT name FROM aimarket.extract_entities('텐서웨이브가 칩을 냈다')), 'TensorWave Inc.',
          'a rename is seen by the next statement');
UPDATE aimarket.entity_alias SET alias = '텐서웨이브社' WHERE alias = '텐서웨이브';
SELECT is((SELECT surface FROM aimarket.extract_entities('텐서웨이브社와 손잡았다')), '텐서웨이브社',
          'an alias renamed is found under its new text');
SAVEPOINT before_delete;
DELETE FROM aimarket.entity WHERE name = 'TensorWave Inc.';
SELECT is((SELECT count(*)::int FROM aimarket.extract_entities('텐서웨이브社와 손잡았다', false)), 0,
          'a deleted entity (and its aliases, by cascade) is gone at once');
ROLLBACK TO before_delete;
SELECT is((SELECT surface FROM aimarket.extract_entities('텐서웨이브社와 손잡았다')), '텐서웨이브社',
          'after ROLLBACK TO SAVEPOINT the entity is back, and the cache with it');
SAVEPOINT before_insert;
INSERT INTO aimarket.entity_alias (alias, entity_id) VALUES ('이티체드', 2);
SELECT is((SELECT name FROM aimarket.extract_entities('이티체드는')), 'Anthropic', 'a new alias of a starter entity');
ROLLBACK TO before_insert;
SELECT is((SELECT count(*)::int FROM aimarket.extract_entities('이티체드는', false)), 0,
          'after ROLLBACK TO SAVEPOINT no trace of the alias remains in the cache');

-- a role that was granted the tables, not a superuser, edits the catalogue
CREATE ROLE am_curator NOSUPERUSER;
GRANT INSERT, UPDATE, DELETE ON aimarket.entity, aimarket.entity_alias TO am_curator;
GRANT USAGE ON SEQUENCE aimarket.entity_id_seq TO am_curator;
SET ROLE am_curator;
SELECT lives_ok($$ INSERT INTO aimarket.entity_alias (alias, entity_id) VALUES ('노타에이아이', 1) $$,
                'a curator without superuser adds an alias (the version trigger runs as owner)');
SELECT is((SELECT name FROM aimarket.extract_entities('노타에이아이는')), 'OpenAI', 'and sees it');
SELECT throws_ok($$ UPDATE aimarket.catalogue_version SET version = 0 $$, '42501', NULL,
                 'but cannot set the catalogue version by hand');
RESET ROLE;

-- duplicate aliases and short ones
INSERT INTO aimarket.entity (id, name, kind, source) VALUES (999001, 'Same A', 'company', 'test'),
                                                            (999002, 'Same B', 'company', 'test');
INSERT INTO aimarket.entity_alias (alias, entity_id) VALUES ('쌍둥이랩', 999002), ('쌍둥이랩', 999001), ('가', 999001);
SELECT is((SELECT entity_id FROM aimarket.extract_entities('쌍둥이랩은')), 999001::int8,
          'an alias of two entities gives one mention, of the lower id');
SELECT is((SELECT skipped_aliases FROM aimarket.entity_catalogue_stats()), 1::int8,
          'an alias of one character is skipped, and counted');
SELECT is((SELECT count(*)::int FROM aimarket.extract_entities('가나다 가', false)), 0,
          'so 가 is never a mention');

-- bad input
SELECT is((SELECT count(*)::int FROM aimarket.extract_entities(NULL)), 0, 'NULL gives no row (STRICT)');
SELECT is((SELECT count(*)::int FROM aimarket.extract_entities('')), 0, 'empty text gives no row');
SELECT is((SELECT count(*)::int FROM aimarket.extract_entities(repeat('KT는 ', 100000))), 100000,
          '100,000 mentions in one text');
SELECT is((SELECT count(*)::int FROM aimarket.extract_entities(repeat('가', 350000) || ' 앤트로픽은')), 1,
          'a 1 MB text without spaces, then a mention');
SELECT is((SELECT string_agg(name, ';' ORDER BY start_pos) FROM aimarket.extract_entities('ＯｐｅｎＡＩ OPENAI openai OpenAI')),
          'OpenAI;OpenAI;OpenAI', 'Latin in any case (full-width forms are not folded)');
SELECT is((SELECT string_agg(kind, ';' ORDER BY start_pos) FROM aimarket.extract_entities('오픈AI의 챗GPT와 샘 올트먼')),
          'research_lab;product;person', 'kinds come from the catalogue');

-- candidates for the catalogue
SELECT set_eq($$ SELECT candidate || ' ' || evidence FROM aimarket.candidate_entities(
                   '퓨리오사랩스는 신제품을 냈다. 노타(486990)와 삼성전자(005930)가 손잡았다. TensorWave는 AMD 칩을, AI는 GPU를 쓴다.') $$,
              ARRAY['퓨리오사랩스 company marker', '노타 stock code 486990', 'TensorWave latin name'],
              'candidate_entities: a company marker, an unknown stock code, a Latin name; not catalogued names or AI, GPU');
SELECT is((SELECT count(*)::int FROM aimarket.candidate_entities('오픈AI와 앤트로픽, 네이버[035420]')), 0,
          'catalogued names are no candidates');
SELECT is((SELECT count(*)::int FROM aimarket.candidate_entities('')), 0, 'empty text, no candidate');

-- memory: no growth across rows or statements, one catalogue cached
CREATE TEMP TABLE mem(label text, bytes bigint);
SELECT count(*) FROM aimarket.extract_entities('오픈AI와 앤트로픽');
INSERT INTO mem SELECT 'before', sum(total_bytes) FROM pg_backend_memory_contexts;
SELECT count(*) FROM generate_series(1, 20000) g,
       aimarket.extract_entities('오픈AI와 앤트로픽은 ' || g || '억달러를 퓨리오사랩스는 (주)노타' || g);
SELECT count(*) FROM generate_series(1, 200) g, LATERAL (SELECT count(*) FROM aimarket.extract_entities('KT는 ' || g)) x;
INSERT INTO mem SELECT 'after', sum(total_bytes) FROM pg_backend_memory_contexts;
SELECT cmp_ok((SELECT max(bytes) FILTER (WHERE label = 'after') - max(bytes) FILTER (WHERE label = 'before') FROM mem),
              '<', 512 * 1024::bigint, '20,200 calls grow the backend by under 512 kB');
SELECT is((SELECT count(*)::int FROM pg_backend_memory_contexts WHERE name = 'aimarket entity catalogue'), 1,
          'one entity catalogue cached');

-- memory: the automaton of the starter catalogue
SELECT ok((SELECT bytes < 2 * 1024 * 1024 FROM aimarket.entity_catalogue_stats()),
          'the cached catalogue takes under 2 MiB');

SELECT * FROM finish();
ROLLBACK;
