/*
 * kn_fact.c - the fact rules (see kn_fact.h and the README, "Facts").
 *
 * One pass over the sentences. In each, every name is given the part it
 * plays from the particle after it (오픈AI는: the topic, 아마존에: where
 * money or shares went, 구글과: a partner, 소프트뱅크가 주도한: an
 * investor); every money figure with a role, and every stake or user
 * count, becomes a fact whose parties are chosen from those parts, the
 * relation fixing which part is the subject and which the object. A
 * sentence that names nobody takes the subject of the sentence before
 * (Korean drops it: "이 회사는", or nothing at all). The words from the
 * figure to the end of its clause, and those to the end of the sentence,
 * set the status: a denial, a target, talks, a plan, a report. Every
 * window is bounded, so the work is linear in the text.
 */
#include <string.h>

#include "kn_fact.h"
#include "kn_sentence.h"
#include "kn_utf8.h"

static const char *const relation_names[KN_REL_COUNT] = {
	"valuation", "funding_round", "investment", "stake", "loan",
	"acquisition", "acquisition_talks", "partnership", "contract",
	"revenue", "operating_cost", "market_size", "user_count"
};

static const char *const status_names[KN_ST_COUNT] = {
	"completed", "in_progress", "planned", "reported", "denied", "target"
};

const char *
kn_relation_name(kn_relation r)
{
	return (r >= 0 && r < KN_REL_COUNT) ? relation_names[r] : "unknown";
}

const char *
kn_fact_status_name(kn_fact_status s)
{
	return (s >= 0 && s < KN_ST_COUNT) ? status_names[s] : "unknown";
}

/* How far the rules look: the windows that keep a long sentence linear. */
#define CLAUSE_BYTES 240		/* from a figure to the end of its clause */
#define SENTENCE_BYTES 480		/* from a figure to the end of its sentence */
#define PARTY_BYTES 360			/* names this far from a figure may be parties */
#define TAIL_BYTES 24			/* a particle, with brackets or 측 before it */
#define CARRY_SENTENCES 2		/* a dropped subject is looked for this far back */

/* ------------------------------------------------------------- the text */

typedef struct span
{
	const unsigned char *s;
	size_t		len;
} span;

static int
at(const span *t, size_t off, const char *w)
{
	size_t		n = strlen(w);

	return off + n <= t->len && memcmp(t->s + off, w, n) == 0;
}

/* Does w occur in [from, to)? Returns its offset, or KN_FACT_NONE. */
static size_t
find_in(const span *t, size_t from, size_t to, const char *w)
{
	size_t		n = strlen(w),
				i;

	if (to > t->len)
		to = t->len;
	for (i = from; i + n <= to; i++)
		if (t->s[i] == (unsigned char) w[0] && memcmp(t->s + i, w, n) == 0)
			return i;
	return KN_FACT_NONE;
}

static int
is_blank(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* Is the byte at off part of a Hangul syllable (a word goes on)? */
static int
hangul_at(const span *t, size_t off)
{
	return off < t->len && kn_syllable_at(t->s + off, t->s + t->len) != 0;
}

/* End of the run of Hangul syllables from off. */
static size_t
hangul_end(const span *t, size_t off, size_t limit)
{
	while (off < t->len && off < limit && hangul_at(t, off))
		off += 3;
	return off;
}

/* ------------------------------------------------------------- the words */

/* What a clause ending says about a fact, strongest first (see status_of). */
static const char *const denied_words[] = {
	"부인했", "부인한", "부인하", "사실이 아니", "사실무근", "사실과 다르",
	"사실과 달라", "계획이 없", "계획은 없", "검토한 바 없", "검토하지 않",
	"논의한 적 없", "논의된 바 없", "없다고 밝혔", "선을 그", "무산", "철회",
	"결렬", "않기로", "거절", "거부", "받아들이지 않", NULL
};
static const char *const target_words[] = {
	"목표", "제시했", "제시한", "제시하", "희망", "노리", "원하고", "요구하",
	"추진하는 기업가치", NULL
};
static const char *const progress_words[] = {
	"협상 중", "협상중", "협상하고", "협상을 벌", "협상을 진행", "논의 중",
	"논의하고", "논의를 진행", "검토 중", "검토하고", "검토에 들어", "진행 중",
	"진행하고", "추진 중", "추진하고", "협의 중", "협의하고", "타진", "저울질",
	"물밑", "막바지", NULL
};
static const char *const planned_words[] = {
	"예정", "계획", "방침", "할 것", "하기로", "나설", "나선다", "추진한다",
	"추진할", "추진키로", "이뤄질", "마무리할", "착수할", NULL
};
static const char *const reported_words[] = {
	"알려졌", "알려진", "전해졌", "전해진", "보도했", "보도에", "보도가",
	"따르면", "전망", "관측", "예상", "추정", "소식통", "가능성", "것으로 보인",
	"설이", "루머", NULL
};

/* Clause endings after which the words belong to another clause. */
static const char *const clause_end_words[] = {
	"했고", "였고", "됐고", "했으며", "였으며", "됐으며", "했지만", "였지만",
	"지만", "으나", "했는데", "이며",
	/* the figure's own verb, modifying who did it: 40억달러를 투자한 아마존은 */
	"투자한", "유치한", "조달한", "인수한", "투자받은", "확보한", "모은", NULL
};

/* A name standing for the subject of the sentence before. */
static const char *const anaphor_words[] = {
	"이 회사", "동사", "회사는", "회사가", "회사 측", "같은 회사", "이 업체",
	"해당 기업", "해당 업체", "이 기업", "이 스타트업", "양사", "이들", NULL
};

/* Topic words that name no party: they are about the figure itself. */
static const char *const figure_topic_words[] = {
	"가치", "매출", "규모", "투자", "자금", "금액", "비용", "수익", "이용자",
	"사용자", "가입자", "지분", "몸값", "밸류", "조달", "라운드", "시리즈",
	"인수", "대출", "계약", "손실", "적자", "유치", NULL
};

/* After an investor's name: it put the money in. */
static const char *const investor_words[] = {
	"주도", "참여", "이끈", "이끄는", "이끌었", "리드", "투자자로", "투자자들", NULL
};

static const char *const acquisition_words[] = {
	"인수", "합병", "M&A", "매각", "사들", "매입", NULL
};
static const char *const talks_words[] = {
	"협상", "논의", "타진", "인수전", "저울질", "물밑", "검토", "제안", NULL
};
static const char *const contract_words[] = {
	"계약", "공급", "수주", "납품", "협약", NULL
};
static const char *const partnership_words[] = {
	"손잡", "맞손", "제휴", "파트너십", "업무협약", "MOU", "협력", "협업",
	"동맹", NULL
};

/* sale: X는 Y를 Z에 매각 */
static const char *const sale_words[] = {"매각", NULL};

/* Capital spending is no investment in anyone: 설비투자 */
static const char *const capex_words[] = {"설비투자", "설비 투자", "시설투자", "시설 투자", "인프라 투자", "투자 계획", NULL};

/* An investment told with no figure: 삼성전자가 업스테이지에 지분 투자를 단행했다 */
static const char *const invest_words[] = {
	"투자했", "투자를 단행", "투자를 결정", "지분 투자", "투자한다", "투자하기로",
	"투자를 검토", "투자를 논의", NULL
};

/* The passive: 앤트로픽이 구글에 인수될 것 */
static const char *const passive_words[] = {"인수될", "인수됐", "인수된", "인수되", "합병될", "합병됐", "합병되", NULL};

/* 오픈AI와 앤트로픽은 각각 1000억달러, 180억달러: one figure each, in order */
static const char *const respective_words[] = {"각각", NULL};

/* Shares sold by their holders (구주 매각) change no company's owner */
static const char *const share_sale_words[] = {"주식", "구주", NULL};

/* An offer: in "메타의 인수 제안" the name of 의 makes it */
static const char *const offer_words[] = {"인수 제안", "인수제안", NULL};

/*
 * The words of the lists above found in a sentence, each with its list:
 * one scan of the sentence by first code point, so that asking whether a
 * window holds a word of a list costs a binary search, not a search.
 */
typedef enum mark_kind
{
	M_DENIED = 0, M_TARGET, M_PROGRESS, M_PLANNED, M_REPORTED, M_ANAPHOR,
	M_FIGURE_TOPIC, M_ACQ, M_TALKS, M_CONTRACT, M_PARTNER, M_SALE, M_CAPEX,
	M_OFFER, M_SHARE_SALE, M_INVEST, M_PASSIVE, M_RESPECTIVE, M_COUNT
} mark_kind;

#define MK(k) (1u << (k))

static const char *const *const mark_lists[M_COUNT] = {
	denied_words, target_words, progress_words, planned_words, reported_words,
	anaphor_words, figure_topic_words, acquisition_words, talks_words,
	contract_words, partnership_words, sale_words, capex_words, offer_words,
	share_sale_words, invest_words, passive_words, respective_words
};

typedef struct mark_word
{
	const char *w;				/* first: what kn_word_index reads */
	size_t		n;
	mark_kind	kind;
} mark_word;

static mark_word mark_table[KN_INDEX_MAX];
static size_t n_mark_words;
static kn_word_index mark_index;

static void
marks_init(void)
{
	int			k,
				i;

	if (mark_index.built)
		return;
	n_mark_words = 0;
	for (k = 0; k < M_COUNT; k++)
		for (i = 0; mark_lists[k][i] && n_mark_words < KN_INDEX_MAX; i++)
		{
			mark_table[n_mark_words].w = mark_lists[k][i];
			mark_table[n_mark_words].n = strlen(mark_lists[k][i]);
			mark_table[n_mark_words].kind = (mark_kind) k;
			n_mark_words++;
		}
	kn_word_index_build(&mark_index, mark_table, sizeof(mark_word), n_mark_words);
}

typedef struct mark_hit
{
	size_t		off;
	size_t		end;
	mark_kind	kind;
} mark_hit;

typedef struct marks
{
	mark_hit   *h;				/* in order of offset */
	size_t		n;
	size_t		cap;
	size_t	   *by_kind;		/* offsets of the hits, kind by kind */
	size_t		by_cap;
	size_t		start[M_COUNT + 1]; /* kind k: by_kind[start[k], start[k + 1]) */
	const kn_alloc *al;
	int			failed;
} marks;

/* Every listed word in [from, to), in order of where it starts. */
static void
scan_marks(marks *mk, const span *t, size_t from, size_t to)
{
	size_t		i = from;

	mk->n = 0;
	while (i < to && !mk->failed)
	{
		uint32_t	cp = 0;
		int			len = kn_utf8_decode(t->s + i, t->s + t->len, &cp);
		int			a,
					b,
					j;

		if (len <= 0)
			len = 1;
		if (mark_index.seen[(cp % 4096) / 64] & (UINT64_C(1) << (cp % 64)))
		{
			kn_word_index_find(&mark_index, cp, &a, &b);
			for (j = a; j < b; j++)
			{
				const mark_word *w = &mark_table[mark_index.idx[j]];

				if (i + w->n <= to && memcmp(t->s + i, w->w, w->n) == 0)
				{
					mk->h = kn_grow(mk->al, mk->h, &mk->cap, mk->n + 1, sizeof(mark_hit));
					if (mk->h == NULL)
					{
						mk->failed = 1;
						return;
					}
					mk->h[mk->n].off = i;
					mk->h[mk->n].end = i + w->n;
					mk->h[mk->n].kind = w->kind;
					mk->n++;
				}
			}
		}
		i += (size_t) len;
	}
	if (mk->failed)
		return;
	/* a counting sort by kind keeps each kind in order of offset */
	mk->by_kind = kn_grow(mk->al, mk->by_kind, &mk->by_cap, mk->n + 1, sizeof(size_t));
	if (mk->by_kind == NULL)
	{
		mk->failed = 1;
		return;
	}
	{
		size_t		fill[M_COUNT];
		int			k;

		memset(mk->start, 0, sizeof(mk->start));
		for (i = 0; i < mk->n; i++)
			mk->start[mk->h[i].kind + 1]++;
		for (k = 0; k < M_COUNT; k++)
		{
			mk->start[k + 1] += mk->start[k];
			fill[k] = mk->start[k];
		}
		for (i = 0; i < mk->n; i++)
			mk->by_kind[fill[mk->h[i].kind]++] = i;
	}
}

/*
 * The first word of the kinds in mask lying within [from, to), or NONE: a
 * binary search in each kind's list, so a long sentence costs no more.
 */
static size_t
mark_in(const marks *mk, unsigned mask, size_t from, size_t to)
{
	size_t		best = KN_FACT_NONE;
	int			k;

	for (k = 0; k < M_COUNT; k++)
	{
		size_t		lo = mk->start[k],
					hi = mk->start[k + 1],
					i;

		if (!(mask & MK(k)))
			continue;
		while (lo < hi)
		{
			size_t		mid = lo + (hi - lo) / 2;

			if (mk->h[mk->by_kind[mid]].off < from)
				lo = mid + 1;
			else
				hi = mid;
		}
		/* words of one kind may nest (계획, 계획이 없): a few steps at most */
		for (i = lo; i < mk->start[k + 1] && i < lo + 8; i++)
		{
			const mark_hit *h = &mk->h[mk->by_kind[i]];

			if (h->off >= to || h->off >= best)
				break;
			if (h->end <= to)
			{
				best = h->off;
				break;
			}
		}
	}
	return best;
}

static int
has_mark(const marks *mk, unsigned mask, size_t from, size_t to)
{
	return mark_in(mk, mask, from, to) != KN_FACT_NONE;
}

/* ------------------------------------------------------------- the names */

typedef enum part
{
	P_BARE = 0,					/* no particle: 구글 인수, 오픈AI 지분 */
	P_TOPIC,					/* 은 는 */
	P_SUBJ,						/* 이 가 께서 도 */
	P_OBJ,						/* 을 를 */
	P_DAT,						/* 에 에게 한테 */
	P_SRC,						/* 로부터 에서 에게서 */
	P_WITH,						/* 와 과 와의 하고 */
	P_GEN,						/* 의 */
	P_OTHER
} part;

typedef struct tail_word
{
	const char *w;
	part		p;
} tail_word;

static const tail_word tails[] = {
	{"은", P_TOPIC}, {"는", P_TOPIC}, {"이", P_SUBJ}, {"가", P_SUBJ},
	{"께서", P_SUBJ}, {"도", P_SUBJ}, {"을", P_OBJ}, {"를", P_OBJ},
	{"에", P_DAT}, {"에게", P_DAT}, {"한테", P_DAT}, {"에는", P_DAT},
	{"로부터", P_SRC}, {"으로부터", P_SRC}, {"에서", P_SRC}, {"에게서", P_SRC},
	{"와", P_WITH}, {"과", P_WITH}, {"와의", P_WITH}, {"과의", P_WITH},
	{"하고", P_WITH}, {"랑", P_WITH}, {"이랑", P_WITH}, {"와도", P_WITH},
	{"과도", P_WITH}, {"의", P_GEN}, {NULL, P_OTHER}
};

typedef struct party
{
	size_t		idx;			/* into the entity mentions */
	size_t		off;
	size_t		end;			/* the end of its word, particle included */
	part		p;
	int			investor;		/* 주도한, 참여한 follow it */
	int			shares;			/* 지분 follows it: whose shares */
	int			before_acq;		/* 인수 follows it: the target */
	int			before_inv;		/* 투자 follows it: the investee */
	kn_party_kind kind;
} party;

/* The part of the name that ends at end: its particle, skipping brackets and 측/등. */
static part
part_after(const span *t, size_t end, size_t *word_end)
{
	size_t		e,
				i;
	int			hops;

	for (hops = 0; hops < 2; hops++)
	{
		if (end < t->len && (t->s[end] == '[' || t->s[end] == '('))
		{
			char		close = t->s[end] == '[' ? ']' : ')';

			for (i = end; i < t->len && i < end + TAIL_BYTES && t->s[i] != close; i++)
				;
			if (i < t->len && t->s[i] == close)
				end = i + 1;
		}
		/* 오픈AI 측은, 엔비디아 등이: the particle after the next word */
		if (end + 4 <= t->len && t->s[end] == ' ' && (at(t, end + 1, "측") || at(t, end + 1, "등")))
		{
			end += 4;
			continue;
		}
		break;
	}
	e = hangul_end(t, end, end + TAIL_BYTES);
	*word_end = e;
	if (e == end)
		return P_BARE;
	for (i = 0; tails[i].w; i++)
	{
		size_t		n = strlen(tails[i].w);

		if (n == e - end && memcmp(t->s + end, tails[i].w, n) == 0)
			return tails[i].p;
	}
	return P_OTHER;
}

/* The first word after off (blanks skipped): does it open with one of words? */
static int
next_word_opens(const span *t, size_t off, const char *const *words)
{
	size_t		lim = off + 4;
	int			i;

	while (off < t->len && off < lim && is_blank(t->s[off]))
		off++;
	for (i = 0; words[i]; i++)
		if (at(t, off, words[i]))
			return 1;
	return 0;
}

static const char *const shares_words[] = {"지분", NULL};
static const char *const acq_next_words[] = {"인수", "합병", NULL};
static const char *const inv_next_words[] = {"투자", NULL};

/* Nouns a bare name owns (엔비디아 시총): read as 엔비디아의 시총 */
static const char *const owned_words[] = {
	"기업가치", "기업 가치", "시총", "시가총액", "몸값", "매출", "영업손실", "운영비",
	"주간", "월간", "일간", "사용자", "이용자", "가입자", "밸류에이션", NULL
};

/* The parties of one sentence: its names and the part each plays. */
static size_t
read_parties(const span *t, const kn_fact_input *in, size_t sent_off, size_t from,
			 size_t to, party *out, size_t cap)
{
	size_t		n = 0,
				i;

	for (i = from; i < to && n < cap; i++)
	{
		const kn_entity_mention *m = &in->entities[i];
		party	   *p = &out[n];
		size_t		we;

		p->kind = in->kinds ? in->kinds[i] : KN_PARTY_ORG;
		if (p->kind == KN_PARTY_NONE)
			continue;
		p->idx = i;
		p->off = m->off;
		p->p = part_after(t, m->off + m->len, &we);
		p->end = we;
		p->investor = next_word_opens(t, we, investor_words);
		p->shares = (p->p == P_BARE || p->p == P_GEN) && next_word_opens(t, we, shares_words);
		p->before_acq = (p->p == P_BARE || p->p == P_GEN) && next_word_opens(t, we, acq_next_words);
		p->before_inv = p->p == P_BARE && next_word_opens(t, we, inv_next_words);
		n++;
	}

	/* a list (오픈AI·앤트로픽·구글은) takes the part of its last name */
	for (i = n; i-- > 1;)
	{
		party	   *a = &out[i - 1];
		size_t		g = a->end;

		while (g < t->len && g < a->end + 4 && is_blank(t->s[g]))
			g++;
		if (a->p == P_BARE && g < out[i].off &&
			(t->s[g] == ',' || at(t, g, "·") || t->s[g] == '/' || at(t, g, "ㆍ")) &&
			out[i].off - g <= 5 && !(a->off == sent_off && t->s[g] == ','))
		{
			a->p = out[i].p;
			a->investor = out[i].investor;
		}
		/* 엔비디아와 AMD가 참여한: both invested */
		else if (a->p == P_WITH && out[i].investor && out[i].off >= a->end &&
				 out[i].off - a->end <= 2)
			a->investor = 1;
	}

	for (i = 0; i < n; i++)
	{
		party	   *p = &out[i];
		size_t		g = p->end;

		/* a headline's subject: 오픈AI, 66억달러 투자 유치 (not a list: MS, 오픈AI에) */
		if (p->p == P_BARE && p->off == sent_off && g < t->len && t->s[g] == ',')
			p->p = P_TOPIC;
		/* 엔비디아 시총, 챗GPT 주간 사용자: the name owns the noun after it */
		else if (p->p == P_BARE && !p->before_inv && !p->before_acq && !p->shares &&
				 next_word_opens(t, g, owned_words))
			p->p = P_GEN;
	}
	return n;
}

/* ---------------------------------------------------------- the choices */

typedef struct sentence_ctx
{
	const span *t;
	const kn_fact_input *in;
	size_t		off;			/* the sentence */
	size_t		end;
	const marks *mk;			/* the listed words of the sentence */
	size_t		e0,				/* its entity and date mentions */
				e1,
				d0,
				d1;
	party	   *parties;
	size_t		nparties;
	size_t		floor;			/* parties before it are another clause's */
	size_t		carried;		/* the subject of an earlier sentence, or NONE */
	int			own_topic;		/* a topic word naming someone not catalogued */
	int			anaphor;		/* 이 회사는: the earlier subject */
} sentence_ctx;

/* The sentence's words that bear on what is read at off: a window of it. */
static size_t
lo_of(const sentence_ctx *c, size_t off)
{
	return off > c->off + SENTENCE_BYTES ? off - SENTENCE_BYTES : c->off;
}

static size_t
hi_of(const sentence_ctx *c, size_t off)
{
	return off + SENTENCE_BYTES < c->end ? off + SENTENCE_BYTES : c->end;
}

/* Index of the first party at or after off (binary search). */
static size_t
party_from(const sentence_ctx *c, size_t off)
{
	size_t		lo = 0,
				hi = c->nparties;

	while (lo < hi)
	{
		size_t		mid = lo + (hi - lo) / 2;

		if (c->parties[mid].off < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Near enough to the figure at fig to be its party? */
static int
near(const party *p, size_t fig)
{
	return p->off < fig ? fig - p->off <= PARTY_BYTES : p->off - fig <= PARTY_BYTES;
}

/* The nearest party before fig playing part pt (or any subject-like part when pt is P_TOPIC). */
static const party *
nearest_before(const sentence_ctx *c, size_t fig, part pt, const party *not_this,
			   int investors)
{
	size_t		i;

	for (i = party_from(c, fig); i-- > 0;)
	{
		const party *p = &c->parties[i];
		int			ok;

		if (!near(p, fig) || p->off < c->floor)
			break;
		if (p == not_this)
			continue;
		if (!investors && p->investor)
			continue;
		ok = pt == P_TOPIC ? (p->p == P_TOPIC || p->p == P_SUBJ) : p->p == pt;
		if (ok)
			return p;
	}
	return NULL;
}

static const party *
first_after(const sentence_ctx *c, size_t fig, part pt, const party *not_this)
{
	size_t		i;

	for (i = party_from(c, fig); i < c->nparties; i++)
	{
		const party *p = &c->parties[i];
		int			ok;

		if (!near(p, fig))
			break;
		if (p == not_this || p->investor)
			continue;
		ok = pt == P_TOPIC ? (p->p == P_TOPIC || p->p == P_SUBJ) : p->p == pt;
		if (ok)
			return p;
	}
	return NULL;
}

static const party *
flagged(const sentence_ctx *c, size_t fig, int which, const party *not_this)
{
	size_t		i;

	for (i = party_from(c, fig > PARTY_BYTES ? fig - PARTY_BYTES : 0); i < c->nparties; i++)
	{
		const party *p = &c->parties[i];

		if (p->off > fig + PARTY_BYTES)
			break;
		if (p == not_this || p->off < c->floor)
			continue;
		if ((which == 0 && p->investor) || (which == 1 && p->shares) ||
			(which == 2 && p->before_acq) || (which == 3 && p->before_inv))
			return p;
	}
	return NULL;
}

/*
 * Verb and adjective forms ending in 은/는 that modify a noun (오르는,
 * 많은): no topic. A topic is a noun with its particle.
 */
static const char *const adnominal_ends[] = {
	"하는", "있는", "없는", "되는", "받는", "르는", "나는", "내는", "주는", "보는",
	"오는", "가는", "이는", "또는", "리는", "기는", "지는", "치는", "우는", "키는",
	"않는", "서는", "에는", "로는", "와는", "과는", "부터는", "까지는",
	"받은", "많은", "같은", "높은", "낮은", "작은", "좋은", "적은", "남은", "넓은",
	"늦은", "않은", "짧은", "깊은", "에서는", NULL
};

/*
 * Is there in [from, to) a topic word (a noun with 은/는) that names no
 * catalogued party, date or figure word: someone else (정부는, X는)?
 */
static int
foreign_topic(const sentence_ctx *c, size_t from, size_t to)
{
	const span *t = c->t;
	size_t		i = from,
				w;

	if (to > from + CLAUSE_BYTES)
		to = from + CLAUSE_BYTES;
	while (i < to)
	{
		size_t		e,
					k;
		int			named = 0,
					a;

		while (i < to && (is_blank(t->s[i]) || t->s[i] == ','))
			i++;
		w = i;
		while (i < to && !is_blank(t->s[i]) && t->s[i] != ',')
			i++;
		e = i;
		if (e - w < 4 || !(at(t, e - 3, "은") || at(t, e - 3, "는")))
			continue;
		for (a = 0; adnominal_ends[a] && !named; a++)
		{
			size_t		n = strlen(adnominal_ends[a]);

			if (e - w >= n && memcmp(t->s + e - n, adnominal_ends[a], n) == 0)
				named = 1;
		}
		for (k = party_from(c, w); k < c->nparties && c->parties[k].off < e && !named; k++)
			named = 1;
		for (k = c->e0; k < c->e1 && !named; k++)
			if (c->in->entities[k].off >= w && c->in->entities[k].off < e)
				named = 1;		/* a person or a country: not someone else */
		for (k = c->d0; k < c->d1 && !named; k++)
			if (c->in->dates[k].off >= w && c->in->dates[k].off < e)
				named = 1;
		if (!named && !has_mark(c->mk, MK(M_FIGURE_TOPIC) | MK(M_ANAPHOR), w, e))
			return 1;
	}
	return 0;
}

/* The topics before the sentence's first figure: someone else's sentence, or 이 회사. */
static void
read_topics(sentence_ctx *c, size_t to)
{
	if (to > c->off + CLAUSE_BYTES)
		to = c->off + CLAUSE_BYTES;
	c->anaphor = has_mark(c->mk, MK(M_ANAPHOR), c->off, to);
	c->own_topic = foreign_topic(c, c->off, to);
}

/* ------------------------------------------------------------ the status */

/* Where the clause of the words at off ends (bounded). */
static size_t
clause_end(const span *t, size_t off, size_t sent_end)
{
	size_t		lim = off + CLAUSE_BYTES < sent_end ? off + CLAUSE_BYTES : sent_end,
				i;

	for (i = off; i < lim; i++)
	{
		int			k;

		if (t->s[i] == ',')
			return i;
		if (!is_blank(t->s[i]))
			continue;
		for (k = 0; clause_end_words[k]; k++)
		{
			size_t		n = strlen(clause_end_words[k]);

			if (i >= off + n && memcmp(t->s + i - n, clause_end_words[k], n) == 0)
				return i;
		}
	}
	return lim;
}

/* The status the words of [off, sentence end) give a fact read at off. */
static kn_fact_status
status_of(const sentence_ctx *c, size_t off)
{
	const span *t = c->t;
	const marks *mk = c->mk;
	size_t		sent_off = c->off,
				sent_end = c->end;
	size_t		ce = clause_end(t, off, sent_end);
	size_t		se = off + SENTENCE_BYTES < sent_end ? off + SENTENCE_BYTES : sent_end;
	size_t		lead = off > sent_off + SENTENCE_BYTES ? off - SENTENCE_BYTES : sent_off;
	kn_fact_status st = KN_ST_COMPLETED;

	if (has_mark(mk, MK(M_DENIED), off, se))
		return KN_ST_DENIED;
	if (has_mark(mk, MK(M_TARGET), off, ce))
		return KN_ST_TARGET;
	if (has_mark(mk, MK(M_PROGRESS), off, ce))
		return KN_ST_IN_PROGRESS;
	if (has_mark(mk, MK(M_PLANNED), off, ce))
		return KN_ST_PLANNED;
	/* a report covers the whole sentence: 업계에 따르면 ..., ... 알려졌다 */
	if (has_mark(mk, MK(M_REPORTED), off, se) || has_mark(mk, MK(M_REPORTED), lead, off))
		st = KN_ST_REPORTED;
	return st;
}

/* ------------------------------------------------------------ the output */

typedef struct fact_list
{
	kn_fact    *f;
	size_t		n;
	size_t		cap;
	const kn_alloc *al;
	int			failed;
} fact_list;

static kn_fact *
new_fact(fact_list *fl, const sentence_ctx *c, kn_relation rel, size_t off, size_t len)
{
	kn_fact    *f;

	if (fl->failed)
		return NULL;
	if (fl->n >= KN_FACT_MAX)
	{
		fl->failed = 1;
		return NULL;
	}
	fl->f = kn_grow(fl->al, fl->f, &fl->cap, fl->n + 1, sizeof(kn_fact));
	if (fl->f == NULL)
	{
		fl->failed = 1;
		return NULL;
	}
	f = &fl->f[fl->n++];
	memset(f, 0, sizeof(*f));
	f->relation = rel;
	f->subject = f->object = f->money = f->quantity = f->date = KN_FACT_NONE;
	f->off = off;
	f->len = len;
	f->sent_off = c->off;
	f->sent_end = c->end;
	f->confidence = 1.0;
	return f;
}

/*
 * "X의 Y 투자", "X의 Y 인수": the party whose noun follows (which: 0 투자,
 * 1 인수) and, in *owner, the one of 의 just before it.
 */
static const party *
genitive_pair(const sentence_ctx *c, size_t fig, int which, const party **owner)
{
	size_t		i;

	for (i = party_from(c, fig > PARTY_BYTES ? fig - PARTY_BYTES : 0); i < c->nparties; i++)
	{
		const party *p = &c->parties[i],
				   *q = &c->parties[i > 0 ? i - 1 : 0];

		if (p->off > fig + PARTY_BYTES)
			break;
		if (i == 0 || q->off < c->floor)
			continue;

		if ((which == 0 ? p->before_inv : p->before_acq) && q->p == P_GEN &&
			p->off >= q->end && p->off - q->end <= 2 && near(p, fig))
		{
			*owner = q;
			return p;
		}
	}
	return NULL;
}

/* The subject of a fact with none in its sentence: the earlier one, or nobody. */
static void
carry_subject(kn_fact *f, const sentence_ctx *c)
{
	if (c->carried == KN_FACT_NONE || (c->own_topic && !c->anaphor))
	{
		f->confidence *= 0.5;
		return;
	}
	f->subject = c->carried;
	f->subject_carried = 1;
	f->confidence *= c->anaphor ? 0.8 : 0.7;
}

static size_t
idx_of(const party *p)
{
	return p ? p->idx : KN_FACT_NONE;
}

/* The company a figure is about: valued, raising, earning, counting users. */
static const party *
owner_of(const sentence_ctx *c, size_t fig, int valuation, double *conf)
{
	const party *p = NULL;

	/* 오픈AI의 기업가치, 챗GPT의 주간 사용자 */
	p = nearest_before(c, fig, P_GEN, NULL, 0);
	if (p && !nearest_before(c, fig, P_TOPIC, NULL, 0))
		return p;
	if (p && valuation)
	{
		*conf *= 0.95;
		return p;
	}
	/* 소프트뱅크는 오픈AI를 3000억달러로 평가했다 */
	if (valuation && (p = nearest_before(c, fig, P_OBJ, NULL, 0)) != NULL)
		return p;
	if ((p = nearest_before(c, fig, P_TOPIC, NULL, 0)) != NULL)
		return p;
	if ((p = first_after(c, fig, P_TOPIC, NULL)) != NULL)
	{
		*conf *= 0.85;
		return p;
	}
	if ((p = nearest_before(c, fig, P_GEN, NULL, 1)) != NULL)
	{
		*conf *= 0.9;
		return p;
	}
	return NULL;
}

static void
set_subject(kn_fact *f, const sentence_ctx *c, const party *p)
{
	if (p)
	{
		f->subject = p->idx;
		if (c->in->entities[p->idx].ambiguous || c->in->entities[p->idx].entity == 0)
			f->confidence *= 0.9;
	}
	else
		carry_subject(f, c);
}

/* The party whose money went in (the investor) for a figure raised at fig. */
static const party *
investor_of(const sentence_ctx *c, size_t fig, const party *subject)
{
	const party *p = flagged(c, fig, 0, subject);

	if (p)
		return p;
	if ((p = nearest_before(c, fig, P_SRC, subject, 1)) != NULL)
		return p;
	if ((p = nearest_before(c, fig, P_DAT, subject, 1)) != NULL)
		return p;
	return first_after(c, fig, P_SRC, subject);
}

/* The kind of deal the words around a deal figure name. */
static kn_relation
deal_relation(const marks *mk, size_t from, size_t to, size_t *where)
{
	size_t		wa = mark_in(mk, MK(M_ACQ), from, to),
				wc = mark_in(mk, MK(M_CONTRACT), from, to),
				wp = mark_in(mk, MK(M_PARTNER), from, to);

	/* NONE is the largest size_t: the first word found wins */
	if (wa != KN_FACT_NONE && wa <= wc && wa <= wp)
	{
		*where = wa;
		return has_mark(mk, MK(M_TALKS), from, to) ? KN_REL_ACQUISITION_TALKS : KN_REL_ACQUISITION;
	}
	if (wc != KN_FACT_NONE && wc <= wp)
	{
		*where = wc;
		return KN_REL_CONTRACT;
	}
	if (wp != KN_FACT_NONE)
	{
		*where = wp;
		return KN_REL_PARTNERSHIP;
	}
	return KN_REL_COUNT;
}

/* Parties of a deal between two: who acts (subject) and on or with whom. */
static void
deal_parties(kn_fact *f, const sentence_ctx *c, size_t at_off)
{
	const party *s = nearest_before(c, at_off, P_TOPIC, NULL, 1);
	const party *o = NULL;

	if (s == NULL)
		s = first_after(c, at_off, P_TOPIC, NULL);
	if (f->relation == KN_REL_ACQUISITION || f->relation == KN_REL_ACQUISITION_TALKS)
	{
		const party *owner = NULL;

		/* 데이터브릭스의 모자이크ML 인수 */
		o = genitive_pair(c, at_off, 1, &owner);
		if (o && s == NULL)
			s = owner;
		/* 퓨리오사AI는 메타의 인수 제안을: 메타 the bidder, the topic the target */
		if (o == NULL && s && has_mark(c->mk, MK(M_OFFER), lo_of(c, at_off), hi_of(c, at_off)) &&
			(owner = nearest_before(c, at_off + CLAUSE_BYTES, P_GEN, s, 1)) != NULL &&
			owner->off > s->off)
		{
			o = s;
			s = owner;
		}
		if (o == NULL)
			o = flagged(c, at_off, 2, s);
		if (s == NULL)
			s = nearest_before(c, at_off, P_GEN, o, 1);
		/* 오픈AI가 구글과 합병: the partner of a merger */
		if (o == NULL)
			o = nearest_before(c, c->end, P_WITH, s, 1);
		/* 앤트로픽이 구글에 인수될 것: the one of 에 acquires */
		if (has_mark(c->mk, MK(M_PASSIVE), lo_of(c, at_off), hi_of(c, at_off)))
		{
			const party *by = nearest_before(c, c->end, P_DAT, s, 1);

			if (by && s)
			{
				o = s;
				s = by;
			}
			else
				s = o = NULL;	/* the acquirer is not named */
		}
		if (o == NULL)
			o = nearest_before(c, at_off + CLAUSE_BYTES, P_OBJ, s, 1);
		/* X는 Y를 Z에 매각: Z acquires Y */
		if (has_mark(c->mk, MK(M_SALE), lo_of(c, at_off), hi_of(c, at_off)))
		{
			const party *buyer = nearest_before(c, c->end, P_DAT, s, 1);

			if (buyer)
				s = buyer;
		}
	}
	else if (s == NULL && (s = nearest_before(c, at_off, P_WITH, NULL, 1)) != NULL)
	{
		/* 오라클과 오픈AI의 계약: the two sides, in the order written */
		size_t		i;

		for (i = party_from(c, s->off + 1); i < c->nparties && o == NULL; i++)
			if (c->parties[i].off < at_off &&
				(c->parties[i].p == P_GEN || c->parties[i].p == P_BARE))
				o = &c->parties[i];
	}
	else
	{
		o = nearest_before(c, c->end, P_WITH, s, 1);
		if (o == NULL)
			o = nearest_before(c, c->end, P_DAT, s, 1);
	}
	set_subject(f, c, s);
	f->object = idx_of(o);
	if (o && f->subject == o->idx)
		f->object = KN_FACT_NONE;
}

/* The relation of a money figure's role, or KN_REL_COUNT for none. */
static kn_relation
money_relation(const span *t, const sentence_ctx *c, const kn_money_mention *m)
{
	size_t		from = m->off > c->off + 60 ? m->off - 60 : c->off;

	switch (m->role)
	{
		case KN_ROLE_VALUATION:
			return KN_REL_VALUATION;
		case KN_ROLE_INVESTMENT_RAISED:
		case KN_ROLE_INVESTMENT_MADE:
			return KN_REL_INVESTMENT;
		case KN_ROLE_LOAN:
			return KN_REL_LOAN;
		case KN_ROLE_REVENUE:
			return KN_REL_REVENUE;
		case KN_ROLE_COST:
			return KN_REL_OPERATING_COST;
		case KN_ROLE_MARKET_SIZE:
			return KN_REL_MARKET_SIZE;
		case KN_ROLE_DEAL_VALUE:
			{
				size_t		w;
				kn_relation r = deal_relation(c->mk, from, clause_end(t, m->off, c->end), &w);

				return r;		/* 거래 with no deal word: a price, no fact */
			}
		default:
			return KN_REL_COUNT;
	}
}

/*
 * Past the glue between a date and its figure: blanks and 의 (지난해의
 * 5억달러, 2023년 1억달러), starting before to, and a 의 ending by end.
 */
#define GLUE_BYTES 7

static size_t
glue_end(const unsigned char *s, size_t k, size_t to, size_t end)
{
	while (k < to)
	{
		if (s[k] == ' ')
			k++;
		else if (k + 3 <= end && memcmp(s + k, "의", 3) == 0)
			k += 3;
		else
			break;
	}
	return k;
}

/* Does a figure follow date d with nothing but glue between? */
static int
glued_to_figure(const unsigned char *s, size_t len, const kn_date_mention *d)
{
	size_t		e = d->off + d->len,
				k = glue_end(s, e, e + GLUE_BYTES < len ? e + GLUE_BYTES : len, len);

	return k < len && s[k] >= '0' && s[k] <= '9';
}

/*
 * The date of a figure: one written just before it, or the sentence's
 * nearest before it, else after it, within SENTENCE_BYTES; never one
 * glued to another figure (the 지난해 of 지난해의 5억달러).
 */
#define DATE_STEPS 16			/* dates looked at on each side */

static size_t
date_of(const kn_fact_input *in, size_t d_from, size_t d_to, size_t off,
		const unsigned char *s, int *bound)
{
	size_t		lo = d_from,
				hi = d_to,
				i,
				k;

	*bound = 0;
	/* the first date of the sentence at or after the figure */
	while (lo < hi)
	{
		size_t		mid = lo + (hi - lo) / 2;

		if (in->dates[mid].off < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo > d_from)
	{
		const kn_date_mention *d = &in->dates[lo - 1];
		size_t		e = d->off + d->len;

		if (e <= off && off - e <= GLUE_BYTES && glue_end(s, e, off, off) == off)
		{
			*bound = 1;
			return lo - 1;
		}
	}
	for (i = lo, k = 0; i-- > d_from && k < DATE_STEPS && off - in->dates[i].off <= SENTENCE_BYTES; k++)
		if (!glued_to_figure(s, in->len, &in->dates[i]))
			return i;
	for (i = lo, k = 0; i < d_to && k < DATE_STEPS && in->dates[i].off - off <= SENTENCE_BYTES; i++, k++)
		if (!glued_to_figure(s, in->len, &in->dates[i]))
			return i;
	return KN_FACT_NONE;
}

/* Is a figure at fig a figure of the past (지난해의 5억달러보다, X에서 Y로 늘어)? */
static int
past_figure(const span *t, const kn_money_mention *m, const kn_fact_input *in, size_t date,
			int bound)
{
	if (m && m->change == KN_CHANGE_FROM)
		return 1;
	if (m && (at(t, m->ctx_end, "보다") || at(t, m->ctx_end, "에서")))
		return 1;
	return bound && in->has_published && in->dates[date].resolved &&
		in->dates[date].upper < in->published;
}

/* ------------------------------------------------------------ sentences */

typedef struct cursor
{
	size_t		money,
				quantity,
				entity,
				date;
} cursor;

/* How many mentions of a list start before end, from *i on. */
#define ADVANCE(arr, n, i, end) \
	do { while ((i) < (n) && (arr)[i].off < (end)) (i)++; } while (0)

static void
money_facts(fact_list *fl, sentence_ctx *c, size_t m0, size_t m1, size_t d0, size_t d1)
{
	const span *t = c->t;
	const kn_fact_input *in = c->in;
	kn_relation prev_rel = KN_REL_COUNT;
	size_t		prev_end = 0,
				i,
				listed = 0,
				list_from = 0;
	int			own = c->own_topic,
				anaphor = c->anaphor,
				raised_from;

	/*
	 * 각각: the names before the first figure, joined by 와/과 and closed by
	 * a topic, own the figures one by one when they are as many
	 */
	if (m1 - m0 >= 2 && m1 - m0 <= 8 &&
		has_mark(c->mk, MK(M_RESPECTIVE), c->off, in->money[m0].off))
	{
		size_t		k = party_from(c, in->money[m0].off);

		if (k > 0 && (c->parties[k - 1].p == P_TOPIC || c->parties[k - 1].p == P_SUBJ))
		{
			listed = 1;
			/* 오픈AI와 앤트로픽은, 오픈AI·앤트로픽·구글은 (a list takes its last part) */
			while (listed < k && listed < m1 - m0 &&
				   (c->parties[k - 1 - listed].p == P_WITH ||
					c->parties[k - 1 - listed].p == c->parties[k - 1].p))
				listed++;
			list_from = k - listed;
			if (listed != m1 - m0)
				listed = 0;
		}
	}

	for (i = m0; i < m1; i++)
	{
		const kn_money_mention *m = &in->money[i];
		kn_relation rel = money_relation(t, c, m);
		double		conf = 1.0;
		kn_fact    *f;
		const party *s = NULL,
				   *o = NULL;
		int			bound;

		/* 소프트뱅크는 오픈AI를 3000억달러로 평가했다 */
		if (rel == KN_REL_COUNT && (at(t, m->ctx_end, "로 평가") || at(t, m->ctx_end, "으로 평가")))
			rel = KN_REL_VALUATION;
		/* 구글로부터 20억달러를 받았다: money received from a named party */
		raised_from = 0;
		if (rel == KN_REL_COUNT && (at(t, m->ctx_end, "를 받") || at(t, m->ctx_end, "을 받")) &&
			nearest_before(c, m->off, P_SRC, NULL, 1) != NULL)
		{
			rel = KN_REL_INVESTMENT;
			raised_from = 1;
		}
		if (listed && rel == KN_REL_COUNT && prev_rel != KN_REL_COUNT)
			rel = prev_rel;
		/* 지난해의 5억달러보다 두 배 늘린 10억~12억달러: the same measure */
		if (rel == KN_REL_COUNT && prev_rel != KN_REL_COUNT && m->off - prev_end <= 60 &&
			(find_in(t, prev_end, m->off, "보다") != KN_FACT_NONE ||
			 find_in(t, prev_end, m->off, "에서") != KN_FACT_NONE ||
			 m->change != KN_CHANGE_NONE || at(t, m->ctx_end, "에서") ||
			 at(t, m->ctx_end, "보다")))
		{
			rel = prev_rel;
			conf *= 0.8;
		}
		prev_end = m->ctx_end;
		prev_rel = rel;
		if (rel == KN_REL_INVESTMENT && has_mark(c->mk, MK(M_CAPEX), c->off, m->ctx_end + 16))
			rel = KN_REL_COUNT;
		if (rel == KN_REL_ACQUISITION && has_mark(c->mk, MK(M_SALE), m->off, c->end) &&
			has_mark(c->mk, MK(M_SHARE_SALE), c->off, m->ctx_end))
			rel = KN_REL_COUNT;
		if (rel == KN_REL_COUNT)
			continue;
		/* 800억달러, X는 330억달러: a topic between names another owner */
		c->floor = c->off;
		c->own_topic = own;
		c->anaphor = anaphor;
		if (i > m0 && foreign_topic(c, in->money[i - 1].ctx_end, m->off))
		{
			c->floor = in->money[i - 1].ctx_end;
			c->own_topic = 1;
			c->anaphor = 0;
		}
		f = new_fact(fl, c, rel, m->off, m->len);
		if (f == NULL)
			return;
		f->money = i;
		f->confidence = conf;
		f->date = date_of(in, d0, d1, m->off, t->s, &bound);
		f->status = status_of(c, m->ctx_end);
		if (f->status != KN_ST_DENIED && past_figure(t, m, in, f->date, bound))
			f->status = KN_ST_COMPLETED;
		switch (rel)
		{
			case KN_REL_VALUATION:
			case KN_REL_REVENUE:
			case KN_REL_OPERATING_COST:
				set_subject(f, c, owner_of(c, m->off, rel == KN_REL_VALUATION, &f->confidence));
				break;
			case KN_REL_MARKET_SIZE:
				/* 시장 규모는 3조원, 4000억달러 규모로: not any figure after 시장이 */
				if (find_in(t, c->off, m->ctx_end + 8, "규모") == KN_FACT_NONE)
				{
					fl->n--;
					continue;
				}
				s = nearest_before(c, m->off, P_GEN, NULL, 0);
				f->subject = idx_of(s);
				break;
			case KN_REL_INVESTMENT:
				if ((s = genitive_pair(c, m->off, 0, &o)) != NULL)
				{
					/* 마이크로소프트의 오픈AI 투자 */
					f->subject = s->idx;
					f->object = o->idx;
				}
				else if (m->role == KN_ROLE_INVESTMENT_MADE && !raised_from)
				{
					/* X는 Y에 N달러를 투자했다: Y the investee, X the investor */
					o = nearest_before(c, m->off, P_TOPIC, NULL, 1);
					/* 앤트로픽에 40억달러를 투자한 아마존은 */
					if (o == NULL)
						o = first_after(c, m->off, P_TOPIC, NULL);
					s = nearest_before(c, m->off + CLAUSE_BYTES, P_DAT, o, 1);
					if (s == NULL)
						s = flagged(c, m->off, 1, o);
					if (o == NULL && s == NULL && c->carried != KN_FACT_NONE &&
						!(c->own_topic && !c->anaphor))
					{
						f->object = c->carried;
						f->subject_carried = 1;
						f->confidence *= 0.7;
					}
					else
						f->object = idx_of(o);
					f->subject = idx_of(s);
					if (s == NULL)
						f->confidence *= 0.6;
				}
				else
				{
					s = owner_of(c, m->off, 0, &f->confidence);
					if (s && s->investor)
						s = NULL;
					set_subject(f, c, s);
					o = investor_of(c, m->off, s);
					if (o && f->subject != o->idx)
						f->object = o->idx;
				}
				if (f->object == KN_FACT_NONE)
					f->relation = KN_REL_FUNDING_ROUND;
				break;
			case KN_REL_LOAN:
				s = nearest_before(c, m->off, P_TOPIC, NULL, 0);
				set_subject(f, c, s);
				o = nearest_before(c, m->off + CLAUSE_BYTES, P_SRC, s, 1);
				f->object = idx_of(o);
				break;
			default:			/* the deals */
				if (f->relation == KN_REL_ACQUISITION &&
					(f->status == KN_ST_IN_PROGRESS ||
					 has_mark(c->mk, MK(M_TALKS), lo_of(c, m->off), hi_of(c, m->off))))
					f->relation = KN_REL_ACQUISITION_TALKS;
				deal_parties(f, c, m->off);
				break;
		}
		if (listed && f->money - m0 < listed &&
			(f->relation == KN_REL_VALUATION || f->relation == KN_REL_REVENUE ||
			 f->relation == KN_REL_OPERATING_COST || f->relation == KN_REL_FUNDING_ROUND ||
			 (f->relation == KN_REL_INVESTMENT && m->role == KN_ROLE_INVESTMENT_RAISED)) &&
			c->parties[list_from + (f->money - m0)].idx != f->object)
		{
			f->subject = c->parties[list_from + (f->money - m0)].idx;
			f->subject_carried = 0;
		}
	}
	c->floor = c->off;
	c->own_topic = own;
	c->anaphor = anaphor;
}

/* Stakes and user counts. A stake in a sentence with an investment joins it. */
static void
quantity_facts(fact_list *fl, sentence_ctx *c, size_t q0, size_t q1, size_t d0,
			   size_t d1, size_t first_fact)
{
	const span *t = c->t;
	const kn_fact_input *in = c->in;
	size_t		i,
				k = first_fact;

	for (i = q0; i < q1; i++)
	{
		const kn_quantity_mention *q = &in->quantities[i];
		int			stake = q->measure && strcmp(q->measure, "stake") == 0;
		int			users = q->measure && strcmp(q->measure, "users") == 0;
		kn_fact    *f;
		int			bound;
		const party *s,
				   *o;

		if (!stake && !users)
			continue;
		if (stake)
		{
			kn_fact    *joined = NULL;

			/* facts are joined in order: each is looked at once */
			for (; k < fl->n; k++)
				if ((fl->f[k].relation == KN_REL_INVESTMENT ||
					 fl->f[k].relation == KN_REL_FUNDING_ROUND ||
					 fl->f[k].relation == KN_REL_ACQUISITION ||
					 fl->f[k].relation == KN_REL_ACQUISITION_TALKS) &&
					fl->f[k].quantity == KN_FACT_NONE)
				{
					joined = &fl->f[k];
					break;
				}
			if (joined)
			{
				joined->quantity = i;
				continue;
			}
		}
		f = new_fact(fl, c, stake ? KN_REL_STAKE : KN_REL_USER_COUNT, q->off, q->len);
		if (f == NULL)
			return;
		f->quantity = i;
		f->date = date_of(in, d0, d1, q->off, t->s, &bound);
		f->status = status_of(c, q->off + q->len);
		if (f->status != KN_ST_DENIED && past_figure(t, NULL, in, f->date, bound))
			f->status = KN_ST_COMPLETED;
		if (stake)
		{
			/* X는 Y 지분 10%를 보유: the shares are Y's, X holds them */
			s = flagged(c, q->off, 1, NULL);
			o = nearest_before(c, q->off, P_TOPIC, s, 1);
			if (s == NULL)
			{
				s = o;
				o = nearest_before(c, q->off + CLAUSE_BYTES, P_DAT, s, 1);
			}
			set_subject(f, c, s);
			f->object = idx_of(o);
			if (o && f->subject == o->idx)
				f->object = KN_FACT_NONE;
		}
		else
		{
			/* users: a product counts too */
			size_t		j;
			const party *p = NULL;

			for (j = party_from(c, q->off); j-- > 0 && !p && near(&c->parties[j], q->off);)
				if (
					(c->parties[j].p == P_GEN || c->parties[j].p == P_TOPIC ||
					 c->parties[j].p == P_SUBJ || c->parties[j].p == P_BARE))
					p = &c->parties[j];
			set_subject(f, c, p);
		}
	}
}

/* A deal told with no figure: 오픈AI는 구글과 손잡았다, X가 Y를 인수했다. */
static void
keyword_facts(fact_list *fl, sentence_ctx *c, size_t m0, size_t m1, size_t d0, size_t d1,
			  size_t first_fact)
{
	const span *t = c->t;
	size_t		to = c->end < c->off + SENTENCE_BYTES ? c->end : c->off + SENTENCE_BYTES;
	size_t		i,
				w = KN_FACT_NONE;
	kn_relation rel;
	kn_fact    *f;
	int			bound;

	if (c->nparties < 2)
		return;
	for (i = first_fact; i < fl->n; i++)
		if (fl->f[i].relation >= KN_REL_ACQUISITION && fl->f[i].relation <= KN_REL_CONTRACT)
			return;
	rel = deal_relation(c->mk, c->off, to, &w);
	if (rel == KN_REL_COUNT && (w = mark_in(c->mk, MK(M_INVEST), c->off, to)) != KN_FACT_NONE)
	{
		/* X가 Y에 (지분) 투자했다, X는 Y 투자를 검토: Y the investee */
		const party *o = nearest_before(c, w, P_TOPIC, NULL, 1);
		const party *owner = NULL;
		const party *s = genitive_pair(c, w + 8, 0, &owner);

		for (i = first_fact; i < fl->n; i++)
			if (fl->f[i].relation == KN_REL_INVESTMENT || fl->f[i].relation == KN_REL_FUNDING_ROUND)
				return;
		if (s)
			o = owner;
		else if ((s = nearest_before(c, w, P_DAT, o, 1)) == NULL)
			s = flagged(c, w + 8, 3, o);
		if (s == NULL || o == NULL || s == o)
			return;
		f = new_fact(fl, c, KN_REL_INVESTMENT, w, (size_t) (hangul_end(t, w, w + TAIL_BYTES) - w));
		if (f == NULL)
			return;
		if (f->len == 0)
			f->len = 1;
		f->subject = s->idx;
		f->object = o->idx;
		f->date = date_of(c->in, d0, d1, w, t->s, &bound);
		f->status = status_of(c, w);
		f->confidence = 0.8;
		return;
	}
	if (rel == KN_REL_COUNT)
		return;
	/* a contract is one signed: 계약을 체결, 계약했다, 계약을 맺었다 */
	if (rel == KN_REL_CONTRACT && find_in(t, w, to, "체결") == KN_FACT_NONE &&
		find_in(t, w, to, "계약했") == KN_FACT_NONE && find_in(t, w, to, "맺") == KN_FACT_NONE)
		return;
	/* a word inside another noun (인수인계, 협력사, 공급망) is not the deal */
	if (at(t, w, "협력사") || at(t, w, "인수인계") || at(t, w, "공급망"))
		return;
	f = new_fact(fl, c, rel, w, (size_t) (hangul_end(t, w, w + TAIL_BYTES) - w));
	if (f == NULL)
		return;
	if (f->len == 0)
		f->len = 1;
	f->date = date_of(c->in, d0, d1, w, t->s, &bound);
	f->status = status_of(c, w);
	if (rel == KN_REL_ACQUISITION_TALKS && f->status == KN_ST_COMPLETED)
		f->status = KN_ST_IN_PROGRESS;
	f->confidence = 0.8;
	/* 2조4000억원 규모의 전략적 파트너십: the figure just before the deal word */
	for (i = m0; i < m1; i++)
	{
		const kn_money_mention *m = &c->in->money[i];

		if (m->role == KN_ROLE_OTHER && m->ctx_end <= w && w - m->ctx_end <= 40 &&
			at(t, m->ctx_end, " 규모"))
		{
			f->money = i;
			f->off = m->off;
			f->len = m->len;
			f->confidence = 1.0;
		}
	}
	deal_parties(f, c, w);
	/* a deal needs both sides named in its sentence */
	if (f->subject == KN_FACT_NONE || f->object == KN_FACT_NONE || f->subject_carried)
		fl->n--;
}

/* The subject a following sentence may carry: its facts' or its first topic. */
static size_t
topic_of(const sentence_ctx *c, const fact_list *fl, size_t first_fact)
{
	size_t		i;

	for (i = fl->n; i-- > first_fact;)
		if (fl->f[i].subject != KN_FACT_NONE && fl->f[i].relation != KN_REL_INVESTMENT)
			return fl->f[i].subject;
	for (i = 0; i < c->nparties; i++)
		if ((c->parties[i].p == P_TOPIC || c->parties[i].p == P_SUBJ) &&
			c->parties[i].kind == KN_PARTY_ORG && !c->parties[i].investor)
			return c->parties[i].idx;
	return KN_FACT_NONE;
}

/* Does the sentence deny what the one before said (사실이 아니다)? */
static int
denies_previous(const sentence_ctx *c)
{
	size_t		lim = c->end < c->off + SENTENCE_BYTES ? c->end : c->off + SENTENCE_BYTES;

	return has_mark(c->mk, MK(M_DENIED), c->off, lim);
}

/* Characters in [from, to) of s. */
static size_t
chars_between(const unsigned char *s, size_t from, size_t to)
{
	size_t		n = 0;

	for (; from < to; from++)
		n += (s[from] & 0xC0) != 0x80;
	return n;
}

size_t
kn_extract_facts(const kn_fact_input *in, const kn_alloc *al, kn_fact **out)
{
	span		t = {(const unsigned char *) in->s, in->len};
	fact_list	fl = {NULL, 0, 0, al, 0};
	marks		mk;
	cursor		cur = {0, 0, 0, 0};
	party	   *parties = NULL;
	size_t		parties_cap = 0;
	size_t		off = 0,
				carried = KN_FACT_NONE,
				next_tick = 0,
				prev_first = 0,
				prev_n = 0;
	int			carried_age = 0;
	kn_char_counter cc = KN_CHAR_COUNTER_INIT;
	size_t	   *own_starts = NULL;
	const size_t *starts = in->sentence_starts;
	size_t		nstarts = in->nsentence_starts,
				k = 0;			/* the sentence: [starts[k - 1], starts[k]) */

	*out = NULL;
	/* the sentences by the one rule of kn_sentence.c, the caller's or found here */
	if (!in->has_sentence_starts)
	{
		nstarts = kn_sentence_starts(t.s, t.len, al, &own_starts);
		if (nstarts == (size_t) -1)
			return KN_FACT_TOO_MANY;
		starts = own_starts;
	}
	memset(&mk, 0, sizeof(mk));
	mk.al = al;
	marks_init();
	for (; off < t.len && !fl.failed && !mk.failed && kn_tick(al, off, &next_tick); k++)
	{
		sentence_ctx c;
		cursor		from = cur;
		size_t		first_fact = fl.n,
					trimmed,
					start_char,
					end_char,
					tp,
					i;

		size_t		end = k < nstarts ? starts[k] : t.len;

		while (off < end && is_blank(t.s[off]))
			off++;
		if (off >= end)
		{
			off = end;			/* blanks alone: a sentence with nothing in it */
			continue;
		}
		memset(&c, 0, sizeof(c));
		c.t = &t;
		c.in = in;
		c.off = off;
		c.end = end;
		c.mk = &mk;
		ADVANCE(in->money, in->nmoney, cur.money, c.end);
		ADVANCE(in->quantities, in->nquantities, cur.quantity, c.end);
		ADVANCE(in->entities, in->nentities, cur.entity, c.end);
		ADVANCE(in->dates, in->ndates, cur.date, c.end);
		c.e0 = from.entity;
		c.e1 = cur.entity;
		c.d0 = from.date;
		c.d1 = cur.date;
		scan_marks(&mk, &t, c.off, c.end);
		parties = kn_grow(al, parties, &parties_cap, cur.entity - from.entity + 1, sizeof(party));
		if (parties == NULL)
		{
			fl.failed = 1;
			break;
		}
		c.parties = parties;
		c.nparties = read_parties(&t, in, c.off, from.entity, cur.entity, parties, parties_cap);
		c.carried = carried_age <= CARRY_SENTENCES ? carried : KN_FACT_NONE;
		read_topics(&c, from.money < cur.money ? in->money[from.money].off : c.end);

		/* 사실이 아니다: the sentence before is denied, if this one has no figure */
		if (prev_n > 0 && from.money == cur.money && denies_previous(&c))
			for (i = prev_first; i < prev_first + prev_n; i++)
				fl.f[i].status = KN_ST_DENIED;

		/* 이번 라운드는 SK텔레콤이 이끌었다: the investor of the round before */
		if (prev_n > 0 && from.money == cur.money)
			for (i = 0; i < c.nparties; i++)
				if (parties[i].investor && parties[i].kind == KN_PARTY_ORG)
				{
					size_t		k;

					for (k = prev_first; k < prev_first + prev_n; k++)
						if (fl.f[k].relation == KN_REL_FUNDING_ROUND &&
							fl.f[k].subject != parties[i].idx)
						{
							fl.f[k].relation = KN_REL_INVESTMENT;
							fl.f[k].object = parties[i].idx;
							fl.f[k].confidence *= 0.9;
						}
					break;
				}

		money_facts(&fl, &c, from.money, cur.money, from.date, cur.date);
		quantity_facts(&fl, &c, from.quantity, cur.quantity, from.date, cur.date, first_fact);
		keyword_facts(&fl, &c, from.money, cur.money, from.date, cur.date, first_fact);

		/* where the sentence is, in characters, without its trailing blanks */
		trimmed = c.end;
		while (trimmed > c.off && is_blank(t.s[trimmed - 1]))
			trimmed--;
		start_char = kn_char_pos(&cc, t.s, t.len, c.off);
		end_char = kn_char_pos(&cc, t.s, t.len, trimmed) - 1;
		/* a fact needs a party, but a market's size */
		{
			size_t		kept = first_fact;

			for (i = first_fact; i < fl.n; i++)
				if (fl.f[i].subject != KN_FACT_NONE || fl.f[i].object != KN_FACT_NONE ||
					fl.f[i].relation == KN_REL_MARKET_SIZE)
					fl.f[kept++] = fl.f[i];
			fl.n = kept;
		}
		for (i = first_fact; i < fl.n; i++)
		{
			kn_fact    *f = &fl.f[i];

			f->sentence = (int32_t) (k + 1);
			f->sent_end = trimmed;
			f->sent_char_pos = start_char;
			f->sent_char_end = end_char;
			/* the figure's own position, or (one deal word a sentence) counted */
			f->char_pos = f->money != KN_FACT_NONE && in->money[f->money].off == f->off ?
				in->money[f->money].char_pos :
				f->quantity != KN_FACT_NONE && in->quantities[f->quantity].off == f->off ?
				in->quantities[f->quantity].char_pos :
				start_char + chars_between(t.s, c.off, f->off);
		}

		prev_first = first_fact;
		prev_n = fl.n - first_fact;
		tp = topic_of(&c, &fl, first_fact);
		if (tp != KN_FACT_NONE)
		{
			carried = tp;
			carried_age = 1;
		}
		else if (c.nparties > 0)
		{
			carried = KN_FACT_NONE;
			carried_age = 0;
		}
		else
			carried_age++;
		off = c.end;
	}
	if (mk.h)
		al->realloc_fn(al->ctx, mk.h, 0);
	if (mk.by_kind)
		al->realloc_fn(al->ctx, mk.by_kind, 0);
	if (parties)
		al->realloc_fn(al->ctx, parties, 0);
	if (own_starts)
		al->realloc_fn(al->ctx, own_starts, 0);
	if (fl.failed || mk.failed)
	{
		if (fl.f)
			al->realloc_fn(al->ctx, fl.f, 0);
		return KN_FACT_TOO_MANY;
	}
	*out = fl.f;
	return fl.n;
}
