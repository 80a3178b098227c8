/*
 * extract.c - SQL set-returning functions over kn_extract.c:
 * extract_money(text) and extract_quantities(text).
 */
#include "postgres.h"

#include "fmgr.h"
#include "funcapi.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"
#include "utils/memutils.h"
#include "utils/tuplestore.h"

#include "kn_extract.h"
#include "textnorm.h"

static void *
ctx_realloc(void *ctx, void *ptr, size_t size)
{
	if (size == 0)
	{
		if (ptr)
			pfree(ptr);
		return NULL;
	}
	if (ptr == NULL)
		return MemoryContextAllocHuge((MemoryContext) ctx, size);
	return repalloc_huge(ptr, size);
}

/* The argument as UTF-8 (converted in non-UTF8 databases). */
static const char *
body_utf8(text *t, size_t *len)
{
	const char *s = VARDATA_ANY(t);
	int			n = VARSIZE_ANY_EXHDR(t);

	if (GetDatabaseEncoding() != PG_UTF8 &&
		GetDatabaseEncoding() != PG_SQL_ASCII)
	{
		s = (const char *) pg_do_encoding_conversion((unsigned char *) s, n,
													 GetDatabaseEncoding(),
													 PG_UTF8);
		if (s != VARDATA_ANY(t))
			n = strlen(s);
	}
	*len = (size_t) n;
	return s;
}

static Datum
surface_datum(const char *s, size_t off, size_t len)
{
	char	   *srv = am_utf8_to_server(s + off, (int) len);

	return PointerGetDatum(cstring_to_text(srv));
}

PG_FUNCTION_INFO_V1(aimarket_extract_money);
Datum
aimarket_extract_money(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	text	   *body = PG_GETARG_TEXT_PP(0);
	size_t		len;
	const char *s = body_utf8(body, &len);
	kn_alloc	al = {ctx_realloc, CurrentMemoryContext};
	kn_money_mention *mm;
	size_t		n,
				i;
	MemoryContext rowcxt,
				old;

	InitMaterializedSRF(fcinfo, 0);
	n = kn_extract_money(s, len, &al, &mm);
	rowcxt = AllocSetContextCreate(CurrentMemoryContext, "aimarket extract_money row",
								   ALLOCSET_SMALL_SIZES);
	for (i = 0; i < n; i++)
	{
		Datum		values[5];
		bool		nulls[5] = {false, false, false, false, false};

		old = MemoryContextSwitchTo(rowcxt);
		values[0] = am_monetary_datum(&mm[i].amount);
		if (mm[i].has_equiv)
			values[1] = am_monetary_datum(&mm[i].equiv);
		else
			nulls[1] = true;
		values[2] = CStringGetTextDatum(kn_role_name(mm[i].role));
		values[3] = surface_datum(s, mm[i].off, mm[i].len);
		values[4] = Int32GetDatum((int32) mm[i].char_pos);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
		MemoryContextSwitchTo(old);
		MemoryContextReset(rowcxt);
	}
	MemoryContextDelete(rowcxt);
	return (Datum) 0;
}

PG_FUNCTION_INFO_V1(aimarket_extract_quantities);
Datum
aimarket_extract_quantities(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	text	   *body = PG_GETARG_TEXT_PP(0);
	size_t		len;
	const char *s = body_utf8(body, &len);
	kn_alloc	al = {ctx_realloc, CurrentMemoryContext};
	kn_quantity_mention *qm;
	size_t		n,
				i;
	MemoryContext rowcxt,
				old;

	InitMaterializedSRF(fcinfo, 0);
	n = kn_extract_quantities(s, len, &al, &qm);
	rowcxt = AllocSetContextCreate(CurrentMemoryContext, "aimarket extract_quantities row",
								   ALLOCSET_SMALL_SIZES);
	for (i = 0; i < n; i++)
	{
		Datum		values[9];
		bool		nulls[9] = {false, false, false, false, false, false, false, false, false};
		bool		point = kn_dec_cmp(&qm[i].lower, &qm[i].upper) == 0;

		old = MemoryContextSwitchTo(rowcxt);
		if (point)
			values[0] = am_dec_to_numeric(&qm[i].lower);
		else
			nulls[0] = true;
		values[1] = am_dec_to_numeric(&qm[i].lower);
		values[2] = am_dec_to_numeric(&qm[i].upper);
		values[3] = CStringGetTextDatum(kn_qualifier_name(qm[i].qual));
		values[4] = CStringGetTextDatum(qm[i].unit);
		if (qm[i].measure)
			values[5] = CStringGetTextDatum(qm[i].measure);
		else
			nulls[5] = true;
		if (qm[i].period)
			values[6] = CStringGetTextDatum(qm[i].period);
		else
			nulls[6] = true;
		values[7] = surface_datum(s, qm[i].off, qm[i].len);
		values[8] = Int32GetDatum((int32) qm[i].char_pos);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
		MemoryContextSwitchTo(old);
		MemoryContextReset(rowcxt);
	}
	MemoryContextDelete(rowcxt);
	return (Datum) 0;
}
