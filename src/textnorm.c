/*
 * textnorm.c - database encoding to NFKC UTF-8, and parse error reports.
 *
 * NFKC folds full-width digits and signs (１２３, ＄, ～), compatibility
 * ideographs and decomposed Hangul jamo into the forms the grammar knows.
 * Most news text is ASCII plus precomposed Hangul syllables, which NFKC
 * leaves alone, so a byte scan decides first whether ICU is needed at all.
 */
#include "postgres.h"

#include <unicode/uchar.h>
#include <unicode/ustring.h>
#include <unicode/unorm2.h>

#include "catalog/namespace.h"
#include "mb/pg_wchar.h"
#include "utils/memutils.h"

#include "textnorm.h"

/* Longest piece of the input that an error message quotes. */
#define QUOTE_MAX_BYTES 200

/* True when NFKC certainly leaves s unchanged. */
static bool
nfkc_stable(const char *s, int len)
{
	const unsigned char *p = (const unsigned char *) s;
	const unsigned char *end = p + len;

	while (p < end)
	{
		uint32_t	cp;
		int			n;

		if (*p < 0x80)
		{
			p++;
			continue;
		}
		n = kn_utf8_decode(p, end, &cp);
		if (n == 0)
			return true;		/* invalid: let the grammar report it */
		/* precomposed Hangul syllables are NFKC-stable */
		if (!kn_is_syllable(cp))
			return false;
		p += n;
	}
	return true;
}

static void
icu_check(UErrorCode status, const char *step)
{
	if (U_FAILURE(status))
		ereport(ERROR,
				(errcode(ERRCODE_INTERNAL_ERROR),
				 errmsg("ICU %s failed: %s", step, u_errorName(status))));
}

static char *
nfkc_utf8(const char *s, int len, int *outlen)
{
	UErrorCode	status = U_ZERO_ERROR;
	const UNormalizer2 *nfkc = unorm2_getNFKCInstance(&status);
	UChar	   *u16;
	UChar	   *n16;
	int32_t		u16len,
				n16len,
				cap;
	char	   *out;
	int32_t		olen;

	icu_check(status, "NFKC instance");

	/* UTF-8 to UTF-16; invalid bytes become U+FFFD, which the grammar rejects */
	u_strFromUTF8WithSub(NULL, 0, &u16len, s, len, 0xFFFD, NULL, &status);
	if (status != U_BUFFER_OVERFLOW_ERROR)
		icu_check(status, "UTF-8 decoding");
	status = U_ZERO_ERROR;
	u16 = palloc_extended(((Size) u16len + 1) * sizeof(UChar), MCXT_ALLOC_HUGE);
	u_strFromUTF8WithSub(u16, u16len + 1, NULL, s, len, 0xFFFD, NULL, &status);
	icu_check(status, "UTF-8 decoding");

	/* NFKC may lengthen text; ask ICU for the size when the guess is short */
	cap = u16len + 16;
	n16 = palloc_extended(((Size) cap) * sizeof(UChar), MCXT_ALLOC_HUGE);
	n16len = unorm2_normalize(nfkc, u16, u16len, n16, cap, &status);
	if (status == U_BUFFER_OVERFLOW_ERROR)
	{
		status = U_ZERO_ERROR;
		pfree(n16);
		cap = n16len + 1;
		n16 = palloc_extended(((Size) cap) * sizeof(UChar), MCXT_ALLOC_HUGE);
		n16len = unorm2_normalize(nfkc, u16, u16len, n16, cap, &status);
	}
	icu_check(status, "NFKC normalisation");
	pfree(u16);

	u_strToUTF8(NULL, 0, &olen, n16, n16len, &status);
	if (status != U_BUFFER_OVERFLOW_ERROR)
		icu_check(status, "UTF-8 encoding");
	status = U_ZERO_ERROR;
	out = palloc_extended((Size) olen + 1, MCXT_ALLOC_HUGE);
	u_strToUTF8(out, olen + 1, NULL, n16, n16len, &status);
	icu_check(status, "UTF-8 encoding");
	pfree(n16);
	*outlen = olen;
	return out;
}

const char *
am_to_utf8(const char *s, int len, int *outlen)
{
	const char *utf8 = s;

	*outlen = len;
	if (GetDatabaseEncoding() != PG_UTF8 &&
		GetDatabaseEncoding() != PG_SQL_ASCII)
	{
		utf8 = (const char *) pg_do_encoding_conversion((unsigned char *) s,
														len,
														GetDatabaseEncoding(),
														PG_UTF8);
		if (utf8 != s)
			*outlen = strlen(utf8);
	}
	return utf8;
}

void
am_require_encoding(bool euckr_ok, const char *what)
{
	int			enc = GetDatabaseEncoding();

	if (enc != PG_UTF8 && !(euckr_ok && enc == PG_EUC_KR))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("%s requires a UTF8%s database", what, euckr_ok ? " or EUC_KR" : ""),
				 errdetail("The database encoding is %s.",
						   GetDatabaseEncodingName()),
				 errhint("Create the database with ENCODING 'UTF8'; aimarket's money and number functions work in any encoding.")));
}

char *
am_normalize_input(const char *s, int len, int *outlen)
{
	int			ulen;
	const char *utf8 = am_to_utf8(s, len, &ulen);

	if (nfkc_stable(utf8, ulen))
	{
		*outlen = ulen;
		return (char *) utf8;
	}
	return nfkc_utf8(utf8, ulen, outlen);
}

char *
am_utf8_to_server(const char *s, int len)
{
	char	   *r = (char *) pg_do_encoding_conversion((unsigned char *) s, len,
													   PG_UTF8,
													   GetDatabaseEncoding());

	if (r == s)
		r = pnstrdup(s, len);
	return r;
}

/*
 * UTF-8 text in the database encoding, or NULL when some character has no
 * equivalent there (used for error details, which must not fail).
 */
static char *
utf8_to_server_or_null(const char *s, int len)
{
	int			enc = GetDatabaseEncoding();
	Oid			proc;
	unsigned char *dest;
	int			done;

	if (enc == PG_UTF8 || enc == PG_SQL_ASCII)
		return pnstrdup(s, len);
	proc = FindDefaultConversionProc(PG_UTF8, enc);
	if (!OidIsValid(proc))
		return NULL;
	dest = palloc((Size) len * MAX_CONVERSION_GROWTH + 1);
	done = pg_do_encoding_conversion_buf(proc, PG_UTF8, enc,
										 (unsigned char *) s, len, dest,
										 len * MAX_CONVERSION_GROWTH + 1, true);
	if (done < len)
		return NULL;
	return (char *) dest;
}

/* The input, clipped for quoting, in the database encoding. */
char *
am_quote_input(const char *orig, int origlen)
{
	int			cut;

	if (origlen <= QUOTE_MAX_BYTES)
		return pnstrdup(orig, origlen);
	cut = pg_mbcliplen(orig, origlen, QUOTE_MAX_BYTES);
	return psprintf("%.*s...", cut, orig);
}

void
am_report_parse_error(const char *what, const char *orig, int origlen,
					  const char *norm, const kn_error *err)
{
	char	   *quoted = am_quote_input(orig, origlen);
	const unsigned char *p = (const unsigned char *) norm;
	const unsigned char *stop = p + err->off;
	int			charpos = 1;
	char	   *token = NULL;
	const char *reason;

	/* 1-based character position of the offending token */
	while (p < stop)
	{
		uint32_t	cp;
		int			n = kn_utf8_decode(p, stop, &cp);

		p += n > 0 ? n : 1;
		charpos++;
	}

	/*
	 * The reason and the token are UTF-8 (the grammar's own text and the
	 * normalised input); show them in the database encoding, leaving the
	 * token out where it has no equivalent there.
	 */
	reason = utf8_to_server_or_null(err->reason, strlen(err->reason));
	if (reason == NULL)
		reason = "unexpected input";
	if (err->len > 0 && err->len <= QUOTE_MAX_BYTES)
		token = utf8_to_server_or_null(norm + err->off, err->len);

	if (err->status == KN_RANGE)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("value \"%s\" is out of range for %s", quoted, what),
				 token ? errdetail("%s: \"%s\" at character %d.", reason, token,
								   charpos)
				 : errdetail("%s at character %d.", reason, charpos)));
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("invalid input syntax for %s: \"%s\"", what, quoted),
			 token ? errdetail("%s: \"%s\" at character %d.", reason, token,
							   charpos)
			 : errdetail("%s at character %d.", reason, charpos)));
	pg_unreachable();
}

void *
am_ctx_realloc(void *ctx, void *ptr, size_t size)
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

/*
 * Unicode case folding (ICU) when s holds a non-ASCII letter of the Latin,
 * Greek or Cyrillic blocks (É, Ł, Ω, Д); ASCII is folded by the stemmer
 * itself and Hangul has no case, so most words come back untouched.
 */
char *
am_casefold_utf8(const char *s, int len, int *outlen)
{
	const unsigned char *p = (const unsigned char *) s;
	int			i;
	bool		need = false;
	UErrorCode	status = U_ZERO_ERROR;
	UChar	   *u16,
			   *f16;
	int32_t		u16len,
				f16len;
	char	   *out;
	int32_t		olen;

	for (i = 0; i < len; i++)
		if (p[i] >= 0xC3 && p[i] <= 0xD4)	/* U+00C0 .. U+052F */
		{
			need = true;
			break;
		}
	if (!need)
	{
		*outlen = len;
		return (char *) s;
	}
	u_strFromUTF8WithSub(NULL, 0, &u16len, s, len, 0xFFFD, NULL, &status);
	status = U_ZERO_ERROR;
	u16 = palloc(((Size) u16len + 1) * sizeof(UChar));
	u_strFromUTF8WithSub(u16, u16len + 1, NULL, s, len, 0xFFFD, NULL, &status);
	icu_check(status, "UTF-8 decoding");
	/* folding may lengthen (ß -> ss): twice the length is always enough */
	f16 = palloc(((Size) u16len * 3 + 1) * sizeof(UChar));
	f16len = u_strFoldCase(f16, u16len * 3 + 1, u16, u16len, U_FOLD_CASE_DEFAULT, &status);
	icu_check(status, "case folding");
	u_strToUTF8(NULL, 0, &olen, f16, f16len, &status);
	status = U_ZERO_ERROR;
	out = palloc((Size) olen + 1);
	u_strToUTF8(out, olen + 1, NULL, f16, f16len, &status);
	icu_check(status, "UTF-8 encoding");
	pfree(u16);
	pfree(f16);
	*outlen = olen;
	return out;
}
