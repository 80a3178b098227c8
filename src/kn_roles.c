/*
 * kn_roles.c - what a money figure is (valuation, investment, revenue,
 * ...): the role keywords and where in the clause they may stand, and the
 * keyword look-ups the quantities use for their measures too.
 */
#include <string.h>

#include "kn_extract_int.h"

/* The grammar's qualifier words, split and measured once (kn_extract_int.h). */
const qualifier_words *
kn_qualifiers(void)
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

		if (after && qw.n_after_all < 32)
			qw.after_all[qw.n_after_all++] = w;
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

/*
 * Longest keyword starting at off, or NULL. Each table gets an index by
 * first code point, built on first use (one per backend; tables are static).
 */
#define N_KEYWORD_TABLES 3
static const keyword role_words[];
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
const keyword *
kn_keyword_after(const text *t, size_t from, size_t to, const keyword *table,
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
const keyword *
kn_keyword_before(const text *t, size_t from, size_t to, const keyword *table,
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

/*
 * The role from the nearest keyword: after the figure (Korean puts the noun
 * after it: "10억달러의 투자 유치") or before it ("매출은 37억 달러"), the
 * words before counting a little farther. *used_to is set to the end of a
 * keyword taken from after the figure, so the next figure does not take the
 * same word as its own.
 */
#define BEFORE_BIAS 6

kn_role
kn_money_role(const text *t, const kn_money_mention *m, size_t before_from,
		 size_t after_to, size_t *used_to)
{
	size_t		da = 0,
				db = 0;
	const keyword *ka = kn_keyword_after(t, m->ctx_end, after_to, role_words, &da);
	const keyword *kb = kn_keyword_before(t, before_from, m->off, role_words, &db);

	if (ka && (!kb || da <= db + BEFORE_BIAS))
	{
		*used_to = m->ctx_end + da + strlen(ka->w);
		return (kn_role) ka->v;
	}
	return kb ? (kn_role) kb->v : KN_ROLE_OTHER;
}

void
kn_describe_quantity(const text *t, kn_quantity_mention *q, size_t end)
{
	size_t		db = 0,
				da = 0,
				dp = 0;
	size_t		next = end;
	const keyword *kb = kn_keyword_before(t, 0, q->off, measure_words, &db);
	const keyword *ka;
	const keyword *k = kb;

	/* words after a figure belong to it only up to the next figure */
	while (next < t->len && next < end + AFTER_BYTES && !is_digit(t->s[next]))
		next++;
	ka = kn_keyword_after(t, end, next, measure_words, &da);
	if (ka && (!kb || da < db))
		k = ka;
	q->measure = k ? measure_names[k->v] : NULL;
	q->period = NULL;
	if (k && (k->v == 2 || k->v == 3))
	{
		const keyword *p = kn_keyword_before(t, 0, q->off, period_words, &dp);

		if (p)
			q->period = period_names[p->v];
	}
}
