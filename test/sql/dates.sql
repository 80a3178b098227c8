-- resolve_dates: the date rules of the README, one line of news copy each,
-- with the publication date it is read against. Runs in UTF8 and EUC_KR
-- (the same rows).
SET client_encoding = 'UTF8';
\set VERBOSITY terse
CREATE EXTENSION IF NOT EXISTS aimarket;
SET search_path = aimarket, public;
SET datestyle = 'ISO, YMD';

CREATE TEMP TABLE lines(n int, published date, body text);
INSERT INTO lines VALUES
 -- absolute
 (1, '2024-12-01', '오픈AI는 2024.10.02 투자 유치를 마무리했다.'),
 (2, '2024-12-01', '발표는 2024년 10월 2일 오후에 나왔다.'),
 (3, '2024-12-01', '챗GPT는 지난 2022년 11월 공개됐다.'),
 (4, '2024-12-01', '앤트로픽은 2021년 설립됐고 2025년 하반기 흑자 전환이 목표다.'),
 (5, '2025-01-10', 'Q3 2024 실적과 September 12, 2024 발표.'),
 -- relative years, months, weeks, days
 (6, '2024-10-15', '기업가치는 지난해 9월 860억달러였다.'),
 (7, '2024-10-15', '올해 초 공개된 모델은 내년 상반기 후속작이 나온다.'),
 (8, '2024-10-15', '올 3분기 매출과 지난해 4분기, 재작년 실적을 비교했다.'),
 (9, '2024-01-10', '지난달 말 공개된 수치는 지난주 다시 고쳐졌다.'),
 (10, '2024-03-01', '어제 밝힌 계획은 내일 이사회에 오른다.'),
 -- a bare day or month: the latest on or before publication
 (11, '2024-10-15', '회사는 11일 투자 유치 사실을 밝혔다.'),
 (12, '2024-10-15', '회사는 20일 투자 유치 사실을 밝혔다.'),
 (13, '2024-03-05', '이사회는 30일(현지시간) 결정했다.'),
 (14, '2025-01-05', '12월 3일 공개된 모델이다.'),
 (15, '2024-05-01', '3분기 영업이익이 크게 늘었다.'),
 -- 지난 N일 across a month and a year, strictly before
 (16, '2024-10-05', '지난 11일 발표된 내용이다.'),
 (17, '2024-01-03', '지난 28일 발표된 내용이다.'),
 (18, '2024-03-05', '지난 31일 발표된 내용이다.'),
 (19, '2024-10-11', '지난 11일 발표된 내용이다.'),
 -- the future
 (20, '2024-12-20', '새 모델은 오는 11일 공개된다.'),
 (21, '2024-10-15', '새 모델을 20일 출시할 예정이다.'),
 (22, '2024-05-01', '3분기에 출시할 계획이다.'),
 (23, '2024-10-15', '회사는 20일 새 모델을 출시할 예정이라고 밝혔다.'),
 -- spans and distances
 (24, '2024-10-15', '향후 2년간 100억달러를 투자하고 앞으로 6개월 동안 채용을 늘린다.'),
 (25, '2024-10-15', '지난 3년간 매출이 늘었고 10년 전 설립됐다.'),
 (26, '2024-03-31', '최근 공개된 모델이 3개월 전 나온 모델을 앞섰다.'),
 -- ranges
 (27, '2024-06-20', '행사는 지난 17일부터 24일까지 열렸다.'),
 (28, '2024-06-20', '공모는 28일~3일 진행한다.'),
 -- English in Korean copy
 (29, '2024-10-15', '애플은 Sept. 12 행사에서 발표했다.'),
 (30, '2024-10-15', 'H1 2025 출시, March 2023 공개.'),
 -- not dates
 (31, '2024-10-15', '3년간 투자하고 11일간 협상했으며 3분기 연속 흑자를 냈다.'),
 (32, '2024-10-15', '2주 만에 1일 평균 사용자 100만명, 10년 전략, 오늘날의 AI.'),
 (33, '2024-10-15', 'GPT-4와 v2.5 모델, A100 1만개, 13월 32일, 연말정산.');

SELECT l.n, d.surface, d.start_pos, d.lower, d.upper, d.granularity, d.relative, d.sentence
FROM lines l, resolve_dates(l.body, l.published) d
ORDER BY l.n, d.start_pos;

-- lines without any date
SELECT l.n FROM lines l
WHERE NOT EXISTS (SELECT 1 FROM resolve_dates(l.body, l.published)) ORDER BY l.n;

-- surface is the exact substring at start_pos
SELECT count(*) AS dates,
       count(*) FILTER (WHERE substr(l.body, d.start_pos, char_length(d.surface)) = d.surface) AS exact
FROM lines l, resolve_dates(l.body, l.published) d;

-- without a publication date the relative ones have no bounds
SELECT surface, lower, upper, relative FROM resolve_dates('2024년 10월 2일과 지난 11일', NULL);
SELECT surface, lower, upper, relative FROM resolve_dates('2024년 10월 2일과 지난 11일', 'infinity');
SELECT count(*) AS none FROM resolve_dates(NULL, '2024-10-15');
SELECT count(*) AS none FROM resolve_dates('', '2024-10-15');
-- the reference date is the argument: no clock is read
SELECT lower FROM resolve_dates('어제', '1999-01-01');
