-- The pipeline in one transaction: attach, the triggers on every kind of
-- write, the guard on the source's columns, detach, the views' types and
-- values, the exchange rates. Every check of "exactly right" compares the
-- stored mentions with the extractors called afresh on the table as it is.
-- (Backfill, which commits, and the faults: test/pipeline.sh.)
SET client_encoding = 'UTF8';
BEGIN;
SELECT plan(63);

CREATE TABLE pg_temp.news (id int PRIMARY KEY, published date, body text, views int DEFAULT 0);

-- what the extractors say of the table now (want), what the pipeline keeps
-- (have), as one text per mention, and the rows of either the other lacks
CREATE FUNCTION pg_temp.drift() RETURNS bigint LANGUAGE sql AS $$
    WITH want AS (
        SELECT ROW('m', n.id::text, n.published, x.ord::int, x.amount::text, x.equivalent::text, x.role, x.surface, x.start_pos, x.sentence)::text AS v
        FROM pg_temp.news n, aimarket.extract_money(n.body) WITH ORDINALITY x(amount, equivalent, role, surface, start_pos, change, sentence, ord)
        UNION ALL
        SELECT ROW('q', n.id::text, x.ord::int, x.surface, x.unit, x.sentence)::text
        FROM pg_temp.news n, aimarket.extract_quantities(n.body) WITH ORDINALITY x(value, lower, upper, qualifier, unit, measure, period, surface, start_pos, sentence, ord)
        UNION ALL
        SELECT ROW('e', n.id::text, x.ord::int, x.entity_id, x.surface, x.sentence)::text
        FROM pg_temp.news n, aimarket.extract_entities(n.body) WITH ORDINALITY x(entity_id, name, kind, surface, start_pos, sentence, ord)
        UNION ALL
        SELECT ROW('d', n.id::text, x.ord::int, x.surface, x.start_pos, x.lower, x.upper, x.granularity, x.relative, x.sentence)::text
        FROM pg_temp.news n, aimarket.resolve_dates(n.body, n.published) WITH ORDINALITY x(surface, start_pos, lower, upper, granularity, relative, sentence, ord)
        UNION ALL
        SELECT ROW('f', n.id::text, x.ord::int, x.relation, x.subject_id, x.object_id, x.amount::text, x.status, x.as_of_lower, x.as_of_upper, x.surface, x.confidence)::text
        FROM pg_temp.news n, aimarket.extract_facts(n.body, n.published) WITH ORDINALITY x(relation, subject_id, subject, object_id, object, amount, equivalent, quantity_lower, quantity_upper, quantity_unit, quantity_qualifier, status, as_of_lower, as_of_upper, as_of_granularity, dated_by, surface, start_pos, sentence, sentence_start, sentence_end, subject_carried, confidence, ord)
        UNION ALL
        SELECT ROW('a', n.id::text, n.published)::text FROM pg_temp.news n),
    have AS (
        SELECT ROW('m', a.article_key, a.published, m.ord, m.amount::text, m.equivalent::text, m.role, m.surface, m.start_pos, m.sentence)::text AS v
        FROM aimarket.article a JOIN aimarket.article_money m USING (article_id)
        UNION ALL
        SELECT ROW('q', a.article_key, q.ord, q.surface, q.unit, q.sentence)::text
        FROM aimarket.article a JOIN aimarket.article_quantity q USING (article_id)
        UNION ALL
        SELECT ROW('e', a.article_key, e.ord, e.entity_id, e.surface, e.sentence)::text
        FROM aimarket.article a JOIN aimarket.article_entity e USING (article_id)
        UNION ALL
        SELECT ROW('d', a.article_key, d.ord, d.surface, d.start_pos, d.lower, d.upper, d.granularity, d.relative, d.sentence)::text
        FROM aimarket.article a JOIN aimarket.article_date d USING (article_id)
        UNION ALL
        SELECT ROW('f', a.article_key, f.ord, f.relation, f.subject_id, f.object_id, f.amount::text, f.status, f.as_of_lower, f.as_of_upper, f.surface, f.confidence)::text
        FROM aimarket.article a JOIN aimarket.article_fact f USING (article_id)
        UNION ALL
        SELECT ROW('a', a.article_key, a.published)::text FROM aimarket.article a)
    SELECT (SELECT count(*) FROM (SELECT v FROM want EXCEPT ALL SELECT v FROM have) d)
         + (SELECT count(*) FROM (SELECT v FROM have EXCEPT ALL SELECT v FROM want) d)
$$;

-------------------------------------------------------------- attach errors
SELECT throws_ok($$ SELECT aimarket.attach('pg_temp.news', 'text', 'published') $$, '42703',
                 'column "text" of table news does not exist', 'a missing body column is named');
SELECT throws_ok($$ SELECT aimarket.attach('pg_temp.news', 'views', 'published') $$, '42804',
                 'column "views" of table news is of type integer, not text', 'a body column that is not text');
SELECT throws_ok($$ SELECT aimarket.attach('pg_temp.news', 'body', 'views') $$, '42804', NULL,
                 'a publication column that is not a date');
SELECT throws_ok($$ SELECT aimarket.attach('pg_temp.news', 'body', 'published', key => 'views') $$, '42P10',
                 'column "views" of table news is not a unique, not-null key', 'a key that is not unique');
SELECT throws_ok($$ SELECT aimarket.attach(NULL, 'body', 'published') $$, '22004', NULL, 'NULL table');
CREATE TEMP VIEW news_view AS SELECT * FROM pg_temp.news;
SELECT throws_ok($$ SELECT aimarket.attach('news_view', 'body', 'published') $$, '42809',
                 'news_view is not a table', 'a view is refused');
CREATE TEMP TABLE nokey (body text, published date);
SELECT throws_ok($$ SELECT aimarket.attach('nokey', 'body', 'published') $$, '42P10',
                 'table nokey has no single-column primary key', 'a table without a key');
SELECT throws_ok($$ SELECT aimarket.detach('pg_temp.news') $$, '42704', 'table news is not attached',
                 'detach of a table not attached');

------------------------------------------------------------- the triggers
INSERT INTO pg_temp.news VALUES
 (1, '2024-10-03', '오픈AI는 65억달러(약 8조6000억원) 규모의 투자를 유치했다. 기업가치는 1570억달러로 평가됐다.'),
 (2, '2024-09-12', '앤트로픽은 기업가치를 300억~400억달러로 설정한 것으로 알려졌다.');
SELECT ok(aimarket.attach('pg_temp.news', 'body', 'published') > 0, 'attach returns the source id');
SELECT throws_ok($$ SELECT aimarket.attach('pg_temp.news', 'body', 'published') $$, '42710',
                 'table news is attached already', 'a second attach is refused');
SELECT is((SELECT count(*)::int FROM aimarket.article), 0, 'rows there before attach wait for backfill');
SELECT is((SELECT count(*)::int FROM pg_trigger WHERE tgrelid = 'pg_temp.news'::regclass), 4, 'four statement triggers');

-- what backfill does, batch by batch (the procedure commits; see pipeline.sh)
SELECT is((aimarket.backfill_begin('pg_temp.news', 1, 1, false)).total, 2::bigint, 'backfill counts the rows first');
SELECT is((aimarket.backfill_batch('pg_temp.news', 1, 1, 1)).done, 1::bigint, 'a batch of one');
SELECT is((aimarket.backfill_batch('pg_temp.news', 1, 1, 10)).scan_done, true, 'a short batch ends the scan');
SELECT is((aimarket.backfill_batch('pg_temp.news', 1, 1, 10)).finished_at IS NOT NULL, true,
          'the sweep finds no row left without an article and finishes it');
SELECT is(pg_temp.drift(), 0::bigint, 'after the backfill the mentions are the extractors''');
SELECT is((SELECT state || ' ' || rows_done || '/' || rows_total FROM aimarket.backfill_progress), 'done 2/2',
          'backfill_progress shows it done');

INSERT INTO pg_temp.news VALUES (5, '2024-05-27', 'xAI는 60억 달러 규모의 시리즈B 투자를 유치했다고 27일 밝혔다.');
SELECT is(pg_temp.drift(), 0::bigint, 'INSERT: the new row is analysed');
INSERT INTO pg_temp.news SELECT g, date '2024-01-01' + g, '네이버는 ' || g || '억원을 투자했다. 주간 사용자 ' || g || '만명.'
FROM generate_series(10, 509) g;
SELECT is(pg_temp.drift(), 0::bigint, 'INSERT ... SELECT of 500 rows');
SELECT is((SELECT count(*)::int FROM aimarket.article), 503, 'one article per row');
COPY pg_temp.news (id, published, body) FROM STDIN;
700	2024-06-11	미스트랄AI가 6억 유로를 조달하면서 기업가치는 약 60억 달러로 뛰었다.
601	2024-06-12	\N
602	2024-06-13	
\.
SELECT is(pg_temp.drift(), 0::bigint, 'COPY, with a NULL and an empty body');
SELECT is((SELECT count(*)::int FROM aimarket.article WHERE article_key IN ('601', '602')), 2,
          'a row with a NULL or empty body is an article without mentions');

CREATE TEMP TABLE ids AS SELECT article_key, article_id, analysed_at FROM aimarket.article;
UPDATE pg_temp.news SET views = views + 1;
SELECT is((SELECT count(*)::int FROM aimarket.article a JOIN ids USING (article_key, article_id)), 506,
          'UPDATE of another column analyses nothing again');
UPDATE pg_temp.news SET body = body || ' 구글도 참여했다.' WHERE id % 7 = 0;
SELECT is(pg_temp.drift(), 0::bigint, 'UPDATE of the body');
SELECT is((SELECT count(*)::int FROM aimarket.article a JOIN ids USING (article_key, article_id)), 506 - 73,
          'only the 73 changed rows were analysed again');
UPDATE pg_temp.news SET published = published + 1 WHERE id < 100;
SELECT is(pg_temp.drift(), 0::bigint, 'UPDATE of the publication date');
UPDATE pg_temp.news SET id = id + 10000 WHERE id BETWEEN 10 AND 20;
SELECT is(pg_temp.drift(), 0::bigint, 'UPDATE of the key');
UPDATE pg_temp.news SET body = NULL WHERE id = 1;
UPDATE pg_temp.news SET body = '오픈AI는 65억달러(약 8조6000억원) 규모의 투자를 유치했다. 기업가치는 1570억달러로 평가됐다.' WHERE id = 1;
SELECT is(pg_temp.drift(), 0::bigint, 'UPDATE to NULL and back');
DELETE FROM pg_temp.news WHERE id % 3 = 0;
SELECT is(pg_temp.drift(), 0::bigint, 'DELETE');
SAVEPOINT before_truncate;
TRUNCATE pg_temp.news;
SELECT is((SELECT count(*)::int FROM aimarket.article) + (SELECT count(*)::int FROM aimarket.article_money)
          + (SELECT count(*)::int FROM aimarket.backfill_state), 0, 'TRUNCATE forgets every article and the backfill');
ROLLBACK TO before_truncate;
SELECT is(pg_temp.drift(), 0::bigint, 'a rolled-back TRUNCATE leaves them');
SAVEPOINT big;
INSERT INTO pg_temp.news VALUES (900, '2024-01-01', repeat('앤트로픽은 40억달러를 유치했다. ', 30000));
SELECT is((SELECT count(*)::int FROM aimarket.article_money m JOIN aimarket.article a USING (article_id)
           WHERE a.article_key = '900'), 30000, 'a body of 1.3 MB: 30000 figures kept');
ROLLBACK TO big;
SELECT throws_ok($$ INSERT INTO pg_temp.news VALUES (900, '2024-01-01', repeat('1원 ', 2000001)) $$, '54000',
  'store_mentions found more than 2000000 figures in a text of 10000005 bytes',
  'a body of more than 2,000,000 figures is refused as the extractors refuse it, not cut short');
-- the writer works below the executor: it will not bypass what was added
SAVEPOINT guard;
CREATE FUNCTION pg_temp.pass() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER added BEFORE INSERT ON aimarket.article_entity FOR EACH ROW EXECUTE FUNCTION pg_temp.pass();
SELECT throws_ok($$ INSERT INTO pg_temp.news VALUES (902, '2024-01-01', '오픈AI') $$, '55000',
  'aimarket.article_entity has a trigger, a row-security policy or a check constraint that the pipeline''s writer would bypass',
  'a trigger added to a mention table stops the writer with 55000 rather than being bypassed');
ROLLBACK TO guard;
SELECT getdatabaseencoding() = 'UTF8' AS utf8 \gset
\if :utf8
INSERT INTO pg_temp.news VALUES (901, '2024-01-01', 'Naver와 kakao, 그리고 ÄÖ 😀 漢字 65억달러');
\else
INSERT INTO pg_temp.news VALUES (901, '2024-01-01', 'Naver와 kakao, 그리고 ＡＢ 漢字 65억달러');
\endif
SELECT is(pg_temp.drift(), 0::bigint, 'mixed scripts');

----------------------------------------------------------- column changes
DROP VIEW news_view;
SELECT throws_ok($$ ALTER TABLE pg_temp.news RENAME COLUMN body TO text $$, '55000', NULL,
                 'renaming the body column is refused');
SELECT throws_ok($$ ALTER TABLE pg_temp.news DROP COLUMN published $$, '55000', NULL,
                 'dropping the publication column is refused');
SELECT throws_ok($$ ALTER TABLE pg_temp.news ALTER COLUMN published TYPE text $$, '55000', NULL,
                 'a publication column that becomes text is refused');
SELECT throws_ok($$ ALTER TABLE pg_temp.news ALTER COLUMN id TYPE bigint $$, '55000', NULL,
                 'a new type of the key is refused');
SELECT lives_ok($$ ALTER TABLE pg_temp.news ALTER COLUMN body TYPE varchar(2000000) $$,
                'a body that becomes varchar is followed');
SELECT lives_ok($$ ALTER TABLE pg_temp.news ADD COLUMN title text $$, 'other columns may change');
UPDATE pg_temp.news SET body = body || ' 메타도.' WHERE id = 2;
SELECT is(pg_temp.drift(), 0::bigint, 'and the triggers still agree');

------------------------------------------------------ a second source
CREATE TEMP TABLE wire (slug text PRIMARY KEY, at timestamptz, story text);
SELECT ok(aimarket.attach('wire', 'story', 'at') > 0, 'a second source, keyed by text, dated by timestamptz');
INSERT INTO wire VALUES ('a', '2024-10-02 23:30+00', '앤트로픽은 40억달러를 유치했다.');
SELECT is((SELECT a.published FROM aimarket.article a JOIN aimarket.source s USING (source_id)
           WHERE s.relation = 'wire'::regclass), date '2024-10-03',
          'a timestamptz is dated in Korea time (23:30 UTC is the next day in Seoul)');

------------------------------------------------------------------ views
SELECT is((SELECT count(*)::int FROM information_schema.columns c
           WHERE c.table_schema = 'aimarket'
             AND c.table_name IN ('money_mentions', 'quantity_mentions', 'entity_mentions', 'valuations', 'deals',
                                  'entity_daily', 'implied_rates', 'backfill_progress', 'date_mentions',
                                  'facts', 'deal_ledger')
             AND NOT (c.data_type IN ('bigint', 'text', 'date', 'timestamp with time zone', 'boolean')
                      OR (c.data_type = 'numeric' AND c.numeric_precision IS NOT NULL))), 0,
          'the views have only bigint, numeric(p,s), text, date, timestamptz and boolean columns');
SELECT is((SELECT surface || ' ' || amount_lower || ' ' || currency || ' ' || equivalent_lower || ' ' || entities
           FROM aimarket.money_mentions WHERE article_key = '1' AND ord = 1),
          '65억달러 6500000000.0000 USD 8600000000000.0000 OpenAI', 'money_mentions: a figure, its equivalent and its entities');
SELECT is((SELECT krw_per_unit FROM aimarket.implied_rates WHERE article_key = '1'), 1323.076923::numeric,
          '65억달러(약 8조6000억원) implies 1323.08 won per dollar');
SELECT is((SELECT string_agg(entity || ' ' || surface, '; ' ORDER BY article_key) FROM aimarket.valuations),
          'OpenAI 1570억달러; Anthropic 300억~400억달러; Mistral AI 약 60억 달러',
          'valuations from the facts: 1570억달러 is OpenAI''s, the subject carried from the sentence before');
SELECT is((SELECT entity || ' ' || deal || ' ' || status FROM aimarket.deals WHERE article_key = '5'), 'xAI funding_round completed',
          'deals from the facts: the round xAI raised');
SELECT is((SELECT string_agg(payee || ' ' || relation || ' ' || status || ' ' || usd_lower, '; ' ORDER BY article_key) FROM aimarket.deal_ledger),
          'OpenAI funding_round completed 6500000000.0000; xAI funding_round completed 6000000000.0000; Anthropic funding_round completed 4000000000.0000',
          'deal_ledger: the rounds with their payee, in dollars');

------------------------------------------------------------ rates
SELECT is((SELECT count(*)::int FROM aimarket.refresh()), 4, 'refresh: two sources, two summaries');
SELECT is((SELECT source || ' ' || day FROM aimarket.rate_on('USD', '2024-10-05')),
          'implied by articles 2024-10-04', 'rate_on falls back to the rate implied by articles of the nearest earlier day');
INSERT INTO aimarket.exchange_rate VALUES ('USD', '2024-10-01', 1330, 'test'), ('EUR', '2024-06-01', 1450, 'test');
SELECT is((SELECT source || ' ' || day || ' ' || krw FROM aimarket.rate_on('USD', '2024-10-02')),
          'exchange_rate 2024-10-01 1330', 'a rate of the table wins when its day is nearer');
SELECT is(aimarket.convert('6.5B USD'::aimarket.monetary, 'KRW', date '2024-10-02')::text, '8645000000000 KRW',
          'convert at the rate of a date');
SELECT is(aimarket.convert('600M EUR'::aimarket.monetary, 'USD', date '2024-10-03')::text,
          round(600000000::numeric * 1450 / 1330, 4)::text || ' USD', 'EUR to USD through won');
SELECT is(aimarket.convert('1 JPY'::aimarket.monetary, 'USD', date '2024-10-03') IS NULL, true, 'no rate: NULL');
SELECT is((SELECT concat_ws(' ', usd_lower, krw_lower, krw_rate_source, krw_rate_day, usd_rate_source) FROM aimarket.money_mentions
           WHERE article_key = '1' AND ord = 1),
          '6500000000.0000 8600000000000.0000 implied by articles 2024-10-04 same currency',
          'money_mentions in dollars and won, with the source and day of the rate');
SELECT is((SELECT concat_ws(' ', krw_lower, krw_rate_source, usd_lower) FROM aimarket.money_mentions
           WHERE article_key = '700' AND ord = 1),
          '870000000000.0000 exchange_rate', 'no dollar rate that early: usd_lower is NULL, won from exchange_rate');

------------------------------------------------------------ detach
SELECT is(aimarket.detach('pg_temp.news') > 0, true, 'detach returns the articles it deleted');
SELECT is((SELECT count(*)::int FROM aimarket.article a JOIN aimarket.source s USING (source_id)), 1,
          'only the other source''s article remains');
SELECT is((SELECT count(*)::int FROM pg_trigger WHERE tgrelid = 'pg_temp.news'::regclass), 0, 'and its triggers are gone');
DROP TABLE wire;
SELECT is((SELECT count(*)::int FROM aimarket.article) + (SELECT count(*)::int FROM aimarket.source), 0,
          'DROP TABLE of a source forgets it');

SELECT * FROM finish();
ROLLBACK;
