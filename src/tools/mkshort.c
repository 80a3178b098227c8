/*
 * mkshort.c - the stemmer's shortcuts for a lexicon (see kn_stem.h).
 *
 * usage: mkshort aimarket_korean.lexicon > aimarket_korean.shortcuts
 *
 * For every word X of the lexicon and every ending E of the list below
 * (and the empty one), run kn_stem on X + E with no user lexicon. X's
 * answer is the one most of its endings give among those made of pieces
 * of X alone: X itself (투자 for 투자했다, 투자를, ...), or a compound and its
 * parts (자연주의, 자연, 주의), or a verb stem without and with its 하
 * (비겁, 비겁하). E's bit in X's mask says that X + E gives that answer.
 * Words with the same mask share a class. Then attach the result to a
 * second copy of the lexicon and stem every X + E again through the
 * shortcuts: the answers must be the same byte for byte, or the build
 * stops.
 *
 * The endings are the 127 that most often follow a lexicon word in the
 * Korean treebank sentences we measure with (particles, copula, 하다/되다
 * forms, verbal endings), in that order; each is one to four syllables.
 * (The next 128 made no difference to the speed we measure.)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kn_stem.h"

static const char *const endings[] = {
	"을", "는", "에", "의", "이", "은", "를", "고", "으로", "가",
	"다", "한", "로", "도", "에서", "과", "하고", "이다", "게", "인",
	"했다", "하는", "와", "할", "해", "어", "지", "된", "까지", "면",
	"었다", "에는", "하였다", "하여", "아요", "서", "습니다", "네요", "아", "입니다",
	"기", "하게", "어서", "어요", "되었다", "는데", "하기", "되어", "보다", "나",
	"았다", "며", "지만", "으며", "되는", "니", "되고", "만", "이나", "세요",
	"면서", "하면", "에도", "됐다", "하지", "하다", "에서는", "에게", "부터", "될",
	"아서", "다는", "하며", "다고", "합니다", "던", "음", "여", "이며", "였다",
	"어진", "는다", "라", "돼", "해서", "하면서", "었는데", "야", "하시고", "처럼",
	"이었다", "이라는", "도록", "이라고", "이고", "에서도", "었고", "았어요", "했고", "으면",
	"려면", "마다", "로서", "자", "엔", "어져", "대로", "했으며", "이라", "었던",
	"아줘", "라고", "냐", "기도", "해야", "하기도", "으로는", "었어요", "러", "라는",
	"되지", "했습니다", "했던", "더군요", "은데", "했다고", "하였고",
};
#define N_ENDINGS (sizeof(endings) / sizeof(endings[0]))	/* at most 127 */

typedef struct mask
{
	uint64_t	w[2];
} mask;

/* an answer as byte ranges of X; n 0: none such */
typedef struct answer
{
	int			n;
	int			nalt;
	size_t		off[KN_STEM_MAX_PARTS + 1];
	size_t		len[KN_STEM_MAX_PARTS + 1];
} answer;

/* r as pieces of x[0..xl), if it is made of such */
static answer
as_pieces(const kn_stem_result *r, const char *x, size_t xl)
{
	answer		a;
	int			i;

	memset(&a, 0, sizeof(a));
	if (r->stop || r->joint || r->n < 1)
		return a;
	for (i = 0; i < r->n; i++)
	{
		size_t		o;

		for (o = 0; o + r->len[i] <= xl; o++)
			if (memcmp(x + o, r->buf + r->off[i], r->len[i]) == 0)
				break;
		if (r->len[i] == 0 || o + r->len[i] > xl)
			return a;
		a.off[i] = o;
		a.len[i] = r->len[i];
	}
	a.n = r->n;
	a.nalt = r->nalt;
	return a;
}

static int
same_answer(const answer *a, const answer *b)
{
	int			i;

	if (a->n != b->n || a->nalt != b->nalt)
		return 0;
	for (i = 0; i < a->n; i++)
		if (a->off[i] != b->off[i] || a->len[i] != b->len[i])
			return 0;
	return 1;
}

static void *
sys_realloc(void *ctx, void *p, size_t n)
{
	(void) ctx;
	if (n == 0)
	{
		free(p);
		return NULL;
	}
	p = realloc(p, n);
	if (p == NULL)
	{
		fprintf(stderr, "mkshort: out of memory\n");
		exit(1);
	}
	return p;
}

static const kn_alloc al = {sys_realloc, NULL};

static kn_lexicon *
load(const char *buf, size_t len, const char *path)
{
	kn_lexicon *lx = kn_lexicon_create(&al);
	long		bad = 0;

	if (kn_lexicon_load(lx, buf, len, KN_LEX_NOUN, &bad) < 0)
	{
		fprintf(stderr, "mkshort: %s: bad line %ld\n", path, bad);
		exit(1);
	}
	return lx;
}

int
main(int argc, char **argv)
{
	FILE	   *f;
	char	   *buf;
	long		size;
	kn_lexicon *lx,
			   *check;
	static kn_stem_result r,
				r2;
	char	  **words = NULL;
	size_t		nwords = 0,
				cap = 0,
				i,
				e,
				pos,
				nclass = 0,
				shortcut_pairs = 0;
	mask	   *masks,
			   *classes;
	size_t	   *class_of,
			   *answer_of,
				nanswer = 0;
	answer	   *answers,
				got[N_ENDINGS + 1];
	char	   *out = NULL;
	size_t		out_len = 0;
	FILE	   *mem;
	char		w[600];

	if (argc != 2)
	{
		fprintf(stderr, "usage: mkshort LEXICON\n");
		return 2;
	}
	f = fopen(argv[1], "rb");
	if (!f || fseek(f, 0, SEEK_END) != 0 || (size = ftell(f)) < 0 ||
		fseek(f, 0, SEEK_SET) != 0)
	{
		fprintf(stderr, "mkshort: cannot read %s\n", argv[1]);
		return 1;
	}
	buf = malloc((size_t) size + 1);
	if (!buf || fread(buf, 1, (size_t) size, f) != (size_t) size)
	{
		fprintf(stderr, "mkshort: cannot read %s\n", argv[1]);
		return 1;
	}
	fclose(f);
	buf[size] = '\0';
	lx = load(buf, (size_t) size, argv[1]);

	/* the words, in file order, each once (a word may have two tags) */
	for (pos = 0; pos < (size_t) size;)
	{
		size_t		end = pos,
					wl;

		while (end < (size_t) size && buf[end] != '\n')
			end++;
		for (wl = 0; pos + wl < end && buf[pos + wl] != '\t'; wl++)
			;
		if (wl > 0 && wl <= 255 && buf[pos] != '#' &&
			!(nwords > 0 && strlen(words[nwords - 1]) == wl &&
			  memcmp(words[nwords - 1], buf + pos, wl) == 0))
		{
			if (nwords == cap)
			{
				cap = cap ? cap * 2 : 1024;
				words = sys_realloc(NULL, words, cap * sizeof(char *));
			}
			words[nwords] = sys_realloc(NULL, NULL, wl + 1);
			memcpy(words[nwords], buf + pos, wl);
			words[nwords][wl] = '\0';
			nwords++;
		}
		pos = end + 1;
	}

	masks = calloc(nwords, sizeof(mask));
	classes = calloc(nwords + 1, sizeof(mask));
	class_of = calloc(nwords, sizeof(size_t));
	answer_of = calloc(nwords, sizeof(size_t));
	answers = calloc(nwords, sizeof(answer));
	for (i = 0; i < nwords; i++)
	{
		size_t		wl = strlen(words[i]);
		size_t		c;

		answer		alone = {1, 1, {0}, {wl}};
		size_t		best = 0,
					best_count = 0,
					k;

		if (!kn_plain_hangul(words[i], wl, 0))
			continue;			/* shortcuts are for Hangul words only */
		for (e = 0; e <= N_ENDINGS; e++)
		{
			const char *end = e ? endings[e - 1] : "";

			memcpy(w, words[i], wl);
			strcpy(w + wl, end);
			kn_stem(lx, NULL, w, strlen(w), &r);
			got[e] = as_pieces(&r, w, wl);
		}
		/* the answer most endings give; X alone when tied */
		{
			size_t		first[N_ENDINGS + 1],	/* an ending of each answer */
						count[N_ENDINGS + 1],
						nd = 0,
						d;

			for (e = 0; e <= N_ENDINGS; e++)
			{
				if (got[e].n == 0)
					continue;
				for (d = 0; d < nd && !same_answer(&got[first[d]], &got[e]); d++)
					;
				if (d == nd)
				{
					first[nd] = e;
					count[nd++] = 0;
				}
				count[d]++;
			}
			for (d = 0; d < nd; d++)
				if (count[d] > best_count ||
					(count[d] == best_count && same_answer(&got[first[d]], &alone)))
				{
					best = first[d];
					best_count = count[d];
				}
		}
		if (best_count == 0)
			continue;
		for (e = 0; e <= N_ENDINGS; e++)
			if (same_answer(&got[e], &got[best]))
				masks[i].w[e / 64] |= (uint64_t) 1 << (e % 64);
		if (!same_answer(&got[best], &alone))
		{
			for (k = 0; k < nanswer; k++)
				if (same_answer(&answers[k], &got[best]))
					break;
			if (k == nanswer)
				answers[nanswer++] = got[best];
			answer_of[i] = k + 1;
		}
		if (!masks[i].w[0] && !masks[i].w[1])
			continue;
		for (c = 0; c < nclass; c++)
			if (memcmp(&classes[c], &masks[i], sizeof(mask)) == 0)
				break;
		if (c == nclass)
			classes[nclass++] = masks[i];
		class_of[i] = c + 1;
	}

	/* the file, written to memory first so that it can be checked */
	mem = open_memstream(&out, &out_len);
	fprintf(mem, "# aimarket: the stemmer's shortcuts for %s, made by src/tools/mkshort; do not edit\n",
			argv[1]);
	fprintf(mem, "L %016llx\n", (unsigned long long) kn_text_hash(buf, (size_t) size));
	for (e = 0; e < N_ENDINGS; e++)
		fprintf(mem, "E %s\n", endings[e]);
	for (i = 0; i < nclass; i++)
		fprintf(mem, "C %016llx %016llx\n",
				(unsigned long long) classes[i].w[0], (unsigned long long) classes[i].w[1]);
	for (i = 0; i < nanswer; i++)
	{
		int			k;

		fprintf(mem, "A %d", answers[i].nalt);
		for (k = 0; k < answers[i].n; k++)
			fprintf(mem, " %zu %zu", answers[i].off[k], answers[i].len[k]);
		fprintf(mem, "\n");
	}
	for (i = 0; i < nwords; i++)
		if (class_of[i])
			fprintf(mem, "W %zu %zu %s\n", class_of[i], answer_of[i], words[i]);
	fclose(mem);

	/* every word and ending again, through the shortcuts */
	check = load(buf, (size_t) size, argv[1]);
	if (kn_lexicon_shortcuts(check, kn_text_hash(buf, (size_t) size), out, out_len) != 1)
	{
		fprintf(stderr, "mkshort: the shortcuts do not read back\n");
		return 1;
	}
	for (i = 0; i < nwords; i++)
	{
		size_t		wl = strlen(words[i]);

		for (e = 0; e <= N_ENDINGS; e++)
		{
			memcpy(w, words[i], wl);
			strcpy(w + wl, e ? endings[e - 1] : "");
			kn_stem(lx, NULL, w, strlen(w), &r);
			kn_stem(check, NULL, w, strlen(w), &r2);
			if (!kn_stem_same(&r, &r2))
			{
				fprintf(stderr, "mkshort: %s stems differently through the shortcuts\n", w);
				return 1;
			}
			shortcut_pairs += masks[i].w[e / 64] >> (e % 64) & 1;
		}
	}
	fwrite(out, 1, out_len, stdout);
	fprintf(stderr, "mkshort: %zu words, %zu endings, %zu classes, %zu answers, %zu shortcuts, all checked\n",
			nwords, N_ENDINGS, nclass, nanswer, shortcut_pairs);
	return 0;
}
