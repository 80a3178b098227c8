/*
 * tap.h - the little the unit programs share: TAP output and a malloc
 * allocator for the pure C modules. Included once per program.
 */
#ifndef AIMARKET_TAP_H
#define AIMARKET_TAP_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int	n_test = 0,
			n_fail = 0;

static void
ok(int cond, const char *what)
{
	n_test++;
	if (!cond)
		n_fail++;
	printf("%sok %d - %s\n", cond ? "" : "not ", n_test, what);
}

static void *
tap_realloc(void *ctx, void *p, size_t n)
{
	(void) ctx;
	if (n == 0)
	{
		free(p);
		return NULL;
	}
	return realloc(p, n);
}

/*
 * The 1-based character position of byte off of s, counted the slow way:
 * what the cores' character positions are checked against.
 */
static inline size_t
chars_before(const char *s, size_t off)
{
	size_t		i,
				n = 1;

	for (i = 0; i < off; i++)
		if (((unsigned char) s[i] & 0xC0) != 0x80)
			n++;
	return n;
}

/* The paragraphs (last column) of data/articles.tsv; returns how many. */
static inline size_t
load_paragraphs(FILE *f, char **paras, size_t max)
{
	char		line[4096];
	size_t		np = 0;

	while (np < max && fgets(line, sizeof(line), f))
	{
		char	   *body = strrchr(line, '\t');

		if (!body)
			continue;
		body++;
		body[strcspn(body, "\n")] = '\0';
		paras[np++] = strdup(body);
	}
	return np;
}

/*
 * The paragraphs of the fixture at path, after checking there are at least
 * 40; 0, with a "not ok" line, when it cannot be read.
 */
static inline size_t
fixture_paragraphs(const char *path, char **paras, size_t max)
{
	FILE	   *f = fopen(path, "r");
	size_t		np;

	if (!f)
	{
		printf("not ok %d - cannot read %s\n", ++n_test, path);
		return 0;
	}
	np = load_paragraphs(f, paras, max);
	fclose(f);
	ok(np >= 40, "the fixture has at least 40 paragraphs");
	return np;
}

/*
 * A mutant of one of the np paragraphs in buf (cap bytes): one to eight
 * pieces inserted at random places while margin bytes stay free, and with
 * cut, a quarter of the edits cutting it short instead (maybe inside a
 * character). Returns its length. The fuzzers of the unit programs.
 */
static inline size_t
mutant(char *buf, size_t cap, size_t margin, char *const *paras, size_t np,
	   const char *const *pieces, size_t npieces, int cut, unsigned int *seed)
{
	const char *src = paras[rand_r(seed) % np];
	size_t		len = strlen(src);
	int			k,
				edits = 1 + rand_r(seed) % 8;

	memcpy(buf, src, len + 1);
	for (k = 0; k < edits && len < cap - margin; k++)
	{
		size_t		at = rand_r(seed) % (len + 1);
		const char *p = pieces[rand_r(seed) % npieces];
		size_t		pl = strlen(p);

		if (cut && rand_r(seed) % 4 == 0 && at < len)
		{
			len = at;
			buf[len] = '\0';
			continue;
		}
		memmove(buf + at + pl, buf + at, len - at + 1);
		memcpy(buf + at, p, pl);
		len += pl;
	}
	return len;
}

#endif
