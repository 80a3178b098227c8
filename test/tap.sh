# test/tap.sh - what the shell test scripts (test/upgrade.sh,
# test/catalogue.sh, test/pipeline.sh, test/report.sh) share: TAP lines and psql helpers. Sourced, not run.

n=0
fails=0
ok() {      # $1: 0 for success, $2: description
    n=$((n + 1))
    if [ "$1" -eq 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; fails=$((fails + 1)); fi
}
q() {       # $1: database, rest: psql arguments; prints unaligned tuples
    db=$1; shift
    psql -X -q -At -v ON_ERROR_STOP=1 -d "$db" "$@"
}
new_db() {  # $1: database, $2: encoding (UTF8); dropped first if it exists
    psql -X -q -c "DROP DATABASE IF EXISTS $1" >/dev/null 2>&1
    psql -X -q -v ON_ERROR_STOP=1 -c "CREATE DATABASE $1 TEMPLATE template0 ENCODING '${2:-UTF8}' LC_COLLATE 'C' LC_CTYPE 'C'"
}
sqlstate() { # $1: database, $2: statement; prints the SQLSTATE it raised, or "none"
    out=$(psql -X -q -At -v ON_ERROR_STOP=1 -v VERBOSITY=verbose -d "$1" -c "$2" 2>&1 >/dev/null)
    code=$(printf '%s\n' "$out" | sed -n 's/^ERROR: *\([0-9A-Z]\{5\}\):.*/\1/p' | head -1)
    echo "${code:-none}"
}
