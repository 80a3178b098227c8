/*
 * aimarket.c - the module's main file.
 *
 * The module is two layers, which the file names show:
 *
 *   kn_*.c     pure C cores over UTF-8 buffers, on a small base
 *              (kn_utf8: UTF-8 and Hangul helpers, Unicode blocks by
 *              name, the word index; kn_alloc.h: the caller's allocator
 *              and interrupt hook; kn_particles: what may follow a noun
 *              or a figure): the number and money grammar (kn_grammar),
 *              the currency and counter tables (kn_currency, kn_counters), the
 *              extractors (kn_extract for money, kn_quantity, kn_roles for
 *              what a figure is), the tokenizer (kn_tokenize) and the
 *              stemmer (kn_stem, with its word table kn_lexicon). They
 *              never include postgres.h, and are compiled once into
 *              src/libkncore.a for the build tools (src/tools); the
 *              module links the same objects, and the unit tests
 *              (test/unit) the same sources under ASan/UBSan.
 *   the rest   fmgr wrappers that turn them into SQL: numbers.c
 *              (parse_number), monetary.c (the type), extract.c (the
 *              extractors), ktsearch_*.c (parser, word files, dictionaries,
 *              tokenize; ktsearch.h is what they share),
 *              with textnorm.c for the server-side helpers they share
 *              (encodings, ICU normalisation, memory).
 */
#include "postgres.h"

#include "fmgr.h"

PG_MODULE_MAGIC;
