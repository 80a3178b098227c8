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

/* The name to_korean() prints; the parser's table in kn_grammar.c reads more. */
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
