-- Contracts of extract_facts: its declaration, the two sentences of the
-- issue field by field, NULL and bad input, the catalogue it reads, a
-- plain role, limits. In UTF8 and EUC_KR databases.
SET client_encoding = 'UTF8';
BEGIN;
SELECT plan(16);

SELECT function_returns('aimarket', 'extract_facts', ARRAY['text', 'date'], 'setof aimarket.fact');
SELECT volatility_is('aimarket', 'extract_facts', ARRAY['text', 'date'], 'stable');
SELECT isnt_strict('aimarket', 'extract_facts', ARRAY['text', 'date']);
SELECT is((SELECT proparallel::text FROM pg_proc WHERE oid = 'aimarket.extract_facts(text,date)'::regprocedure),
          'r', 'extract_facts is PARALLEL RESTRICTED, as every reader of the catalogue');
SELECT set_eq($$ SELECT attname::text || ' ' || format_type(atttypid, atttypmod) FROM pg_attribute
                 WHERE attrelid = 'aimarket.fact'::regclass AND attnum > 0 $$,
              ARRAY['relation text', 'subject_id bigint', 'subject text', 'object_id bigint', 'object text',
                    'amount aimarket.monetary', 'equivalent aimarket.monetary', 'quantity_lower numeric',
                    'quantity_upper numeric', 'quantity_unit text', 'quantity_qualifier text', 'status text',
                    'as_of_lower date', 'as_of_upper date', 'as_of_granularity text', 'dated_by text',
                    'surface text', 'start_pos integer', 'sentence integer', 'sentence_start integer',
                    'sentence_end integer', 'subject_carried boolean', 'confidence numeric'],
              'fact has the documented columns');

-- the issue's two sentences
SELECT results_eq(
  $$ SELECT relation, subject, object, amount::text, status, as_of_lower, as_of_upper, as_of_granularity
     FROM aimarket.extract_facts('업스테이지는 기업 가치를 지난해의 5억달러보다 두 배 늘린 10억~12억달러로 제시했다.', '2024-03-15') $$,
  $$ VALUES ('valuation'::text, 'Upstage'::text, NULL::text, '500000000 USD'::text, 'completed'::text,
             date '2023-01-01', date '2023-12-31', 'year'::text),
            ('valuation', 'Upstage', NULL, '1000000000..1200000000 USD', 'target',
             date '2024-03-15', date '2024-03-15', 'day') $$,
  'a target valuation of 1.0-1.2 billion USD, and last year''s 500 million USD dated to last year');
SELECT results_eq(
  $$ SELECT relation, subject, object, amount::text, quantity_lower, quantity_unit, quantity_qualifier, status
     FROM aimarket.extract_facts('앤트로픽은 아마존에 지분 15%가량을 넘기며 4억달러의 투자를 유치했다.', '2024-02-01') $$,
  $$ VALUES ('investment'::text, 'Anthropic'::text, 'Amazon'::text, '400000000 USD'::text, 15::numeric,
             'percent'::text, 'approximate'::text, 'completed'::text) $$,
  'an investment of 400 million USD by Amazon for an approximate 15% stake');

-- NULL, empty, and the database's character positions
SELECT is((SELECT count(*) FROM aimarket.extract_facts(NULL, '2024-10-15')), 0::bigint, 'a NULL body has no facts');
SELECT is((SELECT count(*) FROM aimarket.extract_facts('', NULL)), 0::bigint, 'an empty body has no facts');
SELECT throws_ok($$ SELECT * FROM aimarket.extract_facts('오픈AI는 내년 66억달러를 유치할 예정이다.', '5874897-06-01') $$,
                 '22008', 'date out of range for "내년"', 'an as-of date beyond PostgreSQL''s range is 22008 naming the words');

-- STABLE: it reads the catalogue, and sees an alias added in the transaction
SELECT is((SELECT count(*) FROM aimarket.extract_facts('가나다랩은 10억달러를 유치했다.', '2024-01-01')), 0::bigint,
          'an uncatalogued name owns no fact');
INSERT INTO aimarket.entity (name, kind) VALUES ('Ganada Lab', 'company');
INSERT INTO aimarket.entity_alias (entity_id, alias)
SELECT id, '가나다랩' FROM aimarket.entity WHERE name = 'Ganada Lab';
SELECT is((SELECT subject FROM aimarket.extract_facts('가나다랩은 10억달러를 유치했다.', '2024-01-01')), 'Ganada Lab',
          'once catalogued, the same sentence is its fact');

-- a plain role may call it
CREATE ROLE aimarket_fact_reader;
SET LOCAL ROLE aimarket_fact_reader;
SELECT is((SELECT count(*) FROM aimarket.extract_facts('오픈AI는 66억달러를 유치했다.', '2024-10-03')), 1::bigint,
          'a role with no privileges reads facts');
RESET ROLE;

-- time: a long text costs in proportion (one call over 5000 sentences)
SELECT cmp_ok((SELECT count(*) FROM aimarket.extract_facts(repeat('오픈AI는 아마존에 10억달러의 투자를 유치했다. ', 5000), '2024-01-01')),
              '=', 5000::bigint, 'a text of 5000 sentences gives its 5000 facts');

-- bounded memory: too many of anything is 54000 naming the kind
SELECT throws_ok($$ SELECT count(*) FROM aimarket.extract_facts(repeat('1원 ', 2000001), '2024-01-01') $$, '54000',
                 'extract_facts found more than 2000000 figures in a text of 10000005 bytes',
                 'more than 2,000,000 figures in one text is 54000');
SELECT throws_ok($$ SELECT count(*) FROM aimarket.extract_facts(repeat('1일 ', 2000001), '2024-01-01') $$, '54000',
                 'extract_facts found more than 2000000 dates in a text of 10000005 bytes',
                 'more than 2,000,000 dates in one text is 54000, naming extract_facts');

SELECT * FROM finish();
ROLLBACK;
