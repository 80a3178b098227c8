/*
 * kn_lexicon.c - the stemmer's word table: words and their parts of
 * speech in an open-addressing table with a blocked Bloom filter, loaded
 * from a lexicon or user dictionary file, and the shortcuts file that lets
 * most words skip the analysis (kn_stem.h; the layout is in
 * kn_lexicon_int.h, which the analyser in kn_stem.c reads too).
 */
#include <string.h>

#include "kn_lexicon_int.h"

/* ---------------------------------------------------------------- lexicon */

kn_lexicon *
kn_lexicon_create(const kn_alloc *al)
{
	kn_lexicon *lx = al->realloc_fn(al->ctx, NULL, sizeof(kn_lexicon));

	memset(lx, 0, sizeof(*lx));
	lx->al = al;
	lx->cap = 1024;
	lx->slots = al->realloc_fn(al->ctx, NULL, lx->cap * sizeof(lex_slot));
	memset(lx->slots, 0, lx->cap * sizeof(lex_slot));
	lx->bloom = al->realloc_fn(al->ctx, NULL, lx->cap * 2);
	memset(lx->bloom, 0, lx->cap * 2);
	lx->pool_cap = 4096;
	lx->pool = al->realloc_fn(al->ctx, NULL, lx->pool_cap);
	lx->pool_len = 0;
	lx->word_bytes = 1;
	lx->first_syl = al->realloc_fn(al->ctx, NULL, (N_SYLLABLES + 63) / 64 * 8);
	memset(lx->first_syl, 0, (N_SYLLABLES + 63) / 64 * 8);
	return lx;
}

static void
bloom_set(kn_lexicon *lx, uint32_t h)
{
	lx->bloom[bloom_word(lx, h)] |= bloom_mask(h);
}

/* The word of slot s into buf (at least 255 bytes); its length. */
static size_t
slot_word(const kn_lexicon *lx, const lex_slot *s, char *buf)
{
	uint32_t	off;

	if (s->len <= SLOT_INLINE)
		memcpy(buf, s->w, s->len);
	else
	{
		memcpy(&off, s->w + 8, 4);
		memcpy(buf, s->w, 8);
		memcpy(buf + 8, lx->pool + off, s->len - 8);
	}
	return s->len;
}

static void
drop_shortcuts(kn_lexicon *lx)
{
	const kn_alloc *al = lx->al;

	size_t		i;

	if (lx->sc_mask == NULL)
		return;
	for (i = 0; i < lx->cap; i++)
		lx->slots[i].info = 0;
	al->realloc_fn(al->ctx, lx->sc_answer, 0);
	al->realloc_fn(al->ctx, lx->sc_mask, 0);
	al->realloc_fn(al->ctx, lx->sc_key, 0);
	al->realloc_fn(al->ctx, lx->sc_ending, 0);
	lx->sc_answer = NULL;
	lx->sc_mask = NULL;
	lx->sc_key = NULL;
	lx->sc_ending = NULL;
}

static void
lexicon_grow(kn_lexicon *lx)
{
	lex_slot   *old = lx->slots;
	size_t		oldcap = lx->cap,
				i;

	lx->cap *= 2;
	lx->slots = lx->al->realloc_fn(lx->al->ctx, NULL, lx->cap * sizeof(lex_slot));
	memset(lx->slots, 0, lx->cap * sizeof(lex_slot));
	lx->al->realloc_fn(lx->al->ctx, lx->bloom, 0);
	lx->bloom = lx->al->realloc_fn(lx->al->ctx, NULL, lx->cap * 2);
	memset(lx->bloom, 0, lx->cap * 2);
	for (i = 0; i < oldcap; i++)
		if (old[i].len)
		{
			char		buf[256];
			uint32_t	h = lexicon_hash(lx, buf, slot_word(lx, &old[i], buf));
			size_t		j = h & (lx->cap - 1);

			while (lx->slots[j].len)
				j = (j + 1) & (lx->cap - 1);
			lx->slots[j] = old[i];
			bloom_set(lx, h);
		}
	lx->al->realloc_fn(lx->al->ctx, old, 0);
}

/*
 * Add a word: 1; 0 for an empty one or one over 255 bytes (not added); -1
 * when the words fill POOL_MAX bytes.
 */
int
kn_lexicon_add(kn_lexicon *lx, const char *w, size_t len, int flags)
{
	uint32_t	h;
	lex_slot   *s;

	if (len == 0 || len > 255)
		return 0;
	drop_shortcuts(lx);			/* they were made for the words before */
	if ((lx->n + 1) * 4 > lx->cap * 3)
		lexicon_grow(lx);
	h = lexicon_hash(lx, w, len);
	s = find_slot(lx, w, len, h);
	if (s->len)
	{
		s->flags |= (uint8_t) flags;
		lx->all_flags |= flags;
		return 1;
	}
	if (lx->word_bytes + 1 + len > POOL_MAX)
		return -1;
	if (len > SLOT_INLINE)
	{
		uint32_t	off = (uint32_t) lx->pool_len;

		if (lx->pool_len + len - 8 > lx->pool_cap)
		{
			while (lx->pool_len + len - 8 > lx->pool_cap)
				lx->pool_cap *= 2;
			lx->pool = lx->al->realloc_fn(lx->al->ctx, lx->pool, lx->pool_cap);
		}
		memcpy(lx->pool + off, w + 8, len - 8);
		lx->pool_len += len - 8;
		memcpy(s->w, w, 8);
		memcpy(s->w + 8, &off, 4);
	}
	else
		memcpy(s->w, w, len);
	s->len = (uint8_t) len;
	s->flags = (uint8_t) flags;
	s->info = 0;
	lx->word_bytes += 1 + len;
	lx->all_flags |= flags;
	{
		uint32_t	cp;

		if (kn_utf8_decode((const unsigned char *) w, (const unsigned char *) w + len, &cp) == 3 &&
			cp >= HANGUL_BASE && cp < HANGUL_BASE + N_SYLLABLES)
			lx->first_syl[(cp - HANGUL_BASE) / 64] |= (uint64_t) 1 << ((cp - HANGUL_BASE) % 64);
	}
	bloom_set(lx, h);
	lx->n++;
	return 1;
}

static int
valid_utf8(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *) s,
			   *e = p + n;

	while (p < e)
	{
		uint32_t	cp;
		int			k = kn_utf8_decode(p, e, &cp);

		if (k == 0)
			return 0;
		p += k;
	}
	return 1;
}

long
kn_lexicon_load(kn_lexicon *lx, const char *buf, size_t len, int default_flags,
				long *bad_line)
{
	size_t		pos = 0;
	long		added = 0,
				lineno = 0;

	while (pos < len)
	{
		size_t		end = pos,
					wend;
		int			flags = default_flags;

		while (end < len && buf[end] != '\n')
			end++;
		lineno++;
		wend = end;
		while (wend > pos && (buf[wend - 1] == '\r' || buf[wend - 1] == ' '))
			wend--;
		if (wend > pos && buf[pos] != '#')
		{
			const char *tab = memchr(buf + pos, '\t', wend - pos);

			if (tab)
			{
				char		t = tab + 1 < buf + wend ? tab[1] : 'N';

				flags = t == 'V' ? KN_LEX_VERB : t == 'D' ? KN_LEX_ADVERB :
					KN_LEX_NOUN;
				wend = (size_t) (tab - buf);
			}
			if (!valid_utf8(buf + pos, wend - pos))
			{
				if (bad_line)
					*bad_line = lineno;
				return -1;
			}
			if (wend - pos <= 255)
			{
				/* words are looked up lower-cased (오픈AI as 오픈ai) */
				char		low[256];
				size_t		i;

				for (i = 0; i < wend - pos; i++)
				{
					char		c = buf[pos + i];

					low[i] = (char) (c >= 'A' && c <= 'Z' ? c + 32 : c);
				}
				if (kn_lexicon_add(lx, low, wend - pos, flags) < 0)
				{
					if (bad_line)
						*bad_line = lineno;
					return -2;
				}
				added++;
			}
		}
		pos = end + 1;
	}
	return added;
}

int
kn_lexicon_flags(const kn_lexicon *lx, const char *w, size_t len)
{
	return lexicon_flags(lx, w, len);
}

size_t
kn_lexicon_size(const kn_lexicon *lx)
{
	return lx->n;
}

size_t
kn_lexicon_bytes(const kn_lexicon *lx)
{
	size_t		n = sizeof(*lx) + lx->cap * sizeof(lex_slot) + lx->cap * 2 +
		lx->pool_cap + (N_SYLLABLES + 63) / 64 * 8;

	if (lx->sc_mask)
		n += lx->sc_nclass * SC_MASK_WORDS * 8 +
			lx->sc_nanswer * sizeof(sc_answer) +
			SC_ENDINGS_CAP * (sizeof(uint64_t) + sizeof(int16_t));
	return n;
}

/* ---------------------------------------------------------------- shortcuts */

uint64_t
kn_text_hash(const char *buf, size_t len)
{
	uint64_t	h = 14695981039346656037u;
	size_t		i;

	for (i = 0; i < len; i++)
	{
		h ^= (unsigned char) buf[i];
		h *= 1099511628211u;
	}
	return h;
}

static int
parse_hex64(const char *s, size_t n, uint64_t *out)
{
	size_t		i;
	uint64_t	v = 0;

	if (n != 16)
		return 0;
	for (i = 0; i < n; i++)
	{
		char		c = s[i];
		int			d = c >= '0' && c <= '9' ? c - '0' :
			c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;

		if (d < 0)
			return 0;
		v = v << 4 | (uint64_t) d;
	}
	*out = v;
	return 1;
}

/* A decimal number at l[*at..n) (at most 65535), *at past it. */
static int
read_number(const char *l, size_t n, size_t *at, unsigned long *v)
{
	size_t		start = *at;

	*v = 0;
	while (*at < n && l[*at] >= '0' && l[*at] <= '9' && *v <= 65535)
		*v = *v * 10 + (unsigned long) (l[(*at)++] - '0');
	return *at > start && *v <= 65535;
}

/*
 * Read the shortcut file (see kn_stem.h). Its lines:
 *   L <hash>          kn_text_hash of the lexicon file, 16 hex digits
 *   E <ending>        the endings, bits 1, 2, ... in order
 *   C <mask> <mask>   the classes 1, 2, ...: bits 0-63, 64-127, hex
 *   A <nalt> <off> <len> ...  the answers 1, 2, ... other than the word
 *                     alone: lexemes as byte ranges of the word
 *   W <class> <answer> <word>  a word of the lexicon, its class, and its
 *                     answer (0: the word alone)
 * and lines starting with '#'.
 */
int
kn_lexicon_shortcuts(kn_lexicon *lx, uint64_t file_hash, const char *buf,
					 size_t len)
{
	const kn_alloc *al = lx->al;
	size_t		pos = 0,
				ncap = 64,
				acap = 64,
				i;
	int			nend = 0,
				seen_hash = 0;

	drop_shortcuts(lx);
	lx->sc_answer = al->realloc_fn(al->ctx, NULL, acap * sizeof(sc_answer));
	lx->sc_nanswer = 0;
	lx->sc_mask = al->realloc_fn(al->ctx, NULL, ncap * SC_MASK_WORDS * 8);
	lx->sc_nclass = 0;
	lx->sc_key = al->realloc_fn(al->ctx, NULL, SC_ENDINGS_CAP * sizeof(uint64_t));
	lx->sc_ending = al->realloc_fn(al->ctx, NULL, SC_ENDINGS_CAP * sizeof(int16_t));
	for (i = 0; i < SC_ENDINGS_CAP; i++)
		lx->sc_ending[i] = -1;

	while (pos < len)
	{
		size_t		end = pos;
		const char *l = buf + pos;
		size_t		n;

		while (end < len && buf[end] != '\n')
			end++;
		n = end - pos;
		pos = end + 1;
		if (n == 0 || l[0] == '#')
			continue;
		if (n < 3 || l[1] != ' ')
			goto bad;
		if (l[0] == 'L')
		{
			uint64_t	h;

			if (!parse_hex64(l + 2, n - 2, &h))
				goto bad;
			if (h != file_hash)
			{
				drop_shortcuts(lx);
				return 0;		/* made for another lexicon */
			}
			seen_hash = 1;
		}
		else if (!seen_hash)
			goto bad;
		else if (l[0] == 'E')
		{
			uint32_t	cp[SC_ENDING_SYLLABLES];
			size_t		k = 0,
						at = 2;
			uint64_t	key;

			if (nend >= SC_MAX_ENDINGS)
				goto bad;
			while (at < n)
			{
				int			b = kn_utf8_decode((const unsigned char *) l + at,
											   (const unsigned char *) l + n, &cp[k]);

				if (b != 3 || cp[k] < HANGUL_BASE || cp[k] >= HANGUL_BASE + N_SYLLABLES)
					goto bad;
				at += 3;
				if (++k == SC_ENDING_SYLLABLES && at < n)
					goto bad;
			}
			key = ending_key(cp, k);
			i = ending_slot(lx, key);
			if (lx->sc_ending[i] >= 0)
				goto bad;		/* twice */
			lx->sc_key[i] = key;
			lx->sc_ending[i] = (int16_t) ++nend;
		}
		else if (l[0] == 'C')
		{
			int			k;

			if (n != 1 + SC_MASK_WORDS * 17 || lx->sc_nclass >= 65535)
				goto bad;
			if (lx->sc_nclass == ncap)
			{
				ncap *= 2;
				lx->sc_mask = al->realloc_fn(al->ctx, lx->sc_mask, ncap * SC_MASK_WORDS * 8);
			}
			for (k = 0; k < SC_MASK_WORDS; k++)
				if (l[1 + 17 * k] != ' ' ||
					!parse_hex64(l + 2 + 17 * k, 16, &lx->sc_mask[lx->sc_nclass * SC_MASK_WORDS + k]))
					goto bad;
			lx->sc_nclass++;
		}
		else if (l[0] == 'A')
		{
			sc_answer  *a;
			size_t		at = 1;
			unsigned long v[2 + 2 * (KN_STEM_MAX_PARTS + 1)];
			size_t		nv = 0;

			if (lx->sc_nanswer >= 65535)
				goto bad;
			if (lx->sc_nanswer == acap)
			{
				acap *= 2;
				lx->sc_answer = al->realloc_fn(al->ctx, lx->sc_answer, acap * sizeof(sc_answer));
			}
			/* A nalt off len off len ...: numbers after single spaces */
			while (at < n && nv < sizeof(v) / sizeof(v[0]))
			{
				at++;
				if (l[at - 1] != ' ' || !read_number(l, n, &at, &v[nv++]))
					goto bad;
			}
			if (at != n || nv < 3 || nv % 2 != 1 || v[0] == 0 || v[0] > (nv - 1) / 2)
				goto bad;
			a = &lx->sc_answer[lx->sc_nanswer++];
			a->n = (uint8_t) ((nv - 1) / 2);
			a->nalt = (uint8_t) v[0];
			for (i = 0; i < a->n; i++)
			{
				if (v[1 + 2 * i] > 254 || v[2 + 2 * i] == 0 ||
					v[1 + 2 * i] + v[2 + 2 * i] > 255)
					goto bad;
				a->off[i] = (uint8_t) v[1 + 2 * i];
				a->len[i] = (uint8_t) v[2 + 2 * i];
			}
		}
		else if (l[0] == 'W')
		{
			size_t		at;
			unsigned long c,
						ans;
			lex_slot   *sl;
			uint32_t	h;
			const sc_answer *a;

			/* W class answer word */
			at = 2;
			if (!read_number(l, n, &at, &c) || at >= n || l[at] != ' ')
				goto bad;
			at++;
			if (!read_number(l, n, &at, &ans) || at >= n || l[at] != ' ' ||
				c == 0 || c > lx->sc_nclass || ans > lx->sc_nanswer)
				goto bad;
			at++;
			if (n - at == 0 || n - at > 255)
				goto bad;
			h = lexicon_hash(lx, l + at, n - at);
			sl = find_slot(lx, l + at, n - at, h);
			if (sl->len == 0)
				goto bad;		/* not a word of this lexicon */
			/* an answer's substrings lie within the word */
			a = ans ? &lx->sc_answer[ans - 1] : NULL;
			for (i = 0; a && i < a->n; i++)
				if (a->off[i] + a->len[i] > n - at)
					goto bad;
			if (c > SC_MAX_CLASS || ans > SC_MAX_ANSWER)
				goto bad;
			sl->info = (uint16_t) (c | ans << SC_ANSWER_SHIFT);
		}
		else
			goto bad;
	}
	if (!seen_hash)
		goto bad;
	return 1;

bad:
	drop_shortcuts(lx);
	return -1;
}
