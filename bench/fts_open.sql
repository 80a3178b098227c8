-- bench/fts_open.sql: to_tsvector('aimarket.korean') against 'simple' and
-- the length() floor, and GIN index builds, on a 21 MB corpus whose
-- vocabulary keeps growing (bench/lib/open_corpus.sql: 23 % of its eojeol
-- are the first of their form), timed in a new backend so that the
-- dictionary's cache of recent words starts empty. Then the first read is
-- timed again in six more new backends, each paired with a read by simple
-- in the same backend (simple reads first in every other one); the best of
-- each and the median of the six ratios are reported. Run with `make
-- bench`.
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

SELECT pg_temp.best_of(3, 'scan floor: sum(length(body))', 'SELECT sum(length(body)) FROM bench_open_corpus') \gset
SELECT pg_temp.best_of(1, 'to_tsvector(''aimarket.korean''), first read',
  'SELECT sum(length(to_tsvector(''aimarket.korean'', body))) FROM bench_open_corpus') \gset
SELECT pg_temp.best_of(3, 'to_tsvector(''simple'')',
  'SELECT sum(length(to_tsvector(''simple'', body))) FROM bench_open_corpus') \gset
SELECT pg_temp.best_of(3, 'to_tsvector(''aimarket.korean''), best of 3',
  'SELECT sum(length(to_tsvector(''aimarket.korean'', body))) FROM bench_open_corpus') \gset

\set tbl bench_open_corpus
\ir lib/fts_report.sql

-- the first read against simple, paired in six new backends, simple
-- reading first in every other one
DROP TABLE IF EXISTS bench_first_reads;
CREATE TABLE bench_first_reads(n serial, korean float8, simple float8, simple_first boolean);
\set first korean
\c
\ir lib/paired_first_read.sql
\set first simple
\c
\ir lib/paired_first_read.sql
\set first korean
\c
\ir lib/paired_first_read.sql
\set first simple
\c
\ir lib/paired_first_read.sql
\set first korean
\c
\ir lib/paired_first_read.sql
\set first simple
\c
\ir lib/paired_first_read.sql
\c
\pset border 2
SELECT round(min(korean)::numeric, 3) AS "first read, best of 6 backends",
       round(min(simple)::numeric, 3) AS "simple, best of 6 backends",
       round((min(simple) / min(korean))::numeric, 2) AS "speed vs simple",
       round(percentile_cont(0.5) WITHIN GROUP (ORDER BY simple / korean)::numeric, 2)
         AS "median of backends",
       string_agg(round((simple / korean)::numeric, 2)::text, ' / ' ORDER BY n)
         AS "each backend (korean first, then simple first, ...)"
FROM bench_first_reads;
DROP TABLE bench_first_reads;
DROP TABLE bench_open_corpus;
