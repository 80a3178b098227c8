/*
 * textnorm.h - text arriving from SQL, made ready for the pure grammars:
 * converted from the database encoding to UTF-8 and NFKC-normalised.
 */
#ifndef AIMARKET_TEXTNORM_H
#define AIMARKET_TEXTNORM_H

#include "kn_grammar.h"

/*
 * len bytes of s (database encoding) as UTF-8: s itself in UTF8 and
 * SQL_ASCII databases, else a palloc'd conversion.
 */
extern const char *am_to_utf8(const char *s, int len, int *outlen);

/*
 * Refuse (0A000) a database whose encoding cannot carry Korean text as
 * 'what' reads it: UTF8 only, or UTF8 and EUC_KR when euckr_ok.
 */
extern void am_require_encoding(bool euckr_ok, const char *what);

/*
 * Convert len bytes of s (database encoding) to NFKC UTF-8. The result is
 * palloc'd in the current memory context (or is s itself when nothing had
 * to change) and *outlen receives its length.
 */
extern char *am_normalize_input(const char *s, int len, int *outlen);

/* Unicode case folding of UTF-8 text (s itself when nothing folds). */
extern char *am_casefold_utf8(const char *s, int len, int *outlen);

/* Convert UTF-8 text we built to the database encoding (palloc'd). */
extern char *am_utf8_to_server(const char *s, int len);

/* The input clipped to a length fit for an error message (palloc'd). */
extern char *am_quote_input(const char *orig, int origlen);

/*
 * Raise the error for a failed parse. what names the target, e.g.
 * "type aimarket.monetary"; orig is the input as the user gave it (server
 * encoding), norm/normlen the normalised text the offsets refer to.
 */
extern void am_report_parse_error(const char *what, const char *orig,
								  int origlen, const char *norm,
								  const kn_error *err) pg_attribute_noreturn();

/*
 * The kn_alloc hook for the pure C modules: memory from the MemoryContext
 * given as ctx (size 0 frees).
 */
extern void *am_ctx_realloc(void *ctx, void *ptr, size_t size);

/* numbers.c: an exact decimal as a numeric Datum */
extern Datum am_dec_to_numeric(const kn_dec *d);

/* monetary.c: a parsed amount (already checked to fit) as a monetary Datum */
extern Datum am_monetary_datum(const kn_money *km);

/* entities.c: the catalogue's tables, shared with the dictionary's user words */
extern char *am_catalogue_table(const char *name);
extern int64 am_catalogue_version(void);

#endif							/* AIMARKET_TEXTNORM_H */
