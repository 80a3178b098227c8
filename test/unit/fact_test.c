/*
 * fact_test.c - the fact rules (kn_fact.c) outside the server, under
 * ASan/UBSan: the cores run as extract_facts runs them (figures, names from
 * a small catalogue, dates), then the rules; a few stated facts checked
 * field by field (the SQL suite test/sql/facts.sql holds the long list),
 * a mutation fuzzer over data/articles.tsv checking that every fact points
 * inside its text and its lists, an allocator that fails, and linear time
 * on one long sentence and on many short ones.
 */
#include <stdint.h>
#include <time.h>

#include "kn_date.h"
#include "kn_entity.h"
#include "kn_extract.h"
#include "kn_fact.h"
#include "kn_sentence.h"
#include "tap.h"

static const kn_alloc al = {tap_realloc, NULL, NULL};

static const kn_alias_in aliases[] = {
	{"오픈AI", 0, 1, 1, KN_ALIAS_COMPOUND}, {"앤트로픽", 0, 2, 2, 0},
	{"구글", 0, 3, 3, 0}, {"마이크로소프트", 0, 6, 6, 0},
	{"아마존", 0, 8, 8, KN_ALIAS_AMBIGUOUS}, {"업스테이지", 0, 36, 36, 0},
	{"코히어", 0, 40, 40, 0}, {"챗GPT", 0, 95, 1, 0}, {"올트먼", 0, 99, 99, KN_ALIAS_WEAK},
};

static kn_automaton *automaton;
static double rules_seconds;	/* of the last run_text: the fact rules alone */

typedef struct run
{
	kn_money_mention *money;
	kn_quantity_mention *quantities;
	kn_entity_mention *entities;
	kn_party_kind *kinds;
	kn_date_mention *dates;
	kn_fact_input in;
	kn_fact    *facts;
	size_t		n;
} run;

static void
run_free(run *r)
{
	free(r->money);
	free(r->quantities);
	free(r->entities);
	free(r->kinds);
	free(r->dates);
	free(r->facts);
}

/* Every core over s, as facts.c runs them; 0 when a core said too many. */
static int
run_text(run *r, const char *s, size_t len, int64_t published, const kn_alloc *fa)
{
	size_t		nm,
				nq,
				i;

	memset(r, 0, sizeof(*r));
	if (kn_extract_figures(s, len, &al, &r->money, &nm, &r->quantities, &nq) == KN_TOO_MANY)
		return 0;
	r->in.nentities = kn_entity_find(automaton, s, len, 1, &al, &r->entities);
	if (r->in.nentities == KN_ENTITY_TOO_MANY)
		return 0;
	r->kinds = malloc((r->in.nentities + 1) * sizeof(kn_party_kind));
	for (i = 0; i < r->in.nentities; i++)
		r->kinds[i] = r->entities[i].entity == 95 ? KN_PARTY_PRODUCT :
			r->entities[i].weak ? KN_PARTY_NONE : KN_PARTY_ORG;
	r->in.ndates = kn_resolve_dates(s, len, 1, published, &al, &r->dates);
	if (r->in.ndates == KN_DATE_TOO_MANY)
		return 0;
	r->in.s = s;
	r->in.len = len;
	r->in.money = r->money;
	r->in.nmoney = nm;
	r->in.quantities = r->quantities;
	r->in.nquantities = nq;
	r->in.entities = r->entities;
	r->in.kinds = r->kinds;
	r->in.dates = r->dates;
	r->in.has_published = 1;
	r->in.published = published;
	{
		clock_t		t0 = clock();

		r->n = kn_extract_facts(&r->in, fa ? fa : &al, &r->facts);
		rules_seconds = (double) (clock() - t0) / CLOCKS_PER_SEC;
	}
	return r->n != KN_FACT_TOO_MANY;
}

static int64_t
day(const char *ymd)
{
	int			y,
				m,
				d;

	sscanf(ymd, "%d-%d-%d", &y, &m, &d);
	return kn_days_from_ymd(y, m, d);
}

static int64_t
entity_of(const run *r, size_t idx)
{
	return idx == KN_FACT_NONE ? 0 : r->entities[idx].entity;
}

/* Fact k of s: relation, subject, object, status (0: any entity). */
static int
fact_is(const run *r, size_t k, kn_relation rel, int64_t subject, int64_t object,
		kn_fact_status st)
{
	return k < r->n && r->facts[k].relation == rel &&
		entity_of(r, r->facts[k].subject) == subject &&
		entity_of(r, r->facts[k].object) == object && r->facts[k].status == st;
}

static int
check_one(const char *s, const char *pub, size_t want_n, size_t k, kn_relation rel,
		  int64_t subject, int64_t object, kn_fact_status st)
{
	run			r;
	int			good = run_text(&r, s, strlen(s), day(pub), NULL) && r.n == want_n &&
		(want_n == 0 || fact_is(&r, k, rel, subject, object, st));

	if (!good)
	{
		size_t		i;

		fprintf(stderr, "# %s: %zu facts\n", s, r.n);
		for (i = 0; i < r.n && r.n != KN_FACT_TOO_MANY; i++)
			fprintf(stderr, "#   %s %lld %lld %s\n", kn_relation_name(r.facts[i].relation),
					(long long) entity_of(&r, r.facts[i].subject),
					(long long) entity_of(&r, r.facts[i].object),
					kn_fact_status_name(r.facts[i].status));
	}
	run_free(&r);
	return good;
}

/* What every fact must be, whatever the text. */
static int
check_invariants(const char *s, size_t len, int64_t published)
{
	run			r;
	size_t		i;
	int			good = 1;

	if (!run_text(&r, s, len, published, NULL))
	{
		run_free(&r);
		return 1;				/* too many: no answer, no fact */
	}
	for (i = 0; i < r.n; i++)
	{
		const kn_fact *f = &r.facts[i];

		good &= f->relation >= 0 && f->relation < KN_REL_COUNT;
		good &= f->status >= 0 && f->status < KN_ST_COUNT;
		good &= f->subject == KN_FACT_NONE || f->subject < r.in.nentities;
		good &= f->object == KN_FACT_NONE || f->object < r.in.nentities;
		good &= f->subject == KN_FACT_NONE || f->subject != f->object;
		good &= f->money == KN_FACT_NONE || f->money < r.in.nmoney;
		good &= f->quantity == KN_FACT_NONE || f->quantity < r.in.nquantities;
		good &= f->date == KN_FACT_NONE || f->date < r.in.ndates;
		good &= f->len > 0 && f->off + f->len <= len;
		good &= f->sent_off <= f->off && f->off < f->sent_end && f->sent_end <= len;
		good &= f->char_pos == chars_before(s, f->off);
		good &= f->sent_char_pos == chars_before(s, f->sent_off);
		good &= f->sent_char_end + 1 == chars_before(s, f->sent_end);
		good &= f->sentence >= 1;
		{
			kn_sentence_cursor sc;

			/* numbered as the extractors number the figures' sentences */
			kn_sentence_start(&sc, (const uint8_t *) s, len);
			good &= f->sentence == kn_sentence_at(&sc, f->off) &&
				f->sentence == kn_sentence_at(&sc, f->sent_off);
		}
		good &= f->confidence > 0 && f->confidence <= 1;
		good &= f->subject != KN_FACT_NONE || f->object != KN_FACT_NONE ||
			f->relation == KN_REL_MARKET_SIZE;
		good &= f->money != KN_FACT_NONE || f->quantity != KN_FACT_NONE ||
			(f->relation >= KN_REL_INVESTMENT && f->relation <= KN_REL_CONTRACT);
		if (i > 0)
			good &= f->sentence >= r.facts[i - 1].sentence;
	}
	if (!good)
		fprintf(stderr, "# invariants broken on: %.*s\n", (int) len, s);
	run_free(&r);
	return good;
}

/* An allocator that fails after a number of calls. */
static int	fail_after;

static void *
failing_realloc(void *ctx, void *p, size_t n)
{
	(void) ctx;
	if (n == 0)
	{
		free(p);
		return NULL;
	}
	if (fail_after-- <= 0)
		return NULL;
	return realloc(p, n);
}

static double
seconds_for(const char *unit, size_t reps, size_t *nfacts)
{
	size_t		ul = strlen(unit),
				k;
	char	   *big = malloc(ul * reps + 1);
	double		secs;
	run			r;

	for (k = 0; k < reps; k++)
		memcpy(big + k * ul, unit, ul);
	big[ul * reps] = '\0';
	run_text(&r, big, ul * reps, day("2024-10-15"), NULL);
	secs = rules_seconds;		/* the other cores have tests of their own */
	*nfacts = r.n;
	run_free(&r);
	free(big);
	return secs;
}

int
main(int argc, char **argv)
{
	const char *path = argc > 1 ? argv[1] : "data/articles.tsv";
	kn_alias_in in[sizeof(aliases) / sizeof(aliases[0])];
	size_t		i,
				skipped,
				np;
	char	   *paras[256];
	unsigned int seed = 19;
	int			all_good = 1,
				iter;

	for (i = 0; i < sizeof(aliases) / sizeof(aliases[0]); i++)
	{
		in[i] = aliases[i];
		in[i].len = strlen(aliases[i].text);
	}
	automaton = kn_entity_build(in, sizeof(in) / sizeof(in[0]), &al, &al, &skipped);
	ok(automaton != NULL, "the test catalogue builds");

	ok(strcmp(kn_relation_name(KN_REL_ACQUISITION_TALKS), "acquisition_talks") == 0 &&
	   strcmp(kn_relation_name(KN_REL_COUNT), "unknown") == 0 &&
	   strcmp(kn_fact_status_name(KN_ST_TARGET), "target") == 0,
	   "relation and status names");

	/* the two sentences of the issue */
	{
		const char *s = "업스테이지는 기업 가치를 지난해의 5억달러보다 두 배 늘린 10억~12억달러로 제시했다.";
		run			r;
		int			good = run_text(&r, s, strlen(s), day("2024-03-15"), NULL) && r.n == 2 &&
			fact_is(&r, 0, KN_REL_VALUATION, 36, 0, KN_ST_COMPLETED) &&
			fact_is(&r, 1, KN_REL_VALUATION, 36, 0, KN_ST_TARGET) &&
			r.facts[0].date != KN_FACT_NONE &&
			r.dates[r.facts[0].date].lower == day("2023-01-01") &&
			r.facts[1].date == KN_FACT_NONE;

		ok(good, "a target valuation, and last year's valuation dated to last year");
		run_free(&r);
	}
	{
		const char *s = "앤트로픽은 아마존에 지분 15%가량을 넘기며 4억달러의 투자를 유치했다.";
		run			r;
		int			good = run_text(&r, s, strlen(s), day("2024-02-01"), NULL) && r.n == 1 &&
			fact_is(&r, 0, KN_REL_INVESTMENT, 2, 8, KN_ST_COMPLETED) &&
			r.facts[0].quantity != KN_FACT_NONE &&
			r.quantities[r.facts[0].quantity].qual == KN_Q_APPROX;

		ok(good, "an investment by Amazon for an approximate 15% stake");
		run_free(&r);
	}
	ok(check_one("마이크로소프트가 주도한 라운드에서 앤트로픽은 6억달러를 조달했다.", "2024-06-12",
				 1, 0, KN_REL_INVESTMENT, 2, 6, KN_ST_COMPLETED),
	   "the investor named before the investee");
	ok(check_one("구글은 앤트로픽에 20억달러를 투자했다.", "2024-06-12",
				 1, 0, KN_REL_INVESTMENT, 2, 3, KN_ST_COMPLETED),
	   "X는 Y에 투자했다: Y the subject, X the object");
	ok(check_one("오픈AI는 66억달러를 유치했다. 이 회사의 기업가치는 1570억달러다.", "2024-10-03",
				 2, 1, KN_REL_VALUATION, 1, 0, KN_ST_COMPLETED),
	   "이 회사: the subject of the sentence before");
	ok(check_one("코히어가 5억달러 투자 유치를 추진한다는 보도가 나왔다. 코히어는 \"사실이 아니다\"라고 밝혔다.",
				 "2024-04-10", 1, 0, KN_REL_FUNDING_ROUND, 40, 0, KN_ST_DENIED),
	   "a denial in the next sentence denies the fact");
	ok(check_one("오픈AI는 65억달러 규모의 투자 유치 협상을 진행 중이다.", "2024-10-03",
				 1, 0, KN_REL_FUNDING_ROUND, 1, 0, KN_ST_IN_PROGRESS),
	   "talks are in progress, not completed");
	ok(check_one("오픈AI는 구글과 5억달러에 인수 협상을 벌이고 있는 것으로 알려졌다.", "2024-10-03",
				 1, 0, KN_REL_ACQUISITION_TALKS, 1, 3, KN_ST_IN_PROGRESS),
	   "acquisition talks");
	ok(check_one("정부는 AI 반도체에 1조원을 투자한다.", "2024-07-15", 0, 0, KN_REL_COUNT, 0, 0, 0),
	   "a figure with no catalogued owner makes no fact");
	ok(check_one("오픈AI는 새 모델을 공개했다. 정부는 AI에 1조원을 투자한다.", "2024-07-15",
				 0, 0, KN_REL_COUNT, 0, 0, 0),
	   "a sentence about someone else does not take the subject before");
	ok(check_one("오픈AI의 기업가치는 800억달러, 가나다는 330억달러로 평가됐다.", "2025-03-28",
				 1, 0, KN_REL_VALUATION, 1, 0, KN_ST_COMPLETED),
	   "a topic between two figures names another owner: the second figure is not the first's");
	ok(check_one("챗GPT의 주간 사용자는 2억명이다.", "2024-08-30",
				 1, 0, KN_REL_USER_COUNT, 95, 0, KN_ST_COMPLETED),
	   "a product's user count");
	ok(check_one("올트먼은 오픈AI의 매출이 20억달러라고 말했다.", "2024-08-30",
				 1, 0, KN_REL_REVENUE, 1, 0, KN_ST_COMPLETED),
	   "a person is never the subject");

	/* the ideographic full stop ends a sentence as '.' does */
	{
		const char *s = "오픈AI는 66억달러를 유치했다。앤트로픽은 40억달러를 조달했다。";
		run			r;

		ok(run_text(&r, s, strlen(s), day("2024-10-01"), NULL) && r.n == 2 &&
		   r.facts[0].sentence == 1 && r.facts[1].sentence == 2 &&
		   r.facts[1].sent_off == (size_t) (strstr(s, "앤트로픽") - s),
		   "sentences after 。 are numbered and bounded as the extractors do");
		run_free(&r);
	}

	/* bad input */
	{
		run			r;

		ok(run_text(&r, "", 0, 0, NULL) && r.n == 0 && r.facts == NULL, "empty text: no facts");
		run_free(&r);
		ok(run_text(&r, "\xEC\x98\xA4\xED\x94\x88" "AI\xEB\x8A\x94 \xFF\xFE 10\xEC\x96\xB5", 20, 0, NULL),
		   "invalid UTF-8: no crash");
		run_free(&r);
	}
	{
		const char *s = "오픈AI는 66억달러를 유치했다. 앤트로픽은 40억달러를 조달했다.";
		int			k,
					failed_cleanly = 1;

		for (k = 0; k < 4; k++)
		{
			run			r;
			kn_alloc	fa = {failing_realloc, NULL, NULL};

			fail_after = k;
			if (run_text(&r, s, strlen(s), day("2024-10-03"), &fa))
				failed_cleanly &= r.n == 2;
			else
				failed_cleanly &= r.facts == NULL;
			run_free(&r);
		}
		ok(failed_cleanly, "an allocator that fails gives no answer and leaks nothing");
	}

	/* the fuzzer */
	np = fixture_paragraphs(path, paras, 256);
	if (np == 0)
		return 1;
	for (i = 0; i < np; i++)
		all_good &= check_invariants(paras[i], strlen(paras[i]), day("2024-10-15"));
	ok(all_good, "invariants hold on every fixture paragraph");
	all_good = 1;
	for (iter = 0; iter < 20000; iter++)
	{
		char		mut[4096];
		static const char *const pieces[] = {
			"오픈AI는 ", "앤트로픽에 ", "구글과 ", "아마존로부터 ", "이 회사는 ", "챗GPT의 ",
			"10억달러", "15%", "2억명", "인수", "손잡", "부인했다", "사실이 아니다", "예정",
			"협상 중", "지난해의 ", "보다 ", "에서 ", ". ", "\n", ",", "·", "[", "(", "\xEC", "\x80",
			"。", "1.5", "  "
		};
		size_t		len = mutant(mut, sizeof(mut), 32, paras, np, pieces,
								 sizeof(pieces) / sizeof(pieces[0]), 1, &seed);

		all_good &= check_invariants(mut, len, kn_days_from_ymd(1990 + rand_r(&seed) % 60,
																1 + rand_r(&seed) % 12,
																1 + rand_r(&seed) % 28));
	}
	ok(all_good, "invariants hold on 20000 mutated paragraphs");

	/* linear time: short sentences, and one sentence that never ends */
	{
		size_t		n1,
					n2;
		double		a = seconds_for("오픈AI는 아마존에 10억달러의 투자를 유치했다. 이 회사는 구글과 손잡았다. ", 4000, &n1);
		double		b = seconds_for("오픈AI는 아마존에 10억달러의 투자를 유치했다. 이 회사는 구글과 손잡았다. ", 8000, &n2);

		printf("# many sentences: %zu facts in %.3f s, %zu in %.3f s\n", n1, a, n2, b);
		ok(n1 == 4000 && n2 == 8000 && b < 4 * a + 0.05,
		   "many sentences: twice the text takes about twice the time");
		a = seconds_for("오픈AI는 아마존에 10억달러의 투자를 유치했고 ", 4000, &n1);
		b = seconds_for("오픈AI는 아마존에 10억달러의 투자를 유치했고 ", 8000, &n2);
		printf("# one sentence: %zu facts in %.3f s, %zu in %.3f s\n", n1, a, n2, b);
		ok(n1 == 4000 && n2 == 8000 && b < 4 * a + 0.05,
		   "one endless sentence: twice the text takes about twice the time");
	}

	for (i = 0; i < np; i++)
		free(paras[i]);
	kn_entity_free(automaton, &al);
	printf("1..%d\n", n_test);
	return n_fail != 0;
}
