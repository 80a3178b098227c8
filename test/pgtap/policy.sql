-- Contracts of the extension's catalog entries.
SET client_encoding = 'UTF8';
BEGIN;
SELECT plan(33);

SELECT has_extension('aimarket');
SELECT has_schema('aimarket');
SELECT has_type('aimarket', 'monetary', 'type aimarket.monetary exists');
SELECT is((SELECT typlen::int FROM pg_type WHERE oid = 'aimarket.monetary'::regtype), 40,
          'monetary is fixed-length, 40 bytes');
SELECT is((SELECT typalign::text FROM pg_type WHERE oid = 'aimarket.monetary'::regtype), 'd',
          'monetary is double-aligned');
SELECT ok((SELECT typreceive <> 0 AND typsend <> 0 FROM pg_type
           WHERE oid = 'aimarket.monetary'::regtype), 'monetary has binary send/recv');

-- The volatility policy over pg_proc: every function of the extension is
-- IMMUTABLE and PARALLEL SAFE unless it reads the lexicon files or the
-- entity catalogue (STABLE; the catalogue readers PARALLEL RESTRICTED), and
-- STRICT unless it is an aggregate support function that must see NULL
-- states. The one trigger function (it writes the catalogue version) is
-- plpgsql, VOLATILE and SECURITY DEFINER with a fixed search_path;
-- candidate_entities is SQL over extract_entities.
CREATE TEMP VIEW ext_funcs AS
SELECT p.oid::regprocedure::text AS sig, p.provolatile, p.proisstrict, p.proparallel,
       p.prosecdef, l.lanname, p.proconfig
FROM pg_proc p
JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'aimarket'
JOIN pg_language l ON l.oid = p.prolang
WHERE p.prokind = 'f';

-- The pipeline's writers (plpgsql, VOLATILE, PARALLEL UNSAFE, not STRICT);
-- definer: SECURITY DEFINER (the internal ones, not attach and detach).
CREATE TEMP TABLE writers (sig text, definer bool);
INSERT INTO writers VALUES
    ('aimarket.attach(regclass,name,name,name)', false), ('aimarket.detach(regclass)', false),
    ('aimarket.source_changed()', true), ('aimarket.register_source(regclass,name,name,name,regtype,regtype)', true),
    ('aimarket.unregister_source(regclass)', true), ('aimarket.watch_sources()', true),
    ('aimarket.forget_dropped_sources()', true), ('aimarket.backfill_begin(regclass,integer,integer,boolean)', true),
    ('aimarket.backfill_batch(regclass,integer,integer,integer)', true),
    ('aimarket.relink_entities(aimarket.source,bigint)', true), ('aimarket.refresh()', true);

SELECT is((SELECT count(*)::int FROM ext_funcs), 81, 'the extension owns its 81 functions');
SELECT set_eq($$ SELECT sig FROM ext_funcs WHERE provolatile = 's' $$,
              ARRAY['aimarket.kdict_init(internal)',
                    'aimarket.kdict_lexize(internal,internal,internal,internal)',
                    'aimarket.tokenize(text)', 'aimarket.korean_lexicon_stats()',
                    'aimarket.extract_entities(text,boolean)', 'aimarket.entity_catalogue_stats()',
                    'aimarket.candidate_entities(text)', 'aimarket.column_type(regclass,name)',
                    'aimarket.is_text_type(regtype)', 'aimarket.rate_on(text,date)',
                    'aimarket.convert(aimarket.monetary,text,date)',
                    'aimarket.sentence_entities(bigint,bigint,bigint)', 'aimarket.figure_party(bigint,bigint,bigint)',
                    'aimarket.extract_facts(text,date)'],
              'every function is IMMUTABLE but those that read the lexicon files or tables (STABLE) and the pipeline''s writers');
SELECT set_eq($$ SELECT sig FROM ext_funcs WHERE provolatile = 'v' $$,
              ARRAY['aimarket.catalogue_changed()', 'aimarket.keep_dictionaries_dumpable()',
                    'aimarket.store_mentions(bigint,text,date)']
                  || (SELECT array_agg(sig) FROM writers),
              'only the trigger functions and the pipeline''s writers are VOLATILE');
SELECT set_eq($$ SELECT sig FROM ext_funcs WHERE proparallel <> 's' $$,
              ARRAY['aimarket.extract_entities(text,boolean)', 'aimarket.entity_catalogue_stats()',
                    'aimarket.candidate_entities(text)', 'aimarket.catalogue_changed()',
                    'aimarket.extract_facts(text,date)',
                    'aimarket.keep_dictionaries_dumpable()', 'aimarket.store_mentions(bigint,text,date)']
                  || (SELECT array_agg(sig) FROM writers),
              'every function is PARALLEL SAFE but the catalogue readers, the triggers and the writers');
SELECT set_eq($$ SELECT sig FROM ext_funcs WHERE NOT proisstrict $$,
              ARRAY['aimarket.monetary_avg_accum(internal,aimarket.monetary)',
                    'aimarket.monetary_avg_combine(internal,internal)',
                    'aimarket.monetary_avg_final(internal)', 'aimarket.catalogue_changed()',
                    'aimarket.keep_dictionaries_dumpable()', 'aimarket.forget_sql(text)',
                    'aimarket.rate_on(text,date)', 'aimarket.convert(aimarket.monetary,text,date)',
                    'aimarket.sentence_entities(bigint,bigint,bigint)', 'aimarket.figure_party(bigint,bigint,bigint)',
                    'aimarket.resolve_dates(text,date)', 'aimarket.store_mentions(bigint,text,date)',
                    'aimarket.extract_facts(text,date)']
                  || (SELECT array_agg(sig) FROM writers),
              'only the avg support functions, the triggers, the pipeline''s functions (they name NULL), resolve_dates, extract_facts and the writer (a NULL publication date) are not STRICT');
SELECT set_eq($$ SELECT sig FROM ext_funcs WHERE prosecdef AND proconfig IS NOT NULL $$,
              $$ SELECT sig FROM ext_funcs WHERE prosecdef $$,
              'a SECURITY DEFINER function fixes its search_path');
SELECT set_eq($$ SELECT sig FROM ext_funcs WHERE prosecdef $$,
              ARRAY['aimarket.catalogue_changed()'] || (SELECT array_agg(sig) FROM writers WHERE definer),
              'none is SECURITY DEFINER but the triggers and the pipeline''s internal writers');
SELECT ok(NOT EXISTS (SELECT 1 FROM ext_funcs WHERE lanname NOT IN ('c', 'sql', 'plpgsql')),
          'every function is C, SQL or PL/pgSQL');
SELECT set_eq($$ SELECT sig FROM ext_funcs WHERE lanname = 'plpgsql' $$,
              ARRAY['aimarket.catalogue_changed()', 'aimarket.keep_dictionaries_dumpable()']
                  || (SELECT array_agg(sig) FROM writers),
              'the triggers and the pipeline''s writers are PL/pgSQL');
SELECT is((SELECT p.prokind::text || ' ' || l.lanname || ' ' || p.prosecdef FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang
           WHERE p.oid = 'aimarket.backfill(regclass,integer,integer,integer,boolean)'::regprocedure),
          'p plpgsql false', 'backfill is a PL/pgSQL procedure (it commits), with the caller''s rights');

-- operators, opclasses, casts, aggregates
SELECT has_opclass('aimarket', 'monetary_ops', 'btree opclass');
SELECT has_opclass('aimarket', 'monetary_hash_ops', 'hash opclass');
SELECT is((SELECT count(*)::int FROM pg_amproc ap
           JOIN pg_opfamily f ON f.oid = ap.amprocfamily
           WHERE f.opfname = 'monetary_hash_ops' AND ap.amprocnum = 2), 1,
          'hash opclass has the extended hash (support function 2)');
SELECT ok((SELECT oprcanhash AND oprcanmerge FROM pg_operator
           WHERE oprname = '=' AND oprleft = 'aimarket.monetary'::regtype), 
          '= is HASHES and MERGES');
SELECT has_cast('aimarket.monetary', 'numeric', 'aimarket', 'numeric', 'cast monetary -> numeric');
SELECT is((SELECT castcontext::text FROM pg_cast
           WHERE castsource = 'aimarket.monetary'::regtype AND casttarget = 'numeric'::regtype),
          'e', 'the numeric cast is explicit only');
SELECT ok(NOT EXISTS (SELECT 1 FROM pg_cast WHERE casttarget = 'aimarket.monetary'::regtype
                      AND castsource = 'numeric'::regtype), 'no numeric -> monetary cast (no currency)');
SELECT has_function('aimarket', 'sum', ARRAY['aimarket.monetary']);
SELECT has_function('aimarket', 'avg', ARRAY['aimarket.monetary']);
SELECT ok((SELECT bool_and(aggcombinefn <> 0) FROM pg_aggregate
           WHERE aggfnoid::text IN ('aimarket.sum', 'aimarket.min', 'aimarket.max', 'aimarket.avg')),
          'every aggregate can run in parallel (has a combine function)');

-- nothing needs superuser after install
CREATE ROLE aimarket_analyst NOSUPERUSER;
SET LOCAL ROLE aimarket_analyst;
SELECT is(aimarket.parse_number('8조6000억'), 8600000000000::numeric, 'a plain role can parse numbers');
SELECT is(aimarket.to_korean('65억달러'), '65억 달러', 'a plain role can use the type');
SELECT lives_ok($$ CREATE TEMP TABLE t(m aimarket.monetary PRIMARY KEY) $$,
                'a plain role can index the type');
-- the pipeline's C writer (below the executor) is the pipeline's alone
SELECT throws_ok($$ SELECT aimarket.store_mentions(1, '10억달러', NULL) $$, '42501', NULL,
                 'a plain role cannot call store_mentions');
RESET ROLE;
SELECT ok(NOT EXISTS (SELECT 1 FROM pg_proc p, aclexplode(p.proacl) a
                      WHERE p.oid = 'aimarket.store_mentions(bigint,text,date)'::regprocedure
                        AND a.grantee = 0 AND a.privilege_type = 'EXECUTE')
          AND (SELECT proacl IS NOT NULL FROM pg_proc WHERE oid = 'aimarket.store_mentions(bigint,text,date)'::regprocedure),
          'EXECUTE on store_mentions is revoked from PUBLIC');

-- a hostile search_path does not change what the extension's objects do
CREATE FUNCTION public.numeric(aimarket.monetary) RETURNS numeric
LANGUAGE sql AS $$ SELECT -1::numeric $$;
CREATE FUNCTION public.monetary_eq(aimarket.monetary, aimarket.monetary) RETURNS bool
LANGUAGE sql AS $$ SELECT true $$;
SET LOCAL search_path = public, aimarket;
SELECT is('1.5조 원'::aimarket.monetary::numeric, 1500000000000::numeric,
          'the cast is bound to aimarket.numeric, not to a look-alike');
SELECT ok(NOT ('1 USD'::aimarket.monetary = '2 USD'::aimarket.monetary),
          'the = operator is bound to aimarket.monetary_eq');
SELECT * FROM finish();
ROLLBACK;
