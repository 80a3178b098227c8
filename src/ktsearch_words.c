/*
 * ktsearch_words.c - the word files of the Korean dictionaries (the
 * lexicon, its stemmer shortcuts, user dictionaries) read from
 * tsearch_data, loaded once per backend and shared; and the lexicon's
 * memory figure for the README.
 */
#include "postgres.h"

#include "funcapi.h"
#include "miscadmin.h"
#include "storage/fd.h"
#include "tsearch/ts_public.h"
#include "utils/memutils.h"

#include "kn_stem.h"
#include "ktsearch.h"
#include "textnorm.h"

/* ---------------------------------------------------------------- lexicons */

/* Read a whole file of tsearch_data; the caller pfrees it. */
static char *
read_tsearch_file(const char *name, const char *suffix, size_t *len,
				  char **path_out, bool missing_ok)
{
	char	   *path = get_tsearch_config_filename(name, suffix);
	FILE	   *f = AllocateFile(path, "rb");
	StringInfoData buf;
	char		chunk[65536];
	size_t		n;

	if (f == NULL && missing_ok && errno == ENOENT)
		return NULL;
	if (f == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_CONFIG_FILE_ERROR),
				 errmsg("could not open Korean dictionary file \"%s\": %m", path)));
	initStringInfo(&buf);
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		appendBinaryStringInfo(&buf, chunk, (int) n);
	FreeFile(f);
	*len = buf.len;
	*path_out = path;
	return buf.data;
}

/* The text of a word file again (name.suffix as it was acquired). */
char *
ktsearch_read_word_file(const word_file *w, size_t *len)
{
	char		name[NAMEDATALEN + 16];
	char	   *dot,
			   *path;

	strlcpy(name, w->file, sizeof(name));
	dot = strrchr(name, '.');
	if (dot == NULL)
		elog(ERROR, "word file name without a suffix: \"%s\"", w->file);
	*dot = '\0';
	return read_tsearch_file(name, dot + 1, len, &path, false);
}

/* Add the words of a file's text to lx, or raise the file's error. */
static void
load_words(kn_lexicon *lx, const char *data, size_t len, const char *path,
		   int flags)
{
	long		bad = 0;
	long		added = kn_lexicon_load(lx, data, len, flags, &bad);

	if (added == -2)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("Korean dictionary file \"%s\" is too large at line %ld",
						path, bad),
				 errdetail("A dictionary holds at most 16 MB of words.")));
	if (added < 0)
		ereport(ERROR,
				(errcode(ERRCODE_CONFIG_FILE_ERROR),
				 errmsg("invalid UTF-8 in Korean dictionary file \"%s\" at line %ld",
						path, bad)));
}

/*
 * The stemmer's shortcuts for the lexicon file name.lexicon, if the build
 * made them (name.shortcuts): they only make stemming faster, so a missing
 * file, or one made for another version of the lexicon file, is passed
 * over; a damaged one is an error.
 */
static void
load_shortcuts(kn_lexicon *lx, const char *name, uint64 lexicon_hash)
{
	size_t		len;
	char	   *path;
	char	   *data = read_tsearch_file(name, "shortcuts", &len, &path, true);
	int			got;

	if (data == NULL)
		return;
	got = kn_lexicon_shortcuts(lx, lexicon_hash, data, len);
	if (got < 0)
		ereport(ERROR,
				(errcode(ERRCODE_CONFIG_FILE_ERROR),
				 errmsg("invalid Korean stemmer shortcut file \"%s\"", path),
				 errhint("Rebuild and reinstall aimarket, or remove the file.")));
	if (got == 0)
		elog(DEBUG1, "Korean stemmer shortcut file \"%s\" was made for another lexicon file: not used",
			 path);
	pfree(data);
}

/*
 * Loaded word files, shared by every dictionary of the backend that names
 * the same file: each is read into memory once, however many dictionaries
 * use it and however often they are altered. Each lives in its own memory
 * context under TopMemoryContext. A dictionary's init reads its files
 * again (the lexicon is half a megabyte: about a millisecond) and compares
 * their hash, so a file edited on disk is loaded anew by the next ALTER
 * TEXT SEARCH DICTIONARY; the version it replaces is freed then if no
 * dictionary still uses it. A file nobody uses any more stays loaded for
 * the next dictionary that names it: the memory is bounded by the files
 * under tsearch_data, not by the number of dictionaries or of ALTERs. A
 * load that fails frees everything it allocated, because its context
 * hangs under the caller's until the load has succeeded.
 */

static word_file *word_files;

/* The stemmer's own tables live as long as the backend (kn_stem.h). */
static kn_alloc top_alloc = {am_ctx_realloc, NULL, NULL};

static void
prepare_stemmer(void)
{
	top_alloc.ctx = TopMemoryContext;
	(void) kn_stem_tables_bytes(&top_alloc);
}

/* Free the loaded versions of file that no dictionary uses, but keep. */
static void
free_unused_versions(const char *file, int flags, const word_file *keep)
{
	word_file **p = &word_files;

	while (*p)
	{
		word_file  *w = *p;

		if (w != keep && w->users == 0 && w->flags == flags &&
			strcmp(w->file, file) == 0)
		{
			*p = w->next;
			MemoryContextDelete(w->ctx);
		}
		else
			p = &w->next;
	}
}

/*
 * The words of name.suffix (name "none" for the main lexicon: no words),
 * counted as used by one more dictionary: see word_file.
 */
word_file *
ktsearch_acquire_words(const char *name, const char *suffix, int flags)
{
	bool		none = strcmp(suffix, "lexicon") == 0 && strcmp(name, "none") == 0;
	char		file[NAMEDATALEN + 16];
	size_t		len = 0;
	char	   *path = NULL;
	char	   *data = NULL;
	uint64		hash;
	word_file  *w;
	MemoryContext ctx;

	prepare_stemmer();
	snprintf(file, sizeof(file), "%s.%s", name, suffix);
	if (!none)
		data = read_tsearch_file(name, suffix, &len, &path, false);
	hash = kn_text_hash(data ? data : "", len);
	for (w = word_files; w; w = w->next)
		if (w->hash == hash && w->flags == flags && strcmp(w->file, file) == 0)
		{
			if (data)
				pfree(data);
			w->users++;
			return w;
		}
	ctx = AllocSetContextCreate(CurrentMemoryContext, "aimarket Korean words",
								ALLOCSET_DEFAULT_SIZES);
	w = MemoryContextAllocZero(ctx, sizeof(word_file));
	strlcpy(w->file, file, sizeof(w->file));
	w->flags = flags;
	w->hash = hash;
	w->ctx = ctx;
	w->alloc.realloc_fn = am_ctx_realloc;
	w->alloc.ctx = ctx;
	w->lx = kn_lexicon_create(&w->alloc);
	if (data)
	{
		load_words(w->lx, data, len, path, flags);
		if (strcmp(suffix, "lexicon") == 0)
			load_shortcuts(w->lx, name, hash);
		pfree(data);
	}
	MemoryContextSetParent(ctx, TopMemoryContext);
	w->users = 1;
	w->next = word_files;
	word_files = w;
	free_unused_versions(file, flags, w);
	return w;
}

void
ktsearch_release_words(word_file *w)
{
	if (w && w->users > 0)
		w->users--;
}

/* Backend memory the lexicon costs, for the README's figure. */
PG_FUNCTION_INFO_V1(aimarket_korean_lexicon_stats);
Datum
aimarket_korean_lexicon_stats(PG_FUNCTION_ARGS)
{
	TupleDesc	tupdesc;
	Datum		values[2];
	bool		nulls[2] = {false, false};
	static word_file *stats_words;	/* the default lexicon, held */
	kn_lexicon *lx;

	am_require_encoding(false, "aimarket.korean_lexicon_stats");
	if (stats_words == NULL)
		stats_words = ktsearch_acquire_words(DEFAULT_LEXICON, "lexicon", KN_LEX_NOUN);
	lx = stats_words->lx;
	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "return type must be a row type");
	values[0] = Int64GetDatum((int64) kn_lexicon_size(lx));
	values[1] = Int64GetDatum((int64) (kn_lexicon_bytes(lx) +
									   kn_stem_tables_bytes(&top_alloc)));
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(BlessTupleDesc(tupdesc),
													  values, nulls)));
}
