#!/bin/sh
# test/run.sh test|demo - everything `make test` and `make demo` do.
#
# 1. installs missing Debian packages (as root; otherwise says which)
# 2. builds with -Werror and installs the extension (as root into the
#    system PostgreSQL 15; as another user into a private copy of it)
# 3. starts a throwaway cluster owned by a non-root user, on a free port,
#    with its socket in a temp directory, TCP on 127.0.0.1 only (password
#    made per run, for the JDBC and Python clients), pg_cron preloaded
# 4. test: unit tests of the C grammar under ASan/UBSan, pg_regress, pgTAP,
#    then the Korean-text suites again in an EUC_KR database, then the
#    shell tests (upgrade, catalogue, pipeline, report);
#    demo: the main job on data/corpus.tsv (or CORPUS=path.tsv), as a
#    report, and report.html
# 5. stops the cluster, removes it, and (test) prints "N passed, N failed".
set -eu

mode=${1:-test}
case "$mode" in test|demo|bench) ;; *) echo "usage: $0 test|demo|bench" >&2; exit 2 ;; esac

top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"

PG_MAJOR=15
PKGS="make gcc libc6-dev postgresql-$PG_MAJOR postgresql-server-dev-$PG_MAJOR
postgresql-$PG_MAJOR-pgtap libtap-parser-sourcehandler-pgtap-perl libicu-dev
hunspell-ko postgresql-$PG_MAJOR-cron postgresql-contrib default-jdk-headless
libpostgresql-jdbc-java python3-psycopg2 python3-pandas chromium fonts-nanum"

say() { printf '%s\n' "== $*" >&2; }

# ---------------------------------------------------------------- packages
missing=""
for p in $PKGS; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done
if [ -n "$missing" ]; then
    if [ "$(id -u)" -eq 0 ]; then
        say "installing:$missing"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        # shellcheck disable=SC2086
        apt-get install -y -qq --no-install-recommends $missing >/dev/null
    else
        echo "aimarket: missing Debian packages:$missing" >&2
        echo "aimarket: run 'make $mode' once as root, or: apt-get install$missing" >&2
        exit 1
    fi
fi

PG_CONFIG=/usr/lib/postgresql/$PG_MAJOR/bin/pg_config
BINDIR=$($PG_CONFIG --bindir)
LIBDIR=$($PG_CONFIG --pkglibdir)
SHAREDIR=$($PG_CONFIG --sharedir)
export PATH="$BINDIR:$PATH"

# ------------------------------------------------------------ build, install
say "building"
make -s PG_CONFIG="$PG_CONFIG" >/dev/null

tmp=$(mktemp -d "${TMPDIR:-/tmp}/aimarket-$mode.XXXXXX")
chmod 755 "$tmp"
pgdata="$tmp/data"
sock="$tmp/sock"
mkdir -p "$sock" "$pgdata" "$tmp/log"
chmod 700 "$pgdata"
pid_started=""

cleanup() {
    if [ -n "$pid_started" ]; then
        $as_owner "$PGBIN/pg_ctl" -D "$pgdata" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [ "$(id -u)" -eq 0 ]; then
    make -s PG_CONFIG="$PG_CONFIG" install >/dev/null
    PGBIN=$BINDIR
    # initdb and postgres refuse root: the cluster belongs to 'postgres'
    owner=postgres
    as_owner="runuser -u postgres --"
    chown postgres "$sock" "$pgdata" "$tmp/log"
elif [ -w "$LIBDIR" ] && [ -w "$SHAREDIR/extension" ]; then
    make -s PG_CONFIG="$PG_CONFIG" install >/dev/null
    PGBIN=$BINDIR
    owner=$(id -un)
    as_owner=""
else
    # A private copy of the server: PostgreSQL finds its share and lib
    # directories relative to the binary, so copies of the binaries beside
    # symlinked share/lib trees serve our build without touching /usr.
    say "installing into a private copy of PostgreSQL $PG_MAJOR (not root)"
    inst="$tmp/inst"
    PGBIN="$inst$BINDIR"
    mkdir -p "$PGBIN" "$inst$LIBDIR" "$inst$SHAREDIR/extension"
    for b in postgres initdb pg_ctl; do cp "$BINDIR/$b" "$PGBIN/"; done
    for f in "$LIBDIR"/*; do
        case "$(basename "$f")" in aimarket*) ;; *) ln -s "$f" "$inst$LIBDIR/" ;; esac
    done
    for f in "$SHAREDIR"/*; do
        case "$(basename "$f")" in
            extension|tsearch_data) mkdir -p "$inst$SHAREDIR/$(basename "$f")" ;;
            *) ln -s "$f" "$inst$SHAREDIR/" ;;
        esac
    done
    for d in extension tsearch_data; do
        for f in "$SHAREDIR/$d"/*; do
            case "$(basename "$f")" in
                aimarket*) ;;
                *) ln -s "$f" "$inst$SHAREDIR/$d/" ;;
            esac
        done
    done
    make -s PG_CONFIG="$PG_CONFIG" DESTDIR="$inst" install >/dev/null
    owner=$(id -un)
    as_owner=""
fi

# ------------------------------------------------------------------ cluster
port_in_use() {
    hex=$(printf '%04X' "$1")
    [ -e "/tmp/.s.PGSQL.$1" ] || [ -e "/var/run/postgresql/.s.PGSQL.$1" ] ||
        cat /proc/net/tcp /proc/net/tcp6 2>/dev/null |
            awk -v h=":$hex" '$2 ~ h"$" && $4 == "0A" {f=1} END {exit !f}'
}
port=$(( 20000 + $$ % 20000 ))
while port_in_use "$port"; do port=$((port + 1)); done

say "starting a throwaway cluster (owner $owner, port $port, socket $sock)"
# Local sockets trust; TCP on 127.0.0.1 (for the JDBC and Python clients)
# takes a password made for this run.
pw=$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
printf '%s\n' "$pw" >"$tmp/pw"
chmod 644 "$tmp/pw"
$as_owner "$PGBIN/initdb" -D "$pgdata" -U postgres -E UTF8 --locale=C.UTF-8 \
    --auth-local=trust --auth-host=scram-sha-256 --pwfile="$tmp/pw" \
    >"$tmp/initdb.log" 2>&1 || { cat "$tmp/initdb.log" >&2; exit 1; }
$as_owner "$PGBIN/pg_ctl" -D "$pgdata" -l "$tmp/log/server.log" -w \
    -o "-p $port -k $sock -c listen_addresses=127.0.0.1 -c fsync=off -c shared_preload_libraries=pg_cron -c cron.database_name=postgres -c cron.use_background_workers=on -c max_worker_processes=16" start >/dev/null ||
    { cat "$tmp/log/server.log" >&2; exit 1; }
pid_started=yes

export PGHOST="$sock" PGPORT="$port" PGUSER=postgres PGDATABASE=postgres
export AIMARKET_TEST_PASSWORD="$pw" AIMARKET_TEST_PGDATA="$pgdata" AIMARKET_TEST_AS_OWNER="$as_owner"
export AIMARKET_TEST_PGBIN="$PGBIN" AIMARKET_TEST_LOG="$tmp/log/server.log"

# -------------------------------------------------------------------- bench
if [ "$mode" = bench ]; then
    say "benchmarks (one backend)"
    psql -X -q -v ON_ERROR_STOP=1 -c "CREATE EXTENSION aimarket"
    for f in bench/*.sql; do
        psql -X -q -v ON_ERROR_STOP=1 -P pager=off -f "$f"
    done
    exit 0
fi

# --------------------------------------------------------------------- demo
if [ "$mode" = demo ]; then
    say "the aimarket tour"
    psql -X -q -v ON_ERROR_STOP=1 -c "CREATE EXTENSION aimarket"
    corpus=${CORPUS:-data/corpus.tsv}
    case "$corpus" in /*) ;; *) corpus="$top/$corpus" ;; esac
    [ -r "$corpus" ] || { echo "aimarket: cannot read the corpus $corpus" >&2; exit 1; }
    psql -X -q -v ON_ERROR_STOP=1 -P pager=off -v report="$top/report.html" -f test/demo.sql <"$corpus"
    exit 0
fi

# -------------------------------------------------------------------- tests
passed=0
failed=0
count() {   # count TAP "ok" / "not ok" lines of file $1
    p=$(grep -cE '^[[:space:]]*ok [0-9]' "$1" || true)
    f=$(grep -cE '^[[:space:]]*not ok [0-9]' "$1" || true)
    passed=$((passed + p)); failed=$((failed + f))
}

say "unit tests: the C grammar under AddressSanitizer and UBSan"
if make -s unit >"$tmp/unit.log" 2>&1; then
    count "$tmp/unit.log"
else
    count "$tmp/unit.log"; failed=$((failed + 1)); tail -20 "$tmp/unit.log" >&2
fi
grep -E '^not ok' "$tmp/unit.log" >&2 || true

regress() {  # $1: label, rest: make variables
    label=$1; shift
    rm -rf "test/out-$label"
    if make -s PG_CONFIG="$PG_CONFIG" installcheck \
        REGRESS_OPTS="--inputdir=test --outputdir=test/out-$label" "$@" >"$tmp/regress-$label.log" 2>&1; then :; fi
    p=$(grep -cE '\.\.\. ok' "$tmp/regress-$label.log" || true)
    f=$(grep -cE '\.\.\. FAILED' "$tmp/regress-$label.log" || true)
    if [ "$p" -eq 0 ] && [ "$f" -eq 0 ]; then f=1; fi
    passed=$((passed + p)); failed=$((failed + f))
    cat "$tmp/regress-$label.log" >&2
    if [ "$f" -gt 0 ] && [ -f "test/out-$label/regression.diffs" ]; then
        head -80 "test/out-$label/regression.diffs" >&2
    fi
}

say "pg_regress (UTF8)"
regress utf8
say "pg_regress (EUC_KR): the Korean-text suites"
regress euckr REGRESS="$(make -s -f Makefile print-regress-korean)" \
    EXTRA_REGRESS_OPTS="--encoding=EUC_KR --no-locale"

tap() {   # $1: database encoding
    db="aimarket_tap_$(echo "$1" | tr 'A-Z' 'a-z')"
    psql -X -q -v ON_ERROR_STOP=1 -c "CREATE DATABASE $db TEMPLATE template0 ENCODING '$1' LC_COLLATE 'C' LC_CTYPE 'C'"
    psql -X -q -v ON_ERROR_STOP=1 -d "$db" \
        -c "CREATE EXTENSION pgtap" -c "CREATE EXTENSION aimarket"
    shift
    if pg_prove -v -d "$db" "$@" >"$tmp/tap-$db.log" 2>&1; then
        count "$tmp/tap-$db.log"
    else
        count "$tmp/tap-$db.log"; failed=$((failed + 1))
    fi
    grep -vE '^[[:space:]]*ok [0-9]' "$tmp/tap-$db.log" >&2 || true
}

say "pgTAP (UTF8)"
tap UTF8 test/pgtap/*.sql
say "pgTAP (EUC_KR): the Korean-text suites"
tap EUC_KR test/pgtap/korean_*.sql

script() {   # $1: a shell test of test/ that prints TAP lines
    if sh "test/$1.sh" >"$tmp/$1.log" 2>&1; then
        count "$tmp/$1.log"
    else
        count "$tmp/$1.log"; failed=$((failed + 1))
    fi
    grep -vE '^ok [0-9]' "$tmp/$1.log" >&2 || true
}

say "upgrade from 0.1.0 and 0.2.0, the schema guard, LATIN1 and SQL_ASCII databases"
script upgrade
say "the entity catalogue: two sessions, pg_dump and pg_restore"
script catalogue
say "the pipeline: backfill, cancel, kill -9, parts, pgbench, pg_cron, JDBC and Python clients"
script pipeline
say "make demo's main job: the report, rendered in headless Chromium"
script report

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
