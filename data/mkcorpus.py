# data/mkcorpus.py - writes data/corpus.tsv, the sample corpus of make demo:
# news-style articles about the AI market, 2022-2025, one per row (id,
# title, source, published, body). The facts are publicly reported figures
# (funding rounds, valuations, investments, partnerships, users, costs) as
# the companies and the press gave them; every sentence is ours, written
# for this corpus from the templates below. Run with Debian's python3:
#   /usr/bin/python3 data/mkcorpus.py > data/corpus.tsv
# Sources of the facts: the companies' announcements and blog posts of the
# day named, as reported by the press (Reuters, Bloomberg, Yonhap).

import datetime
import re

# kind, date, fields
FACTS = [
    ("users", "2022-12-05", "오픈AI", "챗GPT", "출시 닷새 만에 사용자", "100만명"),
    ("round", "2022-10-17", "스태빌리티AI", "1억100만달러", "10억달러", "코튜와 라이트스피드"),
    ("round", "2022-10-18", "재스퍼", "1억2500만달러", "15억달러", "인사이트파트너스"),
    ("invest", "2023-01-23", "마이크로소프트", "오픈AI", "100억달러", "다년간"),
    ("users", "2023-02-02", "오픈AI", "챗GPT", "월간 사용자", "1억명"),
    ("launch", "2023-03-14", "오픈AI", "GPT-4", "멀티모달"),
    ("round", "2023-03-23", "캐릭터AI", "1억5000만달러", "10억달러", "앤드리슨호로위츠"),
    ("round", "2023-04-28", "오픈AI", "3억달러", "270억~290억달러", "세쿼이아캐피털 등"),
    ("round", "2023-05-23", "앤트로픽", "4억5000만달러", None, "스파크캐피털"),
    ("cap", "2023-05-30", "엔비디아", "1조달러"),
    ("round", "2023-06-08", "코히어", "2억7000만달러", "약 22억달러", "인덱스벤처스"),
    ("round", "2023-06-13", "미스트랄AI", "1억500만유로", None, "라이트스피드"),
    ("deal", "2023-06-26", "데이터브릭스", "모자이크ML", "13억달러"),
    ("round", "2023-06-29", "인플렉션AI", "13억달러", None, "마이크로소프트와 엔비디아"),
    ("invest", "2023-08-14", "SK텔레콤", "앤트로픽", "1억달러", None),
    ("round", "2023-08-24", "허깅페이스", "2억3500만달러", "45억달러", "세일즈포스와 구글"),
    ("launch", "2023-08-24", "네이버", "하이퍼클로바X", "한국어 특화"),
    ("invest", "2023-09-25", "아마존", "앤트로픽", "최대 40억달러", None),
    ("invest", "2023-10-27", "구글", "앤트로픽", "최대 20억달러", None),
    ("users", "2023-11-06", "오픈AI", "챗GPT", "주간 사용자", "1억명"),
    ("round", "2023-11-06", "알레프알파", "5억달러", None, "SAP와 보쉬"),
    ("launch", "2023-12-06", "구글", "제미나이", "멀티모달"),
    ("round", "2023-12-10", "미스트랄AI", "3억8500만유로", "약 20억달러", "앤드리슨호로위츠"),
    ("cap", "2024-01-24", "마이크로소프트", "3조달러"),
    ("round", "2024-01-30", "리벨리온", "1650억원", None, "KT 등"),
    ("invest", "2024-02-26", "마이크로소프트", "미스트랄AI", "1500만유로", None),
    ("launch", "2024-03-04", "앤트로픽", "클로드3", "세 가지 크기의"),
    ("invest", "2024-03-27", "아마존", "앤트로픽", "27억5000만달러", "추가로"),
    ("round", "2024-04-23", "퍼플렉시티", "6270만달러", "10억달러", "데이지 그룹"),
    ("launch", "2024-05-13", "오픈AI", "GPT-4o", "음성과 이미지를 함께 다루는"),
    ("round", "2024-05-27", "xAI", "60억달러", "240억달러", "앤드리슨호로위츠와 세쿼이아캐피털"),
    ("cap", "2024-06-05", "엔비디아", "3조달러"),
    ("round", "2024-06-11", "미스트랄AI", "6억유로", "약 60억달러", "제너럴캐털리스트"),
    ("invest", "2024-06-13", "SK텔레콤", "퍼플렉시티", "1000만달러", None),
    ("launch", "2024-06-20", "앤트로픽", "클로드 3.5 소네트", "중간 크기의"),
    ("round", "2024-07-22", "코히어", "5억달러", "55억달러", "PSP인베스트먼트"),
    ("launch", "2024-08-07", "LG AI연구원", "엑사원 3.0", "오픈소스로 공개한"),
    ("deal", "2024-08-02", "구글", "캐릭터AI", "27억달러"),
    ("round", "2024-09-04", "세이프슈퍼인텔리전스", "10억달러", "50억달러", "앤드리슨호로위츠"),
    ("partner", "2024-09-29", "KT", "마이크로소프트", "2조4000억원", "5년간"),
    ("round", "2024-10-02", "오픈AI", "66억달러", "1570억달러", "스라이브캐피털"),
    ("loan", "2024-10-03", "오픈AI", "40억달러", "JP모건체이스 등 은행들"),
    ("invest", "2024-11-22", "아마존", "앤트로픽", "40억달러", "추가로"),
    ("users", "2024-12-04", "오픈AI", "챗GPT", "주간 사용자", "3억명"),
    ("round", "2024-12-23", "xAI", "60억달러", None, "블랙록과 피델리티"),
    ("capex", "2025-01-03", "마이크로소프트", "800억달러", "2025회계연도"),
    ("partner", "2025-01-21", "오픈AI", "소프트뱅크", "5000억달러", "4년간"),
    ("launch", "2025-01-20", "딥시크", "R1", "추론에 특화된"),
    ("capex", "2025-01-24", "메타", "600억~650억달러", "2025년"),
    ("cap_loss", "2025-01-27", "엔비디아", "약 5890억달러"),
    ("partner", "2025-02-04", "카카오", "오픈AI", None, None),
    ("capex", "2025-02-04", "알파벳", "750억달러", "2025년"),
    ("users", "2025-02-20", "오픈AI", "챗GPT", "주간 사용자", "4억명"),
    ("round", "2025-03-03", "앤트로픽", "35억달러", "615억달러", "라이트스피드벤처파트너스"),
    ("talks", "2025-03-24", "메타", "퓨리오사AI", "8억달러"),
    ("ipo", "2025-03-28", "코어위브", "15억달러", "40달러"),
    ("merge", "2025-03-28", "xAI", "X", "800억달러", "330억달러"),
    ("round", "2025-03-31", "오픈AI", "400억달러", "3000억달러", "소프트뱅크"),
    ("round", "2025-04-12", "세이프슈퍼인텔리전스", "20억달러", "320억달러", "그린옥스"),
    ("deal", "2025-05-21", "오픈AI", "io", "65억달러"),
    ("revenue", "2025-06-09", "오픈AI", "연환산 매출", "100억달러"),
    ("invest", "2025-06-12", "메타", "스케일AI", "143억달러", "지분 49%를 받는 조건으로"),
    ("round", "2025-07-15", "싱킹머신스랩", "20억달러", "120억달러", "앤드리슨호로위츠"),
    ("cap", "2025-07-09", "엔비디아", "4조달러"),
    ("partner", "2025-07-22", "LG AI연구원", "퓨리오사AI", None, None),
    ("users", "2025-08-04", "오픈AI", "챗GPT", "주간 사용자", "7억명"),
    ("gov", "2025-08-04", "과학기술정보통신부", "독자 AI 파운데이션 모델", "5개 팀"),
    ("launch", "2025-08-07", "오픈AI", "GPT-5", "추론과 응답을 한 모델에 합친"),
    ("revenue", "2025-08-01", "앤트로픽", "연환산 매출", "50억달러"),
    ("round", "2025-09-02", "앤트로픽", "130억달러", "1830억달러", "아이코닉"),
    ("round", "2025-09-09", "미스트랄AI", "17억유로", "117억유로", "ASML"),
    ("contract", "2025-09-10", "오라클", "오픈AI", "3000억달러", "5년간"),
    ("invest", "2025-09-22", "엔비디아", "오픈AI", "최대 1000억달러", "단계적으로"),
    ("partner", "2025-10-01", "삼성전자", "오픈AI", None, "스타게이트"),
    ("secondary", "2025-10-02", "오픈AI", "66억달러", "5000억달러"),
    ("users", "2025-10-06", "오픈AI", "챗GPT", "주간 사용자", "8억명"),
    ("cap", "2025-10-29", "엔비디아", "5조달러"),
    ("gpu", "2025-10-31", "엔비디아", "26만장"),
]

# The won equivalents the flashes state, at the day's rate as the press
# rounded it (as in 66억달러(약 8조7000억원)).
EQUIV = {
    "2023-01-23": "약 12조3000억원", "2023-09-25": "약 5조4000억원", "2024-03-27": "약 3조7000억원",
    "2024-05-27": "약 8조2000억원", "2024-10-02": "약 8조7000억원", "2024-11-22": "약 5조6000억원",
    "2025-03-03": "약 5조1000억원", "2025-03-31": "약 58조8000억원", "2025-09-02": "약 18조1000억원",
    "2025-06-12": "약 19조5000억원",
}

OUTLETS = ["AI마켓데일리", "테크브리프", "경제인사이트", "디지털투데이플러스", "서울테크리뷰"]

# Two ways to tell each kind of fact: a flash on the day and an analysis a
# few days later. {a}, {b}, ... are the fields after the date.
TEMPLATES = {
    "round": [
        ("{a}, {b} 투자 유치",
         "{a}가 {b} 규모의 투자를 유치했다고 {d}일 밝혔다. 이번 라운드는 {lead}이(가) 주도했다. {val_s}"
         "회사 측은 조달한 자금을 연구 인력 확충과 컴퓨팅 자원 확보에 쓸 계획이라고 설명했다."),
        ("[분석] {a}의 몸값, 어디까지 오르나",
         "{a}는 최근 {b}의 자금을 끌어모았다. {val_l}"
         "업계에서는 수익 모델이 검증되기 전에 기업가치가 지나치게 빨리 오른다는 우려도 나온다. "
         "그럼에도 투자자들은 생성형 AI 시장의 성장세에 베팅하고 있다."),
    ],
    "invest": [
        ("{a}, {b}에 {c} 투자",
         "{a}가 {b}에 {e}{c}를 투자한다고 발표했다. 두 회사는 클라우드와 모델 개발에서 협력을 넓히기로 했다. "
         "{b}는 이번 투자로 대규모 학습에 필요한 연산 자원을 확보하게 됐다."),
        ("[분석] {a}가 {b}를 택한 이유",
         "{a}의 {b} 투자 규모는 {c}에 이른다. 빅테크가 AI 스타트업에 지분을 투자하고 그 대가로 클라우드 사용을 약속받는 "
         "구조가 굳어지고 있다는 평가다. 경쟁사들도 비슷한 방식의 제휴를 검토하고 있는 것으로 알려졌다."),
    ],
    "users": [
        ("{b} {c} {e} 돌파",
         "{a}의 {b} {c}가 {e}을 넘어섰다. 회사 측은 {d}일 이 같은 수치를 공개하며 기업 고객도 빠르게 늘고 있다고 밝혔다. "
         "업계는 이용자 증가 속도가 역대 어떤 소비자 서비스보다 빠르다고 본다."),
        ("[분석] {b} 이용자 {e}의 의미",
         "{b}의 {c}는 {e} 수준이다. 유료 구독 전환율이 수익성의 관건으로 꼽힌다. "
         "경쟁 서비스들도 무료 기능을 늘리며 이용자 확보에 나섰다."),
    ],
    "launch": [
        ("{a}, 새 모델 {b} 공개",
         "{a}가 {c} 새 모델 {b}를 {d}일 공개했다. 회사는 이전 모델보다 성능이 크게 좋아졌다고 밝혔다. "
         "개발자들은 API를 통해 바로 사용할 수 있다."),
        ("[분석] {b}가 바꿀 경쟁 구도",
         "{a}의 {b}는 {c} 모델이다. 업계에서는 이번 발표가 모델 경쟁의 판도를 흔들 수 있다는 평가가 나온다. "
         "가격 정책과 기업용 서비스가 흥행의 변수로 꼽힌다."),
    ],
    "cap": [
        ("{a} 시가총액 {b} 돌파",
         "{a}의 시가총액이 {d}일 뉴욕증시에서 처음으로 {b}를 넘어섰다. AI 반도체와 소프트웨어 수요가 주가를 끌어올렸다는 분석이다. "
         "증권가는 데이터센터 투자가 당분간 이어질 것으로 내다봤다."),
        ("[분석] {a} {b} 시대",
         "{a}가 시가총액 {b} 클럽에 이름을 올렸다. AI 인프라 투자의 최대 수혜주라는 평가가 이어진다. "
         "다만 일부 고객사의 자체 칩 개발은 장기적인 위협 요인이다."),
    ],
    "cap_loss": [
        ("{a} 시가총액 하루 새 {b} 증발",
         "{a}의 시가총액이 {d}일 하루 만에 {b} 줄었다. 저비용 중국 모델의 등장으로 AI 반도체 수요가 꺾일 수 있다는 우려가 번졌다. "
         "미국 증시 역사상 하루 기준 최대 규모의 감소다."),
        ("[분석] {a} 급락이 남긴 질문",
         "{a}의 주가 급락으로 시가총액 {b}가 사라졌다. 학습 비용을 크게 낮췄다는 주장이 시장을 흔들었다. "
         "증권가에서는 과민 반응이라는 의견과 구조적 변화라는 의견이 엇갈린다."),
    ],
    "deal": [
        ("{a}, {b} {c}에 인수",
         "{a}가 {b}를 약 {c}에 인수하기로 했다고 {d}일 발표했다. 인수가 마무리되면 {b}의 핵심 인력이 {a}에 합류한다. "
         "규제 당국의 심사 여부가 남은 절차로 꼽힌다."),
        ("[분석] {a}의 {b} 인수 셈법",
         "{a}의 {b} 인수 금액은 {c}로 알려졌다. 인재와 기술을 한꺼번에 확보하려는 거래라는 분석이다. "
         "업계에서는 비슷한 형태의 인수가 잇따를 것으로 본다."),
    ],
    "partner_undisclosed": [
        ("{a}·{b}, AI 전략적 협력",
         "{a}와 {b}가 AI 서비스와 인프라를 함께 개발하는 전략적 협력을 맺었다고 {d}일 밝혔다. "
         "구체적인 금액은 공개하지 않았다. 업계는 이번 협력이 국내 AI 시장에 적지 않은 영향을 줄 것으로 본다."),
        ("[분석] {a}와 {b}의 동맹",
         "{a}와 {b}의 제휴에는 금액이 알려지지 않았다. 모델과 인프라, 유통을 묶는 협력이 늘고 있다. "
         "경쟁사들도 비슷한 동맹을 서두르고 있다."),
    ],
    "loan": [
        ("{a}, {b} 규모 신용한도 확보",
         "{a}가 {c}로부터 {b} 규모의 리볼빙 신용한도를 확보했다. 직전 투자 유치에 이어 유동성을 보강한 것이다. "
         "회사는 데이터센터와 인재 확보에 자금을 쓸 계획이다."),
        ("[분석] {a}가 빚을 내는 이유",
         "{a}는 {b}의 대출 한도를 새로 열었다. 지분 투자만으로는 급증하는 연산 비용을 감당하기 어렵다는 뜻으로 읽힌다. "
         "차입 비용과 수익화 속도가 관건이다."),
    ],
    "partner": [
        ("{a}·{b}, {e}{c} 규모 협력",
         "{a}와 {b}가 {e}{c} 규모의 전략적 파트너십을 맺었다고 {d}일 밝혔다. 두 회사는 AI 인프라와 서비스를 함께 개발한다. "
         "업계는 이번 협력이 시장 판도에 적지 않은 영향을 줄 것으로 보고 있다."),
        ("[분석] {a}와 {b}의 동맹",
         "{a}와 {b}의 제휴는 {c} 규모다. 모델과 인프라, 유통을 묶는 협력이 늘고 있다. "
         "경쟁사들도 비슷한 동맹을 서두르고 있다."),
    ],
    "capex": [
        ("{a}, {c} AI 데이터센터에 {b} 투자",
         "{a}가 {c} AI 데이터센터 구축에 {b}를 쓰겠다고 밝혔다. 클라우드 수요가 공급을 웃돌고 있다는 설명이다. "
         "투자자들은 투자 회수 시점에 주목하고 있다."),
        ("[분석] {a}의 {b} 베팅",
         "{a}의 {c} 설비투자 계획은 {b}에 이른다. 빅테크의 AI 인프라 경쟁이 갈수록 격해지고 있다. "
         "전력과 부지 확보가 새로운 병목으로 떠올랐다."),
    ],
    "revenue": [
        ("{a} {b} {c} 돌파",
         "{a}의 {b}이 {c}를 넘어선 것으로 알려졌다. 기업 고객과 개인 구독이 함께 늘어난 덕분이다. "
         "다만 연산 비용이 커서 흑자 전환까지는 시간이 걸릴 전망이다."),
        ("[분석] {a}, 매출은 늘지만",
         "{a}의 {b}은 {c} 수준이다. 매출 증가 속도는 빠르지만 학습과 추론에 드는 비용도 함께 늘고 있다. "
         "수익성 개선이 다음 과제다."),
    ],
    "talks": [
        ("{a}, {b} 인수 추진설",
         "{a}가 국내 AI 반도체 기업 {b}를 약 {c}에 인수하는 방안을 논의한 것으로 알려졌다. {b}는 독자 성장을 택하며 제안을 거절했다. "
         "업계에서는 국산 AI 칩의 가치가 확인됐다는 평가가 나온다."),
        ("[분석] {b}가 {c}를 거절한 이유",
         "{b}는 {a}의 {c} 인수 제안을 받아들이지 않았다. 회사는 자체 칩의 상용화에 집중하겠다는 입장이다. "
         "추가 투자 유치 여부가 관심사다."),
    ],
    "ipo": [
        ("{a}, 나스닥 상장으로 {b} 조달",
         "{a}가 나스닥에 상장하며 {b}를 조달했다. 공모가는 주당 {c}로 정해졌다. "
         "AI 인프라 기업의 상장이 잇따를지 관심이 쏠린다."),
        ("[분석] {a} 상장이 보여준 것",
         "{a}의 공모 규모는 {b}였다. 시장은 GPU 클라우드 사업의 성장성과 부채 부담을 함께 따졌다. "
         "상장 이후 주가 흐름이 다른 AI 기업의 상장 일정에도 영향을 줄 전망이다."),
    ],
    "merge": [
        ("{a}, {b}와 합병",
         "{a}가 소셜미디어 {b}를 인수하는 방식으로 두 회사를 합친다. 이번 거래에서 {a}의 기업가치는 {c}, {b}는 {e}로 평가됐다. "
         "합병 회사는 데이터와 모델을 함께 쓰게 된다."),
        ("[분석] {a}와 {b}의 결합",
         "{a}와 {b}의 합병으로 기업가치 {c}의 AI 회사가 {b}를 품게 됐다. 데이터 확보가 핵심 목적으로 꼽힌다. "
         "규제와 이해 상충 논란도 함께 제기된다."),
    ],
    "contract": [
        ("{a}, {b}와 {e}{c} 클라우드 계약",
         "{a}가 {b}와 {e} {c} 규모의 클라우드 컴퓨팅 계약을 맺은 것으로 알려졌다. 역대 최대 규모의 클라우드 계약 가운데 하나다. "
         "{a}의 주가는 발표 직후 급등했다."),
        ("[분석] {c} 계약의 무게",
         "{a}와 {b}의 계약 규모는 {c}다. 데이터센터 건설과 전력 조달이 계약 이행의 관건이다. "
         "시장에서는 수주 잔고가 실적으로 이어질지 주목한다."),
    ],
    "secondary": [
        ("{a}, 기업가치 {c} 인정받아",
         "{a}가 임직원 보유 주식 {b}어치를 매각하는 거래에서 기업가치 {c}를 인정받았다. 세계에서 가장 비싼 비상장 스타트업이 됐다. "
         "투자자들은 소프트뱅크와 스라이브캐피털 등이다."),
        ("[분석] {a} {c}의 근거",
         "{a}의 기업가치는 {c}로 뛰었다. 반년 만에 두 배 가까이 오른 셈이다. "
         "매출 성장 속도가 이를 정당화할 수 있을지 의견이 갈린다."),
    ],
    "gov": [
        ("{a}, {b} 개발 {c} 선정",
         "{a}가 {b} 프로젝트에 참여할 {c}을 {d}일 선정했다. 네이버클라우드, 업스테이지, SK텔레콤, NC AI, LG AI연구원이 이름을 올렸다. "
         "정부는 GPU와 데이터를 지원하고 단계별 평가로 팀을 줄여 나간다."),
        ("[분석] {b} 경쟁, 누가 남을까",
         "{a}의 {b} 사업에는 {c}이 뛰어들었다. 한국어 성능과 비용 효율이 평가의 핵심이다. "
         "업계는 글로벌 모델과의 격차를 얼마나 줄일지에 주목한다."),
    ],
    "gpu": [
        ("{a}, 한국에 GPU {b} 공급",
         "{a}가 한국 정부와 기업에 최신 GPU {b}을 공급하기로 했다. 삼성전자, SK그룹, 현대자동차그룹, 네이버클라우드가 물량을 나눠 받는다. "
         "정부는 이를 AI 인프라 확충의 전환점으로 보고 있다."),
        ("[분석] GPU {b}이 바꿀 풍경",
         "{a}의 GPU {b} 공급 약속으로 국내 연산 자원이 크게 늘어난다. 전력과 데이터센터 부지가 다음 과제다. "
         "스타트업에도 자원이 돌아갈지가 관심사다."),
    ],
}

ENGLISH = [
    ("2024-10-02", "OpenAI closes a $6.6 billion round",
     "OpenAI said it raised $6.6 billion at a valuation of $157 billion. Thrive Capital led the round, "
     "with Microsoft and Nvidia taking part."),
    ("2025-03-03", "Anthropic valued at $61.5 billion",
     "Anthropic raised $3.5 billion in a Series E round that values the company at $61.5 billion."),
    ("2025-03-31", "OpenAI raises $40 billion led by SoftBank",
     "OpenAI announced $40 billion in new funding at a $300 billion post-money valuation, led by SoftBank."),
    ("2024-05-27", "xAI raises $6 billion",
     "Elon Musk's xAI raised $6 billion in a Series B round, valuing it at $24 billion after the money."),
    ("2025-09-02", "Anthropic's Series F",
     "Anthropic raised $13 billion at a $183 billion post-money valuation, led by ICONIQ."),
]


def josa(word, pair):
    """이/가, 은/는, 을/를, 와/과: the particle that fits the word's last sound."""
    last = word[-1]
    code = ord(last) - 0xAC00
    has_final = 0 <= code < 11172 and code % 28 != 0
    if not (0 <= code < 11172):  # Latin or digit: read as most Korean writers do
        has_final = last.lower() in "lmnr013678"
    return pair[0] if has_final else pair[1]


def render(kind, date, fields, variant):
    if kind == "partner" and not fields[2]:
        kind = "partner_undisclosed"
    title, body = TEMPLATES[kind][variant]
    vals = {k: v or "" for k, v in zip(["a", "b", "c", "e"], fields)}
    vals["d"] = str(int(date[8:10]))
    if kind == "round":
        name, amount, valuation, lead = fields
        vals["lead"] = lead
        vals["val_s"] = ("%s의 투자 후 기업가치는 %s로 평가됐다. " % (name, valuation)) if valuation else ""
        vals["val_l"] = ("이번 거래에서 %s<가> 인정받은 기업가치는 %s다. " % (name, valuation)) if valuation else \
            "회사는 기업가치를 공개하지 않았다. "
    if kind in ("invest", "partner", "contract"):
        vals["e"] = (fields[3] + " ") if len(fields) > 3 and fields[3] else ""
    body = agree(mark(body).format(**vals))
    if variant == 0 and date in EQUIV:   # the flash states the won equivalent of its amount
        amount = fields[1 if kind == "round" else 2]
        body = body.replace(amount, "%s(%s)" % (amount, EQUIV[date]), 1)
    return agree(mark(title).format(**vals)), body


PARTICLES = {"가": ("이", "가"), "는": ("은", "는"), "를": ("을", "를"), "와": ("과", "와")}


def mark(template):
    """{a}가 in a template becomes {a}<가>: the particle to agree with the name."""
    return re.sub(r"\}(가|는|를|와)(?![가-힣])", lambda m: "}<" + m.group(1) + ">", template)


def agree(text):
    """<가> after a word becomes 이 or 가 as its last sound asks; so is 이(가)."""
    text = re.sub(r"(.)이\(가\)", lambda m: m.group(1) + josa(m.group(1), ("이", "가")), text)
    return re.sub(r"(.)<(가|는|를|와)>", lambda m: m.group(1) + josa(m.group(1), PARTICLES[m.group(2)]), text)


def shift(date, days):
    d = datetime.date.fromisoformat(date) + datetime.timedelta(days=days)
    return d.isoformat()


def main():
    rows = []
    for i, (kind, date, *fields) in enumerate(FACTS):
        for variant in (0, 1):
            title, body = render(kind, date, fields, variant)
            published = date if variant == 0 else shift(date, 2 + i % 5)
            outlet = OUTLETS[(i * 2 + variant) % len(OUTLETS)]
            rows.append((published, title, outlet, body))
    for date, title, body in ENGLISH:
        rows.append((date, title, "AI Market Wire", body))
    rows.sort(key=lambda r: (r[0], r[1]))
    print("id\ttitle\tsource\tpublished\tbody")
    for n, (published, title, outlet, body) in enumerate(rows, 1):
        print("%d\t%s\t%s\t%s\t%s" % (n, title, outlet, published, body))


main()
