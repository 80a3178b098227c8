#!/bin/sh
# src/tools/full_script.sh OLD NEW: print the full install script of NEW as
# the full script of OLD followed by the OLD -> NEW step, so that a fresh
# install runs exactly what an update runs. The header (the comment above
# the \echo guard) is kept from the current sql/aimarket--NEW.sql.
# Usage: sh src/tools/full_script.sh 0.3.0 0.4.0 > /tmp/x && mv /tmp/x sql/aimarket--0.4.0.sql
set -eu
old=$1 new=$2
cd "$(dirname "$0")/../.."
full=sql/aimarket--$new.sql step=sql/aimarket--$old--$new.sql
[ -f "$full" ] && [ -f "$step" ] && [ -f "sql/aimarket--$old.sql" ] || {
    echo "full_script.sh: need $full, $step and sql/aimarket--$old.sql" >&2; exit 1; }
# everything after the guard line of a script
body() { sed -n '/^\\echo/,$p' "$1" | tail -n +2; }
sed -n '1,/^\\echo/p' "$full"
body "sql/aimarket--$old.sql"
printf -- '\n-------------------------------------------------------------- %s\n' "$new"
body "$step"
