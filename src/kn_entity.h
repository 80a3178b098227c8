/*
 * kn_entity.h - recognising catalogued names in running text, pure C.
 *
 * The caller (src/entities.c in the server, test/unit/entity_test.c
 * outside it) hands over the aliases of the catalogue; kn_entity_build
 * turns them into one Aho-Corasick automaton over bytes, and
 * kn_entity_find walks a text once with it. The automaton keeps no
 * pointer into the caller's strings: it may outlive them.
 */
#ifndef KN_ENTITY_H
#define KN_ENTITY_H

#include <stddef.h>
#include <stdint.h>

#include "kn_alloc.h"

/* What an alias may do (aimarket.entity_alias's flags). */
#define KN_ALIAS_COMPOUND 1		/* any Hangul may follow it: 오픈AI발 */
#define KN_ALIAS_AMBIGUOUS 2	/* also an ordinary word (애플, 아마존, 메타):
								 * counted only in context, see kn_entity_find */
#define KN_ALIAS_CODE 4			/* a stock code: counted only in brackets,
								 * 네이버[035420] or (005930) */
#define KN_ALIAS_WEAK 8			/* names no company (a country, a product, a person, a
								 * public body): it does not vouch for an
								 * ambiguous alias in its sentence */

typedef struct kn_alias_in
{
	const char *text;			/* UTF-8 */
	size_t		len;
	int64_t		entity;			/* the entity's id */
	int64_t		family;			/* its parent's id, or its own: entities
								 * of one family vouch for each other */
	int			flags;			/* KN_ALIAS_* */
} kn_alias_in;

typedef struct kn_automaton kn_automaton;

/*
 * Build the automaton of n aliases; NULL when out of memory. Latin letters
 * match in any case. Aliases of one character (가, X) but a Hanja (美), or longer than
 * KN_ALIAS_MAX_BYTES, are skipped (*skipped counts them). What the
 * automaton keeps comes from al; the trie it is made from, from tmp, and
 * is freed before the call returns.
 */
#define KN_ALIAS_MAX_BYTES 256
extern kn_automaton *kn_entity_build(const kn_alias_in *aliases, size_t n,
									 const kn_alloc *al, const kn_alloc *tmp,
									 size_t *skipped);
extern void kn_entity_free(kn_automaton *a, const kn_alloc *al);

/* Bytes the automaton holds (what the backend caches). */
extern size_t kn_entity_bytes(const kn_automaton *a);
extern size_t kn_entity_states(const kn_automaton *a);

typedef struct kn_entity_mention
{
	int64_t		entity;			/* 0: an unknown organisation */
	size_t		off;			/* byte span of the surface */
	size_t		len;
	size_t		char_pos;		/* 1-based character position */
	int			unknown;		/* 1: found by a company marker only */
	int			ambiguous;		/* 1: by an ambiguous alias, kept by context */
	int			weak;			/* 1: by a KN_ALIAS_WEAK alias */
	int64_t		family;
} kn_entity_mention;

#define KN_ENTITY_MAX_MENTIONS 2000000
#define KN_ENTITY_TOO_MANY ((size_t) -1)

/*
 * Every mention in s, in order, without overlaps (at each position the
 * longest alias that fits the word wins). A mention starts a word, and
 * ends one or goes on with a particle (kn_particles.h): KT is not in KTX,
 * 메타 not in 메타버스; a KN_ALIAS_COMPOUND alias may go on with any
 * Hangul. A KN_ALIAS_AMBIGUOUS alias counts only when the same text names
 * its entity, or one of its family (parent, children, siblings), by an
 * alias that is not ambiguous, or a company word stands right after it
 * (see kn_entity.c). With unknown set, words that a company
 * marker makes an organisation (X社, X㈜, (주)X, X랩스, XAI는) are
 * returned too, with entity 0. Returns the count, or KN_ENTITY_TOO_MANY
 * (and *out NULL). *out is allocated with al; free it with al.
 */
extern size_t kn_entity_find(const kn_automaton *a, const char *s, size_t len,
							 int unknown, const kn_alloc *al,
							 kn_entity_mention **out);

#endif							/* KN_ENTITY_H */
