-- bench/fts.sql: to_tsvector('aimarket.korean') against to_tsvector('simple')
-- and the length() floor, and GIN index builds for both, in one backend on
-- the corpus of bench/lib/corpus.sql. Run with `make bench`.
SET client_encoding = 'UTF8';
\pset border 2
SET max_parallel_workers_per_gather = 0;
SET max_parallel_maintenance_workers = 0;
SET jit = off;
SET maintenance_work_mem = '256MB';
\ir lib/corpus.sql
SELECT count(*) AS articles, round(sum(octet_length(body)) / 1e6, 1) AS mb FROM corpus;

\ir lib/timing.sql
-- warm the dictionary cache (the lexicon loads once per backend)
SELECT to_tsvector('aimarket.korean', '앤트로픽은') IS NOT NULL AS warm;

SELECT pg_temp.best_of_3('scan floor: sum(length(body))', 'SELECT sum(length(body)) FROM corpus');
SELECT pg_temp.best_of_3('to_tsvector(''simple'')',
  'SELECT sum(length(to_tsvector(''simple'', body))) FROM corpus');
SELECT pg_temp.best_of_3('to_tsvector(''aimarket.korean'')',
  'SELECT sum(length(to_tsvector(''aimarket.korean'', body))) FROM corpus');

SELECT t.name, round(t.seconds::numeric, 3) AS seconds,
       round((SELECT sum(octet_length(body)) FROM corpus) / 1e6 / t.seconds::numeric, 1) AS "MB/s",
       round((s.seconds / t.seconds)::numeric, 2) AS "speed vs simple"
FROM timings t, timings s WHERE s.name LIKE '%simple%' ORDER BY t.seconds;

-- GIN index builds (each once, after a warm-up build)
CREATE TEMP TABLE gin_timings(config text, seconds float8, index_mb numeric);
CREATE FUNCTION pg_temp.gin_build(cfg text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE t0 timestamptz; s float8;
BEGIN
  EXECUTE 'DROP INDEX IF EXISTS corpus_gin';
  t0 := clock_timestamp();
  EXECUTE format('CREATE INDEX corpus_gin ON corpus USING gin (to_tsvector(%L::regconfig, body))', cfg);
  s := extract(epoch FROM clock_timestamp() - t0);
  INSERT INTO gin_timings VALUES (cfg, s, round(pg_relation_size('corpus_gin') / 1e6, 1));
END $$;
SELECT pg_temp.gin_build('simple');
TRUNCATE gin_timings;
SELECT pg_temp.gin_build('simple');
SELECT pg_temp.gin_build('aimarket.korean');
SELECT g.config, round(g.seconds::numeric, 2) AS seconds, g.index_mb AS "index MB",
       round((g.seconds / s.seconds)::numeric, 2) AS "time vs simple"
FROM gin_timings g, gin_timings s WHERE s.config = 'simple' ORDER BY g.seconds;

-- the backend memory the lexicon costs
SELECT words, round(bytes / 1e6, 1) AS "MB" FROM aimarket.korean_lexicon_stats();
