/*
 * mklex.c - build aimarket's Korean lexicon from Debian's hunspell-ko.
 *
 * usage: mklex ko.aff ko.dic > aimarket_korean.lexicon
 *
 * ko.dic lists words in decomposed (conjoining) jamo with a numeric flag
 * alias; ko.aff's AF lines say which affix classes each alias allows. We
 * keep three kinds of entries, composed to NFC syllables:
 *   N  nouns: their class takes the noun particles (affix class 530);
 *   V  verb and adjective stems: dictionary forms ending in 다 with the
 *      long list of conjugation classes, written without 다;
 *   D  adverbs (class 540 alone).
 * Output: one "word<TAB>tag" per line, sorted bytewise, no duplicates.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kn_grammar.h"			/* kn_utf8_decode, kn_utf8_encode */

#define MAX_ALIASES 4096

static char *aliases[MAX_ALIASES];
static int	n_aliases;

typedef struct entry
{
	char	   *word;
	char		tag;
} entry;

static int
has_flag(const char *list, const char *flag)
{
	size_t		n = strlen(flag);
	const char *p = list;

	while ((p = strstr(p, flag)) != NULL)
	{
		if ((p == list || p[-1] == ',') && (p[n] == ',' || p[n] == '\0' || p[n] == '\n'))
			return 1;
		p += n;
	}
	return 0;
}

static int
count_flags(const char *list)
{
	int			n = 1;

	for (; *list; list++)
		if (*list == ',')
			n++;
	return n;
}

/*
 * Compose conjoining jamo (L V [T]) into syllables. Returns 0 when the word
 * holds anything else but ASCII letters and digits (archaic jamo, ...).
 */
static int
compose(const char *in, char *out)
{
	const unsigned char *s = (const unsigned char *) in,
			   *end = s + strlen(in);
	uint32_t	cps[256];
	int			n = 0,
				i,
				k;
	char	   *o = out;

	while (*s && n < 255)
	{
		int			b = kn_utf8_decode(s, end, &cps[n]);

		if (b == 0)
			return 0;
		s += b;
		n++;
	}
	for (i = 0; i < n; i++)
	{
		uint32_t	c = cps[i];

		if (c >= 0x1100 && c <= 0x1112 && i + 1 < n &&
			cps[i + 1] >= 0x1161 && cps[i + 1] <= 0x1175)
		{
			unsigned	l = c - 0x1100,
						v = cps[i + 1] - 0x1161,
						t = 0;

			i++;
			if (i + 1 < n && cps[i + 1] >= 0x11A8 && cps[i + 1] <= 0x11C2)
			{
				t = cps[i + 1] - 0x11A7;
				i++;
			}
			o += kn_utf8_encode(0xAC00 + (l * 21 + v) * 28 + t, o);
		}
		else if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
				 (c >= 'A' && c <= 'Z'))
			*o++ = (char) c;
		else
			return 0;
	}
	*o = '\0';
	k = (int) (o - out);
	return k > 0;
}

static int
entry_cmp(const void *a, const void *b)
{
	const entry *x = a,
			   *y = b;
	int			c = strcmp(x->word, y->word);

	return c ? c : x->tag - y->tag;
}

int
main(int argc, char **argv)
{
	FILE	   *aff,
			   *dic;
	char		line[8192];
	entry	   *ents = NULL;
	size_t		n = 0,
				cap = 0,
				i;
	const char *da = "\xe1\x84\x83\xe1\x85\xa1";	/* 다 in conjoining jamo */

	if (argc != 3)
	{
		fprintf(stderr, "usage: mklex ko.aff ko.dic\n");
		return 2;
	}
	aff = fopen(argv[1], "r");
	dic = fopen(argv[2], "r");
	if (!aff || !dic)
	{
		fprintf(stderr, "mklex: cannot read %s or %s (install Debian's hunspell-ko)\n",
				argv[1], argv[2]);
		return 1;
	}
	while (fgets(line, sizeof(line), aff))
	{
		if (strncmp(line, "AF ", 3) != 0)
			continue;
		/* the first AF line is the count; alias k is the k-th list after it */
		if (n_aliases < MAX_ALIASES)
		{
			line[strcspn(line, "\r\n")] = '\0';
			aliases[n_aliases++] = strdup(line + 3);
		}
	}
	fclose(aff);
	if (n_aliases < 2)
	{
		fprintf(stderr, "mklex: no AF aliases in %s\n", argv[1]);
		return 1;
	}
	while (fgets(line, sizeof(line), dic))
	{
		char	   *slash = strchr(line, '/');
		char		word[1024];
		const char *flags;
		int			alias;
		char		tag = 0;
		size_t		wl;

		if (!slash)
			continue;
		*slash = '\0';
		alias = atoi(slash + 1);
		if (alias <= 0 || alias >= n_aliases)
			continue;
		flags = aliases[alias];
		wl = strlen(line);
		if (has_flag(flags, "530"))
			tag = 'N';
		else if (wl > strlen(da) && strcmp(line + wl - strlen(da), da) == 0 &&
				 count_flags(flags) > 20)
		{
			line[wl - strlen(da)] = '\0';
			tag = 'V';
		}
		else if (strcmp(flags, "540") == 0)
			tag = 'D';
		if (!tag || !compose(line, word))
			continue;
		if (n == cap)
		{
			cap = cap ? cap * 2 : 65536;
			ents = realloc(ents, cap * sizeof(entry));
		}
		ents[n].word = strdup(word);
		ents[n].tag = tag;
		n++;
	}
	fclose(dic);
	qsort(ents, n, sizeof(entry), entry_cmp);
	for (i = 0; i < n; i++)
		if (i == 0 || entry_cmp(&ents[i], &ents[i - 1]) != 0)
			printf("%s\t%c\n", ents[i].word, ents[i].tag);
	return 0;
}
