-- Contracts of resolve_dates: its declaration, NULL and bad input, size
-- limits and time, in UTF8 and EUC_KR databases.
SET client_encoding = 'UTF8';
BEGIN;
SELECT plan(16);

SELECT function_returns('aimarket', 'resolve_dates', ARRAY['text', 'date'], 'setof aimarket.date_mention');
SELECT volatility_is('aimarket', 'resolve_dates', ARRAY['text', 'date'], 'immutable');
SELECT isnt_strict('aimarket', 'resolve_dates', ARRAY['text', 'date']);
SELECT is((SELECT proparallel::text FROM pg_proc WHERE oid = 'aimarket.resolve_dates(text,date)'::regprocedure),
          's', 'resolve_dates is PARALLEL SAFE');
SELECT set_eq($$ SELECT attname::text || ' ' || format_type(atttypid, atttypmod) FROM pg_attribute
                 WHERE attrelid = 'aimarket.date_mention'::regclass AND attnum > 0 $$,
              ARRAY['surface text', 'start_pos integer', 'lower date', 'upper date', 'granularity text',
                    'relative boolean', 'sentence integer'],
              'date_mention has plain columns only');

-- NULL and empty
SELECT is((SELECT count(*) FROM aimarket.resolve_dates(NULL, '2024-10-15')), 0::bigint, 'a NULL body has no dates');
SELECT is((SELECT count(*) FROM aimarket.resolve_dates('', '2024-10-15')), 0::bigint, 'an empty body has no dates');
SELECT results_eq($$ SELECT surface, lower, upper FROM aimarket.resolve_dates('2024년 10월 2일, 지난 11일', NULL) $$,
                  $$ VALUES ('2024년 10월 2일'::text, date '2024-10-02', date '2024-10-02'), ('지난 11일', NULL, NULL) $$,
                  'without a publication date the absolute date resolves and the relative one has NULL bounds');
SELECT results_eq($$ SELECT lower FROM aimarket.resolve_dates('지난 11일', '-infinity') $$,
                  $$ VALUES (NULL::date) $$, 'an infinite publication date resolves nothing relative');

-- edges of the calendar
SELECT throws_ok($$ SELECT * FROM aimarket.resolve_dates('내년', '5874897-06-01') $$, '22008',
                 'date out of range for "내년"', 'a resolved date beyond PostgreSQL''s range is 22008 naming the words');
SELECT throws_ok($$ SELECT * FROM aimarket.resolve_dates('지난해', '4713-06-01 BC') $$, '22008',
                 'date out of range for "지난해"', 'and before its first day');

-- malformed, mixed scripts, huge
SELECT is((SELECT count(*) FROM aimarket.resolve_dates('2024.13.45 2024-02-30 13월 32일 0일 00분기', '2024-10-15')),
          0::bigint, 'impossible dates are not dates');
SELECT results_eq($$ SELECT surface, lower FROM aimarket.resolve_dates('Sept. 12와 9월 12일, 漢字 2024年 1일', '2024-10-15') $$,
                  $$ VALUES ('Sept. 12'::text, date '2024-09-12'), ('9월 12일', date '2024-09-12'), ('1일', date '2024-10-01') $$,
                  'Latin, Hangul and Han in one text: the English and the Korean forms, and no 年');
SELECT throws_ok($$ SELECT count(*) FROM aimarket.resolve_dates(repeat('1일 ', 2000001), '2024-10-15') $$, '54000',
                 'resolve_dates found more than 2000000 dates in a text of 10000005 bytes',
                 'more than 2,000,000 dates in one text is 54000, not gigabytes');
SELECT is((SELECT count(*) FROM aimarket.resolve_dates(repeat('지난 11일과 2024년 3분기, ', 50000), '2024-10-15')),
          100000::bigint, '1.6 MB of dates: every one');
SELECT is((SELECT count(*) FROM aimarket.resolve_dates(repeat('가', 1000000), '2024-10-15')), 0::bigint,
          '3 MB of Hangul without a date');

SELECT * FROM finish();
ROLLBACK;
