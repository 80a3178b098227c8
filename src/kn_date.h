/*
 * kn_date.h - dates and periods of Korean news copy, resolved against the
 * article's publication date. Pure C, no postgres.h.
 *
 * A day is a count of days since 1970-01-01 (proleptic Gregorian). Every
 * mention resolves to an inclusive range [lower, upper] and names its
 * granularity, the unit the words name: 지난 11일 a day, 올해 초 a year
 * (its first three months), 3분기 a quarter. The rules, and which readings
 * are ambiguous, are in the README ("Dates").
 */
#ifndef KN_DATE_H
#define KN_DATE_H

#include <stddef.h>
#include <stdint.h>

#include "kn_alloc.h"

typedef enum kn_granularity
{
	KN_GRAN_DAY = 0,
	KN_GRAN_WEEK,
	KN_GRAN_MONTH,
	KN_GRAN_QUARTER,
	KN_GRAN_HALF,
	KN_GRAN_YEAR
} kn_granularity;

typedef struct kn_date_mention
{
	size_t		off;			/* surface: bytes [off, off + len) */
	size_t		len;
	size_t		char_pos;		/* 1-based character position of off */
	int64_t		lower;			/* days since 1970-01-01, inclusive */
	int64_t		upper;
	int			resolved;		/* 0: relative with no publication date */
	int			relative;		/* needed the publication date */
	kn_granularity gran;
} kn_date_mention;

/* Days since 1970-01-01 of a valid y-m-d, and back. */
extern int64_t kn_days_from_ymd(int y, int m, int d);
extern void kn_ymd_from_days(int64_t days, int *y, int *m, int *d);

extern const char *kn_granularity_name(kn_granularity g);

/*
 * Every date of s in order, resolved against published (days) when
 * has_published, else with relative ones left unresolved. *out comes from
 * al (NULL when none); returns the count, or KN_DATE_TOO_MANY with *out
 * NULL when there are more than KN_DATE_MAX_MENTIONS.
 */
#define KN_DATE_MAX_MENTIONS 2000000
#define KN_DATE_TOO_MANY ((size_t) -1)

extern size_t kn_resolve_dates(const char *s, size_t len, int has_published,
							   int64_t published, const kn_alloc *al,
							   kn_date_mention **out);

#endif							/* KN_DATE_H */
