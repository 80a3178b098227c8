-- bench/lib/aliases_10k.sql: a catalogue of 10,000 aliases for the
-- benches that measure against it (bench/entities.sql, bench/facts.sql):
-- the starter ones and made-up company names of two to five syllables
-- with a Latin or Hangul tail (ours, built from syllables). The made-up
-- entities carry source 'bench'; the bench deletes them at its end.
INSERT INTO aimarket.entity (id, name, kind, source)
SELECT 900000 + g, 'Made-up ' || g, 'company', 'bench' FROM generate_series(1, 10000) g;
INSERT INTO aimarket.entity_alias (alias, entity_id)
SELECT string_agg(chr(44032 + ((g * 7919 + k * 104729) % 11172)), '' ORDER BY k)
       || (ARRAY['AI', '랩스', '테크', '', '로보틱스'])[1 + g % 5], 900000 + g
FROM generate_series(1, 10000 - (SELECT count(*) FROM aimarket.entity_alias)::int) g,
     generate_series(1, 2 + g % 4) k
GROUP BY g;
