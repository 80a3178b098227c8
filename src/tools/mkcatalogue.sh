#!/bin/sh
# src/tools/mkcatalogue.sh - the starter catalogue (data/catalogue.tsv) as
# the SQL of an install script, on standard output. Run by hand when the
# catalogue changes, and paste into the new version's scripts; test
# test/catalogue.sh checks that the installed rows equal the file.
# The SQL is ASCII (Hangul as U&'' escapes) and runs only in a database
# that can hold Hangul (UTF8, EUC_KR), so that the script installs anywhere.
# Aliases: | between them; a leading ? marks an ambiguous one, + a compound.
set -eu
file=${1:-data/catalogue.tsv}
LC_ALL=C awk -F '\t' '
BEGIN { for (i = 0; i < 256; i++) ord[sprintf("%c", i)] = i; hex = "0123456789ABCDEF" }
function h4(v,   s, k) { s = ""; for (k = 0; k < 4; k++) { s = substr(hex, v % 16 + 1, 1) s; v = int(v / 16) } return s }
function q(s,   out, i, c, b, cp, need, uni) {
    if (s == "" || s == "-") return "NULL"
    out = ""; uni = 0
    for (i = 1; i <= length(s); i++) {
        c = substr(s, i, 1); b = ord[c]
        if (b < 128) { if (c == "'\''") out = out "'\'''\''"; else if (c == "\\") out = out "\\\\"; else out = out c; continue }
        if (b >= 240) { cp = b % 8; need = 3 } else if (b >= 224) { cp = b % 16; need = 2 } else { cp = b % 32; need = 1 }
        while (need-- > 0) { i++; cp = cp * 64 + ord[substr(s, i, 1)] % 64 }
        out = out (cp > 65535 ? "\\+00" sprintf("%04X", cp % 65536) : "\\" h4(cp)); uni = 1
    }
    return (uni ? "U&" : "") "'\''" out "'\''"
}
/^#/ || NF < 9 { next }
{
    ent[++n] = sprintf("(%d, %s, %s, %s, %s, %s, %s, %s, true)", $1, q($2), q($3), q($4), q($5), q($6),
                       ($7 == "" ? "NULL" : $7), q($9))
    k = split($8, al, "|")
    for (i = 1; i <= k; i++) {
        a = al[i]; amb = "false"; cmp = "false"
        if (substr(a, 1, 1) == "?") { amb = "true"; a = substr(a, 2) }
        if (substr(a, 1, 1) == "+") { cmp = "true"; a = substr(a, 2) }
        key = a SUBSEP $1
        if (key in seen) { if (cmp == "true") comp[seen[key]] = 1; continue }
        alias[++m] = a; aent[m] = $1; aamb[m] = amb; acmp[m] = cmp; seen[key] = m
    }
}
END {
    print "-- the starter catalogue, generated from data/catalogue.tsv by src/tools/mkcatalogue.sh"
    print "DO $catalogue$"
    print "BEGIN"
    print "IF pg_catalog.getdatabaseencoding() NOT IN ('\''UTF8'\'', '\''EUC_KR'\'') THEN"
    print "    RETURN;  -- no Hangul here: the catalogue stays empty, extract_entities refuses"
    print "END IF;"
    print "INSERT INTO @extschema@.entity (id, name, name_ko, kind, ticker, exchange, parent_id, source, builtin) VALUES"
    for (i = 1; i <= n; i++) printf "%s%s\n", ent[i], (i < n ? "," : ";")
    print "INSERT INTO @extschema@.entity_alias (alias, entity_id, ambiguous, compound, builtin) VALUES"
    for (i = 1; i <= m; i++)
        printf "(%s, %d, %s, %s, true)%s\n", q(alias[i]), aent[i], aamb[i], (comp[i] ? "true" : acmp[i]), (i < m ? "," : ";")
    print "END"
    print "$catalogue$;"
}' "$file"
