/*
 * kn_test.c - the number and money grammar outside the server, built with
 * AddressSanitizer and UBSan by `make unit`. Prints TAP lines.
 *
 * The second half mutates the cases at random (a fixed seed, so runs
 * repeat) and feeds every mutant to both parsers: the check there is that
 * nothing crashes or trips a sanitizer, and that errors name a span inside
 * the input.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kn_grammar.h"

static int n_test = 0,
			n_fail = 0;

static void
ok(int cond, const char *what, const char *input, const char *got)
{
	n_test++;
	if (cond)
		printf("ok %d - %s %s\n", n_test, what, input);
	else
	{
		n_fail++;
		printf("not ok %d - %s %s (got %s)\n", n_test, what, input, got);
	}
}

/* "R" range error, "S" syntax error, else the decimal text */
static const char *const number_cases[][2] = {
	{"0", "0"}, {"1,500", "1500"}, {"6.5", "6.5"}, {"10,000,000", "10000000"},
	{"8조6000억", "8600000000000"}, {"3억5000만", "350000000"},
	{"1.5조", "1500000000000"}, {"삼천오백", "3500"}, {"이십일", "21"},
	{"만", "10000"}, {"억", "100000000"}, {"일억 이천만", "120000000"},
	{"영", "0"}, {"공", "0"}, {"하나", "1"}, {"열", "10"}, {"스물", "20"},
	{"스물다섯", "25"}, {"아흔아홉", "99"}, {"열하나", "11"}, {"서른셋", "33"},
	{"10 billion", "10000000000"}, {"6.5B", "6500000000"},
	{"1.2bn", "1200000000"}, {"300M", "300000000"},
	{"3.5 trillion", "3500000000000"}, {"2k", "2000"},
	{"-3억", "-300000000"}, {"+7", "7"}, {"△5000만", "-50000000"},
	{"마이너스 3", "-3"}, {"3천5백", "3500"}, {"5천만", "50000000"},
	{"천백", "1100"}, {"십만", "100000"}, {"백만", "1000000"},
	{"1,500억", "150000000000"}, {"3억 5000만", "350000000"},
	{"1조 2000억", "1200000000000"}, {"8조 6천억", "8600000000000"},
	{"一億", "100000000"}, {"三千", "3000"}, {"1경", "10000000000000000"},
	{"0.5", "0.5"}, {"12.25억", "1225000000"}, {"1억5", "100000005"},
	{"3천500", "3500"}, {"구십구", "99"}, {"칠", "7"},
	{"2억명", "200000000"}, {"6500만 명", "65000000"}, {"3억5000만회", "350000000"},
	{"12개국", "12"}, {"스무 살", "20"}, {"세 곳", "3"}, {"100대", "100"},
	/* spoken decimals, signs, fractions, colloquial zero, the large units */
	{"삼점사", "3.4"}, {"영점영일영이", "0.0102"},
	{"일만 이천삼백사십오점 육칠팔", "12345.678"}, {"이십점오", "20.5"},
	{"마이나스 5", "-5"}, {"플러스 5", "5"}, {"마이너스 삼점오", "-3.5"},
	{"3/4", "0.75"}, {"사분의 삼", "0.75"}, {"3분의 1", "0.33333333333333333333"},
	{"3분의1", "0.33333333333333333333"}, {"3분의 2", "0.66666666666666666667"},
	{"마이너스 4분의 1", "-0.25"}, {"1.5/3", "0.5"}, {"8분의 1", "0.125"},
	{"빵", "0"}, {"일자", "1000000000000000000000000"},
	{"3양", "30000000000000000000000000000"},
	{"구구", "900000000000000000000000000000000"},
	{"일간", "1000000000000000000000000000000000000"},
	{"1양 2자", "10002000000000000000000000000"},
	{"몇", "S"}, {"3점", "S"}, {"3점4", "S"}, {"삼점", "S"}, {"0분의 1", "S"},
	{"1/0", "S"}, {"1/", "S"}, {"/3", "S"}, {"분의 1", "S"},
	{"1자 1양", "S"},
	/* the units past 10^38: at most 38 significant digits */
	{"1정", "1" "0000000000" "0000000000" "0000000000" "0000000000"},
	{"1무량대수", "1" "0000000000" "0000000000" "0000000000" "0000000000"
	 "0000000000" "0000000000" "00000000"},
	{"1정 1간", "10001" "000000000000000000000000000000000000"},
	{"-3불가사의", "-3" "0000000000" "0000000000" "0000000000" "0000000000"
	 "0000000000" "0000000000" "0000"},
	{"1무량대수 1억", "R"}, {"일무량대수 일", "R"}, {"1정점오", "S"},
	{"1무량대수/3", "R"}, {"3분의 1정", "R"}, {"만무량대수", "S"},
	/* errors */
	{"", "S"}, {"   ", "S"}, {"억억", "S"}, {"1..2", "S"}, {"1,50", "S"},
	{"abc", "S"}, {"1 2", "S"}, {"삼오", "S"}, {"3오", "S"}, {"백천", "S"},
	{"십억만", "S"}, {"1억만", "S"}, {"스물삼", "S"}, {"열 만", "S"},
	{"1조15000억", "S"}, {"3천5000", "S"}, {"1.", "S"}, {".5", "S"},
	{"수십억", "S"}, {"300여", "S"}, {"10억 달러", "S"}, {"5%", "S"},
	{"6.5bnx", "S"}, {"1,5000", "S"}, {"--3", "S"}, {"3-", "S"},
	{"billion", "S"}, {"억 억", "S"}, {"\xff", "S"}, {"\xe3\x80", "S"},
	{"명", "S"}, {"2명명", "S"}, {"2명 3", "S"}, {"300여명", "S"}, {"10억 규모", "S"},
	{"123456789012345678901234567890123456789", "R"},
	{"99999999999999999999999999999999999999경",
	 "99999999999999999999999999999999999999" "0000000000000000"},
	{"99999999999999999999999999999999999999경 1", "R"},
	{"0.000000000000000000001", "R"},
};

static const char *const money_cases[][2] = {
	{"65억달러", "6500000000 USD"}, {"65억 달러", "6500000000 USD"},
	{"약 8조6000억원", "~8600000000000 KRW"},
	{"300억~400억달러", "30000000000..40000000000 USD"},
	{"300~400억달러", "30000000000..40000000000 USD"},
	{"300억달러~400억달러", "30000000000..40000000000 USD"},
	{"5~6천만원", "50000000..60000000 KRW"},
	{"1억원 이상", ">=100000000 KRW"}, {"₩1,000", "1000 KRW"},
	{"$10 billion", "10000000000 USD"}, {"US$6.5bn", "6500000000 USD"},
	{"USD 6.5B", "6500000000 USD"}, {"6.5B USD", "6500000000 USD"},
	{"3억 5천만 엔", "350000000 JPY"}, {"100만 유로", "1000000 EUR"},
	{"50억 위안", "5000000000 CNY"}, {"10억 파운드", "1000000000 GBP"},
	{"1000円", "1000 JPY"}, {"¥500", "500 JPY"}, {"€3", "3 EUR"},
	{"£2.5m", "2500000 GBP"}, {"10억 홍콩달러", "1000000000 HKD"},
	{"10억 대만 달러", "1000000000 TWD"}, {"5억 싱가포르달러", "500000000 SGD"},
	{"5억 캐나다 달러", "500000000 CAD"}, {"5억 호주달러", "500000000 AUD"},
	{"HK$100", "100 HKD"}, {"1억 불", "100000000 USD"},
	{"미화 100만 달러", "1000000 USD"}, {"100만 미국 달러", "1000000 USD"},
	{"3천억에서 5천억 원", "300000000000..500000000000 KRW"},
	{"최대 100억 달러", "<=10000000000 USD"},
	{"최소 5억원", ">=500000000 KRW"}, {"10억원 미만", "<1000000000 KRW"},
	{"10억원 초과", ">1000000000 KRW"}, {"10억원 이하", "<=1000000000 KRW"},
	{"1억 달러 넘는", ">100000000 USD"},
	{"10억 달러 가량", "~1000000000 USD"}, {"10억달러가량", "~1000000000 USD"},
	{"2조원 안팎", "~2000000000000 KRW"}, {"300여억원", "~30000000000 KRW"},
	{"65억여 달러", "~6500000000 USD"},
	{"수십억 달러", "~2000000000..9000000000 USD"},
	{"수천억원", "~200000000000..900000000000 KRW"},
	{"수억 원", "~200000000..900000000 KRW"},
	{"총 65억 달러", "6500000000 USD"}, {"100억원어치", "10000000000 KRW"},
	{"-5 USD", "-5 USD"}, {"△3억원", "-300000000 KRW"},
	{"6500000000 USD", "6500000000 USD"}, {"~86 KRW", "~86 KRW"},
	{">=100 KRW", ">=100 KRW"}, {"<5.25 EUR", "<5.25 EUR"},
	{"1..2 USD", "1..2 USD"}, {"-5..-3 USD", "-5..-3 USD"},
	{"~1..2 USD", "~1..2 USD"}, {"10 usd", "10 USD"},
	{"8조 6000억 원", "8600000000000 KRW"}, {"12 CHF", "12 CHF"},
	{"1만 2345.5 원", "12345.5 KRW"},
	{"65억달러 규모", "6500000000 USD"}, {"1억원 상당", "100000000 KRW"},
	{"최고 5억 달러", "<=500000000 USD"}, {"최저 1만원", ">=10000 KRW"},
	{"십수억 원", "~1100000000..1900000000 KRW"}, {"수조 원", "~2000000000000..9000000000000 KRW"},
	{"수백만 달러", "~2000000..9000000 USD"}, {"99센트", "0.99 USD"},
	{"50 cents", "0.5 USD"}, {"1조 루피아", "1000000000000 IDR"},
	/* more currencies, the ones the euro replaced, hundredths */
	{"65억 마르크", "6500000000 DEM"}, {"100 프랑스 프랑", "100 FRF"},
	{"10 프랑", "10 CHF"}, {"5억 캐나다달러", "500000000 CAD"},
	{"100억 중국 위안", "10000000000 CNY"}, {"1억 페세타", "100000000 ESP"},
	{"50 휠던", "50 NLG"}, {"3000 리라", "3000 TRY"},
	{"3000 이탈리아 리라", "3000 ITL"}, {"10만 페소", "100000 MXN"},
	{"10만 아르헨티나 페소", "100000 ARS"}, {"1억 스웨덴 크로나", "100000000 SEK"},
	{"2달러 35센트", "2.35 USD"}, {"4 달러 75 센트", "4.75 USD"},
	{"320 펜스", "3.2 GBP"}, {"3파운드 20펜스", "3.2 GBP"},
	{"5원 50전", "5.5 KRW"}, {"2유로 50센트", "2.5 EUR"},
	{"50 스위스 프랑 20 상팀", "50.2 CHF"}, {"약 2달러 35센트", "~2.35 USD"},
	{"마이너스 2달러 35센트", "-2.35 USD"},
	{"5원~20만 원", "5..200000 KRW"}, {"1175 홍콩달러~6만 6685 홍콩달러", "1175..66685 HKD"},
	{"50전", "S"}, {"1달러 20펜스", "S"}, {"1원 50센트", "S"},
	{"2달러 35센트 10센트", "S"},
	{"10억 링깃", "1000000000 MYR"}, {"1억 뉴질랜드 달러", "100000000 NZD"},
	/* errors */
	{"", "S"}, {"65억", "S"}, {"달러", "S"}, {"65억 굴덴", "S"},
	{"10 ZZZ", "S"}, {"$10 원", "S"}, {"400억~300억달러", "S"},
	{"약 1억원 이상", "S"}, {"300억~400억달러 이상", "S"},
	{"65억달러(약 8조6000억원)", "S"}, {"1..2..3 USD", "S"},
	{"수십억~수백억 달러", "S"}, {"억억원", "S"}, {"2억명", "S"},
	{"10억 달러 규모 규모 이상 원", "S"}, {"1달러 150센트", "S"}, {"십수십억 원", "S"},
	{"수 원", "S"}, {"십수 원", "S"}, {"수수억 원", "S"}, {"일십수억 원", "~1100000000..1900000000 KRW"}, {"이십수억 원", "S"}, {"10 billion won dollars", "S"},
	{"99999999999999999999999999999999999999999 USD", "R"},
};

static void
money_text(const kn_money *m, char *buf)
{
	static const char *const pre[] = {"", "~", ">=", ">", "<=", "<"};
	char		lo[64],
				hi[64];

	kn_dec_to_text(&m->lower, lo);
	kn_dec_to_text(&m->upper, hi);
	if (kn_dec_cmp(&m->lower, &m->upper) == 0)
		sprintf(buf, "%s%s %s", pre[m->qual], lo, m->currency);
	else
		sprintf(buf, "%s%s..%s %s", pre[m->qual], lo, hi, m->currency);
}

static void
check_error_span(size_t len, const kn_error *e, int *bad)
{
	if (e->off > len || e->off + e->len > len || e->reason == NULL)
		*bad = 1;
}

int
main(void)
{
	size_t		i;
	char		buf[256];
	unsigned	seed = 12345;
	int			iter,
				bad = 0;

	for (i = 0; i < sizeof(number_cases) / sizeof(number_cases[0]); i++)
	{
		const char *in = number_cases[i][0],
				   *want = number_cases[i][1];
		kn_dec		d;
		kn_error	e;
		kn_status	st = kn_parse_number(in, strlen(in), &d, &e);

		if (st == KN_OK)
			kn_dec_to_text(&d, buf);
		else
			strcpy(buf, st == KN_RANGE ? "R" : "S");
		ok(strcmp(buf, want) == 0, "number", in, buf);
	}
	for (i = 0; i < sizeof(money_cases) / sizeof(money_cases[0]); i++)
	{
		const char *in = money_cases[i][0],
				   *want = money_cases[i][1];
		kn_money	m;
		kn_error	e;
		kn_status	st = kn_parse_money(in, strlen(in), &m, &e);

		if (st == KN_OK)
			money_text(&m, buf);
		else
			strcpy(buf, st == KN_RANGE ? "R" : "S");
		ok(strcmp(buf, want) == 0, "money", in, buf);
	}

	/*
	 * kn_dec_to_text takes 64-bit division below 2^64 and 128-bit above:
	 * values on both sides of that line, the extremes and every scale up
	 * to 40, against the digits worked out here one by one.
	 */
	{
		const kn_int128 one = 1,
					u64 = (kn_int128) UINT64_MAX;
		const kn_int128 vals[] = {
			0, 1, -1, 9, 10, -10, 6500000000, u64 - 1, u64, u64 + 1,
			-(u64 - 1), -u64, -(u64 + 1), (kn_int128) INT64_MAX, (kn_int128) INT64_MIN,
			(one << 126) - 1 + (one << 126), -(one << 126) - (one << 126),
			(one << 100) + 12345
		};
		size_t		v;
		int			scale,
					wrong = 0;
		char		want[96];

		for (v = 0; v < sizeof(vals) / sizeof(vals[0]); v++)
			for (scale = 0; scale <= 40; scale++)
			{
				kn_dec		d;
				kn_int128	m = vals[v];
				char		digits[64];
				int			n = 0,
							k = 0,
							j;

				/* reference: peel digits off the magnitude, from 128 bits */
				do
				{
					int			r = (int) (m % 10);

					digits[n++] = (char) ('0' + (r < 0 ? -r : r));
					m /= 10;
				} while (m != 0);
				while (n <= scale)
					digits[n++] = '0';
				if (vals[v] < 0)
					want[k++] = '-';
				for (j = n - 1; j >= 0; j--)
				{
					want[k++] = digits[j];
					if (j == scale && j > 0)
						want[k++] = '.';
				}
				want[k] = '\0';
				d.m = vals[v];
				d.scale = scale;
				if (kn_dec_to_text(&d, buf) != k || strcmp(buf, want) != 0)
				{
					if (!wrong)
						ok(0, "decimal to text", want, buf);
					wrong = 1;
				}
			}
		if (!wrong)
			ok(1, "decimal to text", "around 2^64 and at the 128-bit extremes, scales 0-40", "");
	}

	/* canonical text re-parses to the same value */
	for (i = 0; i < sizeof(money_cases) / sizeof(money_cases[0]); i++)
	{
		const char *in = money_cases[i][0];
		kn_money	m,
					m2;
		kn_error	e;
		char		again[256];

		if (kn_parse_money(in, strlen(in), &m, &e) != KN_OK)
			continue;
		money_text(&m, buf);
		if (kn_parse_money(buf, strlen(buf), &m2, &e) == KN_OK)
			money_text(&m2, again);
		else
			strcpy(again, "error");
		ok(strcmp(buf, again) == 0, "round trip", in, again);
	}

	/* mutation fuzzing */
	for (iter = 0; iter < 200000; iter++)
	{
		char		mut[128];
		size_t		n,
					k,
					j;
		kn_dec		d;
		kn_money	m;
		kn_error	e;
		const char *base;

		seed = seed * 1103515245u + 12345u;
		base = (seed >> 8) % 2 ? number_cases[(seed >> 12) % (sizeof(number_cases) / sizeof(number_cases[0]))][0]
			: money_cases[(seed >> 12) % (sizeof(money_cases) / sizeof(money_cases[0]))][0];
		n = strlen(base);
		memcpy(mut, base, n);
		k = 1 + (seed >> 20) % 4;
		for (j = 0; j < k; j++)
		{
			seed = seed * 1103515245u + 12345u;
			switch ((seed >> 16) % 3)
			{
				case 0:			/* overwrite a byte */
					if (n > 0)
						mut[(seed >> 4) % n] = (char) (seed >> 24);
					break;
				case 1:			/* insert a byte */
					if (n < sizeof(mut) - 1)
					{
						size_t		at = n ? (seed >> 4) % (n + 1) : 0;

						memmove(mut + at + 1, mut + at, n - at);
						mut[at] = (char) (seed >> 24);
						n++;
					}
					break;
				case 2:			/* cut the tail */
					if (n > 0)
						n = (seed >> 4) % n;
					break;
			}
		}
		/* the parsers take a length; no NUL is needed, so none is added */
		if (kn_parse_number(mut, n, &d, &e) != KN_OK)
			check_error_span(n, &e, &bad);
		if (kn_parse_money(mut, n, &m, &e) != KN_OK)
			check_error_span(n, &e, &bad);
	}
	ok(!bad, "fuzz", "200000 mutants: error spans inside the input", bad ? "bad span" : "ok");

	/*
	 * The inline decoder agrees with the full one on every sequence of up
	 * to three bytes (overlong forms, surrogates, truncation included).
	 */
	{
		unsigned	a,
					b,
					c,
					n;
		unsigned long disagree = 0;

		for (a = 0; a < 256; a++)
			for (b = 0; b < 256; b++)
				for (c = 0; c < 256; c++)
					for (n = 1; n <= 3; n++)
					{
						unsigned char s[3] = {(unsigned char) a, (unsigned char) b, (unsigned char) c};
						uint32_t	cp1 = 0,
									cp2 = 0;
						int			k1 = kn_utf8_decode(s, s + n, &cp1),
									k2 = kn_utf8_decode_fast(s, s + n, &cp2);

						if (k1 != k2 || (k1 > 0 && cp1 != cp2))
							disagree++;
					}
		sprintf(buf, "%lu disagree", disagree);
		ok(disagree == 0, "utf8", "all 1- to 3-byte inputs: fast decoder = full decoder", buf);
	}

	printf("1..%d\n", n_test);
	return n_fail ? 1 : 0;
}
