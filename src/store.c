/*
 * store.c - store_mentions(article_id, body, published): the pipeline's
 * writer. It runs the extractors over one body, the text converted once
 * and the money collected once (kn_extract_figures), and writes the rows
 * into aimarket.article_money, article_quantity, article_entity and (from
 * 0.5.0, the three-argument form) article_date and article_fact with the
 * table AM's multi-insert, as COPY does, instead of three set-returning
 * functions feeding three INSERTs. The rows are those the functions
 * return (mention_rows.h), numbered from 1 as WITH ORDINALITY numbers them.
 *
 * It writes below the executor, so it checks for itself what an INSERT
 * would: the caller's INSERT privilege on each table, NOT NULL, the row
 * type the module was built for, and the tables' indexes (unique ones
 * raise 23505 as usual). The tables are the extension's own; a trigger or
 * a row-security policy someone added to them is refused, not bypassed.
 * Only the pipeline calls it (EXECUTE is revoked from PUBLIC).
 */
#include "postgres.h"

#include "access/table.h"
#include "access/tableam.h"
#include "access/xact.h"
#include "catalog/namespace.h"
#include "catalog/pg_type.h"
#include "executor/executor.h"
#include "fmgr.h"
#include "miscadmin.h"
#include "nodes/execnodes.h"
#include "utils/acl.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/rel.h"
#include "utils/syscache.h"

#include "mention_rows.h"
#include "textnorm.h"

/* Rows handed to the table AM at once. */
#define STORE_BATCH 256

/* One table being written. */
typedef struct mention_table
{
	Relation	rel;
	ResultRelInfo *rri;
	TupleTableSlot *slots[STORE_BATCH];
	int			nslots;			/* slots made */
	int			used;			/* slots filled, not yet written */
	int64		written;
} mention_table;

typedef struct store_state
{
	EState	   *estate;
	CommandId	cid;
	MemoryContext call;			/* the slots */
	MemoryContext batch;		/* the filled slots' values */
	int64		article;
} store_state;

static void
check_interrupts(void)
{
	CHECK_FOR_INTERRUPTS();
}

/*
 * Open aimarket.name (nsp the schema) for writing, after the checks an
 * INSERT would make; types lists the columns' types as the module writes
 * them (InvalidOid: aimarket.monetary, whose oid is given as monetary).
 */
static void
open_table(mention_table *mt, Oid nsp, Oid monetary, const char *name,
		   const Oid *types, int ntypes)
{
	Oid			relid = get_relname_relid(name, nsp);
	TupleDesc	desc;
	AclResult	acl;
	int			i;

	if (!OidIsValid(relid))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_TABLE),
				 errmsg("table aimarket.%s does not exist", name)));
	acl = pg_class_aclcheck(relid, GetUserId(), ACL_INSERT);
	if (acl != ACLCHECK_OK)
		aclcheck_error(acl, OBJECT_TABLE, name);
	mt->rel = table_open(relid, RowExclusiveLock);
	desc = RelationGetDescr(mt->rel);
	if (mt->rel->rd_rel->relkind != RELKIND_RELATION ||
		mt->rel->rd_rel->relhastriggers || mt->rel->rd_rel->relrowsecurity ||
		(desc->constr && desc->constr->num_check > 0))
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("aimarket.%s has a trigger, a row-security policy or a check constraint that the pipeline's writer would bypass", name),
				 errhint("Those tables are the extension's own; drop what was added to them.")));
	for (i = 0; i < desc->natts && i < ntypes; i++)
	{
		Form_pg_attribute att = TupleDescAttr(desc, i);
		Oid			want = OidIsValid(types[i]) ? types[i] : monetary;

		if (att->attisdropped || att->atttypid != want)
			break;
	}
	if (desc->natts != ntypes || i < ntypes)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("aimarket.%s does not have the columns this aimarket module writes", name),
				 errhint("Run ALTER EXTENSION aimarket UPDATE.")));
	mt->rri = makeNode(ResultRelInfo);
	InitResultRelInfo(mt->rri, mt->rel, 0, NULL, 0);
	ExecOpenIndices(mt->rri, false);
	mt->nslots = mt->used = 0;
	mt->written = 0;
}

/* Write the filled slots of mt and their index entries. */
static void
flush_table(store_state *st, mention_table *mt)
{
	int			i;

	if (mt->used == 0)
		return;
	table_multi_insert(mt->rel, mt->slots, mt->used, st->cid, 0, NULL);
	for (i = 0; i < mt->used; i++)
	{
		List	   *recheck;

		ResetPerTupleExprContext(st->estate);
		recheck = ExecInsertIndexTuples(mt->rri, mt->slots[i], st->estate,
										false, false, NULL, NIL);
		list_free(recheck);
		ExecClearTuple(mt->slots[i]);
	}
	mt->written += mt->used;
	mt->used = 0;
}

static void
flush_all(store_state *st, mention_table *tables, int n)
{
	int			i;

	for (i = 0; i < n; i++)
		flush_table(st, &tables[i]);
	MemoryContextReset(st->batch);
}

/*
 * The next free slot of mt, its values and nulls to fill (column 0 the
 * article, 1 the mention's number); a full batch of any table flushes all
 * (the batch context holds every table's values).
 */
static TupleTableSlot *
next_slot(store_state *st, mention_table *tables, int ntables, mention_table *mt)
{
	TupleTableSlot *slot;

	if (mt->used == STORE_BATCH)
		flush_all(st, tables, ntables);
	if (mt->used == mt->nslots)
	{
		MemoryContext old = MemoryContextSwitchTo(st->call);

		mt->slots[mt->nslots++] = table_slot_create(mt->rel, NULL);
		MemoryContextSwitchTo(old);
	}
	slot = mt->slots[mt->used];
	ExecClearTuple(slot);
	memset(slot->tts_isnull, 0, slot->tts_tupleDescriptor->natts * sizeof(bool));
	slot->tts_values[0] = Int64GetDatum(st->article);
	slot->tts_values[1] = Int32GetDatum((int32) (mt->written + mt->used + 1));
	return slot;
}

/* Store the filled slot, after the NOT NULL check an INSERT makes. */
static void
store_slot(mention_table *mt, TupleTableSlot *slot)
{
	TupleDesc	desc = slot->tts_tupleDescriptor;
	int			i;

	for (i = 0; i < desc->natts; i++)
		if (slot->tts_isnull[i] && TupleDescAttr(desc, i)->attnotnull)
			ereport(ERROR,
					(errcode(ERRCODE_NOT_NULL_VIOLATION),
					 errmsg("null value in column \"%s\" of relation \"%s\" violates not-null constraint",
							NameStr(TupleDescAttr(desc, i)->attname),
							RelationGetRelationName(mt->rel))));
	ExecStoreVirtualTuple(slot);
	mt->used++;
}

static void
close_table(mention_table *mt)
{
	int			i;

	for (i = 0; i < mt->nslots; i++)
		ExecDropSingleTupleTableSlot(mt->slots[i]);
	ExecCloseIndices(mt->rri);
	table_close(mt->rel, NoLock);
}

/* The row types of the three tables: article_id, ord, then the mention's. */
static const Oid money_types[] = {INT8OID, INT4OID, InvalidOid, InvalidOid, TEXTOID,
TEXTOID, INT4OID, TEXTOID, INT4OID};
static const Oid quantity_types[] = {INT8OID, INT4OID, NUMERICOID, NUMERICOID,
	NUMERICOID, TEXTOID, TEXTOID, TEXTOID, TEXTOID, TEXTOID, INT4OID, INT4OID};
static const Oid entity_types[] = {INT8OID, INT4OID, INT8OID, TEXTOID, TEXTOID,
INT4OID, INT4OID};
static const Oid date_types[] = {INT8OID, INT4OID, TEXTOID, INT4OID, DATEOID, DATEOID,
TEXTOID, BOOLOID, INT4OID};
static const Oid fact_types[] = {INT8OID, INT4OID, TEXTOID, INT8OID, TEXTOID, INT8OID,
	TEXTOID, InvalidOid, InvalidOid, NUMERICOID, NUMERICOID, TEXTOID, TEXTOID, TEXTOID,
	DATEOID, DATEOID, TEXTOID, TEXTOID, TEXTOID, INT4OID, INT4OID, INT4OID, INT4OID,
BOOLOID, NUMERICOID};

enum
{
	T_MONEY, T_QUANTITY, T_ENTITY, T_DATE, T_FACT, T_COUNT
};

PG_FUNCTION_INFO_V1(aimarket_store_mentions);
Datum
aimarket_store_mentions(PG_FUNCTION_ARGS)
{
	/* 0.4.0 declared (article_id, body), STRICT; 0.5.0 adds published */
	bool		with_dates = PG_NARGS() > 2;
	int			ntables = with_dates ? T_COUNT : T_DATE;
	int64		article;
	text	   *t;
	MemoryContext callcxt;
	MemoryContext old;
	kn_alloc	al;
	catalogue_cache *cat;
	mention_table tables[T_COUNT];
	store_state st;
	kn_money_mention *mm;
	kn_quantity_mention *qm;
	kn_entity_mention *em;
	kn_date_mention *dm = NULL;
	kn_fact    *facts = NULL;
	am_facts	fx;
	size_t	   *starts,
				nstarts;
	kn_sentence_cursor sc;
	size_t		nm,
				nq,
				ne,
				nd = 0,
				nf = 0,
				i;
	const char *s;
	int			len;
	int64		total = 0;
	Oid			nsp,
				monetary;

	if (PG_ARGISNULL(0))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("store_mentions needs an article_id")));
	if (PG_ARGISNULL(1))
		PG_RETURN_INT64(0);		/* a NULL body has no mentions */
	article = PG_GETARG_INT64(0);
	t = PG_GETARG_TEXT_PP(1);
	callcxt = AllocSetContextCreate(CurrentMemoryContext, "aimarket store_mentions",
									ALLOCSET_DEFAULT_SIZES);
	al.realloc_fn = am_ctx_realloc;
	al.ctx = callcxt;
	al.interrupt_fn = check_interrupts;
	am_require_encoding(true, "store_mentions");
	cat = am_current_catalogue(fcinfo);
	old = MemoryContextSwitchTo(callcxt);
	s = am_to_utf8(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), &len);
	if (kn_extract_figures(s, (size_t) len, &al, &mm, &nm, &qm, &nq) == KN_TOO_MANY)
		am_too_many("store_mentions", (size_t) len, KN_MAX_MENTIONS);
	ne = kn_entity_find(am_catalogue_automaton(cat), s, (size_t) len, true, &al, &em);
	if (ne == KN_ENTITY_TOO_MANY)
		am_too_many_of("store_mentions", "names", (size_t) len, KN_ENTITY_MAX_MENTIONS);
	/* the sentences once, for the lists' numbers and the facts */
	nstarts = kn_sentence_starts((const uint8_t *) s, (size_t) len, &al, &starts);
	if (nstarts == (size_t) -1)
		ereport(ERROR, (errcode(ERRCODE_OUT_OF_MEMORY), errmsg("out of memory")));
	if (with_dates)
	{
		DateADT		published = PG_ARGISNULL(2) ? 0 : PG_GETARG_DATEADT(2);

		nd = am_find_dates("store_mentions", s, len, PG_ARGISNULL(2), published, &al, &dm);
		/* the facts, from the same mentions */
		am_facts_start(&fx, cat, s, PG_ARGISNULL(2), published);
		fx.money = mm;
		fx.nmoney = nm;
		fx.quantities = qm;
		fx.nquantities = nq;
		fx.entities = em;
		fx.nentities = ne;
		fx.dates = dm;
		fx.ndates = nd;
		fx.has_starts = true;
		fx.starts = starts;
		fx.nstarts = nstarts;
		nf = am_fact_rules("store_mentions", &fx, (size_t) len, &al, &facts);
	}

	st.estate = CreateExecutorState();
	st.cid = GetCurrentCommandId(true);
	st.article = article;
	st.call = callcxt;
	st.batch = AllocSetContextCreate(callcxt, "aimarket store_mentions batch",
									 ALLOCSET_DEFAULT_SIZES);
	nsp = get_namespace_oid("aimarket", false);
	monetary = GetSysCacheOid2(TYPENAMENSP, Anum_pg_type_oid, CStringGetDatum("monetary"),
							   ObjectIdGetDatum(nsp));
	open_table(&tables[T_MONEY], nsp, monetary, "article_money", money_types, lengthof(money_types));
	open_table(&tables[T_QUANTITY], nsp, monetary, "article_quantity", quantity_types, lengthof(quantity_types));
	open_table(&tables[T_ENTITY], nsp, monetary, "article_entity", entity_types, lengthof(entity_types));
	if (with_dates)
	{
		open_table(&tables[T_DATE], nsp, monetary, "article_date", date_types, lengthof(date_types));
		open_table(&tables[T_FACT], nsp, monetary, "article_fact", fact_types, lengthof(fact_types));
	}

	MemoryContextSwitchTo(st.batch);
	kn_sentence_start_indexed(&sc, (const uint8_t *) s, (size_t) len, starts, nstarts);
	for (i = 0; i < nm; i++)
	{
		TupleTableSlot *slot = next_slot(&st, tables, ntables, &tables[T_MONEY]);

		CHECK_FOR_INTERRUPTS();
		am_money_values(&mm[i], s, &sc, slot->tts_values + 2, slot->tts_isnull + 2,
						AM_MONEY_COLS);
		store_slot(&tables[T_MONEY], slot);
	}
	kn_sentence_start_indexed(&sc, (const uint8_t *) s, (size_t) len, starts, nstarts);
	for (i = 0; i < nq; i++)
	{
		TupleTableSlot *slot = next_slot(&st, tables, ntables, &tables[T_QUANTITY]);

		CHECK_FOR_INTERRUPTS();
		am_quantity_values(&qm[i], s, &sc, slot->tts_values + 2, slot->tts_isnull + 2,
						   AM_QUANTITY_COLS);
		store_slot(&tables[T_QUANTITY], slot);
	}
	kn_sentence_start_indexed(&sc, (const uint8_t *) s, (size_t) len, starts, nstarts);
	for (i = 0; i < ne; i++)
	{
		TupleTableSlot *slot = next_slot(&st, tables, ntables, &tables[T_ENTITY]);
		Datum		v[AM_ENTITY_COLS];
		bool		n[AM_ENTITY_COLS];
		int			c;

		CHECK_FOR_INTERRUPTS();
		/* the table keeps no name: the catalogue has it */
		am_entity_values(cat, &em[i], s, &sc, v, n);
		for (c = 0; c < AM_ENTITY_COLS - 1; c++)
		{
			slot->tts_values[2 + c] = v[c == 0 ? 0 : c + 1];
			slot->tts_isnull[2 + c] = n[c == 0 ? 0 : c + 1];
		}
		store_slot(&tables[T_ENTITY], slot);
	}
	kn_sentence_start_indexed(&sc, (const uint8_t *) s, (size_t) len, starts, nstarts);
	for (i = 0; i < nd; i++)
	{
		TupleTableSlot *slot = next_slot(&st, tables, ntables, &tables[T_DATE]);

		CHECK_FOR_INTERRUPTS();
		am_date_values(&dm[i], s, &sc, slot->tts_values + 2, slot->tts_isnull + 2);
		store_slot(&tables[T_DATE], slot);
	}
	for (i = 0; i < nf; i++)
	{
		TupleTableSlot *slot = next_slot(&st, tables, ntables, &tables[T_FACT]);

		CHECK_FOR_INTERRUPTS();
		am_fact_values(&fx, &facts[i], slot->tts_values + 2, slot->tts_isnull + 2);
		store_slot(&tables[T_FACT], slot);
	}
	flush_all(&st, tables, ntables);
	for (i = 0; i < (size_t) ntables; i++)
	{
		total += tables[i].written;
		close_table(&tables[i]);
	}
	FreeExecutorState(st.estate);
	MemoryContextSwitchTo(old);
	MemoryContextDelete(callcxt);
	PG_RETURN_INT64(total);
}
