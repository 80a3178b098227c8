/*
 * entity_test.c - the entity automaton (kn_entity.c) outside the server,
 * under ASan/UBSan: word rules, particles, compounds, codes, ambiguous
 * aliases, unknown organisations, bad input, a big catalogue, and a
 * mutation fuzzer.
 */
#include <stdint.h>
#include <time.h>

#include "kn_entity.h"
#include "tap.h"

static const kn_alloc al = {tap_realloc, NULL, NULL};

static const kn_alias_in base[] = {
	{"오픈AI", 0, 1, 0, KN_ALIAS_COMPOUND}, {"OpenAI", 0, 1, 0, 0}, {"앤트로픽", 0, 2, 0, 0},
	{"KT", 0, 3, 0, 0}, {"MS", 0, 4, 0, 0}, {"마이크로소프트", 0, 4, 0, 0},
	{"메타", 0, 5, 0, KN_ALIAS_AMBIGUOUS}, {"메타플랫폼스", 0, 5, 0, 0},
	{"삼성전자", 0, 6, 0, 0}, {"삼성", 0, 7, 0, 0}, {"005930", 0, 6, 0, KN_ALIAS_CODE},
	{"네이버", 0, 8, 0, 0}, {"035420", 0, 8, 0, KN_ALIAS_CODE},
	{"애플", 0, 9, 0, KN_ALIAS_AMBIGUOUS}, {"아마존", 0, 10, 0, KN_ALIAS_AMBIGUOUS},
	{"구글", 0, 11, 0, 0}, {"LG", 0, 12, 0, 0}, {"LG전자", 0, 13, 0, 0},
	{"xAI", 0, 14, 0, 0}, {"엔비디아", 0, 15, 0, 0}, {"KT&G", 0, 16, 0, 0},
	{"같은이름", 0, 17, 0, 0}, {"같은이름", 0, 18, 0, 0},
	{"클로드", 0, 19, 2, KN_ALIAS_AMBIGUOUS}, {"아모데이", 0, 20, 2, KN_ALIAS_WEAK},
	{"미국", 0, 21, 0, KN_ALIAS_WEAK},
};

static kn_automaton *
build(const kn_alias_in *in, size_t n)
{
	kn_alias_in tmp[64];
	size_t		i,
				skipped;

	for (i = 0; i < n; i++)
	{
		tmp[i] = in[i];
		tmp[i].len = strlen(in[i].text);
	}
	return kn_entity_build(tmp, n, &al, &al, &skipped);
}

/* "entity:surface ..." of every mention of s. */
static void
mentions(const kn_automaton *a, const char *s, int unknown, char *buf, size_t cap)
{
	kn_entity_mention *m;
	size_t		n = kn_entity_find(a, s, strlen(s), unknown, &al, &m),
				i,
				used = 0;

	buf[0] = '\0';
	if (n == KN_ENTITY_TOO_MANY)
	{
		snprintf(buf, cap, "TOO MANY");
		return;
	}
	for (i = 0; i < n; i++)
		used += snprintf(buf + used, used < cap ? cap - used : 0, "%s%lld:%.*s@%zu",
						 i ? " " : "", (long long) m[i].entity, (int) m[i].len,
						 s + m[i].off, m[i].char_pos);
	free(m);
}

static void
expect(const kn_automaton *a, const char *s, int unknown, const char *want)
{
	char		got[2048],
				what[4096];

	mentions(a, s, unknown, got, sizeof(got));
	snprintf(what, sizeof(what), "%s -> [%s]%s%s", s, want,
			 strcmp(got, want) ? " got " : "", strcmp(got, want) ? got : "");
	ok(strcmp(got, want) == 0, what);
}

/* A catalogue of many made-up aliases: memory per state and the search. */
static void
check_big(void)
{
	size_t		n = 100000,
				i,
				skipped;
	kn_alias_in *in = malloc(n * sizeof(*in));
	char	   *names = malloc(n * 16);
	kn_automaton *a;
	char		what[200];

	for (i = 0; i < n; i++)
	{
		/* 가가가 .. : three syllables from the block, a Latin tail */
		unsigned	v = (unsigned) i;
		char	   *p = names + i * 16;
		int			k;

		for (k = 0; k < 3; k++)
		{
			unsigned	cp = 0xAC00 + (v % 400) * 7;

			v /= 400;
			p[3 * k] = (char) (0xE0 | (cp >> 12));
			p[3 * k + 1] = (char) (0x80 | ((cp >> 6) & 0x3F));
			p[3 * k + 2] = (char) (0x80 | (cp & 0x3F));
		}
		p[9] = 'X';
		p[10] = '\0';
		in[i].text = p;
		in[i].len = 10;
		in[i].entity = (int64_t) i + 1;
		in[i].flags = 0;
		in[i].family = 0;
	}
	a = kn_entity_build(in, n, &al, &al, &skipped);
	ok(a != NULL, "100,000 aliases build");
	snprintf(what, sizeof(what), "100,000 aliases of 10 bytes: %zu states, %zu bytes (%.1f a state)",
			 kn_entity_states(a), kn_entity_bytes(a),
			 (double) kn_entity_bytes(a) / kn_entity_states(a));
	ok(kn_entity_bytes(a) < 24 * kn_entity_states(a) + 64 * n, what);
	{
		char		text[64];
		kn_entity_mention *m;
		size_t		got;

		snprintf(text, sizeof(text), "오늘 %.10s의 발표", names + 777 * 16);
		got = kn_entity_find(a, text, strlen(text), 0, &al, &m);
		ok(got == 1 && m[0].entity == 778, "one alias of the 100,000 is found by its text");
		free(m);
	}
	kn_entity_free(a, &al);
	free(in);
	free(names);
}

/* Mutants of a news line must never crash, and spans stay inside. */
static void
fuzz(const kn_automaton *a)
{
	const char *seed = "오픈AI와 앤트로픽은 KT의 MS에서 메타 측은 삼성전자(005930) 네이버[035420] (주)코난 퓨리오사랩스는 업스테이지AI는";
	size_t		len = strlen(seed),
				round,
				bad = 0;
	unsigned	x = 12345;
	char		buf[512],
				what[100];

	for (round = 0; round < 200000; round++)
	{
		size_t		n = len,
					k,
					i;
		kn_entity_mention *m;
		size_t		got;

		memcpy(buf, seed, len);
		for (k = 0; k < 4; k++)
		{
			x = x * 1103515245u + 12345u;
			buf[(x >> 8) % n] = (char) (x >> 16);
		}
		x = x * 1103515245u + 12345u;
		n = (x >> 8) % (len + 1);
		got = kn_entity_find(a, buf, n, 1, &al, &m);
		if (got == KN_ENTITY_TOO_MANY)
			continue;
		for (i = 0; i < got; i++)
			if (m[i].off + m[i].len > n || (i > 0 && m[i].off < m[i - 1].off))
				bad++;
		free(m);
	}
	snprintf(what, sizeof(what), "fuzz 200000 mutants: spans inside the input, in order (%zu bad)", bad);
	ok(bad == 0, what);
}

int
main(void)
{
	kn_automaton *a = build(base, sizeof(base) / sizeof(base[0]));

	ok(a != NULL, "the automaton builds");
	/* particles, word ends, Latin case */
	expect(a, "앤트로픽은 투자를 받았다", 0, "2:앤트로픽@1");
	expect(a, "오픈AI에 이어 openai가", 0, "1:오픈AI@1 1:openai@10");
	expect(a, "MS의 발표", 0, "4:MS@1");
	expect(a, "앤트로픽에서는 앤트로픽이다", 0, "2:앤트로픽@1 2:앤트로픽@9");
	/* not inside an unrelated word */
	expect(a, "KTX를 탔다 MSCI 지수 메타버스 구글링 LG에너지솔루션", 0, "");
	expect(a, "KT&G와 KT", 0, "16:KT&G@1 3:KT@7");
	/* compounds only where the catalogue says so */
	expect(a, "오픈AI발 충격 구글발 충격", 0, "1:오픈AI@1");
	/* the longest alias wins */
	expect(a, "삼성전자와 삼성", 0, "6:삼성전자@1 7:삼성@7");
	expect(a, "LG전자는", 0, "13:LG전자@1");
	/* stock codes */
	expect(a, "삼성전자(005930) 네이버[035420]", 0, "6:삼성전자(005930)@1 8:네이버[035420]@14");
	expect(a, "종목 [035420] 035420", 0, "8:035420@5");
	/* ambiguous aliases: the entity named plainly too, or a company word */
	expect(a, "애플 주스를 마셨다", 0, "");
	expect(a, "애플 주가가 올랐다", 0, "9:애플@1");
	expect(a, "메타 측은 메타버스를", 0, "5:메타@1");
	expect(a, "메타플랫폼스는 메타의 모회사", 0, "5:메타플랫폼스@1 5:메타@9");
	expect(a, "아마존강 유역 아마존의 숲", 0, "");
	/* a relative vouches (클로드 by 아모데이, both of 2), a weak name does not */
	expect(a, "아모데이는 클로드의 안전성을", 0, "20:아모데이@1 19:클로드@7");
	expect(a, "장 클로드 씨는 미국에 갔다", 0, "21:미국@10");
	/* two entities of one alias: the lower id */
	expect(a, "같은이름은", 0, "17:같은이름@1");
	/* unknown organisations */
	expect(a, "퓨리오사랩스는 (주)코난테크 업스테이지AI는 오픈AI는 이社", 1,
		   "0:퓨리오사랩스@1 0:코난테크@12 0:업스테이지AI@17 1:오픈AI@26");
	expect(a, "퓨리오사랩스는", 0, "");
	/* bad input */
	expect(a, "", 1, "");
	expect(a, "\xff\xfe KT \xe3\x80", 1, "3:KT@4");
	{
		size_t		n = 1 << 20,
					i,
					got;
		char	   *big = malloc(n + 1);
		kn_entity_mention *m;

		for (i = 0; i + 3 <= n; i += 3)
			memcpy(big + i, "KT ", 3);
		big[i] = '\0';
		got = kn_entity_find(a, big, i, 1, &al, &m);
		ok(got == i / 3, "1 MB of 'KT ': one mention each");
		free(m);
		free(big);
	}
	{
		kn_alias_in one[] = {{"K", 1, 1, 0, 0}, {"", 0, 2, 0, 0}, {"KT", 2, 3, 0, 0}};
		size_t		skipped;
		kn_automaton *b = kn_entity_build(one, 3, &al, &al, &skipped);

		ok(b != NULL && skipped == 2, "aliases of one character are skipped, and counted");
		kn_entity_free(b, &al);
	}
	ok(kn_entity_find(NULL, "KT", 2, 0, &al, &(kn_entity_mention *) {NULL}) == 0,
	   "no catalogue: no mention");
	/*
	 * linear time where it was quadratic: many ambiguous names with no plain
	 * one of their family, and many organisations known by a marker only
	 */
	{
		const char *units[] = {"오픈AI는 아마존에 10억달러를 받았다. ", "가나다社와 오픈AI가 손잡았다. ",
		"아마존, 애플, 메타 그리고 라마다랩스 "};
		int			u;

		for (u = 0; u < 3; u++)
		{
			size_t		ul = strlen(units[u]),
						reps[2] = {20000, 40000},
						got[2];
			double		secs[2];
			int			r;

			for (r = 0; r < 2; r++)
			{
				char	   *big = malloc(ul * reps[r] + 1);
				kn_entity_mention *m;
				clock_t		t0;
				size_t		k;

				for (k = 0; k < reps[r]; k++)
					memcpy(big + k * ul, units[u], ul);
				big[ul * reps[r]] = '\0';
				t0 = clock();
				got[r] = kn_entity_find(a, big, ul * reps[r], 1, &al, &m);
				secs[r] = (double) (clock() - t0) / CLOCKS_PER_SEC;
				free(m);
				free(big);
			}
			printf("# %s x %zu: %zu mentions in %.3f s; x %zu: %zu in %.3f s\n", units[u],
				   reps[0], got[0], secs[0], reps[1], got[1], secs[1]);
			ok(got[1] == 2 * got[0] && got[0] >= reps[0] && secs[1] < 4 * secs[0] + 0.05,
			   "twice the text takes about twice the time (ambiguous names, markers)");
		}
	}
	check_big();
	fuzz(a);
	kn_entity_free(a, &al);
	printf("1..%d\n", n_test);
	return n_fail != 0;
}
