-- aimarket 0.4.0 -> 0.5.0
-- New: dates. resolve_dates(body, published) finds the dates and periods
-- of Korean news copy (and the English forms it quotes) and resolves each
-- to a range of days against the article's publication date. The pipeline
-- keeps them with the other mentions (article_date, the view date_mentions);
-- articles analysed before the update get theirs during it.
-- New: facts. extract_facts(body, published) reads valuations, deals,
-- stakes, revenue, costs, market sizes and user counts with their parties,
-- status and dates.

\echo Use "ALTER EXTENSION aimarket UPDATE TO '0.5.0'" to load this file. \quit

--------------------------------------------------------------- dates
-- One date or period of a text: its surface and 1-based character
-- position, the inclusive range of days it names (NULL when it is relative
-- and no publication date was given), the unit it names (day, week, month,
-- quarter, half, year), whether it was read against the publication date,
-- and its sentence.
CREATE TYPE @extschema@.date_mention AS (
    surface pg_catalog.text,
    start_pos pg_catalog.int4,
    lower pg_catalog.date,
    upper pg_catalog.date,
    granularity pg_catalog.text,
    relative pg_catalog.bool,
    sentence pg_catalog.int4
);

COMMENT ON TYPE @extschema@.date_mention IS
'a date or period of a text, resolved to the days lower..upper (inclusive) against the publication date';

-- IMMUTABLE: the reference date is the argument published, never the
-- clock. Not STRICT: a NULL body gives no rows, a NULL published leaves
-- the relative mentions' bounds NULL.
CREATE FUNCTION @extschema@.resolve_dates(body pg_catalog.text, published pg_catalog.date)
RETURNS SETOF @extschema@.date_mention
AS 'MODULE_PATHNAME', 'aimarket_resolve_dates'
LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE
ROWS 8;

COMMENT ON FUNCTION @extschema@.resolve_dates(pg_catalog.text, pg_catalog.date) IS
'the dates and periods of body (days, months, quarters, halves, years; absolute, or relative to published as news writes them), each resolved to a range of days against published';

--------------------------------------------------------------- facts
-- One stated fact: its relation, the subject (the company valued, the
-- investee, the acquirer, the one whose stake or users are counted) and
-- the object (the investor, the target, the partner, the holder) as
-- catalogue ids and names (an organisation not catalogued: its words and a
-- NULL id), the amount and its stated equivalent, the quantity (a stake's
-- percent, a user count), the status, the as-of range (the sentence's date,
-- else the publication date, as dated_by says), the words it was read from,
-- its sentence (number and character span), whether the subject came from
-- an earlier sentence, and a confidence in (0, 1] (README: "Facts").
CREATE TYPE @extschema@.fact AS (
    relation pg_catalog.text,
    subject_id pg_catalog.int8,
    subject pg_catalog.text,
    object_id pg_catalog.int8,
    object pg_catalog.text,
    amount @extschema@.monetary,
    equivalent @extschema@.monetary,
    quantity_lower pg_catalog.numeric,
    quantity_upper pg_catalog.numeric,
    quantity_unit pg_catalog.text,
    quantity_qualifier pg_catalog.text,
    status pg_catalog.text,
    as_of_lower pg_catalog.date,
    as_of_upper pg_catalog.date,
    as_of_granularity pg_catalog.text,
    dated_by pg_catalog.text,
    surface pg_catalog.text,
    start_pos pg_catalog.int4,
    sentence pg_catalog.int4,
    sentence_start pg_catalog.int4,
    sentence_end pg_catalog.int4,
    subject_carried pg_catalog.bool,
    confidence pg_catalog.numeric
);

COMMENT ON TYPE @extschema@.fact IS
'a valuation, deal, stake, revenue, cost, market size or user count stated by a text, with its parties, amount, status and as-of dates';

-- STABLE and PARALLEL RESTRICTED as extract_entities: it reads the entity
-- catalogue. Not STRICT: a NULL body gives no rows, a NULL published dates
-- the facts by their sentences only.
CREATE FUNCTION @extschema@.extract_facts(body pg_catalog.text, published pg_catalog.date)
RETURNS SETOF @extschema@.fact
AS 'MODULE_PATHNAME', 'aimarket_extract_facts'
LANGUAGE C STABLE CALLED ON NULL INPUT PARALLEL RESTRICTED
ROWS 8;

COMMENT ON FUNCTION @extschema@.extract_facts(pg_catalog.text, pg_catalog.date) IS
'the facts body states (valuations, funding rounds, investments, stakes, loans, acquisitions and talks, partnerships, contracts, revenue, operating costs, market sizes, user counts) with their subject and object entities, amounts, status and as-of dates against published';

------------------------------------------------------- dates in the pipeline
-- resolve_dates of every analysed article, against its publication date.
CREATE TABLE @extschema@.article_date (
    article_id pg_catalog.int8 NOT NULL,
    ord pg_catalog.int4 NOT NULL,
    surface pg_catalog.text NOT NULL,
    start_pos pg_catalog.int4 NOT NULL,
    lower pg_catalog.date,
    upper pg_catalog.date,
    granularity pg_catalog.text NOT NULL,
    relative pg_catalog.bool NOT NULL,
    sentence pg_catalog.int4 NOT NULL,
    PRIMARY KEY (article_id, ord)
);

COMMENT ON TABLE @extschema@.article_date IS
'resolve_dates of every analysed article against its publication date, by article_id and order';

SELECT pg_catalog.pg_extension_config_dump('@extschema@.article_date', '');
GRANT SELECT ON @extschema@.article_date TO PUBLIC;

-- The writer gains the publication date, and writes the dates too. The
-- module keeps the two-argument form working for a 0.4.0 installation not
-- yet updated.
DROP FUNCTION @extschema@.store_mentions(pg_catalog.int8, pg_catalog.text);

CREATE FUNCTION @extschema@.store_mentions(article_id pg_catalog.int8, body pg_catalog.text,
                                           published pg_catalog.date)
RETURNS pg_catalog.int8
AS 'MODULE_PATHNAME', 'aimarket_store_mentions'
LANGUAGE C VOLATILE CALLED ON NULL INPUT PARALLEL UNSAFE;

COMMENT ON FUNCTION @extschema@.store_mentions(pg_catalog.int8, pg_catalog.text, pg_catalog.date) IS
'internal: writes the money, quantity, entity and date mentions of body (dates against published) for article_id into the article_* tables in one pass; returns their number';

REVOKE ALL ON FUNCTION @extschema@.store_mentions(pg_catalog.int8, pg_catalog.text, pg_catalog.date) FROM PUBLIC;

CREATE OR REPLACE FUNCTION @extschema@.analyse_sql(rows_sql pg_catalog.text, skip_analysed pg_catalog.bool)
RETURNS pg_catalog.text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
SELECT 'WITH rows AS MATERIALIZED (' || rows_sql || '),
art AS (INSERT INTO @extschema@.article AS a (source_id, article_key, published, catalogue_version)
        SELECT $1, r.k, r.p, $2 FROM rows r'
    || CASE WHEN skip_analysed THEN '
        WHERE NOT EXISTS (SELECT 1 FROM @extschema@.article x WHERE x.source_id = $1 AND x.article_key = r.k)
        ON CONFLICT (source_id, article_key) DO NOTHING' ELSE '' END || '
        RETURNING a.article_id, a.article_key, a.published),
-- each article once (the keys are unique); a NULL body has no mentions
stored AS (SELECT pg_catalog.count(*) AS articles,
                  pg_catalog.sum(@extschema@.store_mentions(art.article_id, r.b, art.published)) AS mentions
           FROM art JOIN rows r ON r.k = art.article_key)
SELECT (SELECT pg_catalog.count(*) FROM rows), (SELECT stored.articles FROM stored),
       (SELECT r.k FROM rows r ORDER BY r.key DESC LIMIT 1)'
$$;

CREATE OR REPLACE FUNCTION @extschema@.forget_sql(keys_sql pg_catalog.text)
RETURNS pg_catalog.text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
SELECT 'WITH gone AS (DELETE FROM @extschema@.article a WHERE a.source_id = $1'
    || CASE WHEN keys_sql IS NULL THEN '' ELSE ' AND a.article_key IN (' || keys_sql || ')' END || '
        RETURNING a.article_id),
m AS (DELETE FROM @extschema@.article_money x USING gone WHERE x.article_id = gone.article_id),
q AS (DELETE FROM @extschema@.article_quantity x USING gone WHERE x.article_id = gone.article_id),
e AS (DELETE FROM @extschema@.article_entity x USING gone WHERE x.article_id = gone.article_id),
d AS (DELETE FROM @extschema@.article_date x USING gone WHERE x.article_id = gone.article_id)
SELECT pg_catalog.count(*) FROM gone'
$$;

-- The articles analysed before this update get their dates now, read from
-- their source rows as the writer reads them (the time this takes grows
-- with the attached rows).
DO $update$
DECLARE
    src @extschema@.source;
BEGIN
    FOR src IN SELECT * FROM @extschema@.source ORDER BY source_id LOOP
        EXECUTE pg_catalog.format(
            'INSERT INTO @extschema@.article_date
             SELECT a.article_id, x.ord::pg_catalog.int4, x.surface, x.start_pos, x.lower, x.upper,
                    x.granularity, x.relative, x.sentence
             FROM (SELECT %s FROM %s r) r
             JOIN @extschema@.article a ON a.source_id = $1 AND a.article_key = r.k,
                  @extschema@.resolve_dates(r.b, a.published) WITH ORDINALITY
                  x(surface, start_pos, lower, upper, granularity, relative, sentence, ord)',
            @extschema@.source_columns(src, 'r'), src.relation) USING src.source_id;
    END LOOP;
END
$update$;

-- Every date of every analysed article, with the catalogued entities of its
-- sentence, nearest first.
CREATE VIEW @extschema@.date_mentions AS
SELECT a.article_id, a.article_key, s.relation::pg_catalog.text AS source, a.published,
       d.ord::pg_catalog.int8 AS ord, d.sentence::pg_catalog.int8 AS sentence,
       d.start_pos::pg_catalog.int8 AS start_pos, d.surface, d.lower, d.upper, d.granularity,
       d.relative, ents.entities, ents.nearest_entity_id, ents.nearest_entity
FROM @extschema@.article_date d
JOIN @extschema@.article a ON a.article_id = d.article_id
JOIN @extschema@.source s ON s.source_id = a.source_id
LEFT JOIN LATERAL @extschema@.sentence_entities(d.article_id, d.sentence, d.start_pos) ents ON true;

COMMENT ON VIEW @extschema@.date_mentions IS
'every date of every analysed article, resolved against its publication date (lower..upper inclusive; NULL when relative and the article has no date), with the catalogued entities of its sentence';

GRANT SELECT ON @extschema@.date_mentions TO PUBLIC;
