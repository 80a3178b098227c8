-- aimarket 0.5.0: Korean numbers, the monetary type, figures in running
-- text, Korean text search, the entity catalogue with extract_entities, the
-- pipeline (attach, backfill, refresh, and views for every client), and
-- dates resolved against the publication date (resolve_dates).
-- Every name is schema-qualified so no search_path can redirect it. The
-- script is ASCII so that it installs in a database of any encoding (the
-- Korean-text functions then refuse with 0A000 where Hangul cannot be held).
-- It is the 0.4.0 script followed by the 0.4.0 -> 0.5.0 step, so that an
-- updated installation equals a fresh one.

\echo Use "CREATE EXTENSION aimarket" to load this file. \quit

-- The schema is named in the control file. When it existed before, it must
-- be empty and belong to the installing role or a superuser: otherwise a
-- role with CREATE on the database could have put look-alike functions or
-- operators there first, to be found by every caller of ours.
DO $guard$
DECLARE
    nsp pg_catalog.oid := pg_catalog.to_regnamespace('@extschema@');
    owner pg_catalog.name;
BEGIN
    SELECT r.rolname INTO owner
    FROM pg_catalog.pg_namespace n JOIN pg_catalog.pg_roles r ON r.oid = n.nspowner
    WHERE n.oid = nsp;
    IF owner IS DISTINCT FROM pg_catalog.current_user()
       AND NOT (SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = owner) THEN
        RAISE EXCEPTION 'schema "%" already exists and is owned by role "%"', '@extschema@', owner
            USING ERRCODE = 'insufficient_privilege',
                  HINT = 'Drop the schema, or give it to the installing role, before CREATE EXTENSION aimarket.';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_class WHERE relnamespace = nsp)
       OR EXISTS (SELECT 1 FROM pg_catalog.pg_proc WHERE pronamespace = nsp)
       OR EXISTS (SELECT 1 FROM pg_catalog.pg_type WHERE typnamespace = nsp)
       OR EXISTS (SELECT 1 FROM pg_catalog.pg_operator WHERE oprnamespace = nsp)
       OR EXISTS (SELECT 1 FROM pg_catalog.pg_opfamily WHERE opfnamespace = nsp)
       OR EXISTS (SELECT 1 FROM pg_catalog.pg_collation WHERE collnamespace = nsp)
       OR EXISTS (SELECT 1 FROM pg_catalog.pg_conversion WHERE connamespace = nsp)
       OR EXISTS (SELECT 1 FROM pg_catalog.pg_ts_config WHERE cfgnamespace = nsp)
       OR EXISTS (SELECT 1 FROM pg_catalog.pg_ts_dict WHERE dictnamespace = nsp)
       OR EXISTS (SELECT 1 FROM pg_catalog.pg_ts_parser WHERE prsnamespace = nsp)
       OR EXISTS (SELECT 1 FROM pg_catalog.pg_ts_template WHERE tmplnamespace = nsp) THEN
        RAISE EXCEPTION 'schema "%" already exists and is not empty', '@extschema@'
            USING ERRCODE = 'duplicate_schema',
                  HINT = 'aimarket installs into a schema of its own; drop or rename the existing one first.';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_namespace n,
                    pg_catalog.aclexplode(n.nspacl) a
               WHERE n.oid = nsp AND a.privilege_type = 'CREATE'
                 AND a.grantee <> n.nspowner) THEN
        RAISE EXCEPTION 'schema "%" already exists and other roles may create objects in it', '@extschema@'
            USING ERRCODE = 'insufficient_privilege',
                  HINT = 'REVOKE CREATE ON SCHEMA from every role but its owner, or drop the schema, first.';
    END IF;
END
$guard$;

-------------------------------------------------------------------- numbers

CREATE FUNCTION @extschema@.parse_number(pg_catalog.text)
RETURNS pg_catalog.numeric
AS 'MODULE_PATHNAME', 'aimarket_parse_number'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.parse_number(pg_catalog.text) IS
'exact value of a Korean number (Sino-Korean units, Hangul or native numerals, 6.5bn); raises 22P02/22003 on bad input';

CREATE FUNCTION @extschema@.to_number_or_null(pg_catalog.text)
RETURNS pg_catalog.numeric
AS 'MODULE_PATHNAME', 'aimarket_to_number_or_null'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.to_number_or_null(pg_catalog.text) IS
'like parse_number, but NULL instead of an error for input that is not a number';

------------------------------------------------------------ monetary type

CREATE TYPE @extschema@.monetary;

CREATE FUNCTION @extschema@.monetary_in(pg_catalog.cstring)
RETURNS @extschema@.monetary
AS 'MODULE_PATHNAME', 'monetary_in'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.monetary_out(@extschema@.monetary)
RETURNS pg_catalog.cstring
AS 'MODULE_PATHNAME', 'monetary_out'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.monetary_recv(pg_catalog.internal)
RETURNS @extschema@.monetary
AS 'MODULE_PATHNAME', 'monetary_recv'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.monetary_send(@extschema@.monetary)
RETURNS pg_catalog.bytea
AS 'MODULE_PATHNAME', 'monetary_send'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.monetary (
    INTERNALLENGTH = 40,
    INPUT = @extschema@.monetary_in,
    OUTPUT = @extschema@.monetary_out,
    RECEIVE = @extschema@.monetary_recv,
    SEND = @extschema@.monetary_send,
    ALIGNMENT = double,
    STORAGE = plain
);

COMMENT ON TYPE @extschema@.monetary IS
'exact money amount or range with an ISO 4217 currency and a qualifier; text form [~|>=|>|<=|<]lower[..upper] CUR';

CREATE FUNCTION @extschema@.to_monetary_or_null(pg_catalog.text)
RETURNS @extschema@.monetary
AS 'MODULE_PATHNAME', 'monetary_to_monetary_or_null'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.to_monetary_or_null(pg_catalog.text) IS
'the text as a monetary value, or NULL where the input function would raise';

CREATE FUNCTION @extschema@.make_monetary(amount pg_catalog.numeric,
    currency pg_catalog.text, qualifier pg_catalog.text DEFAULT 'exact')
RETURNS @extschema@.monetary
AS 'MODULE_PATHNAME', 'monetary_make'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.make_monetary_range(lower pg_catalog.numeric,
    upper pg_catalog.numeric, currency pg_catalog.text,
    qualifier pg_catalog.text DEFAULT 'exact')
RETURNS @extschema@.monetary
AS 'MODULE_PATHNAME', 'monetary_make_range'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

------------------------------------------------------------------ accessors

CREATE FUNCTION @extschema@.lower(@extschema@.monetary)
RETURNS pg_catalog.numeric
AS 'MODULE_PATHNAME', 'monetary_lower'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.upper(@extschema@.monetary)
RETURNS pg_catalog.numeric
AS 'MODULE_PATHNAME', 'monetary_upper'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.currency(@extschema@.monetary)
RETURNS pg_catalog.text
AS 'MODULE_PATHNAME', 'monetary_currency'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.qualifier(@extschema@.monetary)
RETURNS pg_catalog.text
AS 'MODULE_PATHNAME', 'monetary_qualifier'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.is_range(@extschema@.monetary)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'monetary_is_range'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.to_korean(@extschema@.monetary)
RETURNS pg_catalog.text
AS 'MODULE_PATHNAME', 'monetary_to_korean'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.to_korean(@extschema@.monetary) IS
'the amount as a Korean newspaper writes it, in Hangul units; reads back to the same value';

CREATE FUNCTION @extschema@.convert(@extschema@.monetary,
    currency pg_catalog.text, rate pg_catalog.numeric)
RETURNS @extschema@.monetary
AS 'MODULE_PATHNAME', 'monetary_convert'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.convert(@extschema@.monetary, pg_catalog.text, pg_catalog.numeric) IS
'the amount times rate, in the given currency, rounded to 4 decimal places';

CREATE FUNCTION @extschema@.numeric(@extschema@.monetary)
RETURNS pg_catalog.numeric
AS 'MODULE_PATHNAME', 'monetary_to_numeric'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE CAST (@extschema@.monetary AS pg_catalog.numeric)
    WITH FUNCTION @extschema@.numeric(@extschema@.monetary);

----------------------------------------------------------------- arithmetic

CREATE FUNCTION @extschema@.monetary_pl(@extschema@.monetary, @extschema@.monetary)
RETURNS @extschema@.monetary
AS 'MODULE_PATHNAME', 'monetary_pl'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.monetary_mi(@extschema@.monetary, @extschema@.monetary)
RETURNS @extschema@.monetary
AS 'MODULE_PATHNAME', 'monetary_mi'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.monetary_um(@extschema@.monetary)
RETURNS @extschema@.monetary
AS 'MODULE_PATHNAME', 'monetary_um'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.monetary_mul(@extschema@.monetary, pg_catalog.numeric)
RETURNS @extschema@.monetary
AS 'MODULE_PATHNAME', 'monetary_mul'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.numeric_mul_monetary(pg_catalog.numeric, @extschema@.monetary)
RETURNS @extschema@.monetary
AS 'MODULE_PATHNAME', 'monetary_numeric_mul'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.monetary_div(@extschema@.monetary, pg_catalog.numeric)
RETURNS @extschema@.monetary
AS 'MODULE_PATHNAME', 'monetary_div'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE OPERATOR @extschema@.+ (
    LEFTARG = @extschema@.monetary, RIGHTARG = @extschema@.monetary,
    FUNCTION = @extschema@.monetary_pl, COMMUTATOR = OPERATOR(@extschema@.+)
);
CREATE OPERATOR @extschema@.- (
    LEFTARG = @extschema@.monetary, RIGHTARG = @extschema@.monetary,
    FUNCTION = @extschema@.monetary_mi
);
CREATE OPERATOR @extschema@.- (
    RIGHTARG = @extschema@.monetary, FUNCTION = @extschema@.monetary_um
);
CREATE OPERATOR @extschema@.* (
    LEFTARG = @extschema@.monetary, RIGHTARG = pg_catalog.numeric,
    FUNCTION = @extschema@.monetary_mul, COMMUTATOR = OPERATOR(@extschema@.*)
);
CREATE OPERATOR @extschema@.* (
    LEFTARG = pg_catalog.numeric, RIGHTARG = @extschema@.monetary,
    FUNCTION = @extschema@.numeric_mul_monetary, COMMUTATOR = OPERATOR(@extschema@.*)
);
CREATE OPERATOR @extschema@./ (
    LEFTARG = @extschema@.monetary, RIGHTARG = pg_catalog.numeric,
    FUNCTION = @extschema@.monetary_div
);

----------------------------------------------------------------- comparison

CREATE FUNCTION @extschema@.monetary_eq(@extschema@.monetary, @extschema@.monetary)
RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'monetary_eq'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.monetary_ne(@extschema@.monetary, @extschema@.monetary)
RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'monetary_ne'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.monetary_lt(@extschema@.monetary, @extschema@.monetary)
RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'monetary_lt'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.monetary_le(@extschema@.monetary, @extschema@.monetary)
RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'monetary_le'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.monetary_gt(@extschema@.monetary, @extschema@.monetary)
RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'monetary_gt'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.monetary_ge(@extschema@.monetary, @extschema@.monetary)
RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'monetary_ge'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.monetary_cmp(@extschema@.monetary, @extschema@.monetary)
RETURNS pg_catalog.int4 AS 'MODULE_PATHNAME', 'monetary_cmp'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.monetary_hash(@extschema@.monetary)
RETURNS pg_catalog.int4 AS 'MODULE_PATHNAME', 'monetary_hash'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.monetary_hash_extended(@extschema@.monetary, pg_catalog.int8)
RETURNS pg_catalog.int8 AS 'MODULE_PATHNAME', 'monetary_hash_extended'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE OPERATOR @extschema@.= (
    LEFTARG = @extschema@.monetary, RIGHTARG = @extschema@.monetary,
    FUNCTION = @extschema@.monetary_eq,
    COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
    RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel,
    HASHES, MERGES
);
CREATE OPERATOR @extschema@.<> (
    LEFTARG = @extschema@.monetary, RIGHTARG = @extschema@.monetary,
    FUNCTION = @extschema@.monetary_ne,
    COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
    RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
CREATE OPERATOR @extschema@.< (
    LEFTARG = @extschema@.monetary, RIGHTARG = @extschema@.monetary,
    FUNCTION = @extschema@.monetary_lt,
    COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
    RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel
);
CREATE OPERATOR @extschema@.<= (
    LEFTARG = @extschema@.monetary, RIGHTARG = @extschema@.monetary,
    FUNCTION = @extschema@.monetary_le,
    COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
    RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel
);
CREATE OPERATOR @extschema@.> (
    LEFTARG = @extschema@.monetary, RIGHTARG = @extschema@.monetary,
    FUNCTION = @extschema@.monetary_gt,
    COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
    RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel
);
CREATE OPERATOR @extschema@.>= (
    LEFTARG = @extschema@.monetary, RIGHTARG = @extschema@.monetary,
    FUNCTION = @extschema@.monetary_ge,
    COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
    RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel
);

CREATE OPERATOR CLASS @extschema@.monetary_ops
DEFAULT FOR TYPE @extschema@.monetary USING btree AS
    OPERATOR 1 @extschema@.<,
    OPERATOR 2 @extschema@.<=,
    OPERATOR 3 @extschema@.=,
    OPERATOR 4 @extschema@.>=,
    OPERATOR 5 @extschema@.>,
    FUNCTION 1 @extschema@.monetary_cmp(@extschema@.monetary, @extschema@.monetary);

CREATE OPERATOR CLASS @extschema@.monetary_hash_ops
DEFAULT FOR TYPE @extschema@.monetary USING hash AS
    OPERATOR 1 @extschema@.=,
    FUNCTION 1 @extschema@.monetary_hash(@extschema@.monetary),
    FUNCTION 2 @extschema@.monetary_hash_extended(@extschema@.monetary, pg_catalog.int8);

----------------------------------------------------------------- aggregates
-- All four raise 22023 when their rows mix currencies.

CREATE FUNCTION @extschema@.monetary_smaller(@extschema@.monetary, @extschema@.monetary)
RETURNS @extschema@.monetary AS 'MODULE_PATHNAME', 'monetary_smaller'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.monetary_larger(@extschema@.monetary, @extschema@.monetary)
RETURNS @extschema@.monetary AS 'MODULE_PATHNAME', 'monetary_larger'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE AGGREGATE @extschema@.sum(@extschema@.monetary) (
    SFUNC = @extschema@.monetary_pl, STYPE = @extschema@.monetary,
    COMBINEFUNC = @extschema@.monetary_pl, PARALLEL = SAFE
);
-- No SORTOP: an index-driven min/max would skip the currency check.
CREATE AGGREGATE @extschema@.min(@extschema@.monetary) (
    SFUNC = @extschema@.monetary_smaller, STYPE = @extschema@.monetary,
    COMBINEFUNC = @extschema@.monetary_smaller, PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.max(@extschema@.monetary) (
    SFUNC = @extschema@.monetary_larger, STYPE = @extschema@.monetary,
    COMBINEFUNC = @extschema@.monetary_larger, PARALLEL = SAFE
);

CREATE FUNCTION @extschema@.monetary_avg_accum(pg_catalog.internal, @extschema@.monetary)
RETURNS pg_catalog.internal AS 'MODULE_PATHNAME', 'monetary_avg_accum'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.monetary_avg_combine(pg_catalog.internal, pg_catalog.internal)
RETURNS pg_catalog.internal AS 'MODULE_PATHNAME', 'monetary_avg_combine'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.monetary_avg_final(pg_catalog.internal)
RETURNS @extschema@.monetary AS 'MODULE_PATHNAME', 'monetary_avg_final'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.monetary_avg_serialize(pg_catalog.internal)
RETURNS pg_catalog.bytea AS 'MODULE_PATHNAME', 'monetary_avg_serialize'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.monetary_avg_deserialize(pg_catalog.bytea, pg_catalog.internal)
RETURNS pg_catalog.internal AS 'MODULE_PATHNAME', 'monetary_avg_deserialize'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE AGGREGATE @extschema@.avg(@extschema@.monetary) (
    SFUNC = @extschema@.monetary_avg_accum, STYPE = pg_catalog.internal,
    FINALFUNC = @extschema@.monetary_avg_final,
    COMBINEFUNC = @extschema@.monetary_avg_combine,
    SERIALFUNC = @extschema@.monetary_avg_serialize,
    DESERIALFUNC = @extschema@.monetary_avg_deserialize,
    PARALLEL = SAFE
);

-- The schema is created by CREATE EXTENSION; let every role use what is in it.
GRANT USAGE ON SCHEMA @extschema@ TO PUBLIC;

----------------------------------------------------------------- extraction

CREATE TYPE @extschema@.money_mention AS (
    amount @extschema@.monetary,      -- the figure
    equivalent @extschema@.monetary,  -- a stated conversion in brackets right after it
    role pg_catalog.text,             -- valuation, investment_raised, ..., other
    surface pg_catalog.text,          -- the exact substring of the body
    start_pos pg_catalog.int4,        -- 1-based character position of surface
    change pg_catalog.text            -- from / to: the two ends of "X ... Y" changes; else NULL
);

CREATE FUNCTION @extschema@.extract_money(body pg_catalog.text)
RETURNS SETOF @extschema@.money_mention
AS 'MODULE_PATHNAME', 'aimarket_extract_money'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 8;

COMMENT ON FUNCTION @extschema@.extract_money(pg_catalog.text) IS
'every monetary figure in a Korean text, in order, with its stated equivalent and role';

CREATE TYPE @extschema@.quantity_mention AS (
    value pg_catalog.numeric,         -- the value when it is a point, else NULL
    lower pg_catalog.numeric,
    upper pg_catalog.numeric,
    qualifier pg_catalog.text,        -- exact, approximate, at_least, ...
    unit pg_catalog.text,             -- people, percent, times, ...
    measure pg_catalog.text,          -- users, downloads, stake, growth, or NULL
    period pg_catalog.text,           -- weekly, monthly, daily, yearly, or NULL
    surface pg_catalog.text,
    start_pos pg_catalog.int4
);

CREATE FUNCTION @extschema@.extract_quantities(body pg_catalog.text)
RETURNS SETOF @extschema@.quantity_mention
AS 'MODULE_PATHNAME', 'aimarket_extract_quantities'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 8;

COMMENT ON FUNCTION @extschema@.extract_quantities(pg_catalog.text) IS
'every non-monetary figure with a unit in a Korean text (counts, percentages, multiples, ranks, parameters)';

------------------------------------------------------- Korean text search
-- Needs a UTF8 database: the parser and the dictionary raise 0A000 elsewhere.

CREATE FUNCTION @extschema@.kparser_start(pg_catalog.internal, pg_catalog.int4)
RETURNS pg_catalog.internal AS 'MODULE_PATHNAME', 'kparser_start'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.kparser_gettoken(pg_catalog.internal, pg_catalog.internal, pg_catalog.internal)
RETURNS pg_catalog.internal AS 'MODULE_PATHNAME', 'kparser_gettoken'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.kparser_end(pg_catalog.internal)
RETURNS pg_catalog.void AS 'MODULE_PATHNAME', 'kparser_end'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.kparser_lextype(pg_catalog.internal)
RETURNS pg_catalog.internal AS 'MODULE_PATHNAME', 'kparser_lextype'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TEXT SEARCH PARSER @extschema@.korean_parser (
    START = @extschema@.kparser_start,
    GETTOKEN = @extschema@.kparser_gettoken,
    END = @extschema@.kparser_end,
    LEXTYPES = @extschema@.kparser_lextype,
    HEADLINE = pg_catalog.prsd_headline
);

-- The dictionary reads files under tsearch_data: STABLE, not IMMUTABLE.
CREATE FUNCTION @extschema@.kdict_init(pg_catalog.internal)
RETURNS pg_catalog.internal AS 'MODULE_PATHNAME', 'kdict_init'
LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.kdict_lexize(pg_catalog.internal, pg_catalog.internal, pg_catalog.internal, pg_catalog.internal)
RETURNS pg_catalog.internal AS 'MODULE_PATHNAME', 'kdict_lexize'
LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.kmoney_lexize(pg_catalog.internal, pg_catalog.internal, pg_catalog.internal, pg_catalog.internal)
RETURNS pg_catalog.internal AS 'MODULE_PATHNAME', 'kmoney_lexize'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TEXT SEARCH TEMPLATE @extschema@.korean_stem (
    INIT = @extschema@.kdict_init, LEXIZE = @extschema@.kdict_lexize
);
CREATE TEXT SEARCH TEMPLATE @extschema@.korean_money (
    LEXIZE = @extschema@.kmoney_lexize
);
CREATE TEXT SEARCH DICTIONARY @extschema@.korean_stem (
    TEMPLATE = @extschema@.korean_stem, Lexicon = 'aimarket_korean'
);
COMMENT ON TEXT SEARCH DICTIONARY @extschema@.korean_stem IS
'Korean eojeol to content stems (particles and endings removed, compounds split); options Lexicon and UserDictionary';
CREATE TEXT SEARCH DICTIONARY @extschema@.korean_money (
    TEMPLATE = @extschema@.korean_money
);

CREATE TEXT SEARCH CONFIGURATION @extschema@.korean (PARSER = @extschema@.korean_parser);
ALTER TEXT SEARCH CONFIGURATION @extschema@.korean
    ADD MAPPING FOR hangul, latin, mixed, num, other, url, email WITH @extschema@.korean_stem;
ALTER TEXT SEARCH CONFIGURATION @extschema@.korean
    ADD MAPPING FOR money WITH @extschema@.korean_money;
COMMENT ON TEXT SEARCH CONFIGURATION @extschema@.korean IS
'Korean full-text search: to_tsvector(''aimarket.korean'', body)';

CREATE FUNCTION @extschema@.tokenize(body pg_catalog.text,
    OUT token pg_catalog.text, OUT kind pg_catalog.text,
    OUT lexemes pg_catalog.text[], OUT start_pos pg_catalog.int4)
RETURNS SETOF record AS 'MODULE_PATHNAME', 'aimarket_tokenize'
LANGUAGE C STABLE STRICT PARALLEL SAFE ROWS 50;
COMMENT ON FUNCTION @extschema@.tokenize(pg_catalog.text) IS
'the tokens of aimarket.korean with their lexemes (primary stem first), for inspection';

CREATE FUNCTION @extschema@.korean_lexicon_stats(OUT words pg_catalog.int8, OUT bytes pg_catalog.int8)
AS 'MODULE_PATHNAME', 'aimarket_korean_lexicon_stats'
LANGUAGE C STABLE STRICT PARALLEL SAFE;

------------------------------------------------------- the entity catalogue
-- Entities of the AI market and their aliases. The rows marked builtin are
-- the starter catalogue of this script; users add, rename and delete rows
-- with plain DML, and pg_dump keeps their rows (pg_extension_config_dump).
-- Ids below 1000000 are the starter catalogue's; user rows are numbered
-- from 1000000 by entity_id_seq.

CREATE SEQUENCE @extschema@.entity_id_seq START WITH 1000000;
CREATE TABLE @extschema@.entity (
    id pg_catalog.int8 PRIMARY KEY DEFAULT pg_catalog.nextval('@extschema@.entity_id_seq'),
    name pg_catalog.text NOT NULL CHECK (name <> ''),
    name_ko pg_catalog.text,
    kind pg_catalog.text NOT NULL CHECK (kind IN ('company', 'research_lab', 'ai_model',
        'product', 'person', 'government_body', 'investor', 'university', 'country',
        'organisation')),
    ticker pg_catalog.text,
    exchange pg_catalog.text,
    parent_id pg_catalog.int8 REFERENCES @extschema@.entity (id) ON DELETE SET NULL,
    source pg_catalog.text,
    builtin pg_catalog.bool NOT NULL DEFAULT false
);

COMMENT ON TABLE @extschema@.entity IS
'entities of the AI market (companies, labs, models, products, people, public bodies); builtin rows come with the extension, the others are dumped';

CREATE TABLE @extschema@.entity_alias (
    alias pg_catalog.text NOT NULL CHECK (alias <> ''),
    entity_id pg_catalog.int8 NOT NULL REFERENCES @extschema@.entity (id) ON DELETE CASCADE,
    ambiguous pg_catalog.bool NOT NULL DEFAULT false,
    compound pg_catalog.bool NOT NULL DEFAULT false,
    builtin pg_catalog.bool NOT NULL DEFAULT false,
    PRIMARY KEY (alias, entity_id)
);

COMMENT ON TABLE @extschema@.entity_alias IS
'names an entity goes by; ambiguous: also an ordinary word, counted only in context; compound: any Hangul may follow it';

CREATE INDEX entity_alias_entity ON @extschema@.entity_alias (entity_id);

-- One row: the version of the catalogue the automaton caches are keyed by.
CREATE SEQUENCE @extschema@.catalogue_version_seq;
CREATE TABLE @extschema@.catalogue_version (
    one pg_catalog.bool PRIMARY KEY DEFAULT true CHECK (one),
    version pg_catalog.int8 NOT NULL
);
INSERT INTO @extschema@.catalogue_version VALUES (true, 0);

COMMENT ON TABLE @extschema@.catalogue_version IS
'set from catalogue_version_seq by every statement that changes the catalogue; the backends rebuild their automaton when it changes';

CREATE FUNCTION @extschema@.catalogue_changed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    UPDATE @extschema@.catalogue_version
       SET version = pg_catalog.nextval('@extschema@.catalogue_version_seq');
    RETURN NULL;
END
$$;

COMMENT ON FUNCTION @extschema@.catalogue_changed() IS
'statement trigger of entity and entity_alias: a new catalogue version';

CREATE TRIGGER catalogue_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
    ON @extschema@.entity FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.catalogue_changed();
CREATE TRIGGER catalogue_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
    ON @extschema@.entity_alias FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.catalogue_changed();

ALTER SEQUENCE @extschema@.entity_id_seq OWNED BY @extschema@.entity.id;
SELECT pg_catalog.pg_extension_config_dump('@extschema@.entity', 'WHERE NOT builtin');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.entity_alias', 'WHERE NOT builtin');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.entity_id_seq', '');

GRANT SELECT ON @extschema@.entity, @extschema@.entity_alias, @extschema@.catalogue_version TO PUBLIC;

CREATE TYPE @extschema@.entity_mention AS (
    entity_id pg_catalog.int8,
    name pg_catalog.text,
    kind pg_catalog.text,
    surface pg_catalog.text,
    start_pos pg_catalog.int4
);

CREATE FUNCTION @extschema@.extract_entities(body pg_catalog.text, unknown pg_catalog.bool DEFAULT true)
RETURNS SETOF @extschema@.entity_mention
AS 'MODULE_PATHNAME', 'aimarket_extract_entities'
LANGUAGE C STABLE STRICT PARALLEL RESTRICTED ROWS 8;

COMMENT ON FUNCTION @extschema@.extract_entities(pg_catalog.text, pg_catalog.bool) IS
'every mention of a catalogued entity in a Korean text, in order, and (unknown) organisations a company marker names; STABLE: reads the catalogue';

CREATE FUNCTION @extschema@.entity_catalogue_stats(OUT version pg_catalog.int8,
    OUT entities pg_catalog.int8, OUT states pg_catalog.int8, OUT bytes pg_catalog.int8,
    OUT skipped_aliases pg_catalog.int8)
AS 'MODULE_PATHNAME', 'aimarket_entity_catalogue_stats'
LANGUAGE C STABLE STRICT PARALLEL RESTRICTED;

COMMENT ON FUNCTION @extschema@.entity_catalogue_stats() IS
'the catalogue version this backend has loaded, its entities, automaton states and bytes, and aliases skipped (one character but a Hanja, or over 256 bytes)';

CREATE FUNCTION @extschema@.candidate_entities(body pg_catalog.text)
RETURNS TABLE (candidate pg_catalog.text, evidence pg_catalog.text)
LANGUAGE sql STABLE STRICT PARALLEL RESTRICTED
SET search_path = pg_catalog, pg_temp
BEGIN ATOMIC
    -- organisations a company marker names (extract_entities' unknown_org)
    SELECT e.surface, 'company marker'
    FROM @extschema@.extract_entities(body) e WHERE e.entity_id IS NULL
    UNION ALL
    -- a name before a stock code that the catalogue does not know
    SELECT m[1], 'stock code ' || m[2]
    FROM pg_catalog.regexp_matches(body, '([^[:space:][:punct:]]+)[[(]([0-9]{6})[])]', 'g') m
    WHERE NOT EXISTS (SELECT 1 FROM @extschema@.entity x WHERE x.ticker = m[2])
    UNION ALL
    -- a Latin name with a capital and a particle glued to it (TensorWave
    -- then eun/neun, Nota then ui) that no catalogued mention covers; the
    -- particles as UTF-8 bytes, so that the script stays ASCII and the
    -- pattern is in the database's encoding (UTF8 or EUC_KR)
    SELECT m[1], 'latin name'
    FROM pg_catalog.regexp_matches(body, '(?:^|[^A-Za-z0-9])([A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*|[A-Z]{2,}[0-9]*)(?:'
             || pg_catalog.convert_from('\xec9d807ceb8a947cec9db47ceab0807cec9d987cec99807ceab3bc7cec97907ceb8f847cec9d847ceba5bc'::pg_catalog.bytea, 'UTF8') || ')', 'g') m
    WHERE NOT EXISTS (SELECT 1 FROM @extschema@.extract_entities(m[1], false))
      AND m[1] NOT IN ('AI', 'AGI', 'API', 'IT', 'ICT', 'GPU', 'CPU', 'NPU', 'TPU', 'LLM', 'SLM',
                       'CEO', 'CTO', 'CFO', 'IPO', 'M&A', 'SW', 'HW', 'PC', 'TV', 'OS', 'SaaS',
                       'PoC', 'AX', 'DX', 'R&D', 'VC', 'PE', 'ETF', 'GDP', 'USD', 'KRW', 'GPT');
END;

COMMENT ON FUNCTION @extschema@.candidate_entities(pg_catalog.text) IS
'names in a text that look like organisations the catalogue lacks (company markers, names before unknown stock codes, Latin names with a particle), with the evidence; count them over a table to curate the catalogue';

-- The user's words for the stemmer: nouns it should know (as a
-- UserDictionary file lists them), kept in a table so that pg_dump keeps
-- them. The dictionary aimarket.korean_stem reads them (UserWords, on by
-- default); aimarket.korean_names_stem reads the catalogue's Hangul aliases
-- too (CatalogueNames), so that catalogued names stay whole lexemes.
CREATE TABLE @extschema@.user_word (
    word pg_catalog.text PRIMARY KEY CHECK (word <> '' AND word !~ '[[:space:]]'),
    tag pg_catalog.text NOT NULL DEFAULT 'N' CHECK (tag IN ('N', 'V', 'D')),
    builtin pg_catalog.bool NOT NULL DEFAULT false
);

COMMENT ON TABLE @extschema@.user_word IS
'words the Korean stemmer keeps whole (N: noun, V: verb stem, D: drop); dumped, read by aimarket.korean_stem';

SELECT pg_catalog.pg_extension_config_dump('@extschema@.user_word', 'WHERE NOT builtin');
GRANT SELECT ON @extschema@.user_word TO PUBLIC;

CREATE TRIGGER catalogue_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
    ON @extschema@.user_word FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.catalogue_changed();

CREATE TEXT SEARCH DICTIONARY @extschema@.korean_names_stem (
    TEMPLATE = @extschema@.korean_stem, Lexicon = 'aimarket_korean', CatalogueNames = true
);

COMMENT ON TEXT SEARCH DICTIONARY @extschema@.korean_names_stem IS
'Korean stemming that keeps the catalogue''s names whole (aimarket.entity_alias) and the user''s words (aimarket.user_word)';

CREATE TEXT SEARCH CONFIGURATION @extschema@.korean_names (COPY = @extschema@.korean);
ALTER TEXT SEARCH CONFIGURATION @extschema@.korean_names
    ALTER MAPPING REPLACE @extschema@.korean_stem WITH @extschema@.korean_names_stem;

COMMENT ON TEXT SEARCH CONFIGURATION @extschema@.korean_names IS
'aimarket.korean, with the catalogue''s names kept whole (STABLE in effect: reindex after catalogue changes)';

-- A changed option of the extension's own dictionaries is not dumped (they
-- are extension members), so a UserDictionary set on them would be gone
-- after pg_restore: refuse it, and point to aimarket.user_word (dumped) or a
-- dictionary of the user's own (dumped with its options, like core's
-- ispell dictionaries; the file itself travels as tsearch_data files do).
CREATE FUNCTION @extschema@.keep_dictionaries_dumpable() RETURNS event_trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    c record;
BEGIN
    FOR c IN SELECT e.objid FROM pg_catalog.pg_event_trigger_ddl_commands() e
             WHERE e.classid = 'pg_catalog.pg_ts_dict'::pg_catalog.regclass LOOP
        IF EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                   JOIN pg_catalog.pg_extension x ON x.oid = d.refobjid AND x.extname = 'aimarket'
                   WHERE d.classid = 'pg_catalog.pg_ts_dict'::pg_catalog.regclass
                     AND d.objid = c.objid AND d.deptype = 'e')
           AND (SELECT t.dictinitoption FROM pg_catalog.pg_ts_dict t WHERE t.oid = c.objid)
               ~* 'userdictionary\s*=\s*''[^'']'
        THEN
            RAISE EXCEPTION USING ERRCODE = '0A000',
                MESSAGE = pg_catalog.format('UserDictionary on %s would be lost by pg_dump',
                                            c.objid::pg_catalog.regdictionary),
                DETAIL = 'The dictionary belongs to the extension aimarket, and changed options of extension members are not dumped.',
                HINT = 'Put the words into aimarket.user_word, or set the file on a dictionary of your own: CREATE TEXT SEARCH DICTIONARY ... (TEMPLATE = aimarket.korean_stem, UserDictionary = ...).';
        END IF;
    END LOOP;
END
$$;

COMMENT ON FUNCTION @extschema@.keep_dictionaries_dumpable() IS
'event trigger: refuses a UserDictionary on the extension''s own dictionaries, which pg_dump would lose';

CREATE EVENT TRIGGER aimarket_keep_dictionaries_dumpable ON ddl_command_end
    WHEN TAG IN ('ALTER TEXT SEARCH DICTIONARY')
    EXECUTE FUNCTION @extschema@.keep_dictionaries_dumpable();

-- the starter catalogue, generated from data/catalogue.tsv by src/tools/mkcatalogue.sh
DO $catalogue$
BEGIN
IF pg_catalog.getdatabaseencoding() NOT IN ('UTF8', 'EUC_KR') THEN
    RETURN;  -- no Hangul here: the catalogue stays empty, extract_entities refuses
END IF;
INSERT INTO @extschema@.entity (id, name, name_ko, kind, ticker, exchange, parent_id, source, builtin) VALUES
(1, 'OpenAI', U&'\C624\D508AI', 'research_lab', NULL, NULL, NULL, 'openai.com', true),
(2, 'Anthropic', U&'\C564\D2B8\B85C\D53D', 'research_lab', NULL, NULL, NULL, 'anthropic.com', true),
(3, 'Google', U&'\AD6C\AE00', 'company', NULL, NULL, 4, 'about.google', true),
(4, 'Alphabet', U&'\C54C\D30C\BCB3', 'company', 'GOOGL', 'NASDAQ', NULL, 'abc.xyz; NASDAQ listing', true),
(5, 'Google DeepMind', U&'\AD6C\AE00 \B525\B9C8\C778\B4DC', 'research_lab', NULL, NULL, 3, 'deepmind.google', true),
(6, 'Microsoft', U&'\B9C8\C774\D06C\B85C\C18C\D504\D2B8', 'company', 'MSFT', 'NASDAQ', NULL, 'microsoft.com; NASDAQ listing', true),
(7, 'Meta Platforms', U&'\BA54\D0C0', 'company', 'META', 'NASDAQ', NULL, 'about.meta.com; NASDAQ listing', true),
(8, 'Amazon', U&'\C544\B9C8\C874', 'company', 'AMZN', 'NASDAQ', NULL, 'aboutamazon.com; NASDAQ listing', true),
(9, 'Amazon Web Services', U&'\C544\B9C8\C874\C6F9\C11C\BE44\C2A4', 'company', NULL, NULL, 8, 'aws.amazon.com', true),
(10, 'Apple', U&'\C560\D50C', 'company', 'AAPL', 'NASDAQ', NULL, 'apple.com; NASDAQ listing', true),
(11, 'Nvidia', U&'\C5D4\BE44\B514\C544', 'company', 'NVDA', 'NASDAQ', NULL, 'nvidia.com; NASDAQ listing', true),
(12, 'xAI', 'xAI', 'research_lab', NULL, NULL, NULL, 'x.ai', true),
(13, 'Tesla', U&'\D14C\C2AC\B77C', 'company', 'TSLA', 'NASDAQ', NULL, 'tesla.com; NASDAQ listing', true),
(14, 'Mistral AI', U&'\BBF8\C2A4\D2B8\B784AI', 'research_lab', NULL, NULL, NULL, 'mistral.ai', true),
(15, 'Cohere', U&'\CF54\D788\C5B4', 'research_lab', NULL, NULL, NULL, 'cohere.com', true),
(16, 'Perplexity', U&'\D37C\D50C\B809\C2DC\D2F0', 'company', NULL, NULL, NULL, 'perplexity.ai', true),
(17, 'DeepSeek', U&'\B525\C2DC\D06C', 'research_lab', NULL, NULL, NULL, 'deepseek.com', true),
(18, 'Alibaba', U&'\C54C\B9AC\BC14\BC14', 'company', 'BABA', 'NYSE', NULL, 'alibabagroup.com; NYSE listing', true),
(19, 'Baidu', U&'\BC14\C774\B450', 'company', 'BIDU', 'NASDAQ', NULL, 'baidu.com; NASDAQ listing', true),
(20, 'Tencent', U&'\D150\C13C\D2B8', 'company', '0700', 'HKEX', NULL, 'tencent.com; HKEX listing', true),
(21, 'ByteDance', U&'\BC14\C774\D2B8\B304\C2A4', 'company', NULL, NULL, NULL, 'bytedance.com', true),
(22, 'Moonshot AI', U&'\BB38\C0F7AI', 'research_lab', NULL, NULL, NULL, 'moonshot.cn', true),
(23, 'Zhipu AI', U&'\C988\D478AI', 'research_lab', NULL, NULL, NULL, 'zhipuai.cn', true),
(24, 'Samsung Electronics', U&'\C0BC\C131\C804\C790', 'company', '005930', 'KRX', 25, 'samsung.com; KRX listing', true),
(25, 'Samsung Group', U&'\C0BC\C131', 'company', NULL, NULL, NULL, 'samsung.com', true),
(26, 'SK hynix', U&'SK\D558\C774\B2C9\C2A4', 'company', '000660', 'KRX', 27, 'skhynix.com; KRX listing', true),
(27, 'SK Group', 'SK', 'company', NULL, NULL, NULL, 'sk.co.kr', true),
(28, 'SK Telecom', U&'SK\D154\B808\CF64', 'company', '017670', 'KRX', 27, 'sktelecom.com; KRX listing', true),
(29, 'Naver', U&'\B124\C774\BC84', 'company', '035420', 'KRX', NULL, 'navercorp.com; KRX listing', true),
(30, 'Kakao', U&'\CE74\CE74\C624', 'company', '035720', 'KRX', NULL, 'kakaocorp.com; KRX listing', true),
(31, 'KT', 'KT', 'company', '030200', 'KRX', NULL, 'kt.com; KRX listing', true),
(32, 'LG Group', 'LG', 'company', '003550', 'KRX', NULL, 'lg.co.kr; KRX listing', true),
(33, 'LG AI Research', U&'LG AI\C5F0\AD6C\C6D0', 'research_lab', NULL, NULL, 32, 'lgresearch.ai', true),
(34, 'LG Electronics', U&'LG\C804\C790', 'company', '066570', 'KRX', 32, 'lge.co.kr; KRX listing', true),
(35, 'LG Uplus', U&'LG\C720\D50C\B7EC\C2A4', 'company', '032640', 'KRX', 32, 'lguplus.com; KRX listing', true),
(36, 'Upstage', U&'\C5C5\C2A4\D14C\C774\C9C0', 'company', NULL, NULL, NULL, 'upstage.ai', true),
(37, 'FuriosaAI', U&'\D4E8\B9AC\C624\C0ACAI', 'company', NULL, NULL, NULL, 'furiosa.ai', true),
(38, 'Rebellions', U&'\B9AC\BCA8\B9AC\C628', 'company', NULL, NULL, NULL, 'rebellions.ai', true),
(39, 'Sapeon', U&'\C0AC\D53C\C628', 'company', NULL, NULL, 27, 'sapeon.com', true),
(40, 'DeepX', U&'\B525\C5D1\C2A4', 'company', NULL, NULL, NULL, 'deepx.ai', true),
(41, 'Twelve Labs', U&'\D2B8\C6F0\BE0C\B7A9\C2A4', 'company', NULL, NULL, NULL, 'twelvelabs.io', true),
(42, 'Saltlux', U&'\C194\D2B8\B8E9\C2A4', 'company', '304100', 'KRX', NULL, 'saltlux.com; KRX listing', true),
(43, 'Konan Technology', U&'\CF54\B09C\D14C\D06C\B180\B85C\C9C0', 'company', '402030', 'KRX', NULL, 'konantech.com; KRX listing', true),
(44, 'Hanmi Semiconductor', U&'\D55C\BBF8\BC18\B3C4\CCB4', 'company', '042700', 'KRX', NULL, 'hanmisemi.com; KRX listing', true),
(45, 'Samsung SDS', U&'\C0BC\C131SDS', 'company', '018260', 'KRX', 25, 'samsungsds.com; KRX listing', true),
(46, 'NCSoft', U&'\C5D4\C528\C18C\D504\D2B8', 'company', '036570', 'KRX', NULL, 'ncsoft.com; KRX listing', true),
(47, 'Krafton', U&'\D06C\B798\D504\D1A4', 'company', '259960', 'KRX', NULL, 'krafton.com; KRX listing', true),
(48, 'Hyundai Motor', U&'\D604\B300\CC28', 'company', '005380', 'KRX', NULL, 'hyundai.com; KRX listing', true),
(49, 'Wrtn Technologies', U&'\B93C\D2BC', 'company', NULL, NULL, NULL, 'wrtn.ai', true),
(50, 'Scatter Lab', U&'\C2A4\CE90\D130\B7A9', 'company', NULL, NULL, NULL, 'scatterlab.co.kr', true),
(51, 'SoftBank Group', U&'\C18C\D504\D2B8\BC45\D06C', 'company', '9984', 'TSE', NULL, 'group.softbank; TSE listing', true),
(52, 'Arm', 'Arm', 'company', 'ARM', 'NASDAQ', 51, 'arm.com; NASDAQ listing', true),
(53, 'TSMC', 'TSMC', 'company', 'TSM', 'NYSE', NULL, 'tsmc.com; NYSE listing', true),
(54, 'AMD', 'AMD', 'company', 'AMD', 'NASDAQ', NULL, 'amd.com; NASDAQ listing', true),
(55, 'Intel', U&'\C778\D154', 'company', 'INTC', 'NASDAQ', NULL, 'intel.com; NASDAQ listing', true),
(56, 'Broadcom', U&'\BE0C\B85C\B4DC\CEF4', 'company', 'AVGO', 'NASDAQ', NULL, 'broadcom.com; NASDAQ listing', true),
(57, 'Qualcomm', U&'\D004\CEF4', 'company', 'QCOM', 'NASDAQ', NULL, 'qualcomm.com; NASDAQ listing', true),
(58, 'Micron', U&'\B9C8\C774\D06C\B860', 'company', 'MU', 'NASDAQ', NULL, 'micron.com; NASDAQ listing', true),
(59, 'ASML', 'ASML', 'company', 'ASML', 'NASDAQ', NULL, 'asml.com; NASDAQ listing', true),
(60, 'Oracle', U&'\C624\B77C\D074', 'company', 'ORCL', 'NYSE', NULL, 'oracle.com; NYSE listing', true),
(61, 'IBM', 'IBM', 'company', 'IBM', 'NYSE', NULL, 'ibm.com; NYSE listing', true),
(62, 'Salesforce', U&'\C138\C77C\C988\D3EC\C2A4', 'company', 'CRM', 'NYSE', NULL, 'salesforce.com; NYSE listing', true),
(63, 'Palantir', U&'\D314\B780\D2F0\C5B4', 'company', 'PLTR', 'NASDAQ', NULL, 'palantir.com; NASDAQ listing', true),
(64, 'Super Micro Computer', U&'\C288\D37C\B9C8\C774\D06C\B85C', 'company', 'SMCI', 'NASDAQ', NULL, 'supermicro.com; NASDAQ listing', true),
(65, 'CoreWeave', U&'\CF54\C5B4\C704\BE0C', 'company', 'CRWV', 'NASDAQ', NULL, 'coreweave.com; NASDAQ listing', true),
(66, 'Dell Technologies', U&'\B378', 'company', 'DELL', 'NYSE', NULL, 'dell.com; NYSE listing', true),
(67, 'Adobe', U&'\C5B4\B3C4\BE44', 'company', 'ADBE', 'NASDAQ', NULL, 'adobe.com; NASDAQ listing', true),
(68, 'Scale AI', U&'\C2A4\CF00\C77CAI', 'company', NULL, NULL, NULL, 'scale.com', true),
(69, 'Databricks', U&'\B370\C774\D130\BE0C\B9AD\C2A4', 'company', NULL, NULL, NULL, 'databricks.com', true),
(70, 'Hugging Face', U&'\D5C8\AE45\D398\C774\C2A4', 'company', NULL, NULL, NULL, 'huggingface.co', true),
(71, 'Stability AI', U&'\C2A4\D0DC\BE4C\B9AC\D2F0AI', 'company', NULL, NULL, NULL, 'stability.ai', true),
(72, 'Midjourney', U&'\BBF8\B4DC\C800\B2C8', 'company', NULL, NULL, NULL, 'midjourney.com', true),
(73, 'Runway', U&'\B7F0\C6E8\C774', 'company', NULL, NULL, NULL, 'runwayml.com', true),
(74, 'Character.AI', U&'\CE90\B9AD\D130AI', 'company', NULL, NULL, NULL, 'character.ai', true),
(75, 'Inflection AI', U&'\C778\D50C\B809\C158AI', 'company', NULL, NULL, NULL, 'inflection.ai', true),
(76, 'Safe Superintelligence', 'SSI', 'research_lab', NULL, NULL, NULL, 'ssi.inc', true),
(77, 'Thinking Machines Lab', U&'\C2F1\D0B9\BA38\C2E0\C2A4\B7A9', 'research_lab', NULL, NULL, NULL, 'thinkingmachines.ai', true),
(78, 'Figure AI', U&'\D53C\ADDC\C5B4AI', 'company', NULL, NULL, NULL, 'figure.ai', true),
(79, 'Cerebras', U&'\C138\B808\BE0C\B77C\C2A4', 'company', NULL, NULL, NULL, 'cerebras.ai', true),
(80, 'Groq', U&'\ADF8\B85C\D06C', 'company', NULL, NULL, NULL, 'groq.com', true),
(81, 'SambaNova', U&'\C0BC\BC14\B178\BC14', 'company', NULL, NULL, NULL, 'sambanova.ai', true),
(82, 'Tenstorrent', U&'\D150\C2A4\D1A0\B80C\D2B8', 'company', NULL, NULL, NULL, 'tenstorrent.com', true),
(83, 'Sequoia Capital', U&'\C138\CFFC\C774\C544\CE90\D53C\D138', 'investor', NULL, NULL, NULL, 'sequoiacap.com', true),
(84, 'Andreessen Horowitz', U&'\C564\B4DC\B9AC\C2A8\D638\B85C\C704\CE20', 'investor', NULL, NULL, NULL, 'a16z.com', true),
(85, 'Thrive Capital', U&'\C2A4\B77C\C774\BE0C\CE90\D53C\D138', 'investor', NULL, NULL, NULL, 'thrivecap.com', true),
(86, 'Lightspeed Venture Partners', U&'\B77C\C774\D2B8\C2A4\D53C\B4DC', 'investor', NULL, NULL, NULL, 'lsvp.com', true),
(87, 'Tiger Global', U&'\D0C0\C774\AC70\AE00\B85C\BC8C', 'investor', NULL, NULL, NULL, 'tigerglobal.com', true),
(88, 'Menlo Ventures', U&'\BA58\B85C\BCA4\CC98\C2A4', 'investor', NULL, NULL, NULL, 'menlovc.com', true),
(89, 'Spark Capital', U&'\C2A4\D30C\D06C\CE90\D53C\D138', 'investor', NULL, NULL, NULL, 'sparkcapital.com', true),
(90, 'Khosla Ventures', U&'\CF54\C2AC\B77C\BCA4\CC98\C2A4', 'investor', NULL, NULL, NULL, 'khoslaventures.com', true),
(91, 'General Catalyst', U&'\C81C\B108\B7F4\CE90\D138\B9AC\C2A4\D2B8', 'investor', NULL, NULL, NULL, 'generalcatalyst.com', true),
(92, 'MGX', 'MGX', 'investor', NULL, NULL, NULL, 'mgx.ae', true),
(93, 'Microsoft Azure', U&'\C560\C800', 'product', NULL, NULL, 6, 'azure.microsoft.com', true),
(94, 'Google Cloud', U&'\AD6C\AE00 \D074\B77C\C6B0\B4DC', 'product', NULL, NULL, 3, 'cloud.google.com', true),
(95, 'ChatGPT', U&'\CC57GPT', 'product', NULL, NULL, 1, 'openai.com/chatgpt', true),
(96, 'GPT-4o', 'GPT-4o', 'ai_model', NULL, NULL, 1, 'openai.com', true),
(97, 'GPT-4', 'GPT-4', 'ai_model', NULL, NULL, 1, 'openai.com', true),
(98, 'GPT-5', 'GPT-5', 'ai_model', NULL, NULL, 1, 'openai.com', true),
(99, 'o1', 'o1', 'ai_model', NULL, NULL, 1, 'openai.com', true),
(100, 'Sora', U&'\C18C\B77C', 'product', NULL, NULL, 1, 'openai.com/sora', true),
(101, 'Claude', U&'\D074\B85C\B4DC', 'ai_model', NULL, NULL, 2, 'anthropic.com/claude', true),
(102, 'Gemini', U&'\C81C\BBF8\B098\C774', 'ai_model', NULL, NULL, 3, 'gemini.google.com', true),
(103, 'Llama', U&'\B77C\B9C8', 'ai_model', NULL, NULL, 7, 'llama.meta.com', true),
(104, 'Grok', U&'\ADF8\B85D', 'ai_model', NULL, NULL, 12, 'x.ai/grok', true),
(105, 'Copilot', U&'\CF54\D30C\C77C\B7FF', 'product', NULL, NULL, 6, 'copilot.microsoft.com', true),
(106, 'HyperCLOVA X', U&'\D558\C774\D37C\D074\B85C\BC14X', 'ai_model', NULL, NULL, 29, 'clova.ai', true),
(107, 'Exaone', U&'\C5D1\C0AC\C6D0', 'ai_model', NULL, NULL, 33, 'lgresearch.ai', true),
(108, 'Solar', U&'\C194\B77C', 'ai_model', NULL, NULL, 36, 'upstage.ai', true),
(109, 'Gauss', U&'\AC00\C6B0\C2A4', 'ai_model', NULL, NULL, 24, 'samsung.com', true),
(110, 'Mi:dm', U&'\BBFF\C74C', 'ai_model', NULL, NULL, 31, 'kt.com', true),
(111, 'A.', U&'\C5D0\C774\B2F7', 'product', NULL, NULL, 28, 'sktelecom.com', true),
(112, 'Kanana', U&'\CE74\B098\B098', 'ai_model', NULL, NULL, 30, 'kakaocorp.com', true),
(113, 'Qwen', U&'\D050\C6D0', 'ai_model', NULL, NULL, 18, 'qwenlm.github.io', true),
(114, 'Ernie', U&'\C5B4\B2C8', 'ai_model', NULL, NULL, 19, 'yiyan.baidu.com', true),
(115, 'Kimi', U&'\D0A4\BBF8', 'ai_model', NULL, NULL, 22, 'kimi.ai', true),
(116, 'DeepSeek-R1', U&'\B525\C2DC\D06C R1', 'ai_model', NULL, NULL, 17, 'deepseek.com', true),
(117, 'Blackwell', U&'\BE14\B799\C6F0', 'product', NULL, NULL, 11, 'nvidia.com', true),
(118, 'H100', 'H100', 'product', NULL, NULL, 11, 'nvidia.com', true),
(119, 'H200', 'H200', 'product', NULL, NULL, 11, 'nvidia.com', true),
(120, 'B200', 'B200', 'product', NULL, NULL, 11, 'nvidia.com', true),
(121, 'CUDA', U&'\CFE0\B2E4', 'product', NULL, NULL, 11, 'nvidia.com', true),
(122, 'HBM', 'HBM', 'product', NULL, NULL, NULL, 'jedec.org', true),
(123, 'Stargate', U&'\C2A4\D0C0\AC8C\C774\D2B8', 'product', NULL, NULL, 1, 'openai.com', true),
(124, 'RNGD', U&'\B808\B2C8\AC8C\C774\B4DC', 'product', NULL, NULL, 37, 'furiosa.ai', true),
(125, 'REBEL', U&'\B9AC\BCA8', 'product', NULL, NULL, 38, 'rebellions.ai', true),
(126, 'Gemma', U&'\C82C\B9C8', 'ai_model', NULL, NULL, 3, 'ai.google.dev', true),
(127, 'Phi', U&'\D30C\C774', 'ai_model', NULL, NULL, 6, 'microsoft.com', true),
(128, 'Mistral Large', U&'\BBF8\C2A4\D2B8\B784 \B77C\C9C0', 'ai_model', NULL, NULL, 14, 'mistral.ai', true),
(129, 'Nemotron', U&'\B124\BAA8\D2B8\B860', 'ai_model', NULL, NULL, 11, 'nvidia.com', true),
(130, 'Sam Altman', U&'\C0D8 \C62C\D2B8\BA3C', 'person', NULL, NULL, 1, 'openai.com', true),
(131, 'Dario Amodei', U&'\B2E4\B9AC\C624 \C544\BAA8\B370\C774', 'person', NULL, NULL, 2, 'anthropic.com', true),
(132, 'Jensen Huang', U&'\C820\C2A8 \D669', 'person', NULL, NULL, 11, 'nvidia.com', true),
(133, 'Elon Musk', U&'\C77C\B860 \BA38\C2A4\D06C', 'person', NULL, NULL, 12, 'x.ai', true),
(134, 'Satya Nadella', U&'\C0AC\D2F0\C544 \B098\B378\B77C', 'person', NULL, NULL, 6, 'microsoft.com', true),
(135, 'Sundar Pichai', U&'\C21C\B2E4\B974 \D53C\CC28\C774', 'person', NULL, NULL, 3, 'abc.xyz', true),
(136, 'Mark Zuckerberg', U&'\B9C8\D06C \C800\CEE4\BC84\ADF8', 'person', NULL, NULL, 7, 'about.meta.com', true),
(137, 'Masayoshi Son', U&'\C190\C815\C758', 'person', NULL, NULL, 51, 'group.softbank', true),
(138, 'Demis Hassabis', U&'\B370\BBF8\C2A4 \D5C8\C0AC\BE44\C2A4', 'person', NULL, NULL, 5, 'deepmind.google', true),
(139, 'Ilya Sutskever', U&'\C77C\B9AC\C57C \C218\CE20\CF00\BC84', 'person', NULL, NULL, 76, 'ssi.inc', true),
(140, 'Mira Murati', U&'\BBF8\B77C \BB34\B77C\D2F0', 'person', NULL, NULL, 77, 'thinkingmachines.ai', true),
(141, 'Lisa Su', U&'\B9AC\C0AC \C218', 'person', NULL, NULL, 54, 'amd.com', true),
(142, 'Ministry of Science and ICT', U&'\ACFC\D559\AE30\C220\C815\BCF4\D1B5\C2E0\BD80', 'government_body', NULL, NULL, NULL, 'msit.go.kr', true),
(143, 'Korea Fair Trade Commission', U&'\ACF5\C815\AC70\B798\C704\C6D0\D68C', 'government_body', NULL, NULL, NULL, 'ftc.go.kr', true),
(144, 'Financial Services Commission', U&'\AE08\C735\C704\C6D0\D68C', 'government_body', NULL, NULL, NULL, 'fsc.go.kr', true),
(145, 'US Department of Commerce', U&'\BBF8\AD6D \C0C1\BB34\BD80', 'government_body', NULL, NULL, NULL, 'commerce.gov', true),
(146, 'Federal Trade Commission', U&'\BBF8\AD6D \C5F0\BC29\AC70\B798\C704\C6D0\D68C', 'government_body', NULL, NULL, NULL, 'ftc.gov', true),
(147, 'European Commission', U&'\C720\B7FD\C5F0\D569 \C9D1\D589\C704\C6D0\D68C', 'government_body', NULL, NULL, NULL, 'commission.europa.eu', true),
(148, 'KAIST', U&'\CE74\C774\C2A4\D2B8', 'university', NULL, NULL, NULL, 'kaist.ac.kr', true),
(149, 'Seoul National University', U&'\C11C\C6B8\B300', 'university', NULL, NULL, NULL, 'snu.ac.kr', true),
(150, 'ETRI', U&'\D55C\AD6D\C804\C790\D1B5\C2E0\C5F0\AD6C\C6D0', 'research_lab', NULL, NULL, NULL, 'etri.re.kr', true),
(151, 'Korea Exchange', U&'\D55C\AD6D\AC70\B798\C18C', 'organisation', NULL, NULL, NULL, 'krx.co.kr', true),
(152, 'KOSDAQ', U&'\CF54\C2A4\B2E5', 'organisation', NULL, NULL, 151, 'krx.co.kr', true),
(153, 'KOSPI', U&'\CF54\C2A4\D53C', 'organisation', NULL, NULL, 151, 'krx.co.kr', true),
(154, 'Samsung Electro-Mechanics', U&'\C0BC\C131\C804\AE30', 'company', '009150', 'KRX', 25, 'samsungsem.com; KRX listing', true),
(155, 'Lunit', U&'\B8E8\B2DB', 'company', '328130', 'KRX', NULL, 'lunit.io; KRX listing', true),
(156, 'Vuno', U&'\BDF0\B178', 'company', '338220', 'KRX', NULL, 'vuno.co; KRX listing', true),
(157, 'Selvas AI', U&'\C140\BC14\C2A4AI', 'company', '108860', 'KRX', NULL, 'selvasai.com; KRX listing', true),
(158, 'Hancom', U&'\D55C\AE00\ACFC\CEF4\D4E8\D130', 'company', '030520', 'KRX', NULL, 'hancom.com; KRX listing', true),
(159, 'ESTsoft', U&'\C774\C2A4\D2B8\C18C\D504\D2B8', 'company', '047560', 'KRX', NULL, 'estsoft.com; KRX listing', true),
(160, 'Gaonchips', U&'\AC00\C628\CE69\C2A4', 'company', '399720', 'KRX', NULL, 'gaonchips.com; KRX listing', true),
(161, 'ADTechnology', U&'\C5D0\C774\B514\D14C\D06C\B180\B85C\C9C0', 'company', '200710', 'KRX', NULL, 'adtek.co.kr; KRX listing', true),
(162, 'OPENEDGES Technology', U&'\C624\D508\C5E3\C9C0\D14C\D06C\B180\B85C\C9C0', 'company', '394280', 'KRX', NULL, 'openedges.com; KRX listing', true),
(163, 'Isu Petasys', U&'\C774\C218\D398\D0C0\C2DC\C2A4', 'company', '007660', 'KRX', NULL, 'petasys.com; KRX listing', true),
(164, 'Flitto', U&'\D50C\B9AC\D1A0', 'company', '300080', 'KRX', NULL, 'flitto.com; KRX listing', true),
(165, 'Alchera', U&'\C54C\CCB4\B77C', 'company', '347860', 'KRX', NULL, 'alchera.ai; KRX listing', true),
(166, 'Deepnoid', U&'\B525\B178\C774\B4DC', 'company', '315640', 'KRX', NULL, 'deepnoid.com; KRX listing', true),
(167, 'JLK', U&'\C81C\C774\C5D8\CF00\C774', 'company', '322510', 'KRX', NULL, 'jlkgroup.com; KRX listing', true),
(168, 'Polaris Office', U&'\D3F4\B77C\B9AC\C2A4\C624\D53C\C2A4', 'company', '041020', 'KRX', NULL, 'polarisoffice.com; KRX listing', true),
(169, 'Wise iTech', U&'\C704\C138\C544\C774\D14D', 'company', '065370', 'KRX', NULL, 'wise.co.kr; KRX listing', true),
(170, 'Maum AI', U&'\B9C8\C74CAI', 'company', '377480', 'KRX', NULL, 'maum.ai; KRX listing', true),
(171, 'LG CNS', 'LG CNS', 'company', '064400', 'KRX', 32, 'lgcns.com; KRX listing', true),
(172, 'Moreh', U&'\BAA8\B808', 'company', NULL, NULL, NULL, 'moreh.io', true),
(173, 'Liner', U&'\B77C\C774\B108', 'company', NULL, NULL, NULL, 'getliner.com', true),
(174, 'Riiid', U&'\B93C\C774\B4DC', 'company', NULL, NULL, NULL, 'riiid.com', true),
(175, 'Allganize', U&'\C62C\AC70\B098\C774\C988', 'company', NULL, NULL, NULL, 'allganize.ai', true),
(176, '42dot', U&'\D3EC\D2F0\D22C\B2F7', 'company', NULL, NULL, 48, '42dot.ai', true),
(177, 'NC AI', U&'\C5D4\C528AI', 'company', NULL, NULL, 46, 'ncsoft.com', true),
(178, 'Kakao Brain', U&'\CE74\CE74\C624\BE0C\B808\C778', 'research_lab', NULL, NULL, 30, 'kakaobrain.com', true),
(179, 'Naver Cloud', U&'\B124\C774\BC84\D074\B77C\C6B0\B4DC', 'company', NULL, NULL, 29, 'navercloudcorp.com', true),
(180, 'Samsung Research', U&'\C0BC\C131\B9AC\C11C\CE58', 'research_lab', NULL, NULL, 24, 'research.samsung.com', true),
(181, 'Sony', U&'\C18C\B2C8', 'company', '6758', 'TSE', NULL, 'sony.com; TSE listing', true),
(182, 'Xiaomi', U&'\C0E4\C624\BBF8', 'company', '1810', 'HKEX', NULL, 'mi.com; HKEX listing', true),
(183, 'Huawei', U&'\D654\C6E8\C774', 'company', NULL, NULL, NULL, 'huawei.com', true),
(184, 'SMIC', 'SMIC', 'company', '0981', 'HKEX', NULL, 'smics.com; HKEX listing', true),
(185, 'Cisco', U&'\C2DC\C2A4\CF54', 'company', 'CSCO', 'NASDAQ', NULL, 'cisco.com; NASDAQ listing', true),
(186, 'Snowflake', U&'\C2A4\B178\C6B0\D50C\B808\C774\D06C', 'company', 'SNOW', 'NYSE', NULL, 'snowflake.com; NYSE listing', true),
(187, 'ServiceNow', U&'\C11C\BE44\C2A4\B098\C6B0', 'company', 'NOW', 'NYSE', NULL, 'servicenow.com; NYSE listing', true),
(188, 'Netflix', U&'\B137\D50C\B9AD\C2A4', 'company', 'NFLX', 'NASDAQ', NULL, 'netflix.com; NASDAQ listing', true),
(189, 'Uber', U&'\C6B0\BC84', 'company', 'UBER', 'NYSE', NULL, 'uber.com; NYSE listing', true),
(190, 'Waymo', U&'\C6E8\C774\BAA8', 'company', NULL, NULL, 4, 'waymo.com', true),
(191, 'Boston Dynamics', U&'\BCF4\C2A4\D134\B2E4\C774\B0B4\BBF9\C2A4', 'company', NULL, NULL, 48, 'bostondynamics.com', true),
(192, 'GitHub', U&'\AE43\D5C8\BE0C', 'product', NULL, NULL, 6, 'github.com', true),
(193, 'LinkedIn', U&'\B9C1\D06C\B4DC\C778', 'company', NULL, NULL, 6, 'linkedin.com', true),
(194, 'YouTube', U&'\C720\D29C\BE0C', 'product', NULL, NULL, 3, 'youtube.com', true),
(195, 'Instagram', U&'\C778\C2A4\D0C0\ADF8\B7A8', 'product', NULL, NULL, 7, 'instagram.com', true),
(196, 'WhatsApp', U&'\C653\CE20\C571', 'product', NULL, NULL, 7, 'whatsapp.com', true),
(197, 'Facebook', U&'\D398\C774\C2A4\BD81', 'product', NULL, NULL, 7, 'facebook.com', true),
(198, 'X (Twitter)', U&'\C5D1\C2A4', 'product', NULL, NULL, 12, 'x.com', true),
(199, 'Bing', U&'\BE59', 'product', NULL, NULL, 6, 'bing.com', true),
(200, 'Siri', U&'\C2DC\B9AC', 'product', NULL, NULL, 10, 'apple.com', true),
(201, 'Apple Intelligence', U&'\C560\D50C \C778\D154\B9AC\C804\C2A4', 'product', NULL, NULL, 10, 'apple.com', true),
(202, 'iPhone', U&'\C544\C774\D3F0', 'product', NULL, NULL, 10, 'apple.com', true),
(203, 'Galaxy', U&'\AC24\B7ED\C2DC', 'product', NULL, NULL, 24, 'samsung.com', true),
(204, 'Gemini Ultra', U&'\C81C\BBF8\B098\C774 \C6B8\D2B8\B77C', 'ai_model', NULL, NULL, 3, 'deepmind.google', true),
(205, 'Claude Opus', U&'\D074\B85C\B4DC \C624\D37C\C2A4', 'ai_model', NULL, NULL, 2, 'anthropic.com', true),
(206, 'Claude Sonnet', U&'\D074\B85C\B4DC \C18C\B124\D2B8', 'ai_model', NULL, NULL, 2, 'anthropic.com', true),
(207, 'DALL-E', U&'\B2EC\B9AC', 'ai_model', NULL, NULL, 1, 'openai.com', true),
(208, 'Whisper', U&'\C704\C2A4\D37C', 'ai_model', NULL, NULL, 1, 'openai.com', true),
(209, 'Veo', U&'\BE44\C624', 'ai_model', NULL, NULL, 3, 'deepmind.google', true),
(210, 'Imagen', U&'\C774\B9C8\C820', 'ai_model', NULL, NULL, 3, 'deepmind.google', true),
(211, 'TPU', 'TPU', 'product', NULL, NULL, 3, 'cloud.google.com/tpu', true),
(212, 'Trainium', U&'\D2B8\B808\C774\B2C8\C5C4', 'product', NULL, NULL, 8, 'aws.amazon.com', true),
(213, 'Maia', U&'\B9C8\C774\C544', 'product', NULL, NULL, 6, 'microsoft.com', true),
(214, 'Gaudi', U&'\AC00\C6B0\B514', 'product', NULL, NULL, 55, 'intel.com', true),
(215, 'Instinct', U&'\C778\C2A4\D305\D2B8', 'product', NULL, NULL, 54, 'amd.com', true),
(216, 'Dojo', U&'\B3C4\C870', 'product', NULL, NULL, 13, 'tesla.com', true),
(217, 'Optimus', U&'\C635\D2F0\BA38\C2A4', 'product', NULL, NULL, 13, 'tesla.com', true),
(218, 'Jetson', U&'\C82F\C2A8', 'product', NULL, NULL, 11, 'nvidia.com', true),
(219, 'Rubin', U&'\B8E8\BE48', 'product', NULL, NULL, 11, 'nvidia.com', true),
(220, 'DGX', 'DGX', 'product', NULL, NULL, 11, 'nvidia.com', true),
(221, 'United States', U&'\BBF8\AD6D', 'country', NULL, NULL, NULL, 'ISO 3166-1', true),
(222, 'China', U&'\C911\AD6D', 'country', NULL, NULL, NULL, 'ISO 3166-1', true),
(223, 'South Korea', U&'\D55C\AD6D', 'country', NULL, NULL, NULL, 'ISO 3166-1', true),
(224, 'Japan', U&'\C77C\BCF8', 'country', NULL, NULL, NULL, 'ISO 3166-1', true),
(225, 'Taiwan', U&'\B300\B9CC', 'country', NULL, NULL, NULL, 'ISO 3166-1', true),
(226, 'European Union', U&'\C720\B7FD\C5F0\D569', 'country', NULL, NULL, NULL, 'ISO 3166-1', true),
(227, 'United Arab Emirates', U&'\C544\B78D\C5D0\BBF8\B9AC\D2B8', 'country', NULL, NULL, NULL, 'ISO 3166-1', true),
(228, 'Saudi Arabia', U&'\C0AC\C6B0\B514\C544\B77C\BE44\C544', 'country', NULL, NULL, NULL, 'ISO 3166-1', true),
(229, 'France', U&'\D504\B791\C2A4', 'country', NULL, NULL, NULL, 'ISO 3166-1', true),
(230, 'United Kingdom', U&'\C601\AD6D', 'country', NULL, NULL, NULL, 'ISO 3166-1', true),
(231, 'India', U&'\C778\B3C4', 'country', NULL, NULL, NULL, 'ISO 3166-1', true),
(232, 'Germany', U&'\B3C5\C77C', 'country', NULL, NULL, NULL, 'ISO 3166-1', true),
(233, 'G42', 'G42', 'company', NULL, NULL, NULL, 'g42.ai', true),
(234, 'Aleph Alpha', U&'\C54C\B808\D504\C54C\D30C', 'company', NULL, NULL, NULL, 'aleph-alpha.com', true),
(235, 'AI21 Labs', U&'AI21\B7A9\C2A4', 'company', NULL, NULL, NULL, 'ai21.com', true),
(236, 'Reka AI', U&'\B808\CE74AI', 'company', NULL, NULL, NULL, 'reka.ai', true),
(237, 'Sakana AI', U&'\C0AC\CE74\B098AI', 'company', NULL, NULL, NULL, 'sakana.ai', true),
(238, 'Preferred Networks', U&'\D504\B9AC\D37C\B4DC\B124\D2B8\C6CD\C2A4', 'company', NULL, NULL, NULL, 'preferred.jp', true),
(239, 'MiniMax', U&'\BBF8\B2C8\B9E5\C2A4', 'company', NULL, NULL, NULL, 'minimaxi.com', true),
(240, 'Baichuan', U&'\BC14\C774\CD28', 'company', NULL, NULL, NULL, 'baichuan-ai.com', true),
(241, '01.AI', '01.AI', 'company', NULL, NULL, NULL, '01.ai', true),
(242, 'StepFun', U&'\C2A4\D15D\D380', 'company', NULL, NULL, NULL, 'stepfun.com', true),
(243, 'Unitree', U&'\C720\B2C8\D2B8\B9AC', 'company', NULL, NULL, NULL, 'unitree.com', true),
(244, 'Physical Intelligence', U&'\D53C\C9C0\CEEC\C778\D154\B9AC\C804\C2A4', 'company', NULL, NULL, NULL, 'physicalintelligence.company', true),
(245, 'Anysphere', U&'\C560\B2C8\C2A4\D53C\C5B4', 'company', NULL, NULL, NULL, 'anysphere.inc', true),
(246, 'Cognition', U&'\CF54\ADF8\B2C8\C158', 'company', NULL, NULL, NULL, 'cognition.ai', true),
(247, 'Harvey', U&'\D558\BE44', 'company', NULL, NULL, NULL, 'harvey.ai', true),
(248, 'Glean', U&'\AE00\B9B0', 'company', NULL, NULL, NULL, 'glean.com', true),
(249, 'ElevenLabs', U&'\C77C\B808\BE10\B7A9\C2A4', 'company', NULL, NULL, NULL, 'elevenlabs.io', true),
(250, 'Synthesia', U&'\C2E0\C2DC\C544', 'company', NULL, NULL, NULL, 'synthesia.io', true),
(251, 'Pika', U&'\D53C\CE74', 'company', NULL, NULL, NULL, 'pika.art', true),
(252, 'Luma AI', U&'\B8E8\B9C8AI', 'company', NULL, NULL, NULL, 'lumalabs.ai', true),
(253, 'Suno', U&'\C218\B178', 'company', NULL, NULL, NULL, 'suno.com', true),
(254, 'Poolside', U&'\D480\C0AC\C774\B4DC', 'company', NULL, NULL, NULL, 'poolside.ai', true),
(255, 'Magic', U&'\B9E4\C9C1', 'company', NULL, NULL, NULL, 'magic.dev', true),
(256, 'Lambda', U&'\B78C\B2E4', 'company', NULL, NULL, NULL, 'lambdalabs.com', true),
(257, 'Crusoe', U&'\D06C\B8E8\C18C', 'company', NULL, NULL, NULL, 'crusoe.ai', true),
(258, 'Nebius', U&'\B124\BE44\C6B0\C2A4', 'company', 'NBIS', 'NASDAQ', NULL, 'nebius.com; NASDAQ listing', true),
(259, 'Equinix', U&'\C5D0\D034\B2C9\C2A4', 'company', 'EQIX', 'NASDAQ', NULL, 'equinix.com; NASDAQ listing', true),
(260, 'Vertiv', U&'\BC84\D2F0\BE0C', 'company', 'VRT', 'NYSE', NULL, 'vertiv.com; NYSE listing', true),
(261, 'Foxconn', U&'\D3ED\C2A4\CF58', 'company', NULL, NULL, NULL, 'foxconn.com', true),
(262, 'Samsung Foundry', U&'\C0BC\C131 \D30C\C6B4\B4DC\B9AC', 'company', NULL, NULL, 24, 'samsungfoundry.com', true),
(263, 'GlobalFoundries', U&'\AE00\B85C\BC8C\D30C\C6B4\B4DC\B9AC\C2A4', 'company', 'GFS', 'NASDAQ', NULL, 'gf.com; NASDAQ listing', true),
(264, 'Applied Materials', U&'\C5B4\D50C\B77C\C774\B4DC\BA38\D2F0\B9AC\C5BC\C988', 'company', 'AMAT', 'NASDAQ', NULL, 'appliedmaterials.com; NASDAQ listing', true),
(265, 'Lam Research', U&'\B7A8\B9AC\C11C\CE58', 'company', 'LRCX', 'NASDAQ', NULL, 'lamresearch.com; NASDAQ listing', true),
(266, 'Tokyo Electron', U&'\B3C4\CFC4\C77C\B809\D2B8\B860', 'company', '8035', 'TSE', NULL, 'tel.com; TSE listing', true),
(267, 'Marvell', U&'\B9C8\BCA8', 'company', 'MRVL', 'NASDAQ', NULL, 'marvell.com; NASDAQ listing', true),
(268, 'Synopsys', U&'\C2DC\B189\C2DC\C2A4', 'company', 'SNPS', 'NASDAQ', NULL, 'synopsys.com; NASDAQ listing', true),
(269, 'Cadence', U&'\CF00\C774\B358\C2A4', 'company', 'CDNS', 'NASDAQ', NULL, 'cadence.com; NASDAQ listing', true),
(270, 'Mobileye', U&'\BAA8\BE4C\C544\C774', 'company', 'MBLY', 'NASDAQ', 55, 'mobileye.com; NASDAQ listing', true),
(271, 'Samsung Biologics', U&'\C0BC\C131\BC14\C774\C624\B85C\C9C1\C2A4', 'company', '207940', 'KRX', 25, 'samsungbiologics.com; KRX listing', true),
(272, 'Hanwha', U&'\D55C\D654', 'company', '000880', 'KRX', NULL, 'hanwha.com; KRX listing', true),
(273, 'Doosan', U&'\B450\C0B0', 'company', '000150', 'KRX', NULL, 'doosan.com; KRX listing', true),
(274, 'Lotte', U&'\B86F\B370', 'company', NULL, NULL, NULL, 'lotte.co.kr', true),
(275, 'CJ', 'CJ', 'company', '001040', 'KRX', NULL, 'cj.net; KRX listing', true),
(276, 'Kakao Bank', U&'\CE74\CE74\C624\BC45\D06C', 'company', '323410', 'KRX', 30, 'kakaobank.com; KRX listing', true),
(277, 'Coupang', U&'\CFE0\D321', 'company', 'CPNG', 'NYSE', NULL, 'coupang.com; NYSE listing', true),
(278, 'Krafton AI', U&'\D06C\B798\D504\D1A4 AI', 'research_lab', NULL, NULL, 47, 'krafton.com', true),
(279, 'Samsung Ventures', U&'\C0BC\C131\BCA4\CC98\D22C\C790', 'investor', NULL, NULL, 25, 'samsungnext.com', true),
(280, 'Korea Development Bank', U&'\C0B0\C5C5\C740\D589', 'investor', NULL, NULL, NULL, 'kdb.co.kr', true),
(281, 'Korea Investment Partners', U&'\D55C\AD6D\D22C\C790\D30C\D2B8\B108\C2A4', 'investor', NULL, NULL, NULL, 'kipvc.com', true),
(282, 'KB Investment', U&'KB\C778\BCA0\C2A4\D2B8\BA3C\D2B8', 'investor', NULL, NULL, NULL, 'kbic.co.kr', true),
(283, 'Mirae Asset', U&'\BBF8\B798\C5D0\C14B', 'investor', NULL, NULL, NULL, 'miraeasset.com', true),
(284, 'Temasek', U&'\D14C\B9C8\C139', 'investor', NULL, NULL, NULL, 'temasek.com.sg', true),
(285, 'GIC', 'GIC', 'investor', NULL, NULL, NULL, 'gic.com.sg', true),
(286, 'Saudi PIF', U&'\C0AC\C6B0\B514 \AD6D\BD80\D380\B4DC', 'investor', NULL, NULL, NULL, 'pif.gov.sa', true),
(287, 'Mubadala', U&'\BB34\BC14\B2EC\B77C', 'investor', NULL, NULL, NULL, 'mubadala.com', true),
(288, 'BlackRock', U&'\BE14\B799\B85D', 'investor', 'BLK', 'NYSE', NULL, 'blackrock.com; NYSE listing', true),
(289, 'Fidelity', U&'\D53C\B378\B9AC\D2F0', 'investor', NULL, NULL, NULL, 'fidelity.com', true),
(290, 'T. Rowe Price', U&'\D2F0\B85C\C6B0\D504\B77C\C774\C2A4', 'investor', NULL, NULL, NULL, 'troweprice.com', true),
(291, 'Goldman Sachs', U&'\ACE8\B4DC\B9CC\C0AD\C2A4', 'investor', 'GS', 'NYSE', NULL, 'goldmansachs.com; NYSE listing', true),
(292, 'Morgan Stanley', U&'\BAA8\AC74\C2A4\D0E0\B9AC', 'investor', 'MS', 'NYSE', NULL, 'morganstanley.com; NYSE listing', true),
(293, 'JPMorgan', U&'JP\BAA8\AC74', 'investor', 'JPM', 'NYSE', NULL, 'jpmorganchase.com; NYSE listing', true),
(294, 'Bloomberg', U&'\BE14\B8F8\BC84\ADF8', 'organisation', NULL, NULL, NULL, 'bloomberg.com', true),
(295, 'Reuters', U&'\B85C\C774\D130', 'organisation', NULL, NULL, NULL, 'reuters.com', true),
(296, 'The Information', U&'\B514\C778\D3EC\BA54\C774\C158', 'organisation', NULL, NULL, NULL, 'theinformation.com', true),
(297, 'Wall Street Journal', U&'\C6D4\C2A4\D2B8\B9AC\D2B8\C800\B110', 'organisation', NULL, NULL, NULL, 'wsj.com', true),
(298, 'Financial Times', U&'\D30C\C774\B0B8\C15C\D0C0\C784\C2A4', 'organisation', NULL, NULL, NULL, 'ft.com', true),
(299, 'CNBC', 'CNBC', 'organisation', NULL, NULL, NULL, 'cnbc.com', true),
(300, 'Yonhap', U&'\C5F0\D569\B274\C2A4', 'organisation', NULL, NULL, NULL, 'yna.co.kr', true),
(301, 'Gartner', U&'\AC00\D2B8\B108', 'organisation', NULL, NULL, NULL, 'gartner.com', true),
(302, 'IDC', 'IDC', 'organisation', NULL, NULL, NULL, 'idc.com', true),
(303, 'TrendForce', U&'\D2B8\B80C\B4DC\D3EC\C2A4', 'organisation', NULL, NULL, NULL, 'trendforce.com', true),
(304, 'Counterpoint Research', U&'\CE74\C6B4\D130\D3EC\C778\D2B8\B9AC\C11C\CE58', 'organisation', NULL, NULL, NULL, 'counterpointresearch.com', true),
(305, 'Stanford HAI', U&'\C2A4\D0E0\D37C\B4DC HAI', 'research_lab', NULL, NULL, NULL, 'hai.stanford.edu', true),
(306, 'MIT', 'MIT', 'university', NULL, NULL, NULL, 'mit.edu', true),
(307, 'Stanford University', U&'\C2A4\D0E0\D37C\B4DC\B300', 'university', NULL, NULL, NULL, 'stanford.edu', true),
(308, 'Tsinghua University', U&'\CE6D\D654\B300', 'university', NULL, NULL, NULL, 'tsinghua.edu.cn', true),
(309, 'POSTECH', U&'\D3EC\C2A4\D14D', 'university', NULL, NULL, NULL, 'postech.ac.kr', true),
(310, 'Yonsei University', U&'\C5F0\C138\B300', 'university', NULL, NULL, NULL, 'yonsei.ac.kr', true),
(311, 'KT&G', 'KT&G', 'company', '033780', 'KRX', NULL, 'ktng.com; KRX listing', true);
INSERT INTO @extschema@.entity_alias (alias, entity_id, ambiguous, compound, builtin) VALUES
(U&'\C624\D508AI', 1, false, true, true),
('OpenAI', 1, false, false, true),
(U&'\C624\D508\C5D0\C774\C544\C774', 1, false, false, true),
(U&'\C564\D2B8\B85C\D53D', 2, false, false, true),
('Anthropic', 2, false, false, true),
(U&'\C5D4\D2B8\B85C\D53D', 2, false, false, true),
(U&'\AD6C\AE00', 3, false, false, true),
('Google', 3, false, false, true),
(U&'\C54C\D30C\BCB3', 4, true, false, true),
('Alphabet', 4, false, false, true),
(U&'\B525\B9C8\C778\B4DC', 5, false, false, true),
('DeepMind', 5, false, false, true),
(U&'\AD6C\AE00 \B525\B9C8\C778\B4DC', 5, false, false, true),
(U&'\AD6C\AE00\B525\B9C8\C778\B4DC', 5, false, false, true),
(U&'\B9C8\C774\D06C\B85C\C18C\D504\D2B8', 6, false, true, true),
('MS', 6, false, false, true),
('Microsoft', 6, false, false, true),
(U&'\BA54\D0C0', 7, true, false, true),
(U&'\BA54\D0C0\D50C\B7AB\D3FC', 7, false, false, true),
(U&'\BA54\D0C0\D50C\B7AB\D3FC\C2A4', 7, false, false, true),
('Meta Platforms', 7, false, false, true),
('Meta', 7, false, false, true),
(U&'\C544\B9C8\C874', 8, true, false, true),
('Amazon', 8, false, false, true),
(U&'\C544\B9C8\C874\B2F7\CEF4', 8, false, false, true),
('AWS', 9, false, false, true),
(U&'\C544\B9C8\C874\C6F9\C11C\BE44\C2A4', 9, false, false, true),
(U&'\C544\B9C8\C874 \C6F9 \C11C\BE44\C2A4', 9, false, false, true),
(U&'\C560\D50C', 10, true, false, true),
('Apple', 10, false, false, true),
(U&'\C5D4\BE44\B514\C544', 11, false, true, true),
('Nvidia', 11, false, false, true),
('NVIDIA', 11, false, false, true),
('xAI', 12, false, false, true),
(U&'\C5D1\C2A4AI', 12, false, false, true),
(U&'\C5D1\C2A4\C5D0\C774\C544\C774', 12, false, false, true),
(U&'\D14C\C2AC\B77C', 13, false, false, true),
('Tesla', 13, false, false, true),
(U&'\BBF8\C2A4\D2B8\B784AI', 14, false, false, true),
(U&'\BBF8\C2A4\D2B8\B784', 14, false, false, true),
('Mistral AI', 14, false, false, true),
('Mistral', 14, false, false, true),
(U&'\CF54\D788\C5B4', 15, false, false, true),
('Cohere', 15, false, false, true),
(U&'\D37C\D50C\B809\C2DC\D2F0', 16, false, false, true),
('Perplexity', 16, false, false, true),
(U&'\B525\C2DC\D06C', 17, false, false, true),
('DeepSeek', 17, false, false, true),
(U&'\C54C\B9AC\BC14\BC14', 18, false, false, true),
('Alibaba', 18, false, false, true),
(U&'\BC14\C774\B450', 19, false, false, true),
('Baidu', 19, false, false, true),
(U&'\D150\C13C\D2B8', 20, false, false, true),
('Tencent', 20, false, false, true),
(U&'\BC14\C774\D2B8\B304\C2A4', 21, false, false, true),
('ByteDance', 21, false, false, true),
(U&'\BB38\C0F7AI', 22, false, false, true),
(U&'\BB38\C0F7', 22, false, false, true),
('Moonshot AI', 22, false, false, true),
(U&'\C988\D478AI', 23, false, false, true),
(U&'\C988\D478', 23, false, false, true),
('Zhipu AI', 23, false, false, true),
(U&'\C9C0\D478AI', 23, false, false, true),
(U&'\C0BC\C131\C804\C790', 24, false, false, true),
('Samsung Electronics', 24, false, false, true),
(U&'\C0BC\C131', 25, false, false, true),
(U&'\C0BC\C131\ADF8\B8F9', 25, false, false, true),
('Samsung', 25, false, false, true),
(U&'SK\D558\C774\B2C9\C2A4', 26, false, false, true),
(U&'\D558\C774\B2C9\C2A4', 26, false, false, true),
('SK hynix', 26, false, false, true),
(U&'\C5D0\C2A4\CF00\C774\D558\C774\B2C9\C2A4', 26, false, false, true),
('SK', 27, false, false, true),
(U&'SK\ADF8\B8F9', 27, false, false, true),
(U&'\C5D0\C2A4\CF00\C774', 27, false, false, true),
(U&'SK\D154\B808\CF64', 28, false, false, true),
('SKT', 28, false, false, true),
(U&'\C5D0\C2A4\CF00\C774\D154\B808\CF64', 28, false, false, true),
(U&'\B124\C774\BC84', 29, false, false, true),
('Naver', 29, false, false, true),
('NAVER', 29, false, false, true),
(U&'\CE74\CE74\C624', 30, false, false, true),
('Kakao', 30, false, false, true),
('KT', 31, false, false, true),
(U&'\CF00\C774\D2F0', 31, false, false, true),
('LG', 32, false, false, true),
(U&'\C5D8\C9C0', 32, false, false, true),
(U&'LG\ADF8\B8F9', 32, false, false, true),
(U&'LG AI\C5F0\AD6C\C6D0', 33, false, false, true),
(U&'LG AI \C5F0\AD6C\C6D0', 33, false, false, true),
(U&'\C5D8\C9C0AI\C5F0\AD6C\C6D0', 33, false, false, true),
(U&'LG\C804\C790', 34, false, false, true),
(U&'\C5D8\C9C0\C804\C790', 34, false, false, true),
(U&'LG\C720\D50C\B7EC\C2A4', 35, false, false, true),
('LGU+', 35, false, false, true),
(U&'\C5D8\C9C0\C720\D50C\B7EC\C2A4', 35, false, false, true),
(U&'\C5C5\C2A4\D14C\C774\C9C0', 36, false, false, true),
('Upstage', 36, false, false, true),
(U&'\D4E8\B9AC\C624\C0ACAI', 37, false, false, true),
(U&'\D4E8\B9AC\C624\C0AC', 37, false, false, true),
('FuriosaAI', 37, false, false, true),
(U&'\B9AC\BCA8\B9AC\C628', 38, false, false, true),
('Rebellions', 38, false, false, true),
(U&'\C0AC\D53C\C628', 39, false, false, true),
('Sapeon', 39, false, false, true),
(U&'\B525\C5D1\C2A4', 40, false, false, true),
('DeepX', 40, false, false, true),
(U&'\D2B8\C6F0\BE0C\B7A9\C2A4', 41, false, false, true),
('Twelve Labs', 41, false, false, true),
('TwelveLabs', 41, false, false, true),
(U&'\C194\D2B8\B8E9\C2A4', 42, false, false, true),
('Saltlux', 42, false, false, true),
(U&'\CF54\B09C\D14C\D06C\B180\B85C\C9C0', 43, false, false, true),
('Konan Technology', 43, false, false, true),
(U&'\D55C\BBF8\BC18\B3C4\CCB4', 44, false, false, true),
(U&'\C0BC\C131SDS', 45, false, false, true),
(U&'\C0BC\C131\C5D0\C2A4\B514\C5D0\C2A4', 45, false, false, true),
(U&'\C5D4\C528\C18C\D504\D2B8', 46, false, false, true),
(U&'NC\C18C\D504\D2B8', 46, false, false, true),
(U&'\C5D4\C528', 46, false, false, true),
(U&'\D06C\B798\D504\D1A4', 47, false, false, true),
('Krafton', 47, false, false, true),
(U&'\D604\B300\CC28', 48, false, false, true),
(U&'\D604\B300\C790\B3D9\CC28', 48, false, false, true),
('Hyundai Motor', 48, false, false, true),
(U&'\B93C\D2BC', 49, false, false, true),
(U&'\B93C\D2BC\D14C\D06C\B180\B85C\C9C0\C2A4', 49, false, false, true),
('Wrtn', 49, false, false, true),
(U&'\C2A4\CE90\D130\B7A9', 50, false, false, true),
('Scatter Lab', 50, false, false, true),
(U&'\C18C\D504\D2B8\BC45\D06C', 51, false, false, true),
(U&'\C18C\D504\D2B8\BC45\D06C\ADF8\B8F9', 51, false, false, true),
('SoftBank', 51, false, false, true),
('Arm', 52, false, false, true),
('ARM', 52, false, false, true),
(U&'\C554\D640\B529\C2A4', 52, false, false, true),
('Arm Holdings', 52, false, false, true),
('TSMC', 53, false, false, true),
(U&'\B300\B9CC TSMC', 53, false, false, true),
(U&'\D0C0\C774\C644\BC18\B3C4\CCB4', 53, false, false, true),
('AMD', 54, false, false, true),
(U&'\C5D0\C774\C5E0\B514', 54, false, false, true),
(U&'\C778\D154', 55, false, false, true),
('Intel', 55, false, false, true),
(U&'\BE0C\B85C\B4DC\CEF4', 56, false, false, true),
('Broadcom', 56, false, false, true),
(U&'\D004\CEF4', 57, false, false, true),
('Qualcomm', 57, false, false, true),
(U&'\B9C8\C774\D06C\B860', 58, false, false, true),
('Micron', 58, false, false, true),
('ASML', 59, false, false, true),
(U&'\C624\B77C\D074', 60, false, false, true),
('Oracle', 60, false, false, true),
('IBM', 61, false, false, true),
(U&'\C138\C77C\C988\D3EC\C2A4', 62, false, false, true),
('Salesforce', 62, false, false, true),
(U&'\D314\B780\D2F0\C5B4', 63, false, false, true),
('Palantir', 63, false, false, true),
(U&'\C288\D37C\B9C8\C774\D06C\B85C', 64, false, false, true),
(U&'\C288\D37C\B9C8\C774\D06C\B85C\CEF4\D4E8\D130', 64, false, false, true),
('Supermicro', 64, false, false, true),
(U&'\CF54\C5B4\C704\BE0C', 65, false, false, true),
('CoreWeave', 65, false, false, true),
(U&'\B378\D14C\D06C\B180\B85C\C9C0\C2A4', 66, false, false, true),
('Dell', 66, false, false, true),
(U&'\C5B4\B3C4\BE44', 67, false, false, true),
('Adobe', 67, false, false, true),
(U&'\C2A4\CF00\C77CAI', 68, false, false, true),
('Scale AI', 68, false, false, true),
(U&'\B370\C774\D130\BE0C\B9AD\C2A4', 69, false, false, true),
('Databricks', 69, false, false, true),
(U&'\D5C8\AE45\D398\C774\C2A4', 70, false, false, true),
('Hugging Face', 70, false, false, true),
('HuggingFace', 70, false, false, true),
(U&'\C2A4\D0DC\BE4C\B9AC\D2F0AI', 71, false, false, true),
('Stability AI', 71, false, false, true),
(U&'\BBF8\B4DC\C800\B2C8', 72, false, false, true),
('Midjourney', 72, false, false, true),
(U&'\B7F0\C6E8\C774', 73, true, false, true),
('Runway', 73, false, false, true),
(U&'\CE90\B9AD\D130AI', 74, false, false, true),
(U&'\CE90\B9AD\D130\B2F7AI', 74, false, false, true),
('Character.AI', 74, false, false, true),
(U&'\C778\D50C\B809\C158AI', 75, false, false, true),
('Inflection AI', 75, false, false, true),
('SSI', 76, false, false, true),
(U&'\C138\C774\D504 \C288\D37C\C778\D154\B9AC\C804\C2A4', 76, false, false, true),
('Safe Superintelligence', 76, false, false, true),
(U&'\C2F1\D0B9\BA38\C2E0\C2A4\B7A9', 77, false, false, true),
(U&'\C2F1\D0B9 \BA38\C2E0\C2A4 \B7A9', 77, false, false, true),
('Thinking Machines Lab', 77, false, false, true),
(U&'\D53C\ADDC\C5B4AI', 78, false, false, true),
('Figure AI', 78, false, false, true),
(U&'\C138\B808\BE0C\B77C\C2A4', 79, false, false, true),
('Cerebras', 79, false, false, true),
(U&'\ADF8\B85C\D06C', 80, false, false, true),
('Groq', 80, false, false, true),
(U&'\C0BC\BC14\B178\BC14', 81, false, false, true),
('SambaNova', 81, false, false, true),
(U&'\D150\C2A4\D1A0\B80C\D2B8', 82, false, false, true),
('Tenstorrent', 82, false, false, true),
(U&'\C138\CFFC\C774\C544\CE90\D53C\D138', 83, false, false, true),
(U&'\C138\CFFC\C774\C544', 83, false, false, true),
('Sequoia Capital', 83, false, false, true),
('Sequoia', 83, false, false, true),
(U&'\C564\B4DC\B9AC\C2A8\D638\B85C\C704\CE20', 84, false, false, true),
('a16z', 84, false, false, true),
(U&'\C548\B4DC\B808\C13C \D638\B85C\C704\CE20', 84, false, false, true),
(U&'\C2A4\B77C\C774\BE0C\CE90\D53C\D138', 85, false, false, true),
('Thrive Capital', 85, false, false, true),
(U&'\B77C\C774\D2B8\C2A4\D53C\B4DC\BCA4\CC98\D30C\D2B8\B108\C2A4', 86, false, false, true),
(U&'\B77C\C774\D2B8\C2A4\D53C\B4DC', 86, false, false, true),
('Lightspeed', 86, false, false, true),
(U&'\D0C0\C774\AC70\AE00\B85C\BC8C', 87, false, false, true),
('Tiger Global', 87, false, false, true),
(U&'\BA58\B85C\BCA4\CC98\C2A4', 88, false, false, true),
('Menlo Ventures', 88, false, false, true),
(U&'\C2A4\D30C\D06C\CE90\D53C\D138', 89, false, false, true),
('Spark Capital', 89, false, false, true),
(U&'\CF54\C2AC\B77C\BCA4\CC98\C2A4', 90, false, false, true),
('Khosla Ventures', 90, false, false, true),
(U&'\C81C\B108\B7F4\CE90\D138\B9AC\C2A4\D2B8', 91, false, false, true),
('General Catalyst', 91, false, false, true),
('MGX', 92, false, false, true),
(U&'\C560\C800', 93, false, false, true),
('Azure', 93, false, false, true),
(U&'\B9C8\C774\D06C\B85C\C18C\D504\D2B8 \C560\C800', 93, false, false, true),
('Microsoft Azure', 93, false, false, true),
(U&'\AD6C\AE00 \D074\B77C\C6B0\B4DC', 94, false, false, true),
(U&'\AD6C\AE00\D074\B77C\C6B0\B4DC', 94, false, false, true),
('Google Cloud', 94, false, false, true),
(U&'\CC57GPT', 95, false, true, true),
('ChatGPT', 95, false, false, true),
(U&'\CCC7GPT', 95, false, false, true),
(U&'\CC57\C9C0\D53C\D2F0', 95, false, false, true),
('GPT-4o', 96, false, false, true),
('GPT-4', 97, false, false, true),
('GPT-5', 98, false, false, true),
('OpenAI o1', 99, false, false, true),
(U&'o1 \BAA8\B378', 99, false, false, true),
(U&'\C18C\B77C', 100, true, false, true),
('Sora', 100, false, false, true),
(U&'\D074\B85C\B4DC', 101, true, false, true),
('Claude', 101, false, false, true),
(U&'\C81C\BBF8\B098\C774', 102, false, false, true),
('Gemini', 102, false, false, true),
(U&'\C81C\BBF8\B2C8', 102, false, false, true),
(U&'\B77C\B9C8', 103, true, false, true),
('Llama', 103, false, false, true),
('LLaMA', 103, false, false, true),
(U&'\ADF8\B85D', 104, false, false, true),
('Grok', 104, false, false, true),
(U&'\CF54\D30C\C77C\B7FF', 105, false, false, true),
('Copilot', 105, false, false, true),
(U&'\D558\C774\D37C\D074\B85C\BC14X', 106, false, false, true),
(U&'\D558\C774\D37C\D074\B85C\BC14 X', 106, false, false, true),
('HyperCLOVA X', 106, false, false, true),
(U&'\D558\C774\D37C\D074\B85C\BC14', 106, false, false, true),
(U&'\C5D1\C0AC\C6D0', 107, false, false, true),
('EXAONE', 107, false, false, true),
(U&'\C194\B77C \D504\B85C', 108, false, false, true),
('Solar Pro', 108, false, false, true),
(U&'\C194\B77C LLM', 108, false, false, true),
(U&'\C0BC\C131 \AC00\C6B0\C2A4', 109, false, false, true),
('Samsung Gauss', 109, false, false, true),
(U&'\BBFF:\C74C', 110, false, false, true),
('Mi:dm', 110, false, false, true),
(U&'\C5D0\C774\B2F7', 111, false, false, true),
(U&'A.(\C5D0\C774\B2F7)', 111, false, false, true),
(U&'\CE74\B098\B098', 112, false, false, true),
('Kanana', 112, false, false, true),
(U&'\D050\C6D0', 113, false, false, true),
('Qwen', 113, false, false, true),
(U&'\D1B5\C774\CE58\C5D4\C6D0', 113, false, false, true),
(U&'\D241\C774\CCB8\C6D0', 113, false, false, true),
(U&'\C5B4\B2C8\BD07', 114, false, false, true),
('ERNIE', 114, false, false, true),
('Ernie Bot', 114, false, false, true),
(U&'\D0A4\BBF8', 115, false, false, true),
('Kimi', 115, false, false, true),
(U&'\B525\C2DC\D06C R1', 116, false, false, true),
(U&'\B525\C2DC\D06C-R1', 116, false, false, true),
('DeepSeek-R1', 116, false, false, true),
(U&'\BE14\B799\C6F0', 117, false, false, true),
('Blackwell', 117, false, false, true),
('H100', 118, false, false, true),
('H200', 119, false, false, true),
('B200', 120, false, false, true),
('CUDA', 121, false, false, true),
(U&'\CFE0\B2E4', 121, false, false, true),
('HBM', 122, false, false, true),
(U&'\ACE0\B300\C5ED\D3ED\BA54\BAA8\B9AC', 122, false, false, true),
(U&'\C2A4\D0C0\AC8C\C774\D2B8', 123, false, false, true),
('Stargate', 123, false, false, true),
(U&'\B808\B2C8\AC8C\C774\B4DC', 124, false, false, true),
('RNGD', 124, false, false, true),
(U&'\B9AC\BCA8 \CFFC\B4DC', 125, false, false, true),
('REBEL-Quad', 125, false, false, true),
(U&'\B9AC\BCA8\B9AC\C628 \C544\D1B0', 125, false, false, true),
(U&'\C82C\B9C8', 126, false, false, true),
('Gemma', 126, false, false, true),
('Phi-3', 127, false, false, true),
('Phi-4', 127, false, false, true),
(U&'\BBF8\C2A4\D2B8\B784 \B77C\C9C0', 128, false, false, true),
('Mistral Large', 128, false, false, true),
(U&'\B124\BAA8\D2B8\B860', 129, false, false, true),
('Nemotron', 129, false, false, true),
(U&'\C0D8 \C62C\D2B8\BA3C', 130, false, false, true),
(U&'\C0D8\C62C\D2B8\BA3C', 130, false, false, true),
(U&'\C62C\D2B8\BA3C', 130, false, false, true),
('Sam Altman', 130, false, false, true),
(U&'\C54C\D2B8\B9CC', 130, false, false, true),
(U&'\B2E4\B9AC\C624 \C544\BAA8\B370\C774', 131, false, false, true),
(U&'\C544\BAA8\B370\C774', 131, false, false, true),
('Dario Amodei', 131, false, false, true),
(U&'\C820\C2A8 \D669', 132, false, false, true),
(U&'\C820\C2A8\D669', 132, false, false, true),
('Jensen Huang', 132, false, false, true),
(U&'\C77C\B860 \BA38\C2A4\D06C', 133, false, false, true),
(U&'\BA38\C2A4\D06C', 133, false, false, true),
('Elon Musk', 133, false, false, true),
(U&'\C0AC\D2F0\C544 \B098\B378\B77C', 134, false, false, true),
(U&'\B098\B378\B77C', 134, false, false, true),
('Satya Nadella', 134, false, false, true),
(U&'\C21C\B2E4\B974 \D53C\CC28\C774', 135, false, false, true),
(U&'\D53C\CC28\C774', 135, false, false, true),
('Sundar Pichai', 135, false, false, true),
(U&'\B9C8\D06C \C800\CEE4\BC84\ADF8', 136, false, false, true),
(U&'\C800\CEE4\BC84\ADF8', 136, false, false, true),
('Mark Zuckerberg', 136, false, false, true),
(U&'\C190\C815\C758', 137, false, false, true),
(U&'\C190 \B9C8\C0AC\C694\C2DC', 137, false, false, true),
('Masayoshi Son', 137, false, false, true),
(U&'\B370\BBF8\C2A4 \D5C8\C0AC\BE44\C2A4', 138, false, false, true),
(U&'\D5C8\C0AC\BE44\C2A4', 138, false, false, true),
('Demis Hassabis', 138, false, false, true),
(U&'\C77C\B9AC\C57C \C218\CE20\CF00\BC84', 139, false, false, true),
(U&'\C218\CE20\CF00\BC84', 139, false, false, true),
('Ilya Sutskever', 139, false, false, true),
(U&'\BBF8\B77C \BB34\B77C\D2F0', 140, false, false, true),
(U&'\BB34\B77C\D2F0', 140, false, false, true),
('Mira Murati', 140, false, false, true),
(U&'\B9AC\C0AC \C218', 141, false, false, true),
('Lisa Su', 141, false, false, true),
(U&'\ACFC\D559\AE30\C220\C815\BCF4\D1B5\C2E0\BD80', 142, false, false, true),
(U&'\ACFC\AE30\C815\D1B5\BD80', 142, false, false, true),
(U&'\ACFC\AE30\BD80', 142, false, false, true),
(U&'\ACF5\C815\AC70\B798\C704\C6D0\D68C', 143, false, false, true),
(U&'\ACF5\C815\C704', 143, false, false, true),
(U&'\AE08\C735\C704\C6D0\D68C', 144, false, false, true),
(U&'\AE08\C735\C704', 144, false, false, true),
(U&'\BBF8\AD6D \C0C1\BB34\BD80', 145, false, false, true),
(U&'\C0C1\BB34\BD80', 145, false, false, true),
(U&'\7F8E \C0C1\BB34\BD80', 145, false, false, true),
(U&'\C5F0\BC29\AC70\B798\C704\C6D0\D68C', 146, false, false, true),
('FTC', 146, false, false, true),
(U&'EU \C9D1\D589\C704\C6D0\D68C', 147, false, false, true),
(U&'\C720\B7FD\C5F0\D569 \C9D1\D589\C704\C6D0\D68C', 147, false, false, true),
(U&'\C9D1\D589\C704\C6D0\D68C', 147, false, false, true),
(U&'\CE74\C774\C2A4\D2B8', 148, false, false, true),
('KAIST', 148, false, false, true),
(U&'\D55C\AD6D\ACFC\D559\AE30\C220\C6D0', 148, false, false, true),
(U&'\C11C\C6B8\B300', 149, false, false, true),
(U&'\C11C\C6B8\B300\D559\AD50', 149, false, false, true),
(U&'\D55C\AD6D\C804\C790\D1B5\C2E0\C5F0\AD6C\C6D0', 150, false, false, true),
('ETRI', 150, false, false, true),
(U&'\D55C\AD6D\AC70\B798\C18C', 151, false, false, true),
('KRX', 151, false, false, true),
(U&'\CF54\C2A4\B2E5', 152, false, false, true),
('KOSDAQ', 152, false, false, true),
(U&'\CF54\C2A4\D53C', 153, false, false, true),
('KOSPI', 153, false, false, true),
(U&'\C0BC\C131\C804\AE30', 154, false, false, true),
(U&'\B8E8\B2DB', 155, false, false, true),
('Lunit', 155, false, false, true),
(U&'\BDF0\B178', 156, false, false, true),
('VUNO', 156, false, false, true),
(U&'\C140\BC14\C2A4AI', 157, false, false, true),
(U&'\C140\BC14\C2A4\C5D0\C774\C544\C774', 157, false, false, true),
(U&'\D55C\AE00\ACFC\CEF4\D4E8\D130', 158, false, false, true),
(U&'\D55C\CEF4', 158, false, false, true),
(U&'\C774\C2A4\D2B8\C18C\D504\D2B8', 159, false, false, true),
('ESTsoft', 159, false, false, true),
(U&'\AC00\C628\CE69\C2A4', 160, false, false, true),
(U&'\C5D0\C774\B514\D14C\D06C\B180\B85C\C9C0', 161, false, false, true),
(U&'\C624\D508\C5E3\C9C0\D14C\D06C\B180\B85C\C9C0', 162, false, false, true),
(U&'\C624\D508\C5E3\C9C0', 162, false, false, true),
(U&'\C774\C218\D398\D0C0\C2DC\C2A4', 163, false, false, true),
(U&'\D50C\B9AC\D1A0', 164, false, false, true),
('Flitto', 164, false, false, true),
(U&'\C54C\CCB4\B77C', 165, false, false, true),
('Alchera', 165, false, false, true),
(U&'\B525\B178\C774\B4DC', 166, false, false, true),
('Deepnoid', 166, false, false, true),
(U&'\C81C\C774\C5D8\CF00\C774', 167, false, false, true),
('JLK', 167, false, false, true),
(U&'\D3F4\B77C\B9AC\C2A4\C624\D53C\C2A4', 168, false, false, true),
(U&'\C704\C138\C544\C774\D14D', 169, false, false, true),
(U&'\B9C8\C74CAI', 170, false, false, true),
(U&'\B9C8\C74C\C5D0\C774\C544\C774', 170, false, false, true),
('LG CNS', 171, false, false, true),
(U&'LG\C528\C5D4\C5D0\C2A4', 171, false, false, true),
(U&'\C5D8\C9C0\C528\C5D4\C5D0\C2A4', 171, false, false, true),
(U&'\BAA8\B808', 172, true, false, true),
('Moreh', 172, false, false, true),
(U&'\B77C\C774\B108', 173, true, false, true),
('Liner', 173, false, false, true),
(U&'\B93C\C774\B4DC', 174, false, false, true),
('Riiid', 174, false, false, true),
(U&'\C62C\AC70\B098\C774\C988', 175, false, false, true),
('Allganize', 175, false, false, true),
(U&'\D3EC\D2F0\D22C\B2F7', 176, false, false, true),
('42dot', 176, false, false, true),
(U&'\C5D4\C528AI', 177, false, false, true),
('NC AI', 177, false, false, true),
(U&'\CE74\CE74\C624\BE0C\B808\C778', 178, false, false, true),
('Kakao Brain', 178, false, false, true),
(U&'\B124\C774\BC84\D074\B77C\C6B0\B4DC', 179, false, false, true),
(U&'\B124\C774\BC84 \D074\B77C\C6B0\B4DC', 179, false, false, true),
('Naver Cloud', 179, false, false, true),
(U&'\C0BC\C131\B9AC\C11C\CE58', 180, false, false, true),
('Samsung Research', 180, false, false, true),
(U&'\C18C\B2C8', 181, false, false, true),
('Sony', 181, false, false, true),
(U&'\C0E4\C624\BBF8', 182, false, false, true),
('Xiaomi', 182, false, false, true),
(U&'\D654\C6E8\C774', 183, false, false, true),
('Huawei', 183, false, false, true),
('SMIC', 184, false, false, true),
(U&'\C911\C2E0\AD88\C9C0', 184, false, false, true),
(U&'\C2DC\C2A4\CF54', 185, false, false, true),
('Cisco', 185, false, false, true),
(U&'\C2A4\B178\C6B0\D50C\B808\C774\D06C', 186, false, false, true),
('Snowflake', 186, false, false, true),
(U&'\C11C\BE44\C2A4\B098\C6B0', 187, false, false, true),
('ServiceNow', 187, false, false, true),
(U&'\B137\D50C\B9AD\C2A4', 188, false, false, true),
('Netflix', 188, false, false, true),
(U&'\C6B0\BC84', 189, false, false, true),
('Uber', 189, false, false, true),
(U&'\C6E8\C774\BAA8', 190, false, false, true),
('Waymo', 190, false, false, true),
(U&'\BCF4\C2A4\D134\B2E4\C774\B0B4\BBF9\C2A4', 191, false, false, true),
('Boston Dynamics', 191, false, false, true),
(U&'\AE43\D5C8\BE0C', 192, false, false, true),
('GitHub', 192, false, false, true),
(U&'\B9C1\D06C\B4DC\C778', 193, false, false, true),
('LinkedIn', 193, false, false, true),
(U&'\C720\D29C\BE0C', 194, false, false, true),
('YouTube', 194, false, false, true),
(U&'\C778\C2A4\D0C0\ADF8\B7A8', 195, false, false, true),
('Instagram', 195, false, false, true),
(U&'\C653\CE20\C571', 196, false, false, true),
('WhatsApp', 196, false, false, true),
(U&'\D398\C774\C2A4\BD81', 197, false, false, true),
('Facebook', 197, false, false, true),
(U&'\C5D1\C2A4', 198, true, false, true),
(U&'\D2B8\C704\D130', 198, false, false, true),
('Twitter', 198, false, false, true),
('Bing', 199, false, false, true),
(U&'\BE59 \AC80\C0C9', 199, false, false, true),
(U&'\C2DC\B9AC', 200, true, false, true),
('Siri', 200, false, false, true),
(U&'\C560\D50C \C778\D154\B9AC\C804\C2A4', 201, false, false, true),
('Apple Intelligence', 201, false, false, true),
(U&'\C544\C774\D3F0', 202, false, false, true),
('iPhone', 202, false, false, true),
(U&'\AC24\B7ED\C2DC', 203, false, false, true),
('Galaxy', 203, false, false, true),
(U&'\C81C\BBF8\B098\C774 \C6B8\D2B8\B77C', 204, false, false, true),
('Gemini Ultra', 204, false, false, true),
(U&'\D074\B85C\B4DC \C624\D37C\C2A4', 205, false, false, true),
('Claude Opus', 205, false, false, true),
(U&'\D074\B85C\B4DC \C18C\B124\D2B8', 206, false, false, true),
('Claude Sonnet', 206, false, false, true),
('DALL-E', 207, false, false, true),
(U&'\B2EC\B9AC3', 207, false, false, true),
(U&'DALL\00B7E', 207, false, false, true),
('Whisper', 208, false, false, true),
('Veo', 209, false, false, true),
(U&'\C774\B9C8\C820', 210, false, false, true),
('Imagen', 210, false, false, true),
('TPU', 211, false, false, true),
(U&'\D150\C11C\CC98\B9AC\C7A5\CE58', 211, false, false, true),
(U&'\D2B8\B808\C774\B2C8\C5C4', 212, false, false, true),
('Trainium', 212, false, false, true),
(U&'\B9C8\C774\C544 100', 213, false, false, true),
('Maia 100', 213, false, false, true),
(U&'\AC00\C6B0\B5143', 214, false, false, true),
('Gaudi 3', 214, false, false, true),
('Gaudi3', 214, false, false, true),
('MI300X', 215, false, false, true),
('MI300', 215, false, false, true),
('MI325X', 215, false, false, true),
(U&'\B3C4\C870 \C288\D37C\CEF4\D4E8\D130', 216, false, false, true),
('Dojo', 216, false, false, true),
(U&'\C635\D2F0\BA38\C2A4 \B85C\BD07', 217, false, false, true),
(U&'\C82F\C2A8', 218, false, false, true),
('Jetson', 218, false, false, true),
(U&'\BCA0\B77C \B8E8\BE48', 219, false, false, true),
('Vera Rubin', 219, false, false, true),
('DGX', 220, false, false, true),
(U&'\BBF8\AD6D', 221, false, false, true),
(U&'\7F8E', 221, false, false, true),
(U&'\BBF8 \C815\BD80', 221, false, false, true),
(U&'\C911\AD6D', 222, false, false, true),
(U&'\4E2D', 222, false, false, true),
(U&'\D55C\AD6D', 223, false, false, true),
(U&'\B300\D55C\BBFC\AD6D', 223, false, false, true),
(U&'\97D3', 223, false, false, true),
(U&'\C77C\BCF8', 224, false, false, true),
(U&'\65E5', 224, false, false, true),
(U&'\B300\B9CC', 225, false, false, true),
(U&'\D0C0\C774\C644', 225, false, false, true),
(U&'\C720\B7FD\C5F0\D569', 226, false, false, true),
('EU', 226, false, false, true),
(U&'\C544\B78D\C5D0\BBF8\B9AC\D2B8', 227, false, false, true),
('UAE', 227, false, false, true),
(U&'\C0AC\C6B0\B514\C544\B77C\BE44\C544', 228, false, false, true),
(U&'\C0AC\C6B0\B514', 228, false, false, true),
(U&'\D504\B791\C2A4', 229, false, false, true),
(U&'\C601\AD6D', 230, false, false, true),
(U&'\C778\B3C4', 231, true, false, true),
(U&'\B3C5\C77C', 232, false, false, true),
('G42', 233, false, false, true),
(U&'\C54C\B808\D504\C54C\D30C', 234, false, false, true),
('Aleph Alpha', 234, false, false, true),
(U&'AI21\B7A9\C2A4', 235, false, false, true),
('AI21 Labs', 235, false, false, true),
('AI21', 235, false, false, true),
(U&'\B808\CE74AI', 236, false, false, true),
('Reka', 236, false, false, true),
(U&'\C0AC\CE74\B098AI', 237, false, false, true),
('Sakana AI', 237, false, false, true),
(U&'\D504\B9AC\D37C\B4DC\B124\D2B8\C6CD\C2A4', 238, false, false, true),
('Preferred Networks', 238, false, false, true),
(U&'\BBF8\B2C8\B9E5\C2A4', 239, false, false, true),
('MiniMax', 239, false, false, true),
(U&'\BC14\C774\CD28', 240, false, false, true),
('Baichuan', 240, false, false, true),
('01.AI', 241, false, false, true),
(U&'\B9C1\C774\C644\C6B0', 241, false, false, true),
(U&'\C2A4\D15D\D380', 242, false, false, true),
('StepFun', 242, false, false, true),
(U&'\C720\B2C8\D2B8\B9AC', 243, false, false, true),
('Unitree', 243, false, false, true),
(U&'\D53C\C9C0\CEEC\C778\D154\B9AC\C804\C2A4', 244, false, false, true),
('Physical Intelligence', 244, false, false, true),
(U&'\C560\B2C8\C2A4\D53C\C5B4', 245, false, false, true),
('Anysphere', 245, false, false, true),
(U&'\CEE4\C11C', 245, true, false, true),
('Cursor', 245, false, false, true),
(U&'\CF54\ADF8\B2C8\C158', 246, false, false, true),
('Cognition AI', 246, false, false, true),
(U&'\B370\BE48', 246, false, false, true),
('Harvey AI', 247, false, false, true),
(U&'\AE00\B9B0', 248, false, false, true),
('Glean', 248, false, false, true),
(U&'\C77C\B808\BE10\B7A9\C2A4', 249, false, false, true),
('ElevenLabs', 249, false, false, true),
(U&'\C2E0\C2DC\C544', 250, true, false, true),
('Synthesia', 250, false, false, true),
(U&'\D53C\CE74\B7A9\C2A4', 251, false, false, true),
('Pika', 251, false, false, true),
(U&'\B8E8\B9C8AI', 252, false, false, true),
('Luma AI', 252, false, false, true),
(U&'\C218\B178AI', 253, false, false, true),
('Suno', 253, false, false, true),
(U&'\D480\C0AC\C774\B4DC', 254, false, false, true),
('Poolside', 254, false, false, true),
(U&'\B9E4\C9C1AI', 255, false, false, true),
('Magic AI', 255, false, false, true),
(U&'\B78C\B2E4\B7A9\C2A4', 256, false, false, true),
('Lambda Labs', 256, false, false, true),
(U&'\D06C\B8E8\C18C', 257, false, false, true),
('Crusoe', 257, false, false, true),
(U&'\B124\BE44\C6B0\C2A4', 258, false, false, true),
('Nebius', 258, false, false, true),
(U&'\C5D0\D034\B2C9\C2A4', 259, false, false, true),
('Equinix', 259, false, false, true),
(U&'\BC84\D2F0\BE0C', 260, false, false, true),
('Vertiv', 260, false, false, true),
(U&'\D3ED\C2A4\CF58', 261, false, false, true),
(U&'\D64D\D558\C774', 261, false, false, true),
('Foxconn', 261, false, false, true),
(U&'\C0BC\C131 \D30C\C6B4\B4DC\B9AC', 262, false, false, true),
(U&'\C0BC\C131\D30C\C6B4\B4DC\B9AC', 262, false, false, true),
(U&'\AE00\B85C\BC8C\D30C\C6B4\B4DC\B9AC\C2A4', 263, false, false, true),
('GlobalFoundries', 263, false, false, true),
(U&'\C5B4\D50C\B77C\C774\B4DC\BA38\D2F0\B9AC\C5BC\C988', 264, false, false, true),
('Applied Materials', 264, false, false, true),
(U&'\B7A8\B9AC\C11C\CE58', 265, false, false, true),
('Lam Research', 265, false, false, true),
(U&'\B3C4\CFC4\C77C\B809\D2B8\B860', 266, false, false, true),
('Tokyo Electron', 266, false, false, true),
(U&'\B9C8\BCA8', 267, false, false, true),
(U&'\B9C8\BCA8\D14C\D06C\B180\B85C\C9C0', 267, false, false, true),
('Marvell', 267, false, false, true),
(U&'\C2DC\B189\C2DC\C2A4', 268, false, false, true),
('Synopsys', 268, false, false, true),
(U&'\CF00\C774\B358\C2A4', 269, false, false, true),
('Cadence', 269, false, false, true),
(U&'\BAA8\BE4C\C544\C774', 270, false, false, true),
('Mobileye', 270, false, false, true),
(U&'\C0BC\C131\BC14\C774\C624\B85C\C9C1\C2A4', 271, false, false, true),
(U&'\D55C\D654', 272, true, false, true),
(U&'\D55C\D654\ADF8\B8F9', 272, false, false, true),
(U&'\B450\C0B0', 273, false, false, true),
(U&'\B450\C0B0\ADF8\B8F9', 273, false, false, true),
(U&'\B86F\B370', 274, false, false, true),
(U&'\B86F\B370\ADF8\B8F9', 274, false, false, true),
('CJ', 275, false, false, true),
(U&'\C528\C81C\C774', 275, false, false, true),
(U&'\CE74\CE74\C624\BC45\D06C', 276, false, false, true),
(U&'\CFE0\D321', 277, false, false, true),
('Coupang', 277, false, false, true),
(U&'\D06C\B798\D504\D1A4 \B525\B7EC\B2DD\BCF8\BD80', 278, false, false, true),
(U&'\C0BC\C131\BCA4\CC98\D22C\C790', 279, false, false, true),
(U&'\C0BC\C131\B125\C2A4\D2B8', 279, false, false, true),
('Samsung Next', 279, false, false, true),
(U&'\C0B0\C5C5\C740\D589', 280, false, false, true),
(U&'KDB\C0B0\C5C5\C740\D589', 280, false, false, true),
('KDB', 280, false, false, true),
(U&'\D55C\AD6D\D22C\C790\D30C\D2B8\B108\C2A4', 281, false, false, true),
(U&'KB\C778\BCA0\C2A4\D2B8\BA3C\D2B8', 282, false, false, true),
(U&'\BBF8\B798\C5D0\C14B', 283, false, false, true),
(U&'\BBF8\B798\C5D0\C14B\BCA4\CC98\D22C\C790', 283, false, false, true),
(U&'\BBF8\B798\C5D0\C14B\C99D\AD8C', 283, false, false, true),
(U&'\D14C\B9C8\C139', 284, false, false, true),
('Temasek', 284, false, false, true),
('GIC', 285, false, false, true),
(U&'\C2F1\AC00\D3EC\B974\D22C\C790\CCAD', 285, false, false, true),
(U&'\C0AC\C6B0\B514 \AD6D\BD80\D380\B4DC', 286, false, false, true),
('PIF', 286, false, false, true),
(U&'\C0AC\C6B0\B514 \ACF5\ACF5\D22C\C790\D380\B4DC', 286, false, false, true),
(U&'\BB34\BC14\B2EC\B77C', 287, false, false, true),
('Mubadala', 287, false, false, true),
(U&'\BE14\B799\B85D', 288, false, false, true),
('BlackRock', 288, false, false, true),
(U&'\D53C\B378\B9AC\D2F0', 289, false, false, true),
('Fidelity', 289, false, false, true),
(U&'\D2F0\B85C\C6B0\D504\B77C\C774\C2A4', 290, false, false, true),
('T. Rowe Price', 290, false, false, true),
(U&'\ACE8\B4DC\B9CC\C0AD\C2A4', 291, false, false, true),
('Goldman Sachs', 291, false, false, true),
(U&'\BAA8\AC74\C2A4\D0E0\B9AC', 292, false, false, true),
('Morgan Stanley', 292, false, false, true),
(U&'JP\BAA8\AC74', 293, false, false, true),
(U&'JP\BAA8\AC74\CCB4\C774\C2A4', 293, false, false, true),
('JPMorgan', 293, false, false, true),
(U&'\BE14\B8F8\BC84\ADF8', 294, false, false, true),
('Bloomberg', 294, false, false, true),
(U&'\B85C\C774\D130', 295, false, false, true),
('Reuters', 295, false, false, true),
(U&'\B514\C778\D3EC\BA54\C774\C158', 296, false, false, true),
('The Information', 296, false, false, true),
(U&'\C6D4\C2A4\D2B8\B9AC\D2B8\C800\B110', 297, false, false, true),
('WSJ', 297, false, false, true),
(U&'\D30C\C774\B0B8\C15C\D0C0\C784\C2A4', 298, false, false, true),
('FT', 298, false, false, true),
('CNBC', 299, false, false, true),
(U&'\C5F0\D569\B274\C2A4', 300, false, false, true),
(U&'\AC00\D2B8\B108', 301, false, false, true),
('Gartner', 301, false, false, true),
('IDC', 302, false, false, true),
(U&'\D2B8\B80C\B4DC\D3EC\C2A4', 303, false, false, true),
('TrendForce', 303, false, false, true),
(U&'\CE74\C6B4\D130\D3EC\C778\D2B8\B9AC\C11C\CE58', 304, false, false, true),
(U&'\CE74\C6B4\D130\D3EC\C778\D2B8', 304, false, false, true),
(U&'\C2A4\D0E0\D37C\B4DC HAI', 305, false, false, true),
('Stanford HAI', 305, false, false, true),
('MIT', 306, false, false, true),
(U&'\B9E4\C0AC\CD94\C138\CE20\ACF5\B300', 306, false, false, true),
(U&'\C2A4\D0E0\D37C\B4DC\B300', 307, false, false, true),
(U&'\C2A4\D0E0\D37C\B4DC\B300\D559\AD50', 307, false, false, true),
(U&'\CE6D\D654\B300', 308, false, false, true),
(U&'\CE6D\D654\B300\D559', 308, false, false, true),
(U&'\D3EC\C2A4\D14D', 309, false, false, true),
(U&'\D3EC\D56D\ACF5\B300', 309, false, false, true),
(U&'\C5F0\C138\B300', 310, false, false, true),
(U&'\C5F0\C138\B300\D559\AD50', 310, false, false, true),
('KT&G', 311, false, false, true),
(U&'\CF00\C774\D2F0\C564\C9C0', 311, false, false, true);
END
$catalogue$;

-------------------------------------------------------------- 0.4.0

------------------------------------------------- sentences of the mentions
-- 1-based number of the sentence a mention is in (sentences end at . ! ?
-- the ideographic full stop and newlines; a decimal point does not end one)
ALTER TYPE @extschema@.money_mention ADD ATTRIBUTE sentence pg_catalog.int4;
ALTER TYPE @extschema@.quantity_mention ADD ATTRIBUTE sentence pg_catalog.int4;
ALTER TYPE @extschema@.entity_mention ADD ATTRIBUTE sentence pg_catalog.int4;

--------------------------------------------------------------- the pipeline
-- The tables below are the extension's, filled only by its functions and
-- triggers (SECURITY DEFINER, with a fixed search_path); every role may read
-- them. pg_dump keeps their rows (pg_extension_config_dump), so a restored
-- database needs no new backfill; run aimarket.refresh() after a restore to
-- fill the materialised summaries again.

CREATE TABLE @extschema@.source (
    source_id pg_catalog.int4 GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    relation pg_catalog.regclass NOT NULL UNIQUE,
    key_column pg_catalog.name NOT NULL,
    body_column pg_catalog.name NOT NULL,
    published_column pg_catalog.name NOT NULL,
    key_type pg_catalog.regtype NOT NULL,
    published_type pg_catalog.regtype NOT NULL,
    attached_at pg_catalog.timestamptz NOT NULL DEFAULT pg_catalog.now()
);

COMMENT ON TABLE @extschema@.source IS
'tables of articles under analysis (aimarket.attach); their rows'' figures and entities are kept in article_money, article_quantity and article_entity';

-- One row per analysed row of a source; article_key is the source's key as
-- text, published its publication date (Korea time for a timestamptz).
CREATE TABLE @extschema@.article (
    article_id pg_catalog.int8 GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    source_id pg_catalog.int4 NOT NULL,
    article_key pg_catalog.text NOT NULL,
    published pg_catalog.date,
    analysed_at pg_catalog.timestamptz NOT NULL DEFAULT pg_catalog.now(),
    catalogue_version pg_catalog.int8 NOT NULL,
    UNIQUE (source_id, article_key)
);

COMMENT ON TABLE @extschema@.article IS
'one row per analysed row of an attached table: its key as text, its publication date, and the catalogue version its entities were linked with';

CREATE TABLE @extschema@.article_money (
    article_id pg_catalog.int8 NOT NULL,
    ord pg_catalog.int4 NOT NULL,
    amount @extschema@.monetary NOT NULL,
    equivalent @extschema@.monetary,
    role pg_catalog.text NOT NULL,
    surface pg_catalog.text NOT NULL,
    start_pos pg_catalog.int4 NOT NULL,
    change pg_catalog.text,
    sentence pg_catalog.int4 NOT NULL,
    PRIMARY KEY (article_id, ord)
);

CREATE TABLE @extschema@.article_quantity (
    article_id pg_catalog.int8 NOT NULL,
    ord pg_catalog.int4 NOT NULL,
    value pg_catalog.numeric,
    lower pg_catalog.numeric NOT NULL,
    upper pg_catalog.numeric NOT NULL,
    qualifier pg_catalog.text NOT NULL,
    unit pg_catalog.text NOT NULL,
    measure pg_catalog.text,
    period pg_catalog.text,
    surface pg_catalog.text NOT NULL,
    start_pos pg_catalog.int4 NOT NULL,
    sentence pg_catalog.int4 NOT NULL,
    PRIMARY KEY (article_id, ord)
);

CREATE TABLE @extschema@.article_entity (
    article_id pg_catalog.int8 NOT NULL,
    ord pg_catalog.int4 NOT NULL,
    entity_id pg_catalog.int8,
    kind pg_catalog.text NOT NULL,
    surface pg_catalog.text NOT NULL,
    start_pos pg_catalog.int4 NOT NULL,
    sentence pg_catalog.int4 NOT NULL,
    PRIMARY KEY (article_id, ord)
);
CREATE INDEX article_entity_entity ON @extschema@.article_entity (entity_id);

COMMENT ON TABLE @extschema@.article_money IS
'extract_money of every analysed article, by article_id and order';
COMMENT ON TABLE @extschema@.article_quantity IS
'extract_quantities of every analysed article, by article_id and order';
COMMENT ON TABLE @extschema@.article_entity IS
'extract_entities of every analysed article, by article_id and order (entity_id NULL: an unknown organisation)';

-- Exchange rates the user fills: one unit of currency is worth krw won on day.
CREATE TABLE @extschema@.exchange_rate (
    currency pg_catalog.text NOT NULL CHECK (currency ~ '^[A-Z]{3}$' AND currency <> 'KRW'),
    day pg_catalog.date NOT NULL,
    krw pg_catalog.numeric NOT NULL CHECK (krw > 0),
    note pg_catalog.text,
    PRIMARY KEY (currency, day)
);

COMMENT ON TABLE @extschema@.exchange_rate IS
'exchange rates you fill: one unit of currency is worth krw won on day; aimarket.rate_on and the views read it before the rates implied by articles';

-- Where each backfill (part) stands; written in the transaction of each batch.
CREATE TABLE @extschema@.backfill_state (
    source_id pg_catalog.int4 NOT NULL,
    part pg_catalog.int4 NOT NULL,
    parts pg_catalog.int4 NOT NULL,
    total pg_catalog.int8 NOT NULL,
    done pg_catalog.int8 NOT NULL DEFAULT 0,
    analysed pg_catalog.int8 NOT NULL DEFAULT 0,
    last_key pg_catalog.text,
    started_at pg_catalog.timestamptz NOT NULL,
    run_started_at pg_catalog.timestamptz NOT NULL,
    run_done pg_catalog.int8 NOT NULL DEFAULT 0,
    updated_at pg_catalog.timestamptz NOT NULL,
    finished_at pg_catalog.timestamptz,
    backend_pid pg_catalog.int4,
    scan_done pg_catalog.bool NOT NULL DEFAULT false,
    PRIMARY KEY (source_id, part, parts)
);

COMMENT ON TABLE @extschema@.backfill_state IS
'where each CALL aimarket.backfill (and each part of a split one) stands: rows done of total and the last key, committed with each batch';

SELECT pg_catalog.pg_extension_config_dump('@extschema@.source', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.source_source_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.article', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.article_article_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.article_money', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.article_quantity', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.article_entity', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.exchange_rate', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.backfill_state', '');

GRANT SELECT ON @extschema@.source, @extschema@.article, @extschema@.article_money,
    @extschema@.article_quantity, @extschema@.article_entity,
    @extschema@.backfill_state TO PUBLIC;
GRANT SELECT ON @extschema@.exchange_rate TO PUBLIC;

---------------------------------------------- how a source's rows are read
-- The SQL expressions, over the row alias r, of a source's key and body as
-- text and its publication date (a timestamptz is read in Korea time, where
-- the copy is dated; the same timestamp is then the same day everywhere).
CREATE FUNCTION @extschema@.source_columns(src @extschema@.source, r pg_catalog.text)
RETURNS pg_catalog.text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
SELECT pg_catalog.format('%1$s.%2$I AS key, %1$s.%2$I::pg_catalog.text AS k, %1$s.%3$I::pg_catalog.text AS b, ', r,
                         src.key_column, src.body_column)
    || CASE WHEN src.published_type = 'pg_catalog.timestamptz'::pg_catalog.regtype
            THEN pg_catalog.format('pg_catalog.timezone(''Asia/Seoul'', %s.%I)::pg_catalog.date AS p', r, src.published_column)
            ELSE pg_catalog.format('%s.%I::pg_catalog.date AS p', r, src.published_column) END
$$;

COMMENT ON FUNCTION @extschema@.source_columns(@extschema@.source, pg_catalog.text) IS
'internal: the select list reading a source row r as key, k (key as text), b (body as text), p (publication date)';

-- The pipeline's writer: the mentions of one body, as extract_money,
-- extract_quantities and extract_entities return them numbered from 1,
-- written into article_money, article_quantity and article_entity for
-- article_id; returns how many. One pass over the text (the money is
-- collected once for both figure kinds) and the table's multi-insert, as
-- COPY writes, instead of three functions feeding three INSERTs. It checks
-- INSERT privilege and NOT NULL as an INSERT would, and refuses if those
-- tables have gained a trigger, a policy or a check. Only the pipeline's
-- own functions call it.
CREATE FUNCTION @extschema@.store_mentions(article_id pg_catalog.int8, body pg_catalog.text)
RETURNS pg_catalog.int8
AS 'MODULE_PATHNAME', 'aimarket_store_mentions'
LANGUAGE C VOLATILE STRICT PARALLEL UNSAFE;

COMMENT ON FUNCTION @extschema@.store_mentions(pg_catalog.int8, pg_catalog.text) IS
'internal: writes the money, quantity and entity mentions of body for article_id into the article_* tables in one pass; returns their number';

REVOKE ALL ON FUNCTION @extschema@.store_mentions(pg_catalog.int8, pg_catalog.text) FROM PUBLIC;

-- One statement that analyses the rows of a query with the columns of
-- source_columns: their articles, then their mentions (store_mentions). A
-- backfill skips rows analysed meanwhile (by a trigger); a trigger's rows
-- are new, so a conflict there is a bug and raises.
CREATE FUNCTION @extschema@.analyse_sql(rows_sql pg_catalog.text, skip_analysed pg_catalog.bool)
RETURNS pg_catalog.text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
SELECT 'WITH rows AS MATERIALIZED (' || rows_sql || '),
art AS (INSERT INTO @extschema@.article AS a (source_id, article_key, published, catalogue_version)
        SELECT $1, r.k, r.p, $2 FROM rows r'
    || CASE WHEN skip_analysed THEN '
        WHERE NOT EXISTS (SELECT 1 FROM @extschema@.article x WHERE x.source_id = $1 AND x.article_key = r.k)
        ON CONFLICT (source_id, article_key) DO NOTHING' ELSE '' END || '
        RETURNING a.article_id, a.article_key),
-- each article once (the keys are unique); a NULL body has no mentions
stored AS (SELECT pg_catalog.count(*) AS articles,
                  pg_catalog.sum(@extschema@.store_mentions(art.article_id, r.b)) AS mentions
           FROM art JOIN rows r ON r.k = art.article_key)
SELECT (SELECT pg_catalog.count(*) FROM rows), (SELECT stored.articles FROM stored),
       (SELECT r.k FROM rows r ORDER BY r.key DESC LIMIT 1)'
$$;

COMMENT ON FUNCTION @extschema@.analyse_sql(pg_catalog.text, pg_catalog.bool) IS
'internal: the statement that writes the articles and mentions of the rows of rows_sql ($1 source_id, $2 catalogue version); returns rows read, articles written and the last key';

-- Forgets the articles of a source whose keys (as text) a query gives, and
-- their mentions; NULL forgets every article of the source.
CREATE FUNCTION @extschema@.forget_sql(keys_sql pg_catalog.text)
RETURNS pg_catalog.text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
SELECT 'WITH gone AS (DELETE FROM @extschema@.article a WHERE a.source_id = $1'
    || CASE WHEN keys_sql IS NULL THEN '' ELSE ' AND a.article_key IN (' || keys_sql || ')' END || '
        RETURNING a.article_id),
m AS (DELETE FROM @extschema@.article_money x USING gone WHERE x.article_id = gone.article_id),
q AS (DELETE FROM @extschema@.article_quantity x USING gone WHERE x.article_id = gone.article_id),
e AS (DELETE FROM @extschema@.article_entity x USING gone WHERE x.article_id = gone.article_id)
SELECT pg_catalog.count(*) FROM gone'
$$;

COMMENT ON FUNCTION @extschema@.forget_sql(pg_catalog.text) IS
'internal: the statement that deletes the articles of source $1 with the keys of keys_sql (all when NULL) and their mentions';

-- The statement triggers of an attached table. INSERT (and COPY) analyse
-- the new rows; UPDATE analyses again only the rows whose key, body or
-- publication date changed; DELETE and TRUNCATE forget. Set-based over the
-- transition tables, so a COPY of many rows costs a few statements. An
-- unchanged row that has no article yet is analysed too: a backfill passes
-- over the rows that writers hold (SKIP LOCKED, so that it never waits
-- holding locks and cannot deadlock with them), and leaves them to the
-- writer's trigger or to its final sweep.
CREATE FUNCTION @extschema@.source_changed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    src @extschema@.source;
    version pg_catalog.int8;
    old_rows pg_catalog.text;
    new_rows pg_catalog.text;
    unchanged pg_catalog.text;
BEGIN
    SELECT * INTO src FROM @extschema@.source s WHERE s.relation = TG_RELID;
    IF NOT FOUND THEN
        RETURN NULL;   -- attach or detach is under way in this transaction
    END IF;
    IF TG_OP = 'TRUNCATE' THEN
        EXECUTE @extschema@.forget_sql(NULL) USING src.source_id;
        DELETE FROM @extschema@.backfill_state b WHERE b.source_id = src.source_id;
        RETURN NULL;
    END IF;
    -- the transition tables read as key, k, b, p (source_columns)
    old_rows := '(SELECT ' || @extschema@.source_columns(src, 'o') || ' FROM aimarket_old o) o';
    new_rows := '(SELECT ' || @extschema@.source_columns(src, 'n') || ' FROM aimarket_new n) n';
    IF TG_OP = 'DELETE' THEN
        EXECUTE @extschema@.forget_sql('SELECT o.k FROM ' || old_rows) USING src.source_id;
        RETURN NULL;
    END IF;
    SELECT v.version INTO version FROM @extschema@.catalogue_version v;
    IF TG_OP = 'UPDATE' THEN
        -- an old row o and a new row n with the same key, body and date
        unchanged := 'o.k = n.k AND o.b IS NOT DISTINCT FROM n.b AND o.p IS NOT DISTINCT FROM n.p';
        EXECUTE @extschema@.forget_sql('SELECT o.k FROM ' || old_rows || ' WHERE NOT EXISTS (SELECT 1 FROM '
                || new_rows || ' WHERE ' || unchanged || ')')
            USING src.source_id;
        -- a row is analysed again when its key, body or date changed, or when
        -- it has no article yet (a backfill passed it while this writer held it)
        EXECUTE @extschema@.analyse_sql('SELECT n.* FROM ' || new_rows
                || ' WHERE NOT EXISTS (SELECT 1 FROM ' || old_rows || ' WHERE ' || unchanged || ')'
                || ' OR NOT EXISTS (SELECT 1 FROM @extschema@.article x WHERE x.source_id = $1 AND x.article_key = n.k)', false)
            USING src.source_id, version;
        RETURN NULL;
    END IF;
    EXECUTE @extschema@.analyse_sql('SELECT n.* FROM ' || new_rows, false)
        USING src.source_id, version;
    RETURN NULL;
END
$$;

COMMENT ON FUNCTION @extschema@.source_changed() IS
'statement trigger of an attached table: keeps its articles and mentions exactly in step with its rows';

-------------------------------------------------------- attach and detach
-- Registers a source whose triggers are in place. Only the table's owner
-- can create those triggers, so their presence is the proof of the right
-- to attach it.
CREATE FUNCTION @extschema@.register_source(relation pg_catalog.regclass, key_column pg_catalog.name,
    body_column pg_catalog.name, published_column pg_catalog.name,
    key_type pg_catalog.regtype, published_type pg_catalog.regtype)
RETURNS pg_catalog.int4
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    id pg_catalog.int4;
BEGIN
    IF (SELECT pg_catalog.count(*) FROM pg_catalog.pg_trigger t
        WHERE t.tgrelid = relation AND t.tgfoid = '@extschema@.source_changed()'::pg_catalog.regprocedure) <> 4 THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = pg_catalog.format('table %s does not have the triggers of aimarket.attach', relation),
            HINT = 'Call aimarket.attach; it creates them.';
    END IF;
    INSERT INTO @extschema@.source (relation, key_column, body_column, published_column, key_type, published_type)
    VALUES (relation, key_column, body_column, published_column, key_type, published_type)
    RETURNING source_id INTO id;
    RETURN id;
END
$$;

COMMENT ON FUNCTION @extschema@.register_source(pg_catalog.regclass, pg_catalog.name, pg_catalog.name,
    pg_catalog.name, pg_catalog.regtype, pg_catalog.regtype) IS
'internal: records a table whose aimarket triggers exist (called by aimarket.attach)';

CREATE FUNCTION @extschema@.unregister_source(relation pg_catalog.regclass)
RETURNS pg_catalog.int8
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    src @extschema@.source;
    n pg_catalog.int8;
BEGIN
    SELECT * INTO src FROM @extschema@.source s WHERE s.relation = unregister_source.relation;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_trigger t
               WHERE t.tgrelid = relation AND t.tgfoid = '@extschema@.source_changed()'::pg_catalog.regprocedure) THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = pg_catalog.format('table %s still has the triggers of aimarket.attach', relation),
            HINT = 'Call aimarket.detach; it drops them first.';
    END IF;
    EXECUTE @extschema@.forget_sql(NULL) INTO n USING src.source_id;
    DELETE FROM @extschema@.backfill_state b WHERE b.source_id = src.source_id;
    DELETE FROM @extschema@.source s WHERE s.source_id = src.source_id;
    RETURN n;
END
$$;

COMMENT ON FUNCTION @extschema@.unregister_source(pg_catalog.regclass) IS
'internal: forgets a table whose aimarket triggers are gone, with its articles and mentions (called by aimarket.detach)';

-- The column of a table, with its type; NULL when it has none of that name.
CREATE FUNCTION @extschema@.column_type(relation pg_catalog.regclass, col pg_catalog.name)
RETURNS pg_catalog.regtype
LANGUAGE sql STABLE STRICT PARALLEL SAFE
AS $$
SELECT a.atttypid::pg_catalog.regtype FROM pg_catalog.pg_attribute a
WHERE a.attrelid = relation AND a.attname = col AND a.attnum > 0 AND NOT a.attisdropped
$$;

COMMENT ON FUNCTION @extschema@.column_type(pg_catalog.regclass, pg_catalog.name) IS
'internal: the type of column col of relation, or NULL';

CREATE FUNCTION @extschema@.is_text_type(t pg_catalog.regtype) RETURNS pg_catalog.bool
LANGUAGE sql STABLE STRICT PARALLEL SAFE
AS $$ SELECT (SELECT y.typcategory FROM pg_catalog.pg_type y WHERE y.oid = t) = 'S' $$;

COMMENT ON FUNCTION @extschema@.is_text_type(pg_catalog.regtype) IS
'internal: is t a string type (text, varchar, char, or one of their domains)?';

CREATE FUNCTION @extschema@.is_date_type(t pg_catalog.regtype) RETURNS pg_catalog.bool
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT t IN ('pg_catalog.date'::pg_catalog.regtype, 'pg_catalog.timestamptz'::pg_catalog.regtype,
                   'pg_catalog.timestamp'::pg_catalog.regtype) $$;

COMMENT ON FUNCTION @extschema@.is_date_type(pg_catalog.regtype) IS
'internal: can t be read as a publication date (date, timestamp, timestamptz)?';

CREATE FUNCTION @extschema@.attach(source pg_catalog.regclass, body pg_catalog.name,
    published pg_catalog.name, key pg_catalog.name DEFAULT NULL)
RETURNS pg_catalog.int4
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    rel pg_catalog.pg_class;
    key_col pg_catalog.name := key;
    body_type pg_catalog.regtype;
    pub_type pg_catalog.regtype;
    key_type pg_catalog.regtype;
    id pg_catalog.int4;
BEGIN
    IF source IS NULL OR body IS NULL OR published IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '22004',
            MESSAGE = 'aimarket.attach needs a table, its body column and its publication date column, not NULL';
    END IF;
    IF pg_catalog.getdatabaseencoding() NOT IN ('UTF8', 'EUC_KR') THEN
        RAISE EXCEPTION USING ERRCODE = '0A000',
            MESSAGE = pg_catalog.format('aimarket.attach needs a UTF8 or EUC_KR database, not %s',
                                        pg_catalog.getdatabaseencoding());
    END IF;
    SELECT * INTO rel FROM pg_catalog.pg_class c WHERE c.oid = source;
    IF rel.relkind NOT IN ('r', 'p') THEN
        RAISE EXCEPTION USING ERRCODE = '42809',
            MESSAGE = pg_catalog.format('%s is not a table', source),
            DETAIL = 'aimarket.attach keeps the rows of a table analysed by triggers; views and foreign tables have none.';
    END IF;
    IF NOT pg_catalog.pg_has_role(rel.relowner, 'USAGE') THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = pg_catalog.format('must be owner of table %s to attach it', source);
    END IF;
    IF EXISTS (SELECT 1 FROM @extschema@.source s WHERE s.relation = attach.source) THEN
        RAISE EXCEPTION USING ERRCODE = '42710',
            MESSAGE = pg_catalog.format('table %s is attached already', source),
            HINT = 'aimarket.detach it first to attach it with other columns.';
    END IF;
    body_type := @extschema@.column_type(source, body);
    IF body_type IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '42703',
            MESSAGE = pg_catalog.format('column "%s" of table %s does not exist', body, source);
    ELSIF NOT @extschema@.is_text_type(body_type) THEN
        RAISE EXCEPTION USING ERRCODE = '42804',
            MESSAGE = pg_catalog.format('column "%s" of table %s is of type %s, not text', body, source, body_type);
    END IF;
    pub_type := @extschema@.column_type(source, published);
    IF pub_type IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '42703',
            MESSAGE = pg_catalog.format('column "%s" of table %s does not exist', published, source);
    ELSIF NOT @extschema@.is_date_type(pub_type) THEN
        RAISE EXCEPTION USING ERRCODE = '42804',
            MESSAGE = pg_catalog.format('column "%s" of table %s is of type %s, not date, timestamp or timestamptz',
                                        published, source, pub_type);
    END IF;
    IF key_col IS NULL THEN
        SELECT a.attname INTO key_col
        FROM pg_catalog.pg_index i JOIN pg_catalog.pg_attribute a
             ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]
        WHERE i.indrelid = source AND i.indisprimary AND i.indnatts = 1;
        IF key_col IS NULL THEN
            RAISE EXCEPTION USING ERRCODE = '42P10',
                MESSAGE = pg_catalog.format('table %s has no single-column primary key', source),
                HINT = 'Name a unique, not-null column: aimarket.attach(..., key => ''id'').';
        END IF;
    END IF;
    key_type := @extschema@.column_type(source, key_col);
    IF key_type IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '42703',
            MESSAGE = pg_catalog.format('column "%s" of table %s does not exist', key_col, source);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_index i JOIN pg_catalog.pg_attribute a
                       ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]
                   WHERE i.indrelid = source AND i.indisunique AND i.indnatts = 1
                     AND i.indpred IS NULL AND i.indexprs IS NULL AND a.attname = key_col AND a.attnotnull) THEN
        RAISE EXCEPTION USING ERRCODE = '42P10',
            MESSAGE = pg_catalog.format('column "%s" of table %s is not a unique, not-null key', key_col, source),
            DETAIL = 'Each row''s figures are kept by its key: it must name one row.';
    END IF;
    EXECUTE pg_catalog.format('CREATE TRIGGER aimarket_insert AFTER INSERT ON %s REFERENCING NEW TABLE AS aimarket_new
        FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.source_changed()', source);
    EXECUTE pg_catalog.format('CREATE TRIGGER aimarket_update AFTER UPDATE ON %s REFERENCING OLD TABLE AS aimarket_old
        NEW TABLE AS aimarket_new FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.source_changed()', source);
    EXECUTE pg_catalog.format('CREATE TRIGGER aimarket_delete AFTER DELETE ON %s REFERENCING OLD TABLE AS aimarket_old
        FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.source_changed()', source);
    EXECUTE pg_catalog.format('CREATE TRIGGER aimarket_truncate AFTER TRUNCATE ON %s
        FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.source_changed()', source);
    id := @extschema@.register_source(source, key_col, body, published, key_type, pub_type);
    RAISE NOTICE USING MESSAGE = pg_catalog.format(
        'attached %s: new and changed rows are analysed as they arrive; the rows already there wait for CALL aimarket.backfill(%L)',
        source, source::pg_catalog.text);
    RETURN id;
END
$$;

COMMENT ON FUNCTION @extschema@.attach(pg_catalog.regclass, pg_catalog.name, pg_catalog.name, pg_catalog.name) IS
'puts a table of articles under analysis (body: a text column, published: a date or timestamp column, key: its primary key by default); returns its source_id';

CREATE FUNCTION @extschema@.detach(source pg_catalog.regclass)
RETURNS pg_catalog.int8
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    n pg_catalog.int8;
BEGIN
    IF source IS NULL OR NOT EXISTS (SELECT 1 FROM @extschema@.source s WHERE s.relation = detach.source) THEN
        RAISE EXCEPTION USING ERRCODE = '42704',
            MESSAGE = pg_catalog.format('table %s is not attached', source);
    END IF;
    EXECUTE pg_catalog.format('DROP TRIGGER IF EXISTS aimarket_insert ON %s', source);
    EXECUTE pg_catalog.format('DROP TRIGGER IF EXISTS aimarket_update ON %s', source);
    EXECUTE pg_catalog.format('DROP TRIGGER IF EXISTS aimarket_delete ON %s', source);
    EXECUTE pg_catalog.format('DROP TRIGGER IF EXISTS aimarket_truncate ON %s', source);
    n := @extschema@.unregister_source(source);
    RETURN n;
END
$$;

COMMENT ON FUNCTION @extschema@.detach(pg_catalog.regclass) IS
'takes a table out of analysis: drops its triggers and deletes its articles, mentions and backfill state; returns the articles deleted';

-- An attached table's columns may not change under the pipeline: a rename,
-- a drop or a type the pipeline cannot read would make its rows silently
-- unanalysed. ALTER TABLE refuses them; a new type of the same kind (varchar
-- to text, date to timestamptz) is followed.
CREATE FUNCTION @extschema@.watch_sources() RETURNS event_trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    src @extschema@.source;
    c record;
BEGIN
    FOR src IN SELECT s.* FROM @extschema@.source s
               WHERE s.relation IN (SELECT e.objid FROM pg_catalog.pg_event_trigger_ddl_commands() e
                                    WHERE e.classid = 'pg_catalog.pg_class'::pg_catalog.regclass) LOOP
        -- each watched column, its type now, and whether the pipeline reads it
        FOR c IN SELECT w.what, w.col, w.why, t.t,
                        CASE w.what WHEN 'key' THEN t.t IS NOT DISTINCT FROM src.key_type
                                    WHEN 'body' THEN coalesce(@extschema@.is_text_type(t.t), false)
                                    ELSE coalesce(@extschema@.is_date_type(t.t), false) END AS fits
                 FROM (VALUES (1, 'key', src.key_column, 'keeps its figures by that key'),
                              (2, 'body', src.body_column, 'analyses it'),
                              (3, 'publication date', src.published_column, 'reads it')) w(i, what, col, why)
                 CROSS JOIN LATERAL (SELECT @extschema@.column_type(src.relation, w.col) AS t) t
                 ORDER BY w.i LOOP
            IF NOT c.fits THEN
                RAISE EXCEPTION USING ERRCODE = '55000',
                    MESSAGE = pg_catalog.format('%s column "%s" of table %s is %s by this command, and aimarket %s',
                                                c.what, c.col, src.relation,
                                                CASE WHEN c.t IS NULL THEN 'renamed or dropped' ELSE 'changed to ' || c.t::pg_catalog.text END,
                                                c.why),
                    HINT = pg_catalog.format('Call aimarket.detach(%L) first, then aimarket.attach it again.', src.relation::pg_catalog.text);
            END IF;
            IF c.what = 'publication date' AND c.t <> src.published_type THEN
                UPDATE @extschema@.source s SET published_type = c.t WHERE s.source_id = src.source_id;
            END IF;
        END LOOP;
    END LOOP;
END
$$;

COMMENT ON FUNCTION @extschema@.watch_sources() IS
'event trigger: refuses ALTER TABLE that renames, drops or retypes a column an attached table is analysed by';

CREATE EVENT TRIGGER aimarket_watch_sources ON ddl_command_end
    WHEN TAG IN ('ALTER TABLE')
    EXECUTE FUNCTION @extschema@.watch_sources();

-- A dropped source takes its articles with it.
CREATE FUNCTION @extschema@.forget_dropped_sources() RETURNS event_trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    src @extschema@.source;
BEGIN
    FOR src IN SELECT s.* FROM @extschema@.source s
               WHERE s.relation::pg_catalog.oid IN (SELECT e.objid FROM pg_catalog.pg_event_trigger_dropped_objects() e
                                    WHERE e.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND e.objsubid = 0) LOOP
        -- its triggers went with it, so unregister_source takes it
        PERFORM @extschema@.unregister_source(src.relation);
    END LOOP;
END
$$;

COMMENT ON FUNCTION @extschema@.forget_dropped_sources() IS
'event trigger: a dropped attached table takes its articles and mentions with it';

CREATE EVENT TRIGGER aimarket_forget_dropped_sources ON sql_drop
    WHEN TAG IN ('DROP TABLE', 'DROP SCHEMA', 'DROP OWNED')
    EXECUTE FUNCTION @extschema@.forget_dropped_sources();

------------------------------------------------------------------ backfill
-- A part of a backfill: rows whose key hashes to part - 1 modulo parts.
CREATE FUNCTION @extschema@.part_filter(r pg_catalog.text, part pg_catalog.int4, parts pg_catalog.int4)
RETURNS pg_catalog.text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
SELECT CASE WHEN parts = 1 THEN 'true'
            ELSE pg_catalog.format('(pg_catalog.hashtext(%s) OPERATOR(pg_catalog.&) 2147483647) OPERATOR(pg_catalog.%%) %s = %s',
                                   r, parts, part - 1) END
$$;

COMMENT ON FUNCTION @extschema@.part_filter(pg_catalog.text, pg_catalog.int4, pg_catalog.int4) IS
'internal: the condition on the key text r that picks one part of a split backfill';

-- Starts or resumes a backfill part; returns its state. restart begins
-- again from the first key (rows analysed already are passed over).
CREATE FUNCTION @extschema@.backfill_begin(source pg_catalog.regclass, part pg_catalog.int4,
    parts pg_catalog.int4, restart pg_catalog.bool)
RETURNS @extschema@.backfill_state
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    src @extschema@.source;
    st @extschema@.backfill_state;
    total pg_catalog.int8;
BEGIN
    SELECT * INTO src FROM @extschema@.source s WHERE s.relation = backfill_begin.source;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = '42704',
            MESSAGE = pg_catalog.format('table %s is not attached', source),
            HINT = 'Call aimarket.attach first.';
    END IF;
    IF restart THEN
        DELETE FROM @extschema@.backfill_state b
        WHERE b.source_id = src.source_id AND b.part = backfill_begin.part AND b.parts = backfill_begin.parts;
    END IF;
    SELECT * INTO st FROM @extschema@.backfill_state b
    WHERE b.source_id = src.source_id AND b.part = backfill_begin.part AND b.parts = backfill_begin.parts
    FOR UPDATE;
    IF NOT FOUND THEN
        EXECUTE pg_catalog.format('SELECT pg_catalog.count(*) FROM %s s WHERE %s', src.relation,
                                  @extschema@.part_filter(pg_catalog.format('s.%I::pg_catalog.text', src.key_column), part, parts))
            INTO total;
        INSERT INTO @extschema@.backfill_state AS b (source_id, part, parts, total, started_at, run_started_at, updated_at, backend_pid)
        VALUES (src.source_id, part, parts, total, pg_catalog.clock_timestamp(), pg_catalog.clock_timestamp(),
                pg_catalog.clock_timestamp(), pg_catalog.pg_backend_pid())
        RETURNING * INTO st;
    ELSIF st.finished_at IS NULL THEN
        UPDATE @extschema@.backfill_state b
           SET run_started_at = pg_catalog.clock_timestamp(), run_done = 0,
               updated_at = pg_catalog.clock_timestamp(), backend_pid = pg_catalog.pg_backend_pid()
         WHERE b.source_id = st.source_id AND b.part = st.part AND b.parts = st.parts
        RETURNING * INTO st;
    END IF;
    RETURN st;
END
$$;

COMMENT ON FUNCTION @extschema@.backfill_begin(pg_catalog.regclass, pg_catalog.int4, pg_catalog.int4, pg_catalog.bool) IS
'internal: starts or resumes one part of a backfill and returns where it stands';

-- One batch. The scan: the next batch_size rows of the part after the last
-- key, locked FOR SHARE SKIP LOCKED: a row a writer holds is passed over
-- (its writer's trigger analyses it when it commits), and one this batch
-- holds makes its writer wait for the batch, whose articles its trigger
-- then sees; the batch never waits holding locks, so it cannot deadlock
-- with writers. Then the sweep: the rows of the part still without an
-- article (held by a writer that rolled back, say), in the same way, until
-- none is left. The state moves on in the batch's transaction, so a crash
-- loses nothing and repeats nothing.
CREATE FUNCTION @extschema@.backfill_batch(source pg_catalog.regclass, part pg_catalog.int4,
    parts pg_catalog.int4, batch_size pg_catalog.int4)
RETURNS @extschema@.backfill_state
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    src @extschema@.source;
    st @extschema@.backfill_state;
    seen pg_catalog.int8;
    written pg_catalog.int8;
    last pg_catalog.text;
    version pg_catalog.int8;
    part_cond pg_catalog.text;
    unanalysed pg_catalog.text;
    left_over pg_catalog.int8 := 0;
BEGIN
    SELECT * INTO src FROM @extschema@.source s WHERE s.relation = backfill_batch.source;
    SELECT * INTO st FROM @extschema@.backfill_state b
    WHERE b.source_id = src.source_id AND b.part = backfill_batch.part AND b.parts = backfill_batch.parts
    FOR UPDATE;
    IF NOT FOUND OR st.finished_at IS NOT NULL THEN
        RETURN st;
    END IF;
    SELECT v.version INTO version FROM @extschema@.catalogue_version v;
    part_cond := @extschema@.part_filter(pg_catalog.format('s.%I::pg_catalog.text', src.key_column), part, parts);
    IF NOT st.scan_done THEN
        EXECUTE @extschema@.analyse_sql(pg_catalog.format(
                'SELECT %s FROM %s s WHERE (%L::pg_catalog.text IS NULL OR s.%I OPERATOR(pg_catalog.>) %L::%s) AND %s ORDER BY s.%I LIMIT %s FOR SHARE OF s SKIP LOCKED',
                @extschema@.source_columns(src, 's'), src.relation, st.last_key, src.key_column, st.last_key,
                src.key_type, part_cond, src.key_column, batch_size), true)
            INTO seen, written, last
            USING src.source_id, version;
        UPDATE @extschema@.backfill_state b
           SET done = b.done + seen, run_done = b.run_done + seen, analysed = b.analysed + written,
               last_key = coalesce(last, b.last_key), updated_at = pg_catalog.clock_timestamp(),
               scan_done = seen < batch_size, backend_pid = pg_catalog.pg_backend_pid()
         WHERE b.source_id = st.source_id AND b.part = st.part AND b.parts = st.parts
        RETURNING * INTO st;
        RETURN st;
    END IF;
    unanalysed := pg_catalog.format(
        '%s s WHERE %s AND NOT EXISTS (SELECT 1 FROM @extschema@.article x WHERE x.source_id = $1 AND x.article_key = s.%I::pg_catalog.text)',
        src.relation, part_cond, src.key_column);
    EXECUTE @extschema@.analyse_sql(pg_catalog.format(
            'SELECT %s FROM %s ORDER BY s.%I LIMIT %s FOR SHARE OF s SKIP LOCKED',
            @extschema@.source_columns(src, 's'), unanalysed, src.key_column, batch_size), true)
        INTO seen, written, last
        USING src.source_id, version;
    IF seen = 0 THEN
        EXECUTE 'SELECT pg_catalog.count(*) FROM ' || unanalysed INTO left_over USING src.source_id;
    END IF;
    UPDATE @extschema@.backfill_state b
       SET analysed = b.analysed + written, updated_at = pg_catalog.clock_timestamp(),
           finished_at = CASE WHEN seen = 0 AND left_over = 0 THEN pg_catalog.clock_timestamp() END,
           backend_pid = pg_catalog.pg_backend_pid()
     WHERE b.source_id = st.source_id AND b.part = st.part AND b.parts = st.parts
    RETURNING * INTO st;
    RETURN st;
END
$$;

COMMENT ON FUNCTION @extschema@.backfill_batch(pg_catalog.regclass, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS
'internal: analyses the next batch of one backfill part and moves its state on, in one transaction';

CREATE VIEW @extschema@.backfill_progress AS
SELECT s.relation::pg_catalog.text AS source,
       b.part::pg_catalog.int8 AS part, b.parts::pg_catalog.int8 AS parts,
       b.done AS rows_done, b.total AS rows_total, b.analysed AS articles_written,
       (CASE WHEN b.total = 0 THEN 100
             ELSE LEAST(100, 100.0 * b.done / b.total) END)::pg_catalog.numeric(5,1) AS percent,
       (CASE WHEN b.updated_at > b.run_started_at
             THEN b.run_done / pg_catalog.date_part('epoch', b.updated_at - b.run_started_at)::pg_catalog.numeric
        END)::pg_catalog.numeric(14,1) AS rows_per_second,
       (CASE WHEN b.finished_at IS NOT NULL THEN 0
             WHEN b.run_done > 0 AND b.updated_at > b.run_started_at
             THEN GREATEST(0, b.total - b.done)
                  * pg_catalog.date_part('epoch', b.updated_at - b.run_started_at)::pg_catalog.numeric / b.run_done
        END)::pg_catalog.numeric(14,1) AS seconds_left,
       CASE WHEN b.finished_at IS NOT NULL THEN 'done'
            WHEN EXISTS (SELECT 1 FROM pg_catalog.pg_stat_activity a
                         WHERE a.pid = b.backend_pid AND a.state <> 'idle') THEN 'running'
            ELSE 'stopped' END AS state,
       b.started_at, pg_catalog.timezone('Asia/Seoul', b.started_at)::pg_catalog.date AS started_on_kst,
       b.updated_at, pg_catalog.timezone('Asia/Seoul', b.updated_at)::pg_catalog.date AS updated_on_kst,
       b.finished_at, pg_catalog.timezone('Asia/Seoul', b.finished_at)::pg_catalog.date AS finished_on_kst
FROM @extschema@.backfill_state b JOIN @extschema@.source s USING (source_id);

COMMENT ON VIEW @extschema@.backfill_progress IS
'each backfill (part): rows done of total, articles written, rate and time left of the current run, and whether it is running, stopped (resume with the same CALL) or done';

CREATE PROCEDURE @extschema@.backfill(source pg_catalog.regclass, batch_size pg_catalog.int4 DEFAULT 1000,
    part pg_catalog.int4 DEFAULT 1, parts pg_catalog.int4 DEFAULT 1, restart pg_catalog.bool DEFAULT false)
LANGUAGE plpgsql AS $$
DECLARE
    st @extschema@.backfill_state;
    before @extschema@.backfill_state;
    secs pg_catalog.numeric;
    rate pg_catalog.numeric;
BEGIN
    IF batch_size IS NULL OR batch_size < 1 OR batch_size > 1000000 THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = pg_catalog.format('batch_size must be between 1 and 1000000, not %s', coalesce(batch_size::pg_catalog.text, 'NULL'));
    END IF;
    IF parts IS NULL OR part IS NULL OR parts < 1 OR part < 1 OR part > parts THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = pg_catalog.format('part must be between 1 and parts (%s), not %s',
                                        coalesce(parts::pg_catalog.text, 'NULL'), coalesce(part::pg_catalog.text, 'NULL'));
    END IF;
    IF source IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '22004', MESSAGE = 'source must not be NULL';
    END IF;
    st := @extschema@.backfill_begin(source, part, parts, coalesce(restart, false));
    IF st.finished_at IS NOT NULL THEN
        RAISE NOTICE USING MESSAGE = pg_catalog.format(
            'aimarket.backfill %s (part %s of %s): done already, %s rows at %s; restart => true begins again',
            source, part, parts, st.done, st.finished_at);
        RETURN;
    END IF;
    COMMIT;
    LOOP
        before := st;
        st := @extschema@.backfill_batch(source, part, parts, batch_size);
        COMMIT;
        IF before.scan_done THEN
            -- the sweep: report what it found; wait a little for writers
            -- that hold the rows it still lacks
            IF st.analysed > before.analysed OR st.finished_at IS NOT NULL THEN
                RAISE NOTICE USING MESSAGE = pg_catalog.format(
                    'aimarket.backfill %s%s: %s rows that writers held analysed after the scan%s',
                    source, CASE WHEN parts > 1 THEN pg_catalog.format(' (part %s of %s)', part, parts) ELSE '' END,
                    st.analysed - before.analysed, CASE WHEN st.finished_at IS NOT NULL THEN ', done' ELSE '' END);
            ELSE
                PERFORM pg_catalog.pg_sleep(0.1);
            END IF;
            EXIT WHEN st.finished_at IS NOT NULL;
            CONTINUE;
        END IF;
        secs := pg_catalog.date_part('epoch', st.updated_at - st.run_started_at)::pg_catalog.numeric;
        rate := CASE WHEN secs > 0 THEN st.run_done / secs END;
        RAISE NOTICE USING MESSAGE = pg_catalog.format(
            'aimarket.backfill %s%s: %s of %s rows (%s%%), %s rows/s, %s',
            source, CASE WHEN parts > 1 THEN pg_catalog.format(' (part %s of %s)', part, parts) ELSE '' END,
            st.done, st.total,
            CASE WHEN st.total = 0 THEN 100 ELSE LEAST(100, pg_catalog.round(100.0 * st.done / st.total)) END,
            coalesce(pg_catalog.round(rate)::pg_catalog.text, '-'),
            CASE WHEN st.scan_done THEN 'scanned; checking the rows writers held'
                 WHEN rate > 0 THEN 'about ' || pg_catalog.ceil(GREATEST(0, st.total - st.done) / rate) || ' s left'
                 ELSE '' END);
    END LOOP;
    -- the summaries once, by the part that finishes last
    IF NOT EXISTS (SELECT 1 FROM @extschema@.backfill_state b JOIN @extschema@.source s USING (source_id)
                   WHERE s.relation = backfill.source AND b.parts = backfill.parts AND b.finished_at IS NULL) THEN
        PERFORM @extschema@.refresh();
    END IF;
END
$$;

COMMENT ON PROCEDURE @extschema@.backfill(pg_catalog.regclass, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4, pg_catalog.bool) IS
'analyses the rows an attached table had before, batch_size rows per transaction, with progress as NOTICEs and in backfill_progress; resumes after a cancel or a crash; part => k, parts => n splits the work across sessions';

------------------------------------------- exchange rates and conversion
-- Rates implied by the articles: an amount with its stated equivalent in
-- won, or an amount in won with its equivalent in another currency.
-- A figure of 6.5 billion dollars stated as about 8.6 trillion won implies
-- 1323.08 KRW per USD.
CREATE VIEW @extschema@.implied_rate_mentions AS
SELECT a.article_id, a.article_key, s.relation::pg_catalog.text AS source, a.published,
       m.ord::pg_catalog.int8 AS ord, m.surface,
       CASE WHEN @extschema@.currency(m.equivalent) = 'KRW' THEN @extschema@.currency(m.amount)
            ELSE @extschema@.currency(m.equivalent) END AS currency,
       x.rate AS krw_per_unit
FROM @extschema@.article_money m
JOIN @extschema@.article a ON a.article_id = m.article_id
JOIN @extschema@.source s ON s.source_id = a.source_id
CROSS JOIN LATERAL (SELECT CASE WHEN @extschema@.currency(m.equivalent) = 'KRW'
                                THEN @extschema@.lower(m.equivalent) / @extschema@.lower(m.amount)
                                ELSE @extschema@.lower(m.amount) / @extschema@.lower(m.equivalent) END) x(rate)
WHERE m.equivalent IS NOT NULL
  AND NOT @extschema@.is_range(m.amount) AND NOT @extschema@.is_range(m.equivalent)
  AND (@extschema@.currency(m.amount) = 'KRW') <> (@extschema@.currency(m.equivalent) = 'KRW')
  AND @extschema@.lower(m.amount) > 0 AND @extschema@.lower(m.equivalent) > 0;

COMMENT ON VIEW @extschema@.implied_rate_mentions IS
'internal: implied_rates with the rates unrounded (for implied_rate_daily)';

CREATE VIEW @extschema@.implied_rates AS
SELECT r.article_id, r.article_key, r.source, r.published, r.ord, r.surface, r.currency,
       (CASE WHEN r.krw_per_unit < 1e13 THEN r.krw_per_unit END)::pg_catalog.numeric(20,6) AS krw_per_unit
FROM @extschema@.implied_rate_mentions r;

COMMENT ON VIEW @extschema@.implied_rates IS
'the exchange rate each stated equivalent implies: krw_per_unit won for one unit of currency, from an amount and its equivalent with exactly one of them in won';

-- The median implied rate of each currency and day, for rate_on.
CREATE MATERIALIZED VIEW @extschema@.implied_rate_daily AS
SELECT r.currency, r.published AS day,
       pg_catalog.percentile_disc(0.5) WITHIN GROUP (ORDER BY r.krw_per_unit) AS krw_per_unit,
       pg_catalog.count(*) AS mentions
FROM @extschema@.implied_rate_mentions r
WHERE r.published IS NOT NULL
GROUP BY r.currency, r.published;
CREATE UNIQUE INDEX implied_rate_daily_key ON @extschema@.implied_rate_daily (currency, day);

COMMENT ON MATERIALIZED VIEW @extschema@.implied_rate_daily IS
'the median rate implied by the articles of each day, per currency (refreshed by aimarket.refresh)';

-- The rate of a currency in won on a date: the exchange_rate row of the
-- nearest day on or before it, else the rate implied by the articles of the
-- nearest day on or before it, whichever day is nearer (exchange_rate on a
-- tie). No row when neither has one.
CREATE FUNCTION @extschema@.rate_on(currency pg_catalog.text, on_date pg_catalog.date)
RETURNS TABLE (krw pg_catalog.numeric, day pg_catalog.date, source pg_catalog.text)
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
SELECT x.krw, x.day, x.source FROM (
    SELECT 1::pg_catalog.numeric, rate_on.on_date, 'same currency'::pg_catalog.text, 0
    WHERE rate_on.currency = 'KRW'
    UNION ALL
    (SELECT r.krw, r.day, 'exchange_rate', 1 FROM @extschema@.exchange_rate r
     WHERE r.currency = rate_on.currency AND r.day <= rate_on.on_date ORDER BY r.day DESC LIMIT 1)
    UNION ALL
    (SELECT i.krw_per_unit, i.day, 'implied by articles', 2 FROM @extschema@.implied_rate_daily i
     WHERE i.currency = rate_on.currency AND i.day <= rate_on.on_date ORDER BY i.day DESC LIMIT 1)
) x(krw, day, source, pri)
ORDER BY x.day DESC, x.pri LIMIT 1
$$;

COMMENT ON FUNCTION @extschema@.rate_on(pg_catalog.text, pg_catalog.date) IS
'won per unit of currency on a date, the day it is from, and its source: exchange_rate or the rates implied by articles, nearest day on or before on_date';

CREATE FUNCTION @extschema@.convert(amount @extschema@.monetary, currency pg_catalog.text, on_date pg_catalog.date)
RETURNS @extschema@.monetary
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
SELECT CASE WHEN @extschema@.currency(convert.amount) = convert.currency THEN convert.amount
            ELSE @extschema@.convert(convert.amount, convert.currency, f.krw / t.krw) END
FROM @extschema@.rate_on(@extschema@.currency(convert.amount), convert.on_date) f,
     @extschema@.rate_on(convert.currency, convert.on_date) t
$$;

COMMENT ON FUNCTION @extschema@.convert(@extschema@.monetary, pg_catalog.text, pg_catalog.date) IS
'the amount in another currency at the rates of rate_on for that date; NULL when a rate is missing';

------------------------------------------------------------------ the views
-- Views for every client: only bigint, numeric(p,s), text, date,
-- timestamptz and boolean columns. Amounts are numeric(38,4); one beyond
-- 10^34 reads as NULL there (the article_money table keeps it exactly).
CREATE FUNCTION @extschema@.bi_amount(x pg_catalog.numeric) RETURNS pg_catalog.numeric
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT CASE WHEN pg_catalog.abs(x) < 1e34 THEN pg_catalog.round(x, 4) END $$;

COMMENT ON FUNCTION @extschema@.bi_amount(pg_catalog.numeric) IS
'internal: x rounded to 4 places, or NULL beyond what numeric(38,4) holds';

-- The catalogued entities of a figure's sentence, nearest first, and the
-- nearest; SQL functions that the planner inlines into the views.
CREATE FUNCTION @extschema@.sentence_entities(article pg_catalog.int8, sentence pg_catalog.int8, pos pg_catalog.int8)
RETURNS TABLE (entities pg_catalog.text, nearest_entity_id pg_catalog.int8, nearest_entity pg_catalog.text)
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
SELECT pg_catalog.string_agg(n.name, ', ' ORDER BY n.d, n.name),
       (pg_catalog.array_agg(n.entity_id ORDER BY n.d, n.name))[1],
       (pg_catalog.array_agg(n.name ORDER BY n.d, n.name))[1]
FROM (SELECT e.entity_id, en.name, pg_catalog.min(pg_catalog.abs(e.start_pos - sentence_entities.pos)) AS d
      FROM @extschema@.article_entity e JOIN @extschema@.entity en ON en.id = e.entity_id
      WHERE e.article_id = sentence_entities.article AND e.sentence = sentence_entities.sentence
      GROUP BY e.entity_id, en.name) n
$$;

COMMENT ON FUNCTION @extschema@.sentence_entities(pg_catalog.int8, pg_catalog.int8, pg_catalog.int8) IS
'the catalogued entities of sentence of an article, nearest to character pos first, and the nearest';

-- The party of a figure until facts exist: the catalogued company, lab or
-- investor named nearest before it in its sentence (a model or product
-- stands for its parent company).
CREATE FUNCTION @extschema@.figure_party(article pg_catalog.int8, sentence pg_catalog.int8, pos pg_catalog.int8)
RETURNS TABLE (entity_id pg_catalog.int8)
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
SELECT coalesce(CASE WHEN x.kind IN ('ai_model', 'product') THEN x.parent_id END, x.id)
FROM @extschema@.article_entity e JOIN @extschema@.entity x ON x.id = e.entity_id
WHERE e.article_id = figure_party.article AND e.sentence = figure_party.sentence AND e.start_pos < figure_party.pos
  AND x.kind IN ('company', 'research_lab', 'investor', 'ai_model', 'product')
ORDER BY e.start_pos DESC LIMIT 1
$$;

COMMENT ON FUNCTION @extschema@.figure_party(pg_catalog.int8, pg_catalog.int8, pg_catalog.int8) IS
'the provisional party of a figure at character pos: the catalogued company, lab or investor nearest before it in its sentence (a model or product counts for its parent)';

CREATE VIEW @extschema@.money_mentions AS
SELECT a.article_id, a.article_key, s.relation::pg_catalog.text AS source, a.published,
       m.ord::pg_catalog.int8 AS ord, m.sentence::pg_catalog.int8 AS sentence,
       m.start_pos::pg_catalog.int8 AS start_pos, m.surface, m.role, m.change,
       @extschema@.bi_amount(@extschema@.lower(m.amount))::pg_catalog.numeric(38,4) AS amount_lower,
       @extschema@.bi_amount(@extschema@.upper(m.amount))::pg_catalog.numeric(38,4) AS amount_upper,
       @extschema@.currency(m.amount) AS currency,
       @extschema@.qualifier(m.amount) AS qualifier,
       @extschema@.is_range(m.amount) AS is_range,
       @extschema@.bi_amount(@extschema@.lower(m.equivalent))::pg_catalog.numeric(38,4) AS equivalent_lower,
       @extschema@.bi_amount(@extschema@.upper(m.equivalent))::pg_catalog.numeric(38,4) AS equivalent_upper,
       @extschema@.currency(m.equivalent) AS equivalent_currency,
       @extschema@.bi_amount(@extschema@.lower(m.amount) * fx.krw)::pg_catalog.numeric(38,4) AS krw_lower,
       @extschema@.bi_amount(@extschema@.upper(m.amount) * fx.krw)::pg_catalog.numeric(38,4) AS krw_upper,
       @extschema@.bi_amount(CASE WHEN @extschema@.currency(m.amount) = 'USD' THEN @extschema@.lower(m.amount)
                                  ELSE @extschema@.lower(m.amount) * fx.krw / usd.krw END)::pg_catalog.numeric(38,4) AS usd_lower,
       @extschema@.bi_amount(CASE WHEN @extschema@.currency(m.amount) = 'USD' THEN @extschema@.upper(m.amount)
                                  ELSE @extschema@.upper(m.amount) * fx.krw / usd.krw END)::pg_catalog.numeric(38,4) AS usd_upper,
       fx.krw::pg_catalog.numeric(20,6) AS krw_per_unit, fx.day AS krw_rate_day, fx.source AS krw_rate_source,
       usd.krw::pg_catalog.numeric(20,6) AS krw_per_usd,
       CASE WHEN @extschema@.currency(m.amount) = 'USD' THEN a.published ELSE usd.day END AS usd_rate_day,
       CASE WHEN @extschema@.currency(m.amount) = 'USD' THEN 'same currency' ELSE usd.source END AS usd_rate_source,
       ents.entities, ents.nearest_entity_id, ents.nearest_entity
FROM @extschema@.article_money m
JOIN @extschema@.article a ON a.article_id = m.article_id
JOIN @extschema@.source s ON s.source_id = a.source_id
LEFT JOIN LATERAL @extschema@.rate_on(@extschema@.currency(m.amount), a.published) fx ON true
LEFT JOIN LATERAL @extschema@.rate_on('USD', a.published) usd ON true
LEFT JOIN LATERAL @extschema@.sentence_entities(m.article_id, m.sentence, m.start_pos) ents ON true;

COMMENT ON VIEW @extschema@.money_mentions IS
'every money figure of the analysed articles: bounds, currency, qualifier, stated equivalent, role, in won and dollars at rate_on of the publication date (with the rate''s day and source), and the catalogued entities of its sentence, nearest first';

CREATE VIEW @extschema@.quantity_mentions AS
SELECT a.article_id, a.article_key, s.relation::pg_catalog.text AS source, a.published,
       q.ord::pg_catalog.int8 AS ord, q.sentence::pg_catalog.int8 AS sentence,
       q.start_pos::pg_catalog.int8 AS start_pos, q.surface,
       @extschema@.bi_amount(q.value)::pg_catalog.numeric(38,4) AS value,
       @extschema@.bi_amount(q.lower)::pg_catalog.numeric(38,4) AS lower,
       @extschema@.bi_amount(q.upper)::pg_catalog.numeric(38,4) AS upper,
       q.qualifier, q.unit, q.measure, q.period,
       ents.entities, ents.nearest_entity_id, ents.nearest_entity
FROM @extschema@.article_quantity q
JOIN @extschema@.article a ON a.article_id = q.article_id
JOIN @extschema@.source s ON s.source_id = a.source_id
LEFT JOIN LATERAL @extschema@.sentence_entities(q.article_id, q.sentence, q.start_pos) ents ON true;

COMMENT ON VIEW @extschema@.quantity_mentions IS
'every count, percentage and multiple of the analysed articles, with its unit and measure and the catalogued entities of its sentence, nearest first';

CREATE VIEW @extschema@.entity_mentions AS
SELECT a.article_id, a.article_key, s.relation::pg_catalog.text AS source, a.published,
       e.ord::pg_catalog.int8 AS ord, e.sentence::pg_catalog.int8 AS sentence,
       e.start_pos::pg_catalog.int8 AS start_pos, e.surface, e.entity_id, en.name AS entity, e.kind
FROM @extschema@.article_entity e
JOIN @extschema@.article a ON a.article_id = e.article_id
JOIN @extschema@.source s ON s.source_id = a.source_id
LEFT JOIN @extschema@.entity en ON en.id = e.entity_id;

COMMENT ON VIEW @extschema@.entity_mentions IS
'every mention of an entity in the analysed articles (entity_id NULL: an organisation the catalogue lacks, named by a company marker)';

CREATE VIEW @extschema@.valuations AS
SELECT p.entity_id, en.name AS entity, m.published, m.article_id, m.article_key, m.source, m.surface,
       m.amount_lower, m.amount_upper, m.currency, m.qualifier, m.is_range,
       m.krw_lower, m.krw_upper, m.usd_lower, m.usd_upper, m.krw_rate_source, m.usd_rate_source,
       'nearest entity before the figure in its sentence'::pg_catalog.text AS subject_rule
FROM @extschema@.money_mentions m
CROSS JOIN LATERAL @extschema@.figure_party(m.article_id, m.sentence, m.start_pos) p
JOIN @extschema@.entity en ON en.id = p.entity_id
WHERE m.role = 'valuation';

COMMENT ON VIEW @extschema@.valuations IS
'valuation figures per entity over time; provisional rule until facts exist: the subject is the catalogued company, lab or investor nearest before the figure in its sentence (a model or product counts for its parent)';

CREATE VIEW @extschema@.deals AS
SELECT m.published, m.article_id, m.article_key, m.source, m.role AS deal,
       p.entity_id, en.name AS entity, m.entities AS parties, m.surface,
       m.amount_lower, m.amount_upper, m.currency, m.qualifier, m.is_range,
       m.krw_lower, m.krw_upper, m.usd_lower, m.usd_upper, m.krw_rate_source, m.usd_rate_source,
       'nearest entity before the figure in its sentence'::pg_catalog.text AS subject_rule
FROM @extschema@.money_mentions m
LEFT JOIN LATERAL @extschema@.figure_party(m.article_id, m.sentence, m.start_pos) p ON true
LEFT JOIN @extschema@.entity en ON en.id = p.entity_id
WHERE m.role IN ('investment_raised', 'investment_made', 'loan', 'deal_value');

COMMENT ON VIEW @extschema@.deals IS
'investments raised and made, loans and deal values; entity: provisionally the catalogued company, lab or investor nearest before the figure in its sentence; parties: every catalogued entity of the sentence, nearest first';

CREATE MATERIALIZED VIEW @extschema@.entity_daily_counts AS
SELECT e.entity_id, a.published AS day, pg_catalog.count(*) AS mentions,
       pg_catalog.count(DISTINCT a.article_id) AS articles
FROM @extschema@.article_entity e JOIN @extschema@.article a ON a.article_id = e.article_id
WHERE e.entity_id IS NOT NULL AND a.published IS NOT NULL
GROUP BY e.entity_id, a.published;
CREATE UNIQUE INDEX entity_daily_counts_key ON @extschema@.entity_daily_counts (entity_id, day);

COMMENT ON MATERIALIZED VIEW @extschema@.entity_daily_counts IS
'mentions and articles per catalogued entity and publication day (refreshed by aimarket.refresh)';

CREATE VIEW @extschema@.entity_daily AS
SELECT c.entity_id, en.name AS entity, en.kind, c.day, c.mentions, c.articles
FROM @extschema@.entity_daily_counts c JOIN @extschema@.entity en ON en.id = c.entity_id;

COMMENT ON VIEW @extschema@.entity_daily IS
'mentions and articles per entity per day, as of the last aimarket.refresh()';

GRANT SELECT ON @extschema@.backfill_progress, @extschema@.implied_rates, @extschema@.implied_rate_mentions, @extschema@.implied_rate_daily,
    @extschema@.money_mentions, @extschema@.quantity_mentions, @extschema@.entity_mentions,
    @extschema@.valuations, @extschema@.deals, @extschema@.entity_daily_counts,
    @extschema@.entity_daily TO PUBLIC;

------------------------------------------------------------------- refresh
-- Links the entities of articles analysed under an older catalogue again,
-- batch by batch, reading their bodies from their sources.
CREATE FUNCTION @extschema@.relink_entities(src @extschema@.source, version pg_catalog.int8)
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
        EXECUTE pg_catalog.format(
            'INSERT INTO @extschema@.article_entity
             SELECT a.article_id, x.ord::pg_catalog.int4, x.entity_id, x.kind, x.surface, x.start_pos, x.sentence
             FROM @extschema@.article a JOIN %s s ON s.%I OPERATOR(pg_catalog.=) a.article_key::%s,
                  @extschema@.extract_entities(s.%I::pg_catalog.text) WITH ORDINALITY
                  x(entity_id, name, kind, surface, start_pos, sentence, ord)
             WHERE a.article_id = ANY ($1)', src.relation, src.key_column, src.key_type, src.body_column)
            USING ids;
        UPDATE @extschema@.article a SET catalogue_version = version WHERE a.article_id = ANY (ids);
        total := total + pg_catalog.cardinality(ids);
    END LOOP;
    RETURN total;
END
$$;

COMMENT ON FUNCTION @extschema@.relink_entities(@extschema@.source, pg_catalog.int8) IS
'internal: extract_entities again for the articles of a source linked under another catalogue version';

CREATE FUNCTION @extschema@.refresh()
RETURNS TABLE (step pg_catalog.text, rows pg_catalog.int8)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    src @extschema@.source;
    version pg_catalog.int8;
BEGIN
    SELECT v.version INTO version FROM @extschema@.catalogue_version v;
    -- a temporary table dropped at the end of its session fires no event
    -- trigger: forget such sources here
    FOR src IN SELECT s.* FROM @extschema@.source s
               WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_class c WHERE c.oid = s.relation) LOOP
        step := 'forgotten: source ' || src.source_id || ', whose table is gone';
        rows := @extschema@.unregister_source(src.relation);
        RETURN NEXT;
    END LOOP;
    FOR src IN SELECT s.* FROM @extschema@.source s ORDER BY s.source_id LOOP
        step := 'entities linked again in ' || src.relation::pg_catalog.text;
        rows := @extschema@.relink_entities(src, version);
        RETURN NEXT;
    END LOOP;
    REFRESH MATERIALIZED VIEW CONCURRENTLY @extschema@.implied_rate_daily;
    step := 'implied_rate_daily';
    rows := (SELECT pg_catalog.count(*) FROM @extschema@.implied_rate_daily);
    RETURN NEXT;
    REFRESH MATERIALIZED VIEW CONCURRENTLY @extschema@.entity_daily_counts;
    step := 'entity_daily_counts';
    rows := (SELECT pg_catalog.count(*) FROM @extschema@.entity_daily_counts);
    RETURN NEXT;
END
$$;

COMMENT ON FUNCTION @extschema@.refresh() IS
'forgets sources whose table is gone (a temporary table at the end of its session), links entities again where the catalogue changed since, and refreshes the materialised summaries concurrently (readers never wait); schedule it with pg_cron';

-------------------------------------------------------------- 0.5.0

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
