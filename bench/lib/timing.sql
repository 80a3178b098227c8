-- bench/lib/timing.sql: the best of a number of timings of a query, into
-- the table timings; GIN index builds, into gin_timings.
CREATE TEMP TABLE timings(name text, seconds float8, rows bigint);
CREATE FUNCTION pg_temp.best_of(runs int, name text, q text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE t0 timestamptz; best float8 := 'infinity'; n bigint; i int;
BEGIN
  FOR i IN 1..runs LOOP
    t0 := clock_timestamp();
    EXECUTE q INTO n;
    best := least(best, extract(epoch FROM clock_timestamp() - t0));
  END LOOP;
  INSERT INTO timings VALUES (name, best, n);
END $$;

CREATE TEMP TABLE gin_timings(config text, seconds float8, index_mb numeric);
CREATE FUNCTION pg_temp.gin_build(tbl text, cfg text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE t0 timestamptz; s float8;
BEGIN
  EXECUTE format('DROP INDEX IF EXISTS %I', tbl || '_gin');
  t0 := clock_timestamp();
  EXECUTE format('CREATE INDEX %I ON %I USING gin (to_tsvector(%L::regconfig, body))',
                 tbl || '_gin', tbl, cfg);
  s := extract(epoch FROM clock_timestamp() - t0);
  INSERT INTO gin_timings VALUES (cfg, s, round(pg_relation_size(tbl || '_gin') / 1e6, 1));
END $$;
