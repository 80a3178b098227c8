#!/bin/sh
# test/catalogue.sh - what the entity catalogue needs more than one session
# or database for, as TAP lines:
#
#   1. a backend that has cached the catalogue sees another session's change
#      once it commits, not before, and never a change rolled back;
#   2. pg_dump / pg_restore keeps the user's entities, aliases and words (not
#      the starter rows twice), and extract_entities and to_tsvector answer
#      the same after;
#   3. the installed starter catalogue equals data/catalogue.tsv;
#   4. a catalogue of 100,000 more aliases builds and answers.
#
# Run by test/run.sh with PGHOST, PGPORT and PGUSER set to a throwaway
# cluster (superuser postgres).
set -u

. "$(dirname "$0")/tap.sh"

top=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/aimarket-catalogue.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

psql -X -q -c "DROP DATABASE IF EXISTS am_cat_restored" >/dev/null 2>&1
new_db am_cat
q am_cat -c "CREATE EXTENSION aimarket"

# ------------------------------------------------- 1. two sessions
probe="SELECT coalesce(pg_catalog.string_agg(name, ';'), '-') FROM aimarket.extract_entities('텐서웨이브는 칩을 냈다', false);"
# one backend runs the probe, then waits while another session works, twice
cat >"$tmp/reader.sql" <<EOF
$probe
\\! psql -X -q -d am_cat -c "BEGIN" -c "INSERT INTO aimarket.entity (id, name, kind, source) VALUES (999100, 'TensorWave', 'company', 'test')" -c "INSERT INTO aimarket.entity_alias (alias, entity_id) VALUES ('텐서웨이브', 999100)" -c "SELECT pg_catalog.pg_sleep(3)" -c "ROLLBACK" >/dev/null &
SELECT pg_catalog.pg_sleep(1);
$probe
SELECT pg_catalog.pg_sleep(3);
$probe
\\! psql -X -q -d am_cat -c "INSERT INTO aimarket.entity (id, name, kind, source) VALUES (999100, 'TensorWave', 'company', 'test')" -c "INSERT INTO aimarket.entity_alias (alias, entity_id) VALUES ('텐서웨이브', 999100)"
$probe
EOF
q am_cat -f "$tmp/reader.sql" | grep -v '^$' >"$tmp/reader.out"
[ "$(sed -n 1p "$tmp/reader.out")" = - ]
ok $? "a backend with the catalogue cached finds no uncatalogued name"
[ "$(sed -n 2p "$tmp/reader.out")" = - ]
ok $? "another session's uncommitted alias is not seen"
[ "$(sed -n 3p "$tmp/reader.out")" = - ]
ok $? "nor after that session rolled back"
[ "$(sed -n 4p "$tmp/reader.out")" = TensorWave ]
ok $? "another session's committed alias is seen by the next statement, without a restart"

# ------------------------------------------------- 2. dump and restore
q am_cat -c "INSERT INTO aimarket.entity (name, name_ko, kind, source) VALUES ('Nota AI', '노타', 'company', 'test')" \
    -c "INSERT INTO aimarket.entity_alias (alias, entity_id) SELECT '노타', id FROM aimarket.entity WHERE name = 'Nota AI'" \
    -c "INSERT INTO aimarket.entity_alias (alias, entity_id) VALUES ('오픈에이아이社', 1)" \
    -c "INSERT INTO aimarket.user_word (word) VALUES ('초거대'), ('노타')"
tsv="SELECT pg_catalog.to_tsvector('aimarket.korean', '초거대로 노타는 퓨리오사AI와')::text, pg_catalog.to_tsvector('aimarket.korean_names', '퓨리오사AI와 노타는')::text"
q am_cat -c "$tsv" >"$tmp/tsv-before"
text="노타는 텐서웨이브와 오픈에이아이社, 앤트로픽과 손잡았다."
q am_cat -c "SELECT e::text FROM aimarket.extract_entities('$text') e" >"$tmp/before"
pg_dump -Fc -d am_cat -f "$tmp/am_cat.dump"
ok $? "pg_dump of a database with user rows in the catalogue"
new_db am_cat_restored
pg_restore -d am_cat_restored "$tmp/am_cat.dump" 2>"$tmp/restore.err"
ok $? "pg_restore into a new database$(sed -n 1p "$tmp/restore.err" | sed 's/^/: /')"
q am_cat_restored -c "SELECT e::text FROM aimarket.extract_entities('$text') e" >"$tmp/after"
cmp -s "$tmp/before" "$tmp/after" && [ "$(wc -l <"$tmp/before")" -eq 4 ]
ok $? "extract_entities answers the same after the restore ($(wc -l <"$tmp/after") mentions)"
q am_cat_restored -c "$tsv" >"$tmp/tsv-after"
cmp -s "$tmp/tsv-before" "$tmp/tsv-after" && grep -q "초거대" "$tmp/tsv-after"
ok $? "to_tsvector uses the user's words after the restore: $(head -1 "$tmp/tsv-after")"
rows="SELECT pg_catalog.count(*) FILTER (WHERE builtin), pg_catalog.count(*) FILTER (WHERE NOT builtin) FROM aimarket.entity
      UNION ALL SELECT pg_catalog.count(*) FILTER (WHERE builtin), pg_catalog.count(*) FILTER (WHERE NOT builtin) FROM aimarket.entity_alias"
[ "$(q am_cat -c "$rows")" = "$(q am_cat_restored -c "$rows")" ]
ok $? "the starter rows once and the user's rows all: $(q am_cat_restored -c "$rows" | tr '\n' ' ')"
q am_cat_restored -c "INSERT INTO aimarket.entity (name, kind) VALUES ('After restore', 'company')"
ok $? "a new entity after the restore takes an id of its own (the sequence was dumped)"

# ------------------------------------------------- 3. the starter catalogue
tsv_rows=$(grep -cv '^#' "$top/data/catalogue.tsv")
[ "$(q am_cat -c "SELECT pg_catalog.count(*) FROM aimarket.entity WHERE builtin")" = "$tsv_rows" ]
ok $? "the installed starter catalogue has the $tsv_rows entities of data/catalogue.tsv"
sh "$top/src/tools/mkcatalogue.sh" "$top/data/catalogue.tsv" >"$tmp/cat.sql"
for f in "$top"/sql/aimarket--0.3.0.sql "$top"/sql/aimarket--0.2.0--0.3.0.sql "$top"/sql/aimarket--0.4.0.sql "$top"/sql/aimarket--0.5.0.sql; do
    awk '/^-- the starter catalogue, generated/,/^\$catalogue\$;$/' "$f" | cmp -s - "$tmp/cat.sql"
    ok $? "$(basename "$f") holds the catalogue that data/catalogue.tsv generates"
done

# ------------------------------------------------- 4. 100,000 aliases
q am_cat -c "INSERT INTO aimarket.entity (id, name, kind, source)
             SELECT 800000 + g, 'Made-up ' || g, 'company', 'test' FROM pg_catalog.generate_series(1, 100000) g" \
         -c "INSERT INTO aimarket.entity_alias (alias, entity_id)
             SELECT pg_catalog.string_agg(pg_catalog.chr(44032 + ((g * 7919 + k * 104729) % 11172)), '' ORDER BY k) || 'AI', 800000 + g
             FROM pg_catalog.generate_series(1, 100000) g, pg_catalog.generate_series(1, 3) k GROUP BY g
             ON CONFLICT DO NOTHING"
probe100k=$(q am_cat -c "SELECT a.alias FROM aimarket.entity_alias a WHERE a.entity_id = 877777")
start=$(date +%s)
r=$(q am_cat -c "SELECT pg_catalog.count(*) FROM aimarket.extract_entities('오늘 ${probe100k}는 앤트로픽과 손잡았다', false)")
took=$(( $(date +%s) - start ))
[ "$r" = 2 ] && [ "$took" -lt 20 ]
ok $? "with 100,000 more aliases the catalogue builds and finds $r mentions ($took s with the build)"
q am_cat -c "SELECT states, bytes FROM aimarket.entity_catalogue_stats()" >"$tmp/stats"
ok $? "and reports its size: $(tr '|' ' ' <"$tmp/stats") (states, bytes)"

psql -X -q -c "DROP DATABASE am_cat" -c "DROP DATABASE am_cat_restored" >/dev/null
echo "1..$n"
[ "$fails" -eq 0 ]
