/*
 * tap.h - the little the unit programs share: TAP output and a malloc
 * allocator for the pure C modules. Included once per program.
 */
#ifndef AIMARKET_TAP_H
#define AIMARKET_TAP_H

#include <stdio.h>
#include <stdlib.h>

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

#endif
