-- bench/stem_quality.sql: aimarket.korean's stems against the gold content
-- stems of the Universal Dependencies Korean treebanks kept in
-- ../shared/eval/ud (see its README for the measure). Run with `make bench`
-- from a checkout that has ../shared beside it; set -v ud=DIR to point
-- elsewhere. For each eojeol with a gold stem: is the stem the primary
-- lexeme, is it among the lexemes, and what share of lexemes are neither
-- the stem nor a part of it. Latin letters are compared case-folded, since
-- lexemes are case-folded by design.
SET client_encoding = 'UTF8';
\pset border 2
\if :{?ud}
\else
\set ud '../shared/eval/ud'
\endif
CREATE TEMP TABLE gold(treebank text, sentence_id text, eojeol text, gold_lemma text, xpos text,
                       upos text, content_stem text, token_id text, space_after text,
                       stem_is_prefix text, stem_source text);
\set f :ud '/gsd-dev.tokens.tsv'
\set cmd '\\copy gold(sentence_id, eojeol, gold_lemma, xpos, upos, content_stem, token_id, space_after, stem_is_prefix, stem_source) FROM ' :'f' ' WITH (FORMAT csv, DELIMITER E''\\t'', HEADER true, QUOTE E''\\x01'')'
:cmd
UPDATE gold SET treebank = 'gsd-dev' WHERE treebank IS NULL;
\set f :ud '/kaist-dev.tokens.tsv'
\set cmd '\\copy gold(sentence_id, eojeol, gold_lemma, xpos, upos, content_stem, token_id, space_after, stem_is_prefix, stem_source) FROM ' :'f' ' WITH (FORMAT csv, DELIMITER E''\\t'', HEADER true, QUOTE E''\\x01'')'
:cmd
UPDATE gold SET treebank = 'kaist-dev' WHERE treebank IS NULL;

CREATE TEMP TABLE judged AS
SELECT g.treebank, g.upos IN ('NOUN', 'PROPN', 'PRON', 'NUM') AS noun,
       lower(g.content_stem) AS stem, t.lexemes
FROM gold g
LEFT JOIN LATERAL (SELECT lexemes FROM aimarket.tokenize(g.eojeol) LIMIT 1) t ON true
WHERE coalesce(g.content_stem, '') <> '';

CREATE TEMP VIEW scored AS
SELECT treebank, noun, coalesce((lexemes[1] = stem)::int, 0) AS primary_ok,
       coalesce((stem = ANY (lexemes))::int, 0) AS among,
       (SELECT count(*) FROM unnest(lexemes) l WHERE l <> stem AND position(l IN stem) = 0) AS stray,
       coalesce(cardinality(lexemes), 0) AS nlex
FROM judged;

SELECT treebank, rows_are, count(*) AS eojeol,
       round(100.0 * avg(primary_ok), 2) AS "primary = gold %",
       round(100.0 * avg(among), 2) AS "gold among lexemes %",
       round(100.0 * sum(stray) / greatest(sum(nlex), 1), 2) AS "other lexemes %"
FROM (SELECT *, 'all with a stem' AS rows_are FROM scored
      UNION ALL
      SELECT *, 'nouns' FROM scored WHERE noun) s
GROUP BY treebank, rows_are ORDER BY 1, 2;

-- Speed on text whose vocabulary the word cache has not seen: the treebank
-- sentences, once each, in this fresh backend (cold cache), against simple;
-- then the same sentences again, every word now in the cache.
CREATE TEMP TABLE sentences(id text, body text);
\set f :ud '/gsd-train.sentences.tsv'
\set cmd '\\copy sentences FROM ' :'f' ' WITH (FORMAT csv, DELIMITER E''\\t'', QUOTE E''\\x01'')'
:cmd
\set f :ud '/kaist-dev.sentences.tsv'
\set cmd '\\copy sentences FROM ' :'f' ' WITH (FORMAT csv, DELIMITER E''\\t'', QUOTE E''\\x01'')'
:cmd
CREATE TEMP TABLE cold(name text, seconds float8);
DO $$
DECLARE t0 timestamptz; n bigint;
BEGIN
  t0 := clock_timestamp();
  SELECT sum(length(to_tsvector('aimarket.korean', body))) INTO n FROM sentences;
  INSERT INTO cold VALUES ('aimarket.korean, cold cache', extract(epoch FROM clock_timestamp() - t0));
  t0 := clock_timestamp();
  SELECT sum(length(to_tsvector('aimarket.korean', body))) INTO n FROM sentences;
  INSERT INTO cold VALUES ('aimarket.korean, same text again', extract(epoch FROM clock_timestamp() - t0));
  t0 := clock_timestamp();
  SELECT sum(length(to_tsvector('simple', body))) INTO n FROM sentences;
  INSERT INTO cold VALUES ('simple', extract(epoch FROM clock_timestamp() - t0));
END $$;
SELECT c.name, (SELECT count(*) FROM sentences) AS sentences,
       round((SELECT sum(octet_length(body)) FROM sentences) / 1e6, 2) AS mb,
       round(c.seconds::numeric, 3) AS seconds,
       round((s.seconds / c.seconds)::numeric, 2) AS "speed vs simple"
FROM cold c, cold s WHERE s.name = 'simple' ORDER BY c.seconds;
