/*
 * kn_entity.c - catalogued names in running text: one Aho-Corasick
 * automaton over bytes, then the word rules of kn_entity.h. Pure C.
 *
 * Layout. States are numbered breadth first, and the children of a state
 * are consecutive states sorted by their byte, so a state stores where its
 * children begin and how many there are, never a table of 256 slots: about
 * 17 bytes a state, a state for each byte of the aliases that no other
 * alias shares a prefix with. The root alone has a table of 256.
 */
#include <stdlib.h>
#include <string.h>

#include "kn_entity.h"
#include "kn_sentence.h"
#include "kn_particles.h"
#include "kn_utf8.h"

typedef struct pattern
{
	int64_t		entity;
	int64_t		family;
	int32_t		next;			/* another alias of the same text, or -1 */
	uint16_t	len;
	uint8_t		flags;
} pattern;

struct kn_automaton
{
	uint32_t	nstates;
	uint32_t	npatterns;
	uint32_t   *first_child;	/* [nstates] */
	uint8_t    *nchildren;		/* [nstates] */
	uint8_t    *label;			/* [nstates]: the byte that leads to it */
	uint8_t    *has;			/* [nstates]: HAS_OUT, HAS_DICT */
	uint32_t   *fail;			/* [nstates] */
	/* sparse, sorted by state: the few states that end an alias ... */
	uint32_t   *out_state;
	int32_t    *out_pat;		/* its first pattern */
	uint32_t	nout;
	/* ... and those whose fail chain reaches one (the nearest) */
	uint32_t   *dict_state;
	uint32_t   *dict_to;
	uint32_t	ndict;
	pattern    *patterns;
	uint32_t	root_next[256];
	size_t		bytes;
};

#define HAS_OUT 1
#define HAS_DICT 2

/* The value for state s of a sparse map (keys sorted). */
static inline uint32_t
sparse_find(const uint32_t *keys, uint32_t n, uint32_t s)
{
	uint32_t	lo = 0,
				hi = n;

	while (lo < hi)
	{
		uint32_t	mid = (lo + hi) / 2;

		if (keys[mid] < s)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static inline int32_t
out_of(const kn_automaton *a, uint32_t s)
{
	return (a->has[s] & HAS_OUT) ? a->out_pat[sparse_find(a->out_state, a->nout, s)] : -1;
}

static inline uint32_t
dict_of(const kn_automaton *a, uint32_t s)
{
	return (a->has[s] & HAS_DICT) ? a->dict_to[sparse_find(a->dict_state, a->ndict, s)] : 0;
}

static inline uint8_t
fold(uint8_t c)
{
	return c >= 'A' && c <= 'Z' ? (uint8_t) (c + 32) : c;
}

static void *
alloc(const kn_alloc *al, size_t n)
{
	return al->realloc_fn(al->ctx, NULL, n ? n : 1);
}

/* ------------------------------------------------------------ building */

/* Characters in s[off, off + n) of UTF-8. */
static size_t
chars_in(const uint8_t *s, size_t off, size_t n)
{
	size_t		i,
				c = 0;

	for (i = off; i < off + n; i++)
		if ((s[i] & 0xC0) != 0x80)
			c++;
	return c;
}

/* One Hanja (美, 中, 韓): a name in headlines, unlike other single characters. */
static int
is_hanja(const uint8_t *s, size_t len)
{
	uint32_t	cp;

	return kn_utf8_decode(s, s + len, &cp) == (int) len &&
		((cp >= KN_HAN_FIRST && cp <= KN_HAN_LAST) ||
		 (cp >= KN_HAN_COMPAT_FIRST && cp <= KN_HAN_COMPAT_LAST));
}

/* The trie while it is built: children as sorted sibling lists. */
typedef struct tnode
{
	uint32_t	child;			/* first child, 0: none (the root is 0) */
	uint32_t	sibling;
	uint8_t		label;
	int32_t		out;
} tnode;

typedef struct builder
{
	const kn_alloc *al;
	tnode	   *t;
	size_t		n;
	size_t		cap;
} builder;

static int
new_node(builder *b, uint8_t label, uint32_t *id)
{
	if (b->n == b->cap)
	{
		size_t		cap = b->cap ? b->cap * 2 : 1024;
		tnode	   *t = b->al->realloc_fn(b->al->ctx, b->t, cap * sizeof(tnode));

		if (t == NULL)
			return 0;
		b->t = t;
		b->cap = cap;
	}
	memset(&b->t[b->n], 0, sizeof(tnode));
	b->t[b->n].label = label;
	b->t[b->n].out = -1;
	*id = (uint32_t) b->n++;
	return 1;
}

/* The child of node u by byte c, made when missing (siblings stay sorted). */
static int
child_of(builder *b, uint32_t u, uint8_t c, uint32_t *v)
{
	uint32_t	prev = 0,
				k = b->t[u].child;

	while (k != 0 && b->t[k].label < c)
	{
		prev = k;
		k = b->t[k].sibling;
	}
	if (k != 0 && b->t[k].label == c)
	{
		*v = k;
		return 1;
	}
	if (!new_node(b, c, v))
		return 0;
	b->t[*v].sibling = k;
	if (prev == 0)
		b->t[u].child = *v;
	else
		b->t[prev].sibling = *v;
	return 1;
}

/* Number the trie breadth first into a; old_to_new maps the ids. */
static int
flatten(builder *b, kn_automaton *a, uint32_t *order, int32_t *out)
{
	size_t		head = 0,
				tail = 1;

	order[0] = 0;
	while (head < tail)
	{
		uint32_t	u = order[head];
		uint32_t	k;
		uint32_t	nc = 0;

		a->first_child[head] = (uint32_t) tail;
		for (k = b->t[u].child; k != 0; k = b->t[k].sibling)
		{
			a->label[tail] = b->t[k].label;
			out[tail] = b->t[k].out;
			order[tail++] = k;
			nc++;
		}
		if (nc > 255 && head != 0)
			return 0;			/* no valid UTF-8 has that many bytes after one prefix */
		a->nchildren[head] = (uint8_t) (head == 0 ? 0 : nc);
		head++;
	}
	return 1;
}

/* The state reached from state u by byte c, or 0 (no child). */
static inline uint32_t
step_child(const kn_automaton *a, uint32_t u, uint8_t c)
{
	uint32_t	lo = a->first_child[u],
				hi = lo + a->nchildren[u];

	if (u == 0)
		return a->root_next[c];
	while (lo < hi)
	{
		uint32_t	mid = (lo + hi) / 2;

		if (a->label[mid] < c)
			lo = mid + 1;
		else if (a->label[mid] > c)
			hi = mid;
		else
			return mid;
	}
	return 0;
}

/* Fail links in breadth-first order (a parent's come first), and the
 * nearest output on each state's fail chain into dict. */
static void
link_failures(kn_automaton *a, const int32_t *out, uint32_t *dict, uint32_t root_children)
{
	uint32_t	v;

	a->fail[0] = 0;
	dict[0] = 0;
	for (v = 0; v < a->nstates; v++)
	{
		uint32_t	k,
					first = a->first_child[v],
					end = first + (v == 0 ? root_children : a->nchildren[v]);

		for (k = first; k < end; k++)
		{
			uint32_t	f = a->fail[v],
						t = 0;

			if (v != 0)
			{
				for (;;)
				{
					t = step_child(a, f, a->label[k]);
					if (t != 0 || f == 0)
						break;
					f = a->fail[f];
				}
			}
			a->fail[k] = t;
			dict[k] = out[t] >= 0 ? t : dict[t];
		}
	}
}

/* Keep out and dict only for the states that have them, sorted by state. */
static int
compress_outputs(kn_automaton *a, const int32_t *out, const uint32_t *dict,
				 const kn_alloc *al)
{
	uint32_t	s,
				no = 0,
				nd = 0;

	for (s = 0; s < a->nstates; s++)
	{
		no += out[s] >= 0;
		nd += dict[s] != 0;
	}
	a->out_state = alloc(al, no * sizeof(uint32_t));
	a->out_pat = alloc(al, no * sizeof(int32_t));
	a->dict_state = alloc(al, nd * sizeof(uint32_t));
	a->dict_to = alloc(al, nd * sizeof(uint32_t));
	if (!a->out_state || !a->out_pat || !a->dict_state || !a->dict_to)
		return 0;
	for (s = 0; s < a->nstates; s++)
	{
		a->has[s] = 0;
		if (out[s] >= 0)
		{
			a->has[s] |= HAS_OUT;
			a->out_state[a->nout] = s;
			a->out_pat[a->nout++] = out[s];
		}
		if (dict[s] != 0)
		{
			a->has[s] |= HAS_DICT;
			a->dict_state[a->ndict] = s;
			a->dict_to[a->ndict++] = dict[s];
		}
	}
	return 1;
}

kn_automaton *
kn_entity_build(const kn_alias_in *aliases, size_t n, const kn_alloc *al,
				const kn_alloc *tmp, size_t *skipped)
{
	builder		b = {tmp, NULL, 0, 0};
	kn_automaton *a;
	uint32_t	root,
			   *order = NULL,
			   *dict = NULL,
				root_children;
	int32_t    *out = NULL;
	size_t		i,
				np = 0;

	*skipped = 0;
	a = alloc(al, sizeof(kn_automaton));
	if (a == NULL)
		return NULL;
	memset(a, 0, sizeof(*a));
	a->patterns = alloc(al, n * sizeof(pattern));
	if (a->patterns == NULL || !new_node(&b, 0, &root))
		goto fail;
	for (i = 0; i < n; i++)
	{
		const uint8_t *s = (const uint8_t *) aliases[i].text;
		size_t		j,
					len = aliases[i].len,
					chars = chars_in(s, 0, len);
		uint32_t	u = 0;

		if ((chars < 2 && !(chars == 1 && is_hanja(s, len))) || len > KN_ALIAS_MAX_BYTES)
		{
			(*skipped)++;
			continue;
		}
		for (j = 0; j < len; j++)
			if (!child_of(&b, u, fold(s[j]), &u))
				goto fail;
		a->patterns[np].entity = aliases[i].entity;
		a->patterns[np].family = aliases[i].family ? aliases[i].family : aliases[i].entity;
		a->patterns[np].len = (uint16_t) len;
		a->patterns[np].flags = (uint8_t) aliases[i].flags;
		a->patterns[np].next = b.t[u].out;
		b.t[u].out = (int32_t) np++;
	}
	a->npatterns = (uint32_t) np;
	a->nstates = (uint32_t) b.n;
	a->first_child = alloc(al, b.n * sizeof(uint32_t));
	a->nchildren = alloc(al, b.n);
	a->label = alloc(al, b.n);
	a->has = alloc(al, b.n);
	a->fail = alloc(al, b.n * sizeof(uint32_t));
	out = alloc(tmp, b.n * sizeof(int32_t));
	dict = alloc(tmp, b.n * sizeof(uint32_t));
	order = alloc(tmp, b.n * sizeof(uint32_t));
	if (!a->first_child || !a->nchildren || !a->label || !a->has || !a->fail ||
		!out || !dict || !order)
		goto fail;
	out[0] = -1;
	a->label[0] = 0;
	if (!flatten(&b, a, order, out))
		goto fail;
	/* the root's children are read through root_next; count them apart */
	root_children = 0;
	for (i = b.t[0].child; i != 0; i = b.t[i].sibling)
		root_children++;
	for (i = 0; i < 256; i++)
		a->root_next[i] = 0;
	for (i = a->first_child[0]; i < a->first_child[0] + root_children; i++)
		a->root_next[a->label[i]] = (uint32_t) i;
	link_failures(a, out, dict, root_children);
	if (!compress_outputs(a, out, dict, al))
		goto fail;
	tmp->realloc_fn(tmp->ctx, order, 0);
	tmp->realloc_fn(tmp->ctx, out, 0);
	tmp->realloc_fn(tmp->ctx, dict, 0);
	tmp->realloc_fn(tmp->ctx, b.t, 0);
	a->bytes = sizeof(*a) + n * sizeof(pattern) +
		b.n * (sizeof(uint32_t) * 2 + 3) + (a->nout + a->ndict) * 2 * sizeof(uint32_t);
	return a;

fail:
	if (b.t)
		tmp->realloc_fn(tmp->ctx, b.t, 0);
	if (order)
		tmp->realloc_fn(tmp->ctx, order, 0);
	if (out)
		tmp->realloc_fn(tmp->ctx, out, 0);
	if (dict)
		tmp->realloc_fn(tmp->ctx, dict, 0);
	kn_entity_free(a, al);
	return NULL;
}

void
kn_entity_free(kn_automaton *a, const kn_alloc *al)
{
	void	   *parts[10];
	int			i;

	if (a == NULL)
		return;
	parts[0] = a->first_child;
	parts[1] = a->nchildren;
	parts[2] = a->label;
	parts[3] = a->fail;
	parts[4] = a->has;
	parts[5] = a->out_state;
	parts[6] = a->out_pat;
	parts[7] = a->dict_state;
	parts[8] = a->dict_to;
	parts[9] = a->patterns;
	for (i = 0; i < 10; i++)
		if (parts[i])
			al->realloc_fn(al->ctx, parts[i], 0);
	al->realloc_fn(al->ctx, a, 0);
}

size_t
kn_entity_bytes(const kn_automaton *a)
{
	return a->bytes;
}

size_t
kn_entity_states(const kn_automaton *a)
{
	return a->nstates;
}

/* ------------------------------------------------------------ matching */

static inline int
is_alnum(uint8_t c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Is there a Hangul syllable ending just before off? */
static inline int
syllable_before(const uint8_t *s, size_t off)
{
	return off >= 3 && kn_syllable_at(s + off - 3, s + off) != 0;
}

/* Is there a Hangul syllable at off? */
static inline int
syllable_at(const uint8_t *s, size_t len, size_t off)
{
	return off < len && kn_syllable_at(s + off, s + len) != 0;
}

/* The particles and the copula forms with their lengths, gathered once. */
typedef struct word_list
{
	int			built;
	int			n;
	const char *w[256];
	uint8_t		len[256];
} word_list;

static void
gather(word_list *wl, const char *const *const *lists, int nlists)
{
	int			l,
				i;

	for (l = 0; l < nlists; l++)
		for (i = 0; lists[l][i] && wl->n < 256; i++)
		{
			wl->w[wl->n] = lists[l][i];
			wl->len[wl->n++] = (uint8_t) strlen(lists[l][i]);
		}
	wl->built = 1;
}

/*
 * Is s[from, to) a stack of at most three particles, possibly closed by
 * a copula form (에서는, 만이, 이라고)?
 */
static int
particle_stack(const uint8_t *s, size_t from, size_t to, int depth)
{
	static word_list particles,
				copulas;
	int			i;

	if (!particles.built)
	{
		const char *const *p[] = {kn_particles_first, kn_particles_middle, kn_particles_last};
		const char *const *c[] = {kn_copula_forms};

		gather(&particles, p, 3);
		gather(&copulas, c, 1);
	}
	if (from == to)
		return 1;
	for (i = 0; i < copulas.n; i++)
		if (from + copulas.len[i] == to && s[from] == (uint8_t) copulas.w[i][0] &&
			memcmp(s + from, copulas.w[i], copulas.len[i]) == 0)
			return 1;
	if (depth == 3 || to - from > 30)
		return 0;
	for (i = 0; i < particles.n; i++)
		if (from + particles.len[i] <= to && s[from] == (uint8_t) particles.w[i][0] &&
			s[from + 1] == (uint8_t) particles.w[i][1] &&
			memcmp(s + from, particles.w[i], particles.len[i]) == 0 &&
			particle_stack(s, from + particles.len[i], to, depth + 1))
			return 1;
	return 0;
}

/* Where the run of Hangul syllables from off ends. */
static size_t
syllables_end(const uint8_t *s, size_t len, size_t off)
{
	while (syllable_at(s, len, off))
		off += 3;
	return off;
}

/*
 * Does an alias at [start, end) stand as a word: nothing of its own kind
 * glued before it, and after it the end of the word, a particle stack, or
 * (for a compound alias) anything in Hangul?
 */
static int
stands_as_word(const uint8_t *s, size_t len, size_t start, size_t end, int flags)
{
	uint8_t		first = s[start],
				last = s[end - 1];
	size_t		run;

	if (start > 0)
	{
		if (is_alnum(first) && is_alnum(s[start - 1]))
			return 0;
		if (kn_syllable_lead(first) && syllable_before(s, start))
			return 0;
	}
	if (end == len)
		return 1;
	if (is_alnum(last) && is_alnum(s[end]))
		return 0;				/* KT in KTX, MS in MSCI */
	/* dell'arte is a word; OpenAI's is OpenAI */
	if (is_alnum(last) && s[end] == '\'' && end + 1 < len && is_alnum(s[end + 1]) &&
		!(fold(s[end + 1]) == 's' && (end + 2 == len || !is_alnum(s[end + 2]))))
		return 0;
	run = syllables_end(s, len, end);
	if (run == end || (flags & KN_ALIAS_COMPOUND))
		return 1;
	return particle_stack(s, end, run, 0);
}

/* A stock code in brackets right at off: "[035420]" or "(005930)". */
static size_t
bracketed_code(const uint8_t *s, size_t len, size_t off)
{
	size_t		i;
	uint8_t		close;

	if (off >= len || (s[off] != '[' && s[off] != '('))
		return 0;
	close = s[off] == '[' ? ']' : ')';
	for (i = 1; i <= 6; i++)
		if (off + i >= len || s[off + i] < '0' || s[off + i] > '9')
			return 0;
	if (off + 7 >= len || s[off + 7] != close)
		return 0;
	return 8;
}

/*
 * Words right after an ambiguous alias that make it the company: 애플 주가,
 * 아마존 창업자, 메타 측은, 애플社.
 */
static const char *const company_words[] = {
	"주가", "주식", "시가총액", "시총", "최고경영자", "창업자", "CEO", "측",
	"社", "본사", "그룹", "이사회", "실적", "매출", NULL
};

static int
company_word_after(const uint8_t *s, size_t len, size_t end)
{
	size_t		p = end,
				i;

	/* the particle of the alias, then blanks */
	p = syllables_end(s, len, p);
	if (p - end > 6)
		return 0;
	while (p < len && s[p] == ' ')
		p++;
	for (i = 0; company_words[i]; i++)
	{
		size_t		n = strlen(company_words[i]);

		if (p + n <= len && memcmp(s + p, company_words[i], n) == 0)
			return 1;
	}
	return 0;
}

typedef struct found
{
	kn_entity_mention *m;
	size_t		n;
	size_t		cap;
	const kn_alloc *al;
	int			too_many;
} found;

static int
push(found *f, int64_t entity, size_t off, size_t len, int unknown)
{
	kn_entity_mention *m;

	if (f->n >= KN_ENTITY_MAX_MENTIONS)
	{
		f->too_many = 1;
		return 0;
	}
	if (f->n == f->cap)
	{
		size_t		cap = f->cap ? f->cap * 2 : 16;

		m = f->al->realloc_fn(f->al->ctx, f->m, cap * sizeof(*m));
		if (m == NULL)
		{
			f->too_many = 1;
			return 0;
		}
		f->m = m;
		f->cap = cap;
	}
	m = &f->m[f->n++];
	memset(m, 0, sizeof(*m));
	m->entity = entity;
	m->off = off;
	m->len = len;
	m->unknown = unknown;
	return 1;
}

/* An alias found where it stands as a word, before overlaps are settled. */
typedef struct cand
{
	size_t		start;
	size_t		end;
	int64_t		entity;
	int32_t		pat;
} cand;

typedef struct cands
{
	cand	   *c;
	size_t		n;
	size_t		cap;
} cands;

static int
add_cand(found *f, cands *cs, size_t start, size_t end, int32_t pat, int64_t entity)
{
	if (cs->n >= KN_ENTITY_MAX_MENTIONS)
	{
		f->too_many = 1;
		return 0;
	}
	if (cs->n == cs->cap)
	{
		size_t		cap = cs->cap ? cs->cap * 2 : 32;
		cand	   *c = f->al->realloc_fn(f->al->ctx, cs->c, cap * sizeof(cand));

		if (c == NULL)
		{
			f->too_many = 1;
			return 0;
		}
		cs->c = c;
		cs->cap = cap;
	}
	cs->c[cs->n].start = start;
	cs->c[cs->n].end = end;
	cs->c[cs->n].pat = pat;
	cs->c[cs->n].entity = entity;
	cs->n++;
	return 1;
}

/* Leftmost first; at one start the longest, then the lower entity id. */
static int
cand_cmp(const void *x, const void *y)
{
	const cand *a = x,
			   *b = y;

	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	if (a->end != b->end)
		return a->end > b->end ? -1 : 1;
	return a->entity < b->entity ? -1 : a->entity > b->entity;
}

/* Emit a chosen candidate (with its bracketed code) as a mention. */
static void
emit_cand(const kn_automaton *a, const uint8_t *s, size_t len, const cand *c,
		  found *f, size_t *last_end)
{
	const pattern *p = &a->patterns[c->pat];
	size_t		end = c->end,
				code = bracketed_code(s, len, end);

	if ((p->flags & KN_ALIAS_CODE) &&
		!(c->start > 0 && (s[c->start - 1] == '[' || s[c->start - 1] == '(') &&
		  end < len && (s[end] == ']' || s[end] == ')')))
		return;					/* a code counts only in brackets */
	if (!push(f, p->entity, c->start, end - c->start, 0))
		return;
	/* 네이버[035420]: the code stays in the surface of the name */
	if (code && !(p->flags & KN_ALIAS_CODE))
		end += code;
	f->m[f->n - 1].len = end - c->start;
	f->m[f->n - 1].ambiguous = (p->flags & KN_ALIAS_AMBIGUOUS) != 0;
	f->m[f->n - 1].weak = (p->flags & KN_ALIAS_WEAK) != 0;
	f->m[f->n - 1].family = p->family;
	*last_end = end;
}

/* One pass of the automaton: every catalogued mention, leftmost longest. */
static void
scan_aliases(const kn_automaton *a, const uint8_t *s, size_t len, found *f)
{
	uint32_t	state = 0;
	size_t		i,
				last_end = 0,
				next_check = KN_INTERRUPT_BYTES;
	cands		cs = {NULL, 0, 0};

	for (i = 0; i < len && !f->too_many; i++)
	{
		uint8_t		c = fold(s[i]);
		uint32_t	t,
					o;

		if (i == next_check)
		{
			if (f->al->interrupt_fn)
				f->al->interrupt_fn();
			next_check += KN_INTERRUPT_BYTES;
		}
		while ((t = step_child(a, state, c)) == 0 && state != 0)
			state = a->fail[state];
		state = t;
		if (a->has[state] == 0)
			continue;			/* most states end no alias */
		for (o = (a->has[state] & HAS_OUT) ? state : dict_of(a, state); o != 0; o = dict_of(a, o))
		{
			int32_t		pi;

			for (pi = out_of(a, o); pi >= 0; pi = a->patterns[pi].next)
			{
				size_t		start = i + 1 - a->patterns[pi].len;

				if (stands_as_word(s, len, start, i + 1, a->patterns[pi].flags) &&
					!add_cand(f, &cs, start, i + 1, pi, a->patterns[pi].entity))
					break;
			}
		}
	}
	if (!f->too_many && cs.n > 0)
	{
		qsort(cs.c, cs.n, sizeof(cand), cand_cmp);
		for (i = 0; i < cs.n && !f->too_many; i++)
			if (cs.c[i].start >= last_end)
				emit_cand(a, s, len, &cs.c[i], f, &last_end);
	}
	if (cs.c)
		f->al->realloc_fn(f->al->ctx, cs.c, 0);
}

/* Does a particle follow the mention glued to it (아마존에서, 애플은)? */
static int
takes_particle(const uint8_t *s, size_t len, size_t end)
{
	return syllables_end(s, len, end) > end;
}

static int
cmp_id(const void *a, const void *b)
{
	int64_t		x = *(const int64_t *) a,
				y = *(const int64_t *) b;

	return x < y ? -1 : x > y;
}

static int
has_id(const int64_t *ids, size_t n, int64_t id)
{
	return n > 0 && bsearch(&id, ids, n, sizeof(int64_t), cmp_id) != NULL;
}

/* The sentence around off, by the rule of kn_sentence.c. */
static void
sentence_of(const uint8_t *s, size_t len, size_t off, size_t *from, size_t *to)
{
	size_t		a = off,
				b = off;

	while (a > 0 && !kn_sentence_break(s, len, a - 1))
		a--;
	while (b < len && !kn_sentence_break(s, len, b))
		b++;
	*from = a;
	*to = b;
}

/* The first mention at or after off (f->m is in text order). */
static size_t
first_from(const found *f, size_t off)
{
	size_t		lo = 0,
				hi = f->n;

	while (lo < hi)
	{
		size_t		mid = lo + (hi - lo) / 2;

		if (f->m[mid].off < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/*
 * An ambiguous alias stays when the text also names its entity by an alias
 * that is not ambiguous; or a company word follows it (company_word_after);
 * or it takes a particle and its sentence names another catalogued entity
 * by an alias that is not ambiguous (앤트로픽은 아마존에서 40억달러를).
 *
 * Linear in the mentions: the entities and families named plainly are
 * sorted once and looked up; the strong names are counted as a running
 * sum, so a sentence's count is a difference; and a sentence's bounds are
 * found once for all its ambiguous names (they come in text order).
 * Returns 0 when the allocator fails.
 */
static int
resolve_ambiguous(const uint8_t *s, size_t len, found *f)
{
	size_t		i,
				k = 0,
				nplain = 0,
				from = 0,
				to = 0;
	int			have_sentence = 0;
	int64_t    *plain;
	size_t	   *strong;			/* strong[i]: plain, strong names among the first i */
	unsigned char *keepv;		/* decided on the whole list, then compacted */

	for (i = 0; i < f->n && !f->m[i].ambiguous; i++)
		;
	if (i == f->n)
		return 1;				/* nothing ambiguous */
	plain = f->al->realloc_fn(f->al->ctx, NULL, (2 * f->n + 1) * sizeof(int64_t));
	strong = f->al->realloc_fn(f->al->ctx, NULL, (f->n + 1) * sizeof(size_t));
	keepv = f->al->realloc_fn(f->al->ctx, NULL, f->n + 1);
	if (plain == NULL || strong == NULL || keepv == NULL)
	{
		if (plain)
			f->al->realloc_fn(f->al->ctx, plain, 0);
		if (strong)
			f->al->realloc_fn(f->al->ctx, strong, 0);
		if (keepv)
			f->al->realloc_fn(f->al->ctx, keepv, 0);
		return 0;
	}
	strong[0] = 0;
	for (i = 0; i < f->n; i++)
	{
		strong[i + 1] = strong[i] + (!f->m[i].ambiguous && !f->m[i].weak);
		if (!f->m[i].ambiguous)
		{
			plain[nplain++] = f->m[i].entity;
			plain[nplain++] = f->m[i].family;
		}
	}
	qsort(plain, nplain, sizeof(int64_t), cmp_id);

	for (i = 0; i < f->n; i++)
	{
		size_t		end = f->m[i].off + f->m[i].len;
		int			keep = !f->m[i].ambiguous || company_word_after(s, len, end);

		/* the entity or its family named plainly (클로드 with 앤트로픽) */
		if (!keep)
			keep = has_id(plain, nplain, f->m[i].entity) || has_id(plain, nplain, f->m[i].family);
		/* another strong name in its sentence (i itself is ambiguous) */
		if (!keep && takes_particle(s, len, end))
		{
			if (!have_sentence || f->m[i].off < from || f->m[i].off >= to)
			{
				sentence_of(s, len, f->m[i].off, &from, &to);
				have_sentence = 1;
			}
			keep = strong[first_from(f, to)] > strong[first_from(f, from)];
		}
		keepv[i] = (unsigned char) keep;
	}
	for (i = 0; i < f->n; i++)
		if (keepv[i])
			f->m[k++] = f->m[i];
	f->n = k;
	f->al->realloc_fn(f->al->ctx, plain, 0);
	f->al->realloc_fn(f->al->ctx, strong, 0);
	f->al->realloc_fn(f->al->ctx, keepv, 0);
	return 1;
}

/* ------------------------------------------------- unknown organisations */

/* Is [off, off+n) covered by a catalogued mention? (m is sorted) */
static int
covered(const found *f, size_t off, size_t n)
{
	size_t		lo = 0,
				hi = f->n;

	/* the last mention starting before off + n: the only one that may overlap */
	while (lo < hi)
	{
		size_t		mid = lo + (hi - lo) / 2;

		if (f->m[mid].off < off + n)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo > 0 && off < f->m[lo - 1].off + f->m[lo - 1].len;
}

static int
ends_with(const uint8_t *s, size_t from, size_t to, const char *w)
{
	size_t		n = strlen(w);

	return to - from > n && memcmp(s + to - n, w, n) == 0;
}

/* The end of the word at off: up to a blank, or punctuation of ASCII. */
static size_t
word_end(const uint8_t *s, size_t len, size_t off)
{
	while (off < len && s[off] != ' ' && s[off] != '\t' && s[off] != '\n' &&
		   !(s[off] < 0x80 && !is_alnum(s[off]) && s[off] != '&' && s[off] != '-' &&
			 s[off] != '(' && s[off] != ')'))
		off++;
	return off;
}

/*
 * A word that a company marker makes an organisation: X社, X㈜, ㈜X,
 * (주)X, X랩스 (with its particles), XAI는 / XAI가. The name without its
 * marker and particle, or 0.
 */
static size_t
marked_org(const uint8_t *s, size_t from, size_t to, size_t *name)
{
	size_t		run;

	*name = from;
	if ((to - from > strlen("(주)") && memcmp(s + from, "(주)", strlen("(주)")) == 0) ||
		(to - from > strlen("㈜") && memcmp(s + from, "㈜", strlen("㈜")) == 0))
	{
		*name = from + (s[from] == '(' ? strlen("(주)") : strlen("㈜"));
		/* without its particles: (주)딥브레인은 is 딥브레인 */
		for (run = *name + 3; run < to; run += 3)
			if (particle_stack(s, run, to, 0))
				return run - *name;
		return to - *name;
	}
	if (ends_with(s, from, to, "社"))
		return to - from - strlen("社");
	if (ends_with(s, from, to, "㈜"))
		return to - from - strlen("㈜");
	/* X랩스, with its particles */
	for (run = from; run + strlen("랩스") <= to; run++)
		if (memcmp(s + run, "랩스", strlen("랩스")) == 0 && run > from &&
			particle_stack(s, run + strlen("랩스"), to, 0))
			return run + strlen("랩스") - from;
	/* XAI는, XAI가: an AI company as a subject */
	if (to - from > 2 + 3 && (memcmp(s + to - 3, "는", 3) == 0 || memcmp(s + to - 3, "가", 3) == 0) &&
		fold(s[to - 5]) == 'a' && fold(s[to - 4]) == 'i')
		return to - 3 - from;
	return 0;
}


static void
scan_unknown(const uint8_t *s, size_t len, found *f, size_t ncat)
{
	size_t		p = 0;
	found		cat = *f;

	cat.n = ncat;
	while (p < len && !f->too_many)
	{
		size_t		e,
					name,
					n;

		while (p < len && (s[p] == ' ' || s[p] == '\t' || s[p] == '\n'))
			p++;
		e = word_end(s, len, p);
		if (e == p)
		{
			p++;
			continue;
		}
		n = marked_org(s, p, e, &name);
		if (chars_in(s, name, n) >= 2 && !covered(&cat, name, n))
			push(f, 0, name, n, 1);
		p = e;
	}
}

static int
by_offset(const kn_entity_mention *x, const kn_entity_mention *y)
{
	return x->off < y->off ? -1 : x->off > y->off;
}

/*
 * Merge the unknown mentions [ncat, n), in text order as scanned, into the
 * catalogued ones [0, ncat): linear. Returns 0 when the allocator fails.
 */
static int
merge_mentions(found *f, size_t ncat)
{
	kn_entity_mention *m = f->al->realloc_fn(f->al->ctx, NULL, f->n * sizeof(kn_entity_mention));
	size_t		a = 0,
				b = ncat,
				k = 0;

	if (m == NULL)
		return 0;
	while (a < ncat || b < f->n)
		m[k++] = (b >= f->n || (a < ncat && by_offset(&f->m[a], &f->m[b]) <= 0)) ?
			f->m[a++] : f->m[b++];
	memcpy(f->m, m, f->n * sizeof(kn_entity_mention));
	f->al->realloc_fn(f->al->ctx, m, 0);
	return 1;
}

size_t
kn_entity_find(const kn_automaton *a, const char *text, size_t len, int unknown,
			   const kn_alloc *al, kn_entity_mention **out)
{
	const uint8_t *s = (const uint8_t *) text;
	found		f = {NULL, 0, 0, al, 0};
	size_t		i,
				ncat,
				pos = 0,
				chars = 0;

	if (a != NULL && a->npatterns > 0)
		scan_aliases(a, s, len, &f);
	if (!f.too_many && !resolve_ambiguous(s, len, &f))
		f.too_many = 1;			/* out of memory: no answer */
	ncat = f.n;
	if (unknown && !f.too_many)
	{
		scan_unknown(s, len, &f, ncat);
		if (f.n > ncat && !f.too_many && !merge_mentions(&f, ncat))
			f.too_many = 1;
	}
	if (f.too_many)
	{
		if (f.m)
			al->realloc_fn(al->ctx, f.m, 0);
		*out = NULL;
		return KN_ENTITY_TOO_MANY;
	}
	/* character positions, counted once along the text */
	for (i = 0; i < f.n; i++)
	{
		chars += chars_in(s, pos, f.m[i].off - pos);
		pos = f.m[i].off;
		f.m[i].char_pos = chars + 1;
	}
	*out = f.m;
	return f.n;
}
