/*
 * ktsearch_tokenize.c - tokenize(): the parser's tokens with the lexemes
 * aimarket.korean's dictionaries give them, for inspection.
 */
#include "postgres.h"

#include "catalog/namespace.h"
#include "catalog/pg_type.h"
#include "fmgr.h"
#include "funcapi.h"
#include "tsearch/ts_cache.h"
#include "tsearch/ts_public.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"

#include "kn_tokenize.h"
#include "ktsearch.h"
#include "textnorm.h"

/* ---------------------------------------------------------------- tokenize */

/*
 * One token's lexemes as to_tsvector gets them from the configuration:
 * the dictionaries mapped for its type, in order, until one knows it (a
 * filtering dictionary hands its output on, as in core). Our own stemming
 * dictionary is asked directly, past its word cache, with its lexicon and
 * its UserDictionary: tokenize is the reference the cache is tested
 * against. NULL when no dictionary knows the token (to_tsvector drops it).
 * Dictionaries that join several tokens (thesaurus) see one at a time.
 */
static TSLexeme *
config_lexemes(TSConfigCacheEntry *cfg, int type, const char *word, int len)
{
	int			i;

	if (type >= cfg->lenmap)
		return NULL;
	for (i = 0; i < cfg->map[type].len; i++)
	{
		TSDictionaryCacheEntry *dict = lookup_ts_dictionary_cache(cfg->map[type].dictIds[i]);
		TSLexeme   *res;

		if (dict->lexize.fn_addr == kdict_lexize)
		{
			KoreanDict *d = (KoreanDict *) dict->dictData;
			bool		changed;
			const kn_lexicon *user = ktsearch_user_lexicon(d, &changed);

			if (changed)
				ktsearch_cache_clear(&d->cache);
			res = ktsearch_stem_lexemes(d->main->lx, user, NULL, word, len);
		}
		else
		{
			DictSubState state = {false, false, NULL};

			res = (TSLexeme *) DatumGetPointer(FunctionCall4(&dict->lexize,
															 PointerGetDatum(dict->dictData),
															 PointerGetDatum(word),
															 Int32GetDatum(len),
															 PointerGetDatum(&state)));
		}
		if (res == NULL)
			continue;
		if (res->lexeme && (res->flags & TSL_FILTER))
		{
			word = res->lexeme;
			len = (int) strlen(word);
			continue;
		}
		return res;
	}
	return NULL;
}

/* The configuration korean in the schema of the function being called. */
static Oid
korean_config(FunctionCallInfo fcinfo)
{
	char	   *schema = get_namespace_name(get_func_namespace(fcinfo->flinfo->fn_oid));

	return get_ts_config_oid(list_make2(makeString(schema), makeString("korean")),
							 false);
}

PG_FUNCTION_INFO_V1(aimarket_tokenize);
Datum
aimarket_tokenize(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	text	   *body = PG_GETARG_TEXT_PP(0);
	const char *s = VARDATA_ANY(body);
	size_t		len = VARSIZE_ANY_EXHDR(body);
	kn_tokenizer t;
	TSConfigCacheEntry *cfg;
	size_t		off,
				tlen,
				cpos = 1,
				counted = 0;
	int			type;
	MemoryContext rowcxt,
				old;

	am_require_encoding(false, "aimarket.tokenize");
	InitMaterializedSRF(fcinfo, 0);
	cfg = lookup_ts_config_cache(korean_config(fcinfo));
	rowcxt = AllocSetContextCreate(CurrentMemoryContext, "aimarket tokenize row",
								   ALLOCSET_SMALL_SIZES);
	kn_tokenizer_init(&t, s, len);
	while ((type = kn_next_token(&t, &off, &tlen)) != 0 && !interrupted())
	{
		Datum		values[4];
		bool		nulls[4] = {false, false, false, false};
		TSLexeme   *lx;
		Datum	   *elems;
		int			n = 0,
					i;

		/* 1-based character position, counted forward once */
		while (counted < off)
		{
			if (((unsigned char) s[counted] & 0xC0) != 0x80)
				cpos++;
			counted++;
		}
		if (type == KN_TOK_BLANK)
			continue;
		old = MemoryContextSwitchTo(rowcxt);
		lx = config_lexemes(cfg, type, s + off, (int) tlen);
		while (lx && lx[n].lexeme)
			n++;
		elems = palloc(sizeof(Datum) * (n + 1));
		for (i = 0; i < n; i++)
			elems[i] = CStringGetTextDatum(lx[i].lexeme);
		values[0] = PointerGetDatum(cstring_to_text_with_len(s + off, (int) tlen));
		values[1] = CStringGetTextDatum(kn_token_alias(type));
		values[2] = PointerGetDatum(construct_array(elems, n, TEXTOID, -1, false,
													TYPALIGN_INT));
		values[3] = Int32GetDatum((int32) cpos);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
		MemoryContextSwitchTo(old);
		MemoryContextReset(rowcxt);
	}
	MemoryContextDelete(rowcxt);
	return (Datum) 0;
}
