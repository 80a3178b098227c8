/*
 * entities.c - extract_entities(text) over kn_entity.c, with the catalogue
 * (aimarket.entity, aimarket.entity_alias) loaded into one automaton per
 * backend.
 *
 * The cache is keyed by aimarket.catalogue_version.version, which a
 * statement trigger on the two tables sets from a sequence: the value is
 * read under the statement's snapshot, so the next statement of the same
 * transaction sees a change, other sessions see it once it commits, and
 * after ROLLBACK the version reads as before and the cache built for the
 * rolled-back rows is replaced by one of the committed rows. Sequence
 * values are never reused, so a version names one content of the tables.
 */
#include "postgres.h"

#include "executor/spi.h"
#include "lib/stringinfo.h"
#include "fmgr.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/memutils.h"
#include "utils/tuplestore.h"

#include "mention_rows.h"
#include "textnorm.h"

/* One catalogue entity, as the rows report it. */
typedef struct entity_info
{
	int64		id;
	uint32		name;			/* offset into names, in the server encoding */
	uint32		kind;			/* offset into names too: kinds are shared */
} entity_info;

/* The backend's automaton and the entities it names. */
typedef struct catalogue_cache
{
	int64		version;
	MemoryContext cxt;
	kn_automaton *automaton;
	entity_info *entities;		/* sorted by id */
	int			nentities;
	char	   *names;			/* every name and kind, NUL-terminated */
	size_t		skipped;		/* aliases too short or too long */
} catalogue_cache;

static catalogue_cache *cache = NULL;

static void
check_interrupts(void)
{
	CHECK_FOR_INTERRUPTS();
}

/*
 * aimarket.name: the extension's schema is always aimarket (the control
 * file names it and the extension is not relocatable).
 */
char *
am_catalogue_table(const char *name)
{
	return psprintf("aimarket.%s", quote_identifier(name));
}

/* The catalogue version this snapshot sees (SPI connected). */
int64
am_catalogue_version(void)
{
	char	   *sql = psprintf("SELECT version FROM %s", am_catalogue_table("catalogue_version"));
	bool		isnull;
	int64		v;

	if (SPI_execute(sql, true, 1) != SPI_OK_SELECT || SPI_processed != 1)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("aimarket.catalogue_version must hold exactly one row")));
	v = DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull));
	return isnull ? 0 : v;
}

static int
entity_cmp(const void *a, const void *b)
{
	int64		x = ((const entity_info *) a)->id,
				y = ((const entity_info *) b)->id;

	return x < y ? -1 : x > y;
}

/* Build a cache of the catalogue as this snapshot sees it (SPI connected). */
static catalogue_cache *
load_catalogue(int64 version)
{
	MemoryContext cxt = AllocSetContextCreate(TopMemoryContext,
											  "aimarket entity catalogue",
											  ALLOCSET_DEFAULT_SIZES);
	catalogue_cache *c;
	kn_alias_in *in;
	kn_alloc	al = {am_ctx_realloc, NULL, check_interrupts};
	kn_alloc	tmp = {am_ctx_realloc, CurrentMemoryContext, check_interrupts};
	uint64		i,
				n;
	char	   *sql;

	/* under the caller's context until the build succeeds (as the word files) */
	MemoryContextSetParent(cxt, CurrentMemoryContext);
	al.ctx = cxt;
	c = MemoryContextAllocZero(cxt, sizeof(catalogue_cache));
	c->cxt = cxt;
	c->version = version;

	sql = psprintf("SELECT id, name, kind FROM %s ORDER BY id", am_catalogue_table("entity"));
	if (SPI_execute(sql, true, 0) != SPI_OK_SELECT)
		elog(ERROR, "could not read the entity catalogue");
	n = SPI_processed;
	c->entities = MemoryContextAlloc(cxt, Max(n, 1) * sizeof(entity_info));
	{
		StringInfoData buf;
		uint32		kinds[16];
		int			nkinds = 0;

		initStringInfo(&buf);
		for (i = 0; i < n; i++)
		{
			HeapTuple	t = SPI_tuptable->vals[i];
			TupleDesc	d = SPI_tuptable->tupdesc;
			bool		isnull;
			char	   *kind = SPI_getvalue(t, d, 3);
			int			k;

			c->entities[i].id = DatumGetInt64(SPI_getbinval(t, d, 1, &isnull));
			c->entities[i].name = buf.len;
			appendStringInfoString(&buf, SPI_getvalue(t, d, 2));
			appendStringInfoChar(&buf, '\0');
			for (k = 0; k < nkinds && strcmp(buf.data + kinds[k], kind) != 0; k++)
				;
			if (k == nkinds)
			{
				kinds[nkinds] = buf.len;
				appendStringInfoString(&buf, kind);
				appendStringInfoChar(&buf, '\0');
				if (nkinds < 15)
					nkinds++;
			}
			c->entities[i].kind = kinds[k];
		}
		c->names = MemoryContextAlloc(cxt, buf.len + 1);
		memcpy(c->names, buf.data, buf.len + 1);
		pfree(buf.data);
	}
	c->nentities = (int) n;
	qsort(c->entities, n, sizeof(entity_info), entity_cmp);

	/* aliases, and six-digit stock codes as aliases that need brackets */
	sql = psprintf("SELECT a.alias, a.entity_id, coalesce(e.parent_id, e.id), (a.ambiguous::int * %d) | (a.compound::int * %d) | "
				   "((e.kind IN ('country', 'person', 'government_body', 'university', 'organisation', 'product'))::int * %d) "
				   "FROM %s a JOIN %s e ON e.id = a.entity_id "
				   "UNION ALL SELECT ticker, id, coalesce(parent_id, id), %d FROM %s WHERE ticker ~ '^[0-9]{6}$'",
				   KN_ALIAS_AMBIGUOUS, KN_ALIAS_COMPOUND, KN_ALIAS_WEAK,
				   am_catalogue_table("entity_alias"), am_catalogue_table("entity"),
				   KN_ALIAS_CODE, am_catalogue_table("entity"));
	if (SPI_execute(sql, true, 0) != SPI_OK_SELECT)
		elog(ERROR, "could not read the entity aliases");
	n = SPI_processed;
	/* the aliases and the trie are made in SPI's context, freed at its end */
	in = palloc(Max(n, 1) * sizeof(kn_alias_in));
	for (i = 0; i < n; i++)
	{
		HeapTuple	t = SPI_tuptable->vals[i];
		TupleDesc	d = SPI_tuptable->tupdesc;
		bool		isnull;
		char	   *alias = SPI_getvalue(t, d, 1);
		int			ulen;

		in[i].text = am_to_utf8(alias, strlen(alias), &ulen);
		in[i].len = (size_t) ulen;
		in[i].entity = DatumGetInt64(SPI_getbinval(t, d, 2, &isnull));
		in[i].family = DatumGetInt64(SPI_getbinval(t, d, 3, &isnull));
		in[i].flags = DatumGetInt32(SPI_getbinval(t, d, 4, &isnull));
	}
	c->automaton = kn_entity_build(in, n, &al, &tmp, &c->skipped);
	if (c->automaton == NULL)
		ereport(ERROR, (errcode(ERRCODE_OUT_OF_MEMORY),
						errmsg("out of memory building the entity automaton")));
	pfree(in);					/* the automaton keeps no pointer into it */
	MemoryContextSetParent(cxt, TopMemoryContext);
	return c;
}

/* The automaton of the catalogue this statement sees. */
catalogue_cache *
am_current_catalogue(FunctionCallInfo fcinfo)
{
	int64	   *seen = (int64 *) fcinfo->flinfo->fn_extra;
	int64		version;

	/* one look at the version per statement and call site */
	if (seen && cache && *seen == cache->version)
		return cache;
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	version = am_catalogue_version();
	if (cache == NULL || cache->version != version)
	{
		catalogue_cache *c = load_catalogue(version);

		if (cache)
			MemoryContextDelete(cache->cxt);
		cache = c;
	}
	SPI_finish();
	if (seen == NULL)
		seen = fcinfo->flinfo->fn_extra =
			MemoryContextAlloc(fcinfo->flinfo->fn_mcxt, sizeof(int64));
	*seen = version;
	return cache;
}

static const entity_info *
find_entity(const catalogue_cache *c, int64 id)
{
	entity_info key;

	key.id = id;
	return bsearch(&key, c->entities, c->nentities, sizeof(entity_info), entity_cmp);
}

const kn_automaton *
am_catalogue_automaton(const catalogue_cache *c)
{
	return c->automaton;
}

/* The name (server encoding) and kind of entity id, or NULL when unknown. */
const char *
am_entity_name(const catalogue_cache *c, int64 id, const char **kind)
{
	const entity_info *e = id ? find_entity(c, id) : NULL;

	if (kind)
		*kind = e ? c->names + e->kind : NULL;
	return e ? c->names + e->name : NULL;
}

/* The row of mention m of s (UTF-8), sc a cursor over s. */
void
am_entity_values(const catalogue_cache *c, const kn_entity_mention *m,
				 const char *s, kn_sentence_cursor *sc, Datum *values, bool *nulls)
{
	const entity_info *e = m->entity ? find_entity(c, m->entity) : NULL;

	memset(nulls, 0, AM_ENTITY_COLS * sizeof(bool));
	values[0] = Int64GetDatum(m->entity);
	nulls[0] = e == NULL;
	values[1] = e ? CStringGetTextDatum(c->names + e->name) : (Datum) 0;
	nulls[1] = e == NULL;
	values[2] = CStringGetTextDatum(e ? c->names + e->kind : "unknown_org");
	values[3] = PointerGetDatum(cstring_to_text(am_utf8_to_server(s + m->off, (int) m->len)));
	values[4] = Int32GetDatum((int32) m->char_pos);
	values[5] = Int32GetDatum(kn_sentence_at(sc, m->off));
}

PG_FUNCTION_INFO_V1(aimarket_extract_entities);
Datum
aimarket_extract_entities(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	bool		unknown = PG_NARGS() > 1 ? PG_GETARG_BOOL(1) : true;
	catalogue_cache *c;
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	kn_alloc	al = {am_ctx_realloc, CurrentMemoryContext, check_interrupts};
	kn_entity_mention *m;
	kn_sentence_cursor sc;
	MemoryContext rowcxt;
	const char *s;
	int			ulen;
	size_t		n,
				i;

	am_require_encoding(true, "extract_entities");
	c = am_current_catalogue(fcinfo);
	s = am_to_utf8(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), &ulen);
	InitMaterializedSRF(fcinfo, 0);
	n = kn_entity_find(c->automaton, s, (size_t) ulen, unknown, &al, &m);
	if (n == KN_ENTITY_TOO_MANY)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("extract_entities found more than %d mentions in a text of %d bytes",
						KN_ENTITY_MAX_MENTIONS, ulen),
				 errhint("Split the text, for example by paragraph.")));
	rowcxt = AllocSetContextCreate(CurrentMemoryContext, "aimarket entity row",
								   ALLOCSET_SMALL_SIZES);
	kn_sentence_start(&sc, (const uint8_t *) s, (size_t) ulen);
	for (i = 0; i < n; i++)
	{
		MemoryContext old = MemoryContextSwitchTo(rowcxt);
		Datum		values[AM_ENTITY_COLS];
		bool		nulls[AM_ENTITY_COLS];

		am_entity_values(c, &m[i], s, &sc, values, nulls);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
		MemoryContextSwitchTo(old);
		MemoryContextReset(rowcxt);
	}
	return (Datum) 0;
}

/* What the backend holds: for the README's memory figures and the tests. */
PG_FUNCTION_INFO_V1(aimarket_entity_catalogue_stats);
Datum
aimarket_entity_catalogue_stats(PG_FUNCTION_ARGS)
{
	catalogue_cache *c = am_current_catalogue(fcinfo);
	TupleDesc	desc;
	Datum		values[5];
	bool		nulls[5] = {false, false, false, false, false};

	if (get_call_result_type(fcinfo, NULL, &desc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "return type must be a row type");
	values[0] = Int64GetDatum(c->version);
	values[1] = Int64GetDatum(c->nentities);
	values[2] = Int64GetDatum(kn_entity_states(c->automaton));
	values[3] = Int64GetDatum(MemoryContextMemAllocated(c->cxt, true));
	values[4] = Int64GetDatum(c->skipped);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(BlessTupleDesc(desc), values, nulls)));
}
