-- make demo: the main job on a corpus of articles (data/corpus.tsv, 161
-- news-style articles written by us, or yours: make demo CORPUS=path.tsv
-- with the columns id, title, source, published, body). Every step is a
-- statement you can copy (the corpus arrives on standard input here; by
-- hand, \copy articles FROM 'data/corpus.tsv' WITH (...)).
\set ON_ERROR_STOP 1
SET client_encoding = 'UTF8';
\pset footer off

\echo
\echo '== 1. A plain table of articles, filled by COPY'
CREATE TABLE articles (id int PRIMARY KEY, title text, source text, published date, body text);
\copy articles FROM pstdin WITH (FORMAT csv, DELIMITER E'\t', HEADER true, QUOTE E'\x01')
SELECT count(*) AS articles, min(published) AS first, max(published) AS last FROM articles;

\echo
\echo '== 2. Put it under analysis, then analyse what is there (progress as it goes)'
SELECT aimarket.attach('articles', body => 'body', published => 'published');
CALL aimarket.backfill('articles', batch_size => 40);
SELECT source, rows_done, rows_total, percent, state FROM aimarket.backfill_progress;

\echo
\echo '== 3. A new article is analysed as it is inserted'
INSERT INTO articles VALUES (100000, '오픈AI 신규 투자설', '데모', '2025-11-03',
  '오픈AI가 기업가치 7500억달러(약 1070조원)를 전제로 새 투자 유치를 검토하고 있다는 보도가 나왔다.');
SELECT surface, role, amount_lower, currency, equivalent_lower, entities
FROM aimarket.money_mentions WHERE article_key = '100000';
SELECT * FROM aimarket.refresh();

\echo
\echo '== 4. Who is in the news: top entities by mentions'
SELECT entity, kind, sum(mentions) AS mentions, sum(articles) AS articles
FROM aimarket.entity_daily GROUP BY entity, kind ORDER BY mentions DESC, entity LIMIT 12;

\echo
\echo '== 5. Valuation timelines from the facts: each value on the first day it is of, in billions of dollars'
\echo '   (bar: share of the company''s peak; status: completed unless every report of it was a target or a report)'
-- each company's distinct valuations (the terminal report and report.html read it)
CREATE TEMP VIEW valuation_points AS
SELECT entity, min(coalesce(as_of_upper, published)) AS first_reported, round(usd_upper / 1e9, 1) AS usd_bn,
       count(*) AS reports, CASE WHEN bool_or(status = 'completed') THEN 'completed' ELSE min(status) END AS status
FROM aimarket.valuations WHERE usd_upper IS NOT NULL
  AND entity IN (SELECT entity FROM aimarket.valuations GROUP BY entity HAVING count(DISTINCT usd_upper) >= 2)
GROUP BY entity, round(usd_upper / 1e9, 1);
SELECT entity, first_reported, usd_bn, reports, status,
       repeat('#', greatest(1, round(40 * usd_bn / max(usd_bn) OVER (PARTITION BY entity))::int)) AS bar
FROM valuation_points ORDER BY entity, first_reported, usd_bn;

\echo
\echo '== 6. The deal ledger from the facts: who put money into whom, who bought whom'
SELECT coalesce(as_of_upper, published) AS day, relation, status, payee, coalesce(payer, '-') AS payer,
       round(usd_lower / 1e9, 2) AS usd_bn, stake_percent AS stake, surface
FROM aimarket.deal_ledger ORDER BY 1, article_id LIMIT 40;

\echo
\echo '== 7. Exchange rates implied by stated equivalents'
SELECT published, currency, krw_per_unit, surface FROM aimarket.implied_rates ORDER BY published;

\echo
\echo '== 8. Korean search with a GIN index and ts_headline'
CREATE INDEX articles_fts ON articles USING gin (to_tsvector('aimarket.korean', body));
SELECT a.published, a.title,
       ts_headline('aimarket.korean', a.body, q, 'StartSel=[, StopSel=], MaxWords=18, MinWords=6') AS headline
FROM articles a, to_tsquery('aimarket.korean', '앤트로픽 & 투자') q
WHERE to_tsvector('aimarket.korean', a.body) @@ q ORDER BY a.published LIMIT 5;
SELECT a.published, a.title
FROM articles a, to_tsquery('aimarket.korean', '사용자 & 주간') q
WHERE to_tsvector('aimarket.korean', a.body) @@ q ORDER BY a.published;

\echo
\echo '== 9. The same report as HTML (tables and SVG charts made by SQL)'
\i test/report_html.sql
\echo 'written:' :report
