/*
 * numbers.c - SQL functions over the Korean number grammar:
 * parse_number(text) and its lax twin to_number_or_null(text).
 */
#include "postgres.h"

#include "fmgr.h"
#include "utils/builtins.h"
#include "utils/numeric.h"

#include "textnorm.h"

/* Build a numeric from an exact decimal. */
Datum
am_dec_to_numeric(const kn_dec *d)
{
	char		buf[KN_DEC_TEXT_MAX];

	kn_dec_to_text(d, buf);
	return DirectFunctionCall3(numeric_in, CStringGetDatum(buf),
							   ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1));
}

/* Parse t; on failure raise (strict) or return false (lax). */
static bool
parse_number_text(text *t, bool strict, kn_dec *out)
{
	const char *s = VARDATA_ANY(t);
	int			len = VARSIZE_ANY_EXHDR(t);
	int			nlen;
	char	   *norm = am_normalize_input(s, len, &nlen);
	kn_error	err;

	if (kn_parse_number(norm, nlen, out, &err) == KN_OK)
		return true;
	if (!strict)
		return false;
	am_report_parse_error("a Korean number", s, len, norm, &err);
}

PG_FUNCTION_INFO_V1(aimarket_parse_number);
Datum
aimarket_parse_number(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	kn_dec		d;

	parse_number_text(t, true, &d);
	PG_RETURN_DATUM(am_dec_to_numeric(&d));
}

PG_FUNCTION_INFO_V1(aimarket_to_number_or_null);
Datum
aimarket_to_number_or_null(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	kn_dec		d;

	if (!parse_number_text(t, false, &d))
		PG_RETURN_NULL();
	PG_RETURN_DATUM(am_dec_to_numeric(&d));
}
