-- bench/lib/paired_first_read.sql: in this new backend, the first read of
-- the open corpus by aimarket.korean (its word cache empty), then one read
-- by simple, into bench_first_reads: the two are timed within seconds of
-- each other, so a busy machine slows both. Included by bench/fts_open.sql.
SET client_min_messages = warning;
SET client_encoding = 'UTF8';
SET max_parallel_workers_per_gather = 0;
SET jit = off;
-- the lexicon loads on first use, not timed
SELECT to_tsvector('aimarket.korean', '앤트로픽은') IS NOT NULL AS warm \gset
DO $$
DECLARE t0 timestamptz; k float8; n bigint;
BEGIN
  t0 := clock_timestamp();
  SELECT sum(length(to_tsvector('aimarket.korean', body))) INTO n FROM bench_open_corpus;
  k := extract(epoch FROM clock_timestamp() - t0);
  t0 := clock_timestamp();
  SELECT sum(length(to_tsvector('simple', body))) INTO n FROM bench_open_corpus;
  INSERT INTO bench_first_reads VALUES (k, extract(epoch FROM clock_timestamp() - t0));
END $$;
