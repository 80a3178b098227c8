/*
 * kn_quantity.c - quantities in running Korean text: a number and its
 * counter (명, 배, 장, 번째, 년간, ...), native Korean numerals, fractions,
 * ordinals and durations, with their qualifiers and measures.
 */
#include <string.h>

#include "kn_counters.h"
#include "kn_extract_int.h"
#include "kn_particles.h"

/* ------------------------------------------------------------- quantities */


/*
 * The counter at off, the longest that may follow the numeral (native:
 * a native Korean numeral), or NULL; *end is where it stops.
 */
static const kn_counter_word *
unit_at(const text *t, size_t off, int native, size_t *end)
{
	static kn_word_index ix;
	const kn_counter_word *best = NULL;
	size_t		best_len = 0,
				cn;
	int			k,
				from,
				to;

	if (!ix.built)
		kn_word_index_build(&ix, kn_counter_words, sizeof(kn_counter_words[0]),
							kn_n_counter_words);
	*end = off;
	if (off >= t->len)
		return NULL;
	kn_word_index_find(&ix, cp_at(t, off, &cn), &from, &to);
	for (k = from; k < to; k++)
	{
		const kn_counter_word *c = &kn_counter_words[ix.idx[k]];
		size_t		n = strlen(c->w);
		size_t		e = off + n;

		if (c->unit == NULL || n <= best_len || !starts_with(t, off, c->w) ||
			(native ? !(c->flags & KN_CT_NATIVE) : (c->flags & KN_CT_NATIVE_ONLY)))
			continue;
		if ((c->flags & KN_CT_WORD) ? !word_ends_at(t, e)
			: (e < t->len && is_alpha(t->s[e]) && is_alpha(t->s[e - 1])))
			continue;
		if (c->unless && starts_with(t, e, c->unless))
			continue;
		best = c;
		best_len = n;
	}
	*end = off + best_len;
	return best;
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
 * 한 개선, 두 주인공, 한 장면. So here: the particles, the strict copula
 * openings (kn_particles.h), 씩, 째 and the qualifier words after a figure.
 */
static int
native_word_ends_at(const text *t, size_t off)
{
	static const char *const own[] = {"씩", "째", NULL};
	const char *const *lists[] = {
		kn_particles_first, kn_particles_middle, kn_particles_last,
		kn_copula_openings_strict, own
	};
	const qualifier_words *qw = qualifiers();
	size_t		n,
				l;
	int			i;

	if (off >= t->len || !is_hangul(cp_at(t, off, &n)))
		return 1;
	for (l = 0; l < sizeof(lists) / sizeof(lists[0]); l++)
		for (i = 0; lists[l][i]; i++)
			if (starts_with(t, off, lists[l][i]))
				return 1;
	for (i = 0; i < qw->n_after_all; i++)
		if (starts_with(t, off, qw->after_all[i]))
			return 1;
	return 0;
}

/*
 * 한 after an object is the verb 하다 (계약을 한 곳, 투자를 한 사람), not
 * "one", before the counters that also mean "place" or "person".
 */
static int
verb_han(const text *t, size_t pos, size_t e, const kn_counter_word *uw)
{
	static const char *const objects[] = {"을", "를", NULL};

	return e - pos == strlen("한") && starts_with(t, pos, "한") && pos > 0 &&
		t->s[pos - 1] == ' ' && word_ends_with(t, pos - 1, objects) &&
		(strcmp(uw->unit, "places") == 0 || strcmp(uw->unit, "people") == 0);
}

/* The cardinal forms, which stand alone and take no counter (하나 주고). */
static int
native_cardinal_before(const text *t, size_t e)
{
	static const char *const cardinals[] = {"하나", "둘", "셋", "넷", NULL};

	return word_ends_with(t, e, cardinals);
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
	const kn_counter_word *uw;

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
	if (uw == NULL || (u == e && (!(uw->flags & KN_CT_ATTACH) || starts_with(t, pos, "세배"))) ||
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
counter_range(const text *t, const kn_amount_scan *a, const kn_counter_word *uw,
			  found_quantity *f)
{
	size_t		r = skip_spaces(t, f->end, 1);
	kn_amount_scan b;
	size_t		rs,
				u2end;
	const kn_counter_word *uw2;

	if (r >= t->len || !(t->s[r] == '~' || t->s[r] == '-' ||
						 starts_with(t, r, "∼")))
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
	const kn_counter_word *uw;

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
	const kn_counter_word *uw;
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
	kn_describe_quantity(t, q, end);
}

/*
 * The quantities of t outside the money spans of ml (collected, not too
 * many); KN_TOO_MANY when there are too many, with *out NULL. ml is left
 * as it was.
 */
size_t
kn_quantities_outside(const text *t, const money_list *ml, kn_quantity_mention **out)
{
	const kn_alloc *al = ml->al;
	size_t		len = t->len;
	kn_quantity_mention *qs = NULL;
	size_t		nq = 0,
				cap = 0,
				mi = 0,
				pos = 0;
	kn_char_counter cc = KN_CHAR_COUNTER_INIT;
	size_t		next_check = KN_INTERRUPT_BYTES;
	int			too_many = 0;

	/* money is not a quantity: its spans are skipped */
	while (pos < len && kn_tick(al, pos, &next_check))
	{
		unsigned char c = t->s[pos];
		size_t		n = 1;
		int			got = 0;
		found_quantity f;

		while (mi < ml->n && ml->m[mi].ctx_end <= pos)
			mi++;
		if (mi < ml->n && pos >= ml->m[mi].off)
		{
			pos = ml->m[mi].ctx_end;
			continue;
		}
		if (is_digit(c))
		{
			if (number_starts_at(t, pos))
				got = number_quantity(t, pos, &f);
			/* not a quantity: skip the number so its digits are not retried */
			while (!got && pos + n < len && (is_digit(t->s[pos + n]) ||
											 t->s[pos + n] == '.' || t->s[pos + n] == ','))
				n++;
		}
		else if (kn_syllable_lead(c))
		{
			n = lead_len(t, pos);
			if (hangul_word_start(t, pos))
				got = hangul_quantity(t, pos, cp_at(t, pos, &n), &f);
		}
		else if (c >= 0x80)
			n = lead_len(t, pos);
		else if (is_alpha(c))
		{
			while (pos + n < len && (is_alpha(t->s[pos + n]) || is_digit(t->s[pos + n])))
				n++;
		}
		if (got && (mi >= ml->n || f.end <= ml->m[mi].off))
		{
			kn_quantity_mention *q;

			if (nq >= KN_MAX_MENTIONS)
			{
				too_many = 1;	/* one way out, below */
				break;
			}
			qs = kn_grow(al, qs, &cap, nq + 1, sizeof(*qs));
			q = &qs[nq++];
			take_quantity(t, &f, q);
			q->char_pos = kn_char_pos(&cc, t->s, t->len, q->off);
			pos = q->off + q->len;
			continue;
		}
		pos += n;
	}
	if (too_many)
	{
		/* nothing is returned */
		if (qs)
			al->realloc_fn(al->ctx, qs, 0);
		*out = NULL;
		return KN_TOO_MANY;
	}
	*out = qs;
	return nq;
}

size_t
kn_extract_quantities(const char *s, size_t len, const kn_alloc *al,
					  kn_quantity_mention **out)
{
	text		t = {(const unsigned char *) s, len};
	money_list	ml = {NULL, 0, 0, al, 0};
	size_t		n = KN_TOO_MANY;

	*out = NULL;
	kn_collect_money(&t, &ml);
	if (!ml.too_many)
		n = kn_quantities_outside(&t, &ml, out);
	if (ml.m)
		al->realloc_fn(al->ctx, ml.m, 0);
	return n;
}
