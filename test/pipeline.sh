#!/bin/sh
# test/pipeline.sh - the pipeline where it needs several sessions, commits,
# crashes and real clients, as TAP lines:
#
#   1. CALL aimarket.backfill reports progress as NOTICEs, and another
#      session reads it in aimarket.backfill_progress while it runs;
#   2. a cancelled backfill and one whose backend is killed with kill -9
#      (the server restarts) resume to exactly the result of a clean run;
#   3. a backfill split in two parts, run by two sessions at once;
#   4. pgbench: 8 clients inserting, updating, deleting and rolling back
#      while a backfill runs: the stored mentions equal the extractors' on
#      the table as it ends, with no deadlock and no failed transaction;
#   5. pg_cron runs aimarket.refresh() on a schedule;
#   6. a JDBC program and a pandas program read the views.
#
# Run by test/run.sh (PGHOST, PGPORT, PGUSER, AIMARKET_TEST_* set).
set -u

. "$(dirname "$0")/tap.sh"

top=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/aimarket-pipeline.XXXXXX")
chmod 755 "$tmp"
trap 'rm -rf "$tmp"' EXIT
db=am_pipeline

new_db "$db"
q "$db" -c "CREATE EXTENSION aimarket"

# 3000 articles of 12 paragraphs, made of our sample paragraphs
q "$db" >/dev/null <<EOF
CREATE TABLE seed (id int, published date, body text);
\copy seed FROM '$top/data/articles.tsv' WITH (FORMAT csv, DELIMITER E'\t', HEADER true)
CREATE TABLE news (id int PRIMARY KEY, published date, body text);
INSERT INTO news
SELECT a, date '2024-01-01' + a % 300,
       string_agg(translate(s.body, '0123456789', substr('01234567890123456789', 1 + (a + p) % 10, 10)), ' ' ORDER BY p)
FROM generate_series(1, 3000) a CROSS JOIN generate_series(1, 12) p
JOIN seed s ON s.id = 1 + (p * 7 + a) % 48
GROUP BY a;
-- the stored mentions against the extractors on the table as it is now
CREATE FUNCTION drift() RETURNS bigint LANGUAGE sql AS \$\$
    WITH want AS (
        SELECT n.id::text AS k, n.published, 'm' AS t, x.ord, x.surface || x.amount::text || x.sentence AS v
        FROM news n, aimarket.extract_money(n.body) WITH ORDINALITY x(amount, equivalent, role, surface, start_pos, change, sentence, ord)
        UNION ALL
        SELECT n.id::text, n.published, 'q', x.ord, x.surface || x.unit || x.sentence
        FROM news n, aimarket.extract_quantities(n.body) WITH ORDINALITY x(value, lower, upper, qualifier, unit, measure, period, surface, start_pos, sentence, ord)
        UNION ALL
        SELECT n.id::text, n.published, 'e', x.ord, x.surface || coalesce(x.entity_id, 0) || x.sentence
        FROM news n, aimarket.extract_entities(n.body) WITH ORDINALITY x(entity_id, name, kind, surface, start_pos, sentence, ord)
        UNION ALL
        SELECT n.id::text, n.published, 'd', x.ord, x.surface || coalesce(x.lower::text, '') || coalesce(x.upper::text, '') || x.sentence
        FROM news n, aimarket.resolve_dates(n.body, n.published) WITH ORDINALITY x(surface, start_pos, lower, upper, granularity, relative, sentence, ord)
        UNION ALL
        SELECT n.id::text, n.published, 'f', x.ord, x.relation || x.surface || coalesce(x.subject_id, 0) || coalesce(x.object_id, 0) || x.status || coalesce(x.as_of_upper::text, '')
        FROM news n, aimarket.extract_facts(n.body, n.published) WITH ORDINALITY x(relation, subject_id, subject, object_id, object, amount, equivalent, quantity_lower, quantity_upper, quantity_unit, quantity_qualifier, status, as_of_lower, as_of_upper, as_of_granularity, dated_by, surface, start_pos, sentence, sentence_start, sentence_end, subject_carried, confidence, ord)
        UNION ALL
        SELECT n.id::text, n.published, 'a', 0, '' FROM news n),
    have AS (
        SELECT a.article_key AS k, a.published, 'm' AS t, m.ord::bigint AS ord, m.surface || m.amount::text || m.sentence AS v
        FROM aimarket.article a JOIN aimarket.article_money m USING (article_id)
        UNION ALL
        SELECT a.article_key, a.published, 'q', x.ord, x.surface || x.unit || x.sentence
        FROM aimarket.article a JOIN aimarket.article_quantity x USING (article_id)
        UNION ALL
        SELECT a.article_key, a.published, 'e', x.ord, x.surface || coalesce(x.entity_id, 0) || x.sentence
        FROM aimarket.article a JOIN aimarket.article_entity x USING (article_id)
        UNION ALL
        SELECT a.article_key, a.published, 'd', x.ord, x.surface || coalesce(x.lower::text, '') || coalesce(x.upper::text, '') || x.sentence
        FROM aimarket.article a JOIN aimarket.article_date x USING (article_id)
        UNION ALL
        SELECT a.article_key, a.published, 'f', x.ord, x.relation || x.surface || coalesce(x.subject_id, 0) || coalesce(x.object_id, 0) || x.status || coalesce(x.as_of_upper::text, '')
        FROM aimarket.article a JOIN aimarket.article_fact x USING (article_id)
        UNION ALL
        SELECT a.article_key, a.published, 'a', 0, '' FROM aimarket.article a)
    SELECT (SELECT count(*) FROM (SELECT * FROM want EXCEPT ALL SELECT * FROM have) d)
         + (SELECT count(*) FROM (SELECT * FROM have EXCEPT ALL SELECT * FROM want) d)
\$\$;
CREATE FUNCTION snapshot() RETURNS TABLE (line text) LANGUAGE sql AS \$\$
    SELECT a.article_key || ' ' || m.ord || ' ' || m.surface || ' ' || m.amount::text
    FROM aimarket.article a JOIN aimarket.article_money m USING (article_id)
    UNION ALL
    SELECT a.article_key || ' e' || e.ord || ' ' || e.surface FROM aimarket.article a JOIN aimarket.article_entity e USING (article_id)
    UNION ALL
    SELECT a.article_key || ' d' || d.ord || ' ' || d.surface || ' ' || d.lower FROM aimarket.article a JOIN aimarket.article_date d USING (article_id)
    UNION ALL
    SELECT a.article_key || ' f' || f.ord || ' ' || f.relation || ' ' || f.surface || ' ' || f.status FROM aimarket.article a JOIN aimarket.article_fact f USING (article_id)
    ORDER BY 1
\$\$;
SELECT aimarket.attach('news', 'body', 'published');
EOF
ok $? "3000 articles in a table, attached"

# ------------------------------------------------- 1. progress, as it goes
psql -X -q -d "$db" -c "CALL aimarket.backfill('news', batch_size => 100)" >"$tmp/clean.out" 2>"$tmp/clean.err" &
bf=$!
seen=""
i=0
while [ $i -lt 200 ] && [ -z "$seen" ]; do
    seen=$(q "$db" -c "SELECT rows_done || '/' || rows_total || ' ' || rows_per_second FROM aimarket.backfill_progress
                       WHERE state = 'running' AND rows_done > 0 AND rows_done < rows_total" 2>/dev/null)
    i=$((i + 1)); sleep 0.05
done
wait $bf
[ -n "$seen" ]
ok $? "another session reads backfill_progress while it runs ($seen rows/s)"
notices=$(grep -c 'NOTICE:  aimarket.backfill news: [0-9]* of 3000 rows ([0-9]*%), [0-9]* rows/s' "$tmp/clean.err")
[ "$notices" -ge 30 ] && grep -q '3000 of 3000 rows (100%)' "$tmp/clean.err" &&
    grep -q 'writers held analysed after the scan, done' "$tmp/clean.err"
ok $? "CALL aimarket.backfill reports each of its batches of 100 as a NOTICE ($notices), then its sweep, done"
[ "$(q "$db" -c "SELECT drift()")" = 0 ]
ok $? "after the backfill the stored mentions are exactly the extractors'"
q "$db" -c "SELECT * FROM snapshot()" >"$tmp/clean.snap"
[ "$(q "$db" -c "SELECT state FROM aimarket.backfill_progress")" = done ]
ok $? "backfill_progress says done"
q "$db" -c "CALL aimarket.backfill('news')" 2>"$tmp/again.err"
grep -q 'done already' "$tmp/again.err"
ok $? "a second CALL says it is done already and writes nothing"

reset_source() {
    q "$db" -c "SELECT aimarket.detach('news')" -c "SELECT aimarket.attach('news', 'body', 'published')" >/dev/null 2>&1
}

# ------------------------------------------------- 2. cancel and kill -9
reset_source
# the backend of a running backfill, once it has done some batches
backfill_pid() {
    pid=""
    i=0
    while [ $i -lt 300 ] && [ -z "$pid" ]; do
        pid=$(q "$db" -c "SELECT backend_pid FROM aimarket.backfill_state WHERE done >= 500 AND finished_at IS NULL" 2>/dev/null)
        i=$((i + 1)); sleep 0.02
    done
}
psql -X -q -v VERBOSITY=verbose -d "$db" -c "CALL aimarket.backfill('news', batch_size => 50)" >/dev/null 2>"$tmp/cancel.err" &
bf=$!
backfill_pid
[ -n "$pid" ] && q "$db" -c "SELECT pg_cancel_backend($pid)" >/dev/null
wait $bf
st=$(sed -n 's/^ERROR: *\([0-9A-Z]\{5\}\):.*/\1/p' "$tmp/cancel.err" | head -1)
done1=$(q "$db" -c "SELECT rows_done FROM aimarket.backfill_progress WHERE state = 'stopped'")
[ "$st" = 57014 ] && [ "${done1:-0}" -gt 0 ] && [ "$done1" -lt 3000 ]
ok $? "a backfill cancelled with pg_cancel_backend ($st) stops with its batches kept ($done1 rows)"
q "$db" -c "CALL aimarket.backfill('news', batch_size => 50)" 2>/dev/null
q "$db" -c "SELECT * FROM snapshot()" >"$tmp/resumed.snap"
cmp -s "$tmp/clean.snap" "$tmp/resumed.snap" && [ "$(q "$db" -c "SELECT drift()")" = 0 ]
ok $? "resumed, it gives exactly the result of a clean run"

reset_source
psql -X -q -d "$db" -c "CALL aimarket.backfill('news', batch_size => 50)" >/dev/null 2>&1 &
bf=$!
backfill_pid
[ -n "$pid" ] && kill -9 "$pid"
wait $bf
i=0
until q "$db" -c "SELECT 1" >/dev/null 2>&1 || [ $i -gt 100 ]; do i=$((i + 1)); sleep 0.2; done
killed=$(q "$db" -c "SELECT rows_done || ' ' || state FROM aimarket.backfill_progress")
case "$killed" in *stopped) r=0 ;; *) r=1 ;; esac
[ -n "$pid" ] || r=1
ok $r "kill -9 of the backfill's backend: the server restarts and the backfill is stopped at $killed"
q "$db" -c "CALL aimarket.backfill('news', batch_size => 50)" 2>/dev/null
q "$db" -c "SELECT * FROM snapshot()" >"$tmp/killed.snap"
cmp -s "$tmp/clean.snap" "$tmp/killed.snap" && [ "$(q "$db" -c "SELECT drift()")" = 0 ]
ok $? "resumed after kill -9, it gives exactly the result of a clean run ($(wc -l <"$tmp/killed.snap") mentions)"

# ------------------------------------------------------ 3. two parts at once
reset_source
for part in 1 2; do
    psql -X -q -d "$db" -c "CALL aimarket.backfill('news', batch_size => 200, part => $part, parts => 2)" \
        >/dev/null 2>"$tmp/part$part.err" &
done
wait
q "$db" -c "SELECT * FROM snapshot()" >"$tmp/parts.snap"
parts=$(q "$db" -c "SELECT string_agg(rows_done::text, '+' ORDER BY part) FROM aimarket.backfill_progress WHERE state = 'done'")
cmp -s "$tmp/clean.snap" "$tmp/parts.snap"
ok $? "two sessions backfill one part each ($parts rows): the result of a single run"

# ----------------------------------------------- 4. pgbench with a backfill
reset_source
cat >"$tmp/write.sql" <<'EOF'
\set id random(1, 4000)
\set s random(1, 48)
INSERT INTO news SELECT :id, date '2024-01-01' + :s, body || ' ' || :id FROM seed WHERE id = :s
ON CONFLICT (id) DO UPDATE SET body = EXCLUDED.body, published = EXCLUDED.published;
EOF
cat >"$tmp/delete.sql" <<'EOF'
\set id random(1, 4000)
DELETE FROM news WHERE id = :id;
EOF
# one row per transaction, so that the writers cannot deadlock among
# themselves: any deadlock would be the pipeline's
cat >"$tmp/rollback.sql" <<'EOF'
\set id random(1, 4000)
BEGIN;
UPDATE news SET body = body || ' 취소' WHERE id = :id;
SELECT pg_sleep(0.02);
ROLLBACK;
EOF
cat >"$tmp/touch.sql" <<'EOF'
\set id random(1, 4000)
UPDATE news SET published = published WHERE id = :id;
EOF
psql -X -q -d "$db" -c "CALL aimarket.backfill('news', batch_size => 20)" >/dev/null 2>"$tmp/bf.err" &
bf=$!
pgbench -n -c 8 -j 2 -T 12 -f "$tmp/write.sql@5" -f "$tmp/delete.sql@1" -f "$tmp/touch.sql@1" \
    -f "$tmp/rollback.sql@2" "$db" \
    >"$tmp/pgbench.out" 2>&1
pb=$?
wait $bf
bfr=$?
tx=$(sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p' "$tmp/pgbench.out")
failed_tx=$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' "$tmp/pgbench.out")
[ $pb -eq 0 ] && [ $bfr -eq 0 ] && [ "${tx:-0}" -gt 100 ] && [ "${failed_tx:-0}" -eq 0 ] &&
    ! grep -q deadlock "$tmp/pgbench.out" "$tmp/bf.err" "$AIMARKET_TEST_LOG"
ok $? "pgbench, 8 clients for 12 s (upserts, deletes, no-op updates, rolled-back updates) during a backfill: $tx transactions, ${failed_tx:-0} failed, no deadlock"
grep -q 'rows that writers held analysed after the scan, done' "$tmp/bf.err"
ok $? "the backfill's sweep analysed the rows writers held as it passed ($(grep -c 'writers held' "$tmp/bf.err") sweep reports)"
[ $pb -eq 0 ] || sed 's/^/# /' "$tmp/pgbench.out" | tail -5
d=$(q "$db" -c "SELECT drift()")
[ "$d" = 0 ]
ok $? "after it the stored mentions equal the extractors' on every row (drift $d, $(q "$db" -c "SELECT count(*) FROM news") rows)"

# a temporary table dropped with its session fires no event trigger
q "$db" -c "CREATE TEMP TABLE scratch (id int PRIMARY KEY, published date, body text)" \
        -c "SELECT aimarket.attach('scratch', 'body', 'published')" \
        -c "INSERT INTO scratch VALUES (1, '2024-01-01', '앤트로픽은 40억달러를 유치했다.')" >/dev/null 2>&1
before=$(q "$db" -c "SELECT count(*) FROM aimarket.source")
steps=$(q "$db" -c "SELECT string_agg(step, '; ') FROM aimarket.refresh() WHERE step LIKE 'forgotten%'")
after=$(q "$db" -c "SELECT count(*) FROM aimarket.source")
[ "$before" = 2 ] && [ "$after" = 1 ] && [ "$(q "$db" -c "SELECT drift()")" = 0 ]
ok $? "refresh() forgets the source of a temporary table gone with its session ($steps)"

# ------------------------------------------------------------- 5. pg_cron
if psql -X -q -At -c "CREATE EXTENSION IF NOT EXISTS pg_cron" >/dev/null 2>&1; then
    job=$(psql -X -q -At -c "SELECT cron.schedule_in_database('aimarket-refresh', '* * * * *', 'SELECT aimarket.refresh()', '$db')")
    got=""
    i=0
    while [ $i -lt 80 ] && [ -z "$got" ]; do
        got=$(psql -X -q -At -c "SELECT status FROM cron.job_run_details WHERE jobid = $job AND status = 'succeeded' LIMIT 1")
        i=$((i + 1)); sleep 1
    done
    psql -X -q -At -c "SELECT cron.unschedule($job)" >/dev/null
    [ "$got" = succeeded ]
    ok $? "pg_cron ran SELECT aimarket.refresh() on a five-field schedule: $got after ${i} s"
else
    ok 1 "pg_cron is loaded (shared_preload_libraries)"
fi

# ------------------------------------------------------ 6. real clients
q "$db" -c "SELECT count(*) FROM aimarket.refresh()" >/dev/null
if java -cp /usr/share/java/postgresql.jar "$top/test/clients/ViewTypes.java" \
    "jdbc:postgresql://127.0.0.1:$PGPORT/$db" postgres "$AIMARKET_TEST_PASSWORD" >"$tmp/jdbc.out" 2>&1; then r=0; else r=1; fi
sed 's/^/# jdbc: /' "$tmp/jdbc.out"
[ "$(grep -c '^ok' "$tmp/jdbc.out")" -ge 17 ] || r=1
ok $r "JDBC over TCP reads every view with plain types and no PGobject ($(grep -c '^ok' "$tmp/jdbc.out") checks)"
if /usr/bin/python3 "$top/test/clients/views.py" \
    "host=127.0.0.1 port=$PGPORT dbname=$db user=postgres password=$AIMARKET_TEST_PASSWORD" >"$tmp/py.out" 2>&1; then r=0; else r=1; fi
sed 's/^/# pandas: /' "$tmp/py.out"
[ "$(grep -c '^ok' "$tmp/py.out")" -ge 10 ] || r=1
ok $r "psycopg2 and pandas load the views with exact dtypes ($(grep -c '^ok' "$tmp/py.out") checks)"

psql -X -q -c "DROP DATABASE $db" >/dev/null 2>&1
echo "1..$n"
