-- aimarket 0.4.0 -> 0.5.0
-- New: dates. resolve_dates(body, published) finds the dates and periods
-- of Korean news copy (and the English forms it quotes) and resolves each
-- to a range of days against the article's publication date.

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
