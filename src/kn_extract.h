/*
 * kn_extract.h - find every money figure and quantity in Korean news text.
 *
 * Pure C over a UTF-8 buffer, like kn_grammar.h: one pass finds candidate
 * positions (digits, Sino-Korean numeral syllables at a word start,
 * currency symbols and codes) and asks the grammar for the longest
 * expression there; a second pass over the found mentions classifies each
 * from the words around it. Memory comes from the caller's allocator.
 */
#ifndef KN_EXTRACT_H
#define KN_EXTRACT_H

#include "kn_alloc.h"
#include "kn_grammar.h"

/* Amounts must fit aimarket.monetary: 4 decimals, below 10^24 units. */
#define KN_MONEY_SCALE 4
#define KN_MONEY_INT_DIGITS 24

typedef enum kn_role
{
	KN_ROLE_OTHER = 0,
	KN_ROLE_VALUATION,
	KN_ROLE_INVESTMENT_RAISED,
	KN_ROLE_INVESTMENT_MADE,
	KN_ROLE_LOAN,
	KN_ROLE_REVENUE,
	KN_ROLE_COST,
	KN_ROLE_MARKET_SIZE,
	KN_ROLE_DEAL_VALUE,
	KN_ROLE_PROFIT,
	KN_ROLE_PRICE,
	KN_ROLE_DENOMINATION,		/* 5만원권: a banknote or coin */
	KN_ROLE_FINE,
	KN_ROLE_SALARY,
	KN_ROLE_COUNT
} kn_role;

/* "X에서 Y로": X is where a change started, Y where it ended. */
typedef enum kn_change
{
	KN_CHANGE_NONE = 0,
	KN_CHANGE_FROM,
	KN_CHANGE_TO
} kn_change;

typedef struct kn_money_mention
{
	kn_money	amount;
	int			has_equiv;
	kn_money	equiv;			/* "65억달러(약 8조6000억원)": the 8조6000억원 */
	kn_role		role;
	size_t		off;			/* surface: bytes [off, off + len) */
	size_t		len;
	size_t		char_pos;		/* 1-based character position of off */
	size_t		ctx_end;		/* where the words after it start (past any
								 * parenthesised equivalent) */
	kn_change	change;			/* X and Y of "X에서 Y로 늘었다" */
	kn_role		fixed_role;		/* set by the figure's own suffix (권: a
								 * denomination, 짜리: a price), or OTHER */
} kn_money_mention;

typedef struct kn_quantity_mention
{
	kn_dec		lower;
	kn_dec		upper;
	kn_qualifier qual;
	const char *unit;			/* people, percent, times, ... */
	const char *measure;		/* users, downloads, stake, growth, or NULL */
	const char *period;			/* weekly, monthly, daily, or NULL */
	size_t		off;
	size_t		len;
	size_t		char_pos;
} kn_quantity_mention;

extern const char *kn_role_name(kn_role r);
extern const char *kn_change_name(kn_change c);	/* "from", "to" or NULL */

/*
 * A text yields at most KN_MAX_MENTIONS mentions of each kind. Beyond
 * that the extractors return KN_TOO_MANY with *out NULL, never a partial
 * answer: a mention costs about 280 bytes (money) or 110 (quantities)
 * while it is worked out, so a call stays under about 1 GB (the array
 * doubles as it grows; both copies live while it moves). News holds
 * hundreds of figures an article.
 */
#define KN_MAX_MENTIONS 2000000
#define KN_TOO_MANY ((size_t) -1)

/*
 * Every money mention in s, in order. *out is allocated with al (NULL when
 * there are none); the count is returned, or KN_TOO_MANY.
 */
extern size_t kn_extract_money(const char *s, size_t len, const kn_alloc *al,
							   kn_money_mention **out);

/* Every non-monetary figure with a unit, in order (or KN_TOO_MANY). */
extern size_t kn_extract_quantities(const char *s, size_t len,
									const kn_alloc *al,
									kn_quantity_mention **out);

/*
 * Both at once, the money collected once: what the two calls above give,
 * for half the work. Returns the number of mentions, or KN_TOO_MANY (with
 * both lists NULL and empty) when either kind has too many.
 */
extern size_t kn_extract_figures(const char *s, size_t len, const kn_alloc *al,
								 kn_money_mention **money, size_t *nmoney,
								 kn_quantity_mention **quantities,
								 size_t *nquantities);

#endif							/* KN_EXTRACT_H */
