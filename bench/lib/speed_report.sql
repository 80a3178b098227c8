-- bench/lib/speed_report.sql: the report of bench/dates.sql, entities.sql
-- and facts.sql: every timing of the table timings (bench/lib/timing.sql)
-- with its MB/s over the corpus and its speed against to_tsvector('simple')
SELECT t.name, t.rows AS "rows", round(t.seconds::numeric, 3) AS seconds,
       round((SELECT sum(octet_length(body)) FROM corpus) / 1e6 / t.seconds::numeric, 1) AS "MB/s",
       round((r.seconds / t.seconds)::numeric, 2) AS "speed vs simple"
FROM timings t, timings r WHERE r.name LIKE 'to_tsvector%' ORDER BY t.seconds;
