/*
 * ktsearch.h - what the files of aimarket's Korean text search share: the
 * parser (ktsearch_parser.c), the word files the dictionaries load
 * (ktsearch_words.c), the two dictionary templates and the word cache
 * (ktsearch_dict.c), and tokenize() (ktsearch_tokenize.c).
 *
 * Parser and dictionaries share nothing outside PostgreSQL's API that
 * could change a result: the parser hands out tokens, each dictionary sees
 * one token's text, so ts_debug, ts_lexize and to_tsvector agree. (The
 * parser's one other touch of a dictionary is a prefetch of the cache
 * lines where a coming word would be: see ktsearch_prefetch.)
 */
#ifndef KTSEARCH_H
#define KTSEARCH_H

#include "fmgr.h"
#include "miscadmin.h"
#include "tsearch/ts_public.h"
#include "utils/memutils.h"

#include "kn_stem.h"

#define DEFAULT_LEXICON "aimarket_korean"

/* CHECK_FOR_INTERRUPTS in a loop's condition; never true. */
static inline bool
interrupted(void)
{
	CHECK_FOR_INTERRUPTS();
	return false;
}

/* ktsearch_words.c: word files loaded once per backend and shared */
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

extern word_file *ktsearch_acquire_words(const char *name, const char *suffix, int flags);
extern void ktsearch_release_words(word_file *w);
extern char *ktsearch_read_word_file(const word_file *w, size_t *len);

/* ktsearch_dict.c: the stemming dictionary and its word cache */
typedef struct cache_entry cache_entry;
typedef struct word_cache
{
	cache_entry *entries;		/* CACHE_SETS * CACHE_WAYS (cache_alloc) */
} word_cache;

struct table_lexicon;

typedef struct KoreanDict
{
	word_file  *main;
	word_file  *user;			/* NULL when no UserDictionary is set */
	word_cache	cache;
	MemoryContextCallback forget;	/* see forget_dict */
	/* ktsearch_table.c: the words of aimarket.user_word (UserWords) */
	bool		table_words;
	bool		names;			/* CatalogueNames: the aliases too */
	bool		seen_valid;		/* the snapshot last checked */
	LocalTransactionId seen_lxid;
	CommandId	seen_cid;
	TransactionId seen_xmin;
	TransactionId seen_xmax;
	uint32		seen_xcnt;
	struct table_lexicon *slot;
	uint64		slot_generation;
} KoreanDict;

extern const kn_lexicon *ktsearch_user_lexicon(KoreanDict *d, bool *changed);
extern void ktsearch_cache_clear(word_cache *cache);

extern TSLexeme *ktsearch_stem_lexemes(const kn_lexicon *main, const kn_lexicon *user,
									   word_cache *cache, const char *word, int len);
extern void ktsearch_prefetch(const char *word, int len);
extern PGDLLEXPORT Datum kdict_lexize(PG_FUNCTION_ARGS);

#endif							/* KTSEARCH_H */
