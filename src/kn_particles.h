/*
 * kn_particles.h - what may follow a noun or a figure inside its word:
 * particles (josa), the openings of the copula, and the suffixes news
 * attaches to amounts. Pure C, one home for them: the stemmer joins the
 * particles into the tails it strips (kn_stem.c), and the extractors accept
 * a figure only when its word ends or goes on with one of these
 * (kn_word_ends_at in kn_extract.c). Every list ends with NULL.
 */
#ifndef KN_PARTICLES_H
#define KN_PARTICLES_H

/* Particles that can stand first in a stack (에서만은: 에서). */
extern const char *const kn_particles_first[];

/* What may stand second in a stack of three (칩만으로, 에서만은). */
extern const char *const kn_particles_middle[];

/* Particles that can close a stack, or stand alone (은, 도, 이라고). */
extern const char *const kn_particles_last[];

/* Of the closing particles, those that may end a stack of three. */
extern const char *const kn_particles_stack_end[];

/*
 * The first syllables of the copula and of endings fused to a figure:
 * 20억달러입니다, 5달러였다, 1억원인, 1억원이면. The stemmer has the
 * whole forms (its nominal tails); a figure needs only how they open.
 * kn_copula_openings_strict are those that open no noun after a counter
 * (한 개인, 한 장면, 두 주인공 are nouns): 입, 였, 다, 요.
 */
extern const char *const kn_copula_openings[];
extern const char *const kn_copula_openings_strict[];

/*
 * Suffixes that only a figure takes in its own word: 짜리, 어치, 씩, 대
 * (1조원대), 선 (200억달러 선), 당, 꼴, 권 (5만원권), 여, 수준, 넘 (fused
 * 넘어). The grammar's qualifier words after a figure (가량, 이상) are
 * read from kn_qualifier_word, not repeated here.
 */
extern const char *const kn_figure_suffixes[];

/*
 * Whole copula forms after a name (앤트로픽이다, 오픈AI였다, 구글이라고):
 * what may stand after a catalogued name when no particle does
 * (kn_entity.c, which wants the word to end after them).
 */
extern const char *const kn_copula_forms[];

#endif							/* KN_PARTICLES_H */
