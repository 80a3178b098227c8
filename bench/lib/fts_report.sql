-- bench/lib/fts_report.sql: the timings so far against simple's, in MB/s of
-- the table :tbl (a psql variable), then GIN index builds on it for both
-- configurations (each once, after a warm-up build). Included by
-- bench/fts.sql and bench/fts_open.sql.
SELECT t.name, round(t.seconds::numeric, 3) AS seconds,
       round((SELECT sum(octet_length(body)) FROM :"tbl") / 1e6 / t.seconds::numeric, 1) AS "MB/s",
       round((s.seconds / t.seconds)::numeric, 2) AS "speed vs simple"
FROM timings t, timings s WHERE s.name LIKE '%simple%' ORDER BY t.seconds;

SELECT pg_temp.gin_build(:'tbl', 'simple') \gset
TRUNCATE gin_timings;
SELECT pg_temp.gin_build(:'tbl', 'simple') \gset
SELECT pg_temp.gin_build(:'tbl', 'aimarket.korean') \gset
SELECT g.config, round(g.seconds::numeric, 2) AS seconds, g.index_mb AS "index MB",
       round((g.seconds / s.seconds)::numeric, 2) AS "time vs simple"
FROM gin_timings g, gin_timings s WHERE s.config = 'simple' ORDER BY g.seconds;
