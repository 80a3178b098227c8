/*
 * kn_lexicon_int.h - the layout of a kn_lexicon and its look-ups, shared
 * by the word table (kn_lexicon.c) and the analyser (kn_stem.c), which
 * reads it on every candidate cut of a word: the look-ups are static
 * inline so that they stay inlined in both. Not for other files.
 */
#ifndef KN_LEXICON_INT_H
#define KN_LEXICON_INT_H

#include <string.h>

#include "kn_stem.h"

/*
 * A slot is 16 bytes and holds a word of up to 12 bytes (four Hangul
 * syllables: most of the lexicon) itself, so that a look-up that finds
 * its word reads one cache line; a longer word keeps its first 8 bytes in
 * the slot and the rest in pool. The table of a 50,000-word lexicon (kept
 * at most three quarters full) takes 1 MB.
 */
#define SLOT_INLINE 12

typedef struct lex_slot
{
	uint8_t		len;			/* 0: an empty slot */
	uint8_t		flags;
	uint16_t	info;			/* shortcuts: class | answer << SC_ANSWER_SHIFT */
	char		w[SLOT_INLINE]; /* the word, or its first 8 bytes and the
								 * offset in pool of the rest (4 bytes) */
} lex_slot;

#define POOL_MAX ((size_t) 1 << 24) /* bytes of words (a length byte each) */

struct kn_lexicon
{
	const kn_alloc *al;
	lex_slot   *slots;
	size_t		cap;			/* power of two */
	size_t		n;
	char	   *pool;			/* the tails of words over SLOT_INLINE bytes */
	size_t		pool_len;
	size_t		pool_cap;
	size_t		word_bytes;		/* 1 + each word's length and length byte */
	int			reverse;		/* hash bytes from the end (the tail set,
								 * whose look-ups are suffixes of a word) */
	uint64_t   *bloom;			/* 16 bits a slot, two set per word: most
								 * look-ups miss, and this answers them
								 * without touching the slots */
	int			all_flags;		/* the flags of all its words, or'ed */
	uint64_t   *first_syl;		/* Hangul syllables that begin a word */

	/* shortcuts (kn_lexicon_shortcuts); NULL when none are attached */
	uint64_t   *sc_mask;		/* SC_MASK_WORDS a class, from class 1 */
	size_t		sc_nclass;
	struct sc_answer *sc_answer;	/* answers other than the word alone,
									 * from 1 */
	size_t		sc_nanswer;
	uint64_t   *sc_key;			/* the ending table: SC_ENDINGS_CAP keys */
	int16_t    *sc_ending;		/* ... and the bit of each, -1 empty */
};

#define HANGUL_BASE KN_SYLLABLE_FIRST
/*
 * An answer other than the word alone, as substrings of the word: a
 * compound and its parts (자연주의: 자연, 주의), a verb stem without and
 * with its 하 (비겁, 비겁하).
 */
typedef struct sc_answer
{
	uint8_t		n;
	uint8_t		nalt;
	uint8_t		off[KN_STEM_MAX_PARTS + 1];
	uint8_t		len[KN_STEM_MAX_PARTS + 1];
} sc_answer;

#define SC_MAX_ENDINGS 127		/* bit 0 is the empty ending */
#define SC_MASK_WORDS 2
#define SC_ANSWER_SHIFT 10		/* a slot's info: 10 bits of class ... */
#define SC_MAX_CLASS ((1 << SC_ANSWER_SHIFT) - 1)
#define SC_MAX_ANSWER 63		/* ... and 6 of answer */
#define SC_ENDINGS_CAP 512
#define SC_ENDING_SYLLABLES 4
#define N_SYLLABLES 11172

#define FNV_BASIS 2166136261u
#define FNV_PRIME 16777619u
#define FNV_FIX(h) ((h) ? (h) : 1)	/* 0 marks nothing; no hash is 0 */

/* FNV-1a over n bytes (never 0). */
static inline uint32_t
kn_hash(const char *s, size_t n)
{
	uint32_t	h = FNV_BASIS;
	size_t		i;

	for (i = 0; i < n; i++)
	{
		h ^= (unsigned char) s[i];
		h *= FNV_PRIME;
	}
	return FNV_FIX(h);
}

/* FNV-1a over the bytes from the last to the first. */
static inline uint32_t
hash_reverse(const char *s, size_t n)
{
	uint32_t	h = FNV_BASIS;

	while (n-- > 0)
	{
		h ^= (unsigned char) s[n];
		h *= FNV_PRIME;
	}
	return FNV_FIX(h);
}

static inline uint32_t
lexicon_hash(const kn_lexicon *lx, const char *w, size_t len)
{
	return lx->reverse ? hash_reverse(w, len) : kn_hash(w, len);
}

/*
 * The filter is blocked: both bits of a word sit in one 64-bit word of
 * bloom (cap / 4 of them), so a look-up reads one cache line.
 */
static inline uint64_t
bloom_mask(uint32_t h)
{
	uint32_t	m = h * 0x9E3779B1u;

	return ((uint64_t) 1 << (m >> 26)) | ((uint64_t) 1 << (m >> 20 & 63));
}

static inline size_t
bloom_word(const kn_lexicon *lx, uint32_t h)
{
	return h & (lx->cap / 4 - 1);
}

static inline int
bloom_maybe(const kn_lexicon *lx, uint32_t h)
{
	uint64_t	m = bloom_mask(h);

	return (lx->bloom[bloom_word(lx, h)] & m) == m;
}

/* Does slot s hold the word w? */
static inline int
slot_is(const kn_lexicon *lx, const lex_slot *s, const char *w, size_t len)
{
	uint32_t	off;

	if (s->len != len)
		return 0;
	if (len <= SLOT_INLINE)
		return kn_bytes_equal(s->w, w, len);
	memcpy(&off, s->w + 8, 4);
	return kn_bytes_equal(s->w, w, 8) && kn_bytes_equal(lx->pool + off, w + 8, len - 8);
}

/* The slot of w, or the empty slot where it would go. */
static inline lex_slot *
find_slot(const kn_lexicon *lx, const char *w, size_t len, uint32_t h)
{
	size_t		i = h & (lx->cap - 1);

	for (;;)
	{
		lex_slot   *s = &lx->slots[i];

		if (s->len == 0 || slot_is(lx, s, w, len))
			return s;
		i = (i + 1) & (lx->cap - 1);
	}
}

/* Look-up with the hash already known (h as lexicon_hash gives it). */
static inline int
lexicon_flags_h(const kn_lexicon *lx, const char *w, size_t len, uint32_t h)
{
	lex_slot   *s;

	if (lx == NULL || len == 0 || len > 255 || !bloom_maybe(lx, h))
		return 0;
	s = find_slot(lx, w, len, h);
	return s->flags;
}

/*
 * The stemmer's look-ups go through this static copy, which the compiler
 * may inline: in a shared library a call to the exported function goes
 * through the PLT.
 */
static inline int
lexicon_flags(const kn_lexicon *lx, const char *w, size_t len)
{
	if (lx == NULL || len == 0 || len > 255)
		return 0;
	return lexicon_flags_h(lx, w, len, lexicon_hash(lx, w, len));
}

/*
 * An ending of 1 to SC_ENDING_SYLLABLES Hangul syllables as one number:
 * its length, then 14 bits a syllable.
 */
static inline uint64_t
ending_key(const uint32_t *cp, size_t n)
{
	uint64_t	k = n;
	size_t		i;

	for (i = 0; i < n; i++)
		k |= (uint64_t) (cp[i] - HANGUL_BASE) << (3 + 14 * i);
	return k;
}

static inline size_t
ending_pos(uint64_t k)
{
	return (size_t) ((k * 0x9E3779B97F4A7C15u) >> 55);	/* 9 bits: 512 */
}

/* The ending table's place of key k, or the empty one where it would go. */
static inline size_t
ending_slot(const kn_lexicon *lx, uint64_t k)
{
	size_t		i = ending_pos(k);

	while (lx->sc_ending[i] >= 0 && lx->sc_key[i] != k)
		i = (i + 1) & (SC_ENDINGS_CAP - 1);
	return i;
}

/* The bit of the ending cp[0..n), or -1. */
static inline int
ending_bit(const kn_lexicon *lx, const uint32_t *cp, size_t n)
{
	return lx->sc_ending[ending_slot(lx, ending_key(cp, n))];
}

/*
 * Add a word: 1; 0 for an empty one or one over 255 bytes (not added); -1
 * when the words fill POOL_MAX bytes. (kn_lexicon.c; the analyser builds
 * its tables of endings with it.)
 */
extern int	kn_lexicon_add(kn_lexicon *lx, const char *w, size_t len, int flags);

#endif							/* KN_LEXICON_INT_H */
