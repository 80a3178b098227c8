/*
 * ktsearch_table.c - the user's words kept in a table (aimarket.user_word)
 * and, for a dictionary with CatalogueNames, the catalogue's aliases, as
 * the stemmer's user lexicon. Unlike a UserDictionary file they are dumped
 * with the database.
 *
 * The lexicon is cached per backend by catalogue version (the triggers of
 * aimarket.entity, entity_alias and user_word set it), and the version is
 * read once per snapshot: a dictionary is asked for every word, so the
 * check that nothing changed compares the snapshot, not a query.
 */
#include "postgres.h"

#include "executor/spi.h"
#include "catalog/namespace.h"
#include "lib/stringinfo.h"
#include "storage/proc.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/snapmgr.h"

#include "kn_stem.h"
#include "ktsearch.h"
#include "textnorm.h"

/* One cached lexicon: a version of the tables, with or without names. */
typedef struct table_lexicon
{
	int64		version;
	bool		names;
	char		file[NAMEDATALEN + 16];	/* a UserDictionary merged in, or "" */
	uint64		generation;
	MemoryContext ctx;
	kn_lexicon *lx;				/* NULL: no words at all */
} table_lexicon;

#define SLOTS 4
static table_lexicon slots[SLOTS];
static uint64 generation = 0;

static bool
same_snapshot(const KoreanDict *d, Snapshot s)
{
	return d->seen_valid && d->seen_lxid == MyProc->lxid && d->seen_cid == s->curcid &&
		d->seen_xmin == s->xmin && d->seen_xmax == s->xmax && d->seen_xcnt == s->xcnt;
}

/* Are the tables there (not before ALTER EXTENSION aimarket UPDATE)? */
static bool
tables_exist(void)
{
	Oid			nsp = get_namespace_oid("aimarket", true);

	return OidIsValid(nsp) && OidIsValid(get_relname_relid("user_word", nsp)) &&
		OidIsValid(get_relname_relid("catalogue_version", nsp));
}

/* Lines of the table words (and the aliases), ASCII lower-cased: "word"
 * for a noun, "word\tTAG" otherwise, as kn_lexicon_load reads them. */
static void
append_rows(StringInfo buf, const char *sql)
{
	uint64		i;

	if (SPI_execute(sql, true, 0) != SPI_OK_SELECT)
		elog(ERROR, "could not read the user words");
	for (i = 0; i < SPI_processed; i++)
	{
		char	   *w = SPI_getvalue(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 1);
		char	   *tag = SPI_getvalue(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 2);
		int			ulen;
		const char *u = am_to_utf8(w, strlen(w), &ulen);
		int			k;

		for (k = 0; k < ulen; k++)
		{
			char		c = u[k];

			if (c == '\t' || c == '\n' || c == '\r')
				c = ' ';
			appendStringInfoChar(buf, (c >= 'A' && c <= 'Z') ? c + 32 : c);
		}
		/* a bare word is a user noun, as in a UserDictionary file */
		if (tag && strcmp(tag, "N") != 0)
			appendStringInfo(buf, "\t%s", tag);
		appendStringInfoChar(buf, '\n');
	}
}

/* Build the lexicon of the tables as this snapshot sees them (SPI open). */
static table_lexicon *
build(int64 version, bool names, const word_file *file)
{
	table_lexicon *t = &slots[0];
	StringInfoData buf;
	char	   *words = am_catalogue_table("user_word"),
			   *aliases = am_catalogue_table("entity_alias");
	int			i;
	long		bad = 0;

	/* the slot used longest ago */
	for (i = 1; i < SLOTS; i++)
		if (slots[i].generation < t->generation)
			t = &slots[i];
	if (t->ctx)
		MemoryContextDelete(t->ctx);
	memset(t, 0, sizeof(*t));
	initStringInfo(&buf);
	if (file)
	{
		size_t		flen;
		char	   *text = ktsearch_read_word_file(file, &flen);

		appendBinaryStringInfo(&buf, text, (int) flen);
		appendStringInfoChar(&buf, '\n');
		pfree(text);
	}
	append_rows(&buf, psprintf("SELECT word, tag FROM %s", words));
	if (names)
		append_rows(&buf, psprintf("SELECT alias, 'N' FROM %s WHERE alias ~ '[^\\x01-\\x7f]'", aliases));
	t->ctx = AllocSetContextCreate(CurrentMemoryContext, "aimarket user words",
								   ALLOCSET_DEFAULT_SIZES);
	if (buf.len > 0)
	{
		kn_alloc	al = {am_ctx_realloc, t->ctx, NULL};
		long		added;

		t->lx = kn_lexicon_create(&al);
		added = kn_lexicon_load(t->lx, buf.data, buf.len, KN_LEX_USER | KN_LEX_NOUN, &bad);
		if (added < 0)
			ereport(ERROR,
					(errcode(added == -2 ? ERRCODE_PROGRAM_LIMIT_EXCEEDED : ERRCODE_DATA_EXCEPTION),
					 errmsg("the user words of aimarket.user_word cannot be loaded (line %ld)", bad)));
	}
	MemoryContextSetParent(t->ctx, TopMemoryContext);
	t->version = version;
	t->names = names;
	if (file)
		strlcpy(t->file, file->file, sizeof(t->file));
	t->generation = ++generation;
	pfree(buf.data);
	return t;
}

/*
 * The user lexicon for dictionary d now: the table words (and names), with
 * the words of d's UserDictionary file merged in; or the file's alone when
 * d reads no table; NULL when there are none.
 */
const kn_lexicon *
ktsearch_user_lexicon(KoreanDict *d, bool *changed)
{
	Snapshot	s;
	int64		version;
	table_lexicon *t = NULL;
	int			i;

	*changed = false;
	if (!d->table_words)
		return d->user ? d->user->lx : NULL;
	s = ActiveSnapshotSet() ? GetActiveSnapshot() : NULL;
	if (s && same_snapshot(d, s) && d->slot && d->slot->generation == d->slot_generation)
		return d->slot->lx;
	if (s == NULL || !tables_exist())
		return d->user ? d->user->lx : NULL;	/* no query running, or an older
												 * version's SQL without the tables */
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	version = am_catalogue_version();
	for (i = 0; i < SLOTS && !t; i++)
		if (slots[i].ctx && slots[i].version == version && slots[i].names == d->names &&
			strcmp(slots[i].file, d->user ? d->user->file : "") == 0)
			t = &slots[i];
	if (t == NULL)
		t = build(version, d->names, d->user);
	SPI_finish();
	d->seen_valid = true;
	d->seen_lxid = MyProc->lxid;
	d->seen_cid = s->curcid;
	d->seen_xmin = s->xmin;
	d->seen_xmax = s->xmax;
	d->seen_xcnt = s->xcnt;
	if (d->slot != t || d->slot_generation != t->generation)
		*changed = true;		/* the word cache holds stems of other words */
	d->slot = t;
	d->slot_generation = t->generation;
	return t->lx;
}
