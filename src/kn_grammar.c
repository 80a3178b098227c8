/*
 * kn_grammar.c - Korean number and money grammar.
 *
 * Pure C over an NFKC-normalised UTF-8 buffer; no allocation, no PostgreSQL.
 * A lexer turns the buffer into tokens on demand (one token of lookahead is
 * all the grammar needs), and two small recursive-descent parsers read
 * numbers and money expressions from them.
 *
 * Numbers are Sino-Korean groups written with Hangul, Hanja or Arabic
 * coefficients ("8조6000억", "삼천오백", "1.5조"), native Korean numerals
 * ("스물다섯"), or an Arabic number with an English scale word ("6.5bn").
 * Values are exact decimals held in 128-bit integers.
 */
#include <string.h>

#include "kn_counters.h"
#include "kn_grammar.h"

/* ---------------------------------------------------------------- decimals */

kn_int128
kn_pow10(int e)
{
	static kn_int128 table[KN_MAX_DIGITS + 1];

	if (table[0] == 0)
	{
		int			i;

		table[0] = 1;
		for (i = 1; i <= KN_MAX_DIGITS; i++)
			table[i] = table[i - 1] * 10;
	}
	return table[e];
}

static int
dec_too_big(kn_int128 m)
{
	static kn_int128 limit = 0;

	if (limit == 0)
		limit = kn_pow10(KN_MAX_DIGITS);
	return m >= limit || m <= -limit;
}

void
kn_dec_normalize(kn_dec *d)
{
	while (d->scale > 0 && d->m % 10 == 0)
	{
		d->m /= 10;
		d->scale--;
	}
	if (d->m == 0)
		d->scale = 0;
}

/* d *= 10^e, using up the scale first. Returns 0 on overflow. */
static int
dec_mul_pow10(kn_dec *d, int e)
{
	kn_int128	r;

	while (e > 0 && d->scale > 0)
	{
		d->scale--;
		e--;
	}
	if (e > KN_MAX_DIGITS)
		return d->m == 0;
	if (__builtin_mul_overflow(d->m, kn_pow10(e), &r) || dec_too_big(r))
		return 0;
	d->m = r;
	kn_dec_normalize(d);
	return 1;
}

/* Bring a and b to one scale; 0 on overflow. */
static int
dec_align(kn_dec *a, kn_dec *b)
{
	kn_dec	   *lo = a->scale < b->scale ? a : b;
	int			diff = (a->scale < b->scale ? b->scale : a->scale) - lo->scale;
	kn_int128	r;

	if (diff == 0)
		return 1;
	if (__builtin_mul_overflow(lo->m, kn_pow10(diff), &r))
		return 0;
	lo->m = r;
	lo->scale += diff;
	return 1;
}

/* *out = a + b of two values at one scale; 0 past KN_MAX_DIGITS digits. */
static int
dec_sum_aligned(const kn_dec *a, const kn_dec *b, kn_dec *out)
{
	kn_int128	r;

	if (__builtin_add_overflow(a->m, b->m, &r) || dec_too_big(r))
		return 0;
	out->m = r;
	out->scale = a->scale;
	return 1;
}

/* *out = a + b; 0 on overflow. */
static int
dec_add(kn_dec a, kn_dec b, kn_dec *out)
{
	if (!dec_align(&a, &b) || !dec_sum_aligned(&a, &b, out))
		return 0;
	kn_dec_normalize(out);
	return 1;
}

/*
 * Wide values, for parse_number only: units above 10^38 (정 10^40 up to
 * 무량대수 10^68) give values that keep KN_MAX_DIGITS significant digits
 * and a negative scale, m * 10^-scale. Everything else in the grammar, and
 * every money value, keeps scale >= 0 and fails where these succeed.
 */

/* Strip trailing zeros of a wide value into its negative scale. */
static void
dec_normalize_wide(kn_dec *d)
{
	kn_dec_normalize(d);
	if (d->scale > 0 || d->m == 0)
		return;
	/* back to scale 0 when the integer fits */
	while (d->scale < 0)
	{
		kn_int128	r;

		if (__builtin_mul_overflow(d->m, 10, &r) || dec_too_big(r))
			break;
		d->m = r;
		d->scale++;
	}
	if (d->scale < 0)
		while (d->m % 10 == 0)
		{
			d->m /= 10;
			d->scale--;
		}
}

/* d *= 10^e, exactly, letting the scale go negative. */
static int
dec_mul_pow10_wide(kn_dec *d, int e)
{
	if (d->m == 0)
	{
		d->scale = 0;
		return 1;
	}
	d->scale -= e;
	if (d->scale < -KN_MAX_EXP10)
		return 0;
	dec_normalize_wide(d);
	return 1;
}

/*
 * Bring a and b to one scale, exactly: the finer one's when the coarser
 * value fits there, or else a coarser one, dropping the finer value's
 * trailing zeros first.
 */
static int
dec_align_wide(kn_dec *a, kn_dec *b)
{
	kn_dec	   *coarse = a->scale < b->scale ? a : b,
			   *fine = coarse == a ? b : a;
	int			diff = fine->scale - coarse->scale;
	kn_int128	r;

	if (diff == 0)
		return 1;
	if (coarse->m == 0 || fine->m == 0)
	{
		kn_dec	   *zero = coarse->m == 0 ? coarse : fine;

		zero->scale = zero == coarse ? fine->scale : coarse->scale;
		return 1;
	}
	while (diff > 0 && fine->m % 10 == 0 &&
		   (diff > KN_MAX_DIGITS ||
			__builtin_mul_overflow(coarse->m, kn_pow10(diff), &r) || dec_too_big(r)))
	{
		fine->m /= 10;
		fine->scale--;
		diff--;
	}
	if (diff > KN_MAX_DIGITS ||
		__builtin_mul_overflow(coarse->m, kn_pow10(diff), &r) || dec_too_big(r))
		return 0;
	coarse->m = r;
	coarse->scale = fine->scale;
	return 1;
}

/* *out = a + b for wide values; 0 when the sum needs too many digits. */
static int
dec_add_wide(kn_dec a, kn_dec b, kn_dec *out)
{
	if (!dec_align_wide(&a, &b) || !dec_sum_aligned(&a, &b, out))
		return 0;
	dec_normalize_wide(out);
	return 1;
}

/*
 * *out = n / d. Exact when the quotient ends within KN_MAX_SCALE decimals,
 * else rounded half away from zero to KN_MAX_SCALE. Returns 1, -1 for a
 * zero divisor, 0 when the result or the divisor is too large.
 */
static int
dec_div(kn_dec n, kn_dec d, kn_dec *out)
{
	int			neg = (n.m < 0) != (d.m < 0);
	kn_int128	a = n.m < 0 ? -n.m : n.m,
				b = d.m < 0 ? -d.m : d.m,
				q,
				r;
	int			shift = d.scale - n.scale,	/* n/d = a/b * 10^shift */
				s = 0,
				maxs = KN_MAX_SCALE + shift;
	kn_dec		res;

	if (b == 0)
		return -1;
	if (n.scale < 0 || d.scale < 0)
		return 0;				/* wide values take no fractions */
	if (b >= kn_pow10(KN_MAX_DIGITS - 1))
		return 0;
	q = a / b;
	r = a % b;
	while (r != 0 && s < maxs && q < kn_pow10(KN_MAX_DIGITS - 1))
	{
		q = q * 10 + (r * 10) / b;
		r = (r * 10) % b;
		s++;
	}
	if (r != 0 && r * 2 >= b)
		q++;
	res.m = neg ? -q : q;
	res.scale = s - shift;
	if (res.scale < 0)
	{
		int			e = -res.scale;

		res.scale = 0;
		if (!dec_mul_pow10(&res, e))
			return 0;
	}
	kn_dec_normalize(&res);
	*out = res;
	return 1;
}

/* Digits before the decimal point of a nonzero |m| * 10^-scale, less one. */
static int
dec_magnitude(const kn_dec *d)
{
	kn_int128	m = d->m < 0 ? -d->m : d->m;
	int			n = 0;

	while (m >= 10)
	{
		m /= 10;
		n++;
	}
	return n - d->scale;
}

int
kn_dec_cmp(const kn_dec *a, const kn_dec *b)
{
	kn_dec		x = *a,
				y = *b;
	int			sx = (a->m > 0) - (a->m < 0),
				sy = (b->m > 0) - (b->m < 0);

	if (sx != sy)
		return sx < sy ? -1 : 1;
	if (sx == 0)
		return 0;
	if (!dec_align_wide(&x, &y))
	{
		/*
		 * Alignment needs more than KN_MAX_DIGITS digits only when the two
		 * magnitudes differ, and then the magnitude decides.
		 */
		int			mx = dec_magnitude(a),
					my = dec_magnitude(b);

		return (mx < my) == (sx > 0) ? -1 : 1;
	}
	return x.m < y.m ? -1 : (x.m > y.m ? 1 : 0);
}

int
kn_dec_rescale(const kn_dec *d, int scale, kn_int128 *out)
{
	kn_dec		x = *d;

	kn_dec_normalize(&x);
	if (x.scale > scale)
		return 0;
	if (__builtin_mul_overflow(x.m, kn_pow10(scale - x.scale), out))
		return 0;
	return 1;
}

int
kn_dec_to_text(const kn_dec *d, char *buf)
{
	char		digits[64];
	int			n = 0,
				len = 0,
				i;
	kn_int128	m = d->m;
	int			neg = m < 0;

	if (m > -(kn_int128) UINT64_MAX && m < (kn_int128) UINT64_MAX)
	{
		/* most values: 64-bit division, which needs no library call */
		uint64_t	u = (uint64_t) (neg ? -m : m);

		do
		{
			digits[n++] = (char) ('0' + u % 10);
			u /= 10;
		} while (u != 0);
	}
	else
	{
		/* digits in reverse; negate digit by digit so INT128_MIN cannot trap */
		do
		{
			int			r = (int) (m % 10);

			digits[n++] = (char) ('0' + (r < 0 ? -r : r));
			m /= 10;
		} while (m != 0);
	}
	while (n <= d->scale)
		digits[n++] = '0';
	if (neg)
		buf[len++] = '-';
	for (i = n - 1; i >= 0; i--)
	{
		buf[len++] = digits[i];
		if (i == d->scale && i > 0)
			buf[len++] = '.';
	}
	for (i = d->scale; i < 0; i++)
		buf[len++] = '0';		/* a wide value: m * 10^-scale */
	buf[len] = '\0';
	return len;
}

/* ------------------------------------------------------------------- lexer */

typedef enum tok_type
{
	T_END,
	T_BAD,						/* unknown word or character */
	T_BADUTF8,					/* invalid UTF-8 */
	T_TOOLONG,					/* an Arabic number with too many digits */
	T_NUM,						/* Arabic number, maybe with , and . */
	T_HDIGIT,					/* Sino-Korean or Hanja digit 0-9 */
	T_SMALL,					/* 십 백 천: exponent 1..3 */
	T_BIG,						/* 만 억 조 경 해: exponent 4, 8, 12, 16, 20 */
	T_NTENS,					/* native tens 열 .. 아흔: value 10..90 */
	T_NONES,					/* native ones 하나 .. 아홉: value 1..9 */
	T_ENG,						/* English scale word: exponent 3..12 */
	T_MINUS,					/* '-' or U+2212: a sign or a range dash */
	T_PLUS,
	T_NEG,						/* △ or 마이너스: a sign only */
	T_RANGE,					/* ~ ∼ 〜 – .. 에서 */
	T_TILDE,					/* '~' itself: a range, or "approximately" first */
	T_CUR,						/* currency word, symbol or ISO code */
	T_QPRE,						/* qualifier before the amount */
	T_QSUF,						/* qualifier after the amount */
	T_SU,						/* 수: "several", as in 수십억 */
	T_COUNTER,					/* 명, 개, 건, ...: what a count counts */
	T_YEO,						/* 여: "and some", as in 300여억 */
	T_POINT,					/* 점: the decimal point of spoken numbers */
	T_FRAC,						/* 분의: "3분의 1" is one third */
	T_SLASH						/* '/': "3/4" (parse_number only) */
} tok_type;

/* A qualifier word that means nothing for the value (총, 무려, 어치). */
#define Q_NONE (-1)

typedef struct tok
{
	tok_type	type;
	size_t		off;			/* first byte */
	size_t		end;			/* one past the last byte */
	int			ival;			/* exponent, digit or native value */
	int			qual;			/* for T_QPRE / T_QSUF */
	const char *cur;			/* for T_CUR */
	int			cflags;			/* for T_CUR: KN_CW_* */
	kn_dec		num;			/* for T_NUM */
	int			num_is_int;		/* T_NUM without a decimal point */
} tok;

typedef struct lexeme
{
	const char *text;			/* UTF-8; a space matches any run of blanks */
	tok_type	type;
	int			ival;
	const char *cur;			/* latin_words: the currency; lexemes: "S"
								 * for a word read in whole numbers only,
								 * never in running text */
} lexeme;

/*
 * Words and symbols other than Latin words and Arabic digits. The lexer
 * takes the longest entry that matches, so "일곱" wins over "일" and
 * "이상" over "이".
 */
static const lexeme lexemes[] = {
	/* Sino-Korean digits, Hangul and Hanja */
	{"영", T_HDIGIT, 0}, {"공", T_HDIGIT, 0}, {"零", T_HDIGIT, 0},
	{"〇", T_HDIGIT, 0},
	{"일", T_HDIGIT, 1}, {"이", T_HDIGIT, 2}, {"삼", T_HDIGIT, 3},
	{"사", T_HDIGIT, 4}, {"오", T_HDIGIT, 5}, {"육", T_HDIGIT, 6},
	{"륙", T_HDIGIT, 6}, {"칠", T_HDIGIT, 7}, {"팔", T_HDIGIT, 8},
	{"구", T_HDIGIT, 9},		/* also the unit 10^32: see parse_amount */
	{"빵", T_HDIGIT, 0},		/* colloquial zero, like 공 */
	{"一", T_HDIGIT, 1}, {"二", T_HDIGIT, 2}, {"三", T_HDIGIT, 3},
	{"四", T_HDIGIT, 4}, {"五", T_HDIGIT, 5}, {"六", T_HDIGIT, 6},
	{"七", T_HDIGIT, 7}, {"八", T_HDIGIT, 8}, {"九", T_HDIGIT, 9},
	/* units */
	{"십", T_SMALL, 1}, {"백", T_SMALL, 2}, {"천", T_SMALL, 3},
	{"十", T_SMALL, 1}, {"百", T_SMALL, 2}, {"千", T_SMALL, 3},
	{"만", T_BIG, 4}, {"억", T_BIG, 8}, {"조", T_BIG, 12}, {"경", T_BIG, 16},
	{"萬", T_BIG, 4}, {"万", T_BIG, 4}, {"億", T_BIG, 8}, {"兆", T_BIG, 12},
	{"京", T_BIG, 16}, {"해", T_BIG, 20}, {"垓", T_BIG, 20},
	/* the larger units, read in whole numbers only (not in running text) */
	{"자", T_BIG, 24, "S"}, {"양", T_BIG, 28, "S"}, {"간", T_BIG, 36, "S"},
	{"정", T_BIG, 40, "S"}, {"재", T_BIG, 44, "S"}, {"극", T_BIG, 48, "S"},
	{"항하사", T_BIG, 52, "S"}, {"아승기", T_BIG, 56, "S"},
	{"나유타", T_BIG, 60, "S"}, {"불가사의", T_BIG, 64, "S"},
	{"무량대수", T_BIG, 68, "S"},
	/* native Korean numerals, cardinal and attributive forms */
	{"열", T_NTENS, 10}, {"스물", T_NTENS, 20}, {"스무", T_NTENS, 20},
	{"서른", T_NTENS, 30}, {"마흔", T_NTENS, 40}, {"쉰", T_NTENS, 50},
	{"예순", T_NTENS, 60}, {"일흔", T_NTENS, 70}, {"여든", T_NTENS, 80},
	{"아흔", T_NTENS, 90},
	{"하나", T_NONES, 1}, {"한", T_NONES, 1}, {"둘", T_NONES, 2},
	{"두", T_NONES, 2}, {"셋", T_NONES, 3}, {"세", T_NONES, 3},
	{"넷", T_NONES, 4}, {"네", T_NONES, 4}, {"다섯", T_NONES, 5},
	{"여섯", T_NONES, 6}, {"일곱", T_NONES, 7}, {"여덟", T_NONES, 8},
	{"아홉", T_NONES, 9},
	/* signs and ranges */
	{"-", T_MINUS}, {"−", T_MINUS}, {"+", T_PLUS},
	{"△", T_NEG}, {"마이너스", T_NEG}, {"마이나스", T_NEG},
	{"플러스", T_PLUS},
	{"점", T_POINT}, {"분의", T_FRAC}, {"/", T_SLASH, 0, "S"},
	{"~", T_TILDE}, {"∼", T_RANGE}, {"〜", T_RANGE},
	{"–", T_RANGE}, {"..", T_RANGE}, {"에서", T_RANGE},
	/* qualifiers */
	{"약", T_QPRE, KN_Q_APPROX}, {"대략", T_QPRE, KN_Q_APPROX},
	{"거의", T_QPRE, KN_Q_APPROX},
	{"최소", T_QPRE, KN_Q_AT_LEAST}, {"최대", T_QPRE, KN_Q_AT_MOST},
	{"최고", T_QPRE, KN_Q_AT_MOST}, {"최저", T_QPRE, KN_Q_AT_LEAST},
	{"총", T_QPRE, Q_NONE}, {"무려", T_QPRE, Q_NONE},
	{">=", T_QPRE, KN_Q_AT_LEAST}, {"≥", T_QPRE, KN_Q_AT_LEAST},
	{">", T_QPRE, KN_Q_MORE_THAN},
	{"<=", T_QPRE, KN_Q_AT_MOST}, {"≤", T_QPRE, KN_Q_AT_MOST},
	{"<", T_QPRE, KN_Q_LESS_THAN},
	{"이상", T_QSUF, KN_Q_AT_LEAST}, {"초과", T_QSUF, KN_Q_MORE_THAN},
	{"넘는", T_QSUF, KN_Q_MORE_THAN}, {"넘게", T_QSUF, KN_Q_MORE_THAN},
	{"넘은", T_QSUF, KN_Q_MORE_THAN},
	{"이하", T_QSUF, KN_Q_AT_MOST}, {"미만", T_QSUF, KN_Q_LESS_THAN},
	{"가량", T_QSUF, KN_Q_APPROX}, {"정도", T_QSUF, KN_Q_APPROX},
	{"쯤", T_QSUF, KN_Q_APPROX}, {"내외", T_QSUF, KN_Q_APPROX},
	{"안팎", T_QSUF, KN_Q_APPROX}, {"남짓", T_QSUF, KN_Q_APPROX},
	{"가까이", T_QSUF, KN_Q_APPROX},
	{"어치", T_QSUF, Q_NONE}, {"규모", T_QSUF, Q_NONE},
	{"상당", T_QSUF, Q_NONE},
	{"수", T_SU}, {"몇", T_SU}, {"여", T_YEO},
	/* counters (T_COUNTER) are kn_counters.c's: see match_counter */
};

#define N_LEXEMES (sizeof(lexemes) / sizeof(lexemes[0]))

/* Latin words, matched whole and case-insensitively. */
static const lexeme latin_words[] = {
	{"k", T_ENG, 3}, {"thousand", T_ENG, 3},
	{"m", T_ENG, 6}, {"mn", T_ENG, 6}, {"mil", T_ENG, 6},
	{"mln", T_ENG, 6}, {"million", T_ENG, 6},
	{"b", T_ENG, 9}, {"bn", T_ENG, 9}, {"bil", T_ENG, 9},
	{"bln", T_ENG, 9}, {"billion", T_ENG, 9},
	{"t", T_ENG, 12}, {"tn", T_ENG, 12}, {"tril", T_ENG, 12},
	{"trillion", T_ENG, 12},
	{"won", T_CUR, 0, "KRW"}, {"dollar", T_CUR, 0, "USD"},
	{"dollars", T_CUR, 0, "USD"}, {"euro", T_CUR, 0, "EUR"},
	{"euros", T_CUR, 0, "EUR"}, {"yen", T_CUR, 0, "JPY"},
	{"yuan", T_CUR, 0, "CNY"}, {"rmb", T_CUR, 0, "CNY"},
	{"pound", T_CUR, 0, "GBP"}, {"pounds", T_CUR, 0, "GBP"},
	{"cent", T_CUR, -2, "USD"}, {"cents", T_CUR, -2, "USD"},
};

/* Latin prefixes of '$': US$, HK$, NT$, S$, C$, A$. */
static const lexeme dollar_prefixes[] = {
	{"us", T_CUR, 0, "USD"}, {"hk", T_CUR, 0, "HKD"},
	{"nt", T_CUR, 0, "TWD"}, {"s", T_CUR, 0, "SGD"},
	{"c", T_CUR, 0, "CAD"}, {"a", T_CUR, 0, "AUD"},
};

typedef struct lexer
{
	const unsigned char *s;
	size_t		len;
	int			running;		/* running text: no "S" words, and ISO codes
								 * only as kn_iso_code_in_text() allows */
} lexer;

static int
is_blank_at(const lexer *lx, size_t pos, size_t *blen)
{
	unsigned char c = lx->s[pos];

	if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
		c == '\v')
	{
		*blen = 1;
		return 1;
	}
	return 0;
}

static size_t
skip_blanks(const lexer *lx, size_t pos)
{
	size_t		b;

	while (pos < lx->len && is_blank_at(lx, pos, &b))
		pos += b;
	return pos;
}

/* Does entry text t match at pos? Returns the end position or 0. */
static size_t
match_at(const lexer *lx, size_t pos, const char *t)
{
	while (*t)
	{
		if (*t == ' ')
		{
			/* A space in an entry matches zero or more blanks. */
			pos = skip_blanks(lx, pos);
			t++;
			continue;
		}
		if (pos >= lx->len || lx->s[pos] != (unsigned char) *t)
			return 0;
		pos++;
		t++;
	}
	return pos;
}

static int
is_ascii_alpha(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int
is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

static int
word_eq(const unsigned char *w, size_t n, const char *lower)
{
	size_t		i;

	for (i = 0; i < n; i++)
	{
		unsigned char c = w[i];

		if (c >= 'A' && c <= 'Z')
			c = (unsigned char) (c - 'A' + 'a');
		if (lower[i] == '\0' || c != (unsigned char) lower[i])
			return 0;
	}
	return lower[n] == '\0';
}

/* Lex an Arabic number: 1,500 / 6.5 / 10,000,000.25 */
static void
lex_number(const lexer *lx, size_t pos, tok *t)
{
	size_t		p = pos;
	int			ndig = 0,
				frac = 0,
				group = 0;
	kn_int128	m = 0;
	int			commas = 0;

	t->type = T_NUM;
	t->num_is_int = 1;
	while (p < lx->len)
	{
		unsigned char c = lx->s[p];

		if (is_digit(c))
		{
			if (ndig > 0 || c != '0')
				ndig++;
			if (ndig > KN_MAX_DIGITS)
			{
				/* Swallow the rest of the digits so the error names them. */
				while (p < lx->len && (is_digit(lx->s[p]) || lx->s[p] == ',' ||
									   lx->s[p] == '.'))
					p++;
				t->type = T_TOOLONG;
				t->end = p;
				return;
			}
			m = m * 10 + (c - '0');
			group++;
			if (!t->num_is_int)
				frac++;
			p++;
		}
		else if (c == ',' && t->num_is_int && p + 3 < lx->len &&
				 is_digit(lx->s[p + 1]) && is_digit(lx->s[p + 2]) &&
				 is_digit(lx->s[p + 3]) &&
				 (p + 4 >= lx->len || !is_digit(lx->s[p + 4])) &&
				 (commas > 0 ? group == 3 : group <= 3))
		{
			/* a thousands separator: exactly three digits follow */
			commas++;
			group = 0;
			p++;
		}
		else if (c == '.' && t->num_is_int && p + 1 < lx->len &&
				 is_digit(lx->s[p + 1]))
		{
			t->num_is_int = 0;
			p++;
		}
		else
			break;
	}
	if (frac > KN_MAX_SCALE)
	{
		t->type = T_TOOLONG;
		t->end = p;
		return;
	}
	t->num.m = m;
	t->num.scale = frac;
	kn_dec_normalize(&t->num);
	t->end = p;
}

/* Lex a run of Latin letters: scale word, ISO code, English currency word. */
static void
lex_latin(const lexer *lx, size_t pos, tok *t)
{
	size_t		p = pos,
				n,
				i;
	const unsigned char *w = lx->s + pos;

	while (p < lx->len && is_ascii_alpha(lx->s[p]))
		p++;
	n = p - pos;
	t->end = p;

	if (p < lx->len && lx->s[p] == '$')
	{
		for (i = 0; i < sizeof(dollar_prefixes) / sizeof(dollar_prefixes[0]); i++)
			if (word_eq(w, n, dollar_prefixes[i].text))
			{
				t->type = T_CUR;
				t->cur = dollar_prefixes[i].cur;
				t->end = p + 1;
				return;
			}
	}
	for (i = 0; i < sizeof(latin_words) / sizeof(latin_words[0]); i++)
		if (word_eq(w, n, latin_words[i].text))
		{
			t->type = latin_words[i].type;
			t->ival = latin_words[i].ival;
			t->cur = latin_words[i].cur;
			return;
		}
	if (n == 3)
	{
		char		up[4];

		for (i = 0; i < 3; i++)
			up[i] = (char) (w[i] >= 'a' ? w[i] - 'a' + 'A' : w[i]);
		up[3] = '\0';
		if (lx->running ? kn_iso_code_in_text(w) : kn_iso_currency_known(up))
		{
			t->type = T_CUR;
			t->cur = NULL;		/* resolved by the parser from the span */
			return;
		}
	}
	t->type = T_BAD;
}


/*
 * The longest entry of a word table (entries of stride bytes whose first
 * member is the word, indexed in ix on first use) that matches at pos: its
 * address, with its end in *endp; or NULL.
 */
static const void *
longest_entry(const lexer *lx, size_t pos, kn_word_index *ix, const void *table,
			  size_t stride, size_t n, size_t *endp)
{
	const void *best = NULL;
	size_t		best_end = 0;
	uint32_t	cp;
	int			i,
				from,
				to;

	if (!ix->built)
		kn_word_index_build(ix, table, stride, n);
	if (kn_utf8_decode(lx->s + pos, lx->s + lx->len, &cp) == 0)
	{
		*endp = 0;
		return NULL;
	}
	kn_word_index_find(ix, cp, &from, &to);
	for (i = from; i < to; i++)
	{
		const void *entry = (const char *) table + stride * ix->idx[i];
		size_t		e = match_at(lx, pos, *(const char *const *) entry);

		if (e > best_end)
		{
			best_end = e;
			best = entry;
		}
	}
	*endp = best_end;
	return best;
}

/* Longest entry of the grammar's own table at pos, or NULL. */
static const lexeme *
match_table(const lexer *lx, size_t pos, size_t *endp)
{
	static kn_word_index ix;

	return longest_entry(lx, pos, &ix, lexemes, sizeof(lexeme), N_LEXEMES, endp);
}

/* Longest currency word or sign at pos (kn_currency.c's table), or NULL. */
static const kn_currency_word *
match_currency(const lexer *lx, size_t pos, size_t *endp)
{
	static kn_word_index ix;

	return longest_entry(lx, pos, &ix, kn_currency_words, sizeof(kn_currency_word),
						 kn_n_currency_words, endp);
}

/*
 * Longest counter at pos that the grammar reads after a number (the
 * KN_CT_NUMBER entries of kn_counters.c), or NULL.
 */
static const kn_counter_word *
match_counter(const lexer *lx, size_t pos, size_t *endp)
{
	static kn_counter_word view[64];
	static size_t n_view;
	static char leads[64 * 3 + 1];	/* their first syllables */
	static kn_char_set lead_set = KN_CHAR_SET(leads);
	static kn_word_index ix;
	size_t		i,
				n = 0;

	if (n_view == 0)
		for (i = 0; i < kn_n_counter_words && n_view < 64; i++)
			if (kn_counter_words[i].flags & KN_CT_NUMBER)
			{
				view[n_view++] = kn_counter_words[i];
				memcpy(leads + n, kn_counter_words[i].w, 3);	/* a syllable */
				n += 3;
			}
	/* most tokens begin with no counter's syllable: one bit says so */
	if (!kn_char_set_has(&lead_set, kn_syllable_at(lx->s + pos, lx->s + lx->len)))
		return NULL;
	return longest_entry(lx, pos, &ix, view, sizeof(kn_counter_word), n_view, endp);
}

/* Lex the token that starts at or after pos. */
static void
lex(const lexer *lx, size_t pos, tok *t)
{
	size_t		start = skip_blanks(lx, pos);
	const lexeme *le;
	size_t		e;
	unsigned char c;

	memset(t, 0, sizeof(*t));
	t->off = start;
	t->end = start;
	if (start >= lx->len)
	{
		t->type = T_END;
		return;
	}
	c = lx->s[start];
	if (is_digit(c))
	{
		lex_number(lx, start, t);
		return;
	}
	if (is_ascii_alpha(c))
	{
		lex_latin(lx, start, t);
		return;
	}
	le = match_table(lx, start, &e);
	{
		size_t		ce;
		const kn_currency_word *cw = match_currency(lx, start, &ce);

		/* the longer word wins: 원화 over 원, 미국 달러 over 미 */
		if (cw && ce > (le ? e : 0) && !(cw->flags & KN_CW_NATIVE_ONLY))
		{
			t->type = T_CUR;
			t->ival = cw->exp;
			t->cur = cw->code;
			t->cflags = cw->flags;
			t->end = ce;
			return;
		}
	}
	{
		size_t		ke;
		const kn_counter_word *kw = match_counter(lx, start, &ke);

		/* the longer word wins: 개월 over 개, 대략 over 대 */
		if (kw && ke > (le ? e : 0))
		{
			t->type = T_COUNTER;
			t->end = ke;
			return;
		}
	}
	if (le && !(lx->running && le->cur))
	{
		t->type = le->type;
		t->ival = le->ival;
		t->qual = le->ival;
		t->end = e;
		return;
	}

	/*
	 * Unknown: take the run up to the next blank, digit, Latin letter or
	 * known word, so that the error message names the whole stranger.
	 */
	t->type = T_BAD;
	e = start;
	while (e < lx->len)
	{
		uint32_t	cp;
		int			n = kn_utf8_decode(lx->s + e, lx->s + lx->len, &cp);
		size_t		b,
					dummy;

		if (n == 0)
		{
			if (e == start)
			{
				t->type = T_BADUTF8;
				e++;
			}
			break;
		}
		if (e > start && (is_blank_at(lx, e, &b) || is_digit(lx->s[e]) ||
						  is_ascii_alpha(lx->s[e]) ||
						  match_table(lx, e, &dummy) ||
						  match_currency(lx, e, &dummy) ||
						  match_counter(lx, e, &dummy)))
			break;
		e += n;
	}
	t->end = e;
}

/* ------------------------------------------------------------------ parser */

typedef struct parser
{
	lexer		lx;
	tok			cur;			/* current token */
	kn_error   *err;
	int			su_high;		/* read 수 as its highest digit (9) */
	int			running;		/* reading running text (kn_scan_*), where
								 * 5000억이 is 5000억 and the particle 이 */
	size_t		prev_end;		/* end of the last token consumed */
	int			sign_before;	/* a currency mark came before the amount */
	int			wide;			/* values may pass 10^38 (parse_number) */
} parser;

static void
advance(parser *p)
{
	p->prev_end = p->cur.end;
	lex(&p->lx, p->cur.end, &p->cur);
}

static tok
peek(parser *p)
{
	tok			t;

	lex(&p->lx, p->cur.end, &t);
	return t;
}

static int
fail_at(parser *p, const tok *t, kn_status st, const char *reason)
{
	p->err->status = st;
	p->err->reason = reason;
	p->err->off = t->off;
	p->err->len = t->end - t->off;
	return 0;
}

static int
fail_tok(parser *p, const tok *t)
{
	switch (t->type)
	{
		case T_END:
			return fail_at(p, t, KN_SYNTAX, "unexpected end of input");
		case T_BADUTF8:
			return fail_at(p, t, KN_SYNTAX, "invalid UTF-8 byte sequence");
		case T_TOOLONG:
			return fail_at(p, t, KN_RANGE, "number has too many digits");
		case T_BAD:
			return fail_at(p, t, KN_SYNTAX, "unknown word");
		default:
			return fail_at(p, t, KN_SYNTAX, "unexpected word");
	}
}

/* One amount as the grammar reads it. */
typedef struct amount
{
	kn_dec		val;
	kn_dec		hi;				/* upper end of a vague amount (수십억) */
	int			vague;
	int			approx;			/* 여 was seen */
	int			has_units;		/* any unit or scale word */
	int			first_exp;		/* exponent applied to the first coefficient */
	size_t		off;			/* span in the input */
	size_t		end;
} amount;

/* Exponent "none yet" markers. */
#define NO_SMALL 4
#define NO_BIG 99

/*
 * Native Korean numeral: [tens] [ones], e.g. 스물다섯, 열, 아홉, 한.
 * Called with p->cur on a T_NTENS or T_NONES token.
 */
static int
parse_native(parser *p, amount *a)
{
	int			v = 0;

	if (p->cur.type == T_NTENS)
	{
		v = p->cur.ival;
		advance(p);
	}
	if (p->cur.type == T_NONES)
	{
		v += p->cur.ival;
		advance(p);
	}
	if (p->cur.type == T_NTENS || p->cur.type == T_NONES ||
		p->cur.type == T_HDIGIT || p->cur.type == T_NUM ||
		p->cur.type == T_SMALL || p->cur.type == T_BIG)
		return fail_at(p, &p->cur, KN_SYNTAX,
					   "native Korean numerals cannot be combined this way");
	a->val.m = v;
	a->val.scale = 0;
	a->has_units = 0;
	return 1;
}

/* Multiply-and-add helper: *acc += coef * 10^e. */
static int
add_term(parser *p, kn_dec *acc, kn_dec coef, int e, const tok *at)
{
	if (p->wide ? !dec_mul_pow10_wide(&coef, e) || !dec_add_wide(*acc, coef, acc) :
		!dec_mul_pow10(&coef, e) || !dec_add(*acc, coef, acc))
		return fail_at(p, at, KN_RANGE, p->wide ?
					   "value needs more than 38 significant digits" :
					   "value out of range");
	return 1;
}

/* coef < 10^e ? (coef is a coefficient or a group: never wide) */
static int
dec_below_pow10(kn_dec coef, int e)
{
	if (coef.scale >= 0 && e + coef.scale <= KN_MAX_DIGITS)
		return coef.m < kn_pow10(e + coef.scale);
	{
		kn_dec		lim = {kn_pow10(e), 0};

		return kn_dec_cmp(&coef, &lim) < 0;
	}
}

/* Where parse_amount is inside a Sino-Korean number, token by token. */
typedef struct amount_state
{
	kn_dec		total;			/* the groups closed by 만/억/조/... */
	kn_dec		section;		/* the group being read, below 10^4 */
	kn_dec		coef;			/* the coefficient waiting for its unit */
	int			have_coef;
	int			have_section;
	int			have_total;
	int			last_small;		/* exponent of the last 십/백/천, or NO_SMALL */
	int			last_big;		/* of the last 만/억/..., or NO_BIG */
	int			ncoef;			/* coefficients seen so far */
	int			first_small;	/* unit exponent taken by coef #1 */
	int			first_done;
	int			consumed;
	int			arabic;			/* an Arabic-digit coefficient was read */
	kn_dec		frac;			/* after 점 */
	int			have_frac;
	int			allow_vague;
	tok			coef_tok;
	tok			start;
} amount_state;

/* What a step of parse_amount did with the current token. */
#define STEP_FAIL 0				/* an error is set */
#define STEP_TAKEN 1			/* consumed: advance and go on */
#define STEP_END 2				/* the amount ends (the step advanced past
								 * what it read, if anything) */

/*
 * 삼점사 is 3.4: a spoken decimal point after Hangul or Hanja numerals,
 * then one digit word per place. After Arabic digits (3점, three points)
 * it is not a number.
 */
static int
step_point(parser *p, amount_state *st, amount *a)
{
	tok			nx = peek(p);

	if (st->arabic || a->vague || !st->consumed || nx.type != T_HDIGIT)
		return STEP_END;
	advance(p);
	while (p->cur.type == T_HDIGIT)
	{
		if (st->frac.scale >= KN_MAX_SCALE)
			return fail_at(p, &p->cur, KN_RANGE, "too many decimal places");
		st->frac.m = st->frac.m * 10 + p->cur.ival;
		st->frac.scale++;
		advance(p);
	}
	st->have_frac = 1;
	return STEP_END;
}

/* A digit word or an Arabic number: the next coefficient. */
static int
step_digits(parser *p, amount_state *st, amount *a, const tok *t)
{
	/*
	 * In running text a Hangul digit after an Arabic-digit group and its
	 * unit is a particle or a word (5000억이 투입, $10억이다, 300억일 경우)
	 * unless a unit follows it (3천이백): the amount ends before it. Right
	 * after the digits (15일, the 15th) it stays an error below, so that
	 * 5만원에서 15일 6만원으로 is no range.
	 */
	if (t->type == T_HDIGIT && p->running && st->arabic && !st->have_coef)
	{
		tok			nx = peek(p);

		if (nx.type != T_SMALL && nx.type != T_BIG)
			return STEP_END;
	}

	/*
	 * After a currency sign the number is money already, so $20이다 is $20
	 * and 이다; without one, 15일 stays a date.
	 */
	if (t->type == T_HDIGIT && p->running && st->arabic && st->have_coef &&
		p->sign_before)
		return STEP_END;
	if (st->have_coef)
		return fail_at(p, t, KN_SYNTAX, "two numbers without a unit between them");
	if (a->vague)
		return fail_at(p, t, KN_SYNTAX, "a vague amount (수) takes no further digits");
	if (t->type == T_NUM)
	{
		st->coef = t->num;
		st->arabic = 1;
	}
	else
	{
		st->coef.m = t->ival;
		st->coef.scale = 0;
	}
	st->have_coef = 1;
	st->coef_tok = *t;
	st->ncoef++;
	return STEP_TAKEN;
}

/*
 * 수 is an unknown digit: 수십억 is 20억..90억, and after 십 (십수억)
 * 11억..19억. The low end is read here; parse_amount reads the same tokens
 * again with su_high for the high end.
 */
static int
step_su(parser *p, amount_state *st, amount *a, const tok *t)
{
	tok			nx = peek(p);
	int			after_ten = st->have_section && !st->have_total &&
		!st->have_coef && st->last_small == 1 && st->section.m == 10 &&
		st->section.scale == 0;

	if (!st->allow_vague)
		return fail_at(p, t, KN_SYNTAX, "a vague amount (수) is not a number");
	/* in running text 3분의 1 수준 is 1 and the word 수준 */
	if (p->running && st->have_coef && !a->vague)
		return STEP_END;
	if (st->have_coef || a->vague || (st->consumed && !after_ten))
		return fail_at(p, t, KN_SYNTAX, "misplaced 수");
	if (after_ten ? nx.type != T_BIG : (nx.type != T_SMALL && nx.type != T_BIG))
		return fail_at(p, t, KN_SYNTAX, "수 must be followed by a unit");
	st->coef.m = p->su_high ? 9 : (after_ten ? 1 : 2);
	st->coef.scale = 0;
	a->vague = 1;
	st->have_coef = 1;
	st->coef_tok = *t;
	st->ncoef++;
	return STEP_TAKEN;
}

/* 십, 백, 천: the coefficient (or 1) times the unit joins the section. */
static int
step_small(parser *p, amount_state *st, const tok *t)
{
	if (t->ival >= st->last_small)
		return fail_at(p, t, KN_SYNTAX, "units 십/백/천 out of order");
	if (!st->have_coef)
	{
		st->coef.m = 1;
		st->coef.scale = 0;
		if (st->ncoef == 0)
			st->ncoef = 1;
	}
	else if (st->last_small != NO_SMALL &&
			 !dec_below_pow10(st->coef, st->last_small - t->ival))
		return fail_at(p, &st->coef_tok, KN_SYNTAX,
					   "coefficient too large for its place");
	if (!add_term(p, &st->section, st->coef, t->ival, t))
		return STEP_FAIL;
	if (!st->first_done && st->ncoef == 1)
		st->first_small = t->ival;
	st->have_coef = 0;
	st->have_section = 1;
	st->last_small = t->ival;
	return STEP_TAKEN;
}

/* 만, 억, 조, ... : the section (or 1) times the unit joins the total. */
static int
step_big(parser *p, amount_state *st, amount *a, const tok *t)
{
	/* in running text 20억만 is 20억 and the particle 만 */
	if (p->running && st->have_total && !st->have_coef && !st->have_section)
		return STEP_END;
	if (t->ival >= st->last_big)
		return fail_at(p, t, KN_SYNTAX, "units 만/억/조/경 out of order or repeated");
	if (st->have_coef)
	{
		if (st->last_small != NO_SMALL && !dec_below_pow10(st->coef, st->last_small))
			return fail_at(p, &st->coef_tok, KN_SYNTAX,
						   "coefficient too large for its place");
		if (!add_term(p, &st->section, st->coef, 0, t))
			return STEP_FAIL;
		st->have_coef = 0;
		st->have_section = 1;
	}
	if (!st->have_section)
	{
		/* 만, 억 alone mean one of them, but only at the front */
		if (st->have_total)
			return fail_at(p, t, KN_SYNTAX, "a unit without a number before it");
		st->section.m = 1;
		st->section.scale = 0;
		if (st->ncoef == 0)
			st->ncoef = 1;
	}
	else if (st->have_total && !dec_below_pow10(st->section, 4))
		return fail_at(p, t, KN_SYNTAX, "group too large for its place");
	if (!add_term(p, &st->total, st->section, t->ival, t))
		return STEP_FAIL;
	if (!st->first_done)
	{
		a->first_exp = st->first_small + t->ival;
		st->first_done = 1;
	}
	st->section.m = 0;
	st->section.scale = 0;
	st->have_section = 0;
	st->have_total = 1;
	st->last_small = NO_SMALL;
	st->last_big = t->ival;
	return STEP_TAKEN;
}

/* 6.5bn, 10 billion: one Arabic number, then the word; the amount ends. */
static int
step_english(parser *p, amount_state *st, amount *a, const tok *t)
{
	if (!st->have_coef || st->coef_tok.type != T_NUM || st->have_section ||
		st->have_total)
		return fail_at(p, t, KN_SYNTAX,
					   "an English scale word must follow a plain number");
	if (!add_term(p, &st->total, st->coef, t->ival, t))
		return STEP_FAIL;
	st->have_coef = 0;
	st->have_total = 1;
	a->first_exp = t->ival;
	st->first_done = 1;
	st->consumed = 1;
	advance(p);
	if (p->cur.type == T_YEO && st->allow_vague && !a->approx)
	{
		a->approx = 1;
		advance(p);
	}
	return STEP_END;
}

/* One token of a Sino-Korean number: a STEP_* code. */
static int
amount_step(parser *p, amount_state *st, amount *a)
{
	tok			t = p->cur;

	/* 구 after a number is the unit 10^32 (구구 is 9 * 10^32) */
	if (t.type == T_HDIGIT && t.ival == 9 && st->have_coef && !p->running &&
		t.end - t.off == 3 && memcmp(p->lx.s + t.off, "구", 3) == 0)
	{
		t.type = T_BIG;
		t.ival = 32;
	}
	switch (t.type)
	{
		case T_POINT:
			return step_point(p, st, a);
		case T_NUM:
		case T_HDIGIT:
			return step_digits(p, st, a, &t);
		case T_SU:
			return step_su(p, st, a, &t);
		case T_YEO:
			if (!st->allow_vague)
				return fail_at(p, &t, KN_SYNTAX,
							   "여 (\"and some\") makes the value inexact");
			if (!st->consumed || a->approx)
				return fail_at(p, &t, KN_SYNTAX, "misplaced 여");
			a->approx = 1;
			return STEP_TAKEN;
		case T_SMALL:
			return step_small(p, st, &t);
		case T_BIG:
			return step_big(p, st, a, &t);
		case T_ENG:
			return step_english(p, st, a, &t);
		default:
			return STEP_END;
	}
}

/* Close the amount: the trailing coefficient and section, the decimals. */
static int
amount_finish(parser *p, amount_state *st, amount *a)
{
	if (!st->consumed)
		return fail_tok(p, &p->cur);
	if (st->have_coef)
	{
		/* a trailing coefficient below the last unit: 이십일, 3억5000 */
		if (st->last_small != NO_SMALL && !dec_below_pow10(st->coef, st->last_small))
			return fail_at(p, &st->coef_tok, KN_SYNTAX,
						   "coefficient too large for its place");
		if (a->vague)
			return fail_at(p, &st->coef_tok, KN_SYNTAX, "수 must be followed by a unit");
		if (!add_term(p, &st->section, st->coef, 0, &st->coef_tok))
			return 0;
		st->have_section = 1;
	}
	if (st->have_section)
	{
		if (st->have_total && !dec_below_pow10(st->section, 4))
			return fail_at(p, &st->coef_tok, KN_SYNTAX, "group too large for its place");
		if (!add_term(p, &st->total, st->section, 0, &st->coef_tok))
			return 0;
		if (!st->first_done)
			a->first_exp = st->first_small;
	}
	if (st->have_frac && !(p->wide ? dec_add_wide(st->total, st->frac, &st->total) :
						   dec_add(st->total, st->frac, &st->total)))
		return fail_at(p, &st->start, KN_RANGE, "value out of range");
	a->val = st->total;
	a->has_units = a->first_exp > 0 || st->last_big != NO_BIG ||
		st->last_small != NO_SMALL;
	a->end = p->prev_end;
	return 1;
}

/*
 * An unsigned amount: Sino-Korean groups with Hangul/Hanja/Arabic
 * coefficients, an Arabic number with an English scale word, or a native
 * numeral. allow_vague admits 수 (수십억) and 여 (300여억).
 */
static int
parse_amount(parser *p, amount *a, int allow_vague)
{
	amount_state st;
	int			r;

	memset(a, 0, sizeof(*a));
	memset(&st, 0, sizeof(st));
	a->off = p->cur.off;
	st.last_small = NO_SMALL;
	st.last_big = NO_BIG;
	st.allow_vague = allow_vague;
	st.coef_tok = p->cur;
	st.start = p->cur;

	if (p->cur.type == T_NTENS || p->cur.type == T_NONES)
	{
		int			ok = parse_native(p, a);

		a->end = p->prev_end;
		return ok;
	}
	while ((r = amount_step(p, &st, a)) == STEP_TAKEN)
	{
		st.consumed = 1;
		advance(p);
	}
	if (r == STEP_FAIL || !amount_finish(p, &st, a))
		return 0;
	if (a->vague && !p->su_high)
	{
		/* the high end: the same tokens with 수 read as 9 */
		parser		q = *p;
		amount		h;

		q.cur = st.start;
		q.su_high = 1;
		if (!parse_amount(&q, &h, allow_vague))
			return 0;
		a->hi = h.val;
	}
	return 1;
}

/* An optional sign before an amount: -, +, U+2212, △, 마이너스. */
static int
parse_sign(parser *p)
{
	if (p->cur.type == T_MINUS || p->cur.type == T_NEG)
	{
		advance(p);
		return -1;
	}
	if (p->cur.type == T_PLUS)
		advance(p);
	return 1;
}

static void
negate(kn_dec *d)
{
	d->m = -d->m;
}

static void parser_init(parser *p, const char *s, size_t len, size_t start,
						kn_error *err, int running);

kn_status
kn_parse_number(const char *s, size_t len, kn_dec *out, kn_error *err)
{
	parser		p;
	amount		a;
	int			sign;

	parser_init(&p, s, len, 0, err, 0);
	p.wide = 1;
	if (p.cur.type == T_END)
	{
		fail_at(&p, &p.cur, KN_SYNTAX, "empty input");
		return err->status;
	}
	sign = parse_sign(&p);
	if (!parse_amount(&p, &a, 0))
		return err->status;
	if (p.cur.type == T_FRAC || p.cur.type == T_SLASH)
	{
		/* 3분의 1 is 1/3; 3/4 is 3/4 */
		tok			op = p.cur;
		amount		b;
		int			r;

		advance(&p);
		if (!parse_amount(&p, &b, 0))
			return err->status;
		r = op.type == T_FRAC ? dec_div(b.val, a.val, &a.val) :
			dec_div(a.val, b.val, &a.val);
		if (r <= 0)
		{
			tok			span = op;

			span.off = a.off;
			span.end = b.end;
			fail_at(&p, &span, r < 0 ? KN_SYNTAX : KN_RANGE,
					r < 0 ? "a fraction with a zero denominator" : "value out of range");
			return err->status;
		}
	}
	if (p.cur.type == T_COUNTER)
		advance(&p);
	if (p.cur.type != T_END)
	{
		fail_tok(&p, &p.cur);
		return err->status;
	}
	*out = a.val;
	if (sign < 0)
		negate(out);
	kn_dec_normalize(out);
	return KN_OK;
}

/* ---------------------------------------------------------------- money */

typedef struct money_state
{
	const char *cur;			/* ISO code, or NULL */
	char		iso[4];			/* storage for a code read from the input */
	int			qual;			/* -1 = none yet */
	int			cur_exp;		/* 센트: amounts are hundredths (-2) */
} money_state;

static int
take_currency(parser *p, money_state *ms, const tok *t)
{
	const char *code = t->cur;
	char		buf[4];

	if (code == NULL)
	{
		/* an ISO code spelled in the input */
		size_t		i;

		for (i = 0; i < 3; i++)
		{
			unsigned char c = p->lx.s[t->off + i];

			buf[i] = (char) (c >= 'a' ? c - 'a' + 'A' : c);
		}
		buf[3] = '\0';
		code = buf;
	}
	if (ms->cur && (strcmp(ms->cur, code) != 0 || ms->cur_exp != t->ival))
		return fail_at(p, t, KN_SYNTAX, "two different currencies");
	if (ms->cur == NULL)
	{
		memcpy(ms->iso, code, 4);
		ms->cur = ms->iso;
		ms->cur_exp = t->ival;
	}
	return 1;
}

static int
take_qualifier(parser *p, money_state *ms, int q, const tok *t)
{
	if (q == Q_NONE)
		return 1;
	if (ms->qual >= 0 && ms->qual != q)
		return fail_at(p, t, KN_SYNTAX, "conflicting qualifiers");
	ms->qual = q;
	return 1;
}

/*
 * Currency markers and qualifier words that may stand around an amount. In
 * running text (prefix) the words that add nothing (규모, 상당, 어치) are
 * left to the text.
 */
static int
take_markers(parser *p, money_state *ms, int after, int prefix)
{
	int			took_cur = 0;

	for (;;)
	{
		tok			t = p->cur;

		if (prefix && t.type == T_QSUF && t.qual == Q_NONE)
			return 1;
		/* 전, 상팀: only as the hundredths after an amount (5원 50전) */
		if (t.type == T_CUR && (t.cflags & KN_CW_SUB_ONLY))
			return 1;

		/*
		 * In running text one currency mark in a row: $$$$1억 is no money
		 * at its first $ (its last starts $1억), and a run of marks is
		 * not read on and on at every one of them.
		 */
		if (t.type == T_CUR && p->running && took_cur)
			return 1;
		if (t.type == T_CUR)
		{
			if (!take_currency(p, ms, &t))
				return 0;
			took_cur = 1;
		}
		else if (t.type == T_QPRE && !after)
		{
			if (!take_qualifier(p, ms, t.qual, &t))
				return 0;
		}
		else if (t.type == T_QSUF && after)
		{
			if (!take_qualifier(p, ms, t.qual, &t))
				return 0;
		}
		else if (t.type == T_YEO && after)
		{
			/* 1000억원여 */
			if (!take_qualifier(p, ms, KN_Q_APPROX, &t))
				return 0;
		}
		else
			return 1;
		advance(p);
	}
}

/*
 * The bounds of the range a1..a2 with their signs. 300~400억달러: a bare
 * lower bound borrows the upper's unit; one that names its currency
 * (5원~10만 원, own_unit) does not. Returns 0 when that overflows.
 */
static int
range_bounds(const amount *a1, int sign1, const amount *a2, int sign2,
			 int own_unit, kn_dec *lo, kn_dec *hi)
{
	*lo = a1->val;
	*hi = a2->val;
	if (sign1 < 0)
		negate(lo);
	if (sign2 < 0)
		negate(hi);
	return a1->has_units || !a2->has_units || own_unit ||
		dec_mul_pow10(lo, a2->first_exp);
}

/*
 * Is the range a1..a2 (bounds as range_bounds reads them) reversed?
 * Overflow counts as reversed.
 */
static int
range_reversed(const amount *a1, int sign1, const amount *a2, int sign2,
			   int own_unit)
{
	kn_dec		lo,
				hi;

	if (a1->vague || a2->vague)
		return 0;
	return !range_bounds(a1, sign1, a2, sign2, own_unit, &lo, &hi) ||
		kn_dec_cmp(&lo, &hi) > 0;
}

static int
parse_signed_amount(parser *p, amount *a, int *sign)
{
	*sign = parse_sign(p);
	return parse_amount(p, a, 1);
}

/* The parts of one money expression as parse_money reads them. */
typedef struct money_parts
{
	money_state ms;
	amount		a1;				/* the amount, or the range's lower bound */
	amount		a2;				/* the upper bound */
	int			sign1;
	int			sign2;
	int			is_range;
	int			own_unit;		/* the lower bound named its currency */
	kn_dec		sub;			/* hundredths after the unit (2달러 35센트) */
	int			has_sub;
	tok			first;
} money_parts;

/* Forget a range tried in prefix mode: the first amount stands alone. */
static void
money_range_undo(parser *p, money_parts *mp, kn_money *out, const parser *saved,
				 const money_state *saved_ms, const kn_error *saved_err)
{
	kn_error   *err = p->err;

	*p = *saved;
	p->err = err;
	mp->ms = *saved_ms;
	*err = *saved_err;
	out->range_from = 0;
	out->upper_off = 0;
	out->lower_end = mp->a1.end;
}

/*
 * After the first amount: a range to a second one (X~Y, X에서 Y, and
 * 300억달러~400억달러 with the currency closing the first bound too). In
 * prefix mode it is only tried. Returns 0 with the error set.
 */
static int
money_range(parser *p, money_parts *mp, kn_money *out, int prefix)
{
	parser		saved;
	money_state saved_ms;
	kn_error	saved_err;
	tok			sep;
	int			ok = 1;

	if (p->cur.type != T_CUR && p->cur.type != T_RANGE &&
		p->cur.type != T_TILDE && p->cur.type != T_MINUS)
		return 1;				/* most figures: no range follows */
	saved = *p;
	saved_ms = mp->ms;
	saved_err = *p->err;
	if (p->cur.type == T_CUR && !(p->cur.cflags & KN_CW_SUB_ONLY))
	{
		tok			nx = peek(p);

		if (nx.type == T_RANGE || nx.type == T_TILDE || nx.type == T_MINUS)
		{
			if (!take_currency(p, &mp->ms, &p->cur))
				return 0;
			advance(p);
			out->lower_end = p->prev_end;
			mp->own_unit = 1;
		}
	}
	if (p->cur.type != T_RANGE && p->cur.type != T_TILDE && p->cur.type != T_MINUS)
		return 1;
	sep = p->cur;
	out->range_from = sep.end - sep.off == strlen("에서") &&
		memcmp(p->lx.s + sep.off, "에서", sep.end - sep.off) == 0;
	advance(p);
	if (p->cur.type == T_CUR && !(p->cur.cflags & KN_CW_SUB_ONLY))
	{
		ok = take_currency(p, &mp->ms, &p->cur);
		advance(p);
	}
	out->upper_off = p->cur.off;
	ok = ok && parse_signed_amount(p, &mp->a2, &mp->sign2);
	if (ok && (mp->a1.vague || mp->a2.vague))
		ok = fail_at(p, &sep, KN_SYNTAX, "a vague amount cannot bound a range");
	if (ok && prefix &&
		range_reversed(&mp->a1, mp->sign1, &mp->a2, mp->sign2, mp->own_unit))
	{
		/*
		 * In running text a second amount below the first is no range but
		 * the next figure (4만2천원에서 8천500원으로): the first stands
		 * alone, in the currency that closes the second when it names none
		 * of its own.
		 */
		tok			cur_after = p->cur;

		money_range_undo(p, mp, out, &saved, &saved_ms, &saved_err);
		if (mp->ms.cur == NULL && cur_after.type == T_CUR &&
			!(cur_after.cflags & KN_CW_SUB_ONLY) &&
			!take_currency(p, &mp->ms, &cur_after))
			return 0;
	}
	else if (ok)
		mp->is_range = 1;
	else if (prefix)
		money_range_undo(p, mp, out, &saved, &saved_ms, &saved_err);
	else
		return 0;
	return 1;
}

/* 2달러 35센트, 5원 50전: the hundredths of the unit just named. */
static int
money_hundredths(parser *p, money_parts *mp, int prefix)
{
	tok			nx;

	if (mp->is_range || mp->a1.vague || !mp->ms.cur || mp->ms.cur_exp != 0 ||
		p->cur.type != T_NUM || !p->cur.num_is_int || p->cur.num.m >= 100)
		return 1;
	nx = peek(p);
	if (nx.type != T_CUR || nx.ival != -2 || !kn_subunit_of(nx.cur, mp->ms.cur))
		return 1;
	mp->sub = p->cur.num;
	mp->sub.scale = 2;
	mp->has_sub = 1;
	advance(p);
	advance(p);
	return take_markers(p, &mp->ms, 1, prefix);
}

/* The bounds of what was read: vague, range or point, and the hundredths. */
static int
money_bounds(parser *p, money_parts *mp, kn_dec *lo, kn_dec *hi)
{
	*lo = mp->a1.val;
	if (mp->sign1 < 0)
		negate(lo);
	if (mp->a1.vague)
	{
		*hi = mp->a1.hi;
		if (mp->sign1 < 0)
		{
			kn_dec		tmp = *lo;

			negate(hi);
			*lo = *hi;
			*hi = tmp;
		}
	}
	else if (mp->is_range)
	{
		if (!range_bounds(&mp->a1, mp->sign1, &mp->a2, mp->sign2, mp->own_unit, lo, hi))
			return fail_at(p, &mp->first, KN_RANGE, "value out of range");
		if (kn_dec_cmp(lo, hi) > 0)
		{
			tok			span = mp->first;

			span.end = mp->a2.end;
			return fail_at(p, &span, KN_SYNTAX, "lower bound exceeds upper bound");
		}
	}
	else
		*hi = *lo;
	if (mp->has_sub)
	{
		if (mp->sign1 < 0)
			negate(&mp->sub);
		if (!dec_add(*lo, mp->sub, lo))
			return fail_at(p, &mp->first, KN_RANGE, "value out of range");
		*hi = *lo;
	}
	return 1;
}

/*
 * A money expression at p->cur. With prefix set, reading stops at the first
 * token that cannot continue the expression (the caller gets the end in
 * out->end), a range separator not followed by an amount is left unread,
 * and a missing currency is not an error (out->currency is empty).
 */
static kn_status
parse_money(parser *p, kn_money *out, int prefix)
{
	money_parts mp;
	kn_dec		lo,
				hi;
	kn_error   *err = p->err;

	/* the amounts are set by parse_amount; the rest starts empty */
	memset(&mp.ms, 0, sizeof(mp.ms));
	mp.sign1 = 0;
	mp.sign2 = 1;
	mp.is_range = mp.own_unit = mp.has_sub = 0;
	mp.sub.m = 0;
	mp.sub.scale = 0;
	memset(out, 0, sizeof(*out));
	mp.ms.qual = -1;
	mp.first = p->cur;

	if (p->cur.type == T_END)
	{
		fail_at(p, &p->cur, KN_SYNTAX, "empty input");
		return err->status;
	}
	/* canonical "~123 USD": a leading tilde means approximately */
	if (p->cur.type == T_TILDE && !prefix)
	{
		mp.ms.qual = KN_Q_APPROX;
		advance(p);
	}
	if (!take_markers(p, &mp.ms, 0, prefix))
		return err->status;
	p->sign_before = mp.ms.cur != NULL;
	if (!parse_signed_amount(p, &mp.a1, &mp.sign1))
		return err->status;
	p->sign_before = 0;
	out->lower_end = mp.a1.end;
	if (!money_range(p, &mp, out, prefix) ||
		!take_markers(p, &mp.ms, 1, prefix) ||
		!money_hundredths(p, &mp, prefix))
		return err->status;
	if (p->cur.type != T_END && !prefix)
	{
		fail_tok(p, &p->cur);
		return err->status;
	}
	if (mp.ms.cur == NULL && !prefix)
	{
		fail_at(p, &p->cur, KN_SYNTAX, "no currency");
		return err->status;
	}
	if (!money_bounds(p, &mp, &lo, &hi))
		return err->status;
	if ((mp.a1.approx || (mp.is_range && mp.a2.approx) || mp.a1.vague) &&
		!take_qualifier(p, &mp.ms, KN_Q_APPROX, &mp.first))
		return err->status;
	if (mp.ms.qual < 0)
		mp.ms.qual = KN_Q_EXACT;
	if (kn_dec_cmp(&lo, &hi) != 0 && mp.ms.qual != KN_Q_EXACT &&
		mp.ms.qual != KN_Q_APPROX)
	{
		fail_at(p, &mp.first, KN_SYNTAX, "a range can only be exact or approximate");
		return err->status;
	}
	if (mp.ms.cur_exp < 0)
	{
		/* 99센트 is 0.99 dollars */
		lo.scale -= mp.ms.cur_exp;
		hi.scale -= mp.ms.cur_exp;
	}
	kn_dec_normalize(&lo);
	kn_dec_normalize(&hi);
	out->lower = lo;
	out->upper = hi;
	if (mp.ms.cur)
		memcpy(out->currency, mp.ms.cur, 4);
	out->qual = (kn_qualifier) mp.ms.qual;
	out->has_units = mp.a1.has_units || (mp.is_range && mp.a2.has_units);
	out->start = mp.first.off;
	out->end = p->prev_end;
	return KN_OK;
}

static void
parser_init(parser *p, const char *s, size_t len, size_t start, kn_error *err,
			int running)
{
	memset(p, 0, sizeof(*p));
	memset(err, 0, sizeof(*err));
	p->lx.s = (const unsigned char *) s;
	p->lx.len = len;
	p->lx.running = running;
	p->running = running;
	p->err = err;
	p->prev_end = start;
	lex(&p->lx, start, &p->cur);
}

kn_status
kn_parse_money(const char *s, size_t len, kn_money *out, kn_error *err)
{
	parser		p;

	parser_init(&p, s, len, 0, err, 0);
	return parse_money(&p, out, 0);
}

kn_status
kn_scan_money(const char *s, size_t len, size_t start, kn_money *out)
{
	parser		p;
	kn_error	err;

	parser_init(&p, s, len, start, &err, 1);
	return parse_money(&p, out, 1);
}

const char *
kn_qualifier_word(int i, int *after, int *qual)
{
	size_t		k;

	/* a walk of the table, no copy: the extractors cache what they need */
	for (k = 0; k < N_LEXEMES; k++)
		if ((lexemes[k].type == T_QPRE || lexemes[k].type == T_QSUF) &&
			kn_syllable_lead((unsigned char) lexemes[k].text[0]) && i-- == 0)
		{
			*after = lexemes[k].type == T_QSUF;
			*qual = lexemes[k].ival;
			return lexemes[k].text;
		}
	return NULL;
}

/*
 * Two neighbouring native numerals written as one word mean "one or the
 * other": 두세 명 is two or three people.
 */
static const struct
{
	const char *w;
	int			lower;
	int			upper;
}			native_ranges[] = {
	{"한두", 1, 2}, {"두세", 2, 3}, {"두서너", 2, 4}, {"서너", 3, 4},
	{"너덧", 4, 5}, {"네댓", 4, 5}, {"네다섯", 4, 5}, {"대여섯", 5, 6},
	{"대엿", 5, 6}, {"예닐곱", 6, 7}, {"일고여덟", 7, 8}, {"일여덟", 7, 8},
};

/*
 * The longest native numeral word of the lexemes (T_NTENS or T_NONES) at
 * off: its entry, or NULL. Read straight from the table, without the
 * lexer: the extractor asks at many word starts.
 */
static const lexeme *
native_word_at(const char *s, size_t len, size_t off)
{
	static const lexeme *natives[32];
	static size_t n_natives;
	const lexeme *best = NULL;
	size_t		best_len = 0,
				i;

	static size_t lens[32];

	if (n_natives == 0)
		for (i = 0; i < N_LEXEMES && n_natives < 32; i++)
			if (lexemes[i].type == T_NTENS || lexemes[i].type == T_NONES)
			{
				lens[n_natives] = strlen(lexemes[i].text);
				natives[n_natives++] = &lexemes[i];
			}
	if (len - off < 3)
		return NULL;
	for (i = 0; i < n_natives; i++)
	{
		const char *w = natives[i]->text;

		/* every native numeral begins with a three-byte syllable */
		if (w[0] == s[off] && w[1] == s[off + 1] && w[2] == s[off + 2] &&
			lens[i] > best_len && lens[i] <= len - off &&
			memcmp(s + off, w, lens[i]) == 0)
		{
			best = natives[i];
			best_len = lens[i];
		}
	}
	return best;
}

int
kn_native_may_start(uint32_t cp)
{
	/* the first syllables of the native numerals and of their ranges */
	static char firsts[3 * (N_LEXEMES + 16) + 1];
	static kn_char_set set = KN_CHAR_SET(firsts);
	size_t		k,
				n = 0;

	if (!set.built)
	{
		for (k = 0; k < N_LEXEMES; k++)
			if (lexemes[k].type == T_NTENS || lexemes[k].type == T_NONES)
			{
				memcpy(firsts + n, lexemes[k].text, 3);
				n += 3;
			}
		for (k = 0; k < sizeof(native_ranges) / sizeof(native_ranges[0]); k++)
		{
			memcpy(firsts + n, native_ranges[k].w, 3);
			n += 3;
		}
		firsts[n] = '\0';
	}
	return kn_char_set_has(&set, cp);
}

int
kn_scan_native(const char *s, size_t len, size_t start, int *lower, int *upper,
			   size_t *end)
{
	const lexeme *w;
	int			v = 0;
	size_t		i,
				e = start;

	if (start + 3 > len)
		return 0;
	for (i = 0; i < sizeof(native_ranges) / sizeof(native_ranges[0]); i++)
	{
		const char *r = native_ranges[i].w;
		size_t		n;

		if (r[0] != s[start] || r[1] != s[start + 1] || r[2] != s[start + 2])
			continue;
		n = strlen(r);
		if (n <= len - start && memcmp(s + start, r, n) == 0)
		{
			*lower = native_ranges[i].lower;
			*upper = native_ranges[i].upper;
			*end = start + n;
			return 1;
		}
	}
	w = native_word_at(s, len, e);
	if (w && w->type == T_NTENS)
	{
		v = w->ival;
		e += strlen(w->text);
		w = native_word_at(s, len, e);
	}
	if (w && w->type == T_NONES)
	{
		v += w->ival;
		e += strlen(w->text);
	}
	if (v == 0)
		return 0;
	*lower = *upper = v;
	*end = e;
	return 1;
}

kn_status
kn_scan_amount(const char *s, size_t len, size_t start, kn_amount_scan *out)
{
	parser		p;
	kn_error	err;
	amount		a1,
				a2;

	memset(out, 0, sizeof(*out));
	parser_init(&p, s, len, start, &err, 1);
	if (p.cur.type == T_END || !parse_amount(&p, &a1, 1))
		return KN_SYNTAX;
	out->lower = a1.val;
	out->upper = a1.vague ? a1.hi : a1.val;
	out->approx = a1.approx || a1.vague;
	out->has_units = a1.has_units;
	out->start = a1.off;
	out->end = a1.end;
	out->lower_end = a1.end;
	if (!a1.vague && p.cur.type == T_FRAC)
	{
		/* 3분의 1, 삼분의 일: one third */
		parser		saved = p;
		kn_dec		q;
		int			read = 0;

		advance(&p);
		if (p.cur.type == T_NUM && peek(&p).type == T_HDIGIT && peek(&p).off == p.cur.end)
		{
			/* 3분의 1이: the digits, then the particle 이 */
			memset(&a2, 0, sizeof(a2));
			a2.val = p.cur.num;
			a2.end = p.cur.end;
			read = 1;
		}
		else if (p.cur.type == T_NUM || p.cur.type == T_HDIGIT ||
				 p.cur.type == T_SMALL || p.cur.type == T_BIG)
			read = parse_amount(&p, &a2, 1) && !a2.vague;
		if (read && dec_div(a2.val, a1.val, &q) > 0)
		{
			out->lower = out->upper = q;
			out->end = out->lower_end = a2.end;
			out->fraction = 1;
			return KN_OK;
		}
		p = saved;
	}
	if (!a1.vague && (p.cur.type == T_TILDE || p.cur.type == T_RANGE ||
					  p.cur.type == T_MINUS))
	{
		parser		saved = p;

		advance(&p);
		if ((p.cur.type == T_NUM || p.cur.type == T_HDIGIT ||
			 p.cur.type == T_SMALL || p.cur.type == T_BIG) &&
			parse_amount(&p, &a2, 1) && !a2.vague)
		{
			kn_dec		lo = a1.val;

			if (!a1.has_units && a2.has_units && !dec_mul_pow10(&lo, a2.first_exp))
				return KN_RANGE;
			if (kn_dec_cmp(&lo, &a2.val) <= 0)
			{
				out->lower = lo;
				out->upper = a2.val;
				out->approx = out->approx || a2.approx;
				out->has_units = out->has_units || a2.has_units;
				out->end = a2.end;
				out->upper_off = a2.off;
				return KN_OK;
			}
		}
		p = saved;
	}
	return KN_OK;
}
