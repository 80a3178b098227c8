/*
 * mention_rows.h - one mention as the values of an SQL row, shared by the
 * extraction functions (extract.c, entities.c) and the pipeline's writer
 * (store.c), so that a stored mention is the row the function returns.
 */
#ifndef AIMARKET_MENTION_ROWS_H
#define AIMARKET_MENTION_ROWS_H

#include "fmgr.h"
#include "utils/date.h"

#include "kn_date.h"
#include "kn_entity.h"
#include "kn_fact.h"
#include "kn_extract.h"
#include "kn_sentence.h"

/* Columns of aimarket.money_mention, quantity_mention and entity_mention. */
#define AM_MONEY_COLS 7
#define AM_QUANTITY_COLS 10
#define AM_ENTITY_COLS 6
#define AM_DATE_COLS 7
#define AM_FACT_COLS 23

/*
 * The first natts columns of the row of mention i, s the UTF-8 text the
 * offsets refer to and sc a cursor over it (asked in increasing order).
 */
extern void am_money_values(const kn_money_mention *m, const char *s,
							kn_sentence_cursor *sc, Datum *values, bool *nulls,
							int natts);
extern void am_quantity_values(const kn_quantity_mention *q, const char *s,
							   kn_sentence_cursor *sc, Datum *values, bool *nulls,
							   int natts);

/* The entity catalogue of this statement, as entities.c caches it. */
typedef struct catalogue_cache catalogue_cache;

extern catalogue_cache *am_current_catalogue(FunctionCallInfo fcinfo);
extern const kn_automaton *am_catalogue_automaton(const catalogue_cache *c);
extern const char *am_entity_name(const catalogue_cache *c, int64 id,
								  const char **kind);
extern void am_entity_values(const catalogue_cache *c, const kn_entity_mention *m,
							 const char *s, kn_sentence_cursor *sc,
							 Datum *values, bool *nulls);

/*
 * dates.c: days of the cores (since 1970-01-01) as a date, or 22008 naming
 * the words; whether a publication date can anchor relative dates (not
 * NULL, not infinite); the row of a date mention; the dates of a text (or
 * 54000).
 */
#define AM_UNIX_TO_PG_DAYS 10957	/* 1970-01-01 to 2000-01-01, where a DateADT counts from */
extern Datum am_date_datum(int64 days, const char *surface);
static inline bool
am_has_published(bool isnull, DateADT published)
{
	return !isnull && !DATE_NOT_FINITE(published);
}

extern void am_date_values(const kn_date_mention *m, const char *s, kn_sentence_cursor *sc,
						   Datum *values, bool *nulls);
extern size_t am_find_dates(const char *fn, const char *s, int len, bool published_null, DateADT published,
							const kn_alloc *al, kn_date_mention **m);

/* facts.c: the mentions a text's facts point into, and the facts' rows */
typedef struct am_facts
{
	const catalogue_cache *catalogue;
	const char *s;				/* the text, UTF-8 */
	bool		has_published;
	DateADT		published;
	kn_money_mention *money;
	size_t		nmoney;
	kn_quantity_mention *quantities;
	size_t		nquantities;
	kn_entity_mention *entities;
	kn_party_kind *kinds;
	size_t		nentities;
	kn_date_mention *dates;
	size_t		ndates;
	bool		has_starts;		/* the caller's kn_sentence_starts of s */
	const size_t *starts;
	size_t		nstarts;
} am_facts;

extern size_t am_find_facts(FunctionCallInfo fcinfo, const char *s, int len,
							bool published_null, DateADT published,
							const kn_alloc *al, am_facts *fx, kn_fact **facts);
/* A fact list's start: the text, its catalogue and publication date (store.c fills the mentions). */
extern void am_facts_start(am_facts *fx, const catalogue_cache *cat, const char *s,
						   bool published_null, DateADT published);
extern size_t am_fact_rules(const char *fn, am_facts *fx, size_t len,
							const kn_alloc *al, kn_fact **facts);
extern void am_fact_values(const am_facts *fx, const kn_fact *f, Datum *values,
						   bool *nulls);

/* Raise the too-many error of fn (54000) for a text of len bytes. */
extern void am_too_many(const char *fn, size_t len, long limit) pg_attribute_noreturn();
extern void am_too_many_of(const char *fn, const char *what, size_t len, long limit) pg_attribute_noreturn();

#endif							/* AIMARKET_MENTION_ROWS_H */
