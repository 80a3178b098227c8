-- bench/pipeline.sql: the pipeline's own cost, measured in one run. Three
-- rounds, each of them in turn (so that the machine's noise falls on all):
--   copy:      COPY of the 20 MB benchmark corpus into a table not attached
--   extract:   extract_money, extract_quantities, extract_entities,
--              resolve_dates and extract_facts over the same rows,
--              results thrown away (the extraction alone; the pipeline
--              keeps dates and facts from 0.5.0)
--   one_pass:  extract_facts alone, which runs every core once
--   attached:  the same COPY into an attached table (the triggers analyse it)
-- The pipeline's overhead is attached - copy - extract: writing the
-- mentions and keeping their keys. Then the backfill of the same rows in
-- one session and split in two parts run by two sessions at once (dblink),
-- and a read-only analysis with and without parallel query. Run with
-- `make bench`; numbers vary by machine, the ratios are what we quote.
SET client_encoding = 'UTF8';
\pset border 2
SET max_parallel_workers_per_gather = 0;
SET jit = off;

\ir lib/corpus.sql
SELECT count(*) AS articles, round(sum(octet_length(body)) / 1e6, 1) AS mb FROM corpus;

-- the corpus as a file the server reads with COPY, in the data directory of
-- make bench's throwaway cluster (removed with it)
SELECT current_setting('data_directory') || '/aimarket_bench_corpus.tsv' AS corpus_file \gset
COPY (SELECT id, date '2024-01-01' + id % 700, body FROM corpus) TO :'corpus_file';

CREATE TABLE bench_plain (id int PRIMARY KEY, published date, body text);
CREATE TABLE bench_attached (id int PRIMARY KEY, published date, body text);
SELECT aimarket.attach('bench_attached', 'body', 'published') \gset

CREATE TEMP TABLE pipe_timings (round int, name text, seconds float8);
-- setup runs untimed (emptying the table: for the attached one its
-- TRUNCATE trigger deletes the mentions of the round before, and the
-- mention tables are truncated too, so that each round writes into empty
-- tables as the plain COPY does, not behind the dead rows of the round
-- before), then q timed
CREATE FUNCTION pg_temp.timed(r int, name text, setup text, q text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE t0 timestamptz;
BEGIN
  EXECUTE setup;
  t0 := clock_timestamp();
  EXECUTE q;
  INSERT INTO pipe_timings VALUES (r, name, extract(epoch FROM clock_timestamp() - t0));
END $$;

\o /dev/null
SELECT pg_temp.timed(r, 'copy', 'TRUNCATE bench_plain', format('COPY bench_plain FROM %L', :'corpus_file')),
       pg_temp.timed(r, 'extract', 'SELECT 1', 'SELECT (SELECT count(*) FROM bench_plain, aimarket.extract_money(body))
                                         + (SELECT count(*) FROM bench_plain, aimarket.extract_quantities(body))
                                         + (SELECT count(*) FROM bench_plain, aimarket.extract_entities(body))
                                         + (SELECT count(*) FROM bench_plain, aimarket.resolve_dates(body, published))
                                         + (SELECT count(*) FROM bench_plain, aimarket.extract_facts(body, published))'),
       pg_temp.timed(r, 'one_pass', 'SELECT 1', 'SELECT count(*) FROM bench_plain, aimarket.extract_facts(body, published)'),
       pg_temp.timed(r, 'attached', 'TRUNCATE bench_attached; TRUNCATE aimarket.article, aimarket.article_money,
                                       aimarket.article_quantity, aimarket.article_entity, aimarket.article_date,
                                       aimarket.article_fact',
                     format('COPY bench_attached FROM %L', :'corpus_file'))
FROM generate_series(1, 3) r;
\o

SELECT (SELECT count(*) FROM aimarket.article) AS articles,
       (SELECT count(*) FROM aimarket.article_money) AS money,
       (SELECT count(*) FROM aimarket.article_quantity) AS quantities,
       (SELECT count(*) FROM aimarket.article_entity) AS entities,
       (SELECT count(*) FROM aimarket.article_date) AS dates,
       (SELECT count(*) FROM aimarket.article_fact) AS facts;

-- From 0.5.0 the writer derives the facts from the mentions it found, so
-- the five functions together do the extraction more than once: the
-- overhead against them understates the writing cost. extract_facts alone
-- runs every core once and the fact rules (one pass, no rows for the other
-- mentions): the overhead against it is the honest cost of writing.
SELECT round, round(c.seconds::numeric, 2) AS copy_s, round(e.seconds::numeric, 2) AS extract_s,
       round(o.seconds::numeric, 2) AS one_pass_s, round(a.seconds::numeric, 2) AS attached_s,
       round(((a.seconds - c.seconds - e.seconds) / e.seconds * 100)::numeric, 1) AS "overhead % of extract",
       round(((a.seconds - c.seconds - o.seconds) / o.seconds * 100)::numeric, 1) AS "overhead % of one pass",
       round((a.seconds / c.seconds)::numeric, 1) AS "attached / plain COPY"
FROM pipe_timings c JOIN pipe_timings e USING (round) JOIN pipe_timings a USING (round)
     JOIN pipe_timings o USING (round)
WHERE c.name = 'copy' AND e.name = 'extract' AND a.name = 'attached' AND o.name = 'one_pass'
ORDER BY round;

------------------------------------------------- backfill: one part, two
CREATE EXTENSION IF NOT EXISTS dblink;
SELECT format('host=%s port=%s dbname=%s user=%s', split_part(current_setting('unix_socket_directories'), ',', 1),
              current_setting('port'), current_database(), current_user) AS conn \gset
SELECT aimarket.detach('bench_attached') \gset
CREATE TEMP TABLE bf_timings (parts int, seconds float8);
-- the backfill of the attached table in parts sessions at once, timed
CREATE FUNCTION pg_temp.backfill_in(parts int, conn text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE t0 timestamptz; k int;
BEGIN
  t0 := clock_timestamp();
  FOR k IN 1..parts LOOP
    PERFORM dblink_connect('bf' || k, conn);
    PERFORM dblink_send_query('bf' || k, format(
      'CALL aimarket.backfill(''bench_attached'', batch_size => 200, part => %s, parts => %s)', k, parts));
  END LOOP;
  FOR k IN 1..parts LOOP
    PERFORM * FROM dblink_get_result('bf' || k) AS r(x text);
    PERFORM dblink_disconnect('bf' || k);
  END LOOP;
  INSERT INTO bf_timings VALUES (parts, extract(epoch FROM clock_timestamp() - t0));
END $$;
-- two pairs: one session, then two parts in two sessions; each on a fresh
-- attachment of the same 6000 rows
\o /dev/null
SELECT aimarket.attach('bench_attached', 'body', 'published');
SELECT pg_temp.backfill_in(1, :'conn');
SELECT aimarket.detach('bench_attached');
SELECT aimarket.attach('bench_attached', 'body', 'published');
SELECT pg_temp.backfill_in(2, :'conn');
SELECT aimarket.detach('bench_attached');
SELECT aimarket.attach('bench_attached', 'body', 'published');
SELECT pg_temp.backfill_in(1, :'conn');
SELECT aimarket.detach('bench_attached');
SELECT aimarket.attach('bench_attached', 'body', 'published');
SELECT pg_temp.backfill_in(2, :'conn');
\o
SELECT (SELECT count(*) FROM aimarket.article) AS articles_after_last_backfill;
SELECT parts, round(min(seconds)::numeric, 2) AS best_s, round(max(seconds)::numeric, 2) AS worst_s,
       round((min(seconds) / (SELECT min(seconds) FROM bf_timings WHERE parts = 1))::numeric, 2) AS "time / one session"
FROM bf_timings GROUP BY parts ORDER BY parts;

----------------------------------------- read-only analysis, parallel query
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
CREATE TEMP TABLE par_timings (workers int, round int, seconds float8);
CREATE FUNCTION pg_temp.par(w int, r int) RETURNS void LANGUAGE plpgsql AS $$
DECLARE t0 timestamptz; n bigint;
BEGIN
  EXECUTE format('SET LOCAL max_parallel_workers_per_gather = %s', w);
  t0 := clock_timestamp();
  EXECUTE 'SELECT (SELECT count(*) FROM bench_plain, aimarket.extract_money(body))
                + (SELECT count(*) FROM bench_plain, aimarket.extract_quantities(body))' INTO n;
  INSERT INTO par_timings VALUES (w, r, extract(epoch FROM clock_timestamp() - t0));
END $$;
SELECT pg_temp.par(w, r) FROM generate_series(1, 3) r, (VALUES (0), (2)) v(w) ORDER BY r, w;
SELECT workers, round(min(seconds)::numeric, 2) AS best_s,
       round((min(seconds) / (SELECT min(seconds) FROM par_timings WHERE workers = 0))::numeric, 2) AS "time / serial"
FROM par_timings GROUP BY workers ORDER BY workers;

SELECT aimarket.detach('bench_attached') \gset
DROP TABLE bench_plain, bench_attached;
