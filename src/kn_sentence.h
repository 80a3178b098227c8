/*
 * kn_sentence.h - where a sentence of Korean news copy ends: the one rule
 * that the role finder, the entity resolver and the sentence numbers of
 * the extractors all read. Pure C, no postgres.h.
 */
#ifndef KN_SENTENCE_H
#define KN_SENTENCE_H

#include <stddef.h>
#include <stdint.h>

#include "kn_alloc.h"

/*
 * Does byte i of s[0, len) end a sentence? A newline, '!', '?', the
 * ideographic full stop, or a '.' that is neither a decimal point (a digit
 * on both sides, as in 1.5) nor inside a name (a Latin letter or digit on
 * both sides, as in www.gayeon.com).
 */
extern int	kn_sentence_break(const uint8_t *s, size_t len, size_t i);

/*
 * Sentence numbers for offsets met in ascending order: the cursor counts
 * the breaks it passes, so numbering every mention of a text costs one
 * pass over it. A run of breaks ("?!", "...", ".\n") ends one sentence.
 */
typedef struct kn_sentence_cursor
{
	const uint8_t *s;
	size_t		len;
	size_t		off;			/* bytes before off have been counted */
	int32_t		sentence;		/* 1-based number of the sentence at off */
	int			in_break;		/* the byte before off ended a sentence */
	int			indexed;		/* read starts, not the text */
	const size_t *starts;		/* where sentences 2, 3, ... start */
	size_t		nstarts;
} kn_sentence_cursor;

extern void kn_sentence_start(kn_sentence_cursor *c, const uint8_t *s, size_t len);

/*
 * Where sentences 2, 3, ... of s start, found in one pass: *starts comes
 * from al (NULL when the text is one sentence, or al failed: then the
 * count is (size_t) -1). A writer that numbers several lists of mentions
 * of one text scans it once this way, and starts a cursor over the index
 * for each list (kn_sentence_start_indexed), which then reads no byte.
 */
extern size_t kn_sentence_starts(const uint8_t *s, size_t len, const kn_alloc *al,
								 size_t **starts);
extern void kn_sentence_start_indexed(kn_sentence_cursor *c, const uint8_t *s, size_t len,
									  const size_t *starts, size_t nstarts);

/* The sentence of byte off: one pass for ascending offsets (any order works). */
extern int32_t kn_sentence_at(kn_sentence_cursor *c, size_t off);

#endif							/* KN_SENTENCE_H */
