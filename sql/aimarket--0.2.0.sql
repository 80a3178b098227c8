-- aimarket 0.2.0: Korean numbers, the monetary type, figures in running
-- text, Korean text search.
-- Every name is schema-qualified so no search_path can redirect it. The
-- script is ASCII so that it installs in a database of any encoding (the
-- Korean-text functions then refuse with 0A000 where Hangul cannot be held).

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
