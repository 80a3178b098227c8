/*
 * sentence_test.c - kn_sentence.c under ASan/UBSan: where sentences end,
 * the numbers the cursor gives, in order and out of order, and a fuzzer
 * that checks the cursor against counting afresh from the start.
 */
#include <stdint.h>

#include "kn_sentence.h"
#include "tap.h"

/* The sentence of off, counted from the start with a new cursor. */
static int32_t
fresh(const char *s, size_t len, size_t off)
{
	kn_sentence_cursor c;

	kn_sentence_start(&c, (const uint8_t *) s, len);
	return kn_sentence_at(&c, off);
}

static size_t
off_of(const char *s, const char *what)
{
	return (size_t) (strstr(s, what) - s);
}

int
main(void)
{
	const char *t = "오픈AI는 66억달러를 유치했다. 기업가치는 1.5배 올랐다! 정말? 네...\n다음 줄。끝";
	size_t		len = strlen(t);
	kn_sentence_cursor c;
	char		buf[64];
	char		what[128];
	int			bad = 0;
	unsigned	seed = 12345;
	int			i;

	ok(fresh(t, len, 0) == 1, "the first byte is in sentence 1");
	ok(fresh(t, len, off_of(t, "기업가치")) == 2, "after '다. ' comes sentence 2");
	ok(fresh(t, len, off_of(t, "5배")) == 2, "a decimal point (1.5) does not end a sentence");
	{
		const char *u = "가연(www.gayeon.com)의 연봉은 1억원이다. 끝";

		ok(fresh(u, strlen(u), off_of(u, "1억원")) == 1 && fresh(u, strlen(u), off_of(u, "끝")) == 2,
		   "the dots of a domain name do not end a sentence");
	}
	ok(fresh(t, len, off_of(t, "정말")) == 3, "'!' ends one");
	ok(fresh(t, len, off_of(t, "네")) == 4, "'?' ends one");
	ok(fresh(t, len, off_of(t, "다음")) == 5, "a run of breaks (...\\n) ends one sentence");
	ok(fresh(t, len, off_of(t, "끝")) == 6, "the ideographic full stop ends one");
	ok(fresh(t, len, len + 100) == 6, "an offset past the end is in the last sentence");
	ok(fresh("", 0, 0) == 1, "an empty text has sentence 1");
	ok(fresh("...", 3, 2) == 1, "breaks alone open no sentence");

	kn_sentence_start(&c, (const uint8_t *) t, len);
	ok(kn_sentence_at(&c, off_of(t, "끝")) == 6 && kn_sentence_at(&c, 0) == 1 &&
	   kn_sentence_at(&c, off_of(t, "정말")) == 3, "out of order, the cursor counts again");

	/* fuzz: random texts of breaks, digits, blanks and syllables */
	for (i = 0; i < 20000; i++)
	{
		const char *alphabet[] = {".", "!", "?", "\n", " ", "1", "가", "\xe3\x80\x82", "a"};
		size_t		n = 0,
					k,
					prev = 0;

		while (n < sizeof(buf) - 4)
		{
			const char *a;

			seed = seed * 1103515245u + 12345u;
			a = alphabet[(seed >> 16) % 9];
			memcpy(buf + n, a, strlen(a));
			n += strlen(a);
		}
		kn_sentence_start(&c, (const uint8_t *) buf, n);
		for (k = 0; k < 8; k++)
		{
			size_t		off;

			seed = seed * 1103515245u + 12345u;
			off = prev + (seed >> 16) % 9;
			if (off > n)
				off = n;
			if (kn_sentence_at(&c, off) != fresh(buf, n, off))
				bad++;
			prev = off;
		}
	}
	snprintf(what, sizeof(what), "20000 random texts: the cursor agrees with a fresh count (%d off)", bad);
	ok(bad == 0, what);

	/* the index: the same numbers, in order and out of it */
	bad = 0;
	for (i = 0; i < 20000; i++)
	{
		const char *alphabet[] = {".", "!", "?", "\n", " ", "1", "가", "\xe3\x80\x82", "a", "\t"};
		static const kn_alloc al = {tap_realloc, NULL, NULL};
		size_t		n = 0,
					k,
					ns,
					*starts;
		kn_sentence_cursor ix;

		seed = seed * 1103515245u + 12345u;
		while (n < (seed >> 16) % (sizeof(buf) - 4))
		{
			const char *a;

			seed = seed * 1103515245u + 12345u;
			a = alphabet[(seed >> 16) % 10];
			memcpy(buf + n, a, strlen(a));
			n += strlen(a);
		}
		ns = kn_sentence_starts((const uint8_t *) buf, n, &al, &starts);
		kn_sentence_start_indexed(&ix, (const uint8_t *) buf, n, starts, ns);
		for (k = 0; k < 12; k++)
		{
			size_t		off;

			seed = seed * 1103515245u + 12345u;
			off = (seed >> 16) % (n + 3);
			if (kn_sentence_at(&ix, off) != fresh(buf, n, off))
				bad++;
		}
		free(starts);
	}
	snprintf(what, sizeof(what), "20000 random texts: the index agrees with a fresh count at random offsets (%d off)", bad);
	ok(bad == 0, what);

	printf("1..%d\n", n_test);
	return n_fail ? 1 : 0;
}
