/*
 * ktsearch.c - aimarket's Korean text search: the parser, the two
 * dictionary templates, and tokenize() for inspection.
 *
 * Parser and dictionaries share nothing outside PostgreSQL's API: the
 * parser hands out tokens, each dictionary sees one token's text, so
 * ts_debug, ts_lexize and to_tsvector agree.
 */
#include "postgres.h"

#include "commands/defrem.h"
#include "fmgr.h"
#include "funcapi.h"
#include "mb/pg_wchar.h"
#include "storage/fd.h"
#include "tsearch/ts_public.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/memutils.h"

#include "kn_stem.h"
#include "kn_tokenize.h"
#include "textnorm.h"

#define DEFAULT_LEXICON "aimarket_korean"

static void
require_utf8(const char *what)
{
	if (GetDatabaseEncoding() != PG_UTF8)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("%s requires a UTF8 database", what),
				 errdetail("The database encoding is %s.",
						   GetDatabaseEncodingName()),
				 errhint("Create the database with ENCODING 'UTF8'; aimarket's money and number functions work in any encoding.")));
}

/* ---------------------------------------------------------------- parser */

PG_FUNCTION_INFO_V1(kparser_start);
Datum
kparser_start(PG_FUNCTION_ARGS)
{
	kn_tokenizer *t = palloc(sizeof(kn_tokenizer));

	require_utf8("the aimarket.korean text search parser");
	kn_tokenizer_init(t, (const char *) PG_GETARG_POINTER(0), PG_GETARG_INT32(1));
	PG_RETURN_POINTER(t);
}

PG_FUNCTION_INFO_V1(kparser_gettoken);
Datum
kparser_gettoken(PG_FUNCTION_ARGS)
{
	kn_tokenizer *t = (kn_tokenizer *) PG_GETARG_POINTER(0);
	char	  **tok = (char **) PG_GETARG_POINTER(1);
	int		   *toklen = (int *) PG_GETARG_POINTER(2);
	size_t		off,
				len;
	int			type = kn_next_token(t, &off, &len);

	*tok = (char *) t->s + off;
	*toklen = (int) len;
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

/* ---------------------------------------------------------------- lexicons */

/* Read a whole file of tsearch_data; the caller pfrees it. */
static char *
read_tsearch_file(const char *name, const char *suffix, size_t *len,
				  char **path_out)
{
	char	   *path = get_tsearch_config_filename(name, suffix);
	FILE	   *f = AllocateFile(path, "rb");
	StringInfoData buf;
	char		chunk[65536];
	size_t		n;

	if (f == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_CONFIG_FILE_ERROR),
				 errmsg("could not open Korean dictionary file \"%s\": %m", path)));
	initStringInfo(&buf);
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		appendBinaryStringInfo(&buf, chunk, (int) n);
	FreeFile(f);
	*len = buf.len;
	*path_out = path;
	return buf.data;
}

static void
load_into(kn_lexicon *lx, const char *name, const char *suffix, int flags)
{
	size_t		len;
	char	   *path;
	char	   *data = read_tsearch_file(name, suffix, &len, &path);
	long		bad = 0;
	long		added = kn_lexicon_load(lx, data, len, flags, &bad);

	if (added == -2)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("Korean dictionary file \"%s\" is too large at line %ld",
						path, bad),
				 errdetail("A dictionary holds at most 16 MB of words.")));
	if (added < 0)
		ereport(ERROR,
				(errcode(ERRCODE_CONFIG_FILE_ERROR),
				 errmsg("invalid UTF-8 in Korean dictionary file \"%s\" at line %ld",
						path, bad)));
	pfree(data);
}

/*
 * The main lexicon: read once per backend and kept in TopMemoryContext,
 * whichever dictionaries use it.
 */
static kn_lexicon *main_lexicon;
static char main_lexicon_name[NAMEDATALEN];
static kn_alloc top_alloc;

static kn_lexicon *
get_main_lexicon(const char *name)
{
	if (main_lexicon && strcmp(main_lexicon_name, name) == 0)
		return main_lexicon;
	top_alloc.realloc_fn = am_ctx_realloc;
	top_alloc.ctx = TopMemoryContext;
	{
		kn_lexicon *lx = kn_lexicon_create(&top_alloc);

		if (strcmp(name, "none") != 0)
			load_into(lx, name, "lexicon", KN_LEX_NOUN);
		main_lexicon = lx;
		strlcpy(main_lexicon_name, name, sizeof(main_lexicon_name));
	}
	return main_lexicon;
}

/* ---------------------------------------------------------------- dictionary */

/*
 * A cache of recent words and their lexemes. News repeats its vocabulary,
 * so most tokens skip normalisation and stemming. Each dictionary has its
 * own (a user dictionary changes the answers). Entries are packed into an
 * arena of CACHE_ARENA bytes, found through an index of CACHE_SLOTS
 * (hash, offset) pairs in sets of CACHE_WAYS (half a cache line). A hit
 * marks its slot; a new word takes a free way, else one not hit since the
 * set last filled. When the arena is full, the entries hit since the last
 * time move to a new arena and the rest are forgotten, so the words a text
 * keeps using outlive the many it uses once. 2.5 MB hold some 90,000 words.
 *
 * An entry: wlen, nlex (0 with a word: a stopword), nalt, refs (bit j: the
 * lexeme j is the word's own first bytes and is not stored again, as 투자
 * in 투자를), the nlex lexeme lengths, the word, the stored lexemes; every
 * length fits a byte.
 */
#define CACHE_SLOTS 65536		/* a power of two */
#define CACHE_WAYS 4
#define CACHE_ARENA (2 * 1024 * 1024)
#define CACHE_HIT 0x80000000u	/* in cache_index.off */
#define ENTRY_HEAD 4			/* wlen, nlex, nalt, refs */

typedef struct cache_index
{
	uint32		hash;			/* 0: empty (kn_hash is never 0) */
	uint32		off;			/* into the arena, | CACHE_HIT once hit */
} cache_index;

typedef struct word_cache
{
	cache_index *index;
	char	   *arena;
	uint32		used;
	MemoryContext cxt;			/* of index and arena */
} word_cache;

typedef struct KoreanDict
{
	kn_lexicon *main;
	kn_lexicon *user;			/* NULL when no UserDictionary is set */
	kn_alloc	alloc;
	word_cache	cache;
} KoreanDict;

PG_FUNCTION_INFO_V1(kdict_init);
Datum
kdict_init(PG_FUNCTION_ARGS)
{
	List	   *options = (List *) PG_GETARG_POINTER(0);
	KoreanDict *d = palloc0(sizeof(KoreanDict));
	const char *lexicon = NULL,
			   *user = NULL;
	ListCell   *l;

	/*
	 * No encoding check here: CREATE TEXT SEARCH DICTIONARY calls this to
	 * check the options, and the extension must install in any database.
	 * Lexizing refuses non-UTF8 databases instead.
	 */
	foreach(l, options)
	{
		DefElem    *def = (DefElem *) lfirst(l);

		if (strcmp(def->defname, "lexicon") == 0)
		{
			if (lexicon)
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						 errmsg("multiple Lexicon parameters")));
			lexicon = defGetString(def);
		}
		else if (strcmp(def->defname, "userdictionary") == 0)
		{
			if (user)
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						 errmsg("multiple UserDictionary parameters")));
			user = defGetString(def);
		}
		else
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("unrecognized Korean dictionary parameter: \"%s\"",
							def->defname),
					 errhint("The parameters are Lexicon and UserDictionary.")));
	}
	d->main = get_main_lexicon(lexicon ? lexicon : DEFAULT_LEXICON);
	d->cache.index = MemoryContextAllocZero(CurrentMemoryContext,
											sizeof(cache_index) * CACHE_SLOTS);
	d->cache.arena = MemoryContextAlloc(CurrentMemoryContext, CACHE_ARENA);
	d->cache.used = 0;
	d->cache.cxt = CurrentMemoryContext;
	if (user && user[0])
	{
		/* the user's words live as long as this dictionary's cache entry */
		d->alloc.realloc_fn = am_ctx_realloc;
		d->alloc.ctx = CurrentMemoryContext;
		d->user = kn_lexicon_create(&d->alloc);
		load_into(d->user, user, "dict", KN_LEX_USER | KN_LEX_NOUN);
	}
	PG_RETURN_POINTER(d);
}

/* The stemmer's result as a TSLexeme array (see nvariant below). */
static TSLexeme *
result_lexemes(int n, int nalt, const char *const *lex, const int *lens)
{
	TSLexeme   *res = palloc0(sizeof(TSLexeme) * (n + 1));
	int			i;

	for (i = 0; i < n; i++)
	{
		res[i].lexeme = pnstrdup(lex[i], lens[i]);

		/*
		 * Variants: each reading of the whole word is one; the compound's
		 * parts together are another, so to_tsquery('기업가치') is
		 * '기업가치' | ('기업' & '가치').
		 */
		res[i].nvariant = (uint16) (i < nalt ? i + 1 : nalt + 1);
	}
	return res;
}

/* Bytes of the entry at e. */
static uint32
entry_size(const uint8 *e)
{
	uint32		size = ENTRY_HEAD + e[1] + e[0];
	int			j;

	for (j = 0; j < e[1]; j++)
		if (!(e[3] & (1 << j)))
			size += e[ENTRY_HEAD + j];
	return size;
}

/*
 * The arena is full: keep the entries hit since the last time (in a new
 * arena, their marks cleared), forget the rest. When they alone would fill
 * half of it, forget all.
 */
static void
cache_compact(word_cache *cache)
{
	char	   *fresh = MemoryContextAlloc(cache->cxt, CACHE_ARENA);
	uint32		used = 0;
	int			i;

	for (i = 0; i < CACHE_SLOTS; i++)
	{
		cache_index *x = &cache->index[i];

		if (x->hash != 0 && (x->off & CACHE_HIT) && used < CACHE_ARENA / 2)
		{
			const uint8 *e = (const uint8 *) cache->arena + (x->off & ~CACHE_HIT);
			uint32		size = entry_size(e);

			memcpy(fresh + used, e, size);
			x->off = used;
			used += size;
		}
		else
			x->hash = 0;
	}
	if (used >= CACHE_ARENA / 2)
	{
		memset(cache->index, 0, sizeof(cache_index) * CACHE_SLOTS);
		used = 0;
	}
	pfree(cache->arena);
	cache->arena = fresh;
	cache->used = used;
}

/* Lexemes of one word, through the cache when there is one. */
static TSLexeme *
stem_lexemes(const kn_lexicon *main, const kn_lexicon *user,
			 word_cache *cache, const char *word, int len)
{
	uint32		h = kn_hash(word, len);
	cache_index *set = cache && len <= 255 ?
		&cache->index[(h & (CACHE_SLOTS / CACHE_WAYS - 1)) * CACHE_WAYS] : NULL;
	cache_index *slot = NULL;
	const char *lex[KN_STEM_MAX_PARTS + 1];
	int			lens[KN_STEM_MAX_PARTS + 1];
	int			i,
				nlex,
				nalt;
	int			nlen;
	char	   *nfkc,
			   *folded;
	static kn_stem_result result;	/* 8 kB: not palloc'd per word */
	kn_stem_result *r = &result;
	TSLexeme   *res;

	if (set)
	{
		for (i = 0; i < CACHE_WAYS; i++)
		{
			const uint8 *e = (const uint8 *) cache->arena + (set[i].off & ~CACHE_HIT);

			if (set[i].hash == h && e[0] == len &&
				memcmp(e + ENTRY_HEAD + e[1], word, len) == 0)
			{
				const char *p = (const char *) e + ENTRY_HEAD + e[1] + len;
				int			j;

				for (j = 0; j < e[1]; j++)
				{
					lens[j] = e[ENTRY_HEAD + j];
					if (e[3] & (1 << j))
						lex[j] = word;
					else
					{
						lex[j] = p;
						p += lens[j];
					}
				}
				set[i].off |= CACHE_HIT;
				return result_lexemes(e[1], e[2], lex, lens);
			}
		}
		/* a free way, else one not hit lately, else the hash's pick */
		for (i = 0; i < CACHE_WAYS && !slot; i++)
			if (set[i].hash == 0)
				slot = &set[i];
		for (i = 0; i < CACHE_WAYS && !slot; i++)
			if (!(set[i].off & CACHE_HIT))
				slot = &set[i];
		if (!slot)
		{
			for (i = 0; i < CACHE_WAYS; i++)
				set[i].off &= ~CACHE_HIT;
			slot = &set[(h >> 24) % CACHE_WAYS];
		}
	}

	nfkc = am_normalize_input(word, len, &nlen);
	folded = am_casefold_utf8(nfkc, nlen, &nlen);
	kn_stem(main, user, folded, (size_t) nlen, r);
	nlex = r->stop ? 0 : r->n;
	nalt = r->nalt ? r->nalt : nlex;
	for (i = 0; i < nlex; i++)
	{
		lex[i] = r->buf + r->off[i];
		lens[i] = (int) r->len[i];
	}
	if (slot)
	{
		uint32		size = ENTRY_HEAD + (uint32) nlex + (uint32) len;
		int			refs = 0;
		bool		fits = true;

		for (i = 0; i < nlex; i++)
		{
			if (lens[i] <= len && memcmp(lex[i], word, lens[i]) == 0)
				refs |= 1 << i;
			else
				size += (uint32) lens[i];
			fits = fits && lens[i] <= 255;
		}
		if (fits)
		{
			char	   *p;

			if (cache->used + size > CACHE_ARENA)
				cache_compact(cache);	/* slot was not hit: now free */
			p = cache->arena + cache->used;
			slot->hash = h;
			slot->off = cache->used;
			cache->used += size;
			*p++ = (char) len;
			*p++ = (char) nlex;
			*p++ = (char) nalt;
			*p++ = (char) refs;
			for (i = 0; i < nlex; i++)
				*p++ = (char) lens[i];
			memcpy(p, word, len);
			p += len;
			for (i = 0; i < nlex; i++)
				if (!(refs & (1 << i)))
				{
					memcpy(p, lex[i], lens[i]);
					p += lens[i];
				}
		}
	}
	res = result_lexemes(nlex, nalt, lex, lens);

	/*
	 * Lexizing runs in the caller's context for a whole document: free what
	 * this word needed, or a long text of new words grows by kilobytes a
	 * word. (norm is the input itself when nothing had to change.)
	 */
	if (folded != nfkc)
		pfree(folded);
	if (nfkc != word)
		pfree(nfkc);
	return res;
}

PG_FUNCTION_INFO_V1(kdict_lexize);
Datum
kdict_lexize(PG_FUNCTION_ARGS)
{
	KoreanDict *d = (KoreanDict *) PG_GETARG_POINTER(0);

	require_utf8("the aimarket Korean dictionary");
	PG_RETURN_POINTER(stem_lexemes(d->main, d->user, &d->cache,
								   (const char *) PG_GETARG_POINTER(1),
								   PG_GETARG_INT32(2)));
}

static char *
ascii_lower(const char *s, int len)
{
	char	   *r = pnstrdup(s, len);
	int			i;

	for (i = 0; i < len; i++)
		r[i] = pg_ascii_tolower((unsigned char) r[i]);
	return r;
}

/* Money: one lexeme for the value, so 8조6000억원 and 8조 6000억 원 meet. */
static char *
money_lexeme(const char *word, int len)
{
	int			nlen;
	char	   *norm = am_normalize_input(word, len, &nlen);
	kn_money	m;
	kn_error	err;
	char		lo[64],
				hi[64];
	char	   *cur;

	if (kn_parse_money(norm, nlen, &m, &err) != KN_OK)
	{
		kn_money	pm;

		/* the parser found it with the prefix grammar: read the same way */
		if (kn_scan_money(norm, nlen, 0, &pm) != KN_OK || pm.currency[0] == '\0')
			return ascii_lower(word, len);
		m = pm;
	}
	kn_dec_to_text(&m.lower, lo);
	kn_dec_to_text(&m.upper, hi);
	cur = ascii_lower(m.currency, 3);
	if (kn_dec_cmp(&m.lower, &m.upper) == 0)
		return psprintf("%s%s", lo, cur);
	return psprintf("%s..%s%s", lo, hi, cur);
}

/*
 * A money token gives two readings: the figure as written (blanks left
 * out, Latin lower-cased: 8조6000억원) and its value (8600000000000krw), so
 * a query matches the same words and any other way of writing the value.
 */
static TSLexeme *
money_lexemes(const char *word, int len)
{
	TSLexeme   *res = palloc0(sizeof(TSLexeme) * 3);
	char	   *written = palloc(len + 1);
	int			i,
				n = 0;

	for (i = 0; i < len; i++)
		if (word[i] != ' ' && word[i] != '\t' && word[i] != '\n' && word[i] != '\r')
			written[n++] = pg_ascii_tolower((unsigned char) word[i]);
	written[n] = '\0';
	res[0].lexeme = written;
	res[0].nvariant = 1;
	res[1].lexeme = money_lexeme(word, len);
	res[1].nvariant = 2;
	if (strcmp(res[0].lexeme, res[1].lexeme) == 0)
		res[1].lexeme = NULL;
	return res;
}

PG_FUNCTION_INFO_V1(kmoney_lexize);
Datum
kmoney_lexize(PG_FUNCTION_ARGS)
{
	require_utf8("the aimarket Korean money dictionary");
	PG_RETURN_POINTER(money_lexemes((const char *) PG_GETARG_POINTER(1),
									PG_GETARG_INT32(2)));
}

/* ---------------------------------------------------------------- tokenize */

PG_FUNCTION_INFO_V1(aimarket_tokenize);
Datum
aimarket_tokenize(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	text	   *body = PG_GETARG_TEXT_PP(0);
	const char *s = VARDATA_ANY(body);
	size_t		len = VARSIZE_ANY_EXHDR(body);
	kn_tokenizer t;
	kn_lexicon *main;
	size_t		off,
				tlen,
				cpos = 1,
				counted = 0;
	int			type;
	MemoryContext rowcxt,
				old;

	require_utf8("aimarket.tokenize");
	InitMaterializedSRF(fcinfo, 0);
	main = get_main_lexicon(DEFAULT_LEXICON);
	rowcxt = AllocSetContextCreate(CurrentMemoryContext, "aimarket tokenize row",
								   ALLOCSET_SMALL_SIZES);
	kn_tokenizer_init(&t, s, len);
	while ((type = kn_next_token(&t, &off, &tlen)) != 0)
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
		if (type == KN_TOK_MONEY)
			lx = money_lexemes(s + off, (int) tlen);
		else
			lx = stem_lexemes(main, NULL, NULL, s + off, (int) tlen);
		while (lx[n].lexeme)
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

/* Backend memory the lexicon costs, for the README's figure. */
PG_FUNCTION_INFO_V1(aimarket_korean_lexicon_stats);
Datum
aimarket_korean_lexicon_stats(PG_FUNCTION_ARGS)
{
	TupleDesc	tupdesc;
	Datum		values[2];
	bool		nulls[2] = {false, false};
	kn_lexicon *lx;

	require_utf8("aimarket.korean_lexicon_stats");
	lx = get_main_lexicon(DEFAULT_LEXICON);
	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "return type must be a row type");
	values[0] = Int64GetDatum((int64) kn_lexicon_size(lx));
	values[1] = Int64GetDatum((int64) (kn_lexicon_bytes(lx) +
									   kn_stem_tables_bytes(&top_alloc)));
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(BlessTupleDesc(tupdesc),
													  values, nulls)));
}
