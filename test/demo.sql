-- make demo: a tour of aimarket on data/figures.tsv (our own sample).
SET client_encoding = 'UTF8';
\pset border 2
\pset null '(none)'
SET search_path = aimarket, public;

\echo
\echo '1. Korean numbers as exact numeric values'
SELECT input AS "as written", parse_number(input) AS "exact value"
FROM (VALUES ('8조6000억'), ('3억5000만'), ('1.5조'), ('삼천오백'), ('스물다섯'),
             ('6.5bn'), ('１２３')) t(input);

\echo
\echo '2. Money figures from AI-market news, typed'
CREATE TEMP TABLE figures(company text, what text, figure text);
\copy figures FROM 'data/figures.tsv' WITH (FORMAT csv, DELIMITER E'\t', HEADER true)
SELECT company, what, figure AS "as written", figure::monetary AS "canonical",
       qualifier(figure::monetary) AS qualifier
FROM figures;

\echo
\echo '3. Ranges keep both bounds; plain columns for BI tools'
SELECT company, what, lower(m) AS lower, upper(m) AS upper, currency(m) AS currency
FROM (SELECT company, what, figure::monetary AS m FROM figures) s
WHERE is_range(m) ORDER BY company COLLATE "C";

\echo
\echo '4. Sums per currency, and a conversion at a stated rate (1 USD = 1325.33 KRW)'
SELECT currency(m) AS currency, sum(m) AS total, to_korean(sum(m)) AS "in Korean"
FROM (SELECT figure::monetary AS m FROM figures) s
GROUP BY currency(m) ORDER BY 1;
SELECT to_korean(convert('1500억달러', 'KRW', 1325.33)) AS "1500억달러 in won";

\echo
\echo '5. Bad input is refused with the input named (the lax twin gives NULL)'
SELECT input, to_monetary_or_null(input) AS value
FROM (VALUES ('65억 마르크'), ('400억~300억달러'), ('65억')) t(input);
\set ON_ERROR_STOP 0
SELECT '65억 마르크'::monetary;
