-- bench/extract_quality.sql: recall, precision and role accuracy of
-- extract_money on the dev corpus (test/fixtures/money_dev.tsv, written by
-- us), per class of input. The same check runs as a test under ASan in
-- test/unit/dev_test.c; this is the figure to quote. Run with `make bench`.
SET client_encoding = 'UTF8';
\pset border 2
SET search_path = aimarket, public;

CREATE TEMP TABLE dev(id int, class text, sentence text, expected text);
\copy dev FROM 'test/fixtures/money_dev.tsv' WITH (FORMAT csv, DELIMITER E'\t', HEADER true, QUOTE E'\x01')

CREATE TEMP VIEW dev_expected AS
SELECT d.id, d.class,
       regexp_replace(split_part(x, '@', 1), '^(~|>=|<=|>|<)', '') AS figure,
       split_part(split_part(x, '@', 2), '>', 1) AS role
FROM dev d, unnest(string_to_array(d.expected, ' ; ')) x WHERE x <> '';

CREATE TEMP VIEW dev_found AS
SELECT d.id, d.class,
       trim_scale(lower(m.amount))::text
         || CASE WHEN is_range(m.amount) THEN '..' || trim_scale(upper(m.amount))::text ELSE '' END
         || ' ' || currency(m.amount) AS figure,
       m.role
FROM dev d, extract_money(d.sentence) m;

SELECT class, roles_right AS "roles right", roles AS "figures", round(100.0 * roles_right / roles, 1) AS "%"
FROM (SELECT e.class, count(*) FILTER (WHERE e.role = f.role) AS roles_right, count(*) AS roles
      FROM dev_expected e JOIN (SELECT DISTINCT ON (id, figure) * FROM dev_found) f USING (id, figure)
      GROUP BY ROLLUP (e.class)) s ORDER BY class NULLS LAST;

-- the traps: ordinary words with numerals and currency-like syllables
SELECT count(*) AS "trap sentences",
       count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM dev_found f WHERE f.id = d.id)
                          OR d.expected <> '') AS "with no figure read out of a word"
FROM dev d WHERE class = 'trap';

-- extract_quantities on test/fixtures/quantity_dev.tsv (written by us):
-- a quantity is right when value or range, unit and qualifier all match
CREATE TEMP TABLE qdev(id int, class text, sentence text, expected text);
\copy qdev FROM 'test/fixtures/quantity_dev.tsv' WITH (FORMAT csv, DELIMITER E'\t', HEADER true, QUOTE E'\x01')
CREATE TEMP VIEW qdev_expected AS
SELECT d.id, d.class, x AS figure
FROM qdev d, unnest(string_to_array(d.expected, ' ; ')) x WHERE x <> '';
CREATE TEMP VIEW qdev_found AS
SELECT d.id, d.class,
       CASE WHEN q.lower = q.upper
            THEN CASE q.qualifier WHEN 'approximate' THEN '~' WHEN 'at_least' THEN '>='
                                  WHEN 'more_than' THEN '>' WHEN 'at_most' THEN '<='
                                  WHEN 'less_than' THEN '<' ELSE '' END
                 || trim_scale(q.lower)::text
            ELSE trim_scale(q.lower)::text || '..' || trim_scale(q.upper)::text END
       || ' ' || q.unit AS figure
FROM qdev d, extract_quantities(d.sentence) q;

-- recall and precision per corpus and class, one query for both
WITH e AS (SELECT 'money' AS corpus, id, class, figure, count(*) AS n FROM dev_expected GROUP BY 2, 3, 4
           UNION ALL
           SELECT 'quantities', id, class, figure, count(*) FROM qdev_expected GROUP BY 2, 3, 4),
     f AS (SELECT 'money' AS corpus, id, class, figure, count(*) AS n FROM dev_found GROUP BY 2, 3, 4
           UNION ALL
           SELECT 'quantities', id, class, figure, count(*) FROM qdev_found GROUP BY 2, 3, 4),
     j AS (SELECT corpus, coalesce(e.class, f.class) AS class, coalesce(e.n, 0) AS expected,
                  coalesce(f.n, 0) AS found, least(coalesce(e.n, 0), coalesce(f.n, 0)) AS right_
           FROM e FULL JOIN f USING (corpus, id, figure))
SELECT corpus, coalesce(j.class, 'all') AS class, sum(expected) AS expected, sum(found) AS found,
       sum(right_) AS "right",
       round(100.0 * sum(right_) / nullif(sum(expected), 0), 1) AS "recall %",
       round(100.0 * sum(right_) / nullif(sum(found), 0), 1) AS "precision %"
FROM j
GROUP BY corpus, ROLLUP (j.class) ORDER BY corpus, j.class NULLS LAST;
