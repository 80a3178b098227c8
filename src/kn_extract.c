/*
 * kn_extract.c - money figures in running Korean text (quantities are
 * kn_quantity.c, roles kn_roles.c).
 *
 * Pure C over UTF-8 (see kn_extract.h). The scan looks at each byte once to
 * find candidates; the grammar (kn_grammar.c) is asked only at candidates,
 * which are rare, so the cost stays close to a plain scan of the text.
 */
#include <string.h>

#include "kn_extract_int.h"
#include "kn_particles.h"

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

/* ---------------------------------------------------------- word ends */

#define MAX_FOLLOWERS 256

/* Append the NULL-terminated list to words (up to MAX_FOLLOWERS). */
static void
add_followers(const char **words, size_t *n, const char *const *list)
{
	for (; *list && *n < MAX_FOLLOWERS; list++)
		words[(*n)++] = *list;
}

int
kn_word_ends_at(const text *t, size_t off)
{
	static const char *words[MAX_FOLLOWERS];
	static kn_word_index ix;
	size_t		n;
	uint32_t	cp = cp_at(t, off, &n);
	int			i,
				from,
				to;

	if (off >= t->len || !is_hangul(cp))
		return 1;
	if (!ix.built)
	{
		const qualifier_words *qw = qualifiers();
		size_t		nw = 0;

		add_followers(words, &nw, kn_particles_first);
		add_followers(words, &nw, kn_particles_middle);
		add_followers(words, &nw, kn_particles_last);
		add_followers(words, &nw, kn_copula_openings);
		add_followers(words, &nw, kn_figure_suffixes);
		for (i = 0; i < qw->n_after_all && nw < MAX_FOLLOWERS; i++)
			words[nw++] = qw->after_all[i];
		kn_word_index_build(&ix, words, sizeof(words[0]), nw);
	}
	kn_word_index_find(&ix, cp, &from, &to);
	for (i = from; i < to; i++)
		if (starts_with(t, off, words[ix.idx[i]]))
			return 1;
	return 0;
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
	else if (starts_with(t, p, "（"))
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
	else if (starts_with(t, q, "）"))
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
	return !(is_hangul(cp) || kn_is_punctuation(cp));
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

		if (cw->flags != 0 || cw->exp != 0 || !kn_syllable_lead((unsigned char) cw->text[0]))
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
	static const char *const seps[] = {",", "·", "、", "/",
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

	if (kn_currency_sign_leads()[c] && kn_currency_sign(cp_at(t, off, &p)))
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


/*
 * 한 푼, 두세 푼, 서 푼짜리: a native numeral (or 서, 너, the forms these
 * take before old measures) and a coin of kn_currency.c flagged
 * KN_CW_NATIVE_ONLY, which then ends the word or takes a particle. Fills m
 * and returns 1.
 */
/* The KN_CW_NATIVE_ONLY words of kn_currency.c (푼), gathered once. */
static const kn_currency_word *coins[4];
static size_t coin_len[4];
static int	ncoins = -1;

static void
gather_coins(void)
{
	size_t		k;

	ncoins = 0;
	for (k = 0; k < kn_n_currency_words && ncoins < 4; k++)
		if (kn_currency_words[k].flags & KN_CW_NATIVE_ONLY)
		{
			coin_len[ncoins] = strlen(kn_currency_words[k].text);
			coins[ncoins++] = &kn_currency_words[k];
		}
}

/* Does the text hold a coin word at all? Most news never does. */
static int
coins_in_text(const text *t)
{
	int			i;

	if (ncoins < 0)
		gather_coins();
	for (i = 0; i < ncoins; i++)
	{
		const unsigned char *p = t->s,
				   *end = t->s + t->len;

		while ((p = memchr(p, coins[i]->text[0], end - p)) != NULL)
		{
			if ((size_t) (end - p) >= coin_len[i] &&
				memcmp(p, coins[i]->text, coin_len[i]) == 0)
				return 1;
			p++;
		}
	}
	return 0;
}

static int
coin_at(const text *t, size_t pos, kn_money *m)
{
	int			lo,
				hi,
				i;
	size_t		e;

	if (starts_with(t, pos, "서") || starts_with(t, pos, "너"))
	{
		lo = hi = starts_with(t, pos, "서") ? 3 : 4;
		e = pos + strlen("서");
	}
	else if (!kn_scan_native((const char *) t->s, t->len, pos, &lo, &hi, &e))
		return 0;
	if (e < t->len && t->s[e] == ' ')
		e++;
	for (i = 0; i < ncoins; i++)
	{
		const kn_currency_word *cw = coins[i];
		size_t		end = e + coin_len[i];

		if (!starts_with(t, e, cw->text) || !word_ends_at(t, end))
			continue;
		memset(m, 0, sizeof(*m));
		m->lower.m = lo;
		m->upper.m = hi;
		m->lower.scale = m->upper.scale = -cw->exp;
		memcpy(m->currency, cw->code, 4);
		m->qual = lo == hi ? KN_Q_EXACT : KN_Q_APPROX;
		m->start = pos;
		m->end = end;
		m->lower_end = lo == hi ? end : e;
		m->upper_off = lo == hi ? 0 : pos;
		return 1;
	}
	return 0;
}

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
	ml->m = kn_grow(ml->al, ml->m, &ml->cap, ml->n + 1, sizeof(kn_money_mention));
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
size_t
kn_collect_money(const text *t, money_list *ml)
{
	size_t		pos = 0;
	kn_money	pending[MAX_PENDING];
	size_t		npending = 0,
				next_check = KN_INTERRUPT_BYTES;
	const unsigned char *sign_lead = kn_currency_sign_leads();
	int			coins = coins_in_text(t);

	while (pos < t->len && !ml->too_many && kn_tick(ml->al, pos, &next_check))
	{
		unsigned char c = t->s[pos];
		size_t		n = 1;
		int			cand = 0,
					hangul_cand = 0;

		if (is_digit(c))
			cand = number_starts_at(t, pos);
		else if (kn_syllable_lead(c))
		{
			n = lead_len(t, pos);
			if (hangul_word_start(t, pos))
			{
				uint32_t	cp = cp_at(t, pos, &n);

				cand = numeral_syllable(cp);
				hangul_cand = cand;
				if (!cand && coins && (kn_native_may_start(cp) ||
									   cp == KN_CP("서") || cp == KN_CP("너")))
				{
					kn_money	m;

					if (coin_at(t, pos, &m))
					{
						kn_role		fixed;
						size_t		end = figure_suffix(t, &m, &fixed);

						npending = 0;
						push_money(ml, &m, m.start, end, end);
						ml->m[ml->n - 1].fixed_role = fixed;
						pos = end;
						continue;
					}
				}
			}
		}
		else if (sign_lead[c] || is_alpha(c))
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

/*
 * Roles, changes and character positions of the collected list ml (not
 * too many), which becomes *out.
 */
static size_t
money_finish(const text *t, money_list *ml, kn_money_mention **out)
{
	const kn_alloc *al = ml->al;
	kn_char_counter cc = KN_CHAR_COUNTER_INIT;
	size_t		i;

	size_t		used_to = 0,
				next_check = KN_INTERRUPT_BYTES;

	mark_changes(t, ml);
	for (i = 0; i < ml->n && kn_tick(al, ml->m[i].off, &next_check); i++)
	{
		kn_money_mention *m = &ml->m[i];
		size_t		before_from = i > 0 ? ml->m[i - 1].ctx_end : 0;
		size_t		after_to = i + 1 < ml->n ? ml->m[i + 1].off : t->len;

		if (used_to > before_from)
			before_from = used_to < m->off ? used_to : m->off;
		m->role = m->fixed_role != KN_ROLE_OTHER ? m->fixed_role :
			kn_money_role(t, m, before_from, after_to, &used_to);
		/* "100억원에서 300억원으로 늘었다": both halves share a role */
		if (m->change == KN_CHANGE_TO && i > 0 && m->role == KN_ROLE_OTHER)
			m->role = ml->m[i - 1].role;
		m->char_pos = kn_char_pos(&cc, t->s, t->len, m->off);
	}
	/* amounts of one list share the role of the one that closed it */
	for (i = ml->n; i-- > 1;)
		if (ml->m[i - 1].ctx_end == ml->m[i - 1].off + ml->m[i - 1].len &&
			ml->m[i - 1].role == KN_ROLE_OTHER &&
			list_separator(t, ml->m[i - 1].off + ml->m[i - 1].len, ml->m[i].off))
			ml->m[i - 1].role = ml->m[i].role;
	*out = ml->m;
	return ml->n;
}

size_t
kn_extract_money(const char *s, size_t len, const kn_alloc *al,
				 kn_money_mention **out)
{
	text		t = {(const unsigned char *) s, len};
	money_list	ml = {NULL, 0, 0, al, 0};

	kn_collect_money(&t, &ml);
	if (ml.too_many)
	{
		al->realloc_fn(al->ctx, ml.m, 0);
		*out = NULL;
		return KN_TOO_MANY;
	}
	return money_finish(&t, &ml, out);
}

size_t
kn_extract_figures(const char *s, size_t len, const kn_alloc *al,
				   kn_money_mention **money, size_t *nmoney,
				   kn_quantity_mention **quantities, size_t *nquantities)
{
	text		t = {(const unsigned char *) s, len};
	money_list	ml = {NULL, 0, 0, al, 0};

	*money = NULL;
	*quantities = NULL;
	*nmoney = *nquantities = 0;
	kn_collect_money(&t, &ml);
	/* the quantities read the list's spans, which finishing leaves alone */
	if (!ml.too_many)
		*nquantities = kn_quantities_outside(&t, &ml, quantities);
	if (ml.too_many || *nquantities == KN_TOO_MANY)
	{
		if (ml.m)
			al->realloc_fn(al->ctx, ml.m, 0);
		*nquantities = 0;
		return KN_TOO_MANY;
	}
	*nmoney = money_finish(&t, &ml, money);
	return *nmoney + *nquantities;
}
