-- bench/lib/paired_first_read.sql: in this new backend, the first read of
-- the open corpus by aimarket.korean (its word cache empty) and one read by
-- simple, into bench_first_reads: the two are timed within seconds of each
-- other, so a busy machine slows both. Which goes first is :first
-- ('korean' or 'simple'); fts_open.sql alternates it, since the second
-- read of a backend finds its memory already mapped. Included by
-- bench/fts_open.sql.
SET client_min_messages = warning;
SET client_encoding = 'UTF8';
SET max_parallel_workers_per_gather = 0;
SET jit = off;
SELECT pg_catalog.set_config('aimarket_bench.first', :'first', false) IS NOT NULL AS ordered \gset
-- the lexicon loads on first use, not timed
SELECT to_tsvector('aimarket.korean', '앤트로픽은') IS NOT NULL AS warm \gset
DO $$
DECLARE t0 timestamptz; k float8; s float8; n bigint;
  simple_first boolean := current_setting('aimarket_bench.first') = 'simple';
BEGIN
  IF simple_first THEN
    t0 := clock_timestamp();
    SELECT sum(length(to_tsvector('simple', body))) INTO n FROM bench_open_corpus;
    s := extract(epoch FROM clock_timestamp() - t0);
  END IF;
  t0 := clock_timestamp();
  SELECT sum(length(to_tsvector('aimarket.korean', body))) INTO n FROM bench_open_corpus;
  k := extract(epoch FROM clock_timestamp() - t0);
  IF NOT simple_first THEN
    t0 := clock_timestamp();
    SELECT sum(length(to_tsvector('simple', body))) INTO n FROM bench_open_corpus;
    s := extract(epoch FROM clock_timestamp() - t0);
  END IF;
  INSERT INTO bench_first_reads(korean, simple, simple_first) VALUES (k, s, simple_first);
END $$;
