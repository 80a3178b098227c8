-- bench/dates.sql: resolve_dates against to_tsvector('simple') and the
-- length() floor on the benchmark corpus, in one backend, best of three
-- runs each, the three in turn. Run with `make bench`. Numbers vary by
-- machine; ratios are what we quote.
SET client_encoding = 'UTF8';
\pset border 2
SET max_parallel_workers_per_gather = 0;
SET jit = off;

\ir lib/corpus.sql
\ir lib/timing.sql
SELECT count(*) AS articles, round(sum(octet_length(body)) / 1e6, 1) AS mb FROM corpus;

SELECT pg_temp.best_of(3, 'length() floor', 'SELECT sum(length(body)) FROM corpus') \gset
SELECT pg_temp.best_of(3, 'to_tsvector(''simple'', body)',
  'SELECT sum(length(to_tsvector(''simple'', body))) FROM corpus') \gset
SELECT pg_temp.best_of(3, 'resolve_dates',
  'SELECT count(*) FROM corpus, aimarket.resolve_dates(body, date ''2024-10-15'')') \gset

\ir lib/speed_report.sql
