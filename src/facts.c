/*
 * facts.c - extract_facts(body, published): the SQL face of kn_fact.c.
 *
 * It runs the other cores over the body once (figures, names with the
 * catalogue this statement sees, dates against published), hands their
 * mentions to the fact rules and returns one aimarket.fact row per fact.
 * Reading the catalogue makes it STABLE.
 */
#include "postgres.h"

#include "fmgr.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/memutils.h"
#include "utils/numeric.h"
#include "utils/tuplestore.h"

#include "kn_fact.h"
#include "mention_rows.h"
#include "textnorm.h"

static void
check_interrupts(void)
{
	CHECK_FOR_INTERRUPTS();
}

/* The party a name may be, from its catalogue kind. */
static kn_party_kind
party_kind(const char *kind)
{
	if (kind == NULL)
		return KN_PARTY_ORG;	/* an organisation found by its marker */
	if (strcmp(kind, "person") == 0 || strcmp(kind, "country") == 0 ||
		strcmp(kind, "university") == 0 || strcmp(kind, "government_body") == 0)
		return KN_PARTY_NONE;
	if (strcmp(kind, "product") == 0 || strcmp(kind, "ai_model") == 0)
		return KN_PARTY_PRODUCT;
	return KN_PARTY_ORG;
}

/*
 * Columns id and name of a party: the entity, or for a product in a fact
 * about money (챗GPT의 기업가치) the company it belongs to.
 */
static void
party_values(const am_facts *fx, size_t idx, kn_relation rel, Datum *values,
			 bool *nulls)
{
	const kn_entity_mention *m;
	const char *name;
	int64		id;

	if (idx == KN_FACT_NONE)
	{
		nulls[0] = nulls[1] = true;
		return;
	}
	m = &fx->entities[idx];
	id = m->entity;
	if (fx->kinds[idx] == KN_PARTY_PRODUCT && rel != KN_REL_USER_COUNT &&
		rel != KN_REL_REVENUE && m->family != m->entity && m->family != 0)
		id = m->family;
	name = am_entity_name(fx->catalogue, id, NULL);
	if (name == NULL)
	{
		/* an organisation the catalogue does not know: its words */
		nulls[0] = true;
		values[1] = PointerGetDatum(cstring_to_text(am_utf8_to_server(fx->s + m->off, (int) m->len)));
		return;
	}
	values[0] = Int64GetDatum(id);
	values[1] = CStringGetTextDatum(name);
}

/* Days of the core as a date, or resolve_dates' error naming the words. */
static Datum
days_datum(int64 days, const am_facts *fx, const kn_date_mention *m)
{
	return am_date_datum(days, am_utf8_to_server(fx->s + m->off, (int) m->len));
}

static Datum
confidence_datum(double c)
{
	char		buf[16];

	snprintf(buf, sizeof(buf), "%.2f", c);
	return DirectFunctionCall3(numeric_in, CStringGetDatum(buf),
							   ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1));
}

void
am_fact_values(const am_facts *fx, const kn_fact *f, Datum *values, bool *nulls)
{
	memset(nulls, 0, AM_FACT_COLS * sizeof(bool));
	values[0] = CStringGetTextDatum(kn_relation_name(f->relation));
	party_values(fx, f->subject, f->relation, &values[1], &nulls[1]);
	party_values(fx, f->object, f->relation, &values[3], &nulls[3]);
	if (f->money != KN_FACT_NONE)
	{
		const kn_money_mention *m = &fx->money[f->money];

		values[5] = am_monetary_datum(&m->amount);
		if (m->has_equiv)
			values[6] = am_monetary_datum(&m->equiv);
		else
			nulls[6] = true;
	}
	else
		nulls[5] = nulls[6] = true;
	if (f->quantity != KN_FACT_NONE)
	{
		const kn_quantity_mention *q = &fx->quantities[f->quantity];

		values[7] = am_dec_to_numeric(&q->lower);
		values[8] = am_dec_to_numeric(&q->upper);
		values[9] = CStringGetTextDatum(q->unit);
		values[10] = CStringGetTextDatum(kn_qualifier_name(q->qual));
	}
	else
		nulls[7] = nulls[8] = nulls[9] = nulls[10] = true;
	values[11] = CStringGetTextDatum(kn_fact_status_name(f->status));
	if (f->date != KN_FACT_NONE)
	{
		const kn_date_mention *d = &fx->dates[f->date];

		if (d->resolved)
		{
			values[12] = days_datum(d->lower, fx, d);
			values[13] = days_datum(d->upper, fx, d);
		}
		else
			nulls[12] = nulls[13] = true;
		values[14] = CStringGetTextDatum(kn_granularity_name(d->gran));
		values[15] = CStringGetTextDatum("sentence");
	}
	else if (fx->has_published)
	{
		values[12] = values[13] = DateADTGetDatum(fx->published);
		values[14] = CStringGetTextDatum("day");
		values[15] = CStringGetTextDatum("publication");
	}
	else
		nulls[12] = nulls[13] = nulls[14] = nulls[15] = true;
	values[16] = PointerGetDatum(cstring_to_text(am_utf8_to_server(fx->s + f->off, (int) f->len)));
	values[17] = Int32GetDatum((int32) f->char_pos);
	values[18] = Int32GetDatum(f->sentence);
	values[19] = Int32GetDatum((int32) f->sent_char_pos);
	values[20] = Int32GetDatum((int32) f->sent_char_end);
	values[21] = BoolGetDatum(f->subject_carried != 0);
	values[22] = confidence_datum(f->confidence);
}

/*
 * The fact rules over mentions already found: fx holds the text, the
 * catalogue, the publication date and the four lists (the writer, store.c,
 * finds them once for its tables too). Fills fx->kinds.
 */
size_t
am_fact_rules(const char *fn, am_facts *fx, size_t len, const kn_alloc *al, kn_fact **facts)
{
	kn_fact_input in;
	size_t		n,
				i;

	fx->kinds = al->realloc_fn(al->ctx, NULL, Max(fx->nentities, 1) * sizeof(kn_party_kind));
	for (i = 0; i < fx->nentities; i++)
	{
		const char *kind = NULL;

		if (fx->entities[i].entity)
			(void) am_entity_name(fx->catalogue, fx->entities[i].entity, &kind);
		fx->kinds[i] = party_kind(kind);
	}
	in.s = fx->s;
	in.len = len;
	in.money = fx->money;
	in.nmoney = fx->nmoney;
	in.quantities = fx->quantities;
	in.nquantities = fx->nquantities;
	in.entities = fx->entities;
	in.kinds = fx->kinds;
	in.nentities = fx->nentities;
	in.dates = fx->dates;
	in.ndates = fx->ndates;
	in.has_sentence_starts = fx->has_starts;
	in.sentence_starts = fx->starts;
	in.nsentence_starts = fx->nstarts;
	in.has_published = fx->has_published;
	in.published = fx->has_published ? (int64) fx->published + AM_UNIX_TO_PG_DAYS : 0;
	n = kn_extract_facts(&in, al, facts);
	if (n == KN_FACT_TOO_MANY)
		am_too_many_of(fn, "facts", len, KN_FACT_MAX);
	return n;
}

void
am_facts_start(am_facts *fx, const catalogue_cache *cat, const char *s,
			   bool published_null, DateADT published)
{
	memset(fx, 0, sizeof(*fx));
	fx->catalogue = cat;
	fx->s = s;
	fx->has_published = am_has_published(published_null, published);
	fx->published = published;
}

/*
 * Find the facts of s (UTF-8, len bytes): every core once, then the rules.
 * published_null: no publication date (relative dates stay unresolved).
 */
size_t
am_find_facts(FunctionCallInfo fcinfo, const char *s, int len, bool published_null,
			  DateADT published, const kn_alloc *al, am_facts *fx, kn_fact **facts)
{
	catalogue_cache *cat = am_current_catalogue(fcinfo);
	size_t		n;

	am_facts_start(fx, cat, s, published_null, published);
	n = kn_extract_figures(s, (size_t) len, al, &fx->money, &fx->nmoney,
						   &fx->quantities, &fx->nquantities);
	if (n == KN_TOO_MANY)
		am_too_many("extract_facts", (size_t) len, KN_MAX_MENTIONS);
	fx->nentities = kn_entity_find(am_catalogue_automaton(cat), s, (size_t) len, 1, al,
								   &fx->entities);
	if (fx->nentities == KN_ENTITY_TOO_MANY)
		am_too_many_of("extract_facts", "names", (size_t) len, KN_ENTITY_MAX_MENTIONS);
	fx->ndates = am_find_dates("extract_facts", s, len, !fx->has_published, published, al, &fx->dates);
	return am_fact_rules("extract_facts", fx, (size_t) len, al, facts);
}

PG_FUNCTION_INFO_V1(aimarket_extract_facts);
Datum
aimarket_extract_facts(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	kn_alloc	al = {am_ctx_realloc, CurrentMemoryContext, check_interrupts};
	MemoryContext rowcxt;
	am_facts	fx;
	kn_fact    *facts;
	text	   *t;
	const char *s;
	int			len;
	size_t		n,
				i;

	InitMaterializedSRF(fcinfo, 0);
	if (PG_ARGISNULL(0))
		return (Datum) 0;
	am_require_encoding(true, "extract_facts");
	t = PG_GETARG_TEXT_PP(0);
	s = am_to_utf8(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), &len);
	n = am_find_facts(fcinfo, s, len, PG_ARGISNULL(1), PG_ARGISNULL(1) ? 0 : PG_GETARG_DATEADT(1),
					  &al, &fx, &facts);
	rowcxt = AllocSetContextCreate(CurrentMemoryContext, "aimarket fact row",
								   ALLOCSET_SMALL_SIZES);
	for (i = 0; i < n; i++)
	{
		MemoryContext old = MemoryContextSwitchTo(rowcxt);
		Datum		values[AM_FACT_COLS];
		bool		nulls[AM_FACT_COLS];

		CHECK_FOR_INTERRUPTS();
		am_fact_values(&fx, &facts[i], values, nulls);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
		MemoryContextSwitchTo(old);
		MemoryContextReset(rowcxt);
	}
	return (Datum) 0;
}
