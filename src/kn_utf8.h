/*
 * kn_utf8.h - UTF-8 and Hangul helpers and the word index, pure C: the
 * small shared pieces the grammar, the extractors, the tokenizer and the
 * stemmer all read text with.
 */
#ifndef KN_UTF8_H
#define KN_UTF8_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/*
 * Decode one UTF-8 code point at s (s < end). Returns its length (1..4) and
 * stores the code point, or returns 0 for an invalid or truncated sequence.
 */
extern int	kn_utf8_decode(const unsigned char *s, const unsigned char *end,
						   uint32_t *cp);

/*
 * The same, inline for ASCII and for three-byte characters whose lead byte
 * E1..EC (or ED below the surrogates) rules out overlong forms: Hangul
 * syllables, jamo and CJK. Everything else goes to kn_utf8_decode.
 */
static inline int
kn_utf8_decode_fast(const unsigned char *s, const unsigned char *end, uint32_t *cp)
{
	if (s[0] < 0x80)
	{
		*cp = s[0];
		return 1;
	}
	if (s[0] >= 0xE1 && s[0] <= 0xED && end - s >= 3 &&
		(s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80 &&
		(s[0] != 0xED || s[1] < 0xA0))
	{
		*cp = (uint32_t) (s[0] & 0x0F) << 12 | (uint32_t) (s[1] & 0x3F) << 6 |
			(s[2] & 0x3F);
		return 3;
	}
	return kn_utf8_decode(s, end, cp);
}

/* 1-based character positions for sorted byte offsets, in one pass. */
typedef struct kn_char_counter
{
	size_t		off;
	size_t		pos;
} kn_char_counter;

#define KN_CHAR_COUNTER_INIT {0, 1}

static inline size_t
kn_char_pos(kn_char_counter *cc, const unsigned char *s, size_t len, size_t off)
{
	while (cc->off < off && cc->off < len)
	{
		if ((s[cc->off] & 0xC0) != 0x80)
			cc->pos++;
		cc->off++;
	}
	return cc->pos;
}

/*
 * The precomposed Hangul syllable (U+AC00..U+D7A3) whose three bytes start
 * at s, before end, or 0: the test the word loops make on each syllable
 * without going through the general decoder.
 */
static inline uint32_t
kn_syllable_at(const unsigned char *s, const unsigned char *end)
{
	uint32_t	cp;

	if (end - s < 3 || s[0] < 0xEA || s[0] > 0xED ||
		(s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
		return 0;
	cp = (uint32_t) (s[0] & 0x0F) << 12 | (uint32_t) (s[1] & 0x3F) << 6 | (s[2] & 0x3F);
	return cp >= 0xAC00 && cp <= 0xD7A3 ? cp : 0;
}

/*
 * Is every code point of the n bytes at s a precomposed Hangul syllable
 * (U+AC00..U+D7A3), or ASCII where ascii_ok? False for invalid UTF-8.
 */
static inline int
kn_plain_hangul(const char *s, size_t n, int ascii_ok)
{
	const unsigned char *p = (const unsigned char *) s,
			   *e = p + n;

	while (p < e)
	{
		uint32_t	cp;
		int			k = kn_utf8_decode_fast(p, e, &cp);

		if (k == 0 || (cp < 0x80 ? !ascii_ok : cp < 0xAC00 || cp > 0xD7A3))
			return 0;
		p += k;
	}
	return 1;
}

/* Unaligned 8- and 4-byte reads (memcpy of a constant size: one load). */
static inline uint64_t
kn_load8(const char *s)
{
	uint64_t	v;

	memcpy(&v, s, 8);
	return v;
}

static inline uint32_t
kn_load4(const char *s)
{
	uint32_t	v;

	memcpy(&v, s, 4);
	return v;
}

/*
 * Are the n bytes at a and b the same? Word-sized reads that stay within
 * the n bytes (overlapping where n is not a multiple), and no call: for
 * the short words of the hot paths, where memcmp's call costs more than
 * the compare.
 */
static inline int
kn_bytes_equal(const char *a, const char *b, size_t n)
{
	size_t		i;

	if (n >= 8)
	{
		for (i = 0; i + 8 <= n; i += 8)
			if (kn_load8(a + i) != kn_load8(b + i))
				return 0;
		return kn_load8(a + n - 8) == kn_load8(b + n - 8);
	}
	if (n >= 4)
		return kn_load4(a) == kn_load4(b) && kn_load4(a + n - 4) == kn_load4(b + n - 4);
	for (i = 0; i < n; i++)
		if (a[i] != b[i])
			return 0;
	return 1;
}

/* Encode code point cp (at most U+10FFFF) as UTF-8 at out; returns 1..4. */
extern int	kn_utf8_encode(uint32_t cp, char *out);

/*
 * An index of a word table by the first code point of each word, so that a
 * look-up tries only the few words that can match. Tables are arrays of
 * structs whose first member is the word (const char *), ended by an entry
 * whose word is NULL or after n entries.
 */
#define KN_INDEX_MAX 512

typedef struct kn_word_index
{
	int			built;
	int			n;
	uint64_t	seen[64];		/* bit (cp % 4096): some word begins with it */
	uint32_t	cp[KN_INDEX_MAX];
	uint16_t	idx[KN_INDEX_MAX];
} kn_word_index;

extern void kn_word_index_build(kn_word_index *ix, const void *table,
								size_t stride, size_t n);

/* The range [*from, *to) of ix->idx whose words begin with cp. */
extern void kn_word_index_find(const kn_word_index *ix, uint32_t cp,
							   int *from, int *to);

/*
 * The code points and Unicode blocks the cores test, by name: the one home
 * of these numbers, so no core writes a Hangul range in hex.
 */
#define KN_SYLLABLE_FIRST 0xAC00	/* 가 */
#define KN_SYLLABLE_LAST 0xD7A3	/* 힣 */
#define KN_JAMO_FIRST 0x1100		/* Hangul Jamo */
#define KN_JAMO_LAST 0x11FF
#define KN_COMPAT_JAMO_FIRST 0x3131	/* ㄱ .. ㆎ, Hangul Compatibility Jamo */
#define KN_COMPAT_JAMO_LAST 0x318E
#define KN_JAMO_EXT_A_FIRST 0xA960
#define KN_JAMO_EXT_A_LAST 0xA97F
#define KN_JAMO_EXT_B_FIRST 0xD7B0
#define KN_JAMO_EXT_B_LAST 0xD7FF
#define KN_GENERAL_PUNCT_FIRST 0x2000	/* General Punctuation: ‘ ’ “ ” … */
#define KN_GENERAL_PUNCT_LAST 0x206F
#define KN_CJK_PUNCT_FIRST 0x3000	/* CJK Symbols and Punctuation: 「 」 〈 〉 */
#define KN_CJK_PUNCT_LAST 0x303F
#define KN_MIDDLE_DOT 0xB7			/* · in 오픈AI·앤트로픽 */
#define KN_REPLACEMENT_CHAR 0xFFFD
#define KN_KANA_FIRST 0x3040		/* Hiragana and Katakana */
#define KN_KANA_LAST 0x30FF
#define KN_HAN_EXT_A_FIRST 0x3400	/* CJK Unified Ideographs Extension A */
#define KN_HAN_EXT_A_LAST 0x4DBF
#define KN_HAN_FIRST 0x4E00			/* CJK Unified Ideographs: 美, 中 */
#define KN_HAN_LAST 0x9FFF
#define KN_HAN_COMPAT_FIRST 0xF900	/* CJK Compatibility Ideographs */
#define KN_HAN_COMPAT_LAST 0xFAFF
#define KN_LATIN_LETTERS_FIRST 0xC0	/* À .. ɏ: Latin-1 letters, Latin Extended-A, -B */
#define KN_LATIN_LETTERS_LAST 0x24F
#define KN_TIMES_SIGN 0xD7			/* ×, among them but no letter */
#define KN_DIVISION_SIGN 0xF7		/* ÷ */
#define KN_GREEK_FIRST 0x370		/* Greek and Coptic, Cyrillic and its supplement */
#define KN_CYRILLIC_LAST 0x52F

/* UTF-8 lead bytes of the syllables 가 .. 힣: 0xEA .. 0xED. */
#define KN_SYLLABLE_LEAD_FIRST (0xE0 | (KN_SYLLABLE_FIRST >> 12))
#define KN_SYLLABLE_LEAD_LAST (0xE0 | (KN_SYLLABLE_LAST >> 12))

/* Is cp a precomposed Hangul syllable? */
static inline int
kn_is_syllable(uint32_t cp)
{
	return cp >= KN_SYLLABLE_FIRST && cp <= KN_SYLLABLE_LAST;
}

/* May the byte c lead a precomposed Hangul syllable? */
static inline int
kn_syllable_lead(unsigned char c)
{
	return c >= KN_SYLLABLE_LEAD_FIRST && c <= KN_SYLLABLE_LEAD_LAST;
}

/* Any Hangul: syllables and every block of jamo. */
static inline int
kn_is_hangul_script(uint32_t cp)
{
	return kn_is_syllable(cp) ||
		(cp >= KN_JAMO_FIRST && cp <= KN_JAMO_LAST) ||
		(cp >= KN_COMPAT_JAMO_FIRST && cp <= KN_COMPAT_JAMO_LAST) ||
		(cp >= KN_JAMO_EXT_A_FIRST && cp <= KN_JAMO_EXT_A_LAST) ||
		(cp >= KN_JAMO_EXT_B_FIRST && cp <= KN_JAMO_EXT_B_LAST);
}

/* General or CJK punctuation, or the middle dot: what separates words. */
static inline int
kn_is_punctuation(uint32_t cp)
{
	return (cp >= KN_GENERAL_PUNCT_FIRST && cp <= KN_GENERAL_PUNCT_LAST) ||
		(cp >= KN_CJK_PUNCT_FIRST && cp <= KN_CJK_PUNCT_LAST) ||
		cp == KN_MIDDLE_DOT;
}

/*
 * A set of Hangul syllables written as the UTF-8 string of them ("수십백천"),
 * for the "is this syllable one of ..." tests of the hot loops, so that the
 * words stay readable where hex code points would not. One bit per
 * syllable (1.4 kB a set): a test is one load. Built on first use.
 */
#define KN_SYLLABLE_WORDS ((KN_SYLLABLE_LAST - KN_SYLLABLE_FIRST) / 64 + 1)

typedef struct kn_char_set
{
	const char *chars;			/* Hangul syllables only */
	int			built;
	uint64_t	bits[KN_SYLLABLE_WORDS];
} kn_char_set;

#define KN_CHAR_SET(s) {(s), 0, {0}}

/*
 * The code point of a three-byte UTF-8 literal, a syllable or a Hanja:
 * cp == KN_CP("이") reads as the syllable it tests, and the compiler folds it.
 */
#define KN_CP(s) ((uint32_t) ((((unsigned char) (s)[0] & 0x0F) << 12) | \
							  (((unsigned char) (s)[1] & 0x3F) << 6) | \
							  ((unsigned char) (s)[2] & 0x3F)))

extern void kn_char_set_build(kn_char_set *set);

static inline int
kn_char_set_has(kn_char_set *set, uint32_t cp)
{
	uint32_t	i = cp - KN_SYLLABLE_FIRST;

	if (!set->built)
		kn_char_set_build(set);
	return cp >= KN_SYLLABLE_FIRST && cp <= KN_SYLLABLE_LAST &&
		(set->bits[i >> 6] >> (i & 63)) & 1;
}

#endif							/* KN_UTF8_H */
