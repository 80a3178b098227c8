/*
 * kn_stem.h - Korean eojeol to content stem(s), pure C.
 *
 * An eojeol (a space-separated word) is a content stem followed by
 * particles, the copula, 하다/되다 forms or verbal endings. kn_stem finds the
 * split whose stem the lexicon (hunspell-ko's nouns, verb stems, adverbs,
 * plus the user's words) knows best, undoes the contractions Korean writes
 * inside one syllable (했 = 하+었, 둔 = 두+ㄴ, 가까운 = 가깝+은), and splits a
 * compound noun into the nouns it is made of.
 */
#ifndef KN_STEM_H
#define KN_STEM_H

#include <stddef.h>
#include <stdint.h>

#include "kn_alloc.h"
#include "kn_utf8.h"

/* Parts of speech in the lexicon (bit flags; a word may have several). */
#define KN_LEX_NOUN 1
#define KN_LEX_VERB 2			/* verb or adjective stem, without 다 */
#define KN_LEX_ADVERB 4
#define KN_LEX_USER 8			/* from a user dictionary: a noun */

typedef struct kn_lexicon kn_lexicon;

/* An empty lexicon; words are added with kn_lexicon_load / _add. */
extern kn_lexicon *kn_lexicon_create(const kn_alloc *al);

/*
 * Add the lines of buf: "word<TAB>tag" with tag N, V or D, or a bare word
 * (taken as a noun with default_flags). Blank lines and lines starting with
 * '#' are skipped. Returns the number of words added, -1 when a line is
 * not valid UTF-8, or -2 when the words fill 16 MB (*bad_line is then the
 * line's 1-based number).
 */
extern long kn_lexicon_load(kn_lexicon *lx, const char *buf, size_t len,
							int default_flags, long *bad_line);

extern int	kn_lexicon_flags(const kn_lexicon *lx, const char *w, size_t len);

/*
 * Shortcuts: for the words of a lexicon, the endings (from a list of up to
 * 127 frequent ones, plus none) after which kn_stem's whole answer is the
 * word itself: 기업가치 + 를, 투자 + 했다, 발표 + 하는. Such a word then skips
 * the analysis. src/tools/mkshort makes them at build time by running
 * kn_stem with no user lexicon, and names the lexicon they were made from
 * by kn_text_hash of its file. kn_lexicon_shortcuts attaches them to lx,
 * which must hold that file's words: 1 when attached, 0 when they were
 * made for another lexicon file, -1 when buf is malformed (nothing is
 * attached then). Adding a word to lx drops them. Answers are the same
 * with and without them (mkshort checks every word and ending); with a
 * user lexicon they are used only where it cannot change the answer.
 */
extern uint64_t kn_text_hash(const char *buf, size_t len);
extern int	kn_lexicon_shortcuts(kn_lexicon *lx, uint64_t file_hash,
								 const char *buf, size_t len);
extern size_t kn_lexicon_size(const kn_lexicon *lx);
extern size_t kn_lexicon_bytes(const kn_lexicon *lx);

/*
 * Memory of the stemmer's own tables (endings, contractions), built with
 * al on first use and kept for the life of the process: al must live as
 * long. (kn_stem builds them with its lexicon's allocator when nothing
 * has built them yet, so a caller whose lexicons come and go calls this
 * first with an allocator that stays.)
 */
extern size_t kn_stem_tables_bytes(const kn_alloc *al);

#define KN_STEM_MAX_PARTS 4
#define KN_STEM_MAX_BYTES 2047	/* PostgreSQL's longest lexeme */

typedef struct kn_stem_result
{
	int			stop;			/* only particles/endings: a stopword */
	int			n;				/* number of lexemes (primary first) */
	int			nalt;			/* lexemes [0, nalt) are readings of the
								 * whole word; the rest are compound parts */
	int			joint;			/* the parts go with the whole word, not
								 * instead of it (오픈ai: ai) */
	size_t		off[KN_STEM_MAX_PARTS + 1];	/* into buf */
	size_t		len[KN_STEM_MAX_PARTS + 1];
	char		buf[4 * (KN_STEM_MAX_BYTES + 1)];
} kn_stem_result;

/*
 * Stem one word (UTF-8, NFC, Latin already lower-cased; at most
 * KN_STEM_MAX_BYTES bytes are considered). lx2 may be NULL (a user
 * lexicon consulted with lx).
 */
extern void kn_stem(const kn_lexicon *lx, const kn_lexicon *lx2,
					const char *w, size_t len, kn_stem_result *out);

/*
 * Are two results the same answer: the same lexemes in the same order,
 * readings and flags (wherever in buf the lexemes sit)? For the build's
 * check of the shortcuts and the tests.
 */
extern int	kn_stem_same(const kn_stem_result *a, const kn_stem_result *b);

#endif							/* KN_STEM_H */
