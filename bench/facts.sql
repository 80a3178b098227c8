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

-- 10,000 aliases (bench/lib/aliases_10k.sql), removed again at the end
\ir lib/aliases_10k.sql
SELECT count(*) AS aliases FROM aimarket.entity_alias;
SELECT pg_temp.best_of(3, 'extract_facts, 10,000 aliases',
  'SELECT count(*) FROM corpus, aimarket.extract_facts(body, date ''2024-10-15'')') \gset
DELETE FROM aimarket.entity WHERE source = 'bench';

\ir lib/speed_report.sql
