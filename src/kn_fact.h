/*
 * kn_fact.h - the fact rules: who was valued, who invested in whom, who
 * bought whom, and how sure the sentence is, read from the mentions the
 * other cores found. Pure C, no postgres.h.
 *
 * The input is a text and its mentions (money and quantities from
 * kn_extract.h, names from kn_entity.h, dates from kn_date.h), each list
 * in text order. The rules look only at one sentence and the one before
 * it; what they are, and what the confidence means, is in the README
 * ("Facts").
 */
#ifndef KN_FACT_H
#define KN_FACT_H

#include <stddef.h>
#include <stdint.h>

#include "kn_alloc.h"
#include "kn_date.h"
#include "kn_entity.h"
#include "kn_extract.h"

typedef enum kn_relation
{
	KN_REL_VALUATION = 0,
	KN_REL_FUNDING_ROUND,		/* money raised, no investor named */
	KN_REL_INVESTMENT,			/* money from a named investor */
	KN_REL_STAKE,
	KN_REL_LOAN,
	KN_REL_ACQUISITION,
	KN_REL_ACQUISITION_TALKS,
	KN_REL_PARTNERSHIP,
	KN_REL_CONTRACT,
	KN_REL_REVENUE,
	KN_REL_OPERATING_COST,
	KN_REL_MARKET_SIZE,
	KN_REL_USER_COUNT,
	KN_REL_COUNT
} kn_relation;

typedef enum kn_fact_status
{
	KN_ST_COMPLETED = 0,
	KN_ST_IN_PROGRESS,			/* 협상 중, 검토 중, 추진 중 */
	KN_ST_PLANNED,				/* 예정, 계획, 방침 */
	KN_ST_REPORTED,				/* 알려졌다, 전해졌다, 전망, 보도 */
	KN_ST_DENIED,				/* 부인했다, 사실이 아니다 */
	KN_ST_TARGET,				/* 목표, 제시했다 */
	KN_ST_COUNT
} kn_fact_status;

/* What a catalogued name may be in a fact (the caller knows its kind). */
typedef enum kn_party_kind
{
	KN_PARTY_ORG = 0,			/* company, lab, investor, unknown org */
	KN_PARTY_PRODUCT,			/* a product or model: users, revenue */
	KN_PARTY_NONE				/* a person, a country: never a party */
} kn_party_kind;

#define KN_FACT_NONE ((size_t) -1)

typedef struct kn_fact_input
{
	const char *s;				/* UTF-8 */
	size_t		len;
	const kn_money_mention *money;
	size_t		nmoney;
	const kn_quantity_mention *quantities;
	size_t		nquantities;
	const kn_entity_mention *entities;
	const kn_party_kind *kinds; /* one per entity mention; NULL: all ORG */
	size_t		nentities;
	const kn_date_mention *dates;
	size_t		ndates;
	int			has_published;	/* a figure dated before it is of the past */
	int64_t		published;		/* days since 1970-01-01 */
	/* the text's kn_sentence_starts, if the caller has them (else found) */
	int			has_sentence_starts;
	const size_t *sentence_starts;
	size_t		nsentence_starts;
} kn_fact_input;

typedef struct kn_fact
{
	kn_relation relation;
	size_t		subject;		/* index into entities, or KN_FACT_NONE */
	size_t		object;
	size_t		money;			/* index into money, or KN_FACT_NONE */
	size_t		quantity;		/* index into quantities, or KN_FACT_NONE */
	size_t		date;			/* index into dates; NONE: as of publication */
	kn_fact_status status;
	int			subject_carried;	/* the subject came from an earlier sentence */
	size_t		off;			/* the words it was read from: the figure, */
	size_t		len;			/* or the keyword of a fact with no figure */
	size_t		char_pos;		/* 1-based character position of off */
	size_t		sent_off;		/* the sentence: bytes [sent_off, sent_end) */
	size_t		sent_end;
	size_t		sent_char_pos;	/* 1-based characters of its bounds */
	size_t		sent_char_end;
	int32_t		sentence;		/* 1-based sentence number */
	double		confidence;		/* (0, 1]; see the README */
} kn_fact;

extern const char *kn_relation_name(kn_relation r);
extern const char *kn_fact_status_name(kn_fact_status s);

#define KN_FACT_MAX 2000000
#define KN_FACT_TOO_MANY ((size_t) -1)

/*
 * Every fact of the input, sentence by sentence. *out comes from al (NULL
 * when none); returns the count, or KN_FACT_TOO_MANY with *out NULL (more
 * than KN_FACT_MAX facts, or the allocator failed).
 */
extern size_t kn_extract_facts(const kn_fact_input *in, const kn_alloc *al,
							   kn_fact **out);

#endif							/* KN_FACT_H */
