-- bench/lib/open_corpus.sql: a corpus whose vocabulary keeps growing, as a
-- large news archive's does, included by bench/fts_open.sql.
--
-- bench/lib/corpus.sql recombines our 48 paragraphs, so it repeats some
-- 1,500 words and every word after the first few articles is one the
-- dictionary has seen. Real text keeps bringing new word forms: Heaps' law
-- fitted to the treebank sentences (distinct eojeol ~ N^0.8 over 5,000 to
-- 80,000 of them) gives some 27 % first occurrences in 1.7 million eojeol
-- of such mixed text (encyclopedia, reviews, fiction); news on one beat
-- repeats itself more. This corpus is generated to land between (23 %):
-- 1.7 million eojeol made of the lexicon's own nouns, verb stems and adverbs
-- (picked with Zipf-like frequencies: rank = exp(uniform * ln N)), each with
-- a particle, copula or verbal ending that agrees with it, plus made-up
-- names, figures and Latin words with particles. The words are real
-- Korean; the sentences are not, which does not matter to the speed of
-- to_tsvector. Deterministic (setseed).
SELECT setseed(0.42) \gset
CREATE TEMP TABLE open_lex AS
SELECT split_part(l, E'\t', 1) AS w, split_part(l, E'\t', 2) AS tag
FROM pg_config c,
     regexp_split_to_table(pg_read_file(c.setting || '/tsearch_data/aimarket_korean.lexicon'), E'\n') l
WHERE c.name = 'SHAREDIR' AND l <> '';
CREATE TEMP TABLE open_nouns AS
SELECT row_number() OVER (ORDER BY md5(w)) AS r, w,
       (ascii(right(w, 1)) - 44032) % 28 = 0 AS vowel_final
FROM open_lex WHERE tag = 'N' AND w ~ '^[가-힣]{2,}$';
CREATE TEMP TABLE open_verbs AS
SELECT row_number() OVER (ORDER BY md5(w)) AS r, w FROM open_lex WHERE tag = 'V' AND w ~ '^[가-힣]+$';
CREATE TEMP TABLE open_advs AS
SELECT row_number() OVER (ORDER BY md5(w)) AS r, w FROM open_lex WHERE tag = 'D' AND w ~ '^[가-힣]+$';
SELECT count(*) AS n_nouns FROM open_nouns \gset
SELECT count(*) AS n_verbs FROM open_verbs \gset
SELECT count(*) AS n_advs FROM open_advs \gset

-- k picks the kind of word, a the stem's rank, b the ending, c the name or figure
CREATE TEMP TABLE open_draws AS
SELECT i, random() AS k, random() AS a, random() AS b, random() AS c
FROM generate_series(1, 1700000) i;
CREATE TEMP TABLE open_words AS
SELECT d.i,
  CASE
    WHEN d.k < 0.58 THEN n.w || CASE WHEN n.vowel_final
      THEN (ARRAY['', '', '의', '를', '는', '가', '에', '에서', '로', '와', '도', '만', '까지', '부터',
                  '에게', '보다', '처럼', '다', '로는', '에서는', '와의', '라는', '했다', '하는', '한',
                  '하며', '된', '되는', '됐다', '했으며', '에도', '로서', '인'])[1 + floor(d.b ^ 2 * 33)::int]
      ELSE (ARRAY['', '', '의', '을', '은', '이', '에', '에서', '으로', '과', '도', '만', '까지', '부터',
                  '에게', '보다', '처럼', '이다', '으로는', '에서는', '과의', '이라는', '했다', '하는', '한',
                  '하며', '된', '되는', '됐다', '했으며', '에도', '으로서', '인'])[1 + floor(d.b ^ 2 * 33)::int]
      END
    WHEN d.k < 0.78 THEN v.w || (ARRAY['고', '는', '지만', '기', '게', '던', '지', '는데', '기로', '고는',
                                       '겠다', '고서', '기도', '지도', '는지'])[1 + floor(d.b ^ 2 * 15)::int]
    WHEN d.k < 0.84 THEN ad.w
    WHEN d.k < 0.91 THEN
      (SELECT string_agg((ARRAY['가', '나', '다', '라', '마', '바', '사', '아', '자', '차', '카', '타', '파',
                                '하', '트', '로', '픽', '엔', '비', '디', '오', '퓨', '리', '스', '젠', '테',
                                '크', '레', '온', '미'])[1 + (floor(exp(d.c * ln(60000)))::int / (30 ^ g)::int) % 30], '')
       FROM generate_series(0, 1 + floor(d.a * 3)::int) g)
      || (ARRAY['', '은', '는', '의', '가', '와', '를', '에', '에서', '로'])[1 + floor(d.b * 10)::int]
    WHEN d.k < 0.96 THEN floor(d.c * 3000)::int::text
      || (ARRAY['억달러', '억원', '조원', '%', '명', '개', '만명', '년', '월', '일'])[1 + floor(d.b * 10)::int]
    ELSE (ARRAY['AI', 'GPT', 'LLM', 'GPU', 'IPO', 'API', 'H100', 'TPU', 'CEO', 'OpenAI'])[1 + floor(d.c * 10)::int]
      || (ARRAY['', '는', '의', '를', '가', '와', '에', '로'])[1 + floor(d.b * 8)::int]
  END AS w
FROM open_draws d
LEFT JOIN open_nouns n ON n.r = floor(exp(d.a * ln(:n_nouns)))::int
LEFT JOIN open_verbs v ON v.r = floor(exp(d.a * ln(:n_verbs)))::int
LEFT JOIN open_advs ad ON ad.r = floor(exp(d.a * ln(:n_advs)))::int;

-- a plain table: the timings run in a new backend, which has no temp tables
DROP TABLE IF EXISTS bench_open_corpus;
CREATE TABLE bench_open_corpus AS
SELECT i / 300 AS id, string_agg(w, ' ' ORDER BY i) || '.' AS body
FROM open_words GROUP BY i / 300;
VACUUM ANALYZE bench_open_corpus;
SELECT count(*) AS eojeol, count(DISTINCT w) AS "distinct",
       round(100.0 * count(DISTINCT w) / count(*), 1) AS "first occurrences %"
FROM open_words;
