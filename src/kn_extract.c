/*
 * kn_extract.c - money figures and quantities in running Korean text.
 *
 * Pure C over UTF-8 (see kn_extract.h). The scan looks at each byte once to
 * find candidates; the grammar (kn_grammar.c) is asked only at candidates,
 * which are rare, so the cost stays close to a plain scan of the text.
 */
#include <string.h>

#include "kn_extract.h"

/* ---------------------------------------------------------------- helpers */

typedef struct text
{
	const unsigned char *s;
	size_t		len;
} text;

static uint32_t
cp_at(const text *t, size_t off, size_t *n)
{
	uint32_t	cp = 0;
	int			k;

	if (off >= t->len)
	{
		*n = 0;
		return 0;
	}
	k = kn_utf8_decode(t->s + off, t->s + t->len, &cp);
	if (k == 0)
	{
		*n = 1;
		return 0xFFFD;
	}
	*n = (size_t) k;
	return cp;
}

/* Start of the character before off (off > 0). */
static size_t
prev_char(const text *t, size_t off)
{
	size_t		p = off - 1;

	while (p > 0 && off - p < 4 && (t->s[p] & 0xC0) == 0x80)
		p--;
	return p;
}

static uint32_t
cp_before(const text *t, size_t off)
{
	size_t		n;

	if (off == 0)
		return 0;
	return cp_at(t, prev_char(t, off), &n);
}

static int
is_hangul(uint32_t cp)
{
	return cp >= 0xAC00 && cp <= 0xD7A3;
}

static int
is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

static int
is_alpha(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int
starts_with(const text *t, size_t off, const char *w)
{
	size_t		n = strlen(w);

	return off + n <= t->len && memcmp(t->s + off, w, n) == 0;
}

static size_t
skip_spaces(const text *t, size_t off, int max)
{
	while (off < t->len && max-- > 0 && (t->s[off] == ' ' || t->s[off] == '\t'))
		off++;
	return off;
}

/*
 * Let the caller check for interrupts once every KN_INTERRUPT_BYTES of
 * progress (pos); always true, to sit in a loop's condition.
 */
static inline int
tick(const kn_alloc *al, size_t pos, size_t *next)
{
	if (pos >= *next && al->interrupt_fn)
	{
		al->interrupt_fn();
		*next = pos + KN_INTERRUPT_BYTES;
	}
	return 1;
}

/* Grow an array through the caller's allocator. */
static void *
grow(const kn_alloc *al, void *arr, size_t *cap, size_t need, size_t elem)
{
	if (need <= *cap)
		return arr;
	*cap = *cap ? *cap * 2 : 16;
	if (*cap < need)
		*cap = need;
	return al->realloc_fn(al->ctx, arr, *cap * elem);
}

/*
 * Words that may follow a figure inside the same word: particles and the
 * suffixes news attaches to amounts. A figure followed by any other Hangul
 * syllable is part of another word ("2원칙", "3대비") and is not reported.
 */
static const char *const followers[] = {
	"이", "가", "은", "는", "을", "를", "의", "에", "로", "와", "과", "도",
	"만", "씩", "대", "선", "짜리", "어치", "규모", "상당", "수준", "까지",
	"부터", "가량", "정도", "이상", "이하", "미만", "초과", "안팎", "내외",
	"남짓", "쯤", "여", "으로", "이며", "이고", "이다", "였", "인", "일",
	"라는", "이라", "나", "당", "께", "뿐", "밖에", "보다", "처럼", "만큼",
	"가까이", "넘", "에서", "며", "고", "짜", "로서", "로써", "다",
	/* the copula and quotation after a figure: 20억달러입니다, 5달러라고,
	 * 1억원이면, 100달러요 */
	"입", "라", "란", "면", "요", "든", "엔", "권", "꼴", "조차",
	"마저", "에게", "한테",
	NULL
};

static int
word_ends_at(const text *t, size_t off)
{
	static kn_word_index ix;
	size_t		n;
	uint32_t	cp = cp_at(t, off, &n);
	int			i,
				from,
				to;

	if (off >= t->len || !is_hangul(cp))
		return 1;
	if (!ix.built)
		kn_word_index_build(&ix, followers, sizeof(followers[0]),
							sizeof(followers) / sizeof(followers[0]));
	kn_word_index_find(&ix, cp, &from, &to);
	for (i = from; i < to; i++)
		if (starts_with(t, off, followers[ix.idx[i]]))
			return 1;
	return 0;
}

/*
 * The grammar's qualifier words (kn_qualifier_word), split once into
 * those before a figure (약, 최대; 총 and 무려 with qual -1) and those after
 * it that say something (가량, 이상; not 어치 or 규모), with their lengths.
 */
typedef struct qualifier_word
{
	const char *w;
	size_t		n;
	int			qual;
} qualifier_word;

typedef struct qualifier_words
{
	int			built;
	int			n_before;
	int			n_after;
	qualifier_word before[32];
	qualifier_word after[32];
} qualifier_words;

static const qualifier_words *
qualifiers(void)
{
	static qualifier_words qw;
	const char *w;
	int			i,
				after,
				qual;

	if (qw.built)
		return &qw;
	for (i = 0; (w = kn_qualifier_word(i, &after, &qual)) != NULL; i++)
	{
		qualifier_word *e = NULL;

		if (!after && qw.n_before < 32)
			e = &qw.before[qw.n_before++];
		else if (after && qual >= 0 && qw.n_after < 32)
			e = &qw.after[qw.n_after++];
		if (e)
		{
			e->w = w;
			e->n = strlen(w);
			e->qual = qual;
		}
	}
	qw.built = 1;
	return &qw;
}

/*
 * If a qualifier word ends just before cand (one blank allowed) and starts
 * a word, return its start and set *qual; else return cand.
 */
static size_t
lookback_prefix(const text *t, size_t cand, int *qual)
{
	size_t		p = cand;
	int			i;

	const qualifier_words *qw = qualifiers();

	if (p > 0 && t->s[p - 1] == ' ')
		p--;
	for (i = 0; i < qw->n_before; i++)
	{
		const char *w = qw->before[i].w;
		size_t		n = qw->before[i].n;

		if (p >= n && memcmp(t->s + p - n, w, n) == 0)
		{
			size_t		st = p - n;

			if (st == 0 || !is_hangul(cp_before(t, st)))
			{
				if (qual)
					*qual = qw->before[i].qual;
				return st;
			}
		}
	}
	return cand;
}

/*
 * Is off the start of a number (not the middle of one, nor a version such
 * as GPT-4 or v1.5, nor part of a Latin word)?
 */
static int
number_starts_at(const text *t, size_t off)
{
	unsigned char b;

	if (off == 0)
		return 1;
	b = t->s[off - 1];
	if (is_digit(b) || is_alpha(b) || b == '_')
		return 0;
	if ((b == '.' || b == ',') && off >= 2 && is_digit(t->s[off - 2]))
		return 0;
	if (b == '-' && off >= 2 && (is_alpha(t->s[off - 2]) || is_digit(t->s[off - 2])))
		return 0;
	return 1;
}

/* Sino-Korean numeral syllables that can open a figure at a word start. */
static int
numeral_syllable(uint32_t cp)
{
	static kn_char_set set = KN_CHAR_SET("수십백천만억조일이삼사오육칠팔구몇");

	return kn_char_set_has(&set, cp);
}

/*
 * May a figure written with Hangul numerals (수십억, 천억) start after cp?
 * Only after blanks, ASCII punctuation, general or CJK punctuation: never
 * after a digit of any script (５억 is not 억) or a letter.
 */
static int
opens_after(uint32_t cp)
{
	if (cp == 0)
		return 1;
	if (cp < 0x80)
		return !is_digit((unsigned char) cp) && !is_alpha((unsigned char) cp);
	return (cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x3000 && cp <= 0x303F) ||
		cp == 0xB7 || cp == 0xFF08 || cp == 0xFF09 || cp == 0xFF0C;
}

/* Bytes in the UTF-8 character led by c (1 for a stray byte), within len. */
static size_t
lead_len(const text *t, size_t off)
{
	unsigned char c = t->s[off];
	size_t		n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;

	return off + n <= t->len ? n : 1;
}

/*
 * Does a Hangul syllable at off (lead byte 0xEA..0xED) open a word? Most do
 * not: the character before is another syllable, which is told from its
 * lead byte without decoding anything.
 */
static int
hangul_word_start(const text *t, size_t off)
{
	size_t		p;

	if (off == 0)
		return 1;
	if (t->s[off - 1] < 0x80)
		return opens_after(t->s[off - 1]);
	p = prev_char(t, off);
	if (t->s[p] >= 0xEA && t->s[p] <= 0xED)
		return 0;
	return opens_after(cp_before(t, off));
}

/*
 * Sino-Korean numerals written in Hangul are also ordinary syllables:
 * 이유로 is 이 + 유로, 구원 is 구 + 원, 조사원 is 조 + 사 + 원. A figure
 * whose numerals are all Hangul is money only when they read like a figure
 * a reporter writes in letters:
 *   - at least one unit among 십 백 천 만 억 조 경: a digit alone (이, 구,
 *     사, 오, 일) is never a figure, and 수 or 몇 needs its unit anyway;
 *   - 억, 조 and 경 neither open it nor follow a bare digit: 억원, 조원 (a
 *     team member), 이억, 구조 are words; 수억, 십억, 천억 are figures;
 *   - it does not end in a bare digit right after 만, 억, 조 or 경 (조사).
 * 만원, 천원, 백만 달러, 오백 원, 수십억 원 pass. A figure with an Arabic
 * digit among its numerals is not judged here.
 */
static const struct
{
	const char *w;
	char		cls;			/* d: digit, s: 십 백 천, m: 만, b: 억 조 경,
								 * v: 수 몇 */
}			hangul_numerals[] = {
	{"일", 'd'}, {"이", 'd'}, {"삼", 'd'}, {"사", 'd'}, {"오", 'd'},
	{"육", 'd'}, {"칠", 'd'}, {"팔", 'd'}, {"구", 'd'}, {"영", 'd'},
	{"공", 'd'}, {"십", 's'}, {"백", 's'}, {"천", 's'}, {"만", 'm'},
	{"억", 'b'}, {"조", 'b'}, {"경", 'b'}, {"수", 'v'}, {"몇", 'v'},
};

static char
hangul_numeral_class(const text *t, size_t off)
{
	size_t		i;

	for (i = 0; i < sizeof(hangul_numerals) / sizeof(hangul_numerals[0]); i++)
		if (starts_with(t, off, hangul_numerals[i].w))
			return hangul_numerals[i].cls;
	return 0;
}

static int
hangul_numerals_plausible(const text *t, size_t from, size_t to)
{
	size_t		p = from;
	char		prev = 0,
				before_prev = 0;
	int			has_unit = 0;

	while (p < to)
	{
		char		cls;

		if (t->s[p] == ' ')
		{
			p++;
			continue;
		}
		if (is_digit(t->s[p]))
			return 1;
		cls = hangul_numeral_class(t, p);
		if (cls == 0)
			break;
		if (cls == 'b' && (prev == 0 || prev == 'd'))
			return 0;
		if (cls == 's' || cls == 'm' || cls == 'b')
			has_unit = 1;
		before_prev = prev;
		prev = cls;
		p += 3;
	}
	if (!has_unit)
		return 0;
	return !(prev == 'd' && (before_prev == 'm' || before_prev == 'b'));
}

/* 1-based character positions for sorted byte offsets, in one pass. */
typedef struct char_counter
{
	size_t		off;
	size_t		pos;
} char_counter;

static size_t
char_pos(const text *t, char_counter *cc, size_t off)
{
	while (cc->off < off && cc->off < t->len)
	{
		if ((t->s[cc->off] & 0xC0) != 0x80)
			cc->pos++;
		cc->off++;
	}
	return cc->pos;
}

/* Sentence bounds around [off, end): '.', '!', '?', '。' and newlines. */
static int
sentence_break(const text *t, size_t i)
{
	unsigned char c = t->s[i];

	if (c == '\n' || c == '!' || c == '?')
		return 1;
	if (c == '.')
		return !(i > 0 && is_digit(t->s[i - 1]) && i + 1 < t->len &&
				 is_digit(t->s[i + 1]));
	return starts_with(t, i, "\xe3\x80\x82");	/* 。 */
}

/* ------------------------------------------------------------------ roles */

static const char *const role_names[KN_ROLE_COUNT] = {
	"other", "valuation", "investment_raised", "investment_made", "loan",
	"revenue", "cost", "market_size", "deal_value", "profit", "price",
	"denomination", "fine", "salary"
};

const char *
kn_role_name(kn_role r)
{
	return (r >= 0 && r < KN_ROLE_COUNT) ? role_names[r] : "other";
}

typedef struct keyword
{
	const char *w;
	int			v;
} keyword;

/* At one position the longest keyword wins: "투자 유치" over "투자". */
static const keyword role_words[] = {
	{"기업가치", KN_ROLE_VALUATION}, {"기업 가치", KN_ROLE_VALUATION},
	{"평가받", KN_ROLE_VALUATION}, {"평가를 받", KN_ROLE_VALUATION},
	{"밸류에이션", KN_ROLE_VALUATION}, {"시가총액", KN_ROLE_VALUATION},
	{"시총", KN_ROLE_VALUATION}, {"몸값", KN_ROLE_VALUATION},
	{"가치", KN_ROLE_VALUATION},
	{"투자 유치", KN_ROLE_INVESTMENT_RAISED},
	{"투자를 유치", KN_ROLE_INVESTMENT_RAISED},
	{"투자유치", KN_ROLE_INVESTMENT_RAISED}, {"유치", KN_ROLE_INVESTMENT_RAISED},
	{"조달", KN_ROLE_INVESTMENT_RAISED}, {"펀딩", KN_ROLE_INVESTMENT_RAISED},
	{"투자받", KN_ROLE_INVESTMENT_RAISED}, {"증자", KN_ROLE_INVESTMENT_RAISED},
	{"모았", KN_ROLE_INVESTMENT_RAISED}, {"모금", KN_ROLE_INVESTMENT_RAISED},
	{"투자를 받", KN_ROLE_INVESTMENT_RAISED},
	{"시리즈", KN_ROLE_INVESTMENT_RAISED}, {"라운드", KN_ROLE_INVESTMENT_RAISED},
	{"투자비", KN_ROLE_COST}, {"운영비", KN_ROLE_COST}, {"비용", KN_ROLE_COST},
	{"지출", KN_ROLE_COST}, {"인건비", KN_ROLE_COST}, {"손실", KN_ROLE_COST},
	{"적자", KN_ROLE_COST}, {"개발비", KN_ROLE_COST}, {"건설비", KN_ROLE_COST},
	{"연구비", KN_ROLE_COST}, {"유지비", KN_ROLE_COST},
	{"투자를 단행", KN_ROLE_INVESTMENT_MADE},
	{"투자를 집행", KN_ROLE_INVESTMENT_MADE},
	{"집행", KN_ROLE_INVESTMENT_MADE}, {"단행", KN_ROLE_INVESTMENT_MADE},
	{"출자", KN_ROLE_INVESTMENT_MADE}, {"투입", KN_ROLE_INVESTMENT_MADE},
	{"사들", KN_ROLE_INVESTMENT_MADE}, {"매입", KN_ROLE_INVESTMENT_MADE},
	{"투자", KN_ROLE_INVESTMENT_MADE},
	{"대출", KN_ROLE_LOAN}, {"차입", KN_ROLE_LOAN}, {"융자", KN_ROLE_LOAN},
	{"신용한도", KN_ROLE_LOAN}, {"빌려", KN_ROLE_LOAN}, {"빌린", KN_ROLE_LOAN},
	{"빌렸", KN_ROLE_LOAN},
	{"매출", KN_ROLE_REVENUE}, {"수익", KN_ROLE_REVENUE},
	{"수입", KN_ROLE_REVENUE}, {"벌어", KN_ROLE_REVENUE}, {"벌었", KN_ROLE_REVENUE},
	{"매출액", KN_ROLE_REVENUE}, {"ARR", KN_ROLE_REVENUE},
	{"영업이익", KN_ROLE_PROFIT}, {"순이익", KN_ROLE_PROFIT},
	{"영업익", KN_ROLE_PROFIT}, {"순익", KN_ROLE_PROFIT},
	{"이익", KN_ROLE_PROFIT}, {"흑자", KN_ROLE_PROFIT},
	{"가격", KN_ROLE_PRICE}, {"판매가", KN_ROLE_PRICE},
	{"출고가", KN_ROLE_PRICE}, {"요금", KN_ROLE_PRICE},
	{"구독료", KN_ROLE_PRICE}, {"이용료", KN_ROLE_PRICE},
	{"단가", KN_ROLE_PRICE}, {"공모가", KN_ROLE_PRICE},
	{"주가", KN_ROLE_PRICE}, {"값", KN_ROLE_PRICE},
	{"과징금", KN_ROLE_FINE}, {"벌금", KN_ROLE_FINE},
	{"과태료", KN_ROLE_FINE}, {"제재금", KN_ROLE_FINE},
	{"연봉", KN_ROLE_SALARY}, {"월급", KN_ROLE_SALARY},
	{"급여", KN_ROLE_SALARY}, {"임금", KN_ROLE_SALARY},
	{"보수", KN_ROLE_SALARY}, {"성과급", KN_ROLE_SALARY},
	{"초봉", KN_ROLE_SALARY},
	{"시장 규모", KN_ROLE_MARKET_SIZE}, {"시장규모", KN_ROLE_MARKET_SIZE},
	{"시장은", KN_ROLE_MARKET_SIZE}, {"시장이", KN_ROLE_MARKET_SIZE},
	{"인수", KN_ROLE_DEAL_VALUE}, {"계약", KN_ROLE_DEAL_VALUE},
	{"매각", KN_ROLE_DEAL_VALUE}, {"합병", KN_ROLE_DEAL_VALUE},
	{"거래", KN_ROLE_DEAL_VALUE}, {"M&A", KN_ROLE_DEAL_VALUE},
	{"합병 가치", KN_ROLE_DEAL_VALUE}, {"인수 가치", KN_ROLE_DEAL_VALUE},
	{NULL, 0}
};

/*
 * Longest keyword starting at off, or NULL. Each table gets an index by
 * first code point, built on first use (one per backend; tables are static).
 */
#define N_KEYWORD_TABLES 3
static const keyword role_words[];
static const keyword measure_words[];
static const keyword period_words[];
static const keyword *const indexed_tables[N_KEYWORD_TABLES] = {
	role_words, measure_words, period_words
};
static kn_word_index keyword_indexes[N_KEYWORD_TABLES];

static const keyword *
keyword_at(const text *t, size_t off, const keyword *table)
{
	const keyword *best = NULL;
	size_t		best_len = 0,
				n;
	kn_word_index *ix = NULL;
	uint32_t	cp;
	int			i,
				from,
				to,
				k;

	for (k = 0; k < N_KEYWORD_TABLES; k++)
		if (indexed_tables[k] == table)
			ix = &keyword_indexes[k];
	if (!ix->built)
	{
		for (n = 0; table[n].w; n++)
			;
		kn_word_index_build(ix, table, sizeof(keyword), n);
	}
	cp = cp_at(t, off, &n);
	kn_word_index_find(ix, cp, &from, &to);
	for (i = from; i < to; i++)
	{
		const keyword *kw = &table[ix->idx[i]];
		size_t		len = strlen(kw->w);

		if (len > best_len && starts_with(t, off, kw->w))
		{
			best = kw;
			best_len = len;
		}
	}
	return best;
}

#define AFTER_BYTES 90			/* about 30 Hangul syllables */
#define BEFORE_BYTES 90

/* Does the word that ends at off (before a blank) end with one of ends? */
static int
word_ends_with(const text *t, size_t off, const char *const *ends)
{
	int			i;

	for (i = 0; ends[i]; i++)
	{
		size_t		n = strlen(ends[i]);

		if (off >= n && memcmp(t->s + off - n, ends[i], n) == 0)
			return 1;
	}
	return 0;
}

/* Endings that close a clause: what comes after is another clause's. */
static const char *const clause_ends[] = {
	"고", "며", "지만", "는데", "면서", "으나", "과", "와", NULL
};

/* Topic and subject particles: a word with one opens its own clause. */
static const char *const topic_ends[] = {"은", "는", NULL};

/*
 * First keyword in [from, to), stopping at a comma, a sentence break, or
 * the end of a clause ("20달러이고 프로 요금제는 200달러": 요금 is the next
 * figure's). A keyword in a topic word (요금제는, 기업가치는) two or more
 * words on opens the next clause and is not taken either.
 */
static const keyword *
keyword_after(const text *t, size_t from, size_t to, const keyword *table,
			  size_t *dist)
{
	size_t		i;
	int			words = 0;

	if (to > from + AFTER_BYTES)
		to = from + AFTER_BYTES;
	for (i = from; i < to && i < t->len; i++)
	{
		const keyword *k;

		if ((t->s[i] & 0xC0) == 0x80)
			continue;
		if (t->s[i] == ',' || sentence_break(t, i))
			return NULL;
		if (t->s[i] == ' ')
		{
			if (i > from && t->s[i - 1] != ' ')
			{
				if (word_ends_with(t, i, clause_ends))
					return NULL;
				words++;
			}
			continue;
		}
		k = keyword_at(t, i, table);
		if (k)
		{
			size_t		e = i;

			while (e < t->len && e < i + AFTER_BYTES && t->s[e] != ' ' &&
				   t->s[e] != ',' && !sentence_break(t, e))
				e++;
			if (words >= 2 && word_ends_with(t, e, topic_ends))
				return NULL;
			*dist = i - from;
			return k;
		}
	}
	return NULL;
}

/* Last keyword in [from, to), not crossing a sentence break. */
static const keyword *
keyword_before(const text *t, size_t from, size_t to, const keyword *table,
			   size_t *dist)
{
	size_t		i = to;

	if (from + BEFORE_BYTES < to)
		from = to - BEFORE_BYTES;
	while (i > from)
	{
		const keyword *k;

		i--;
		if ((t->s[i] & 0xC0) == 0x80)
			continue;
		if (sentence_break(t, i))
			return NULL;
		k = keyword_at(t, i, table);
		if (k && i + strlen(k->w) <= to)
		{
			size_t		end = i + strlen(k->w),
						j;

			/*
			 * A longer keyword that starts a little before and covers this
			 * one is the word meant: 몸값 over 값, 합병 가치 over 가치.
			 */
			for (j = i > 12 ? i - 12 : 0; j < i; j++)
			{
				const keyword *c;

				if ((t->s[j] & 0xC0) == 0x80)
					continue;
				c = keyword_at(t, j, table);
				if (c && j + strlen(c->w) >= end && j + strlen(c->w) <= to)
				{
					k = c;
					end = j + strlen(c->w);
					break;
				}
			}
			*dist = to - end;
			return k;
		}
	}
	return NULL;
}

/* ------------------------------------------------------------------ money */

static int
fits_money(const kn_money *m)
{
	kn_int128	lim = kn_pow10(KN_MONEY_INT_DIGITS + KN_MONEY_SCALE);
	kn_int128	lo,
				hi;

	return kn_dec_rescale(&m->lower, KN_MONEY_SCALE, &lo) &&
		kn_dec_rescale(&m->upper, KN_MONEY_SCALE, &hi) &&
		lo < lim && lo > -lim && hi < lim && hi > -lim;
}

/* "(약 8조6000억원)" right after an amount: its stated equivalent. */
static int
scan_equiv(const text *t, size_t pos, kn_money *eq, size_t *after)
{
	size_t		p = skip_spaces(t, pos, 2);
	size_t		q;

	if (p < t->len && t->s[p] == '(')
		p++;
	else if (starts_with(t, p, "\xef\xbc\x88"))	/* （ */
		p += 3;
	else
		return 0;
	p = skip_spaces(t, p, 2);
	if (starts_with(t, p, "한화") || starts_with(t, p, "원화"))
		p = skip_spaces(t, p + 6, 2);
	else if (starts_with(t, p, "우리 돈") || starts_with(t, p, "우리돈"))
		p = skip_spaces(t, p + (starts_with(t, p, "우리 돈") ? 10 : 9), 2);
	if (kn_scan_money((const char *) t->s, t->len, p, eq) != KN_OK ||
		eq->currency[0] == '\0' || !fits_money(eq))
		return 0;
	q = skip_spaces(t, eq->end, 2);
	if (q < t->len && t->s[q] == ')')
		*after = q + 1;
	else if (starts_with(t, q, "\xef\xbc\x89"))	/* ） */
		*after = q + 3;
	else
		return 0;
	return 1;
}

/*
 * A currency word that ends just before off (one blank between), as in
 * "중국 위안 100억" or "미화 100만": its start, and its code in *code; or
 * off when there is none. Only Hangul words count (signs open figures
 * anyway), whole words, written with their blank or without it.
 */
/*
 * Does what stands before off (blanks skipped) end a figure of its own, so
 * that a currency word at off is that figure's (३ 달러 10억)? Anything but
 * a Hangul word, a Latin word or punctuation counts as one.
 */
static int
figure_before(const text *t, size_t off)
{
	uint32_t	cp;

	while (off > 0 && t->s[off - 1] == ' ')
		off--;
	if (off == 0)
		return 0;
	cp = cp_before(t, off);
	if (cp < 0x80)
		return is_digit((unsigned char) cp);
	return !(is_hangul(cp) || (cp >= 0x2000 && cp <= 0x206F) ||
			 (cp >= 0x3000 && cp <= 0x303F) || cp == 0xB7);
}

static size_t
currency_word_before(const text *t, size_t off, const char **code)
{
	size_t		p = off,
				i;

	if (p > 0 && t->s[p - 1] == ' ')
		p--;
	for (i = 0; i < kn_n_currency_words; i++)
	{
		const kn_currency_word *cw = &kn_currency_words[i];
		char		packed[64];
		const char *forms[2];
		size_t		j,
					k = 0,
					f;

		if (cw->flags != 0 || cw->exp != 0 || (unsigned char) cw->text[0] < 0xEA)
			continue;
		for (j = 0; cw->text[j] && k + 1 < sizeof(packed); j++)
			if (cw->text[j] != ' ')
				packed[k++] = cw->text[j];
		packed[k] = '\0';
		forms[0] = cw->text;
		forms[1] = packed;
		for (f = 0; f < 2; f++)
		{
			size_t		n = strlen(forms[f]);

			if (p >= n && memcmp(t->s + p - n, forms[f], n) == 0 &&
				(p == n || !is_hangul(cp_before(t, p - n))) &&
				!figure_before(t, p - n))
			{
				*code = cw->code;
				return p - n;
			}
		}
	}
	return off;
}

/* Separators of a list of amounts sharing one currency: "10억, 20억 달러". */
static int
list_separator(const text *t, size_t from, size_t to)
{
	static const char *const seps[] = {",", "\xc2\xb7", "\xe3\x80\x81", "/",
	"과", "와", "및", "이나", "또는", "혹은", NULL};
	size_t		p = skip_spaces(t, from, 2);
	int			i;

	for (i = 0; seps[i]; i++)
		if (starts_with(t, p, seps[i]))
			return skip_spaces(t, p + strlen(seps[i]), 2) == to;
	return 0;
}

/*
 * Is there a currency code or symbol at off that can open a figure? Returns
 * 1 for "$", "₩", "US$", "USD 6.5B" and the like.
 */
static int
currency_opens(const text *t, size_t off)
{
	unsigned char c = t->s[off];
	size_t		p;

	if (c == '$' || (c >= 0x80 && kn_currency_sign(cp_at(t, off, &p))))
		return 1;
	if (!is_alpha(c) || (off > 0 && is_alpha(t->s[off - 1])))
		return 0;
	p = off;
	while (p < t->len && is_alpha(t->s[p]))
		p++;
	if (p < t->len && t->s[p] == '$' && p - off <= 2)
		return 1;
	if (p - off == 3 && kn_iso_code_in_text(t->s + off))
	{
		p = skip_spaces(t, p, 1);
		return p < t->len && is_digit(t->s[p]);
	}
	return 0;
}

/* Is "로" or "으로" at off (one blank allowed before it)? */
static int
to_particle_at(const text *t, size_t off)
{
	size_t		q = skip_spaces(t, off, 1);

	return starts_with(t, q, "로") || starts_with(t, q, "으로");
}

/*
 * Suffixes that belong to the figure itself, right after its currency:
 * 5만원권 (a banknote: role denomination), 1만원짜리 (the price of one
 * thing), and 1조원대 (in the 1조s: the range [1조, 2조), stored as the
 * closed range 1조..2조 since monetary ranges are closed; the step is the
 * place of the last non-zero digit, so 1500억원대 is 1500억..1600억).
 * Returns the end of the surface, which takes in 권 and 대.
 */
static size_t
figure_suffix(const text *t, kn_money *m, kn_role *role)
{
	size_t		e = m->end;

	*role = KN_ROLE_OTHER;
	if (m->currency[0] == '\0' || e == 0 || t->s[e - 1] == ' ')
		return e;
	if (starts_with(t, e, "권") && word_ends_at(t, e + strlen("권")))
	{
		*role = KN_ROLE_DENOMINATION;
		return e + strlen("권");
	}
	if (starts_with(t, e, "짜리"))
	{
		*role = KN_ROLE_PRICE;
		return e;
	}
	if (starts_with(t, e, "대") && word_ends_at(t, e + strlen("대")) &&
		m->qual == KN_Q_EXACT && m->lower.m > 0)
	{
		kn_dec		hi = m->upper;
		kn_int128	step = 1,
					v = hi.m;

		if (hi.scale == 0)
			while (v % 10 == 0)
			{
				v /= 10;
				step *= 10;
			}
		if (__builtin_add_overflow(hi.m, step, &hi.m))
			return e;
		m->upper = hi;
		if (!fits_money(m))
		{
			m->upper = m->lower;
			return e;
		}
		return e + strlen("대");
	}
	return e;
}

typedef struct money_list
{
	kn_money_mention *m;
	size_t		n;
	size_t		cap;
	const kn_alloc *al;
	int			too_many;		/* KN_MAX_MENTIONS reached: no answer */
} money_list;

static void
push_money(money_list *ml, const kn_money *amount, size_t off, size_t end,
		   size_t ctx_end)
{
	kn_money_mention *mm;

	if (ml->n >= KN_MAX_MENTIONS)
	{
		ml->too_many = 1;
		return;
	}
	ml->m = grow(ml->al, ml->m, &ml->cap, ml->n + 1, sizeof(kn_money_mention));
	mm = &ml->m[ml->n++];
	memset(mm, 0, sizeof(*mm));
	mm->amount = *amount;
	mm->off = off;
	mm->len = end - off;
	mm->ctx_end = ctx_end;
}

#define MAX_PENDING 16

/*
 * Collect money mentions (roles not yet set). Returns the count; pending
 * currency-less amounts of a list are resolved by the amount that closes
 * the list.
 */
static size_t
collect_money(const text *t, money_list *ml)
{
	size_t		pos = 0;
	kn_money	pending[MAX_PENDING];
	size_t		npending = 0,
				next_check = KN_INTERRUPT_BYTES;

	while (pos < t->len && !ml->too_many && tick(ml->al, pos, &next_check))
	{
		unsigned char c = t->s[pos];
		size_t		n = 1;
		int			cand = 0,
					hangul_cand = 0;

		if (is_digit(c))
			cand = number_starts_at(t, pos);
		else if (c >= 0xEA && c <= 0xED)
		{
			n = lead_len(t, pos);
			if (hangul_word_start(t, pos))
			{
				uint32_t	cp = cp_at(t, pos, &n);

				cand = numeral_syllable(cp);
				hangul_cand = cand;
			}
		}
		else if (c == '$' || c == 0xE2 || c == 0xC2 || c == 0xEF || is_alpha(c))
		{
			cand = currency_opens(t, pos);
			if (!cand && is_alpha(c))
			{
				/* skip the rest of a Latin word at once */
				while (pos + n < t->len && (is_alpha(t->s[pos + n]) ||
											is_digit(t->s[pos + n])))
					n++;
			}
			else if (c >= 0x80)
				n = lead_len(t, pos);
		}
		else if (c >= 0x80)
			n = lead_len(t, pos);

		if (cand)
		{
			kn_money	m;
			size_t		start = lookback_prefix(t, pos, NULL);
			int			ok = kn_scan_money((const char *) t->s, t->len, start, &m) == KN_OK;

			if (!ok && start != pos)
			{
				start = pos;
				ok = kn_scan_money((const char *) t->s, t->len, start, &m) == KN_OK;
			}
			if (ok && hangul_cand && !hangul_numerals_plausible(t, pos, m.end))
				ok = 0;
			if (ok && fits_money(&m) && word_ends_at(t, m.end) &&
				m.end > pos)
			{
				if (m.currency[0] == '\0' && m.has_units && npending == 0)
				{
					const char *code = NULL;
					size_t		cs = currency_word_before(t, m.start, &code);

					if (cs < m.start)
					{
						memcpy(m.currency, code, 4);
						m.start = cs;
					}
				}
				if (m.currency[0] == '\0')
				{
					/* a list may give it a currency later: 10억, 20억 달러 */
					if (m.has_units && m.lower_end == m.end &&
						npending < MAX_PENDING)
					{
						if (npending > 0 &&
							!list_separator(t, pending[npending - 1].end, m.start))
							npending = 0;
						pending[npending++] = m;
					}
					else
						npending = 0;
					pos = m.end;
					continue;
				}
				else
				{
					kn_money	eq;
					size_t		after = m.end;
					size_t		i;
					int			has_eq;

					/* the list this amount closes shares its currency */
					if (npending > 0 &&
						list_separator(t, pending[npending - 1].end, m.start))
					{
						for (i = 0; i < npending; i++)
						{
							kn_money	pm = pending[i];

							memcpy(pm.currency, m.currency, 4);
							push_money(ml, &pm, pm.start, pm.end, pm.end);
						}
					}
					npending = 0;

					/*
					 * "X에서 Y로" (늘었다, 줄었다, 인상, 조정, ...): not a
					 * range but a change from X to Y, two figures.
					 */
					if (m.range_from && m.upper_off > 0 && to_particle_at(t, m.end))
					{
						kn_money	a = m,
									b = m;

						a.upper = a.lower;
						b.lower = b.upper;
						push_money(ml, &a, m.start, m.lower_end, m.lower_end);
						ml->m[ml->n - 1].change = KN_CHANGE_FROM;
						push_money(ml, &b, m.upper_off, m.end, m.end);
						ml->m[ml->n - 1].change = KN_CHANGE_TO;
						pos = m.end;
						continue;
					}
					{
						kn_role		fixed;
						size_t		end = figure_suffix(t, &m, &fixed);

						has_eq = scan_equiv(t, end, &eq, &after);
						push_money(ml, &m, m.start, end, has_eq ? after : end);
						ml->m[ml->n - 1].fixed_role = fixed;
						if (has_eq)
						{
							ml->m[ml->n - 1].has_equiv = 1;
							ml->m[ml->n - 1].equiv = eq;
						}
						pos = has_eq ? after : end;
					}
					continue;
				}
			}
		}
		pos += n;
	}
	return ml->n;
}

/*
 * The role from the nearest keyword: after the figure (Korean puts the noun
 * after it: "10억달러의 투자 유치") or before it ("매출은 37억 달러"), the
 * words before counting a little farther. *used_to is set to the end of a
 * keyword taken from after the figure, so the next figure does not take the
 * same word as its own.
 */
#define BEFORE_BIAS 6

static kn_role
classify(const text *t, const kn_money_mention *m, size_t before_from,
		 size_t after_to, size_t *used_to)
{
	size_t		da = 0,
				db = 0;
	const keyword *ka = keyword_after(t, m->ctx_end, after_to, role_words, &da);
	const keyword *kb = keyword_before(t, before_from, m->off, role_words, &db);

	if (ka && (!kb || da <= db + BEFORE_BIAS))
	{
		*used_to = m->ctx_end + da + strlen(ka->w);
		return (kn_role) ka->v;
	}
	return kb ? (kn_role) kb->v : KN_ROLE_OTHER;
}

/*
 * "2019년 3천120원에서 2023년 3천95원으로", "4만2천원에서 8천500원으로": X
 * followed by 에서, then within the clause a figure in the same currency
 * followed by 로 or 으로, is a change from X to Y even with words between
 * them or Y below X (the grammar reads neither as a range).
 */
#define CHANGE_GAP_BYTES 60

static void
mark_changes(const text *t, money_list *ml)
{
	size_t		i,
				j;

	for (i = 0; i + 1 < ml->n; i++)
	{
		kn_money_mention *x = &ml->m[i],
				   *y = &ml->m[i + 1];
		size_t		p = skip_spaces(t, x->ctx_end, 1);

		if (x->change != KN_CHANGE_NONE || y->change != KN_CHANGE_NONE ||
			!starts_with(t, p, "에서") ||
			strcmp(x->amount.currency, y->amount.currency) != 0 ||
			y->off > p + CHANGE_GAP_BYTES || !to_particle_at(t, y->ctx_end))
			continue;
		for (j = p; j < y->off; j++)
			if (t->s[j] == ',' || sentence_break(t, j))
				break;
		if (j < y->off)
			continue;
		x->change = KN_CHANGE_FROM;
		y->change = KN_CHANGE_TO;
	}
}

const char *
kn_change_name(kn_change c)
{
	return c == KN_CHANGE_FROM ? "from" : c == KN_CHANGE_TO ? "to" : NULL;
}

size_t
kn_extract_money(const char *s, size_t len, const kn_alloc *al,
				 kn_money_mention **out)
{
	text		t = {(const unsigned char *) s, len};
	money_list	ml = {NULL, 0, 0, al, 0};
	char_counter cc = {0, 1};
	size_t		i;

	size_t		used_to = 0,
				next_check = KN_INTERRUPT_BYTES;

	collect_money(&t, &ml);
	if (ml.too_many)
	{
		al->realloc_fn(al->ctx, ml.m, 0);
		*out = NULL;
		return KN_TOO_MANY;
	}
	mark_changes(&t, &ml);
	for (i = 0; i < ml.n && tick(al, ml.m[i].off, &next_check); i++)
	{
		kn_money_mention *m = &ml.m[i];
		size_t		before_from = i > 0 ? ml.m[i - 1].ctx_end : 0;
		size_t		after_to = i + 1 < ml.n ? ml.m[i + 1].off : len;

		if (used_to > before_from)
			before_from = used_to < m->off ? used_to : m->off;
		m->role = m->fixed_role != KN_ROLE_OTHER ? m->fixed_role :
			classify(&t, m, before_from, after_to, &used_to);
		/* "100억원에서 300억원으로 늘었다": both halves share a role */
		if (m->change == KN_CHANGE_TO && i > 0 && m->role == KN_ROLE_OTHER)
			m->role = ml.m[i - 1].role;
		m->char_pos = char_pos(&t, &cc, m->off);
	}
	/* amounts of one list share the role of the one that closed it */
	for (i = ml.n; i-- > 1;)
		if (ml.m[i - 1].ctx_end == ml.m[i - 1].off + ml.m[i - 1].len &&
			ml.m[i - 1].role == KN_ROLE_OTHER &&
			list_separator(&t, ml.m[i - 1].off + ml.m[i - 1].len, ml.m[i].off))
			ml.m[i - 1].role = ml.m[i].role;
	*out = ml.m;
	return ml.n;
}

/* ------------------------------------------------------------- quantities */

/* How a counter may follow a numeral. */
#define U_WORD 1				/* Hangul: a word end (or particle) after it */
#define U_NATIVE 2				/* also after native numerals: 두 명, 세 차례 */
#define U_ATTACH 4				/* native numeral written onto it: 두배 */
#define U_NATIVE_ONLY 8			/* only after native numerals: 한 해, 둘째 */

typedef struct unit_word
{
	const char *w;				/* a blank in it stands for one blank */
	const char *unit;
	int			flags;			/* U_* */
	const char *unless;			/* not when this follows: 1주당 is per share */
} unit_word;

/*
 * Counters and the units they give, longest match first at a position.
 * Time words are units only as durations (3년간, 3년 동안, 6개월, 두 달):
 * a bare 2024년 or 11일 is a date, not a quantity. 주 counts shares (100만
 * 주) unless it reads as weeks: 3주간, 2주 만에, 1주일, 두 주, or a bare
 * number below 100 (2주 정도; see number_quantity). 세대 counts households
 * above 20 (6만7782세대); up to 20 it names a generation, a version
 * rather than a quantity (5세대 HBM), and gives none.
 */
static const unit_word units[] = {
	{"%포인트", "percentage_points", U_WORD}, {"%p", "percentage_points", 0},
	{"%P", "percentage_points", 0}, {"퍼센트포인트", "percentage_points", U_WORD},
	{"%", "percent", 0}, {"퍼센트", "percent", U_WORD},
	{"개의 파라미터", "parameters", U_WORD}, {"개 파라미터", "parameters", U_WORD},
	{"개의 매개변수", "parameters", U_WORD}, {"개 매개변수", "parameters", U_WORD},
	{"파라미터", "parameters", U_WORD}, {"매개변수", "parameters", U_WORD},
	{"parameters", "parameters", 0}, {"params", "parameters", 0},
	{"개의 토큰", "tokens", U_WORD}, {"개 토큰", "tokens", U_WORD},
	{"토큰", "tokens", U_WORD}, {"tokens", "tokens", 0},
	{"명", "people", U_WORD | U_NATIVE}, {"사람", "people", U_WORD | U_NATIVE},
	{"회", "times", U_WORD}, {"번", "times", U_WORD | U_NATIVE},
	{"차례", "times", U_WORD | U_NATIVE | U_ATTACH},
	{"건", "cases", U_WORD | U_NATIVE}, {"개국", "countries", U_WORD},
	{"개사", "companies", U_WORD}, {"곳", "places", U_WORD | U_NATIVE | U_ATTACH},
	{"군데", "places", U_WORD | U_NATIVE}, {"개", "items", U_WORD | U_NATIVE},
	{"대", "units", U_WORD | U_NATIVE}, {"배", "multiple", U_WORD | U_NATIVE | U_ATTACH},
	{"위", "rank", U_WORD}, {"가구", "households", U_WORD},
	{"장", "cards", U_WORD | U_NATIVE}, {"종", "kinds", U_WORD},
	{"가지", "kinds", U_WORD | U_NATIVE | U_ATTACH},
	{"번째", "ordinal", U_WORD | U_NATIVE | U_ATTACH},
	{"째", "ordinal", U_WORD | U_NATIVE | U_ATTACH | U_NATIVE_ONLY},
	{"세대", "households", U_WORD}, {"나노", "nanometers", U_WORD},
	{"nm", "nanometers", 0}, {"GW", "gigawatts", 0}, {"기가와트", "gigawatts", U_WORD},
	{"MW", "megawatts", 0}, {"메가와트", "megawatts", U_WORD},
	/* durations */
	{"년간", "years", U_WORD}, {"년 동안", "years", U_WORD},
	{"년 만에", "years", U_WORD}, {"년째", "years", U_WORD},
	{"년 연속", "years", U_WORD},
	{"해", "years", U_WORD | U_NATIVE | U_NATIVE_ONLY},
	{"해 동안", "years", U_WORD | U_NATIVE | U_NATIVE_ONLY},
	{"개월", "months", U_WORD}, {"개월간", "months", U_WORD},
	{"달", "months", U_WORD | U_NATIVE},
	{"주", "shares", U_WORD, "당"},
	{"주", "weeks", U_WORD | U_NATIVE | U_NATIVE_ONLY, "인"},
	{"주일", "weeks", U_WORD | U_NATIVE}, {"주일간", "weeks", U_WORD | U_NATIVE},
	{"주일 동안", "weeks", U_WORD | U_NATIVE},
	{"주간", "weeks", U_WORD}, {"주 동안", "weeks", U_WORD | U_NATIVE},
	{"주 만에", "weeks", U_WORD | U_NATIVE}, {"주째", "weeks", U_WORD | U_NATIVE},
	{"주 연속", "weeks", U_WORD | U_NATIVE},
	{"일간", "days", U_WORD}, {"일 동안", "days", U_WORD},
	{"일 만에", "days", U_WORD}, {"일째", "days", U_WORD},
	{"일 연속", "days", U_WORD},
	{"시간", "hours", U_WORD | U_NATIVE}, {"분간", "minutes", U_WORD},
	{"분 동안", "minutes", U_WORD}, {"분 만에", "minutes", U_WORD},
	{"초", "seconds", U_WORD},
	{NULL, NULL, 0}
};

/*
 * The counter at off, the longest that may follow the numeral (native:
 * a native Korean numeral), or NULL; *end is where it stops.
 */
static const unit_word *
unit_at(const text *t, size_t off, int native, size_t *end)
{
	static kn_word_index ix;
	const unit_word *best = NULL;
	size_t		best_len = 0,
				cn;
	int			k,
				from,
				to;

	if (!ix.built)
		kn_word_index_build(&ix, units, sizeof(units[0]),
							sizeof(units) / sizeof(units[0]));
	*end = off;
	if (off >= t->len)
		return NULL;
	kn_word_index_find(&ix, cp_at(t, off, &cn), &from, &to);
	for (k = from; k < to; k++)
	{
		int			i = ix.idx[k];
		size_t		n = strlen(units[i].w);
		size_t		e = off + n;

		if (n <= best_len || !starts_with(t, off, units[i].w) ||
			(native ? !(units[i].flags & U_NATIVE) : (units[i].flags & U_NATIVE_ONLY)))
			continue;
		if ((units[i].flags & U_WORD) ? !word_ends_at(t, e)
			: (e < t->len && is_alpha(t->s[e]) && is_alpha(t->s[e - 1])))
			continue;
		if (units[i].unless && starts_with(t, e, units[i].unless))
			continue;
		best = &units[i];
		best_len = n;
	}
	*end = off + best_len;
	return best;
}


static const keyword measure_words[] = {
	{"지분", 1}, {"사용자", 2}, {"이용자", 2}, {"가입자", 2}, {"유저", 2},
	{"MAU", 2}, {"WAU", 2}, {"DAU", 2}, {"다운로드", 3}, {"내려받", 3},
	{"증가", 4}, {"성장", 4}, {"상승", 4}, {"늘어", 4}, {"늘었", 4},
	{"급증", 4}, {"뛰었", 4}, {"올랐", 4},
	{NULL, 0}
};

static const char *const measure_names[] = {
	NULL, "stake", "users", "downloads", "growth"
};

static const keyword period_words[] = {
	{"주간", 1}, {"WAU", 1}, {"월간", 2}, {"MAU", 2}, {"일간", 3},
	{"일일", 3}, {"하루", 3}, {"DAU", 3}, {"연간", 4},
	{NULL, 0}
};

static const char *const period_names[] = {
	NULL, "weekly", "monthly", "daily", "yearly"
};

typedef struct span
{
	size_t		from;
	size_t		to;
} span;

static void
describe_quantity(const text *t, kn_quantity_mention *q, size_t end)
{
	size_t		db = 0,
				da = 0,
				dp = 0;
	size_t		next = end;
	const keyword *kb = keyword_before(t, 0, q->off, measure_words, &db);
	const keyword *ka;
	const keyword *k = kb;

	/* words after a figure belong to it only up to the next figure */
	while (next < t->len && next < end + AFTER_BYTES && !is_digit(t->s[next]))
		next++;
	ka = keyword_after(t, end, next, measure_words, &da);
	if (ka && (!kb || da < db))
		k = ka;
	q->measure = k ? measure_names[k->v] : NULL;
	q->period = NULL;
	if (k && (k->v == 2 || k->v == 3))
	{
		const keyword *p = keyword_before(t, 0, q->off, period_words, &dp);

		if (p)
			q->period = period_names[p->v];
	}
}

/* A quantity found at a position, before its qualifiers are read. */
typedef struct found_quantity
{
	kn_dec		lower;
	kn_dec		upper;
	int			approx;
	const char *unit;
	size_t		start;			/* of its surface (제 of 제3) */
	size_t		end;			/* past its counter */
} found_quantity;

static void
set_int(kn_dec *d, int v)
{
	d->m = v;
	d->scale = 0;
}

/*
 * After a counter that follows a native numeral, only a particle or the
 * end of the word: the followers of a figure (word_ends_at) also let
 * through syllables that make a counter part of a noun there: 한 개인,
 * 한 개선, 두 주인공, 한 장면.
 */
static const char *const native_followers[] = {
	"이", "가", "은", "는", "을", "를", "의", "에", "도", "만", "씩", "로",
	"으로", "과", "와", "나", "뿐", "밖에", "쯤", "정도", "가량", "까지",
	"부터", "보다", "처럼", "만큼", "이상", "이하", "남짓", "이며", "이고",
	"이다", "입", "째", "에서", "에게", "이나", "이라", "다", "였", "요",
	NULL
};

static int
native_word_ends_at(const text *t, size_t off)
{
	size_t		n;
	int			i;

	if (off >= t->len || !is_hangul(cp_at(t, off, &n)))
		return 1;
	for (i = 0; native_followers[i]; i++)
		if (starts_with(t, off, native_followers[i]))
			return 1;
	return 0;
}

/*
 * 한 after an object is the verb 하다 (계약을 한 곳, 투자를 한 사람), not
 * "one", before the counters that also mean "place" or "person".
 */
static int
verb_han(const text *t, size_t pos, size_t e, const unit_word *uw)
{
	if (e - pos != strlen("한") || !starts_with(t, pos, "한") || pos < 4 ||
		t->s[pos - 1] != ' ' ||
		!(strcmp(uw->unit, "places") == 0 || strcmp(uw->unit, "people") == 0))
		return 0;
	return (pos >= 4 && (starts_with(t, pos - 4, "을") || starts_with(t, pos - 4, "를")));
}

/* The cardinal forms, which stand alone and take no counter (하나 주고). */
static int
native_cardinal_before(const text *t, size_t e)
{
	static const char *const cardinals[] = {"하나", "둘", "셋", "넷", NULL};
	int			i;

	for (i = 0; cardinals[i]; i++)
	{
		size_t		n = strlen(cardinals[i]);

		if (e >= n && memcmp(t->s + e - n, cardinals[i], n) == 0)
			return 1;
	}
	return 0;
}

/*
 * 첫째, 첫 번째; a native numeral and its counter: 직원 스물다섯 명, 두 배,
 * 세 차례, 한 곳, 두세 명 (2..3), 둘째. The numeral is a word of its own,
 * but a few counters are also written onto it (두배, 세번째); never 세배
 * (a New Year's bow) or 세대 (a generation).
 */
static int
native_quantity(const text *t, size_t pos, found_quantity *f)
{
	static const char *const firsts[] = {"첫째", "첫 번째", "첫번째", NULL};
	int			lo,
				hi,
				i;
	size_t		e,
				u,
				uend;
	const unit_word *uw;

	for (i = 0; starts_with(t, pos, "첫") && firsts[i]; i++)
		if (starts_with(t, pos, firsts[i]) && word_ends_at(t, pos + strlen(firsts[i])))
		{
			set_int(&f->lower, 1);
			f->upper = f->lower;
			f->approx = 0;
			f->unit = "ordinal";
			f->start = pos;
			f->end = pos + strlen(firsts[i]);
			return 1;
		}
	if (!kn_scan_native((const char *) t->s, t->len, pos, &lo, &hi, &e))
		return 0;
	u = skip_spaces(t, e, 1);
	uw = unit_at(t, u, 1, &uend);
	if (uw && verb_han(t, pos, e, uw))
		return 0;
	if (uw == NULL || (u == e && (!(uw->flags & U_ATTACH) || starts_with(t, pos, "세배"))) ||
		!native_word_ends_at(t, uend) ||
		(native_cardinal_before(t, e) && strcmp(uw->w, "째") != 0))
		return 0;
	set_int(&f->lower, lo);
	set_int(&f->upper, hi);
	f->approx = lo != hi;
	f->unit = uw->unit;
	f->start = pos;
	f->end = uend;
	return 1;
}

/*
 * 10%~20%: the counter written after both bounds. a is the first bound,
 * uw its counter, ending at *end; the range's upper bound goes to f.
 */
static void
counter_range(const text *t, const kn_amount_scan *a, const unit_word *uw,
			  found_quantity *f)
{
	size_t		r = skip_spaces(t, f->end, 1);
	kn_amount_scan b;
	size_t		rs,
				u2end;
	const unit_word *uw2;

	if (r >= t->len || !(t->s[r] == '~' || t->s[r] == '-' ||
						 starts_with(t, r, "\xe2\x88\xbc")))
		return;
	rs = r + (t->s[r] == '~' || t->s[r] == '-' ? 1 : 3);
	if (kn_scan_amount((const char *) t->s, t->len, rs, &b) != KN_OK ||
		b.upper_off != 0 || b.fraction || kn_dec_cmp(&a->lower, &b.lower) > 0)
		return;
	uw2 = unit_at(t, skip_spaces(t, b.end, 1), 0, &u2end);
	if (uw2 && uw2->unit == uw->unit)
	{
		f->upper = b.lower;
		f->end = u2end;
	}
}

/*
 * The grammar reads 30일 as no amount (일 right after digits is a date, or
 * the particle of 1억원일), so 30일간 and 5일 만에 are read here: the
 * digits alone, when a day counter follows them.
 */
static int
digits_before_day(const text *t, size_t pos, kn_amount_scan *a)
{
	size_t		e = pos,
				uend;
	kn_error	err;
	const unit_word *uw;

	while (e < t->len && (is_digit(t->s[e]) || t->s[e] == ',' || t->s[e] == '.'))
		e++;
	uw = unit_at(t, e, 0, &uend);
	if (uw == NULL || strcmp(uw->unit, "days") != 0)
		return 0;
	memset(a, 0, sizeof(*a));
	if (kn_parse_number((const char *) t->s + pos, e - pos, &a->lower, &err) != KN_OK)
		return 0;
	a->upper = a->lower;
	a->start = pos;
	a->end = a->lower_end = e;
	return 1;
}

/*
 * A number at pos (digits, or Hangul numerals with a unit) and what makes
 * it a quantity: a counter after it; or it is a fraction (3분의 1); or 제
 * stands before it (제3, 제2의: an ordinal, whatever counter follows).
 */
static int
number_quantity(const text *t, size_t pos, found_quantity *f)
{
	static const kn_dec hundred = {100, 0},
				twenty = {20, 0};
	kn_amount_scan a;
	size_t		uend;
	const unit_word *uw;
	int			ordinal = pos >= 3 && t->s[pos - 1] != ' ' &&
		starts_with(t, pos - 3, "제") && hangul_word_start(t, pos - 3);

	if (kn_scan_amount((const char *) t->s, t->len, pos, &a) != KN_OK &&
		!digits_before_day(t, pos, &a))
		return 0;
	if (a.end <= pos || !(is_digit(t->s[pos]) || a.has_units || a.fraction))
		return 0;
	f->lower = a.lower;
	f->upper = a.upper;
	f->approx = a.approx;
	f->start = ordinal ? pos - 3 : pos;
	if (a.fraction)
	{
		f->unit = "fraction";
		f->end = a.end;
		return 1;
	}
	uw = unit_at(t, skip_spaces(t, a.end, 1), 0, &uend);
	if (uw == NULL && !(ordinal && word_ends_at(t, a.end)))
		return 0;

	/*
	 * One Hangul numeral written onto its counter is a word: 십대 (teens),
	 * 만장일치, 만주, 천주. (수십 명, 몇 만대, 1만장 are figures.)
	 */
	if (uw && !is_digit(t->s[pos]) && a.end - pos == 3 && uend - strlen(uw->w) == a.end)
		return 0;
	f->unit = ordinal ? "ordinal" : uw->unit;
	if (uw && strcmp(f->unit, "shares") == 0 && !a.has_units &&
		kn_dec_cmp(&a.upper, &hundred) < 0)
		f->unit = "weeks";
	if (uw && strcmp(f->unit, "households") == 0 && strcmp(uw->w, "세대") == 0 &&
		kn_dec_cmp(&a.upper, &twenty) <= 0)
		return 0;
	f->end = uw ? uend : a.end;
	if (uw && !ordinal && a.upper_off == 0)
		counter_range(t, &a, uw, f);
	return 1;
}

/*
 * May a native numeral start with syllable cp? (The first syllables of
 * the numerals of kn_scan_native, and of 첫.)
 */
static int
native_lead(uint32_t cp)
{
	static kn_char_set set = KN_CHAR_SET("하한둘두셋세넷네다여일아열스서마쉰예너대첫");

	return kn_char_set_has(&set, cp);
}

/*
 * Where a quantity may start at a Hangul word start, and which reading
 * to try: 수백만 명 and 백만 명 (Sino numerals that carry a unit), 삼분의 일,
 * the native numerals, 절반.
 */
static int
hangul_quantity(const text *t, size_t pos, uint32_t cp, found_quantity *f)
{
	static kn_char_set carry_units = KN_CHAR_SET("수십백천만억"),
				bun = KN_CHAR_SET("분");

	if (kn_char_set_has(&carry_units, cp))
		return number_quantity(t, pos, f);
	if (starts_with(t, pos, "절반"))
	{
		if (!word_ends_at(t, pos + strlen("절반")))
			return 0;
		f->lower.m = 5;
		f->lower.scale = 1;
		f->upper = f->lower;
		f->approx = 0;
		f->unit = "fraction";
		f->start = pos;
		f->end = pos + strlen("절반");
		return 1;
	}
	if (kn_char_set_has(&bun, kn_syllable_at(t->s + pos + 3, t->s + t->len)) &&
		numeral_syllable(cp) && starts_with(t, pos + 3, "분의"))
		return number_quantity(t, pos, f);
	return native_lead(cp) && native_quantity(t, pos, f);
}

/* The mention of f, with its qualifiers before and after. */
static void
take_quantity(const text *t, const found_quantity *f, kn_quantity_mention *q)
{
	const qualifier_words *qw = qualifiers();
	int			pq = -1,
				i;
	size_t		start = lookback_prefix(t, f->start, &pq);
	size_t		end = f->end,
				sp = skip_spaces(t, end, 1);

	memset(q, 0, sizeof(*q));
	q->lower = f->lower;
	q->upper = f->upper;
	q->unit = f->unit;
	q->qual = f->approx ? KN_Q_APPROX : KN_Q_EXACT;
	if (pq >= 0)
		q->qual = (kn_qualifier) pq;
	/* 지분 10%가량, 100명 이상 */
	for (i = 0; i < qw->n_after; i++)
	{
		const qualifier_word *e = &qw->after[i];

		if (sp + e->n <= t->len && memcmp(t->s + sp, e->w, e->n) == 0 &&
			word_ends_at(t, sp + e->n))
		{
			if (q->qual == KN_Q_EXACT || e->qual == KN_Q_APPROX)
				q->qual = (kn_qualifier) e->qual;
			end = sp + e->n;
			break;
		}
	}
	q->off = start;
	q->len = end - start;
	describe_quantity(t, q, end);
}

size_t
kn_extract_quantities(const char *s, size_t len, const kn_alloc *al,
					  kn_quantity_mention **out)
{
	text		t = {(const unsigned char *) s, len};
	money_list	ml = {NULL, 0, 0, al, 0};
	kn_quantity_mention *qs = NULL;
	size_t		nq = 0,
				cap = 0,
				mi = 0,
				pos = 0;
	char_counter cc = {0, 1};
	size_t		next_check = KN_INTERRUPT_BYTES;

	/* money is not a quantity: its spans are skipped */
	collect_money(&t, &ml);
	if (ml.too_many)
	{
		al->realloc_fn(al->ctx, ml.m, 0);
		*out = NULL;
		return KN_TOO_MANY;
	}

	while (pos < len && tick(al, pos, &next_check))
	{
		unsigned char c = t.s[pos];
		size_t		n = 1;
		int			got = 0;
		found_quantity f;

		while (mi < ml.n && ml.m[mi].ctx_end <= pos)
			mi++;
		if (mi < ml.n && pos >= ml.m[mi].off)
		{
			pos = ml.m[mi].ctx_end;
			continue;
		}
		if (is_digit(c))
		{
			if (number_starts_at(&t, pos))
				got = number_quantity(&t, pos, &f);
			/* not a quantity: skip the number so its digits are not retried */
			while (!got && pos + n < len && (is_digit(t.s[pos + n]) ||
											 t.s[pos + n] == '.' || t.s[pos + n] == ','))
				n++;
		}
		else if (c >= 0xEA && c <= 0xED)
		{
			n = lead_len(&t, pos);
			if (hangul_word_start(&t, pos))
				got = hangul_quantity(&t, pos, cp_at(&t, pos, &n), &f);
		}
		else if (c >= 0x80)
			n = lead_len(&t, pos);
		else if (is_alpha(c))
		{
			while (pos + n < len && (is_alpha(t.s[pos + n]) || is_digit(t.s[pos + n])))
				n++;
		}
		if (got && (mi >= ml.n || f.end <= ml.m[mi].off))
		{
			kn_quantity_mention *q;

			if (nq >= KN_MAX_MENTIONS)
			{
				if (ml.m)
					al->realloc_fn(al->ctx, ml.m, 0);
				al->realloc_fn(al->ctx, qs, 0);
				*out = NULL;
				return KN_TOO_MANY;
			}
			qs = grow(al, qs, &cap, nq + 1, sizeof(*qs));
			q = &qs[nq++];
			take_quantity(&t, &f, q);
			q->char_pos = char_pos(&t, &cc, q->off);
			pos = q->off + q->len;
			continue;
		}
		pos += n;
	}
	if (ml.m)
		al->realloc_fn(al->ctx, ml.m, 0);
	*out = qs;
	return nq;
}
