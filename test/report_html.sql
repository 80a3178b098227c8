-- The demo's report as one HTML page, made by SQL from aimarket's views
-- (and test/demo.sql's valuation_points):
-- tables, and an SVG chart of valuations per company. psql writes it to
-- the file named by the variable report.
CREATE FUNCTION pg_temp.h(text) RETURNS text LANGUAGE sql IMMUTABLE
    AS $$ SELECT replace(replace(replace(coalesce($1, ''), '&', '&amp;'), '<', '&lt;'), '>', '&gt;') $$;
\pset format unaligned
\pset tuples_only on
\o :report
WITH
top AS (
    SELECT entity, sum(mentions) AS mentions, sum(articles) AS articles
    FROM aimarket.entity_daily GROUP BY entity ORDER BY mentions DESC, entity LIMIT 12),
val AS (
    SELECT entity, first_reported AS published, usd_bn AS bn,
           row_number() OVER (PARTITION BY entity ORDER BY first_reported, usd_bn) AS i,
           count(*) OVER (PARTITION BY entity) AS n,
           max(usd_bn) OVER (PARTITION BY entity) AS peak
    FROM valuation_points),
charts AS (
    SELECT entity,
           '<figure><figcaption>' || pg_temp.h(entity) || ' — 기업가치 (십억 달러, 처음 보도된 날)</figcaption>'
           || '<svg xmlns="http://www.w3.org/2000/svg" width="' || (60 + 70 * max(n)) || '" height="220" role="img">'
           || string_agg(
                '<rect x="' || (40 + 70 * (i - 1)) || '" y="' || round(180 - 160 * bn / peak) || '" width="50" height="'
                || round(160 * bn / peak) || '" fill="#3b6ea8"><title>' || published || ' ' || round(bn, 1) || '</title></rect>'
                || '<text x="' || (65 + 70 * (i - 1)) || '" y="' || (round(180 - 160 * bn / peak) - 4) || '" text-anchor="middle" font-size="11">'
                || round(bn, 1) || '</text>'
                || '<text x="' || (65 + 70 * (i - 1)) || '" y="198" text-anchor="middle" font-size="10">'
                || to_char(published, 'YY.MM') || '</text>', '' ORDER BY i)
           || '<line x1="35" y1="180" x2="' || (45 + 70 * max(n)) || '" y2="180" stroke="#444"/></svg></figure>' AS svg
    FROM val GROUP BY entity),
deals AS (
    SELECT coalesce(as_of_upper, published) AS published, relation || ' (' || status || ')' AS deal,
           coalesce(payee, '-') AS entity, surface, round(usd_lower / 1e9, 2) AS bn, coalesce(payer, '') AS parties
    FROM aimarket.deal_ledger ORDER BY 1, article_id),
rates AS (SELECT published, currency, krw_per_unit, surface FROM aimarket.implied_rates ORDER BY published)
SELECT '<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>aimarket report</title>'
    || '<style>body{font-family:"NanumGothic","Nanum Gothic",sans-serif;margin:2em;color:#222}'
    || 'table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:3px 8px;font-size:13px}'
    || 'th{background:#eef}td.n{text-align:right}figure{display:inline-block;margin:0 2em 1em 0}'
    || 'figcaption{font-weight:bold}</style></head><body>'
    || '<h1>AI 시장 뉴스 리포트</h1><p>' || (SELECT count(*) FROM aimarket.article) || '건의 기사, '
    || (SELECT count(*) FROM aimarket.article_money) || '개의 금액, '
    || (SELECT count(*) FROM aimarket.article_entity) || '개의 기업·모델 언급 (aimarket '
    || (SELECT extversion FROM pg_extension WHERE extname = 'aimarket') || ')</p>'
    || '<h2>가장 많이 언급된 기업</h2><table><tr><th>기업</th><th>언급</th><th>기사</th></tr>'
    || (SELECT string_agg('<tr><td>' || pg_temp.h(entity) || '</td><td class="n">' || mentions || '</td><td class="n">' || articles || '</td></tr>', '' ORDER BY mentions DESC, entity) FROM top)
    || '</table><h2>기업가치 추이</h2>'
    || coalesce((SELECT string_agg(svg, '' ORDER BY entity) FROM charts), '')
    || '<h2>투자·거래 장부</h2><table><tr><th>날짜</th><th>종류</th><th>기업</th><th>표기</th><th>십억 달러</th><th>투자·인수 주체</th></tr>'
    || coalesce((SELECT string_agg('<tr><td>' || published || '</td><td>' || deal || '</td><td>' || pg_temp.h(entity) || '</td><td>' || pg_temp.h(surface)
                           || '</td><td class="n">' || coalesce(bn::text, '') || '</td><td>' || pg_temp.h(parties) || '</td></tr>', '') FROM deals), '')
    || '</table><h2>기사에 드러난 환율</h2><table><tr><th>날짜</th><th>통화</th><th>원</th><th>표기</th></tr>'
    || coalesce((SELECT string_agg('<tr><td>' || published || '</td><td>' || currency || '</td><td class="n">' || krw_per_unit
                           || '</td><td>' || pg_temp.h(surface) || '</td></tr>', '') FROM rates), '')
    || '</table></body></html>';
\o
\pset format aligned
\pset tuples_only off
