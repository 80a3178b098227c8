-- extract_facts: 73 paragraphs of news copy written for this suite, each
-- with its publication date; every fact they state is in the expected
-- output, field by field (relation, parties, amount, quantity, status,
-- as-of range and where it came from, sentence, confidence). Runs in UTF8
-- and EUC_KR (the same rows).
SET client_encoding = 'UTF8';
\set VERBOSITY terse
CREATE EXTENSION IF NOT EXISTS aimarket;
SET search_path = aimarket, public;
SET datestyle = 'ISO, YMD';
SET extra_float_digits = 0;

CREATE TEMP TABLE paras(n int, published date, body text);
INSERT INTO paras VALUES
 -- valuations: plain, of 의, of 을 with 평가, a range, a target, a report, a funding round
 (1, '2024-10-03', '오픈AI는 1570억달러의 기업가치를 인정받았다.'),
 (2, '2024-10-03', '오픈AI의 기업가치는 1570억달러로 평가됐다.'),
 (3, '2024-06-20', '소프트뱅크는 오픈AI를 3000억달러로 평가했다.'),
 (4, '2024-03-15', '업스테이지는 기업 가치를 지난해의 5억달러보다 두 배 늘린 10억~12억달러로 제시했다.'),
 (5, '2024-09-12', '앤트로픽은 이번 투자 라운드에서 기업가치를 300억~400억달러로 설정한 것으로 알려졌다.'),
 (6, '2024-05-28', 'xAI는 60억 달러 규모의 시리즈B 투자를 유치했다고 27일 밝혔다.'),
 -- investments: for a stake, investor named first, X는 Y에, X의 Y 투자, 로부터, stakes, loans
 (7, '2024-02-01', '앤트로픽은 아마존에 지분 15%가량을 넘기며 4억달러의 투자를 유치했다.'),
 (8, '2024-06-12', '마이크로소프트가 주도한 라운드에서 미스트랄AI는 6억유로를 조달했다.'),
 (9, '2023-10-28', '구글은 앤트로픽에 최대 20억달러를 투자하기로 했다.'),
 (10, '2023-01-24', '마이크로소프트의 오픈AI 투자 규모는 100억달러에 이른다.'),
 (11, '2024-01-10', '리벨리온은 KT로부터 300억원을 투자받았다.'),
 (12, '2024-11-05', '엔비디아는 xAI 지분 5%를 보유하고 있다.'),
 (13, '2024-10-03', '오픈AI는 은행들로부터 40억달러 규모의 신용한도를 확보했다.'),
 -- deals: acquisition, talks, a refused offer, talks in progress, a partnership, a contract
 (14, '2023-06-27', '데이터브릭스가 모자이크ML을 약 13억달러에 인수하기로 했다고 26일 발표했다.'),
 (15, '2025-03-25', '메타가 퓨리오사AI를 약 8억달러에 인수하는 방안을 논의한 것으로 알려졌다.'),
 (16, '2025-03-31', '퓨리오사AI는 메타의 8억달러 인수 제안을 받아들이지 않았다.'),
 (17, '2024-07-01', '애플이 퍼플렉시티 인수를 검토 중인 것으로 전해졌다.'),
 (18, '2024-02-05', '삼성전자는 네이버와 손잡고 AI 반도체를 개발한다.'),
 (19, '2024-09-10', '오라클이 오픈AI와 3000억달러 규모의 클라우드 계약을 맺은 것으로 알려졌다.'),
 -- revenue, operating cost, a market size with no owner, users of a product
 (20, '2024-12-20', '오픈AI의 올해 매출은 37억달러로 추정된다.'),
 (21, '2024-08-01', '앤트로픽의 연간 운영비는 27억달러에 달한다.'),
 (22, '2024-05-01', '국내 생성형 AI 시장 규모는 2030년 3조원에 이를 전망이다.'),
 (23, '2024-08-30', '챗GPT의 주간 사용자는 2억명을 넘어섰다.'),
 -- traps: subjects carried from the sentence before, a denial in the next sentence, a denied merger, figures with no owner
 (24, '2024-10-03', '오픈AI는 66억달러를 유치했다. 이 회사의 기업가치는 1570억달러다.'),
 (25, '2024-10-03', '앤트로픽은 새 모델을 공개했다. 기업가치는 400억달러로 평가받았다.'),
 (26, '2024-04-10', '코히어가 5억달러 투자 유치를 추진한다는 보도가 나왔다. 코히어는 "사실이 아니다"라고 밝혔다.'),
 (27, '2024-04-10', '오픈AI가 구글과 합병한다는 소문에 대해 오픈AI는 사실무근이라고 부인했다.'),
 (28, '2024-07-15', '정부는 AI 반도체에 1조원을 투자한다. 오픈AI는 지난주 새 모델을 내놨다.'),
 (29, '2024-07-15', '업계는 이번 거래 규모를 50억달러로 본다.'),
 (63, '2025-03-28', 'xAI의 기업가치는 800억달러, X는 330억달러로 평가됐다.'),
 (64, '2024-05-02', '오픈AI의 매출은 16억달러이며 경쟁사들은 수억달러에 그친다.'),
 -- dates: across a month and a year boundary, 지난 N일, future markers, a figure of the past
 (30, '2025-01-03', '오픈AI는 지난달 66억달러의 투자를 유치했다.'),
 (31, '2025-01-03', '앤트로픽은 지난해 12월 40억달러를 추가로 조달했다.'),
 (32, '2024-03-02', '엔비디아는 지난 28일 미스트랄AI에 1억유로를 투자했다.'),
 (33, '2024-12-10', '앤트로픽은 오는 3월 20억달러 규모의 투자를 유치할 예정이다.'),
 (34, '2024-12-10', '오픈AI는 내년 상반기 400억달러 조달을 계획하고 있다.'),
 (35, '2024-05-20', 'xAI의 기업가치는 240억달러로, 지난해 12월의 180억달러에서 크게 올랐다.'),
 -- headlines, relative clauses, bare owners, lists
 (65, '2024-10-03', '오픈AI, 66억달러 투자 유치'),
 (66, '2023-01-24', 'MS, 오픈AI에 100억달러 투자'),
 (67, '2025-07-10', '엔비디아 시총 4조달러 돌파'),
 (68, '2025-08-05', '챗GPT 주간 사용자 7억명'),
 (69, '2024-03-28', '앤트로픽에 40억달러를 투자한 아마존은 추가 투자를 검토 중이다.'),
 (70, '2025-03-31', '소프트뱅크 등으로부터 400억달러를 조달한 오픈AI는 기업가치 3000억달러를 인정받았다.'),
 (71, '2024-05-27', 'xAI는 엔비디아와 AMD가 참여한 60억달러 규모의 시리즈B를 마무리했다.'),
 (72, '2024-07-01', '오픈AI·앤트로픽·구글은 각각 10억달러, 20억달러, 30억달러를 유치했다.'),
 (73, '2025-01-03', '앤트로픽은 아마존으로부터 40억달러를 투자받았다. 이 회사는 지난해 12월 구글로부터 20억달러를 받았다는 보도를 부인했다.'),
 -- more news forms
 (36, '2025-03-04', '앤트로픽이 35억달러를 조달하며 615억달러의 기업가치를 인정받았다.'),
 (37, '2024-11-20', '카카오의 AI 자회사 카나나는 올해 3분기 매출 120억원을 기록했다.'),
 (38, '2024-11-20', '네이버의 하이퍼클로바X 이용자는 600만명이다.'),
 (39, '2024-06-01', '업스테이지는 시리즈B에서 1000억원을 유치했다. 이번 라운드는 SK텔레콤이 이끌었다.'),
 (40, '2024-09-30', '퍼플렉시티는 기업가치 90억달러를 목표로 투자 유치에 나섰다.'),
 (41, '2024-06-05', '엔비디아의 시가총액은 3조달러를 돌파했다.'),
 (42, '2023-05-10', '마이크로소프트는 오픈AI 지분 49%를 확보했다.'),
 (43, '2024-02-15', '오픈AI는 2023년 매출 16억달러를 올렸다.'),
 (44, '2024-02-15', '오픈AI는 2023년 컴퓨팅 비용으로 40억달러를 썼다.'),
 (45, '2025-02-01', '세계 AI 칩 시장은 2027년 4000억달러 규모로 커질 것으로 예상된다.'),
 (46, '2024-08-08', '삼성전자가 업스테이지에 지분 투자를 단행했다.'),
 (47, '2024-03-20', 'KT[030200]는 마이크로소프트와 5년간 2조4000억원 규모의 협력 계약을 체결했다.'),
 (48, '2024-07-22', '오픈AI와 앤트로픽은 각각 기업가치 1000억달러, 180억달러를 인정받았다.'),
 (49, '2024-05-14', '구글은 캐릭터닷AI와 27억달러 규모의 라이선스 계약을 맺었다.'),
 (50, '2024-10-03', '업계에 따르면 오픈AI는 65억달러(약 8조6000억원) 규모의 투자 유치를 마무리했다.'),
 (51, '2024-10-03', '오픈AI는 65억달러 규모의 투자 유치 협상을 진행 중이다.'),
 (52, '2024-06-18', '앤트로픽은 지난 11일 구글로부터 7억5000만달러를 투자받았다.'),
 (53, '2024-06-18', '미스트랄AI는 엔비디아, 마이크로소프트 등이 참여한 라운드에서 6억유로를 모았다.'),
 (54, '2024-01-15', '챗GPT의 월간 이용자는 1억8000만명에 이른다. 이 서비스는 지난해 11월 출시됐다.'),
 (55, '2024-10-03', '오픈AI는 투자 유치를 마쳤다. 회사는 기업가치 1570억달러를 인정받았다.'),
 (56, '2024-04-01', '앤트로픽이 구글에 인수될 것이라는 관측이 나온다.'),
 (57, '2024-09-01', '카카오는 오픈AI와의 협력을 부인했다.'),
 (58, '2024-11-11', 'SK하이닉스는 앤트로픽 투자를 검토하고 있다.'),
 (59, '2024-03-05', '엔비디아의 지난해 매출은 609억달러였다.'),
 (60, '2024-03-05', '샘 올트먼 CEO는 오픈AI의 연간 매출이 20억달러를 넘었다고 말했다.'),
 (61, '2024-12-31', '오픈AI는 내년 1월 새 투자 라운드에서 기업가치 3000억달러를 추진한다.'),
 (62, '2024-07-07', '구글이 윈드서프 인수를 추진했지만 협상이 결렬됐다.');

-- every fact, and the paragraphs that state none (a figure with no owner,
-- a deal with one side not catalogued)
SELECT p.n, f.relation, f.subject, f.object, f.amount, f.equivalent,
       f.quantity_lower AS q, f.quantity_unit AS unit, f.quantity_qualifier AS qual
FROM paras p LEFT JOIN LATERAL extract_facts(p.body, p.published) f ON true
ORDER BY p.n, f.sentence, f.start_pos;

SELECT p.n, f.relation, f.status, f.as_of_lower, f.as_of_upper, f.as_of_granularity AS g,
       f.dated_by, f.surface, f.start_pos, f.sentence, f.sentence_start, f.sentence_end,
       f.subject_carried AS carried, f.confidence
FROM paras p JOIN LATERAL extract_facts(p.body, p.published) f ON true
ORDER BY p.n, f.sentence, f.start_pos;

-- every date of the paragraphs, as resolve_dates reads it against their
-- publication dates (the as-of dates above come from these)
SELECT p.n, p.published, d.surface, d.lower, d.upper, d.granularity, d.relative
FROM paras p JOIN LATERAL resolve_dates(p.body, p.published) d ON true
ORDER BY p.n, d.start_pos;

-- the character positions are the database's
SELECT p.n, f.surface, substr(p.body, f.start_pos, length(f.surface)) = f.surface AS at_start_pos,
       substr(p.body, f.sentence_start, f.sentence_end - f.sentence_start + 1) AS sentence_text
FROM paras p JOIN LATERAL extract_facts(p.body, p.published) f ON true
WHERE p.n IN (4, 24, 26, 47)
ORDER BY p.n, f.start_pos;

-- no denied, hedged or planned statement is reported as completed (the
-- three rows: paragraph 4's valuation of last year, a past figure stated
-- as a fact beside this year's target; paragraph 69's investment, made, in
-- the clause before the 검토 of a further one; paragraph 73's first
-- investment, whose sentence denies nothing)
SELECT p.n, f.relation, f.surface, f.status
FROM paras p JOIN LATERAL extract_facts(p.body, p.published) f ON true
WHERE f.status = 'completed'
  AND p.body ~ '(부인|사실이 아니|사실무근|알려졌|전해졌|전망|예정|계획|검토|협상|추진|관측|목표|제시|추정|예상)'
ORDER BY p.n;

-- bad input: NULL body (no rows), NULL published (dated by sentences only),
-- empty, blanks, no Korean, broken sentences, mixed scripts
SELECT count(*) FROM extract_facts(NULL, '2024-01-01');
SELECT relation, subject, amount, status, as_of_lower, as_of_upper, dated_by
FROM extract_facts('오픈AI는 지난해 66억달러를 유치했다. 앤트로픽은 40억달러를 조달했다.', NULL);
SELECT count(*) FROM extract_facts('', '2024-01-01');
SELECT count(*) FROM extract_facts(E' \n\t ', '2024-01-01');
SELECT count(*) FROM extract_facts('OpenAI raised 6.6 billion dollars.', '2024-01-01');
SELECT relation, subject, amount FROM extract_facts('오픈AI는..!! 66억달러를 유치했다?? ...', '2024-01-01');
SELECT relation, subject, object, amount FROM extract_facts('OpenAI는 Anthropic에 $10 billion을 투자했다.', '2024-01-01');
SELECT relation, subject, amount, as_of_lower FROM extract_facts('오픈AI는 66억달러를 유치했다.', 'infinity');
-- a long text: every sentence its fact, in one call
SELECT count(*), count(DISTINCT sentence), min(confidence), max(confidence)
FROM extract_facts(repeat('오픈AI는 아마존에 10억달러의 투자를 유치했다. ', 5000), '2024-01-01');
