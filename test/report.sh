#!/bin/sh
# test/report.sh - make demo's main job end to end, as TAP lines: the
# bundled corpus loaded, attached and backfilled by test/demo.sql, its
# report.html rendered by headless Chromium (Debian's chromium, Hangul in
# fonts-nanum): the page's text and a screenshot.
set -u

. "$(dirname "$0")/tap.sh"

top=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/aimarket-report.XXXXXX")
chmod 755 "$tmp"
trap 'rm -rf "$tmp"' EXIT
db=am_report

new_db "$db"
q "$db" -c "CREATE EXTENSION aimarket"
(cd "$top" && psql -X -q -v ON_ERROR_STOP=1 -P pager=off -d "$db" -v report="$tmp/report.html" \
    -f test/demo.sql <data/corpus.tsv >"$tmp/demo.out" 2>"$tmp/demo.err")
ok $? "test/demo.sql runs on data/corpus.tsv"
grep -q 'aimarket.backfill articles: 161 of 161 rows (100%)' "$tmp/demo.err" && grep -q 'after the scan, done' "$tmp/demo.err"
ok $? "the backfill shows its progress and finishes the 161 articles"
[ "$(q "$db" -c "SELECT count(*) FROM aimarket.article")" = 162 ]
ok $? "162 articles analysed (the corpus and the one inserted after attach)"
[ "$(q "$db" -c "SELECT count(DISTINCT entity) FROM aimarket.valuations")" -ge 6 ]
ok $? "valuation timelines for at least 6 companies"
[ "$(q "$db" -c "SELECT count(*) FROM aimarket.implied_rates WHERE currency = 'USD' AND krw_per_unit BETWEEN 1200 AND 1500")" -ge 10 ]
ok $? "at least 10 implied dollar rates, each between 1200 and 1500 won"

chromium --headless --no-sandbox --disable-gpu --user-data-dir="$tmp/chrome" \
    --dump-dom "file://$tmp/report.html" >"$tmp/dom.html" 2>"$tmp/chrome.err"
for text in 'AI 시장 뉴스 리포트' '가장 많이 언급된 기업' '기업가치 추이' '투자·거래 장부' '기사에 드러난 환율' \
    'OpenAI' 'Anthropic' '1318.181818'; do
    grep -q "$text" "$tmp/dom.html"
    ok $? "the rendered page shows $text"
done
[ "$(grep -o '<svg' "$tmp/dom.html" | wc -l)" -ge 6 ] && [ "$(grep -o '<rect' "$tmp/dom.html" | wc -l)" -ge 15 ]
ok $? "it has SVG charts of the valuations ($(grep -o '<svg' "$tmp/dom.html" | wc -l) charts)"
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$tmp/chrome" --hide-scrollbars \
    --window-size=1200,1600 --screenshot="$tmp/report.png" "file://$tmp/report.html" >/dev/null 2>&1
[ -s "$tmp/report.png" ] && [ "$(wc -c <"$tmp/report.png")" -gt 30000 ]
ok $? "Chromium takes a screenshot of it ($(wc -c <"$tmp/report.png" 2>/dev/null) bytes)"
[ -n "${AIMARKET_KEEP_SCREENSHOT:-}" ] && cp "$tmp/report.png" "$AIMARKET_KEEP_SCREENSHOT"

psql -X -q -c "DROP DATABASE $db" >/dev/null 2>&1
echo "1..$n"
