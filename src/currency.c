/*
 * currency.c - ISO 4217 codes and the Korean names newspapers use for them.
 *
 * Pure C. The list holds the active ISO 4217 codes (plus XAU/XAG, which
 * commodity stories quote); a code not listed here is refused by the type's
 * input and by recv alike.
 */
#include <stdlib.h>
#include <string.h>

#include "kn_grammar.h"

/* Sorted, so bsearch works; keep it sorted when adding codes. */
static const char *const iso_codes[] = {
	"AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN",
	"BAM", "BBD", "BDT", "BGN", "BHD", "BIF", "BMD", "BND", "BOB", "BRL",
	"BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHF", "CLP", "CNY",
	"COP", "CRC", "CUP", "CVE", "CZK", "DJF", "DKK", "DOP", "DZD", "EGP",
	"ERN", "ETB", "EUR", "FJD", "FKP", "GBP", "GEL", "GHS", "GIP", "GMD",
	"GNF", "GTQ", "GYD", "HKD", "HNL", "HTG", "HUF", "IDR", "ILS", "INR",
	"IQD", "IRR", "ISK", "JMD", "JOD", "JPY", "KES", "KGS", "KHR", "KMF",
	"KPW", "KRW", "KWD", "KYD", "KZT", "LAK", "LBP", "LKR", "LRD", "LSL",
	"LYD", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP", "MRU", "MUR",
	"MVR", "MWK", "MXN", "MYR", "MZN", "NAD", "NGN", "NIO", "NOK", "NPR",
	"NZD", "OMR", "PAB", "PEN", "PGK", "PHP", "PKR", "PLN", "PYG", "QAR",
	"RON", "RSD", "RUB", "RWF", "SAR", "SBD", "SCR", "SDG", "SEK", "SGD",
	"SHP", "SLE", "SOS", "SRD", "SSP", "STN", "SVC", "SYP", "SZL", "THB",
	"TJS", "TMT", "TND", "TOP", "TRY", "TTD", "TWD", "TZS", "UAH", "UGX",
	"USD", "UYU", "UZS", "VES", "VND", "VUV", "WST", "XAF", "XAG", "XAU",
	"XCD", "XOF", "XPF", "YER", "ZAR", "ZMW", "ZWL"
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
	{"원", "KRW", 0, 0}, {"원화", "KRW", 0, 0},
	{"\xe2\x82\xa9", "KRW", 0, KN_CW_SIGN},	/* ₩ */
	{"\xef\xbf\xa6", "KRW", 0, KN_CW_SIGN},	/* full-width ￦: NFKC makes it ₩,
											 * but the tokenizer reads text as
											 * written */
	{"달러", "USD", 0, 0}, {"달러화", "USD", 0, 0},
	{"불", "USD", 0, 0}, {"미국 달러", "USD", 0, 0},
	{"미 달러", "USD", 0, 0}, {"미화", "USD", 0, 0},
	{"$", "USD", 0, KN_CW_SIGN},
	{"유로", "EUR", 0, 0}, {"유로화", "EUR", 0, 0},
	{"\xe2\x82\xac", "EUR", 0, KN_CW_SIGN},	/* € */
	{"엔", "JPY", 0, 0}, {"엔화", "JPY", 0, 0},
	{"일본 엔", "JPY", 0, 0},
	{"円", "JPY", 0, 0}, {"\xc2\xa5", "JPY", 0, KN_CW_SIGN},	/* ¥ */
	{"위안", "CNY", 0, 0}, {"위안화", "CNY", 0, 0},
	{"인민폐", "CNY", 0, 0}, {"元", "CNY", 0, 0},
	{"파운드", "GBP", 0, 0}, {"파운드화", "GBP", 0, 0},
	{"영국 파운드", "GBP", 0, 0}, {"\xc2\xa3", "GBP", 0, KN_CW_SIGN},	/* £ */
	{"홍콩 달러", "HKD", 0, 0}, {"대만 달러", "TWD", 0, 0},
	{"싱가포르 달러", "SGD", 0, 0}, {"싱가폴 달러", "SGD", 0, 0},
	{"캐나다 달러", "CAD", 0, 0}, {"호주 달러", "AUD", 0, 0},
	{"스위스 프랑", "CHF", 0, 0}, {"인도 루피", "INR", 0, 0},
	{"루피", "INR", 0, 0}, {"루블", "RUB", 0, 0},
	{"베트남 동", "VND", 0, 0}, {"뉴질랜드 달러", "NZD", 0, 0},
	{"루피아", "IDR", 0, 0}, {"링깃", "MYR", 0, 0},
	{"바트", "THB", 0, 0}, {"헤알", "BRL", 0, 0},
	{"랜드", "ZAR", 0, 0}, {"리라", "TRY", 0, 0},
	{"디르함", "AED", 0, 0}, {"리얄", "SAR", 0, 0},
	{"즐로티", "PLN", 0, 0}, {"멕시코 페소", "MXN", 0, 0},
	{"필리핀 페소", "PHP", 0, 0},
	/* a hundredth of a dollar */
	{"센트", "USD", -2, 0},
};

const size_t kn_n_currency_words = sizeof(kn_currency_words) / sizeof(kn_currency_words[0]);

int
kn_currency_sign(uint32_t cp)
{
	return cp == '$' || cp == 0x20A9 || cp == 0x20AC || cp == 0xA3 || cp == 0xA5 ||
		cp == 0xFFE6;
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
