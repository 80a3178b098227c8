#!/bin/sh
# test/upgrade.sh - what needs databases of its own, as TAP lines:
#
#   1. each released script (0.1.0 to 0.4.0) is the one in the repository's
#      history, and the full scripts from 0.4.0 on are the one before and
#      the update step (src/tools/full_script.sh);
#   2. each older version installed and filled (monetary values, btree and hash indexes,
#      a GIN index on aimarket.korean) and then ALTER EXTENSION aimarket
#      UPDATE equals a fresh install of the default version: the same objects with the same
#      definitions and comments, the same results, the stored values and
#      their indexes intact;
#   3. CREATE EXTENSION refuses a schema "aimarket" made beforehand by
#      another role, or one with objects in it;
#   4. in LATIN1 and SQL_ASCII databases CREATE EXTENSION works, the money
#      functions work, and the Korean-text functions refuse with 0A000.
#
# Run by test/run.sh with PGHOST, PGPORT and PGUSER set to a throwaway
# cluster (superuser postgres).
set -u

. "$(dirname "$0")/tap.sh"

top=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/aimarket-upgrade.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

new=$(sed -n "s/^default_version = '\(.*\)'/\1/p" "$top/aimarket.control")

# ------------------------------------------------------ 1. released scripts
# A version is released once the script that updates it to the next one
# exists: from then on its install script stays as it was at that moment.
for old in 0.1.0 0.2.0 0.3.0 0.4.0; do
    up=$(ls "$top"/sql/aimarket--"$old"--*.sql 2>/dev/null | head -1)
    if [ -n "$up" ] && git -C "$top" rev-parse --git-dir >/dev/null 2>&1 &&
        step=$(git -C "$top" log --diff-filter=A --format=%H -- "sql/$(basename "$up")" | tail -1) &&
        [ -n "$step" ] && released=$(git -C "$top" rev-parse --short "$step^"); then
        git -C "$top" show "$released:sql/aimarket--$old.sql" >"$tmp/released.sql"
        cmp -s "$tmp/released.sql" "$top/sql/aimarket--$old.sql"
        ok $? "aimarket--$old.sql is unchanged since it was released ($released)"
    else
        echo "ok $((n = n + 1)) - # SKIP no git history of aimarket--$old.sql's update script yet"
    fi
done

for pair in "0.3.0 0.4.0" "0.4.0 $new"; do
    set -- $pair
    [ "$1" = "$2" ] && continue
    sh "$top/src/tools/full_script.sh" "$1" "$2" | cmp -s - "$top/sql/aimarket--$2.sql"
    ok $? "aimarket--$2.sql is aimarket--$1.sql followed by the $1 -> $2 step"
done

# ------------------------------------------------------------- 2. upgrade
fill="
CREATE TABLE public.deals(id int PRIMARY KEY, amount aimarket.monetary, body text, published date DEFAULT '2024-01-01');
INSERT INTO public.deals
SELECT g, aimarket.make_monetary_range(g * 1000, g * 1000 + (g % 7) * 10,
                                       (ARRAY['KRW','USD','EUR','JPY'])[1 + g % 4],
                                       (ARRAY['exact','approximate'])[1 + g % 2]),
       '앤트로픽은 ' || g || '억달러(약 ' || g * 13 || '00억원)의 투자를 유치했다. 기업가치는 '
       || g * 10 || '억~' || g * 12 || '억달러다. 엔비디아와 네이버[035420]도 참여했다.'
FROM pg_catalog.generate_series(1, 2000) g;
CREATE INDEX deals_amount_btree ON public.deals (amount);
CREATE INDEX deals_amount_hash ON public.deals USING hash (amount);
CREATE INDEX deals_body_gin ON public.deals USING gin (pg_catalog.to_tsvector('aimarket.korean', body));
"
# from 0.4.0 on, an attached table analysed before the update
pipe="
CREATE TABLE public.wire(id int PRIMARY KEY, published date, body text);
SELECT aimarket.attach('public.wire', 'body', 'published');
INSERT INTO public.wire
SELECT g, date '2023-12-20' + g, '앤트로픽은 지난 ' || (1 + g % 28) || '일 ' || g || '억달러를 유치했다. 내년 상반기 상장을 검토한다.'
FROM pg_catalog.generate_series(1, 200) g;
"
pipe_results="
SELECT article_key, ord, surface, lower, upper, granularity, relative, nearest_entity FROM aimarket.date_mentions
ORDER BY article_key::int, ord;
SELECT article_key, surface, amount_lower FROM aimarket.money_mentions WHERE source = 'wire' ORDER BY article_key::int, ord;
SELECT article_key, ord, relation, subject, object, status, as_of_lower, usd_lower, confidence FROM aimarket.facts
ORDER BY article_key::int, ord;
SELECT entity, as_of_upper, usd_upper, status FROM aimarket.valuations ORDER BY article_key::int, sentence;
SELECT payee, payer, relation, usd_lower FROM aimarket.deal_ledger ORDER BY article_key::int;
"
upgrade_from() {   # $1: the version installed first, then updated to $new
old=$1
for db in am_upgrade_old am_upgrade_new; do
    new_db "$db"
done
case "$old" in 0.[123].*) with_pipe= ;; *) with_pipe=$pipe ;; esac

q am_upgrade_old -c "CREATE EXTENSION aimarket VERSION '$old'" -c "$fill" ${with_pipe:+-c "$with_pipe"}
ok $? "$old installs from its own script and takes a table with indexes on its types${with_pipe:+, and an attached table}"

# the new module under the old SQL (before the update): old row types still work
rows=$(q am_upgrade_old -c "SELECT count(*) FROM public.deals d, aimarket.extract_money(d.body) m")
[ "$rows" = 4000 ]
ok $? "the $new module serves $old's money_mention before the update: $rows rows"

q am_upgrade_old -c "SELECT id, amount::text FROM public.deals ORDER BY id" >"$tmp/values-before"
q am_upgrade_old -c "ALTER EXTENSION aimarket UPDATE" &&
    [ "$(q am_upgrade_old -c "SELECT extversion FROM pg_extension WHERE extname = 'aimarket'")" = "$new" ]
ok $? "ALTER EXTENSION aimarket UPDATE takes $old to $new"

q am_upgrade_new -c "CREATE EXTENSION aimarket" -c "$fill" ${with_pipe:+-c "$with_pipe"}
ok $? "a fresh $new install takes the same table${with_pipe:+s}"

# Every member of the extension, described by what defines it.
describe="
SELECT x FROM (SELECT pg_catalog.pg_describe_object(d.classid, d.objid, 0) || ' | ' ||
       coalesce(
         (SELECT pg_catalog.concat_ws(' ', p.prosrc, p.probin IS NOT NULL, p.provolatile,
                 p.proisstrict, p.proparallel, p.prorows, p.prokind,
                 pg_catalog.pg_get_function_result(p.oid), pg_catalog.pg_get_function_arguments(p.oid))
          FROM pg_catalog.pg_proc p WHERE d.classid = 'pg_catalog.pg_proc'::regclass AND p.oid = d.objid),
         (SELECT pg_catalog.string_agg(a.attname || ' ' || pg_catalog.format_type(a.atttypid, a.atttypmod), ', ' ORDER BY a.attnum)
          FROM pg_catalog.pg_type t JOIN pg_catalog.pg_attribute a ON a.attrelid = t.typrelid
          WHERE d.classid = 'pg_catalog.pg_type'::regclass AND t.oid = d.objid AND a.attnum > 0 AND NOT a.attisdropped),
         (SELECT pg_catalog.concat_ws(' ', t.typlen, t.typalign, t.typstorage, t.typinput, t.typoutput, t.typreceive, t.typsend)
          FROM pg_catalog.pg_type t WHERE d.classid = 'pg_catalog.pg_type'::regclass AND t.oid = d.objid),
         (SELECT pg_catalog.concat_ws(' ', o.oprcode, o.oprcom::pg_catalog.regoperator, o.oprnegate::pg_catalog.regoperator, o.oprrest, o.oprjoin, o.oprcanhash, o.oprcanmerge)
          FROM pg_catalog.pg_operator o WHERE d.classid = 'pg_catalog.pg_operator'::regclass AND o.oid = d.objid),
         '') || ' | ' ||
       coalesce(pg_catalog.obj_description(d.objid,
           (SELECT c.relname FROM pg_catalog.pg_class c WHERE c.oid = d.classid)), '-')
FROM pg_catalog.pg_depend d
WHERE d.refclassid = 'pg_catalog.pg_extension'::regclass AND d.deptype = 'e'
  AND d.refobjid = (SELECT oid FROM pg_catalog.pg_extension WHERE extname = 'aimarket')
) s(x) ORDER BY x COLLATE \"C\";
"
q am_upgrade_old -c "$describe" >"$tmp/objects-old"
q am_upgrade_new -c "$describe" >"$tmp/objects-new"
if diff "$tmp/objects-old" "$tmp/objects-new" >"$tmp/objects.diff"; then r=0; else r=1; sed 's/^/# /' "$tmp/objects.diff"; fi
[ "$(wc -l <"$tmp/objects-new")" -ge 60 ] || r=1
grep -q 'reads back to the same value$' "$tmp/objects-new" || r=1    # comments are compared
ok $r "the updated installation has the same $(wc -l <"$tmp/objects-new") objects, definitions and comments as a fresh one"

results="
SELECT m::text FROM public.deals d, aimarket.extract_money(d.body) m WHERE d.id % 97 = 0;
SELECT x::text FROM public.deals d, aimarket.extract_quantities(d.body) x WHERE d.id % 97 = 0;
SELECT aimarket.to_korean(amount), aimarket.sum(amount) OVER (PARTITION BY aimarket.currency(amount)) FROM public.deals WHERE id % 97 = 0;
SELECT pg_catalog.to_tsvector('aimarket.korean', body)::text FROM public.deals WHERE id % 97 = 0;
SELECT t.* FROM aimarket.tokenize('기업가치를 평가받은 앤트로픽이 65억달러를') t;
SELECT aimarket.parse_number('삼점사'), aimarket.parse_number('3분의 1');
SELECT e::text FROM public.deals d, aimarket.extract_entities(d.body) e WHERE d.id % 97 = 0;
SELECT kind, pg_catalog.count(*) FROM aimarket.entity GROUP BY kind ORDER BY kind;
SELECT pg_catalog.count(*) FROM aimarket.entity_alias;
SELECT aimarket.attach('public.deals', 'body', 'published');
INSERT INTO public.deals (id, body, published) VALUES (5001, '오픈AI는 65억달러(약 8조6000억원)를 유치했다.', '2024-10-03');
SELECT surface, amount_lower, entities, usd_lower FROM aimarket.money_mentions ORDER BY article_id, ord;
SELECT pg_catalog.count(*) FROM aimarket.refresh();
SELECT aimarket.detach('public.deals');
DELETE FROM public.deals WHERE id = 5001;
"
q am_upgrade_old -c "$results" ${with_pipe:+-c "$pipe_results"} >"$tmp/results-old" 2>&1
q am_upgrade_new -c "$results" ${with_pipe:+-c "$pipe_results"} >"$tmp/results-new" 2>&1
if diff "$tmp/results-old" "$tmp/results-new" >"$tmp/results.diff"; then r=0; else r=1; sed 's/^/# /' "$tmp/results.diff" | head -20; fi
grep -q ERROR "$tmp/results-new" && r=1
[ "$(wc -l <"$tmp/results-new")" -ge 50 ] || r=1
ok $r "the updated and the fresh installation give the same results ($(wc -l <"$tmp/results-new") lines)"

q am_upgrade_old -c "SELECT id, amount::text FROM public.deals ORDER BY id" >"$tmp/values-after"
cmp -s "$tmp/values-before" "$tmp/values-after"
ok $? "the 2000 stored monetary values read the same after the update"

probe="SET search_path = aimarket, public; SET enable_seqscan = off; SET enable_bitmapscan = off;
SELECT pg_catalog.count(*) FROM public.deals WHERE amount = aimarket.make_monetary_range(5000, 5050, 'USD', 'approximate');
SELECT pg_catalog.count(*) FROM public.deals WHERE amount > '1000000 USD'::aimarket.monetary AND amount < '1500000 USD'::aimarket.monetary;
SET enable_indexscan = off; SET enable_bitmapscan = on;
SELECT pg_catalog.count(*) FROM public.deals WHERE pg_catalog.to_tsvector('aimarket.korean', body) @@ pg_catalog.to_tsquery('aimarket.korean', '앤트로픽');"
plan=$(q am_upgrade_old -c "SET search_path = aimarket, public; SET enable_seqscan = off; SET enable_bitmapscan = off; EXPLAIN SELECT * FROM public.deals WHERE amount = '7 USD'::aimarket.monetary")
idx=$(q am_upgrade_old -c "$probe" | tr '\n' ' ')
fresh=$(q am_upgrade_new -c "$probe" | tr '\n' ' ')
case "$plan" in *deals_amount*) r=0 ;; *) r=1 ;; esac
[ "$idx" = "$fresh" ] && [ "${idx#0 }" = "$idx" ] || r=1
ok $r "the btree, hash and GIN indexes made under $old answer as fresh ones do ($idx)"

psql -X -q -c "DROP DATABASE am_upgrade_old" -c "DROP DATABASE am_upgrade_new" >/dev/null
}

for old in 0.1.0 0.2.0 0.3.0 0.4.0; do
    upgrade_from "$old"
done


# ------------------------------------------------------ 3. the schema guard
psql -X -q -c "DROP DATABASE IF EXISTS am_schema" >/dev/null 2>&1
psql -X -q -v ON_ERROR_STOP=1 -c "CREATE DATABASE am_schema TEMPLATE template0"
q am_schema -c "DROP ROLE IF EXISTS am_intruder" -c "CREATE ROLE am_intruder" \
    -c "GRANT CREATE ON DATABASE am_schema TO am_intruder" \
    -c "SET ROLE am_intruder" -c "CREATE SCHEMA aimarket" \
    -c "CREATE FUNCTION aimarket.parse_number(varchar) RETURNS numeric LANGUAGE sql AS 'SELECT 42'" \
    -c "RESET ROLE"
st=$(sqlstate am_schema "CREATE EXTENSION aimarket")
[ "$st" = 42501 ]
ok $? "CREATE EXTENSION refuses a schema aimarket made first by another role (SQLSTATE $st)"
[ "$(q am_schema -c "SELECT count(*) FROM pg_extension WHERE extname = 'aimarket'")" = 0 ]
ok $? "and installs nothing there"
q am_schema -c "ALTER SCHEMA aimarket OWNER TO postgres"
st=$(sqlstate am_schema "CREATE EXTENSION aimarket")
[ "$st" = 42P06 ]
ok $? "CREATE EXTENSION refuses a schema aimarket that holds objects already (SQLSTATE $st)"
q am_schema -c "DROP SCHEMA aimarket CASCADE" -c "CREATE SCHEMA aimarket" \
    -c "GRANT CREATE ON SCHEMA aimarket TO am_intruder"
st=$(sqlstate am_schema "CREATE EXTENSION aimarket")
[ "$st" = 42501 ]
ok $? "CREATE EXTENSION refuses an empty schema aimarket in which another role may create (SQLSTATE $st)"
q am_schema -c "REVOKE CREATE ON SCHEMA aimarket FROM am_intruder" -c "CREATE EXTENSION aimarket" &&
    [ "$(q am_schema -c "SELECT aimarket.parse_number('8조6000억')")" = 8600000000000 ]
ok $? "an empty schema of the installing role is taken over"
psql -X -q -c "DROP DATABASE am_schema" -c "DROP ROLE am_intruder" >/dev/null

# ------------------------------------------- 4. encodings without Hangul
for enc in LATIN1 SQL_ASCII; do
    db="am_$(echo "$enc" | tr 'A-Z' 'a-z')"
    new_db "$db" "$enc"
    q "$db" -c "CREATE EXTENSION aimarket"
    ok $? "CREATE EXTENSION aimarket works in a $enc database"
    r=$(q "$db" -c "SELECT aimarket.parse_number('6.5bn') || ' ' || 'USD 6.5B'::aimarket.monetary::text")
    [ "$r" = "6500000000 6500000000 USD" ]
    ok $? "number and money input work in $enc ($r)"
    for f in "aimarket.extract_money('USD 5 billion')" "aimarket.extract_quantities('12%')" \
        "aimarket.tokenize('abc')" "pg_catalog.to_tsvector('aimarket.korean', 'abc')" \
        "aimarket.extract_entities('KT')" "aimarket.resolve_dates('Q3 2024', '2024-10-15')" \
        "aimarket.extract_facts('KT', '2024-10-15')"; do
        st=$(sqlstate "$db" "SELECT * FROM $f")
        [ "$st" = 0A000 ]
        ok $? "$f refuses in $enc with SQLSTATE $st"
    done
    psql -X -q -c "DROP DATABASE $db" >/dev/null
done

echo "1..$n"
[ "$fails" -eq 0 ]
