-- Extraction in UTF8 and EUC_KR databases gives the same rows.
SET client_encoding = 'UTF8';
\set VERBOSITY terse
CREATE EXTENSION IF NOT EXISTS aimarket;
SET search_path = aimarket, public;

SELECT surface, amount, equivalent, role, start_pos FROM extract_money(
  '오픈AI는 1500억달러(약 198조8000억원)의 기업가치를 평가받으며 10억달러의 투자 유치와 50억달러의 은행 대출을 준비하고 있다.');
SELECT surface, amount, role, start_pos FROM extract_money(
  '앤트로픽은 기업가치를 300억~400억달러로 설정했다. 카카오는 수천억원을 들였다. 매출은 37억 달러, 비용은 약 85억 달러.');
SELECT surface, value, qualifier, unit, measure, period, start_pos FROM extract_quantities(
  '챗GPT의 주간 사용자는 2억명을 넘어섰다. 구글은 지분 10%가량을 확보했다. 다운로드는 3억5000만회.');
SELECT surface, lower, upper, unit, start_pos FROM extract_quantities(
  '직원 스물다섯 명이 두세 차례 GPU 1만6000장을 3년간 들였고, 점유율은 3분의 1, 절반 이상, 세 번째 모델.');
SELECT pg_typeof(surface), char_length(surface) FROM extract_money('가나다 65억 달러') LIMIT 1;
