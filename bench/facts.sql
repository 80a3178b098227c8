-- bench/facts.sql: extract_facts against to_tsvector('simple') and the
-- length() floor on the benchmark corpus, with the starter catalogue and
-- with 10,000 aliases, in one backend, best of three runs each. The goal
-- (issue 19) is at least 0.5 times the speed of to_tsvector('simple') with
-- 10,000 aliases. Run with `make bench`. Numbers vary by machine; ratios
-- are what we quote.
SET client_encoding = 'UTF8';
\pset border 2
SET search_path = aimarket, public;
SET max_parallel_workers_per_gather = 0;
SET jit = off;

\ir lib/corpus.sql
\ir lib/timing.sql
SELECT count(*) AS articles, round(sum(octet_length(body)) / 1e6, 1) AS mb FROM corpus;

SELECT pg_temp.best_of(3, 'length() floor', 'SELECT sum(length(body)) FROM corpus') \gset
SELECT pg_temp.best_of(3, 'to_tsvector(''simple'', body)',
  'SELECT sum(length(to_tsvector(''simple'', body))) FROM corpus') \gset
SELECT pg_temp.best_of(3, 'extract_facts, starter catalogue',
  'SELECT count(*) FROM corpus, aimarket.extract_facts(body, date ''2024-10-15'')') \gset

-- 10,000 aliases, made up as in bench/entities.sql, removed at the end
INSERT INTO aimarket.entity (id, name, kind, source)
SELECT 900000 + g, 'Made-up ' || g, 'company', 'bench' FROM generate_series(1, 10000) g;
INSERT INTO aimarket.entity_alias (alias, entity_id)
SELECT string_agg(chr(44032 + ((g * 7919 + k * 104729) % 11172)), '' ORDER BY k)
       || (ARRAY['AI', '랩스', '테크', '', '로보틱스'])[1 + g % 5], 900000 + g
FROM generate_series(1, 10000 - (SELECT count(*) FROM aimarket.entity_alias)::int) g,
     generate_series(1, 2 + g % 4) k
GROUP BY g;
SELECT count(*) AS aliases FROM aimarket.entity_alias;
SELECT pg_temp.best_of(3, 'extract_facts, 10,000 aliases',
  'SELECT count(*) FROM corpus, aimarket.extract_facts(body, date ''2024-10-15'')') \gset
DELETE FROM aimarket.entity WHERE source = 'bench';

SELECT t.name, t.rows AS "rows", round(t.seconds::numeric, 3) AS seconds,
       round((SELECT sum(octet_length(body)) FROM corpus) / 1e6 / t.seconds::numeric, 1) AS "MB/s",
       round((r.seconds / t.seconds)::numeric, 2) AS "speed vs simple"
FROM timings t, timings r WHERE r.name LIKE 'to_tsvector%' ORDER BY t.seconds;
