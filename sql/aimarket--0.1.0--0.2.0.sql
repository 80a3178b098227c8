-- aimarket 0.1.0 -> 0.2.0
-- The C functions changed behaviour (see Changes); the catalogue changes are
-- the change column of money_mention and two comments made ASCII, so that
-- an updated installation equals a fresh 0.2.0 one.

\echo Use "ALTER EXTENSION aimarket UPDATE TO '0.2.0'" to load this file. \quit

ALTER TYPE @extschema@.money_mention ADD ATTRIBUTE change pg_catalog.text;

COMMENT ON FUNCTION @extschema@.parse_number(pg_catalog.text) IS
'exact value of a Korean number (Sino-Korean units, Hangul or native numerals, 6.5bn); raises 22P02/22003 on bad input';

COMMENT ON FUNCTION @extschema@.to_korean(@extschema@.monetary) IS
'the amount as a Korean newspaper writes it, in Hangul units; reads back to the same value';
