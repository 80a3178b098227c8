-- Korean full-text search: the aimarket.korean configuration.
-- It needs a UTF8 database; elsewhere it refuses with 0A000 (see the end).
SET client_encoding = 'UTF8';
\set VERBOSITY terse
CREATE EXTENSION IF NOT EXISTS aimarket;
SELECT getdatabaseencoding() <> 'UTF8' AS not_utf8 \gset
\if :not_utf8
SELECT to_tsvector('aimarket.korean', '앤트로픽은');
SELECT * FROM aimarket.tokenize('앤트로픽은');
SELECT ts_lexize('aimarket.korean_stem', '앤트로픽은');
\quit
\endif

-- what the parser and the dictionaries make of a news sentence
SELECT alias, token, dictionary, lexemes
FROM ts_debug('aimarket.korean',
  '오픈AI는 1500억달러(약 198조8000억원)의 기업가치를 평가받으며 GPT-4o와 클로드3.5를 비교했다.');
SELECT alias, token, lexemes
FROM ts_debug('aimarket.korean', '앤트로픽은 엔비디아의 칩으로 투자했다가 https://example.com 에 ceo@example.com 으로 알렸다 😀');

-- tokenize: the same tokens, blanks left out, primary stem first
SELECT * FROM aimarket.tokenize('기업가치를 평가받은 앤트로픽이 하이퍼클로바X와 8조 6000억 원을 비교했다');

-- ts_lexize agrees with to_tsvector
SELECT w, ts_lexize('aimarket.korean_stem', w) FROM unnest(ARRAY[
  '앤트로픽은', '앤트로픽의', '앤트로픽이', '투자했다', '투자를', '오픈AI와', '기업가치',
  '는', '에서는', '이다', 'OpenAI', 'ＧＰＴ', '가까운', '앞둔', '수석연구원은', '투자가', '투자했다가']) w;

-- compounds the lexicon does not list, made of nouns it does: the stem that
-- splits into known nouns wins over a longer tail (문서 + 를, not 문 + 서를)
SELECT w, ts_lexize('aimarket.korean_stem', w) FROM unnest(ARRAY[
  '순환고속도로를', '국가안보전략문서를', '연구개발성과와', '인공지능투자결과는', '정부지원사업증서와']) w;

-- a one-syllable noun before a particle is not a verb with 어 fused into it
-- (뼈가: bone, not 삐+어가); 해서, 돼, 와서 stay forms of 하다, 되다, 오다
SELECT w, ts_lexize('aimarket.korean_stem', w) FROM unnest(ARRAY[
  '뼈가', '뼈를', '벼가', '해서', '돼', '와서', '봐서']) w;

-- quotes and hyphens in Korean text separate words: a quoted name takes its
-- particle after the closing quote ('챗GPT'를), and 삼성-애플 or 오픈AI-MS
-- pair two names; Latin words and decimals keep theirs (GPT-4o, O'Brien, 3.5)
SELECT * FROM aimarket.tokenize($$'챗GPT'를 'AI 에이전트'로 삼성-애플 오픈AI-MS K-팝 GPT-4o를 O'Brien 클로드3.5를 ３.５배$$);
SELECT q, to_tsvector('aimarket.korean', $$오픈AI는 '챗GPT'를, 구글은 "제미나이"를 내놨고 삼성-애플 경쟁과 오픈AI-MS 협력이 이어졌다$$)
          @@ to_tsquery('aimarket.korean', q) AS found
FROM unnest(ARRAY['챗GPT', '제미나이', '삼성', '애플', '오픈AI', 'MS', '오픈AI & 챗GPT']) q;
SELECT ts_headline('aimarket.korean', $$오픈AI는 '챗GPT'를 내놨다$$, to_tsquery('aimarket.korean', '챗GPT'));

-- a word of Latin letters and Hangul gives its runs of two letters or
-- syllables as parts, with the whole: AI finds AI칩 and 생성형AI, 하이닉스
-- finds SK하이닉스; a query for the whole still needs the whole
SELECT * FROM aimarket.tokenize('SK하이닉스가 AI칩에 생성형AI 연구원인 LG AI연구원은 3분기 라마3.1');
SELECT q, to_tsvector('aimarket.korean', 'SK하이닉스가 AI칩에 쓰일 생성형AI 모델을 LG AI연구원과 만든다')
          @@ to_tsquery('aimarket.korean', q) AS found
FROM unnest(ARRAY['AI', '하이닉스', 'SK하이닉스', '연구원', '생성형', 'AI칩', '오픈AI', '챗GPT']) q;
SELECT to_tsquery('aimarket.korean', '오픈AI') AS joint, to_tsquery('aimarket.korean', '기업가치') AS compound;
SELECT phraseto_tsquery('aimarket.korean', '오픈AI와 앤트로픽') AS phrase,
       to_tsvector('aimarket.korean', '오픈AI와 앤트로픽이 경쟁') @@ phraseto_tsquery('aimarket.korean', '오픈AI와 앤트로픽') AS in_order,
       to_tsvector('aimarket.korean', '앤트로픽과 오픈AI') @@ phraseto_tsquery('aimarket.korean', '오픈AI와 앤트로픽') AS reversed;

-- the plural 들 stays on the stem and the singular follows, for nouns the
-- lexicon lacks too (스타트업들이 is found by 스타트업)
SELECT w, ts_lexize('aimarket.korean_stem', w) FROM unnest(ARRAY['투자자들은', '스타트업들이', '빅테크들과', '그들은']) w;

-- an English possessive is the name: OpenAI's is found by OpenAI
SELECT w, ts_lexize('aimarket.korean_stem', w) FROM unnest(ARRAY['OpenAI''s', 'Nvidia''s', 'don''t', 'O''Brien''s']) w;

-- a headline's one-character Hanja name reads as the Hangul name too
SELECT * FROM aimarket.tokenize('美 정부와 中 딥시크, 與 의원 日本');
SELECT to_tsvector('aimarket.korean', '美 상무부가 中 딥시크를 제재') @@ to_tsquery('aimarket.korean', '미국 & 중국') AS found,
       to_tsquery('aimarket.korean', '美') AS query;

-- 받다 after a noun takes the endings of a verb: 평가받는다 is found by 평가;
SELECT w, ts_lexize('aimarket.korean_stem', w) FROM unnest(ARRAY['평가받는다', '주목받으며', '지원받겠다', '투자받았다', '받는다']) w;
-- and so does 당하다 (해킹당할 is found by 해킹), but not the 당 of 부적당하다
SELECT w, ts_lexize('aimarket.korean_stem', w) FROM unnest(ARRAY['해킹당했다', '해킹당할', '제재당하자', '부적당하고', '해당하는']) w;
-- 개발 중인: the bound noun 중 and the copula
SELECT w, ts_lexize('aimarket.korean_stem', w) FROM unnest(ARRAY['중인', '중이다', '중에']) w;

-- search: each noun finds every inflected form in the fixture sentences
CREATE TABLE fts_fixture(id serial, noun text, sentence text);
INSERT INTO fts_fixture(noun, sentence) VALUES
 ('앤트로픽', '앤트로픽은 새 모델을 공개했다'), ('앤트로픽', '앤트로픽의 기업가치가 올랐다'),
 ('앤트로픽', '구글이 앤트로픽에 투자했다'), ('앤트로픽', '앤트로픽과 오픈AI가 경쟁한다'),
 ('엔비디아', '엔비디아는 칩을 판다'), ('엔비디아', '엔비디아의 시가총액'), ('엔비디아', '엔비디아가 발표했다'),
 ('투자', '투자를 유치했다'), ('투자', '대규모 투자가 이어졌다'), ('투자', '오픈AI에 투자했다'), ('투자', '투자하는 회사'),
 ('기업가치', '기업가치는 1500억 달러'), ('기업가치', '기업가치를 인정받았다'), ('기업가치', '높은 기업가치에 놀랐다'),
 ('매출', '매출은 37억 달러'), ('매출', '매출이 늘었다'), ('매출', '연간 매출의 절반'),
 ('대출', '대출을 받았다'), ('대출', '은행 대출이 필요하다'),
 ('시장', '시장은 커지고 있다'), ('시장', '시장의 반응'), ('시장', '시장에서 팔린다'),
 ('반도체', '반도체를 만든다'), ('반도체', '반도체의 수요'), ('반도체', '반도체가 부족하다'),
 ('데이터센터', '데이터센터를 짓는다'), ('데이터센터', '데이터센터의 전력'), ('데이터센터', '새 데이터센터가 문을 열었다'),
 ('모델', '모델을 공개했다'), ('모델', '새 모델은 빠르다'), ('모델', '모델의 성능'),
 ('사용자', '사용자가 늘었다'), ('사용자', '주간 사용자는 2억명'), ('사용자', '사용자의 불만'),
 ('사용자', '사용자들이 몰렸다'), ('투자자', '투자자들은 관망했다'), ('투자자', '투자자의 관심'),
 ('업스테이지', '업스테이지는 모델을 냈다'), ('업스테이지', '업스테이지의 매출'),
 ('계약', '계약을 맺었다'), ('계약', '계약의 규모'), ('계약', '클라우드 계약이 체결됐다'),
 ('인수', '인수를 마쳤다'), ('인수', '회사의 인수가 끝났다'),
 ('지분', '지분을 확보했다'), ('지분', '지분의 절반'), ('지분', '지분이 늘었다'),
 ('클라우드', '클라우드를 쓴다'), ('클라우드', '클라우드의 비용'),
 ('스타트업', '스타트업이 성장했다'), ('스타트업', '스타트업에 투자한다'), ('스타트업', '스타트업의 꿈'),
 ('소프트뱅크', '소프트뱅크는 출자했다'), ('소프트뱅크', '소프트뱅크의 펀드'),
 ('경쟁', '경쟁이 치열하다'), ('경쟁', '경쟁에서 이겼다'), ('경쟁', '경쟁을 벌였다'),
 ('칩', '칩을 판다'), ('칩', '칩의 가격'), ('칩', '칩이 부족하다'),
 ('전력', '전력을 쓴다'), ('전력', '전력이 모자란다'), ('전력', '데이터센터의 전력'),
 ('펀드', '펀드를 만들었다'), ('펀드', '펀드의 규모'),
 ('오픈AI', '오픈AI는 발표했다'), ('오픈AI', '오픈AI와 계약했다'), ('오픈AI', '오픈AI에 투자했다'), ('오픈AI', '오픈AI의 모델');
CREATE INDEX fts_fixture_gin ON fts_fixture USING gin (to_tsvector('aimarket.korean', sentence));
SET enable_seqscan = off;
SELECT f.noun, count(*) AS sentences,
       (SELECT count(*) FROM fts_fixture g
        WHERE g.noun = f.noun
          AND to_tsvector('aimarket.korean', g.sentence) @@ to_tsquery('aimarket.korean', f.noun)) AS found
FROM fts_fixture f GROUP BY f.noun ORDER BY f.noun COLLATE "C";
EXPLAIN (COSTS OFF)
SELECT id FROM fts_fixture WHERE to_tsvector('aimarket.korean', sentence) @@ to_tsquery('aimarket.korean', '앤트로픽');
RESET enable_seqscan;

-- the query functions and ranking
SELECT plainto_tsquery('aimarket.korean', '앤트로픽의 투자를'),
       websearch_to_tsquery('aimarket.korean', '"앤트로픽의 투자" -엔비디아'),
       to_tsquery('aimarket.korean', '기업가치 & !대출');
SELECT sentence, ts_rank(to_tsvector('aimarket.korean', sentence), to_tsquery('aimarket.korean', '투자')) > 0 AS ranked
FROM fts_fixture WHERE noun = '투자' ORDER BY id;

-- a money figure is one lexeme, however it is written
SELECT to_tsvector('aimarket.korean', '65억달러를 유치') @@ plainto_tsquery('aimarket.korean', '65억 달러') AS same_money,
       to_tsvector('aimarket.korean', '8조 6000억 원') @@ plainto_tsquery('aimarket.korean', '8조6000억원') AS spaced;
-- a currency sign after a blank or a bracket starts money; one that starts
-- nothing stays blank
SELECT alias, token, lexemes
FROM ts_debug('aimarket.korean', '애플은 $10 billion을, (₩5000억) €5bn와 $ 또 $$ 그리고 $10');
-- the full-width won sign too, as written (NFKC would make it ₩)
SELECT alias, token, lexemes FROM ts_debug('aimarket.korean', '(￦300억)');
-- the copula after a figure with a sign is no digit: 5000억, not 5000억 and 2
SELECT alias, token, lexemes FROM ts_debug('aimarket.korean', '₩5000억이다');
-- the money dictionary's second lexeme is the value: a range, full-width
-- digits (read after NFKC), signs, Latin names, the largest value the type
-- holds; without a currency, or not money at all, only the written form
SELECT w, ts_lexize('aimarket.korean_money', w) AS lexemes
FROM (VALUES ('300억~400억달러'), ('１２３억 달러'), ('$10 billion'), ('US$ 5.5 million'),
             ('2.5 trillion won'), ('1경원'), ('-3억원'), ('₩1000'), ('약 3조원'),
             ('99999999999999999999999999999999999999원'), ('3천억'), ('abc')) t(w);

-- headlines
SELECT ts_headline('aimarket.korean',
  '앤트로픽은 기업가치를 300억~400억달러로 설정했다. 구글은 앤트로픽에 20억 달러를 더 투자했다.',
  to_tsquery('aimarket.korean', '앤트로픽 & 투자'));
SELECT ts_headline('aimarket.korean', '오픈AI와 앤트로픽의 경쟁', to_tsquery('aimarket.korean', '오픈AI'),
  'StartSel=[, StopSel=]');

-- the user dictionary (data/aimarket_sample.dict, installed with the extension)
CREATE TEXT SEARCH DICTIONARY korean_user (TEMPLATE = aimarket.korean_stem, UserDictionary = 'aimarket_sample');
SELECT ts_lexize('aimarket.korean_stem', '퓨리오사AI는') AS without_user_dict,
       ts_lexize('korean_user', '하이퍼클로바X를') AS with_user_dict;

-- The parser reads a few tokens ahead and asks the dictionary used last for
-- a prefetch of each word's cache set. ALTER rebuilds the dictionary, and
-- the old one's memory goes, while the parser still points at it: the
-- results stay the same, in this and the next call.
CREATE TEXT SEARCH CONFIGURATION korean_user_cfg (COPY = aimarket.korean);
ALTER TEXT SEARCH CONFIGURATION korean_user_cfg ALTER MAPPING FOR hangul, mixed, latin WITH korean_user;
SELECT to_tsvector('korean_user_cfg', '퓨리오사AI는 하이퍼클로바X를 공개했다. 앤트로픽은 투자를 받았다.');
ALTER TEXT SEARCH DICTIONARY korean_user (UserDictionary = 'aimarket_sample');
SELECT to_tsvector('korean_user_cfg', '퓨리오사AI는 하이퍼클로바X를 공개했다. 앤트로픽은 투자를 받았다.') AS after_rebuild;
SELECT to_tsvector('aimarket.korean', '퓨리오사AI는 하이퍼클로바X를 공개했다. 앤트로픽은 투자를 받았다.') AS other_dictionary;
DROP TEXT SEARCH CONFIGURATION korean_user_cfg;

-- options are checked like core's
CREATE TEXT SEARCH DICTIONARY bad1 (TEMPLATE = aimarket.korean_stem, Colour = 'red');
CREATE TEXT SEARCH DICTIONARY bad2 (TEMPLATE = aimarket.korean_stem, Lexicon = 'aimarket_korean', Lexicon = 'aimarket_korean');
-- (the message names the file; its directory depends on the installation)
DO $$
BEGIN
  CREATE TEXT SEARCH DICTIONARY bad3 (TEMPLATE = aimarket.korean_stem, UserDictionary = 'no_such_file');
EXCEPTION WHEN OTHERS THEN
  RAISE NOTICE '% %', SQLSTATE, regexp_replace(SQLERRM, '"[^"]*/tsearch_data/', '".../tsearch_data/');
END $$;
CREATE TEXT SEARCH DICTIONARY bad4 (TEMPLATE = aimarket.korean_stem, UserDictionary = '../etc/passwd');

-- hard input: nothing crashes, no lexeme passes PostgreSQL's 2047-byte limit
SELECT to_tsvector('aimarket.korean', '') AS empty, to_tsvector('aimarket.korean', NULL) IS NULL AS null_in;
SELECT length(to_tsvector('aimarket.korean', repeat('가', 350000))) AS one_mb_no_spaces;
SELECT max(octet_length(l)) <= 2047 AS within_limit, count(*) AS lexemes
FROM unnest(tsvector_to_array(to_tsvector('aimarket.korean', repeat('앤트로픽', 1250)))) l;
SELECT to_tsvector('aimarket.korean', '😀🚀 ＡＢＣ ١٢٣ Москва 円高 ɐɓɕ 앤트로픽😀은 ㄱㄴㄷ');
SELECT to_tsvector('aimarket.korean', 'ÉCOLE Łódź STRASSE Straße ΑΘΗΝΑ') @@ plainto_tsquery('aimarket.korean', 'école łódź strasse straße αθηνα') AS unicode_case_folded;
SELECT to_tsvector('aimarket.korean', repeat('.', 100000)) AS only_punctuation;
