-- bench/fts.sql: to_tsvector('aimarket.korean') against to_tsvector('simple')
-- and the length() floor, and GIN index builds for both, in one backend on
-- the corpus of bench/lib/corpus.sql. Run with `make bench`.
SET client_encoding = 'UTF8';
\pset border 2
SET max_parallel_workers_per_gather = 0;
SET max_parallel_maintenance_workers = 0;
SET jit = off;
SET maintenance_work_mem = '256MB';
SET client_min_messages = warning;
\ir lib/corpus.sql
SELECT count(*) AS articles, round(sum(octet_length(body)) / 1e6, 1) AS mb FROM corpus;

\ir lib/timing.sql
-- warm the dictionary cache (the lexicon loads once per backend)
SELECT to_tsvector('aimarket.korean', '앤트로픽은') IS NOT NULL AS warm;

SELECT pg_temp.best_of(3, 'scan floor: sum(length(body))', 'SELECT sum(length(body)) FROM corpus') \gset
SELECT pg_temp.best_of(3, 'to_tsvector(''simple'')',
  'SELECT sum(length(to_tsvector(''simple'', body))) FROM corpus') \gset
SELECT pg_temp.best_of(3, 'to_tsvector(''aimarket.korean'')',
  'SELECT sum(length(to_tsvector(''aimarket.korean'', body))) FROM corpus') \gset

\set tbl corpus
\ir lib/fts_report.sql

-- the backend memory the lexicon costs
SELECT words, round(bytes / 1e6, 1) AS "MB" FROM aimarket.korean_lexicon_stats();
