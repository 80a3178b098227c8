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

#endif
