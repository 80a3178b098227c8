/*
 * ktsearch_dict.c - the two dictionary templates of aimarket.korean: the
 * stemmer (korean_stem: options, the word cache, lexize) and the money
 * dictionary (korean_money: a figure's value as a second lexeme).
 */
#include "postgres.h"

#include <sys/mman.h>

#include "commands/defrem.h"
#include "fmgr.h"
#include "mb/pg_wchar.h"
#include "tsearch/ts_public.h"
#include "utils/memutils.h"

#include "kn_stem.h"
#include "ktsearch.h"
#include "textnorm.h"

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

/* Forget every cached stem (the user lexicon changed). */
void
ktsearch_cache_clear(word_cache *cache)
{
	memset(cache->entries, 0, sizeof(cache_entry) * CACHE_SETS * CACHE_WAYS);
}

/*
 * The cache the parser's prefetches go to: that of the dictionary that
 * lexized last (see ktsearch_prefetch).
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
	ktsearch_release_words(d->main);
	ktsearch_release_words(d->user);
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
	int			userwords = 0;
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
		else if (pg_strcasecmp(def->defname, "userwords") == 0)
			userwords = defGetBoolean(def) ? 1 : 2;	/* 2: off, said */
		else if (pg_strcasecmp(def->defname, "cataloguenames") == 0)
			d->names = defGetBoolean(def);
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
					 errhint("The parameters are Lexicon, UserDictionary, UserWords and CatalogueNames.")));
	}
	/* the table's words unless UserWords = off; CatalogueNames needs them */
	d->table_words = userwords != 2 || d->names;
	d->forget.func = forget_dict;
	d->forget.arg = d;
	MemoryContextRegisterResetCallback(CurrentMemoryContext, &d->forget);
	d->main = ktsearch_acquire_words(lexicon ? lexicon : DEFAULT_LEXICON, "lexicon",
								KN_LEX_NOUN);
	if (user && user[0])
		d->user = ktsearch_acquire_words(user, "dict", KN_LEX_USER | KN_LEX_NOUN);
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
TSLexeme *
ktsearch_stem_lexemes(const kn_lexicon *main, const kn_lexicon *user,
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
void
ktsearch_prefetch(const char *word, int len)
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

	const kn_lexicon *user;
	bool		changed;

	am_require_encoding(false, "the aimarket Korean dictionary");
	user = ktsearch_user_lexicon(d, &changed);
	if (changed)
		ktsearch_cache_clear(&d->cache);
	prefetch_to = &d->cache;
	PG_RETURN_POINTER(ktsearch_stem_lexemes(d->main->lx, user, &d->cache,
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
