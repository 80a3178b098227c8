/*
 * kn_extract_int.h - what the extractor's files share: the text being
 * read and its small helpers (static inline: they sit in the scan loops),
 * the list of money mentions, and the role keyword look-ups. The money
 * scan is kn_extract.c, the quantities kn_quantity.c, the roles and their
 * keywords kn_roles.c. Not for other files.
 */
#ifndef KN_EXTRACT_INT_H
#define KN_EXTRACT_INT_H

#include <string.h>

#include "kn_extract.h"
#include "kn_sentence.h"

/* ---------------------------------------------------------------- helpers */

typedef struct text
{
	const unsigned char *s;
	size_t		len;
} text;

static inline uint32_t
cp_at(const text *t, size_t off, size_t *n)
{
	uint32_t	cp = 0;
	int			k;

	if (off >= t->len)
	{
		*n = 0;
		return 0;
	}
	k = kn_utf8_decode(t->s + off, t->s + t->len, &cp);
	if (k == 0)
	{
		*n = 1;
		return KN_REPLACEMENT_CHAR;
	}
	*n = (size_t) k;
	return cp;
}

/* Start of the character before off (off > 0). */
static inline size_t
prev_char(const text *t, size_t off)
{
	size_t		p = off - 1;

	while (p > 0 && off - p < 4 && (t->s[p] & 0xC0) == 0x80)
		p--;
	return p;
}

static inline uint32_t
cp_before(const text *t, size_t off)
{
	size_t		n;

	if (off == 0)
		return 0;
	return cp_at(t, prev_char(t, off), &n);
}

static inline int
is_hangul(uint32_t cp)
{
	return kn_is_syllable(cp);
}

static inline int
is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

static inline int
is_alpha(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static inline int
starts_with(const text *t, size_t off, const char *w)
{
	size_t		n = strlen(w);

	return off + n <= t->len && memcmp(t->s + off, w, n) == 0;
}

static inline size_t
skip_spaces(const text *t, size_t off, int max)
{
	while (off < t->len && max-- > 0 && (t->s[off] == ' ' || t->s[off] == '\t'))
		off++;
	return off;
}

/*
 * Does the word end at off, or go on with what may follow a figure there
 * (kn_particles.h: a particle, the copula, a figure's suffix, or a
 * qualifier word after it)? A figure followed by any other Hangul syllable
 * is part of another word ("2원칙", "3대비") and is not reported.
 * kn_extract.c.
 */
extern int	kn_word_ends_at(const text *t, size_t off);

static inline int
word_ends_at(const text *t, size_t off)
{
	return kn_word_ends_at(t, off);
}

/*
 * The grammar's qualifier words (kn_qualifier_word), split once into
 * those before a figure (약, 최대; 총 and 무려 with qual -1) and those after
 * it that say something (가량, 이상; not 어치 or 규모), with their lengths.
 */
typedef struct qualifier_word
{
	const char *w;
	size_t		n;
	int			qual;
} qualifier_word;

typedef struct qualifier_words
{
	int			built;
	int			n_before;
	int			n_after;
	qualifier_word before[32];
	qualifier_word after[32];
	int			n_after_all;	/* every word after a figure, 어치 too */
	const char *after_all[32];
} qualifier_words;

/* The one cache of them, built on first use (kn_roles.c). */
extern const qualifier_words *kn_qualifiers(void);

static inline const qualifier_words *
qualifiers(void)
{
	return kn_qualifiers();
}

/*
 * If a qualifier word ends just before cand (one blank allowed) and starts
 * a word, return its start and set *qual; else return cand.
 */
static inline size_t
lookback_prefix(const text *t, size_t cand, int *qual)
{
	size_t		p = cand;
	int			i;

	const qualifier_words *qw = qualifiers();

	if (p > 0 && t->s[p - 1] == ' ')
		p--;
	for (i = 0; i < qw->n_before; i++)
	{
		const char *w = qw->before[i].w;
		size_t		n = qw->before[i].n;

		if (p >= n && memcmp(t->s + p - n, w, n) == 0)
		{
			size_t		st = p - n;

			if (st == 0 || !is_hangul(cp_before(t, st)))
			{
				if (qual)
					*qual = qw->before[i].qual;
				return st;
			}
		}
	}
	return cand;
}

/*
 * Is off the start of a number (not the middle of one, nor a version such
 * as GPT-4 or v1.5, nor part of a Latin word)?
 */
static inline int
number_starts_at(const text *t, size_t off)
{
	unsigned char b;

	if (off == 0)
		return 1;
	b = t->s[off - 1];
	if (is_digit(b) || is_alpha(b) || b == '_')
		return 0;
	if ((b == '.' || b == ',') && off >= 2 && is_digit(t->s[off - 2]))
		return 0;
	if (b == '-' && off >= 2 && (is_alpha(t->s[off - 2]) || is_digit(t->s[off - 2])))
		return 0;
	return 1;
}

/* Sino-Korean numeral syllables that can open a figure at a word start. */
static inline int
numeral_syllable(uint32_t cp)
{
	static kn_char_set set = KN_CHAR_SET("수십백천만억조일이삼사오육칠팔구몇");

	return kn_char_set_has(&set, cp);
}

/*
 * May a figure written with Hangul numerals (수십억, 천억) start after cp?
 * Only after blanks, ASCII punctuation, general or CJK punctuation: never
 * after a digit of any script (５억 is not 억) or a letter.
 */
static inline int
opens_after(uint32_t cp)
{
	if (cp == 0)
		return 1;
	if (cp < 0x80)
		return !is_digit((unsigned char) cp) && !is_alpha((unsigned char) cp);
	return kn_is_punctuation(cp) || cp == KN_CP("（") || cp == KN_CP("）") ||
		cp == KN_CP("，");
}

/* Bytes in the UTF-8 character led by c (1 for a stray byte), within len. */
static inline size_t
lead_len(const text *t, size_t off)
{
	unsigned char c = t->s[off];
	size_t		n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;

	return off + n <= t->len ? n : 1;
}

/*
 * Does a Hangul syllable at off (a kn_syllable_lead byte) open a word? Most do
 * not: the character before is another syllable, which is told from its
 * lead byte without decoding anything.
 */
static inline int
hangul_word_start(const text *t, size_t off)
{
	size_t		p;

	if (off == 0)
		return 1;
	if (t->s[off - 1] < 0x80)
		return opens_after(t->s[off - 1]);
	p = prev_char(t, off);
	if (kn_syllable_lead(t->s[p]))
		return 0;
	return opens_after(cp_before(t, off));
}


/* Sentence bounds around [off, end): the rule of kn_sentence.c. */
static inline int
sentence_break(const text *t, size_t i)
{
	return kn_sentence_break((const uint8_t *) t->s, t->len, i);
}

/* Does the text that ends at off end with one of ends (NULL-ended)? */
static inline int
word_ends_with(const text *t, size_t off, const char *const *ends)
{
	int			i;

	for (i = 0; ends[i]; i++)
	{
		size_t		n = strlen(ends[i]);

		if (off >= n && memcmp(t->s + off - n, ends[i], n) == 0)
			return 1;
	}
	return 0;
}

/* ------------------------------------------------------------ money list */

typedef struct money_list
{
	kn_money_mention *m;
	size_t		n;
	size_t		cap;
	const kn_alloc *al;
	int			too_many;		/* KN_MAX_MENTIONS reached: no answer */
} money_list;

/* Collect the money mentions of t into ml (roles not yet set) (kn_extract.c). */
extern size_t kn_collect_money(const text *t, money_list *ml);

/*
 * The quantities of t outside the money spans of a collected list (not too
 * many), or KN_TOO_MANY (kn_quantity.c).
 */
extern size_t kn_quantities_outside(const text *t, const money_list *ml,
									kn_quantity_mention **out);

/* ------------------------------------------------------------ keywords */

typedef struct keyword
{
	const char *w;
	int			v;
} keyword;

#define AFTER_BYTES 90			/* about 30 Hangul syllables */
#define BEFORE_BYTES 90

/*
 * The nearest keyword of table after a figure, within [from, to) and its
 * clause; or before it, within [from, to). *dist: bytes between (kn_roles.c).
 */
extern const keyword *kn_keyword_after(const text *t, size_t from, size_t to,
									   const keyword *table, size_t *dist);
extern const keyword *kn_keyword_before(const text *t, size_t from, size_t to,
										const keyword *table, size_t *dist);

/* The measure and period of quantity q, its words ending at end (kn_roles.c). */
extern void kn_describe_quantity(const text *t, kn_quantity_mention *q, size_t end);

/* The role of money mention m from the keywords around it (kn_roles.c). */
extern kn_role kn_money_role(const text *t, const kn_money_mention *m, size_t before_from,
							 size_t after_to, size_t *used_to);

#endif							/* KN_EXTRACT_INT_H */
