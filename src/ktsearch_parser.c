/*
 * ktsearch_parser.c - the text search parser of aimarket.korean: the
 * tokens of kn_tokenize.c through PostgreSQL's parser API (start,
 * gettoken, end, lextype; blanks returned so that ts_headline works).
 */
#include "postgres.h"

#include "fmgr.h"
#include "miscadmin.h"
#include "tsearch/ts_public.h"

#include "kn_tokenize.h"
#include "ktsearch.h"
#include "textnorm.h"

/* ---------------------------------------------------------------- parser */

/*
 * The parser reads a few tokens ahead of the one it hands out. For each
 * word it reads, it asks the dictionary that lexized last in this backend
 * to prefetch the word's set of the word cache, so that the set is in the
 * processor's cache by the time the word is lexized, two or three tokens
 * later: a hint, not shared state (nothing is read from the cache or
 * stored in it, and the tokens are the same).
 */
#define AHEAD 4					/* tokens read ahead (a power of two) */
StaticAssertDecl((AHEAD & (AHEAD - 1)) == 0, "AHEAD is a power of two");

typedef struct kparser
{
	kn_tokenizer t;
	int			head;			/* the next token to hand out */
	int			count;			/* tokens read and not yet handed out */
	int			type[AHEAD];	/* 0: the end of the text */
	size_t		off[AHEAD];
	size_t		len[AHEAD];
} kparser;

PG_FUNCTION_INFO_V1(kparser_start);
Datum
kparser_start(PG_FUNCTION_ARGS)
{
	kparser    *p = palloc0(sizeof(kparser));

	am_require_encoding(false, "the aimarket.korean text search parser");
	kn_tokenizer_init(&p->t, (const char *) PG_GETARG_POINTER(0), PG_GETARG_INT32(1));
	PG_RETURN_POINTER(p);
}

PG_FUNCTION_INFO_V1(kparser_gettoken);
Datum
kparser_gettoken(PG_FUNCTION_ARGS)
{
	kparser    *p = (kparser *) PG_GETARG_POINTER(0);
	char	  **tok = (char **) PG_GETARG_POINTER(1);
	int		   *toklen = (int *) PG_GETARG_POINTER(2);
	int			type;

	/* to_tsvector calls this for every token: cancel and timeouts work */
	CHECK_FOR_INTERRUPTS();
	while (p->count < AHEAD &&
		   (p->count == 0 || p->type[(p->head + p->count - 1) & (AHEAD - 1)] != 0))
	{
		int			i = (p->head + p->count) & (AHEAD - 1);

		p->type[i] = kn_next_token(&p->t, &p->off[i], &p->len[i]);
		p->count++;
		if (p->type[i] != 0 && p->type[i] != KN_TOK_BLANK &&
			p->type[i] != KN_TOK_MONEY)
			ktsearch_prefetch(p->t.s + p->off[i], (int) p->len[i]);
	}
	type = p->type[p->head];
	*tok = (char *) p->t.s + p->off[p->head];
	*toklen = (int) p->len[p->head];
	if (type != 0)
	{
		p->head = (p->head + 1) & (AHEAD - 1);
		p->count--;
	}
	PG_RETURN_INT32(type);
}

PG_FUNCTION_INFO_V1(kparser_end);
Datum
kparser_end(PG_FUNCTION_ARGS)
{
	pfree(PG_GETARG_POINTER(0));
	PG_RETURN_VOID();
}

PG_FUNCTION_INFO_V1(kparser_lextype);
Datum
kparser_lextype(PG_FUNCTION_ARGS)
{
	LexDescr   *d = palloc0(sizeof(LexDescr) * (KN_TOK_MAX + 1));
	int			i,
				n = 0;

	for (i = 1; i <= KN_TOK_MAX; i++)
		if (kn_token_alias(i)[0])
		{
			d[n].lexid = i;
			d[n].alias = pstrdup(kn_token_alias(i));
			d[n].descr = pstrdup(kn_token_description(i));
			n++;
		}
	d[n].lexid = 0;
	PG_RETURN_POINTER(d);
}
