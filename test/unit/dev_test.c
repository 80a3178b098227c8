/*
 * dev_test.c - extract_money and extract_quantities against the dev
 * corpora, under ASan/UBSan.
 *
 * test/fixtures/money_dev.tsv holds news-style sentences written by us, one
 * class of input each (endings, ranges, changes, traps, Latin, currencies,
 * denominations, vague amounts, equivalents, roles), with the figures a
 * reader sees: value or range and currency, role, and for a change "from"
 * or "to". Every sentence must give exactly its figures (one TAP line each);
 * roles must be right for at least 90 % of the figures, and the changes
 * marked. Then every ending after every currency word and sign, with and
 * without a blank before the currency, keeps its figure.
 *
 * test/fixtures/quantity_dev.tsv, beside it, does the same for the
 * quantities: counters, percentages, native numerals, ordinals, fractions,
 * durations, and the traps (dates, times, versions, words that look like
 * a numeral and a counter).
 *
 * Usage: dev_test test/fixtures/money_dev.tsv [-v]  (-v: print the misses)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kn_extract.h"
#include "kn_particles.h"

#include "tap.h"

static const kn_alloc al = {tap_realloc, NULL, NULL};

/* "lower[..upper] CUR" of a mention, without its qualifier. */
static void
figure_text(const kn_money *m, char *buf)
{
	char		lo[64],
				hi[64];

	kn_dec_to_text(&m->lower, lo);
	kn_dec_to_text(&m->upper, hi);
	if (kn_dec_cmp(&m->lower, &m->upper) == 0)
		sprintf(buf, "%s %s", lo, m->currency);
	else
		sprintf(buf, "%s..%s %s", lo, hi, m->currency);
}

typedef struct expected
{
	char		figure[160];	/* lower[..upper] CUR */
	char		role[32];
	char		change[8];
	int			found;
} expected;

/* Parse "fig@role>change ; fig@role ; ..." into ex; returns the count. */
static int
parse_expected(char *s, expected *ex, int max)
{
	int			n = 0;
	char	   *save = NULL,
			   *item;

	for (item = strtok_r(s, ";", &save); item && n < max; item = strtok_r(NULL, ";", &save))
	{
		char	   *at,
				   *gt,
				   *p = item;

		while (*p == ' ')
			p++;
		if (*p == '\0')
			continue;
		at = strchr(p, '@');
		if (!at)
			continue;
		*at = '\0';
		gt = strchr(at + 1, '>');
		if (gt)
			*gt = '\0';
		memset(&ex[n], 0, sizeof(ex[n]));
		/* the qualifier is not compared */
		while (*p == '~' || *p == '>' || *p == '<' || *p == '=')
			p++;
		snprintf(ex[n].figure, sizeof(ex[n].figure), "%s", p);
		snprintf(ex[n].role, sizeof(ex[n].role), "%.*s", (int) strcspn(at + 1, " "), at + 1);
		if (gt)
			snprintf(ex[n].change, sizeof(ex[n].change), "%.*s", (int) strcspn(gt + 1, " "), gt + 1);
		n++;
	}
	return n;
}

/* Figures right, extra and missed over a corpus. */
typedef struct tally
{
	int			tp;
	int			fp;
	int			fn;
} tally;

#define MAX_FIGURES 16

/*
 * Match the figures found in one sentence (their texts, got[0..ngot))
 * against those expected (want[0..nwant)), each expected one at most once.
 * hit_of[k] is the expected index the k-th found figure matched, or -1.
 * Returns 1 when the two agree exactly.
 */
static int
match_figures(char got[][200], size_t ngot, const char *const *want, int nwant,
			  int *hit_of, const char *label, int verbose, tally *tl)
{
	int			found[MAX_FIGURES] = {0};
	int			good = 1,
				i;
	size_t		k;

	for (k = 0; k < ngot; k++)
	{
		hit_of[k] = -1;
		for (i = 0; i < nwant && hit_of[k] < 0; i++)
			if (!found[i] && strcmp(want[i], got[k]) == 0)
				hit_of[k] = i;
		if (hit_of[k] < 0)
		{
			tl->fp++;
			good = 0;
			if (verbose)
				printf("# %s: extra %s\n", label, got[k]);
			continue;
		}
		found[hit_of[k]] = 1;
		tl->tp++;
	}
	for (i = 0; i < nwant; i++)
		if (!found[i])
		{
			tl->fn++;
			good = 0;
			if (verbose)
				printf("# %s: missed %s\n", label, want[i]);
		}
	return good;
}

static void
check_corpus(FILE *f, int verbose)
{
	char		line[8192];
	tally		tl = {0, 0, 0};
	int			role_right = 0,
				role_total = 0,
				change_right = 0,
				change_total = 0,
				sentences = 0;

	if (!fgets(line, sizeof(line), f))	/* header */
		return;
	while (fgets(line, sizeof(line), f))
	{
		char	   *id = strtok(line, "\t"),
				   *cls = strtok(NULL, "\t"),
				   *sentence = strtok(NULL, "\t"),
				   *exp_s = strtok(NULL, "\n");
		expected	ex[MAX_FIGURES];
		const char *want[MAX_FIGURES];
		char		got[MAX_FIGURES][200];
		int			hit_of[MAX_FIGURES];
		int			nex,
					i,
					good;
		kn_money_mention *m;
		size_t		nm,
					k;
		char		what[1024];

		if (!id || !cls || !sentence)
			continue;
		nex = exp_s ? parse_expected(exp_s, ex, MAX_FIGURES) : 0;
		for (i = 0; i < nex; i++)
			want[i] = ex[i].figure;
		nm = kn_extract_money(sentence, strlen(sentence), &al, &m);
		good = nm <= MAX_FIGURES;	/* a sentence of the corpus has fewer */
		if (nm > MAX_FIGURES)
			nm = MAX_FIGURES;
		sentences++;
		for (k = 0; k < nm; k++)
			figure_text(&m[k].amount, got[k]);
		snprintf(what, sizeof(what), "%s %s", id, cls);
		good &= match_figures(got, nm, want, nex, hit_of, what, verbose, &tl);
		for (k = 0; k < nm; k++)
		{
			const expected *e = hit_of[k] < 0 ? NULL : &ex[hit_of[k]];

			if (!e)
				continue;
			role_total++;
			if (strcmp(e->role, kn_role_name(m[k].role)) == 0)
				role_right++;
			else if (verbose)
				printf("# %s %s: role of %s is %s, expected %s\n", id, cls, got[k],
					   kn_role_name(m[k].role), e->role);
			if (e->change[0])
			{
				const char *c = kn_change_name(m[k].change);

				change_total++;
				if (c && strcmp(c, e->change) == 0)
					change_right++;
				else if (verbose)
					printf("# %s %s: %s is not marked %s\n", id, cls, got[k], e->change);
			}
		}
		free(m);
		snprintf(what, sizeof(what), "dev %s (%s): %s", id, cls, sentence);
		ok(good, what);
	}
	printf("# dev corpus: %d sentences, %d figures expected, %d found right, %d extra, %d missed\n",
		   sentences, tl.tp + tl.fn, tl.tp, tl.fp, tl.fn);
	printf("# recall %.1f %%, precision %.1f %%, roles right %d of %d (%.1f %%), changes marked %d of %d\n",
		   100.0 * tl.tp / (tl.tp + tl.fn ? tl.tp + tl.fn : 1),
		   100.0 * tl.tp / (tl.tp + tl.fp ? tl.tp + tl.fp : 1),
		   role_right, role_total, 100.0 * role_right / (role_total ? role_total : 1),
		   change_right, change_total);
	ok(sentences >= 300, "the dev corpus has at least 300 sentences");
	ok(role_total >= 150, "at least 150 figures carry a role label");
	ok(role_right * 10 >= role_total * 9, "roles are right for at least 90 % of the figures");
	ok(change_right == change_total, "every change is marked from and to");
}

/* "[q]lower[..upper] unit" of a quantity, q as the dev corpus writes it. */
static void
quantity_text(const kn_quantity_mention *q, char *buf)
{
	static const char *const quals[] = {"", "~", ">=", ">", "<=", "<"};
	char		lo[64],
				hi[64];

	kn_dec_to_text(&q->lower, lo);
	kn_dec_to_text(&q->upper, hi);
	if (kn_dec_cmp(&q->lower, &q->upper) == 0)
		sprintf(buf, "%s%s %s", quals[q->qual], lo, q->unit);
	else
		sprintf(buf, "%s..%s %s", lo, hi, q->unit);
}

/*
 * test/fixtures/quantity_dev.tsv: every sentence gives exactly its
 * quantities, with value or range, unit and qualifier (a range's
 * qualifier is not written: 두세 명 is approximate by nature).
 */
static int
check_quantities(const char *path, int verbose)
{
	FILE	   *f = fopen(path, "r");
	char		line[8192];
	tally		tl = {0, 0, 0};
	int			sentences = 0;

	if (!f)
		return 0;
	if (!fgets(line, sizeof(line), f))	/* header */
	{
		fclose(f);
		return 0;
	}
	while (fgets(line, sizeof(line), f))
	{
		char	   *id = strtok(line, "\t"),
				   *cls = strtok(NULL, "\t"),
				   *sentence = strtok(NULL, "\t"),
				   *exp_s = strtok(NULL, "\n");
		char		ex[MAX_FIGURES][160];
		const char *want[MAX_FIGURES];
		char		got[MAX_FIGURES][200];
		int			hit_of[MAX_FIGURES];
		int			nex = 0,
					good;
		char	   *save = NULL,
				   *item;
		kn_quantity_mention *q;
		size_t		nq,
					k;
		char		what[1024];

		if (!id || !cls || !sentence)
			continue;
		for (item = exp_s ? strtok_r(exp_s, ";", &save) : NULL; item && nex < MAX_FIGURES;
			 item = strtok_r(NULL, ";", &save))
		{
			size_t		n;

			while (*item == ' ')
				item++;
			n = strcspn(item, "\r");
			while (n > 0 && item[n - 1] == ' ')
				n--;
			if (n > 0)
			{
				snprintf(ex[nex], sizeof(ex[0]), "%.*s", (int) n, item);
				want[nex] = ex[nex];
				nex++;
			}
		}
		nq = kn_extract_quantities(sentence, strlen(sentence), &al, &q);
		good = nq <= MAX_FIGURES;	/* a sentence of the corpus has fewer */
		if (nq > MAX_FIGURES)
			nq = MAX_FIGURES;
		sentences++;
		for (k = 0; k < nq; k++)
			quantity_text(&q[k], got[k]);
		snprintf(what, sizeof(what), "q%s %s", id, cls);
		good &= match_figures(got, nq, want, nex, hit_of, what, verbose, &tl);
		free(q);
		snprintf(what, sizeof(what), "quantities %s (%s): %s", id, cls, sentence);
		ok(good, what);
	}
	fclose(f);
	printf("# quantity corpus: %d sentences, %d quantities expected, %d found right, %d extra, %d missed\n",
		   sentences, tl.tp + tl.fn, tl.tp, tl.fp, tl.fn);
	return sentences;
}

/*
 * Does buf give exactly one money figure, equal to want? got receives it
 * ("" when there is not exactly one); DEV_VERBOSE prints a miss.
 */
static int
one_figure_is(const char *buf, const char *want, char *got)
{
	kn_money_mention *m;
	size_t		n = kn_extract_money(buf, strlen(buf), &al, &m);
	int			yes;

	got[0] = '\0';
	if (n == 1)
		figure_text(&m[0].amount, got);
	free(m);
	yes = n == 1 && strcmp(got, want) == 0;
	if (!yes && getenv("DEV_VERBOSE"))
		printf("# miss: %s (got %zu: %s)\n", buf, n, got);
	return yes;
}

/*
 * Every ending after every currency word and sign: "투자금은 20억{ }{cur}{end}
 * 알려졌다" gives exactly 20억 of that currency (or 20 for a sign before).
 */
static void
check_endings(void)
{
	static const char *const words[][2] = {
		{"원", "KRW"}, {"달러", "USD"}, {"유로", "EUR"}, {"엔", "JPY"},
		{"위안", "CNY"}, {"파운드", "GBP"}, {"불", "USD"}, {"원화", "KRW"},
		{"달러화", "USD"}, {"엔화", "JPY"}, {"위안화", "CNY"}, {"유로화", "EUR"},
		{"홍콩달러", "HKD"}, {"캐나다 달러", "CAD"}, {"스위스 프랑", "CHF"},
		{"루피", "INR"}, {"루블", "RUB"}, {"헤알", "BRL"}, {"링깃", "MYR"},
		{"USD", "USD"}, {"KRW", "KRW"},
	};
	static const char *const signs[][2] = {
		{"$", "USD"}, {"₩", "KRW"}, {"€", "EUR"}, {"£", "GBP"}, {"¥", "JPY"},
		{"US$", "USD"}, {"￦", "KRW"},
	};
	static const char *const endings[] = {
		"", "입니다", "이다", "이며", "이고", "이라고", "라고", "라며", "였다",
		"이었다", "에서", "에서도", "으로", "로", "까지", "씩", "어치", "짜리",
		"가량", "정도", "규모의", "상당의", "선으로", "을", "를", "이", "가",
		"은", "는", "의", "과", "와", "도", "만", "부터", "이면", "이지만",
		"이란", "이나", "요", "에", "에도", "보다", "쯤", "대", "대의",
	};
	size_t		w,
				e,
				sp;
	int			bad = 0,
				total = 0;
	char		buf[256],
				first_bad[600] = "";

	for (w = 0; w < sizeof(words) / sizeof(words[0]) + sizeof(signs) / sizeof(signs[0]); w++)
		for (e = 0; e < sizeof(endings) / sizeof(endings[0]); e++)
			for (sp = 0; sp < 2; sp++)
			{
				int			is_sign = w >= sizeof(words) / sizeof(words[0]);
				const char *const *cw = is_sign ? signs[w - sizeof(words) / sizeof(words[0])] : words[w];
				char		got[160] = "",
							want[160];

				if (is_sign)
				{
					snprintf(buf, sizeof(buf), "투자금은 %s%s20억%s 알려졌다", cw[0],
							 sp ? " " : "", endings[e]);
				}
				else
				{
					/* a Latin code is written apart from the number */
					if (!sp && cw[0][0] >= 'A' && cw[0][0] <= 'Z')
						continue;
					snprintf(buf, sizeof(buf), "투자금은 20억%s%s%s 알려졌다", sp ? " " : "",
							 cw[0], endings[e]);
				}
				total++;
				snprintf(want, sizeof(want), "%s %s",
						 strcmp(endings[e], "대") == 0 || strcmp(endings[e], "대의") == 0 ?
						 "2000000000..3000000000" : "2000000000", cw[1]);
				if (!one_figure_is(buf, want, got) && !bad++)
					snprintf(first_bad, sizeof(first_bad), "%s (got: %s)", buf, got);
			}
	snprintf(buf, sizeof(buf), "%d endings after currency words and signs keep their figure%s%s",
			 total, bad ? "; first miss: " : "", "");
	ok(bad == 0, buf);
	if (bad)
		printf("# %d misses, first: %s\n", bad, first_bad);
}

/*
 * The particles the stemmer strips (kn_particles.h, their one home) never
 * lose a figure either: each after 20억달러 and after 20억 달러.
 */
static void
check_particles(void)
{
	const char *const *lists[] = {kn_particles_first, kn_particles_last};
	size_t		l,
				i,
				sp;
	int			bad = 0,
				total = 0;
	char		buf[256],
				first_bad[600] = "";

	for (l = 0; l < 2; l++)
		for (i = 0; lists[l][i]; i++)
			for (sp = 0; sp < 2; sp++)
			{
				char		got[160] = "";

				/* 대로 after a figure is 대 + 로: 1조원대로 늘었다, the range */
				if (strcmp(lists[l][i], "대로") == 0)
					continue;
				snprintf(buf, sizeof(buf), "투자금 20억%s달러%s 투입", sp ? " " : "",
						 lists[l][i]);
				total++;
				if (!one_figure_is(buf, "2000000000 USD", got) && !bad++)
					snprintf(first_bad, sizeof(first_bad), "%s (got: %s)", buf, got);
			}
	snprintf(buf, sizeof(buf), "%d particles of the stemmer's lists after a figure keep it", total);
	ok(bad == 0, buf);
	if (bad)
		printf("# %d misses, first: %s\n", bad, first_bad);
}

int
main(int argc, char **argv)
{
	(void) load_paragraphs;
	const char *path = argc > 1 ? argv[1] : "test/fixtures/money_dev.tsv";
	int			verbose = argc > 2 && strcmp(argv[2], "-v") == 0;
	FILE	   *f = fopen(path, "r");

	if (!f)
	{
		printf("not ok 1 - cannot read %s\n1..1\n", path);
		return 1;
	}
	check_corpus(f, verbose);
	fclose(f);
	{
		/* the quantity corpus sits beside the money corpus */
		char		qpath[1024];
		const char *slash = strrchr(path, '/');
		int			nq;

		snprintf(qpath, sizeof(qpath), "%.*squantity_dev.tsv",
				 slash ? (int) (slash - path + 1) : 0, path);
		nq = check_quantities(qpath, verbose);
		ok(nq >= 100, "the quantity corpus has at least 100 sentences");
	}
	check_endings();
	check_particles();
	printf("1..%d\n", n_test);
	return n_fail ? 1 : 0;
}
