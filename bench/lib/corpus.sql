-- bench/lib/corpus.sql: the benchmark corpus, included by bench/*.sql.
-- the corpus: our 48 paragraphs (data/articles.tsv) recombined into 6000
-- articles of 60 paragraphs each, digits rotated so that values vary, and
-- every other paragraph replaced by a sentence without figures (ours too),
-- so that figures are about as dense as in news copy
CREATE TEMP TABLE seed(id int, published date, body text);
\copy seed FROM 'data/articles.tsv' WITH (FORMAT csv, DELIMITER E'\t', HEADER true)
CREATE TEMP TABLE filler(id int, body text);
INSERT INTO filler VALUES
 (0, '업계에서는 이번 발표가 생성형 AI 경쟁의 판도를 바꿀 수 있다는 평가가 나온다.'),
 (1, '회사 측은 구체적인 일정과 조건에 대해서는 말을 아꼈다.'),
 (2, '전문가들은 규제 환경과 전력 수급이 앞으로의 변수가 될 것이라고 내다봤다.'),
 (3, '이번 협력은 클라우드와 반도체를 아우르는 장기 전략의 일환으로 풀이된다.'),
 (4, '경쟁사들도 잇따라 새 모델을 내놓으며 추격에 나섰다.'),
 (5, '투자 업계는 수익화 속도에 주목하고 있다.'),
 (6, '국내 기업들은 한국어 특화 모델로 차별화를 꾀하고 있다.'),
 (7, '데이터센터 부지 확보를 둘러싼 경쟁도 치열해지고 있다.');
CREATE TEMP TABLE corpus AS
SELECT a AS id,
       string_agg(CASE WHEN p % 2 = 0
                       THEN translate(s.body, '0123456789',
                                      substr('01234567890123456789', 1 + (a + p) % 10, 10))
                       ELSE f.body END, ' ' ORDER BY p) AS body
FROM generate_series(1, 6000) a
CROSS JOIN generate_series(1, 60) p
JOIN seed s ON s.id = 1 + (p * 7 + a) % 48
JOIN filler f ON f.id = (p * 3 + a) % 8
GROUP BY a;
VACUUM ANALYZE corpus;
