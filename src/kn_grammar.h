/*
 * kn_grammar.h - Korean number and money grammar, pure C.
 *
 * Nothing here calls PostgreSQL: the grammar works on a UTF-8 buffer that
 * the caller has already NFKC-normalised, so it can be unit-tested, fuzzed
 * and run under sanitizers outside the server (see test/unit/).
 */
#ifndef KN_GRAMMAR_H
#define KN_GRAMMAR_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "kn_utf8.h"

/*
 * 8-byte alignment, as PostgreSQL declares its int128: palloc only promises
 * 8, and structs holding these values live in palloc'd memory.
 */
typedef __int128 kn_int128 __attribute__((aligned(8)));

/*
 * An exact decimal: m * 10^-scale, |m| < 10^38, 0 <= scale <= KN_MAX_SCALE.
 * Only kn_parse_number returns "wide" values, with a negative scale down to
 * -KN_MAX_EXP10, for the units above 10^38 (정 .. 무량대수): they keep at
 * most KN_MAX_DIGITS significant digits. Money values are never wide.
 */
typedef struct kn_dec
{
	kn_int128	m;
	int			scale;
} kn_dec;

#define KN_MAX_DIGITS 38		/* significant digits a value may carry */
#define KN_MAX_SCALE 20			/* digits after the decimal point in input */
#define KN_MAX_EXP10 80			/* a wide value is below 10^(38 + 80) */
#define KN_DEC_TEXT_MAX (KN_MAX_DIGITS + KN_MAX_EXP10 + 8)	/* kn_dec_to_text */

typedef enum kn_status
{
	KN_OK = 0,
	KN_SYNTAX,					/* not a number / money expression */
	KN_RANGE					/* well formed but too large */
} kn_status;

/* Qualifier of a money amount; the numeric values are stored on disk. */
typedef enum kn_qualifier
{
	KN_Q_EXACT = 0,
	KN_Q_APPROX = 1,			/* 약, 여, 가량, 정도, 쯤, 내외, 안팎, 남짓 */
	KN_Q_AT_LEAST = 2,			/* 이상, 최소 */
	KN_Q_MORE_THAN = 3,			/* 초과, 넘는 */
	KN_Q_AT_MOST = 4,			/* 이하, 최대 */
	KN_Q_LESS_THAN = 5			/* 미만 */
} kn_qualifier;

#define KN_Q_COUNT 6

/* Why parsing failed: a fixed reason and the offending span of the input. */
typedef struct kn_error
{
	kn_status	status;
	const char *reason;			/* static English text */
	size_t		off;			/* byte offset of the offending token */
	size_t		len;			/* its length in bytes (0: end of input) */
} kn_error;

typedef struct kn_money
{
	kn_dec		lower;
	kn_dec		upper;			/* equal to lower for a point amount */
	char		currency[4];	/* ISO 4217, NUL-terminated; "" if none */
	kn_qualifier qual;
	int			has_units;		/* 억, 조, billion, ...: not a bare number */
	/* where it was found (byte offsets into the scanned buffer) */
	size_t		start;
	size_t		end;
	size_t		lower_end;		/* end of the first amount */
	size_t		upper_off;		/* start of the second amount, if a range */
	int			range_from;		/* the range was written "X에서 Y" */
} kn_money;

/* Parse a whole string as one number. Returns KN_OK or fills *err. */
extern kn_status kn_parse_number(const char *s, size_t len, kn_dec *out,
								 kn_error *err);

/* Parse a whole string as one money expression (amount or range). */
extern kn_status kn_parse_money(const char *s, size_t len, kn_money *out,
								kn_error *err);

/*
 * The longest money expression that starts at byte offset start (leading
 * blanks skipped). Returns KN_OK and fills out (out->end is where it
 * stopped; out->currency is "" when the amount named no currency), or a
 * failure status when no amount starts there.
 */
extern kn_status kn_scan_money(const char *s, size_t len, size_t start,
							   kn_money *out);

/* An amount or range without currency, as kn_scan_amount reads it. */
typedef struct kn_amount_scan
{
	kn_dec		lower;
	kn_dec		upper;
	int			approx;			/* 여 or 수 */
	int			has_units;
	size_t		start;
	size_t		end;
	size_t		lower_end;
	size_t		upper_off;		/* 0 unless a range */
	int			fraction;		/* 3분의 1: the value is a quotient */
} kn_amount_scan;

/* The longest amount or range (no currency) starting at byte offset start. */
extern kn_status kn_scan_amount(const char *s, size_t len, size_t start,
								kn_amount_scan *out);

/*
 * A native Korean numeral that starts exactly at byte offset start: 한, 두,
 * 스물다섯, 열하나 (lower = upper), or two neighbours written as one word
 * for "one or the other": 두세 (2..3), 서너 (3..4), 대여섯 (5..6). Returns 1
 * and fills lower, upper and end (one past its last byte), or returns 0.
 * What follows is not looked at: 한국 gives 1 ending after 한, and the
 * caller decides (a counter must follow).
 */
/* May a native numeral (or a range such as 두세) start with syllable cp? */
extern int	kn_native_may_start(uint32_t cp);

extern int	kn_scan_native(const char *s, size_t len, size_t start, int *lower,
						   int *upper, size_t *end);

/* Decimal helpers shared with the type. */
extern void kn_dec_normalize(kn_dec *d);
extern int	kn_dec_cmp(const kn_dec *a, const kn_dec *b);

/* Rescale to exactly 'scale' digits; false if digits would be lost or overflow. */
extern int	kn_dec_rescale(const kn_dec *d, int scale, kn_int128 *out);

/*
 * Write d as plain decimal text ("-12.5") into buf (KN_DEC_TEXT_MAX bytes).
 * Returns the length written.
 */
extern int	kn_dec_to_text(const kn_dec *d, char *buf);

/* 10^e for 0 <= e <= 38. */
extern kn_int128 kn_pow10(int e);

/* Currency tables (kn_currency.c). */
typedef struct kn_currency_word
{
	const char *text;			/* UTF-8; a space matches blanks or none */
	const char *code;			/* ISO 4217 */
	int			exp;			/* 0: the unit; -2: a hundredth of it (센트) */
	int			flags;
} kn_currency_word;

#define KN_CW_SIGN 1			/* a symbol that may open a figure: $ ₩ € £ ¥ ￦ */
#define KN_CW_SUB_ONLY 2		/* a hundredth read only after an amount of
								 * its unit: 전 in 5원 50전, 상팀 */
#define KN_CW_NATIVE_ONLY 4		/* an old coin read only after a native
								 * numeral (한 푼); the grammar skips it */

extern const kn_currency_word kn_currency_words[];
extern const size_t kn_n_currency_words;

/*
 * Is the Latin word of three letters at w a currency code in running text?
 * Only when written in capitals, known, and not also an English word
 * (TOP, ALL, CUP, PHP, ...).
 */
extern int	kn_iso_code_in_text(const unsigned char *w);

/* May the hundredth whose word names sub follow an amount in unit? */
extern int	kn_subunit_of(const char *sub, const char *unit);

/* Is cp a currency sign that may stand before an amount ($1억, ₩5000)? */
extern int	kn_currency_sign(uint32_t cp);

/* Which bytes may begin such a sign ('$', the lead bytes of ₩ € £ ¥ ￦): a
 * table of 256 flags, for the scanning loops. */
extern const unsigned char *kn_currency_sign_leads(void);

extern int	kn_iso_currency_known(const char *code);	/* code: 3 upper-case letters */
extern const char *kn_currency_korean_name(const char *code);	/* NULL when none */

/*
 * The qualifier words written in Hangul (약, 최대, 가량, 이상, ...), from
 * the grammar's own table, so that the extractors read the same words as
 * the grammar: the i-th (from 0), or NULL past the last. *after is 1 for a
 * word that follows the amount (가량) and 0 for one before it (약); *qual
 * is a kn_qualifier, or -1 for a word that adds nothing (총, 무려, 어치).
 */
extern const char *kn_qualifier_word(int i, int *after, int *qual);

/* Qualifier names used by SQL accessors and canonical text. */
extern const char *kn_qualifier_name(kn_qualifier q);
extern int	kn_qualifier_from_name(const char *name, kn_qualifier *out);


#endif							/* KN_GRAMMAR_H */
