-- make demo: the figures in our sample corpus (data/articles.tsv, 48 short
-- news-style paragraphs written by us), extracted and summarised.
SET client_encoding = 'UTF8';
\pset border 2
\pset null ''
SET search_path = aimarket, public;

CREATE TEMP TABLE articles(id int PRIMARY KEY, published date, body text);
\copy articles FROM 'data/articles.tsv' WITH (FORMAT csv, DELIMITER E'\t', HEADER true)

\echo
\echo '1. One article, as written'
SELECT body FROM articles WHERE id = 1;

\echo
\echo '2. Every money figure in the corpus, typed, with its role (first 25 of them)'
SELECT a.id, m.surface AS "as written", m.amount, m.equivalent AS "stated equivalent", m.role
FROM articles a, extract_money(a.body) m ORDER BY a.id, m.start_pos LIMIT 25;

\echo
\echo '3. Valuations and raises per currency, in Korean newspaper style'
SELECT m.role, currency(m.amount) AS currency, count(*) AS figures,
       to_korean(max(m.amount)) AS largest
FROM articles a, extract_money(a.body) m
WHERE m.role IN ('valuation', 'investment_raised', 'investment_made')
GROUP BY 1, 2 ORDER BY 1, 2;

\echo
\echo '4. The exchange rate each reporter used, read from stated equivalents'
SELECT a.published, m.surface, to_korean(m.equivalent) AS "stated as",
       round(lower(m.equivalent) / lower(m.amount), 2) AS "KRW per unit"
FROM articles a, extract_money(a.body) m WHERE m.equivalent IS NOT NULL ORDER BY 1;

\echo
\echo '5. Counts, shares and growth (quantities)'
SELECT a.id, q.surface AS "as written", q.value, q.lower, q.upper, q.unit, q.measure, q.period
FROM articles a, extract_quantities(a.body) q ORDER BY a.id, q.start_pos;

\echo
\echo '6. Korean search: 앤트로픽 finds 앤트로픽은, 앤트로픽의, 앤트로픽에 (GIN index, headlines)'
CREATE INDEX articles_search ON articles USING gin (to_tsvector('aimarket.korean', body));
SELECT a.id, ts_headline('aimarket.korean', a.body, q, 'MaxFragments=1, MaxWords=12, MinWords=4') AS headline
FROM articles a, to_tsquery('aimarket.korean', '앤트로픽 | 오픈AI & 투자') q
WHERE to_tsvector('aimarket.korean', a.body) @@ q ORDER BY ts_rank(to_tsvector('aimarket.korean', a.body), q) DESC, a.id LIMIT 8;
SELECT token, kind, lexemes FROM tokenize('오픈AI는 기업가치를 8조6000억원으로 평가받으며 투자했다');

\echo
\echo '6b. Who is in the news: catalogued entities by mentions, and names the catalogue lacks'
SELECT e.name, e.kind, count(*) AS mentions, count(DISTINCT a.id) AS articles
FROM articles a, aimarket.extract_entities(a.body, false) e
GROUP BY e.name, e.kind ORDER BY mentions DESC, e.name LIMIT 15;
SELECT c.candidate, c.evidence, count(*) AS times
FROM articles a, aimarket.candidate_entities(a.body) c
GROUP BY 1, 2 ORDER BY 3 DESC, 1 LIMIT 10;
\echo
\echo '6c. Figures with their owner: each valuation next to the entities of its paragraph'
SELECT a.id, m.surface AS valuation,
       (SELECT string_agg(DISTINCT e.name, ', ') FROM aimarket.extract_entities(a.body, false) e
        WHERE e.kind IN ('company', 'research_lab')) AS entities_in_paragraph
FROM articles a, extract_money(a.body) m WHERE m.role = 'valuation' ORDER BY a.id LIMIT 10;

\echo
\echo '7. Korean numbers and money typed by hand'
SELECT input AS "as written", parse_number(input) AS "exact value"
FROM (VALUES ('8조6000억'), ('삼천오백'), ('스물다섯'), ('6.5bn'), ('１２３')) t(input);
SELECT input AS "as written", input::monetary AS canonical, to_korean(input::monetary) AS korean
FROM (VALUES ('약 8조6000억원'), ('300~400억달러'), ('1억원 이상'), ('수십억 달러')) t(input);

\echo
\echo '8. Bad input names itself (the lax twin gives NULL instead)'
SELECT to_monetary_or_null('65억 마르크') AS lax;
\set ON_ERROR_STOP 0
SELECT '65억 마르크'::monetary;
