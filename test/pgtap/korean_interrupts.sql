-- Long calls honour statement_timeout (and so cancel) as core functions do:
-- each stops within a second of a 300 ms timeout, where 0.1.0 ran on for
-- seconds. Runs in UTF8 and EUC_KR databases (to_tsvector only in UTF8).
SET client_encoding = 'UTF8';
BEGIN;
SET LOCAL search_path = aimarket, public;
SELECT plan(8);

CREATE TEMP TABLE big(name text, body text);
INSERT INTO big VALUES
  ('money', repeat('1원 ', 1900000)),   -- below the 2,000,000-figure limit
  ('text', repeat('앤트로픽은 10억달러를 유치해 기업가치를 평가받았다 ', 1200000));

CREATE FUNCTION pg_temp.stops(stmt text) RETURNS interval LANGUAGE plpgsql AS $$
DECLARE
  t0 timestamptz := clock_timestamp();
BEGIN
  -- the caller arms statement_timeout for its whole statement
  EXECUTE stmt;
  RETURN NULL;              -- it finished: no timeout seen
EXCEPTION WHEN query_canceled THEN
  RETURN clock_timestamp() - t0;
END $$;

SET LOCAL statement_timeout = 300;
SELECT cmp_ok(pg_temp.stops($$ SELECT count(*) FROM big, extract_money(body) WHERE name = 'money' $$),
              '<', interval '1.3 s', 'extract_money on 1.9 million figures (9.5 MB) stops soon after a 300 ms timeout');
RESET statement_timeout;
SET LOCAL statement_timeout = 300;
SELECT cmp_ok(pg_temp.stops($$ SELECT count(*) FROM big, extract_quantities(body) WHERE name = 'money' $$),
              '<', interval '1.3 s', 'extract_quantities on 1.9 million figures (9.5 MB) stops soon after a 300 ms timeout');
RESET statement_timeout;
SET LOCAL statement_timeout = 300;
SELECT cmp_ok(pg_temp.stops($$ SELECT count(*) FROM big, extract_money(body) WHERE name = 'text' $$),
              '<', interval '1.3 s', 'extract_money on 60 MB of words stops soon after a 300 ms timeout');
RESET statement_timeout;
SET LOCAL statement_timeout = 300;
SELECT cmp_ok(pg_temp.stops($$ SELECT count(*) FROM big, extract_quantities(body) WHERE name = 'text' $$),
              '<', interval '1.3 s', 'extract_quantities on 60 MB of words stops soon after a 300 ms timeout');
RESET statement_timeout;

SELECT getdatabaseencoding() = 'UTF8' AS utf8 \gset
\if :utf8
SET LOCAL statement_timeout = 300;
SELECT cmp_ok(pg_temp.stops($$ SELECT length(to_tsvector('aimarket.korean', body)) FROM big WHERE name = 'text' $$),
              '<', interval '1.3 s', 'to_tsvector(aimarket.korean) on 60 MB stops soon after a 300 ms timeout');
RESET statement_timeout;
SET LOCAL statement_timeout = 300;
SELECT cmp_ok(pg_temp.stops($$ SELECT count(*) FROM big, tokenize(body) WHERE name = 'text' $$),
              '<', interval '1.3 s', 'tokenize on 60 MB stops soon after a 300 ms timeout');
RESET statement_timeout;
\else
SELECT pass('to_tsvector needs UTF8 (skipped)');
SELECT pass('tokenize needs UTF8 (skipped)');
\endif

-- and without a timeout the same calls finish
SELECT is((SELECT count(*) FROM big, extract_money(left(body, 30000)) WHERE name = 'money'), 10000::bigint,
          'extract_money finds every figure of 10,000 without a timeout');
SET LOCAL statement_timeout = 300;
SELECT is(pg_temp.stops($$ SELECT count(*) FROM extract_money('1원') $$), NULL,
          'a short call finishes inside the timeout');
RESET statement_timeout;
SELECT * FROM finish();
ROLLBACK;
