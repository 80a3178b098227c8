/*
 * extract.c - SQL set-returning functions over kn_extract.c:
 * extract_money(text) and extract_quantities(text).
 */
#include "postgres.h"

#include "fmgr.h"
#include "miscadmin.h"
#include "funcapi.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"
#include "utils/memutils.h"
#include "utils/tuplestore.h"

#include "mention_rows.h"
#include "textnorm.h"

/*
 * The argument as UTF-8 (converted in EUC_KR databases). Elsewhere a body
 * cannot hold Korean text, and in SQL_ASCII its bytes have no known
 * encoding, so start_pos could not count characters as the database does:
 * refuse rather than misread.
 */
static const char *
body_utf8(text *t, size_t *len, const char *fn)
{
	int			n;
	const char *s;

	am_require_encoding(true, fn);
	s = am_to_utf8(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), &n);

	*len = (size_t) n;
	return s;
}

/* The extractors' hook for cancel and statement_timeout. */
static void
check_interrupts(void)
{
	CHECK_FOR_INTERRUPTS();
}

static Datum
surface_datum(const char *s, size_t off, size_t len)
{
	char	   *srv = am_utf8_to_server(s + off, (int) len);

	return PointerGetDatum(cstring_to_text(srv));
}

/* Fills one row's values from mention i of arr. */
typedef void (*row_fn) (const void *arr, size_t i, const char *s,
						kn_sentence_cursor *sc, Datum *values, bool *nulls,
						int natts);

static void
money_row(const void *arr, size_t i, const char *s, kn_sentence_cursor *sc,
		  Datum *values, bool *nulls, int natts)
{
	am_money_values(&((const kn_money_mention *) arr)[i], s, sc, values, nulls, natts);
}

static void
quantity_row(const void *arr, size_t i, const char *s, kn_sentence_cursor *sc,
			 Datum *values, bool *nulls, int natts)
{
	am_quantity_values(&((const kn_quantity_mention *) arr)[i], s, sc, values, nulls, natts);
}

/*
 * Materialise n rows into the SRF's tuplestore. Each row is built in a
 * context reset after it, so nothing grows with the number of rows.
 */
static void
emit_rows(FunctionCallInfo fcinfo, const void *arr, size_t n, const char *s,
		  size_t len, row_fn row, int natts)
{
	kn_sentence_cursor sc;
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	MemoryContext rowcxt = AllocSetContextCreate(CurrentMemoryContext,
												 "aimarket extraction row",
												 ALLOCSET_SMALL_SIZES);
	Datum	   *values = palloc(natts * sizeof(Datum));
	bool	   *nulls = palloc(natts * sizeof(bool));
	size_t		i;

	/*
	 * The row type as the catalogue has it: the module may be newer than the
	 * installed SQL (before ALTER EXTENSION aimarket UPDATE), whose
	 * money_mention lacks the columns added since.
	 */
	natts = Min(natts, rsinfo->setDesc->natts);
	kn_sentence_start(&sc, (const uint8_t *) s, len);
	for (i = 0; i < n; i++)
	{
		MemoryContext old = MemoryContextSwitchTo(rowcxt);

		CHECK_FOR_INTERRUPTS();
		memset(nulls, 0, natts * sizeof(bool));
		row(arr, i, s, &sc, values, nulls, natts);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
		MemoryContextSwitchTo(old);
		MemoryContextReset(rowcxt);
	}
	MemoryContextDelete(rowcxt);
}

void
am_money_values(const kn_money_mention *m, const char *s, kn_sentence_cursor *sc,
				Datum *values, bool *nulls, int natts)
{
	values[0] = am_monetary_datum(&m->amount);
	if (m->has_equiv)
		values[1] = am_monetary_datum(&m->equiv);
	else
		nulls[1] = true;
	values[2] = CStringGetTextDatum(kn_role_name(m->role));
	values[3] = surface_datum(s, m->off, m->len);
	values[4] = Int32GetDatum((int32) m->char_pos);
	if (natts > 5)
	{
		const char *c = kn_change_name(m->change);

		if (c)
			values[5] = CStringGetTextDatum(c);
		else
			nulls[5] = true;
	}
	if (natts > 6)
		values[6] = Int32GetDatum(kn_sentence_at(sc, m->off));
}

void
am_quantity_values(const kn_quantity_mention *q, const char *s, kn_sentence_cursor *sc,
				   Datum *values, bool *nulls, int natts)
{
	if (kn_dec_cmp(&q->lower, &q->upper) == 0)
		values[0] = am_dec_to_numeric(&q->lower);
	else
		nulls[0] = true;
	values[1] = am_dec_to_numeric(&q->lower);
	values[2] = am_dec_to_numeric(&q->upper);
	values[3] = CStringGetTextDatum(kn_qualifier_name(q->qual));
	values[4] = CStringGetTextDatum(q->unit);
	if (q->measure)
		values[5] = CStringGetTextDatum(q->measure);
	else
		nulls[5] = true;
	if (q->period)
		values[6] = CStringGetTextDatum(q->period);
	else
		nulls[6] = true;
	values[7] = surface_datum(s, q->off, q->len);
	values[8] = Int32GetDatum((int32) q->char_pos);
	if (natts > 9)
		values[9] = Int32GetDatum(kn_sentence_at(sc, q->off));
}

static void
too_many(const char *fn, size_t len)
{
	am_too_many(fn, len, KN_MAX_MENTIONS);
}

void
am_too_many(const char *fn, size_t len, long limit)
{
	am_too_many_of(fn, "figures", len, limit);
}

/* The same for names, dates or facts: what names the kind. */
void
am_too_many_of(const char *fn, const char *what, size_t len, long limit)
{
	ereport(ERROR,
			(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
			 errmsg("%s found more than %ld %s in a text of %zu bytes", fn,
					limit, what, len),
			 errdetail("One call returns at most %ld %s of a kind, so that its memory stays bounded.",
					   limit, what),
			 errhint("Split the text, for example by paragraph.")));
}

PG_FUNCTION_INFO_V1(aimarket_extract_money);
Datum
aimarket_extract_money(PG_FUNCTION_ARGS)
{
	size_t		len;
	const char *s = body_utf8(PG_GETARG_TEXT_PP(0), &len, "extract_money");
	kn_alloc	al = {am_ctx_realloc, CurrentMemoryContext, check_interrupts};
	kn_money_mention *mm;
	size_t		n;

	InitMaterializedSRF(fcinfo, 0);
	n = kn_extract_money(s, len, &al, &mm);
	if (n == KN_TOO_MANY)
		too_many("extract_money", len);
	emit_rows(fcinfo, mm, n, s, len, money_row, AM_MONEY_COLS);
	return (Datum) 0;
}

PG_FUNCTION_INFO_V1(aimarket_extract_quantities);
Datum
aimarket_extract_quantities(PG_FUNCTION_ARGS)
{
	size_t		len;
	const char *s = body_utf8(PG_GETARG_TEXT_PP(0), &len, "extract_quantities");
	kn_alloc	al = {am_ctx_realloc, CurrentMemoryContext, check_interrupts};
	kn_quantity_mention *qm;
	size_t		n;

	InitMaterializedSRF(fcinfo, 0);
	n = kn_extract_quantities(s, len, &al, &qm);
	if (n == KN_TOO_MANY)
		too_many("extract_quantities", len);
	emit_rows(fcinfo, qm, n, s, len, quantity_row, AM_QUANTITY_COLS);
	return (Datum) 0;
}
