-- bench/extract.sql: extract_money and extract_quantities against built-in
-- baselines, in one backend, on a generated corpus of about 24 MB.
-- Run with `make bench`. Numbers vary by machine; ratios are what we quote.
SET client_encoding = 'UTF8';
\pset border 2
SET search_path = aimarket, public;
SET max_parallel_workers_per_gather = 0;
SET jit = off;

\ir lib/corpus.sql
SELECT count(*) AS articles, round(sum(octet_length(body)) / 1e6, 1) AS mb FROM corpus;

\ir lib/timing.sql
SELECT pg_temp.best_of(3, 'scan floor: sum(length(body))',
  'SELECT sum(length(body)) FROM corpus') \gset
SELECT pg_temp.best_of(3, 'regexp baseline: digits + currency word',
  $q$SELECT count(*) FROM corpus, regexp_matches(body, '[0-9][0-9,.]*\s*(억|조|만)?\s*(원|달러|유로|엔|위안)', 'g')$q$) \gset
SELECT pg_temp.best_of(3, 'extract_money',
  'SELECT count(*) FROM corpus, aimarket.extract_money(body)') \gset
SELECT pg_temp.best_of(3, 'extract_quantities',
  'SELECT count(*) FROM corpus, aimarket.extract_quantities(body)') \gset

SELECT t.name, t.rows AS "rows found", round(t.seconds::numeric, 3) AS seconds,
       round((SELECT sum(octet_length(body)) FROM corpus) / 1e6 / t.seconds::numeric, 1) AS "MB/s",
       round((r.seconds / t.seconds)::numeric, 2) AS "speed vs regexp"
FROM timings t, timings r WHERE r.name LIKE 'regexp%' ORDER BY t.seconds;
