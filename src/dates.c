/*
 * dates.c - resolve_dates(body text, published date) over kn_date.c.
 *
 * IMMUTABLE: the reference date is an argument, never now(). A NULL body
 * gives no rows; a NULL or infinite published date leaves the relative
 * mentions' bounds NULL (their surface and position are still reported).
 */
#include "postgres.h"

#include "fmgr.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/memutils.h"
#include "utils/tuplestore.h"

#include "mention_rows.h"
#include "textnorm.h"



static void
check_interrupts(void)
{
	CHECK_FOR_INTERRUPTS();
}

/* A day of the core as a date Datum, or an error naming the surface (server encoding). */
Datum
am_date_datum(int64 days, const char *surface)
{
	int64		d = days - AM_UNIX_TO_PG_DAYS;

	if (d < INT32_MIN || d > INT32_MAX || !IS_VALID_DATE((DateADT) d))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("date out of range for \"%s\"", surface)));
	return DateADTGetDatum((DateADT) d);
}

/* The row of date mention m of s (UTF-8), sc a cursor over s. */
void
am_date_values(const kn_date_mention *m, const char *s, kn_sentence_cursor *sc,
			   Datum *values, bool *nulls)
{
	char	   *surface = am_utf8_to_server(s + m->off, (int) m->len);

	memset(nulls, 0, AM_DATE_COLS * sizeof(bool));
	values[0] = CStringGetTextDatum(surface);
	values[1] = Int32GetDatum((int32) m->char_pos);
	if (m->resolved)
	{
		values[2] = am_date_datum(m->lower, surface);
		values[3] = am_date_datum(m->upper, surface);
	}
	else
		nulls[2] = nulls[3] = true;
	values[4] = CStringGetTextDatum(kn_granularity_name(m->gran));
	values[5] = BoolGetDatum(m->relative != 0);
	values[6] = Int32GetDatum(kn_sentence_at(sc, m->off));
}

/*
 * The dates of s (UTF-8, len bytes) against published (a date; NULL or
 * infinite: none), or the 54000 error.
 */
size_t
am_find_dates(const char *fn, const char *s, int len, bool published_null, DateADT published,
			  const kn_alloc *al, kn_date_mention **m)
{
	bool		has = am_has_published(published_null, published);
	size_t		n = kn_resolve_dates(s, (size_t) len, has, has ? (int64) published + AM_UNIX_TO_PG_DAYS : 0,
									 al, m);

	if (n == KN_DATE_TOO_MANY)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("%s found more than %d dates in a text of %d bytes",
						fn, KN_DATE_MAX_MENTIONS, len),
				 errhint("Split the text, for example by paragraph.")));
	return n;
}

PG_FUNCTION_INFO_V1(aimarket_resolve_dates);
Datum
aimarket_resolve_dates(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	kn_alloc	al = {am_ctx_realloc, CurrentMemoryContext, check_interrupts};
	kn_date_mention *m;
	kn_sentence_cursor sc;
	MemoryContext rowcxt;
	text	   *t;
	const char *s;
	int			len;
	size_t		n,
				i;

	InitMaterializedSRF(fcinfo, 0);
	if (PG_ARGISNULL(0))
		return (Datum) 0;
	am_require_encoding(true, "resolve_dates");
	t = PG_GETARG_TEXT_PP(0);
	s = am_to_utf8(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), &len);
	n = am_find_dates("resolve_dates", s, len, PG_ARGISNULL(1), PG_ARGISNULL(1) ? 0 : PG_GETARG_DATEADT(1), &al, &m);
	rowcxt = AllocSetContextCreate(CurrentMemoryContext, "aimarket date row",
								   ALLOCSET_SMALL_SIZES);
	kn_sentence_start(&sc, (const uint8_t *) s, (size_t) len);
	for (i = 0; i < n; i++)
	{
		MemoryContext old = MemoryContextSwitchTo(rowcxt);
		Datum		values[AM_DATE_COLS];
		bool		nulls[AM_DATE_COLS];

		CHECK_FOR_INTERRUPTS();
		am_date_values(&m[i], s, &sc, values, nulls);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
		MemoryContextSwitchTo(old);
		MemoryContextReset(rowcxt);
	}
	return (Datum) 0;
}
