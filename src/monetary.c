/*
 * monetary.c - the aimarket.monetary base type.
 *
 * A value is an exact decimal amount or range [lower, upper] counted in
 * ten-thousandths of the currency unit (MON_SCALE = 4 digits), an ISO 4217
 * currency and a qualifier (exact, approximate, at least, ...).
 *
 * Bounds are 128-bit integers kept as two 64-bit halves so the struct needs
 * only the 8-byte alignment PostgreSQL gives ("double"). Every byte of the
 * struct is determined by the value (reserved bytes are zero), so equality
 * and hashing work on the bytes and agree with each other.
 */
#include "postgres.h"

#include "common/hashfn.h"
#include "fmgr.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/numeric.h"

#include "textnorm.h"

#define MON_SCALE 4
#define MON_TYPE "type aimarket.monetary"
#define MON_SEND_VERSION 1

typedef struct Monetary
{
	int64		lower_hi;
	uint64		lower_lo;
	int64		upper_hi;
	uint64		upper_lo;
	char		currency[3];	/* ISO 4217, upper-case ASCII */
	uint8		qualifier;		/* kn_qualifier */
	uint32		reserved;		/* always zero */
} Monetary;

StaticAssertDecl(sizeof(Monetary) == 40, "monetary must stay 40 bytes");

#define DatumGetMonetaryP(X) ((Monetary *) DatumGetPointer(X))
#define PG_GETARG_MONETARY_P(n) DatumGetMonetaryP(PG_GETARG_DATUM(n))
#define PG_RETURN_MONETARY_P(x) PG_RETURN_POINTER(x)

/* In-memory form used for all arithmetic. */
typedef struct mon
{
	int128		lo;
	int128		hi;
	char		cur[4];
	kn_qualifier q;
} mon;

/* |ticks| < 10^28, i.e. |amount| < 10^24 currency units. */
static int128
mon_limit(void)
{
	return kn_pow10(24 + MON_SCALE);
}

static bool
ticks_in_range(int128 v)
{
	int128		lim = mon_limit();

	return v < lim && v > -lim;
}

static void
mon_unpack(const Monetary *m, mon *out)
{
	out->lo = (int128) (((uint128) (uint64) m->lower_hi << 64) | m->lower_lo);
	out->hi = (int128) (((uint128) (uint64) m->upper_hi << 64) | m->upper_lo);
	memcpy(out->cur, m->currency, 3);
	out->cur[3] = '\0';
	out->q = (kn_qualifier) m->qualifier;
}

static Monetary *
mon_pack(const mon *v)
{
	Monetary   *m = palloc0(sizeof(Monetary));

	m->lower_hi = (int64) ((uint128) v->lo >> 64);
	m->lower_lo = (uint64) v->lo;
	m->upper_hi = (int64) ((uint128) v->hi >> 64);
	m->upper_lo = (uint64) v->hi;
	memcpy(m->currency, v->cur, 3);
	m->qualifier = (uint8) v->q;
	return m;
}

static void
range_error(void)
{
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("aimarket.monetary value out of range"),
			 errdetail("Amounts must be below 10^24 currency units.")));
}

/* Check and pack a computed value. */
static Monetary *
mon_result(const mon *v)
{
	if (!ticks_in_range(v->lo) || !ticks_in_range(v->hi))
		range_error();
	return mon_pack(v);
}

/* Ticks as plain decimal text, trailing fractional zeros dropped. */
static int
ticks_to_text(int128 t, char *buf)
{
	kn_dec		d = {t, MON_SCALE};

	kn_dec_normalize(&d);
	return kn_dec_to_text(&d, buf);
}

static Datum
ticks_to_numeric(int128 t)
{
	kn_dec		d = {t, MON_SCALE};

	kn_dec_normalize(&d);
	return am_dec_to_numeric(&d);
}

/*
 * numeric to ticks. With round, the value is rounded half away from zero to
 * MON_SCALE digits (arithmetic results); without, more digits are an error
 * (values the user wrote down).
 */
static int128
numeric_to_ticks(Datum num, bool round)
{
	char	   *s;
	const char *p;
	int128		t = 0;
	int			frac = -1;
	bool		neg = false;

	if (round)
		num = DirectFunctionCall2(numeric_round, num, Int32GetDatum(MON_SCALE));
	s = DatumGetCString(DirectFunctionCall1(numeric_out, num));
	p = s;
	if (strcmp(s, "NaN") == 0 || strcmp(s, "Infinity") == 0 ||
		strcmp(s, "-Infinity") == 0)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("cannot use \"%s\" as an aimarket.monetary amount", s)));
	if (*p == '-')
	{
		neg = true;
		p++;
	}
	for (; *p; p++)
	{
		if (*p == '.')
		{
			frac = 0;
			continue;
		}
		if (frac >= 0)
		{
			if (frac == MON_SCALE)
			{
				if (*p != '0')
					ereport(ERROR,
							(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
							 errmsg("amount \"%s\" has more than %d decimal places",
									s, MON_SCALE)));
				continue;
			}
			frac++;
		}
		t = t * 10 + (*p - '0');
		if (!ticks_in_range(t))
			range_error();
	}
	if (frac < 0)
		frac = 0;
	t *= kn_pow10(MON_SCALE - frac);
	if (!ticks_in_range(t))
		range_error();
	return neg ? -t : t;
}

/* Currency code from SQL text: an ISO 4217 code, any case, no blanks. */
static void
currency_from_text(text *t, char *out)
{
	const char *s = VARDATA_ANY(t);
	int			len = VARSIZE_ANY_EXHDR(t);
	int			i;

	if (len == 3)
	{
		for (i = 0; i < 3; i++)
			out[i] = pg_ascii_toupper((unsigned char) s[i]);
		out[3] = '\0';
		if (kn_iso_currency_known(out))
			return;
	}
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("unknown currency code \"%s\"",
					text_to_cstring(t)),
			 errhint("Use an ISO 4217 code such as KRW, USD or EUR.")));
}

static kn_qualifier
qualifier_from_text(text *t)
{
	char	   *s = text_to_cstring(t);
	kn_qualifier q;

	if (!kn_qualifier_from_name(s, &q))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown monetary qualifier \"%s\"", s),
				 errhint("Use exact, approximate, at_least, more_than, at_most or less_than.")));
	return q;
}

/*
 * What is wrong with v's bounds, or MON_SOUND: one set of checks for
 * input, the constructors (mon_validate) and recv (recv_validate), which
 * report them with their own codes.
 */
typedef enum mon_fault
{
	MON_SOUND,
	MON_OUT_OF_RANGE,
	MON_REVERSED,
	MON_QUALIFIED_RANGE
} mon_fault;

static mon_fault
mon_check(const mon *v)
{
	if (!ticks_in_range(v->lo) || !ticks_in_range(v->hi))
		return MON_OUT_OF_RANGE;
	if (v->lo > v->hi)
		return MON_REVERSED;
	if (v->lo != v->hi && v->q != KN_Q_EXACT && v->q != KN_Q_APPROX)
		return MON_QUALIFIED_RANGE;
	return MON_SOUND;
}

/* The checks of input and the constructors. */
static void
mon_validate(const mon *v)
{
	switch (mon_check(v))
	{
		case MON_SOUND:
			break;
		case MON_OUT_OF_RANGE:
			range_error();
			break;
		case MON_REVERSED:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("aimarket.monetary lower bound exceeds upper bound")));
			break;
		case MON_QUALIFIED_RANGE:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("an aimarket.monetary range can only be exact or approximate")));
			break;
	}
}

/* ------------------------------------------------------------- text I/O */

/* Parse money text (database encoding). Returns false only when lax. */
static bool
mon_parse(const char *s, int len, bool strict, mon *out)
{
	int			nlen;
	char	   *norm = am_normalize_input(s, len, &nlen);
	kn_money	km;
	kn_error	err;
	kn_int128	lo,
				hi;

	if (kn_parse_money(norm, nlen, &km, &err) != KN_OK)
	{
		if (!strict)
			return false;
		am_report_parse_error(MON_TYPE, s, len, norm, &err);
	}
	if (!kn_dec_rescale(&km.lower, MON_SCALE, &lo) ||
		!kn_dec_rescale(&km.upper, MON_SCALE, &hi))
	{
		if (!strict)
			return false;
		if (km.lower.scale > MON_SCALE || km.upper.scale > MON_SCALE)
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("value \"%s\" has more than %d decimal places for %s",
							am_quote_input(s, len), MON_SCALE, MON_TYPE)));
		range_error();
	}
	out->lo = lo;
	out->hi = hi;
	if (!ticks_in_range(out->lo) || !ticks_in_range(out->hi))
	{
		if (!strict)
			return false;
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("value \"%s\" is out of range for %s",
						am_quote_input(s, len), MON_TYPE),
				 errdetail("Amounts must be below 10^24 currency units.")));
	}
	memcpy(out->cur, km.currency, 4);
	out->q = km.qual;
	return true;
}

Datum
am_monetary_datum(const kn_money *km)
{
	mon			v;
	kn_int128	lo,
				hi;

	if (!kn_dec_rescale(&km->lower, MON_SCALE, &lo) ||
		!kn_dec_rescale(&km->upper, MON_SCALE, &hi))
		range_error();
	v.lo = lo;
	v.hi = hi;
	memcpy(v.cur, km->currency, 4);
	v.q = km->qual;
	mon_validate(&v);
	return PointerGetDatum(mon_pack(&v));
}

PG_FUNCTION_INFO_V1(monetary_in);
Datum
monetary_in(PG_FUNCTION_ARGS)
{
	char	   *s = PG_GETARG_CSTRING(0);
	mon			v;

	mon_parse(s, strlen(s), true, &v);
	PG_RETURN_MONETARY_P(mon_pack(&v));
}

PG_FUNCTION_INFO_V1(monetary_to_monetary_or_null);
Datum
monetary_to_monetary_or_null(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	mon			v;

	if (!mon_parse(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), false, &v))
		PG_RETURN_NULL();
	PG_RETURN_MONETARY_P(mon_pack(&v));
}

static const char *const qual_prefix[KN_Q_COUNT] = {
	"", "~", ">=", ">", "<=", "<"
};

PG_FUNCTION_INFO_V1(monetary_out);
Datum
monetary_out(PG_FUNCTION_ARGS)
{
	mon			v;
	char		lo[64],
				hi[64];

	mon_unpack(PG_GETARG_MONETARY_P(0), &v);
	ticks_to_text(v.lo, lo);
	if (v.lo == v.hi)
		PG_RETURN_CSTRING(psprintf("%s%s %s", qual_prefix[v.q], lo, v.cur));
	ticks_to_text(v.hi, hi);
	PG_RETURN_CSTRING(psprintf("%s%s..%s %s", qual_prefix[v.q], lo, hi, v.cur));
}

/* ----------------------------------------------------------- binary I/O */

/*
 * Wire format, version 1: int8 version, int8 qualifier, 3 bytes currency,
 * then lower and upper as (int64 high, int64 low) pairs of ticks.
 */
/*
 * mon_validate's checks, as errors of the binary input: whatever is wrong
 * in a received value is 22P03, as for the version, qualifier and code.
 */
static void
recv_validate(const mon *v)
{
	static const char *const what[] = {
		[MON_OUT_OF_RANGE] = "A bound is out of range.",
		[MON_REVERSED] = "The lower bound exceeds the upper bound.",
		[MON_QUALIFIED_RANGE] = "A range can only be exact or approximate.",
	};
	mon_fault	f = mon_check(v);

	if (f != MON_SOUND)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid bounds in binary %s", MON_TYPE),
				 errdetail("%s", what[f])));
}

PG_FUNCTION_INFO_V1(monetary_recv);
Datum
monetary_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int			version = pq_getmsgbyte(buf);
	int			q = pq_getmsgbyte(buf);
	mon			v;
	uint64		hi64,
				lo64;
	int			i;

	if (version != MON_SEND_VERSION)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("unsupported binary format version %d for %s",
						version, MON_TYPE)));
	if (q < 0 || q >= KN_Q_COUNT)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid qualifier %d in binary %s", q, MON_TYPE)));
	pq_copymsgbytes(buf, v.cur, 3);
	v.cur[3] = '\0';
	for (i = 0; i < 3; i++)
		if (v.cur[i] < 'A' || v.cur[i] > 'Z')
			break;
	if (i < 3 || !kn_iso_currency_known(v.cur))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid currency code in binary %s", MON_TYPE)));
	v.q = (kn_qualifier) q;
	hi64 = (uint64) pq_getmsgint64(buf);
	lo64 = (uint64) pq_getmsgint64(buf);
	v.lo = (int128) (((uint128) hi64 << 64) | lo64);
	hi64 = (uint64) pq_getmsgint64(buf);
	lo64 = (uint64) pq_getmsgint64(buf);
	v.hi = (int128) (((uint128) hi64 << 64) | lo64);
	recv_validate(&v);
	PG_RETURN_MONETARY_P(mon_pack(&v));
}

PG_FUNCTION_INFO_V1(monetary_send);
Datum
monetary_send(PG_FUNCTION_ARGS)
{
	mon			v;
	StringInfoData buf;

	mon_unpack(PG_GETARG_MONETARY_P(0), &v);
	pq_begintypsend(&buf);
	pq_sendbyte(&buf, MON_SEND_VERSION);
	pq_sendbyte(&buf, (uint8) v.q);
	pq_sendbytes(&buf, v.cur, 3);
	pq_sendint64(&buf, (int64) ((uint128) v.lo >> 64));
	pq_sendint64(&buf, (int64) (uint64) v.lo);
	pq_sendint64(&buf, (int64) ((uint128) v.hi >> 64));
	pq_sendint64(&buf, (int64) (uint64) v.hi);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* ------------------------------------------------------------ accessors */

PG_FUNCTION_INFO_V1(monetary_lower);
Datum
monetary_lower(PG_FUNCTION_ARGS)
{
	mon			v;

	mon_unpack(PG_GETARG_MONETARY_P(0), &v);
	PG_RETURN_DATUM(ticks_to_numeric(v.lo));
}

PG_FUNCTION_INFO_V1(monetary_upper);
Datum
monetary_upper(PG_FUNCTION_ARGS)
{
	mon			v;

	mon_unpack(PG_GETARG_MONETARY_P(0), &v);
	PG_RETURN_DATUM(ticks_to_numeric(v.hi));
}

PG_FUNCTION_INFO_V1(monetary_currency);
Datum
monetary_currency(PG_FUNCTION_ARGS)
{
	mon			v;

	mon_unpack(PG_GETARG_MONETARY_P(0), &v);
	PG_RETURN_TEXT_P(cstring_to_text(v.cur));
}

PG_FUNCTION_INFO_V1(monetary_qualifier);
Datum
monetary_qualifier(PG_FUNCTION_ARGS)
{
	mon			v;

	mon_unpack(PG_GETARG_MONETARY_P(0), &v);
	PG_RETURN_TEXT_P(cstring_to_text(kn_qualifier_name(v.q)));
}

PG_FUNCTION_INFO_V1(monetary_is_range);
Datum
monetary_is_range(PG_FUNCTION_ARGS)
{
	mon			v;

	mon_unpack(PG_GETARG_MONETARY_P(0), &v);
	PG_RETURN_BOOL(v.lo != v.hi);
}

PG_FUNCTION_INFO_V1(monetary_to_numeric);
Datum
monetary_to_numeric(PG_FUNCTION_ARGS)
{
	mon			v;
	char		lo[64],
				hi[64];

	mon_unpack(PG_GETARG_MONETARY_P(0), &v);
	if (v.lo != v.hi)
	{
		ticks_to_text(v.lo, lo);
		ticks_to_text(v.hi, hi);
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cannot cast the range %s..%s %s to numeric", lo, hi,
						v.cur),
				 errhint("Use aimarket.lower() or aimarket.upper().")));
	}
	PG_RETURN_DATUM(ticks_to_numeric(v.lo));
}

PG_FUNCTION_INFO_V1(monetary_make);
Datum
monetary_make(PG_FUNCTION_ARGS)
{
	mon			v;

	v.lo = v.hi = numeric_to_ticks(PG_GETARG_DATUM(0), false);
	currency_from_text(PG_GETARG_TEXT_PP(1), v.cur);
	v.q = qualifier_from_text(PG_GETARG_TEXT_PP(2));
	mon_validate(&v);
	PG_RETURN_MONETARY_P(mon_pack(&v));
}

PG_FUNCTION_INFO_V1(monetary_make_range);
Datum
monetary_make_range(PG_FUNCTION_ARGS)
{
	mon			v;

	v.lo = numeric_to_ticks(PG_GETARG_DATUM(0), false);
	v.hi = numeric_to_ticks(PG_GETARG_DATUM(1), false);
	currency_from_text(PG_GETARG_TEXT_PP(2), v.cur);
	v.q = qualifier_from_text(PG_GETARG_TEXT_PP(3));
	mon_validate(&v);
	PG_RETURN_MONETARY_P(mon_pack(&v));
}

/* ------------------------------------------------------------ to_korean */

/*
 * Korean newspaper style: groups of four digits under 만, 억, 조, 경, 해,
 * zero groups left out, a space between groups ("8조 6000억").
 */
static void
append_korean_amount(StringInfo out, int128 t)
{
	static const char *const units[] = {"", "만", "억", "조", "경", "해"};
	int128		ip,
				frac;
	int			groups[8];
	int			ng = 0,
				i;
	bool		first = true;

	if (t < 0)
	{
		appendStringInfoChar(out, '-');
		t = -t;
	}
	ip = t / kn_pow10(MON_SCALE);
	frac = t % kn_pow10(MON_SCALE);
	do
	{
		groups[ng++] = (int) (ip % 10000);
		ip /= 10000;
	} while (ip > 0 && ng < 8);
	for (i = ng - 1; i >= 0; i--)
	{
		if (groups[i] == 0 && !(i == 0 && first))
			continue;
		if (!first)
			appendStringInfoChar(out, ' ');
		appendStringInfo(out, "%d%s", groups[i], units[i]);
		first = false;
	}
	if (frac != 0)
	{
		char		buf[64];
		kn_dec		d = {frac, MON_SCALE};

		kn_dec_normalize(&d);
		kn_dec_to_text(&d, buf);
		/* "0.25" -> ".25", attached to the units group */
		if (groups[0] == 0 && ng > 1)
			appendStringInfo(out, " 0%s", buf + 1);
		else
			appendStringInfoString(out, buf + 1);
	}
}

PG_FUNCTION_INFO_V1(monetary_to_korean);
Datum
monetary_to_korean(PG_FUNCTION_ARGS)
{
	mon			v;
	StringInfoData out;
	const char *name;
	static const char *const suffix[KN_Q_COUNT] = {
		"", "", " 이상", " 초과", " 이하", " 미만"
	};

	mon_unpack(PG_GETARG_MONETARY_P(0), &v);
	initStringInfo(&out);
	if (v.q == KN_Q_APPROX)
		appendStringInfoString(&out, "약 ");
	name = kn_currency_korean_name(v.cur);
	append_korean_amount(&out, v.lo);
	if (v.hi != v.lo)
	{
		/*
		 * A bare lower bound borrows the upper's unit when read back
		 * (5~10만 원 is 5만..10만): below 만, with an upper bound of 만 or
		 * more, the lower one gets its currency too (5 원~10만 원).
		 */
		int128		unit = kn_pow10(4 + MON_SCALE);

		if (v.lo > -unit && v.lo < unit && (v.hi >= unit || v.hi <= -unit))
			appendStringInfo(&out, " %s", name ? name : v.cur);
		appendStringInfoChar(&out, '~');
		append_korean_amount(&out, v.hi);
	}
	appendStringInfo(&out, " %s%s", name ? name : v.cur, suffix[v.q]);
	PG_RETURN_TEXT_P(cstring_to_text(am_utf8_to_server(out.data, out.len)));
}

/* ------------------------------------------------------------ arithmetic */

static void
same_currency(const mon *a, const mon *b, const char *what)
{
	if (memcmp(a->cur, b->cur, 3) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cannot %s aimarket.monetary values in different currencies: %s and %s",
						what, a->cur, b->cur),
				 errhint("Use aimarket.convert() with an exchange rate first.")));
}

static bool
is_lower_bound(kn_qualifier q)
{
	return q == KN_Q_AT_LEAST || q == KN_Q_MORE_THAN;
}

static bool
is_upper_bound(kn_qualifier q)
{
	return q == KN_Q_AT_MOST || q == KN_Q_LESS_THAN;
}

/*
 * The qualifier of a sum: the strongest claim that still holds. Exact plus
 * exact is exact; a bound plus an exact amount keeps the bound; two bounds
 * of one side keep it (strict if either is); approximate, or bounds of both
 * sides, give approximate.
 */
static kn_qualifier
sum_qualifier(kn_qualifier a, kn_qualifier b)
{
	if (a == KN_Q_EXACT)
		return b;
	if (b == KN_Q_EXACT)
		return a;
	if (is_lower_bound(a) && is_lower_bound(b))
		return (a == KN_Q_MORE_THAN || b == KN_Q_MORE_THAN) ?
			KN_Q_MORE_THAN : KN_Q_AT_LEAST;
	if (is_upper_bound(a) && is_upper_bound(b))
		return (a == KN_Q_LESS_THAN || b == KN_Q_LESS_THAN) ?
			KN_Q_LESS_THAN : KN_Q_AT_MOST;
	return KN_Q_APPROX;
}

/* The qualifier of -v: "at least" becomes "at most" and so on. */
static kn_qualifier
flip_qualifier(kn_qualifier q)
{
	static const kn_qualifier flip[KN_Q_COUNT] = {
		KN_Q_EXACT, KN_Q_APPROX, KN_Q_AT_MOST, KN_Q_LESS_THAN,
		KN_Q_AT_LEAST, KN_Q_MORE_THAN
	};

	return flip[q];
}

/* -v: the bounds swap places. */
static void
mon_negate(mon *v)
{
	int128		t = v->lo;

	v->lo = -v->hi;
	v->hi = -t;
	v->q = flip_qualifier(v->q);
}

static Monetary *
mon_add(mon a, mon b, const char *what)
{
	mon			r;

	same_currency(&a, &b, what);
	if (__builtin_add_overflow(a.lo, b.lo, &r.lo) ||
		__builtin_add_overflow(a.hi, b.hi, &r.hi))
		range_error();
	memcpy(r.cur, a.cur, 4);
	r.q = sum_qualifier(a.q, b.q);
	return mon_result(&r);
}

PG_FUNCTION_INFO_V1(monetary_pl);
Datum
monetary_pl(PG_FUNCTION_ARGS)
{
	mon			a,
				b;

	mon_unpack(PG_GETARG_MONETARY_P(0), &a);
	mon_unpack(PG_GETARG_MONETARY_P(1), &b);
	PG_RETURN_MONETARY_P(mon_add(a, b, "add"));
}

PG_FUNCTION_INFO_V1(monetary_mi);
Datum
monetary_mi(PG_FUNCTION_ARGS)
{
	mon			a,
				b;

	mon_unpack(PG_GETARG_MONETARY_P(0), &a);
	mon_unpack(PG_GETARG_MONETARY_P(1), &b);
	mon_negate(&b);
	PG_RETURN_MONETARY_P(mon_add(a, b, "subtract"));
}

PG_FUNCTION_INFO_V1(monetary_um);
Datum
monetary_um(PG_FUNCTION_ARGS)
{
	mon			a;

	mon_unpack(PG_GETARG_MONETARY_P(0), &a);
	mon_negate(&a);
	PG_RETURN_MONETARY_P(mon_pack(&a));
}

/* v * factor, rounded to MON_SCALE digits half away from zero. */
static Monetary *
mon_scale(mon v, Datum factor, bool divide)
{
	Datum		zero = DirectFunctionCall1(int4_numeric, Int32GetDatum(0));
	int			sign;
	Datum		lo,
				hi;
	PGFunction	op = divide ? numeric_div : numeric_mul;

	if (numeric_is_nan(DatumGetNumeric(factor)))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cannot scale an aimarket.monetary value by NaN")));
	sign = DatumGetInt32(DirectFunctionCall2(numeric_cmp, factor, zero));
	if (divide && sign == 0)
		ereport(ERROR,
				(errcode(ERRCODE_DIVISION_BY_ZERO),
				 errmsg("division by zero")));
	lo = DirectFunctionCall2(op, ticks_to_numeric(v.lo), factor);
	hi = DirectFunctionCall2(op, ticks_to_numeric(v.hi), factor);
	v.lo = numeric_to_ticks(lo, true);
	v.hi = numeric_to_ticks(hi, true);
	if (sign < 0)
	{
		/* a negative factor reverses the bounds and the bound qualifiers */
		int128		t = v.lo;

		v.lo = v.hi;
		v.hi = t;
		v.q = flip_qualifier(v.q);
	}
	else if (sign == 0)
		v.q = KN_Q_EXACT;		/* anything times zero is exactly zero */
	return mon_result(&v);
}

PG_FUNCTION_INFO_V1(monetary_mul);
Datum
monetary_mul(PG_FUNCTION_ARGS)
{
	mon			a;

	mon_unpack(PG_GETARG_MONETARY_P(0), &a);
	PG_RETURN_MONETARY_P(mon_scale(a, PG_GETARG_DATUM(1), false));
}

PG_FUNCTION_INFO_V1(monetary_numeric_mul);
Datum
monetary_numeric_mul(PG_FUNCTION_ARGS)
{
	mon			a;

	mon_unpack(PG_GETARG_MONETARY_P(1), &a);
	PG_RETURN_MONETARY_P(mon_scale(a, PG_GETARG_DATUM(0), false));
}

PG_FUNCTION_INFO_V1(monetary_div);
Datum
monetary_div(PG_FUNCTION_ARGS)
{
	mon			a;

	mon_unpack(PG_GETARG_MONETARY_P(0), &a);
	PG_RETURN_MONETARY_P(mon_scale(a, PG_GETARG_DATUM(1), true));
}

PG_FUNCTION_INFO_V1(monetary_convert);
Datum
monetary_convert(PG_FUNCTION_ARGS)
{
	mon			a;
	Datum		rate = PG_GETARG_DATUM(2);
	Datum		zero = DirectFunctionCall1(int4_numeric, Int32GetDatum(0));
	Monetary   *r;

	mon_unpack(PG_GETARG_MONETARY_P(0), &a);
	if (numeric_is_nan(DatumGetNumeric(rate)) ||
		numeric_is_inf(DatumGetNumeric(rate)) ||
		DatumGetInt32(DirectFunctionCall2(numeric_cmp, rate, zero)) <= 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("exchange rate must be a positive finite number, not %s",
						DatumGetCString(DirectFunctionCall1(numeric_out, rate)))));
	currency_from_text(PG_GETARG_TEXT_PP(1), a.cur);
	r = mon_scale(a, rate, false);
	PG_RETURN_MONETARY_P(r);
}

/* ------------------------------------------------------------ comparison */

/* Order: currency code, lower, upper, qualifier. */
static int
mon_cmp(const Monetary *x, const Monetary *y)
{
	mon			a,
				b;
	int			c = memcmp(x->currency, y->currency, 3);

	if (c != 0)
		return c < 0 ? -1 : 1;
	mon_unpack(x, &a);
	mon_unpack(y, &b);
	if (a.lo != b.lo)
		return a.lo < b.lo ? -1 : 1;
	if (a.hi != b.hi)
		return a.hi < b.hi ? -1 : 1;
	if (a.q != b.q)
		return a.q < b.q ? -1 : 1;
	return 0;
}

#define MON_CMP_FN(name, expr) \
PG_FUNCTION_INFO_V1(name); \
Datum \
name(PG_FUNCTION_ARGS) \
{ \
	int			c = mon_cmp(PG_GETARG_MONETARY_P(0), PG_GETARG_MONETARY_P(1)); \
	PG_RETURN_BOOL(expr); \
}

MON_CMP_FN(monetary_eq, c == 0)
MON_CMP_FN(monetary_ne, c != 0)
MON_CMP_FN(monetary_lt, c < 0)
MON_CMP_FN(monetary_le, c <= 0)
MON_CMP_FN(monetary_gt, c > 0)
MON_CMP_FN(monetary_ge, c >= 0)

PG_FUNCTION_INFO_V1(monetary_cmp);
Datum
monetary_cmp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(mon_cmp(PG_GETARG_MONETARY_P(0), PG_GETARG_MONETARY_P(1)));
}

PG_FUNCTION_INFO_V1(monetary_hash);
Datum
monetary_hash(PG_FUNCTION_ARGS)
{
	return hash_any((const unsigned char *) PG_GETARG_MONETARY_P(0),
					sizeof(Monetary));
}

PG_FUNCTION_INFO_V1(monetary_hash_extended);
Datum
monetary_hash_extended(PG_FUNCTION_ARGS)
{
	return hash_any_extended((const unsigned char *) PG_GETARG_MONETARY_P(0),
							 sizeof(Monetary), PG_GETARG_INT64(1));
}

/* min/max transition functions: comparison only within one currency. */
static Datum
mon_pick(FunctionCallInfo fcinfo, bool want_larger)
{
	Monetary   *x = PG_GETARG_MONETARY_P(0);
	Monetary   *y = PG_GETARG_MONETARY_P(1);
	mon			a,
				b;
	int			c;

	mon_unpack(x, &a);
	mon_unpack(y, &b);
	same_currency(&a, &b, want_larger ? "take the max of" : "take the min of");
	c = mon_cmp(x, y);
	PG_RETURN_MONETARY_P((want_larger ? c >= 0 : c <= 0) ? x : y);
}

PG_FUNCTION_INFO_V1(monetary_smaller);
Datum
monetary_smaller(PG_FUNCTION_ARGS)
{
	return mon_pick(fcinfo, false);
}

PG_FUNCTION_INFO_V1(monetary_larger);
Datum
monetary_larger(PG_FUNCTION_ARGS)
{
	return mon_pick(fcinfo, true);
}

/* ------------------------------------------------------------------- avg */

typedef struct avg_state
{
	Monetary	sum;
	int64		count;
} avg_state;

static MemoryContext
agg_context(FunctionCallInfo fcinfo, const char *fn)
{
	MemoryContext ctx;

	if (!AggCheckCallContext(fcinfo, &ctx))
		elog(ERROR, "%s called in non-aggregate context", fn);
	return ctx;
}

static void
avg_add(avg_state *st, const Monetary *m, int64 n)
{
	if (st->count == 0)
		st->sum = *m;
	else
	{
		mon			a,
					b;
		Monetary   *r;

		mon_unpack(&st->sum, &a);
		mon_unpack(m, &b);
		r = mon_add(a, b, "average");
		st->sum = *r;
		pfree(r);
	}
	st->count += n;
}

PG_FUNCTION_INFO_V1(monetary_avg_accum);
Datum
monetary_avg_accum(PG_FUNCTION_ARGS)
{
	MemoryContext ctx = agg_context(fcinfo, "monetary_avg_accum");
	avg_state  *st = PG_ARGISNULL(0) ? NULL : (avg_state *) PG_GETARG_POINTER(0);

	if (st == NULL)
		st = MemoryContextAllocZero(ctx, sizeof(avg_state));
	if (!PG_ARGISNULL(1))
		avg_add(st, PG_GETARG_MONETARY_P(1), 1);
	PG_RETURN_POINTER(st);
}

PG_FUNCTION_INFO_V1(monetary_avg_combine);
Datum
monetary_avg_combine(PG_FUNCTION_ARGS)
{
	MemoryContext ctx = agg_context(fcinfo, "monetary_avg_combine");
	avg_state  *a = PG_ARGISNULL(0) ? NULL : (avg_state *) PG_GETARG_POINTER(0);
	avg_state  *b = PG_ARGISNULL(1) ? NULL : (avg_state *) PG_GETARG_POINTER(1);

	if (b == NULL || b->count == 0)
	{
		if (a == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(a);
	}
	if (a == NULL)
		a = MemoryContextAllocZero(ctx, sizeof(avg_state));
	avg_add(a, &b->sum, b->count);
	PG_RETURN_POINTER(a);
}

PG_FUNCTION_INFO_V1(monetary_avg_final);
Datum
monetary_avg_final(PG_FUNCTION_ARGS)
{
	avg_state  *st = PG_ARGISNULL(0) ? NULL : (avg_state *) PG_GETARG_POINTER(0);
	mon			v;

	if (st == NULL || st->count == 0)
		PG_RETURN_NULL();
	mon_unpack(&st->sum, &v);
	PG_RETURN_MONETARY_P(mon_scale(v, DirectFunctionCall1(int8_numeric,
														  Int64GetDatum(st->count)),
								   true));
}

PG_FUNCTION_INFO_V1(monetary_avg_serialize);
Datum
monetary_avg_serialize(PG_FUNCTION_ARGS)
{
	avg_state  *st = (avg_state *) PG_GETARG_POINTER(0);
	bytea	   *b;

	(void) agg_context(fcinfo, "monetary_avg_serialize");
	b = palloc(VARHDRSZ + sizeof(avg_state));
	SET_VARSIZE(b, VARHDRSZ + sizeof(avg_state));
	memcpy(VARDATA(b), st, sizeof(avg_state));
	PG_RETURN_BYTEA_P(b);
}

PG_FUNCTION_INFO_V1(monetary_avg_deserialize);
Datum
monetary_avg_deserialize(PG_FUNCTION_ARGS)
{
	bytea	   *b = PG_GETARG_BYTEA_PP(0);
	avg_state  *st;

	(void) agg_context(fcinfo, "monetary_avg_deserialize");
	if (VARSIZE_ANY_EXHDR(b) != sizeof(avg_state))
		elog(ERROR, "invalid aimarket.monetary avg state");
	st = palloc(sizeof(avg_state));
	memcpy(st, VARDATA_ANY(b), sizeof(avg_state));
	PG_RETURN_POINTER(st);
}
