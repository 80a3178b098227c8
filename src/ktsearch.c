/*
 * ktsearch.c - aimarket's Korean text search: the parser, the two
 * dictionary templates, and tokenize() for inspection.
 *
 * Parser and dictionaries share nothing outside PostgreSQL's API that
 * could change a result: the parser hands out tokens, each dictionary sees
 * one token's text, so ts_debug, ts_lexize and to_tsvector agree. (The
 * parser's one other touch of a dictionary is a prefetch of the cache
 * lines where a coming word would be: see kparser.)
 */
#include "postgres.h"

#include <sys/mman.h>

#include "catalog/namespace.h"
#include "commands/defrem.h"
#include "fmgr.h"
#include "funcapi.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "storage/fd.h"
#include "tsearch/ts_cache.h"
#include "tsearch/ts_public.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"

#include "kn_stem.h"
#include "kn_tokenize.h"
#include "textnorm.h"

#define DEFAULT_LEXICON "aimarket_korean"

/* CHECK_FOR_INTERRUPTS in a loop's condition; never true. */
static inline bool
interrupted(void)
{
	CHECK_FOR_INTERRUPTS();
	return false;
}

/* ---------------------------------------------------------------- parser */

static void cache_prefetch(const char *word, int len);

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
			cache_prefetch(p->t.s + p->off[i], (int) p->len[i]);
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

/* ---------------------------------------------------------------- lexicons */

/* Read a whole file of tsearch_data; the caller pfrees it. */
static char *
read_tsearch_file(const char *name, const char *suffix, size_t *len,
				  char **path_out, bool missing_ok)
{
	char	   *path = get_tsearch_config_filename(name, suffix);
	FILE	   *f = AllocateFile(path, "rb");
	StringInfoData buf;
	char		chunk[65536];
	size_t		n;

	if (f == NULL && missing_ok && errno == ENOENT)
		return NULL;
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

/* Add the words of a file's text to lx, or raise the file's error. */
static void
load_words(kn_lexicon *lx, const char *data, size_t len, const char *path,
		   int flags)
{
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
}

/*
 * The stemmer's shortcuts for the lexicon file name.lexicon, if the build
 * made them (name.shortcuts): they only make stemming faster, so a missing
 * file, or one made for another version of the lexicon file, is passed
 * over; a damaged one is an error.
 */
static void
load_shortcuts(kn_lexicon *lx, const char *name, uint64 lexicon_hash)
{
	size_t		len;
	char	   *path;
	char	   *data = read_tsearch_file(name, "shortcuts", &len, &path, true);
	int			got;

	if (data == NULL)
		return;
	got = kn_lexicon_shortcuts(lx, lexicon_hash, data, len);
	if (got < 0)
		ereport(ERROR,
				(errcode(ERRCODE_CONFIG_FILE_ERROR),
				 errmsg("invalid Korean stemmer shortcut file \"%s\"", path),
				 errhint("Rebuild and reinstall aimarket, or remove the file.")));
	if (got == 0)
		elog(DEBUG1, "Korean stemmer shortcut file \"%s\" was made for another lexicon file: not used",
			 path);
	pfree(data);
}

/*
 * Loaded word files, shared by every dictionary of the backend that names
 * the same file: each is read into memory once, however many dictionaries
 * use it and however often they are altered. Each lives in its own memory
 * context under TopMemoryContext. A dictionary's init reads its files
 * again (the lexicon is half a megabyte: about a millisecond) and compares
 * their hash, so a file edited on disk is loaded anew by the next ALTER
 * TEXT SEARCH DICTIONARY; the version it replaces is freed then if no
 * dictionary still uses it. A file nobody uses any more stays loaded for
 * the next dictionary that names it: the memory is bounded by the files
 * under tsearch_data, not by the number of dictionaries or of ALTERs. A
 * load that fails frees everything it allocated, because its context
 * hangs under the caller's until the load has succeeded.
 */
typedef struct word_file
{
	struct word_file *next;
	char		file[NAMEDATALEN + 16];	/* name.suffix, as the option named it */
	int			flags;			/* kn_lexicon_load's default_flags */
	uint64		hash;			/* kn_text_hash of the file */
	int			users;			/* dictionaries holding it */
	MemoryContext ctx;			/* this struct and the words */
	kn_alloc	alloc;
	kn_lexicon *lx;
} word_file;

static word_file *word_files;

/* The stemmer's own tables live as long as the backend (kn_stem.h). */
static kn_alloc top_alloc = {am_ctx_realloc, NULL, NULL};

static void
prepare_stemmer(void)
{
	top_alloc.ctx = TopMemoryContext;
	(void) kn_stem_tables_bytes(&top_alloc);
}

/* Free the loaded versions of file that no dictionary uses, but keep. */
static void
free_unused_versions(const char *file, int flags, const word_file *keep)
{
	word_file **p = &word_files;

	while (*p)
	{
		word_file  *w = *p;

		if (w != keep && w->users == 0 && w->flags == flags &&
			strcmp(w->file, file) == 0)
		{
			*p = w->next;
			MemoryContextDelete(w->ctx);
		}
		else
			p = &w->next;
	}
}

/*
 * The words of name.suffix (name "none" for the main lexicon: no words),
 * counted as used by one more dictionary: see word_file.
 */
static word_file *
acquire_word_file(const char *name, const char *suffix, int flags)
{
	bool		none = strcmp(suffix, "lexicon") == 0 && strcmp(name, "none") == 0;
	char		file[NAMEDATALEN + 16];
	size_t		len = 0;
	char	   *path = NULL;
	char	   *data = NULL;
	uint64		hash;
	word_file  *w;
	MemoryContext ctx;

	prepare_stemmer();
	snprintf(file, sizeof(file), "%s.%s", name, suffix);
	if (!none)
		data = read_tsearch_file(name, suffix, &len, &path, false);
	hash = kn_text_hash(data ? data : "", len);
	for (w = word_files; w; w = w->next)
		if (w->hash == hash && w->flags == flags && strcmp(w->file, file) == 0)
		{
			if (data)
				pfree(data);
			w->users++;
			return w;
		}
	ctx = AllocSetContextCreate(CurrentMemoryContext, "aimarket Korean words",
								ALLOCSET_DEFAULT_SIZES);
	w = MemoryContextAllocZero(ctx, sizeof(word_file));
	strlcpy(w->file, file, sizeof(w->file));
	w->flags = flags;
	w->hash = hash;
	w->ctx = ctx;
	w->alloc.realloc_fn = am_ctx_realloc;
	w->alloc.ctx = ctx;
	w->lx = kn_lexicon_create(&w->alloc);
	if (data)
	{
		load_words(w->lx, data, len, path, flags);
		if (strcmp(suffix, "lexicon") == 0)
			load_shortcuts(w->lx, name, hash);
		pfree(data);
	}
	MemoryContextSetParent(ctx, TopMemoryContext);
	w->users = 1;
	w->next = word_files;
	word_files = w;
	free_unused_versions(file, flags, w);
	return w;
}

static void
release_word_file(word_file *w)
{
	if (w && w->users > 0)
		w->users--;
}

/* ---------------------------------------------------------------- dictionary */

/*
 * A cache of recent words and their lexemes. News repeats its vocabulary,
 * so most tokens skip normalisation and stemming. Each dictionary has its
 * own (a user dictionary changes the answers). An entry is 32 bytes, four
 * to a set of two cache lines, so a hit reads one place. A hit marks its
 * entry; a new word takes a free way, else one not hit since it came in,
 * else (all four were hit) the marks are cleared and the hash picks one:
 * the words a text keeps using outlive the many it uses once. A word whose
 * entry does not fit 32 bytes (1.2 % of the tokens of 21 MB of news) is
 * stemmed each time. 4 MB hold 131,072 words (2 MB missed 20 % more
 * words of the open corpus, and were slower).
 */
#define CACHE_SETS 32768		/* a power of two */
#define CACHE_WAYS 4
#define ENTRY_DATA 24

typedef struct cache_entry
{
	uint32		hash;			/* 0: empty (cache_hash is never 0) */
	uint8		wlen;			/* bytes of the word */
	uint8		nlex;			/* 0 with a word: a stopword */
	uint8		nalt;			/* see result_lexemes */
	uint8		hit;			/* looked up again since it came in */

	/*
	 * nlex (offset, length) pairs, then the word, then the lexemes that
	 * are not part of it (만들 for 만드는; 투자 in 투자를 and 가치 in
	 * 기업가치를 point into the word). Offsets count from the word.
	 */
	uint8		data[ENTRY_DATA];
} cache_entry;

StaticAssertDecl(sizeof(cache_entry) == 32, "a cache entry is 32 bytes");

typedef struct word_cache
{
	cache_entry *entries;		/* CACHE_SETS * CACHE_WAYS (cache_alloc) */
} word_cache;

/* The set where a word of hash h lives. */
static inline cache_entry *
cache_set(const word_cache *cache, uint32 h)
{
	return &cache->entries[(h & (CACHE_SETS - 1)) * CACHE_WAYS];
}

#define HUGE_PAGE ((Size) 2 * 1024 * 1024)

/*
 * The cache's memory, zeroed, in ctx: a run aligned to 2 MB inside a
 * chunk 2 MB larger, which the kernel is asked to back with huge pages
 * (only a hint; without them the memory is the same, in 4 kB pages).
 * Look-ups all over the cache then miss the TLB less (4 MB in small pages
 * read the open corpus no faster than 2 MB), and a new backend clears it
 * with two page faults instead of 1,024 (12 ms on a virtual machine). Of
 * the 2 MB around the run only the allocator's header is ever written.
 */
static cache_entry *
cache_alloc(MemoryContext ctx)
{
	Size		size = sizeof(cache_entry) * CACHE_SETS * CACHE_WAYS;
	char	   *run = (char *) TYPEALIGN(HUGE_PAGE, MemoryContextAlloc(ctx, size + HUGE_PAGE));

#ifdef MADV_HUGEPAGE
	(void) madvise(run, size, MADV_HUGEPAGE);
#endif
	memset(run, 0, size);
	return (cache_entry *) run;
}

typedef struct KoreanDict
{
	word_file  *main;
	word_file  *user;			/* NULL when no UserDictionary is set */
	word_cache	cache;
	MemoryContextCallback forget;	/* see forget_dict */
} KoreanDict;

/*
 * The cache the parser's prefetches go to: that of the dictionary that
 * lexized last (see cache_prefetch).
 */
static word_cache *prefetch_to;

/*
 * A dictionary's memory goes (ALTER TEXT SEARCH DICTIONARY, a failed
 * init, or any change that rebuilds PostgreSQL's cache of it): its word
 * files lose a user and the parser stops prefetching into its cache.
 */
static void
forget_dict(void *arg)
{
	KoreanDict *d = (KoreanDict *) arg;

	if (prefetch_to == &d->cache)
		prefetch_to = NULL;
	release_word_file(d->main);
	release_word_file(d->user);
	d->main = d->user = NULL;
}

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

		if (pg_strcasecmp(def->defname, "lexicon") == 0)
		{
			if (lexicon)
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						 errmsg("multiple Lexicon parameters")));
			lexicon = defGetString(def);
		}
		else if (pg_strcasecmp(def->defname, "userdictionary") == 0)
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
	d->forget.func = forget_dict;
	d->forget.arg = d;
	MemoryContextRegisterResetCallback(CurrentMemoryContext, &d->forget);
	d->main = acquire_word_file(lexicon ? lexicon : DEFAULT_LEXICON, "lexicon",
								KN_LEX_NOUN);
	if (user && user[0])
		d->user = acquire_word_file(user, "dict", KN_LEX_USER | KN_LEX_NOUN);
	d->cache.entries = cache_alloc(CurrentMemoryContext);
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
		res[i].lexeme = palloc(lens[i] + 1);
		memcpy(res[i].lexeme, lex[i], lens[i]);
		res[i].lexeme[lens[i]] = '\0';

		/*
		 * Variants: each reading of the whole word is one; the compound's
		 * parts together are another, so to_tsquery('기업가치') is
		 * '기업가치' | ('기업' & '가치'). nalt 0: one variant, the parts
		 * with the whole (to_tsquery('오픈AI') is '오픈ai' & 'ai').
		 */
		res[i].nvariant = (uint16) (nalt == 0 ? 1 : i < nalt ? i + 1 : nalt + 1);
	}
	return res;
}

/*
 * The last len < 8 bytes of a word as a number, read without a call or a
 * byte loop where the word is long enough: an 8-byte (or two 4-byte) read
 * that ends at the word's end. full is the word's whole length.
 */
static inline uint64
tail_bytes(const char *s, int len, int full)
{
	uint64		v = 0;
	int			i;

	if (full >= 8)
		return kn_load8(s + len - 8) >> (8 * (8 - len));
	if (len >= 4)
		return kn_load4(s) | (uint64) kn_load4(s + len - 4) << 32;
	for (i = 0; i < len; i++)
		v |= (uint64) (uint8) s[i] << (8 * i);
	return v;
}

/*
 * The cache's key: FNV-1a's byte loop is slow for this, and the key never
 * leaves the backend, so eight bytes at a time.
 */
static inline uint32
cache_hash(const char *s, int len)
{
	uint64		h = 0x9E3779B97F4A7C15u ^ (uint64) len;
	int			full = len;

	while (len >= 8)
	{
		h = (h ^ kn_load8(s)) * 0xFF51AFD7ED558CCDu;
		h ^= h >> 32;
		s += 8;
		len -= 8;
	}
	if (len > 0)
		h = (h ^ tail_bytes(s, len, full)) * 0xFF51AFD7ED558CCDu;
	h ^= h >> 29;
	h *= 0xC4CEB9FE1A85EC53u;
	h ^= h >> 32;
	return (uint32) h ? (uint32) h : 1;
}

/* Offset of the n bytes at p within the d bytes at data, or -1. */
static int
find_bytes(const uint8 *data, int d, const char *p, int n)
{
	int			i;

	for (i = 0; i + n <= d; i++)
		if (memcmp(data + i, p, n) == 0)
			return i;
	return -1;
}

/* Fill e with the word and its lexemes; false when they do not fit. */
static bool
cache_fill(cache_entry *e, uint32 h, const char *word, int len, int nlex,
		   int nalt, const char *const *lex, const int *lens)
{
	uint8	   *data = e->data;
	uint8	   *base = data + 2 * nlex;
	int			room = ENTRY_DATA - 2 * nlex,
				used = len,
				i;

	if (len > room)
		return false;
	memcpy(base, word, len);
	for (i = 0; i < nlex; i++)
	{
		int			at = find_bytes(base, used, lex[i], lens[i]);

		if (at < 0)
		{
			if (used + lens[i] > room)
				return false;
			memcpy(base + used, lex[i], lens[i]);
			at = used;
			used += lens[i];
		}
		data[2 * i] = (uint8) at;
		data[2 * i + 1] = (uint8) lens[i];
	}
	e->hash = h;
	e->wlen = (uint8) len;
	e->nlex = (uint8) nlex;
	e->nalt = (uint8) nalt;
	e->hit = 0;
	return true;
}

/* Lexemes of one word, through the cache when there is one. */
static TSLexeme *
stem_lexemes(const kn_lexicon *main, const kn_lexicon *user,
			 word_cache *cache, const char *word, int len)
{
	uint32		h = 0;
	cache_entry *set = NULL,
				fresh;
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

	if (cache && len <= ENTRY_DATA)
	{
		h = cache_hash(word, len);
		set = cache_set(cache, h);
		for (i = 0; i < CACHE_WAYS; i++)
		{
			cache_entry *e = &set[i];

			if (e->hash == h && e->wlen == len &&
				kn_bytes_equal((const char *) e->data + 2 * e->nlex, word, len))
			{
				const char *base = (const char *) e->data + 2 * e->nlex;
				int			j;

				for (j = 0; j < e->nlex; j++)
				{
					lex[j] = base + e->data[2 * j];
					lens[j] = e->data[2 * j + 1];
				}
				e->hit = 1;
				return result_lexemes(e->nlex, e->nalt, lex, lens);
			}
		}
	}

	/*
	 * Most words are ASCII and Hangul syllables, which NFKC and case
	 * folding leave as they are (the stemmer lower-cases ASCII letters
	 * itself), so they skip both.
	 */
	if (GetDatabaseEncoding() == PG_UTF8 && kn_plain_hangul(word, len, 1))
	{
		nfkc = folded = (char *) word;
		nlen = len;
	}
	else
	{
		nfkc = am_normalize_input(word, len, &nlen);
		folded = am_casefold_utf8(nfkc, nlen, &nlen);
	}
	kn_stem(main, user, folded, (size_t) nlen, r);
	nlex = r->stop ? 0 : r->n;
	nalt = r->joint ? 0 : r->nalt ? r->nalt : nlex;
	for (i = 0; i < nlex; i++)
	{
		lex[i] = r->buf + r->off[i];
		lens[i] = (int) r->len[i];
	}
	if (set && cache_fill(&fresh, h, word, len, nlex, nalt, lex, lens))
	{
		/* a free way, else one not hit since it came in, else the hash's */
		cache_entry *victim = NULL;

		for (i = 0; i < CACHE_WAYS && !victim; i++)
			if (set[i].hash == 0)
				victim = &set[i];
		for (i = 0; i < CACHE_WAYS && !victim; i++)
			if (!set[i].hit)
				victim = &set[i];
		if (!victim)
		{
			for (i = 0; i < CACHE_WAYS; i++)
				set[i].hit = 0;
			victim = &set[(h >> 24) % CACHE_WAYS];
		}
		*victim = fresh;
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

/* Ask for the cache set where word would be (see the parser). */
static void
cache_prefetch(const char *word, int len)
{
	if (prefetch_to && len <= ENTRY_DATA)
	{
		const char *set = (const char *) cache_set(prefetch_to, cache_hash(word, len));

		/* a set is two lines */
		__builtin_prefetch(set);
		__builtin_prefetch(set + 64);
	}
}

PG_FUNCTION_INFO_V1(kdict_lexize);
Datum
kdict_lexize(PG_FUNCTION_ARGS)
{
	KoreanDict *d = (KoreanDict *) PG_GETARG_POINTER(0);

	am_require_encoding(false, "the aimarket Korean dictionary");
	prefetch_to = &d->cache;
	PG_RETURN_POINTER(stem_lexemes(d->main->lx, d->user ? d->user->lx : NULL, &d->cache,
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
	int			nlen = len,
				n,
				i;
	const char *norm = word;
	kn_money	m;
	kn_error	err;
	char	   *res;
	bool		read = true;

	/* NFKC leaves ASCII and Hangul syllables, most money tokens, alone */
	if (!kn_plain_hangul(word, len, 1))
		norm = am_normalize_input(word, len, &nlen);
	if (kn_parse_money(norm, nlen, &m, &err) != KN_OK)
	{
		kn_money	pm;

		/* the parser found it with the prefix grammar: read the same way */
		if (kn_scan_money(norm, nlen, 0, &pm) != KN_OK || pm.currency[0] == '\0')
			read = false;
		else
			m = pm;
	}
	if (norm != word)
		pfree((char *) norm);
	if (!read)
		return ascii_lower(word, len);

	/* lower[..upper]currency, lower-cased: 8600000000000krw */
	res = palloc(2 * 72 + 8);	/* a value is at most 66 characters */
	n = kn_dec_to_text(&m.lower, res);
	if (kn_dec_cmp(&m.lower, &m.upper) != 0)
	{
		res[n++] = '.';
		res[n++] = '.';
		n += kn_dec_to_text(&m.upper, res + n);
	}
	for (i = 0; i < 3 && m.currency[i]; i++)
		res[n++] = pg_ascii_tolower((unsigned char) m.currency[i]);
	res[n] = '\0';
	return res;
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
	am_require_encoding(false, "the aimarket Korean money dictionary");
	PG_RETURN_POINTER(money_lexemes((const char *) PG_GETARG_POINTER(1),
									PG_GETARG_INT32(2)));
}

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
	char	   *filtered = NULL;
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

			res = stem_lexemes(d->main->lx, d->user ? d->user->lx : NULL, NULL,
							   word, len);
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
			filtered = res->lexeme;
			word = filtered;
			len = (int) strlen(filtered);
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

/* Backend memory the lexicon costs, for the README's figure. */
PG_FUNCTION_INFO_V1(aimarket_korean_lexicon_stats);
Datum
aimarket_korean_lexicon_stats(PG_FUNCTION_ARGS)
{
	TupleDesc	tupdesc;
	Datum		values[2];
	bool		nulls[2] = {false, false};
	static word_file *stats_words;	/* the default lexicon, held */
	kn_lexicon *lx;

	am_require_encoding(false, "aimarket.korean_lexicon_stats");
	if (stats_words == NULL)
		stats_words = acquire_word_file(DEFAULT_LEXICON, "lexicon", KN_LEX_NOUN);
	lx = stats_words->lx;
	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "return type must be a row type");
	values[0] = Int64GetDatum((int64) kn_lexicon_size(lx));
	values[1] = Int64GetDatum((int64) (kn_lexicon_bytes(lx) +
									   kn_stem_tables_bytes(&top_alloc)));
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(BlessTupleDesc(tupdesc),
													  values, nulls)));
}
