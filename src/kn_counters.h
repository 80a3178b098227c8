/*
 * kn_counters.h - the counters of Korean figures (명, 배, 장, 번째, 년간,
 * %p, ...), pure C: read by the quantity extractor and by the grammar.
 */
#ifndef KN_COUNTERS_H
#define KN_COUNTERS_H

#include <stddef.h>

/* How a counter may follow a numeral. */
#define KN_CT_WORD 1			/* Hangul: a word end (or particle) after it */
#define KN_CT_NATIVE 2			/* also after native numerals: 두 명, 세 차례 */
#define KN_CT_ATTACH 4			/* native numeral written onto it: 두배 */
#define KN_CT_NATIVE_ONLY 8		/* only after native numerals: 한 해, 둘째 */
#define KN_CT_NUMBER 16			/* the grammar reads it after a number:
								 * parse_number('2억명') is 200000000 */

typedef struct kn_counter_word
{
	const char *w;				/* a blank in it stands for one blank */
	const char *unit;			/* the quantity's unit, or NULL: not one */
	int			flags;			/* KN_CT_* */
	const char *unless;			/* not when this follows: 1주당 is per share */
} kn_counter_word;

extern const kn_counter_word kn_counter_words[];
extern const size_t kn_n_counter_words;

#endif							/* KN_COUNTERS_H */
