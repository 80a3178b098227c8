-- bench/fts_open.sql: to_tsvector('aimarket.korean') against 'simple' and
-- the length() floor, and GIN index builds, on a 21 MB corpus whose
-- vocabulary keeps growing (bench/lib/open_corpus.sql: 23 % of its eojeol
-- are the first of their form), timed in a new backend so that the
-- dictionary's cache of recent words starts empty. Run with `make bench`.
SET client_encoding = 'UTF8';
\pset border 2
SET client_min_messages = warning;
\ir lib/open_corpus.sql
\c
SET client_min_messages = warning;
SET client_encoding = 'UTF8';
SET max_parallel_workers_per_gather = 0;
SET max_parallel_maintenance_workers = 0;
SET jit = off;
SET maintenance_work_mem = '256MB';
SELECT count(*) AS articles, round(sum(octet_length(body)) / 1e6, 1) AS mb FROM bench_open_corpus;

\ir lib/timing.sql
-- the lexicon loads on first use, not timed; the word cache stays empty
SELECT to_tsvector('aimarket.korean', '앤트로픽은') IS NOT NULL AS warm;

SELECT pg_temp.best_of_3('scan floor: sum(length(body))', 'SELECT sum(length(body)) FROM bench_open_corpus') \gset
SELECT pg_temp.once('to_tsvector(''aimarket.korean''), first read',
  'SELECT sum(length(to_tsvector(''aimarket.korean'', body))) FROM bench_open_corpus') \gset
SELECT pg_temp.best_of_3('to_tsvector(''simple'')',
  'SELECT sum(length(to_tsvector(''simple'', body))) FROM bench_open_corpus') \gset
SELECT pg_temp.best_of_3('to_tsvector(''aimarket.korean''), best of 3',
  'SELECT sum(length(to_tsvector(''aimarket.korean'', body))) FROM bench_open_corpus') \gset

SELECT t.name, round(t.seconds::numeric, 3) AS seconds,
       round((SELECT sum(octet_length(body)) FROM bench_open_corpus) / 1e6 / t.seconds::numeric, 1) AS "MB/s",
       round((s.seconds / t.seconds)::numeric, 2) AS "speed vs simple"
FROM timings t, timings s WHERE s.name LIKE '%simple%' ORDER BY t.seconds;

-- GIN index builds (each once, after a warm-up build)
SELECT pg_temp.gin_build('bench_open_corpus', 'simple') \gset
TRUNCATE gin_timings;
SELECT pg_temp.gin_build('bench_open_corpus', 'simple') \gset
SELECT pg_temp.gin_build('bench_open_corpus', 'aimarket.korean') \gset
SELECT g.config, round(g.seconds::numeric, 2) AS seconds, g.index_mb AS "index MB",
       round((g.seconds / s.seconds)::numeric, 2) AS "time vs simple"
FROM gin_timings g, gin_timings s WHERE s.config = 'simple' ORDER BY g.seconds;
DROP TABLE bench_open_corpus;
