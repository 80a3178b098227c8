/*
 * extract_test.c - the extractors outside the server, under ASan/UBSan.
 *
 * Reads data/articles.tsv, checks a few mentions by value, then mutates the
 * paragraphs at random (fixed seed) and checks on every mutant that both
 * extractors return spans inside the text, in order, starting on character
 * boundaries, with character positions that agree with the byte offsets,
 * and that kn_extract_figures (one pass for both) gives what they give.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kn_extract.h"

#include "tap.h"

static const kn_alloc al = {tap_realloc, NULL};

/* kn_extract_figures gives the lists of the two extractors; 1 when it does. */
static int
same_figures(const char *s, size_t len)
{
	kn_money_mention *m,
			   *fm;
	kn_quantity_mention *q,
			   *fq;
	size_t		nm = kn_extract_money(s, len, &al, &m),
				nq = kn_extract_quantities(s, len, &al, &q),
				fnm,
				fnq,
				i;
	size_t		total = kn_extract_figures(s, len, &al, &fm, &fnm, &fq, &fnq);
	int			good;

	if (nm == KN_TOO_MANY || nq == KN_TOO_MANY)
		good = total == KN_TOO_MANY && fm == NULL && fq == NULL;
	else
		good = total == nm + nq && fnm == nm && fnq == nq;
	for (i = 0; good && total != KN_TOO_MANY && i < nm; i++)
		good = m[i].off == fm[i].off && m[i].len == fm[i].len &&
			m[i].char_pos == fm[i].char_pos && m[i].role == fm[i].role &&
			m[i].change == fm[i].change && m[i].has_equiv == fm[i].has_equiv &&
			strcmp(m[i].amount.currency, fm[i].amount.currency) == 0 &&
			kn_dec_cmp(&m[i].amount.lower, &fm[i].amount.lower) == 0 &&
			kn_dec_cmp(&m[i].amount.upper, &fm[i].amount.upper) == 0 &&
			m[i].amount.qual == fm[i].amount.qual;
	for (i = 0; good && total != KN_TOO_MANY && i < nq; i++)
		good = q[i].off == fq[i].off && q[i].len == fq[i].len &&
			q[i].char_pos == fq[i].char_pos && q[i].unit == fq[i].unit &&
			q[i].measure == fq[i].measure && q[i].period == fq[i].period &&
			q[i].qual == fq[i].qual &&
			kn_dec_cmp(&q[i].lower, &fq[i].lower) == 0 &&
			kn_dec_cmp(&q[i].upper, &fq[i].upper) == 0;
	free(m);
	free(q);
	free(fm);
	free(fq);
	return good;
}

/* Invariants of one run; returns 1 when all hold. */
static int
check_text(const char *s, size_t len)
{
	kn_money_mention *m;
	kn_quantity_mention *q;
	size_t		n,
				i,
				last = 0;
	int			good = 1;

	n = kn_extract_money(s, len, &al, &m);
	for (i = 0; i < n; i++)
	{
		if (m[i].off < last || m[i].off + m[i].len > len || m[i].len == 0 ||
			((unsigned char) s[m[i].off] & 0xC0) == 0x80 ||
			m[i].char_pos != chars_before(s, m[i].off) ||
			m[i].amount.currency[0] == '\0' ||
			kn_dec_cmp(&m[i].amount.lower, &m[i].amount.upper) > 0)
			good = 0;
		last = m[i].off + m[i].len;
	}
	free(m);
	last = 0;
	n = kn_extract_quantities(s, len, &al, &q);
	for (i = 0; i < n; i++)
	{
		if (q[i].off < last || q[i].off + q[i].len > len || q[i].len == 0 ||
			q[i].char_pos != chars_before(s, q[i].off) || q[i].unit == NULL)
			good = 0;
		last = q[i].off + q[i].len;
	}
	free(q);
	return good && same_figures(s, len);
}

static void
expect_money(const char *s, size_t idx, const char *lower, const char *cur,
			 const char *role)
{
	kn_money_mention *m;
	size_t		n = kn_extract_money(s, strlen(s), &al, &m);
	char		buf[64] = "";
	char		what[512];

	if (idx < n)
		kn_dec_to_text(&m[idx].amount.lower, buf);
	snprintf(what, sizeof(what), "money #%zu of %s is %s %s %s", idx, s, lower, cur, role);
	ok(idx < n && strcmp(buf, lower) == 0 &&
	   strcmp(m[idx].amount.currency, cur) == 0 &&
	   strcmp(kn_role_name(m[idx].role), role) == 0, what);
	free(m);
}

int
main(int argc, char **argv)
{
	const char *path = argc > 1 ? argv[1] : "data/articles.tsv";
	FILE	   *f = fopen(path, "r");
	char	   *paras[256];
	size_t		np = 0,
				i;
	unsigned	seed = 4242;
	int			iter,
				all_good = 1;

	expect_money("오픈AI는 1500억달러(약 198조8000억원)의 기업가치를 평가받으며 10억달러의 투자 유치와 50억달러의 은행 대출을 준비", 0, "150000000000", "USD", "valuation");
	expect_money("오픈AI는 1500억달러(약 198조8000억원)의 기업가치를 평가받으며 10억달러의 투자 유치와 50억달러의 은행 대출을 준비", 1, "1000000000", "USD", "investment_raised");
	expect_money("오픈AI는 1500억달러(약 198조8000억원)의 기업가치를 평가받으며 10억달러의 투자 유치와 50억달러의 은행 대출을 준비", 2, "5000000000", "USD", "loan");
	expect_money("네이버는 10억, 20억 달러를 투자했다", 0, "1000000000", "USD", "investment_made");
	expect_money("매출은 37억 달러로 추정되지만 운영비는 85억 달러", 0, "3700000000", "USD", "revenue");
	expect_money("매출은 37억 달러로 추정되지만 운영비는 85억 달러", 1, "8500000000", "USD", "cost");
	ok(check_text("", 0), "empty text");

	if (!f)
	{
		printf("not ok %d - cannot read %s\n", ++n_test, path);
		return 1;
	}
	np = load_paragraphs(f, paras, 256);
	fclose(f);
	ok(np >= 40, "the fixture has at least 40 paragraphs");
	for (i = 0; i < np; i++)
		all_good &= check_text(paras[i], strlen(paras[i]));
	ok(all_good, "invariants hold on every fixture paragraph");

	all_good = 1;
	for (iter = 0; iter < 20000; iter++)
	{
		char		mut[4096];
		const char *base;
		size_t		n,
					k,
					j;

		seed = seed * 1103515245u + 12345u;
		base = paras[(seed >> 8) % np];
		n = strlen(base);
		memcpy(mut, base, n);
		k = 1 + (seed >> 20) % 6;
		for (j = 0; j < k; j++)
		{
			seed = seed * 1103515245u + 12345u;
			switch ((seed >> 16) % 4)
			{
				case 0:
					if (n)
						mut[(seed >> 4) % n] = (char) (seed >> 24);
					break;
				case 1:
					if (n < sizeof(mut) - 1)
					{
						size_t		at = (seed >> 4) % (n + 1);

						memmove(mut + at + 1, mut + at, n - at);
						mut[at] = "0123456789억조만원달러~(),. "[(seed >> 24) % 32];
						n++;
					}
					break;
				case 2:
					if (n)
						n = (seed >> 4) % n;
					break;
				case 3:
					if (n + 8 < sizeof(mut))
					{
						memcpy(mut + n, "9999999", 7);
						n += 7;
					}
					break;
			}
		}
		/* no NUL is added: the extractors take a length */
		all_good &= check_text(mut, n);
	}
	ok(all_good, "invariants hold on 20000 mutated paragraphs");
	for (i = 0; i < np; i++)
		free(paras[i]);
	printf("1..%d\n", n_test);
	return n_fail ? 1 : 0;
}
