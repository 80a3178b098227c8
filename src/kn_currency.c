/*
 * kn_currency.c - ISO 4217 codes and the Korean names newspapers use for them.
 *
 * Pure C. The list holds the active ISO 4217 codes, plus XAU/XAG, which
 * commodity stories quote, and the withdrawn codes of the currencies that
 * old copy names (the euro's predecessors: DEM, FRF, ITL, ESP, FIM, NLG,
 * BEF, LUF, ATS, PTE, GRD, IEP; and HRK); a code not listed here is refused
 * by the type's input and by recv alike.
 */
#include <stdlib.h>
#include <string.h>

#include "kn_grammar.h"

/* Sorted, so bsearch works; keep it sorted when adding codes. */
static const char *const iso_codes[] = {
	"AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "ATS", "AUD", "AWG",
	"AZN", "BAM", "BBD", "BDT", "BEF", "BGN", "BHD", "BIF", "BMD", "BND",
	"BOB", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHF",
	"CLP", "CNY", "COP", "CRC", "CUP", "CVE", "CZK", "DEM", "DJF", "DKK",
	"DOP", "DZD", "EGP", "ERN", "ESP", "ETB", "EUR", "FIM", "FJD", "FKP",
	"FRF", "GBP", "GEL", "GHS", "GIP", "GMD", "GNF", "GRD", "GTQ", "GYD",
	"HKD", "HNL", "HRK", "HTG", "HUF", "IDR", "IEP", "ILS", "INR", "IQD",
	"IRR", "ISK", "ITL", "JMD", "JOD", "JPY", "KES", "KGS", "KHR", "KMF",
	"KPW", "KRW", "KWD", "KYD", "KZT", "LAK", "LBP", "LKR", "LRD", "LSL",
	"LUF", "LYD", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP", "MRU",
	"MUR", "MVR", "MWK", "MXN", "MYR", "MZN", "NAD", "NGN", "NIO", "NLG",
	"NOK", "NPR", "NZD", "OMR", "PAB", "PEN", "PGK", "PHP", "PKR", "PLN",
	"PTE", "PYG", "QAR", "RON", "RSD", "RUB", "RWF", "SAR", "SBD", "SCR",
	"SDG", "SEK", "SGD", "SHP", "SLE", "SOS", "SRD", "SSP", "STN", "SVC",
	"SYP", "SZL", "THB", "TJS", "TMT", "TND", "TOP", "TRY", "TTD", "TWD",
	"TZS", "UAH", "UGX", "USD", "UYU", "UZS", "VES", "VND", "VUV", "WST",
	"XAF", "XAG", "XAU", "XCD", "XOF", "XPF", "YER", "ZAR", "ZMW", "ZWL"
};

static int
code_cmp(const void *a, const void *b)
{
	return strcmp(*(const char *const *) a, *(const char *const *) b);
}

int
kn_iso_currency_known(const char *code)
{
	const char *key = code;

	if (strlen(code) != 3)
		return 0;
	return bsearch(&key, iso_codes, sizeof(iso_codes) / sizeof(iso_codes[0]),
				   sizeof(iso_codes[0]), code_cmp) != NULL;
}

/*
 * Every currency word and sign the grammar reads, in one place: the lexer
 * (kn_grammar.c) matches them, the tokenizer and the extractor ask
 * kn_currency_sign() which of them may open a figure. A space in a word
 * matches any run of blanks, or none: "미국 달러" is also "미국달러".
 */
const kn_currency_word kn_currency_words[] = {
	/* the won, and the signs that may open a figure */
	{"원", "KRW", 0, 0}, {"원화", "KRW", 0, 0}, {"한화", "KRW", 0, 0},
	{"대한민국 원", "KRW", 0, 0}, {"한국 원", "KRW", 0, 0},
	{"₩", "KRW", 0, KN_CW_SIGN},
	{"￦", "KRW", 0, KN_CW_SIGN},	/* full-width ￦: NFKC makes it ₩, but the tokenizer reads text as written */
	{"북한 원", "KPW", 0, 0},
	/* dollars: 달러 alone is the US dollar; a country before it names another */
	{"달러", "USD", 0, 0}, {"달러화", "USD", 0, 0}, {"불", "USD", 0, 0},
	{"미국 달러", "USD", 0, 0}, {"미 달러", "USD", 0, 0}, {"미달러화", "USD", 0, 0},
	{"미화", "USD", 0, 0}, {"미국 달러화", "USD", 0, 0},
	{"$", "USD", 0, KN_CW_SIGN}, {"홍콩 달러", "HKD", 0, 0},
	{"대만 달러", "TWD", 0, 0}, {"뉴대만 달러", "TWD", 0, 0},
	{"싱가포르 달러", "SGD", 0, 0}, {"싱가폴 달러", "SGD", 0, 0},
	{"캐나다 달러", "CAD", 0, 0}, {"호주 달러", "AUD", 0, 0},
	{"오스트레일리아 달러", "AUD", 0, 0}, {"뉴질랜드 달러", "NZD", 0, 0},
	{"브루나이 달러", "BND", 0, 0}, {"피지 달러", "FJD", 0, 0},
	{"자메이카 달러", "JMD", 0, 0}, {"바하마 달러", "BSD", 0, 0},
	{"바베이도스 달러", "BBD", 0, 0}, {"벨리즈 달러", "BZD", 0, 0},
	{"버뮤다 달러", "BMD", 0, 0}, {"가이아나 달러", "GYD", 0, 0},
	{"라이베리아 달러", "LRD", 0, 0}, {"나미비아 달러", "NAD", 0, 0},
	{"솔로몬 제도 달러", "SBD", 0, 0}, {"트리니다드 토바고 달러", "TTD", 0, 0},
	{"동카리브 달러", "XCD", 0, 0}, {"짐바브웨 달러", "ZWL", 0, 0},
	{"케이맨 제도 달러", "KYD", 0, 0}, {"수리남 달러", "SRD", 0, 0},
	/* the euro and the currencies it replaced */
	{"유로", "EUR", 0, 0}, {"유로화", "EUR", 0, 0},
	{"€", "EUR", 0, KN_CW_SIGN},
	{"마르크", "DEM", 0, 0}, {"독일 마르크", "DEM", 0, 0}, {"프랑스 프랑", "FRF", 0, 0},
	{"이탈리아 리라", "ITL", 0, 0}, {"페세타", "ESP", 0, 0}, {"스페인 페세타", "ESP", 0, 0},
	{"마르카", "FIM", 0, 0}, {"핀란드 마르카", "FIM", 0, 0}, {"휠던", "NLG", 0, 0},
	{"길더", "NLG", 0, 0}, {"네덜란드 휠던", "NLG", 0, 0}, {"네덜란드 길더", "NLG", 0, 0},
	{"벨기에 프랑", "BEF", 0, 0}, {"룩셈부르크 프랑", "LUF", 0, 0},
	{"오스트리아 실링", "ATS", 0, 0}, {"에스쿠도", "PTE", 0, 0},
	{"포르투갈 에스쿠도", "PTE", 0, 0}, {"드라크마", "GRD", 0, 0},
	{"그리스 드라크마", "GRD", 0, 0}, {"아일랜드 파운드", "IEP", 0, 0},
	{"쿠나", "HRK", 0, 0}, {"크로아티아 쿠나", "HRK", 0, 0},
	/* yen and yuan */
	{"엔", "JPY", 0, 0}, {"엔화", "JPY", 0, 0}, {"일본 엔", "JPY", 0, 0},
	{"일본 엔화", "JPY", 0, 0}, {"円", "JPY", 0, 0},
	{"¥", "JPY", 0, KN_CW_SIGN},
	{"위안", "CNY", 0, 0}, {"위안화", "CNY", 0, 0}, {"중국 위안", "CNY", 0, 0},
	{"중국 위안화", "CNY", 0, 0}, {"인민폐", "CNY", 0, 0}, {"인민폐화", "CNY", 0, 0},
	{"元", "CNY", 0, 0},
	/* pounds: 파운드 alone is sterling */
	{"파운드", "GBP", 0, 0}, {"파운드화", "GBP", 0, 0}, {"영국 파운드", "GBP", 0, 0},
	{"영국 파운드화", "GBP", 0, 0},
	{"£", "GBP", 0, KN_CW_SIGN},
	{"이집트 파운드", "EGP", 0, 0}, {"레바논 파운드", "LBP", 0, 0},
	{"시리아 파운드", "SYP", 0, 0}, {"수단 파운드", "SDG", 0, 0},
	{"남수단 파운드", "SSP", 0, 0}, {"지브롤터 파운드", "GIP", 0, 0},
	{"포클랜드 파운드", "FKP", 0, 0},
	/* francs: 프랑 alone is the Swiss franc, the one still in wide use */
	{"프랑", "CHF", 0, 0}, {"스위스 프랑", "CHF", 0, 0}, {"세파 프랑", "XOF", 0, 0},
	 {"콩고 프랑", "CDF", 0, 0}, {"기니 프랑", "GNF", 0, 0},
	{"르완다 프랑", "RWF", 0, 0}, {"부룬디 프랑", "BIF", 0, 0},
	{"지부티 프랑", "DJF", 0, 0}, {"코모로 프랑", "KMF", 0, 0},
	
	/* pesos: 페소 alone is the Mexican peso */
	{"페소", "MXN", 0, 0}, {"멕시코 페소", "MXN", 0, 0}, {"필리핀 페소", "PHP", 0, 0},
	{"아르헨티나 페소", "ARS", 0, 0}, {"칠레 페소", "CLP", 0, 0},
	{"콜롬비아 페소", "COP", 0, 0}, {"우루과이 페소", "UYU", 0, 0},
	{"쿠바 페소", "CUP", 0, 0}, {"도미니카 페소", "DOP", 0, 0},
	/* rupees: 루피 alone is the Indian rupee */
	{"루피", "INR", 0, 0}, {"인도 루피", "INR", 0, 0}, {"파키스탄 루피", "PKR", 0, 0},
	{"스리랑카 루피", "LKR", 0, 0}, {"네팔 루피", "NPR", 0, 0},
	{"모리셔스 루피", "MUR", 0, 0}, {"세이셸 루피", "SCR", 0, 0}, {"루피야", "MVR", 0, 0},
	{"몰디브 루피야", "MVR", 0, 0}, {"루피아", "IDR", 0, 0},
	{"인도네시아 루피아", "IDR", 0, 0},
	/* dinars (디나르 alone: Kuwait), riyals (리얄 alone: Saudi Arabia; 리알 alone: Iran), dirhams (디르함 alone: the UAE) */
	{"디나르", "KWD", 0, 0}, {"쿠웨이트 디나르", "KWD", 0, 0},
	{"바레인 디나르", "BHD", 0, 0}, {"요르단 디나르", "JOD", 0, 0},
	{"이라크 디나르", "IQD", 0, 0}, {"리비아 디나르", "LYD", 0, 0},
	{"알제리 디나르", "DZD", 0, 0}, {"튀니지 디나르", "TND", 0, 0},
	{"세르비아 디나르", "RSD", 0, 0}, {"데나르", "MKD", 0, 0},
	{"마케도니아 데나르", "MKD", 0, 0}, {"리얄", "SAR", 0, 0}, {"사우디 리얄", "SAR", 0, 0},
	{"사우디아라비아 리얄", "SAR", 0, 0}, {"카타르 리얄", "QAR", 0, 0},
	{"카타르 리알", "QAR", 0, 0}, {"오만 리알", "OMR", 0, 0}, {"오만 리얄", "OMR", 0, 0},
	{"예멘 리알", "YER", 0, 0}, {"예멘 리얄", "YER", 0, 0}, {"리알", "IRR", 0, 0},
	{"이란 리알", "IRR", 0, 0}, {"디르함", "AED", 0, 0},
	{"아랍에미리트 디르함", "AED", 0, 0}, {"모로코 디르함", "MAD", 0, 0},
	/* crowns: 크로나 alone is Swedish, 크로네 alone Norwegian */
	{"크로나", "SEK", 0, 0}, {"스웨덴 크로나", "SEK", 0, 0},
	{"아이슬란드 크로나", "ISK", 0, 0}, {"크로네", "NOK", 0, 0},
	{"노르웨이 크로네", "NOK", 0, 0}, {"덴마크 크로네", "DKK", 0, 0},
	{"코루나", "CZK", 0, 0}, {"체코 코루나", "CZK", 0, 0},
	/* shillings: 실링 alone is the Kenyan shilling */
	{"실링", "KES", 0, 0}, {"케냐 실링", "KES", 0, 0}, {"탄자니아 실링", "TZS", 0, 0},
	{"우간다 실링", "UGX", 0, 0}, {"소말리아 실링", "SOS", 0, 0},
	/* lira: 리라 alone is the Turkish lira */
	{"리라", "TRY", 0, 0}, {"터키 리라", "TRY", 0, 0}, {"튀르키예 리라", "TRY", 0, 0},
	/* Europe and Central Asia */
	{"루블", "RUB", 0, 0}, {"러시아 루블", "RUB", 0, 0}, {"벨라루스 루블", "BYN", 0, 0},
	{"흐리브냐", "UAH", 0, 0}, {"우크라이나 흐리브냐", "UAH", 0, 0}, {"즐로티", "PLN", 0, 0},
	{"폴란드 즐로티", "PLN", 0, 0}, {"포린트", "HUF", 0, 0}, {"헝가리 포린트", "HUF", 0, 0},
	{"레우", "RON", 0, 0}, {"루마니아 레우", "RON", 0, 0}, {"루마니아 레이", "RON", 0, 0},
	{"몰도바 레우", "MDL", 0, 0}, {"레프", "BGN", 0, 0}, {"불가리아 레프", "BGN", 0, 0},
	{"레크", "ALL", 0, 0}, {"알바니아 레크", "ALL", 0, 0}, {"태환 마르크", "BAM", 0, 0},
	{"보스니아 마르크", "BAM", 0, 0}, {"라리", "GEL", 0, 0}, {"조지아 라리", "GEL", 0, 0},
	{"드람", "AMD", 0, 0}, {"아르메니아 드람", "AMD", 0, 0}, {"마나트", "AZN", 0, 0},
	{"아제르바이잔 마나트", "AZN", 0, 0}, {"투르크메니스탄 마나트", "TMT", 0, 0},
	{"텡게", "KZT", 0, 0}, {"카자흐스탄 텡게", "KZT", 0, 0}, {"솜", "KGS", 0, 0},
	{"키르기스스탄 솜", "KGS", 0, 0}, {"숨", "UZS", 0, 0}, {"우즈베키스탄 숨", "UZS", 0, 0},
	{"소모니", "TJS", 0, 0}, {"타지키스탄 소모니", "TJS", 0, 0}, {"셰켈", "ILS", 0, 0},
	{"세켈", "ILS", 0, 0}, {"이스라엘 셰켈", "ILS", 0, 0}, {"신 셰켈", "ILS", 0, 0},
	/* Asia and the Pacific */
	{"베트남 동", "VND", 0, 0}, {"바트", "THB", 0, 0}, {"태국 바트", "THB", 0, 0},
	{"링깃", "MYR", 0, 0}, {"말레이시아 링깃", "MYR", 0, 0}, {"투그릭", "MNT", 0, 0},
	{"몽골 투그릭", "MNT", 0, 0}, {"짯", "MMK", 0, 0}, {"미얀마 짯", "MMK", 0, 0},
	{"리엘", "KHR", 0, 0}, {"캄보디아 리엘", "KHR", 0, 0}, {"라오스 킵", "LAK", 0, 0},
	{"타카", "BDT", 0, 0}, {"방글라데시 타카", "BDT", 0, 0}, {"눌트룸", "BTN", 0, 0},
	{"부탄 눌트룸", "BTN", 0, 0}, {"아프가니", "AFN", 0, 0},
	{"아프가니스탄 아프가니", "AFN", 0, 0}, {"파타카", "MOP", 0, 0},
	{"마카오 파타카", "MOP", 0, 0}, {"키나", "PGK", 0, 0},
	{"파푸아뉴기니 키나", "PGK", 0, 0}, {"바투", "VUV", 0, 0}, {"탈라", "WST", 0, 0},
	{"팡가", "TOP", 0, 0},
	/* Africa */
	{"랜드", "ZAR", 0, 0}, {"란드", "ZAR", 0, 0}, {"남아공 랜드", "ZAR", 0, 0},
	{"남아프리카공화국 랜드", "ZAR", 0, 0}, {"나이라", "NGN", 0, 0},
	{"나이지리아 나이라", "NGN", 0, 0}, {"세디", "GHS", 0, 0}, {"가나 세디", "GHS", 0, 0},
	{"비르", "ETB", 0, 0}, {"에티오피아 비르", "ETB", 0, 0}, {"콴자", "AOA", 0, 0},
	{"앙골라 콴자", "AOA", 0, 0}, {"잠비아 콰차", "ZMW", 0, 0},
	{"말라위 콰차", "MWK", 0, 0}, {"메티칼", "MZN", 0, 0}, {"풀라", "BWP", 0, 0},
	{"아리아리", "MGA", 0, 0}, {"카보베르데 에스쿠도", "CVE", 0, 0},
	/* the Americas */
	{"헤알", "BRL", 0, 0}, {"레알", "BRL", 0, 0}, {"브라질 헤알", "BRL", 0, 0},
	{"브라질 레알", "BRL", 0, 0}, {"볼리바르", "VES", 0, 0},
	{"베네수엘라 볼리바르", "VES", 0, 0}, {"볼리비아노", "BOB", 0, 0},
	{"과라니", "PYG", 0, 0}, {"파라과이 과라니", "PYG", 0, 0}, {"페루 솔", "PEN", 0, 0},
	{"누에보 솔", "PEN", 0, 0}, {"케찰", "GTQ", 0, 0}, {"과테말라 케찰", "GTQ", 0, 0},
	{"렘피라", "HNL", 0, 0}, {"코르도바", "NIO", 0, 0}, {"콜론", "CRC", 0, 0},
	{"코스타리카 콜론", "CRC", 0, 0}, {"발보아", "PAB", 0, 0}, {"구르드", "HTG", 0, 0},
	/* hundredths: 센트 alone is a US cent, 펜스 and 페니 pence; 전 (of the won) and 상팀 (of a franc) only after an amount of their unit, as in 5원 50전 */
	{"센트", "USD", -2, 0}, {"펜스", "GBP", -2, 0}, {"페니", "GBP", -2, 0},
	{"코펙", "RUB", -2, 0}, {"코페이카", "RUB", -2, 0},
	{"전", "KRW", -2, KN_CW_SUB_ONLY}, {"상팀", "CHF", -2, KN_CW_SUB_ONLY},
	/*
	 * 푼, the old brass coin, counted with native numerals (한 푼, 서 푼짜리):
	 * read as one 전 each, a hundredth of the won. After digits (3할 2푼) it
	 * is a batting or interest rate, and no money.
	 */
	{"푼", "KRW", -2, KN_CW_NATIVE_ONLY},
};

const size_t kn_n_currency_words = sizeof(kn_currency_words) / sizeof(kn_currency_words[0]);

/*
 * The signs that may open a figure, each once: the KN_CW_SIGN entries of
 * kn_currency_words, gathered on first use with their lead bytes, so the
 * grammar, the tokenizer and the extractor's scan test one list.
 */
typedef struct sign_set
{
	int			built;
	int			n;
	uint32_t	cp[16];
	unsigned char lead[256];
} sign_set;

static const sign_set *
signs(void)
{
	static sign_set ss;
	size_t		i;

	if (ss.built)
		return &ss;
	for (i = 0; i < kn_n_currency_words && ss.n < 16; i++)
	{
		const unsigned char *w = (const unsigned char *) kn_currency_words[i].text;
		size_t		len = strlen((const char *) w);
		uint32_t	cp;

		if (!(kn_currency_words[i].flags & KN_CW_SIGN) ||
			kn_utf8_decode(w, w + len, &cp) != (int) len)
			continue;			/* a sign is one character */
		ss.cp[ss.n++] = cp;
		ss.lead[w[0]] = 1;
	}
	ss.built = 1;
	return &ss;
}

int
kn_currency_sign(uint32_t cp)
{
	const sign_set *ss = signs();
	unsigned char lead = cp < 0x80 ? (unsigned char) cp :
		cp < 0x800 ? (unsigned char) (0xC0 | (cp >> 6)) :
		cp < 0x10000 ? (unsigned char) (0xE0 | (cp >> 12)) : 0;
	int			i;

	if (!ss->lead[lead])
		return 0;				/* most characters: their lead byte opens no sign */
	for (i = 0; i < ss->n; i++)
		if (ss->cp[i] == cp)
			return 1;
	return 0;
}

const unsigned char *
kn_currency_sign_leads(void)
{
	return signs()->lead;
}

/*
 * ISO codes that are also English words or common acronyms: in running text
 * "Top 5", "ALL 3", "PHP 8" and "SAR 위성" are not money.
 */
static const char *const code_words[] = {
	"ALL", "BAM", "BOB", "CUP", "GEL", "MAD", "MOP", "NAD", "PEN", "PHP",
	"RON", "RUB", "SAR", "SOS", "TOP", "TRY"
};

int
kn_iso_code_in_text(const unsigned char *w)
{
	char		code[4];
	size_t		i;

	for (i = 0; i < 3; i++)
	{
		if (w[i] < 'A' || w[i] > 'Z')
			return 0;
		code[i] = (char) w[i];
	}
	code[3] = '\0';
	for (i = 0; i < sizeof(code_words) / sizeof(code_words[0]); i++)
		if (memcmp(code_words[i], code, 3) == 0)
			return 0;
	return kn_iso_currency_known(code);
}

/*
 * May the hundredth named by sub (the code of its word: 센트 USD, 펜스 GBP,
 * 전 KRW, 상팀 CHF, 코펙 RUB) follow an amount in unit, as in 2달러 35센트?
 */
int
kn_subunit_of(const char *sub, const char *unit)
{
	static const char *const francs = "CHF FRF BEF LUF XOF XAF XPF CDF GNF RWF BIF DJF KMF";
	static const char *const no_cents = "KRW KPW JPY GBP IEP CHF FRF BEF LUF RUB BYN";

	if (strcmp(sub, "USD") == 0)
		return strstr(no_cents, unit) == NULL;
	if (strcmp(sub, "GBP") == 0)
		return strcmp(unit, "GBP") == 0 || strcmp(unit, "IEP") == 0;
	if (strcmp(sub, "CHF") == 0)
		return strstr(francs, unit) != NULL;
	if (strcmp(sub, "RUB") == 0)
		return strcmp(unit, "RUB") == 0 || strcmp(unit, "BYN") == 0;
	return strcmp(sub, unit) == 0;
}

/* The name to_korean() prints. */
static const struct
{
	const char *code;
	const char *name;
}			korean_names[] = {
	{"KRW", "원"}, {"USD", "달러"}, {"EUR", "유로"}, {"JPY", "엔"},
	{"CNY", "위안"}, {"GBP", "파운드"}, {"HKD", "홍콩달러"},
	{"TWD", "대만달러"}, {"SGD", "싱가포르달러"}, {"CAD", "캐나다달러"},
	{"AUD", "호주달러"}, {"CHF", "스위스프랑"}, {"INR", "루피"},
	{"RUB", "루블"}, {"VND", "베트남동"}
};

const char *
kn_currency_korean_name(const char *code)
{
	size_t		i;

	for (i = 0; i < sizeof(korean_names) / sizeof(korean_names[0]); i++)
		if (strcmp(korean_names[i].code, code) == 0)
			return korean_names[i].name;
	return NULL;
}

static const char *const qualifier_names[KN_Q_COUNT] = {
	"exact", "approximate", "at_least", "more_than", "at_most", "less_than"
};

const char *
kn_qualifier_name(kn_qualifier q)
{
	if ((int) q < 0 || q >= KN_Q_COUNT)
		return NULL;
	return qualifier_names[q];
}

int
kn_qualifier_from_name(const char *name, kn_qualifier *out)
{
	int			i;

	for (i = 0; i < KN_Q_COUNT; i++)
		if (strcmp(qualifier_names[i], name) == 0)
		{
			*out = (kn_qualifier) i;
			return 1;
		}
	return 0;
}
