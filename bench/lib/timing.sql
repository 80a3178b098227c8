-- bench/lib/timing.sql: best-of-three timing of a query, into the table timings.
CREATE TEMP TABLE timings(name text, seconds float8, rows bigint);
CREATE FUNCTION pg_temp.best_of_3(name text, q text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE t0 timestamptz; best float8 := 'infinity'; n bigint; i int;
BEGIN
  FOR i IN 1..3 LOOP
    t0 := clock_timestamp();
    EXECUTE q INTO n;
    best := least(best, extract(epoch FROM clock_timestamp() - t0));
  END LOOP;
  INSERT INTO timings VALUES (name, best, n);
END $$;

