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

------------------------------------------------------- facts in the pipeline
-- extract_facts of every analysed article, against its publication date:
-- the columns of aimarket.fact after the article and the order.
CREATE TABLE @extschema@.article_fact (
    article_id pg_catalog.int8 NOT NULL,
    ord pg_catalog.int4 NOT NULL,
    relation pg_catalog.text NOT NULL,
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
    status pg_catalog.text NOT NULL,
    as_of_lower pg_catalog.date,
    as_of_upper pg_catalog.date,
    as_of_granularity pg_catalog.text,
    dated_by pg_catalog.text,
    surface pg_catalog.text NOT NULL,
    start_pos pg_catalog.int4 NOT NULL,
    sentence pg_catalog.int4 NOT NULL,
    sentence_start pg_catalog.int4 NOT NULL,
    sentence_end pg_catalog.int4 NOT NULL,
    subject_carried pg_catalog.bool NOT NULL,
    confidence pg_catalog.numeric NOT NULL,
    PRIMARY KEY (article_id, ord)
);
CREATE INDEX article_fact_subject ON @extschema@.article_fact (subject_id, relation);

COMMENT ON TABLE @extschema@.article_fact IS
'extract_facts of every analysed article against its publication date, by article_id and order';

SELECT pg_catalog.pg_extension_config_dump('@extschema@.article_fact', '');
GRANT SELECT ON @extschema@.article_fact TO PUBLIC;

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
'internal: writes the money, quantity, entity and date mentions and the facts of body (dates against published) for article_id into the article_* tables in one pass; returns their number';

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
d AS (DELETE FROM @extschema@.article_date x USING gone WHERE x.article_id = gone.article_id),
f AS (DELETE FROM @extschema@.article_fact x USING gone WHERE x.article_id = gone.article_id)
SELECT pg_catalog.count(*) FROM gone'
$$;

-- The facts name entities: a new catalogue version links them again with
-- the entities.
CREATE OR REPLACE FUNCTION @extschema@.relink_entities(src @extschema@.source, version pg_catalog.int8)
RETURNS pg_catalog.int8
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    ids pg_catalog.int8[];
    total pg_catalog.int8 := 0;
BEGIN
    LOOP
        SELECT pg_catalog.array_agg(x.article_id) INTO ids
        FROM (SELECT a.article_id FROM @extschema@.article a
              WHERE a.source_id = src.source_id AND a.catalogue_version <> version
              ORDER BY a.article_id LIMIT 1000) x;
        EXIT WHEN ids IS NULL;
        DELETE FROM @extschema@.article_entity e WHERE e.article_id = ANY (ids);
        DELETE FROM @extschema@.article_fact f WHERE f.article_id = ANY (ids);
        EXECUTE pg_catalog.format(
            'INSERT INTO @extschema@.article_entity
             SELECT a.article_id, x.ord::pg_catalog.int4, x.entity_id, x.kind, x.surface, x.start_pos, x.sentence
             FROM @extschema@.article a JOIN %s s ON s.%I OPERATOR(pg_catalog.=) a.article_key::%s,
                  @extschema@.extract_entities(s.%I::pg_catalog.text) WITH ORDINALITY
                  x(entity_id, name, kind, surface, start_pos, sentence, ord)
             WHERE a.article_id = ANY ($1)', src.relation, src.key_column, src.key_type, src.body_column)
            USING ids;
        EXECUTE pg_catalog.format(
            'INSERT INTO @extschema@.article_fact
             SELECT a.article_id, x.ord::pg_catalog.int4, x.relation, x.subject_id, x.subject, x.object_id,
                    x.object, x.amount, x.equivalent, x.quantity_lower, x.quantity_upper, x.quantity_unit,
                    x.quantity_qualifier, x.status, x.as_of_lower, x.as_of_upper, x.as_of_granularity,
                    x.dated_by, x.surface, x.start_pos, x.sentence, x.sentence_start, x.sentence_end,
                    x.subject_carried, x.confidence
             FROM @extschema@.article a JOIN %s s ON s.%I OPERATOR(pg_catalog.=) a.article_key::%s,
                  @extschema@.extract_facts(s.%I::pg_catalog.text, a.published) WITH ORDINALITY
                  x(relation, subject_id, subject, object_id, object, amount, equivalent, quantity_lower,
                    quantity_upper, quantity_unit, quantity_qualifier, status, as_of_lower, as_of_upper,
                    as_of_granularity, dated_by, surface, start_pos, sentence, sentence_start, sentence_end,
                    subject_carried, confidence, ord)
             WHERE a.article_id = ANY ($1)', src.relation, src.key_column, src.key_type, src.body_column)
            USING ids;
        UPDATE @extschema@.article a SET catalogue_version = version WHERE a.article_id = ANY (ids);
        total := total + pg_catalog.cardinality(ids);
    END LOOP;
    RETURN total;
END
$$;

COMMENT ON FUNCTION @extschema@.relink_entities(@extschema@.source, pg_catalog.int8) IS
'internal: extract_entities and extract_facts again for the articles of a source analysed under another catalogue version';

-- The articles analysed before this update get their dates and facts now, read from
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
        EXECUTE pg_catalog.format(
            'INSERT INTO @extschema@.article_fact
             SELECT a.article_id, x.ord::pg_catalog.int4, x.relation, x.subject_id, x.subject, x.object_id,
                    x.object, x.amount, x.equivalent, x.quantity_lower, x.quantity_upper, x.quantity_unit,
                    x.quantity_qualifier, x.status, x.as_of_lower, x.as_of_upper, x.as_of_granularity,
                    x.dated_by, x.surface, x.start_pos, x.sentence, x.sentence_start, x.sentence_end,
                    x.subject_carried, x.confidence
             FROM (SELECT %s FROM %s r) r
             JOIN @extschema@.article a ON a.source_id = $1 AND a.article_key = r.k,
                  @extschema@.extract_facts(r.b, a.published) WITH ORDINALITY
                  x(relation, subject_id, subject, object_id, object, amount, equivalent, quantity_lower,
                    quantity_upper, quantity_unit, quantity_qualifier, status, as_of_lower, as_of_upper,
                    as_of_granularity, dated_by, surface, start_pos, sentence, sentence_start, sentence_end,
                    subject_carried, confidence, ord)',
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

-- Every fact of every analysed article: parties with their current
-- catalogue names, the amount's bounds in its currency and in won and
-- dollars at rate_on of the publication date (as money_mentions), the
-- quantity, status and as-of dates. Plain columns, for BI tools.
CREATE VIEW @extschema@.facts AS
SELECT a.article_id, a.article_key, s.relation::pg_catalog.text AS source, a.published,
       f.ord::pg_catalog.int8 AS ord, f.sentence::pg_catalog.int8 AS sentence,
       f.start_pos::pg_catalog.int8 AS start_pos, f.relation,
       f.subject_id, COALESCE(se.name, f.subject) AS subject,
       f.object_id, COALESCE(oe.name, f.object) AS object,
       f.status, f.as_of_lower, f.as_of_upper, f.as_of_granularity, f.dated_by,
       @extschema@.bi_amount(@extschema@.lower(f.amount))::pg_catalog.numeric(38,4) AS amount_lower,
       @extschema@.bi_amount(@extschema@.upper(f.amount))::pg_catalog.numeric(38,4) AS amount_upper,
       @extschema@.currency(f.amount) AS currency,
       @extschema@.qualifier(f.amount) AS qualifier,
       @extschema@.is_range(f.amount) AS is_range,
       @extschema@.bi_amount(@extschema@.lower(f.equivalent))::pg_catalog.numeric(38,4) AS equivalent_lower,
       @extschema@.bi_amount(@extschema@.upper(f.equivalent))::pg_catalog.numeric(38,4) AS equivalent_upper,
       @extschema@.currency(f.equivalent) AS equivalent_currency,
       @extschema@.bi_amount(@extschema@.lower(f.amount) * fx.krw)::pg_catalog.numeric(38,4) AS krw_lower,
       @extschema@.bi_amount(@extschema@.upper(f.amount) * fx.krw)::pg_catalog.numeric(38,4) AS krw_upper,
       @extschema@.bi_amount(CASE WHEN @extschema@.currency(f.amount) = 'USD' THEN @extschema@.lower(f.amount)
                                  ELSE @extschema@.lower(f.amount) * fx.krw / usd.krw END)::pg_catalog.numeric(38,4) AS usd_lower,
       @extschema@.bi_amount(CASE WHEN @extschema@.currency(f.amount) = 'USD' THEN @extschema@.upper(f.amount)
                                  ELSE @extschema@.upper(f.amount) * fx.krw / usd.krw END)::pg_catalog.numeric(38,4) AS usd_upper,
       fx.source AS krw_rate_source,
       CASE WHEN @extschema@.currency(f.amount) = 'USD' THEN 'same currency' ELSE usd.source END AS usd_rate_source,
       f.quantity_lower::pg_catalog.numeric(38,4) AS quantity_lower,
       f.quantity_upper::pg_catalog.numeric(38,4) AS quantity_upper, f.quantity_unit, f.quantity_qualifier,
       f.surface, f.sentence_start::pg_catalog.int8 AS sentence_start,
       f.sentence_end::pg_catalog.int8 AS sentence_end, f.subject_carried,
       f.confidence::pg_catalog.numeric(3,2) AS confidence
FROM @extschema@.article_fact f
JOIN @extschema@.article a ON a.article_id = f.article_id
JOIN @extschema@.source s ON s.source_id = a.source_id
LEFT JOIN @extschema@.entity se ON se.id = f.subject_id
LEFT JOIN @extschema@.entity oe ON oe.id = f.object_id
LEFT JOIN LATERAL @extschema@.rate_on(@extschema@.currency(f.amount), a.published) fx ON f.amount IS NOT NULL
LEFT JOIN LATERAL @extschema@.rate_on('USD', a.published) usd ON f.amount IS NOT NULL;

COMMENT ON VIEW @extschema@.facts IS
'every fact of every analysed article (extract_facts against its publication date): relation, subject and object, status, as-of dates, amount in its currency and in won and dollars at the publication date''s rates, quantity, sentence, confidence';

-- Valuations per entity over time, now from the facts: the company valued
-- is the fact's subject (README, "Facts"), not the nearest name. The
-- columns of 0.4.0 first, then the fact's own.
CREATE OR REPLACE VIEW @extschema@.valuations AS
SELECT f.subject_id AS entity_id, f.subject AS entity, f.published, f.article_id, f.article_key, f.source,
       f.surface, f.amount_lower, f.amount_upper, f.currency, f.qualifier, f.is_range,
       f.krw_lower, f.krw_upper, f.usd_lower, f.usd_upper, f.krw_rate_source, f.usd_rate_source,
       'fact rules: the subject of the valuation (README, Facts)'::pg_catalog.text AS subject_rule,
       f.status, f.as_of_lower, f.as_of_upper, f.as_of_granularity, f.dated_by, f.subject_carried,
       f.confidence, f.sentence
FROM @extschema@.facts f
WHERE f.relation = 'valuation' AND f.subject_id IS NOT NULL;

COMMENT ON VIEW @extschema@.valuations IS
'valuations per catalogued entity over time, from the facts: amount in its currency, won and dollars, status (completed, target, reported, ...) and the date it is of (as_of_lower..as_of_upper)';

-- Deals from the facts. deal is now the fact's relation (funding_round,
-- investment, stake, loan, acquisition, acquisition_talks, partnership,
-- contract), entity the subject; object, status and dates follow.
CREATE OR REPLACE VIEW @extschema@.deals AS
SELECT f.published, f.article_id, f.article_key, f.source, f.relation AS deal,
       f.subject_id AS entity_id, f.subject AS entity, ents.entities AS parties, f.surface,
       f.amount_lower, f.amount_upper, f.currency, f.qualifier, f.is_range,
       f.krw_lower, f.krw_upper, f.usd_lower, f.usd_upper, f.krw_rate_source, f.usd_rate_source,
       'fact rules: the subject of the deal (README, Facts)'::pg_catalog.text AS subject_rule,
       f.object_id, f.object, f.status, f.as_of_lower, f.as_of_upper, f.as_of_granularity,
       f.quantity_lower, f.quantity_unit, f.confidence, f.sentence
FROM @extschema@.facts f
LEFT JOIN LATERAL @extschema@.sentence_entities(f.article_id, f.sentence, f.start_pos) ents ON true
WHERE f.relation IN ('funding_round', 'investment', 'stake', 'loan', 'acquisition', 'acquisition_talks',
                     'partnership', 'contract');

COMMENT ON VIEW @extschema@.deals IS
'funding rounds, investments, stakes, loans, acquisitions and talks, partnerships and contracts, from the facts: entity the subject (the investee, the acquirer), object the other side, with status and dates; parties: every catalogued entity of the sentence';

-- Who put money into whom, and who bought whom: the deals that move money
-- or shares, each side named for its part. payee: the investee, the
-- borrower, whose shares, the target; payer: the investor, the lender, the
-- holder, the acquirer.
CREATE VIEW @extschema@.deal_ledger AS
SELECT f.as_of_lower, f.as_of_upper, f.as_of_granularity, f.relation, f.status,
       CASE WHEN f.relation IN ('acquisition', 'acquisition_talks') THEN f.object_id ELSE f.subject_id END AS payee_id,
       CASE WHEN f.relation IN ('acquisition', 'acquisition_talks') THEN f.object ELSE f.subject END AS payee,
       CASE WHEN f.relation IN ('acquisition', 'acquisition_talks') THEN f.subject_id ELSE f.object_id END AS payer_id,
       CASE WHEN f.relation IN ('acquisition', 'acquisition_talks') THEN f.subject ELSE f.object END AS payer,
       f.amount_lower, f.amount_upper, f.currency, f.qualifier, f.usd_lower, f.usd_upper, f.krw_lower, f.krw_upper,
       (CASE WHEN f.quantity_unit = 'percent' THEN f.quantity_lower END)::pg_catalog.numeric(38,4) AS stake_percent,
       f.published, f.article_id, f.article_key, f.source, f.surface, f.confidence
FROM @extschema@.facts f
WHERE f.relation IN ('funding_round', 'investment', 'stake', 'loan', 'acquisition', 'acquisition_talks');

COMMENT ON VIEW @extschema@.deal_ledger IS
'money and shares between companies, from the facts: payee (investee, borrower, target) and payer (investor, lender, acquirer), amount in its currency, dollars and won, stake percent, status and the date it is of';

GRANT SELECT ON @extschema@.facts, @extschema@.deal_ledger TO PUBLIC;
