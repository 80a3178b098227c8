/*
 * stem_test.c - the Korean stemmer and tokenizer outside the server, under
 * ASan/UBSan: expected stems for a few words, then every token of the
 * fixture corpus and of 20,000 mutations of it through both, checking that
 * tokens tile the text and lexemes stay within their limits.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "kn_stem.h"
#include "kn_tokenize.h"

#include "tap.h"

static const kn_alloc al = {tap_realloc, NULL};
static kn_lexicon *lex;
static kn_stem_result r;

static void
expect(const char *w, const char *stem)
{
	char		what[256];

	kn_stem(lex, NULL, w, strlen(w), &r);
	snprintf(what, sizeof(what), "%s -> %s", w, stem);
	ok(stem[0] ? (!r.stop && r.n > 0 && r.len[0] == strlen(stem) &&
				  memcmp(r.buf + r.off[0], stem, r.len[0]) == 0)
	   : r.stop, what);
}

/* All lexemes of w, '|'-separated, and whether the parts are joint. */
static void
expect_all(const char *w, const char *lexemes, int joint)
{
	char		got[512] = "",
				what[1200];
	int			i;

	kn_stem(lex, NULL, w, strlen(w), &r);
	for (i = 0; i < r.n; i++)
		snprintf(got + strlen(got), sizeof(got) - strlen(got), "%s%.*s",
				 i ? "|" : "", (int) r.len[i], r.buf + r.off[i]);
	snprintf(what, sizeof(what), "%s -> %s%s (got %s)", w, lexemes,
			 joint ? ", joint" : "", got);
	ok(!r.stop && strcmp(got, lexemes) == 0 && r.joint == joint, what);
}

/* Tokens tile the text; every lexeme is within bounds. */
static int
check_text(const char *s, size_t len)
{
	kn_tokenizer t;
	size_t		off,
				tl,
				at = 0;
	int			type,
				good = 1,
				i;

	kn_tokenizer_init(&t, s, len);
	while ((type = kn_next_token(&t, &off, &tl)) != 0)
	{
		if (off != at || tl == 0 || tl > KN_TOK_MAX_BYTES)
			good = 0;
		at = off + tl;
		if (type != KN_TOK_BLANK && type != KN_TOK_MONEY)
		{
			kn_stem(lex, NULL, s + off, tl, &r);
			for (i = 0; i < r.n; i++)
				if (r.len[i] == 0 || r.len[i] > KN_STEM_MAX_BYTES)
					good = 0;
		}
	}
	return good && at == len;
}

static char *
slurp(const char *path, size_t *len)
{
	FILE	   *f = fopen(path, "rb");
	char	   *buf;
	long		n;

	if (!f)
		return NULL;
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	buf = malloc(n + 1);
	if (fread(buf, 1, n, f) != (size_t) n)
		n = 0;
	fclose(f);
	buf[n] = '\0';
	*len = (size_t) n;
	return buf;
}

/* Does w stem the same with lexicon a and with b (user lexicon u)? */
static int
agree(const kn_lexicon *a, const kn_lexicon *b, const kn_lexicon *u, const char *w, size_t n)
{
	static kn_stem_result r1,
				r2;

	kn_stem(a, u, w, n, &r1);
	kn_stem(b, u, w, n, &r2);
	return kn_stem_same(&r1, &r2);
}

/*
 * The stemmer's shortcuts (made by mkshort for this lexicon): refused when
 * made for another file or damaged, and never a different answer: on the
 * fixture's words, on every lexicon word with every ending of the file,
 * with and without user lexicons that could change the answer.
 */
static void
test_shortcuts(const char *lexbuf, size_t lexlen, const char *path, char **paras, size_t np)
{
	size_t		sclen,
				i,
				nend = 0,
				checked = 0;
	char	   *sc = slurp(path, &sclen);
	static kn_lexicon *plain,	/* kept, as lexicons are */
			   *fast,
			   *user1,
			   *user2;
	uint64_t	h = kn_text_hash(lexbuf, lexlen);
	char	   *ends[128];
	int			good = 1;
	long		bad;
	/* damaged files: %s is the right L line; C1 a good class */
#define Z "0000000000000000"
#define C1 "C 0000000000000001 " Z "\n"
	static const char *const damaged[][2] = {
		{"L 0123\n", "a short hash"},
		{"E 를\n", "an ending before the L line"},
		{"# only a comment\n", "no L line"},
		{"%s\nE 를를를를를\n", "an ending of five syllables"},
		{"%s\nE ab\n", "an ending not in Hangul"},
		{"%s\nE 를\nE 를\n", "an ending twice"},
		{"%s\nC 0000000000000001\n", "a class of one mask word"},
		{"%s\nC 000000000000000g " Z "\n", "a class not in hex"},
		{"%s\nC 0000000000000001 " Z " \n", "a class line with a space at the end"},
		{"%s\nC 0000000000000001 " Z " " Z "\n", "a class of three mask words"},
		{"%s\n" C1 "W 2 0 투자\n", "a word of a class not given"},
		{"%s\n" C1 "W 1 0 없는낱말\n", "a word not in the lexicon"},
		{"%s\n" C1 "W 1 0\n", "a word line without a word"},
		{"%s\n" C1 "W 1 투자\n", "a word line without its answer"},
		{"%s\n" C1 "W 1 1 투자\n", "a word of an answer not given"},
		{"%s\n" C1 "A 1 0 9\nW 1 1 투자\n",
		"an answer longer than its word"},
		{"%s\nA 1 0\n", "an answer without a length"},
		{"%s\nA 0 0 3\n", "an answer of no readings"},
		{"%s\nA 3 0 3 0 6\n", "an answer of more readings than lexemes"},
		{"%s\nA 1 250 10\n", "an answer past 255 bytes"},
		{"%s\nA 1 0 3 0 3 0 3 0 3 0 3 0 3\n", "an answer of six lexemes"},
		{"%s\nA 1  0 3\n", "an answer with two spaces"},
		{"%s\nX 1\n", "an unknown line"},
	};
	char		hline[32],
				text[256];

	ok(sc != NULL, "the shortcut file reads");
	if (sc == NULL)
		return;
	plain = kn_lexicon_create(&al);
	fast = kn_lexicon_create(&al);
	user1 = kn_lexicon_create(&al);
	user2 = kn_lexicon_create(&al);
	kn_lexicon_load(plain, lexbuf, lexlen, KN_LEX_NOUN, &bad);
	kn_lexicon_load(fast, lexbuf, lexlen, KN_LEX_NOUN, &bad);
	ok(kn_lexicon_shortcuts(fast, h ^ 1, sc, sclen) == 0,
	   "shortcuts made for another lexicon file are passed over");
	snprintf(hline, sizeof(hline), "L %016llx", (unsigned long long) h);
	for (i = 0; i < sizeof(damaged) / sizeof(damaged[0]); i++)
	{
		char		what[300];

		snprintf(text, sizeof(text), damaged[i][0], hline);
		snprintf(what, sizeof(what), "a shortcut file with %s is refused", damaged[i][1]);
		ok(kn_lexicon_shortcuts(fast, h, text, strlen(text)) == -1, what);
	}
	snprintf(text, sizeof(text), "%s\n" C1 "A 1 0 3\nW 1 0 투자\nW 1 1 기업\n", hline);
	ok(kn_lexicon_shortcuts(fast, h, text, strlen(text)) == 1,
	   "a short hand-written shortcut file attaches");
	ok(kn_lexicon_shortcuts(fast, h, sc, sclen) == 1, "the shortcuts attach to their lexicon");
	ok(kn_lexicon_bytes(fast) > kn_lexicon_bytes(plain), "and count in its memory");

	/* the endings, as the file lists them */
	for (i = 0; i + 2 < sclen && nend < 127;)
	{
		size_t		e = i;

		while (e < sclen && sc[e] != '\n')
			e++;
		if (sc[i] == 'E' && sc[i + 1] == ' ')
		{
			ends[nend] = malloc(e - i - 1);
			memcpy(ends[nend], sc + i + 2, e - i - 2);
			ends[nend][e - i - 2] = '\0';
			nend++;
		}
		i = e + 1;
	}
	ends[nend++] = "";
	ok(nend > 100, "the file lists its endings");

	/* every word of the fixture */
	for (i = 0; i < np; i++)
	{
		kn_tokenizer t;
		size_t		off,
					tl;
		int			type;

		kn_tokenizer_init(&t, paras[i], strlen(paras[i]));
		while ((type = kn_next_token(&t, &off, &tl)) > 0)
		{
			good &= agree(plain, fast, NULL, paras[i] + off, tl);
			checked++;
		}
	}
	ok(good && checked > 400, "the fixture's words stem the same with shortcuts");

	/* every word of the lexicon with every ending (as mkshort checks) */
	good = 1;
	checked = 0;
	for (i = 0; i < lexlen;)
	{
		size_t		e = i,
					wl = 0,
					k;
		char		w[600];

		while (e < lexlen && lexbuf[e] != '\n')
			e++;
		while (i + wl < e && lexbuf[i + wl] != '\t')
			wl++;
		if (wl > 0 && wl < 255 && (i / 7) % 10 == 0)	/* a tenth, for ASan's sake */
			for (k = 0; k < nend; k++)
			{
				memcpy(w, lexbuf + i, wl);
				strcpy(w + wl, ends[k]);
				good &= agree(plain, fast, NULL, w, strlen(w));
				checked++;
			}
		i = e + 1;
	}
	ok(good && checked > 500000, "lexicon words with each ending stem the same with shortcuts");

	/*
	 * A user's word can change an answer the shortcuts know: 투자했다 as a
	 * noun of its own. Only where none of the user's words can matter do
	 * the shortcuts answer.
	 */
	kn_lexicon_load(user1, "투자했다\n", strlen("투자했다\n"), KN_LEX_USER | KN_LEX_NOUN, &bad);
	kn_stem(fast, user1, "투자했다", strlen("투자했다"), &r);
	ok(r.n == 1 && r.len[0] == strlen("투자했다"), "a user's noun 투자했다 wins over the shortcut 투자 + 했다");
	ok(agree(plain, fast, user1, "투자했다", strlen("투자했다")) &&
	   agree(plain, fast, user1, "투자를", strlen("투자를")),
	   "with a user lexicon, the same stems with shortcuts");
	kn_lexicon_load(user2, "하\tV\n", strlen("하\tV\n"), KN_LEX_USER | KN_LEX_NOUN, &bad);
	ok(agree(plain, fast, user2, "투자했다", strlen("투자했다")),
	   "and with a user lexicon that has verbs");

	/* a word added to the lexicon drops its shortcuts */
	kn_lexicon_load(fast, "투자했다\n", strlen("투자했다\n"), KN_LEX_NOUN, &bad);
	kn_lexicon_load(plain, "투자했다\n", strlen("투자했다\n"), KN_LEX_NOUN, &bad);
	ok(agree(plain, fast, NULL, "투자했다", strlen("투자했다")) &&
	   kn_lexicon_bytes(fast) == kn_lexicon_bytes(plain),
	   "adding a word drops the shortcuts");
	for (i = 0; i + 1 < nend; i++)
		free(ends[i]);
	free(sc);
}

int
main(int argc, char **argv)
{
	FILE	   *f = fopen(argc > 1 ? argv[1] : "aimarket_korean.lexicon", "rb");
	FILE	   *c = fopen(argc > 2 ? argv[2] : "data/articles.tsv", "r");
	char	   *buf;
	long		n,
				bad;
	char	   *paras[256];
	size_t		np = 0,
				i;
	unsigned	seed = 777;
	int			iter,
				good = 1;
	char	   *big;

	if (!f || !c)
	{
		printf("not ok 1 - cannot read the lexicon or the corpus\n");
		return 1;
	}
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	buf = malloc(n);
	if (fread(buf, 1, n, f) != (size_t) n)
		return 1;
	fclose(f);
	lex = kn_lexicon_create(&al);
	ok(kn_lexicon_load(lex, buf, n, KN_LEX_NOUN, &bad) > 40000, "the lexicon loads");

	expect("앤트로픽은", "앤트로픽");
	expect("엔비디아의", "엔비디아");
	expect("챗GPT를", "챗gpt");
	expect("오픈AI와", "오픈ai");
	expect("투자했다", "투자");
	expect("투자를", "투자");
	expect("기업가치는", "기업가치");
	expect("가까운", "가깝");
	expect("앞둔", "앞두");
	expect("에서는", "");
	expect("GPT-4o", "gpt-4o");
	/* endings after the copula, 하다 and 되다 made from the verbal ones */
	expect("분위기이네요", "분위기");
	expect("투자하러", "투자");
	expect("발표되자마자", "발표");
	expect("이는", "이");		/* a pronoun, not the copula */
	/* whole-word adverbs and common verb forms */
	expect("바로", "바로");
	expect("왜", "왜");
	expect("하고", "하");
	expect("이러한", "이러하");
	expect("먹으러", "먹");
	expect("드라마라", "드라마");	/* the copula's 이 dropped after a vowel */
	expect("참여자는", "참여자");	/* but 자 is a noun suffix first */
	expect("있음에도", "있");
	expect("제도", "제도");		/* not 제 + 도 */
	expect("수도", "수");
	expect("기뻐하며", "기뻐하");	/* 기쁘 + 어 + 하: the 하 stays */
	expect("투자하며", "투자");
	expect("이에", "이");
	expect("업스테이지는", "업스테이지");	/* a name + 는, not + 이지는 */
	expect("베팅하러", "베팅");
	/* an unknown name keeps its stem whatever follows: the particle must
	 * fit the name's last syllable (라는 after a vowel, 이라는 after a
	 * consonant) */
	expect("테슬라는", "테슬라");
	expect("런웨이", "런웨이");
	expect("런웨이라는", "런웨이");
	expect("제미나이", "제미나이");
	expect("엔비디아보다", "엔비디아");
	expect("앤트로픽이라고", "앤트로픽");
	expect("오픈AI다", "오픈ai");
	expect("스케일AI이다", "스케일ai");
	expect("3일", "3일");
	expect("구체적인", "구체적");	/* the copula's 인 after -적 */
	expect("생산회사인", "생산회사");	/* and after a compound of known nouns */
	expect("하루종일", "하루종일");	/* but not inside an unknown word */
	kn_stem(lex, NULL, "투자자들은", strlen("투자자들은"), &r);
	ok(r.n == 2 && r.len[1] == strlen("투자자") &&
	   memcmp(r.buf + r.off[1], "투자자", r.len[1]) == 0,
	   "투자자들은 -> 투자자들, and 투자자 as a second lexeme");
	expect("나와", "나오");

	/* Latin + Hangul: runs of two letters or syllables as joint parts */
	expect_all("SK하이닉스가", "sk하이닉스|sk|하이닉스", 1);
	expect_all("AI칩에", "ai칩|ai", 1);
	expect_all("AI연구원은", "ai연구원|ai|연구원", 1);
	expect_all("하이퍼클로바X를", "하이퍼클로바x|하이퍼클로바", 1);
	expect_all("3분기", "3분기", 0);	/* digits and Hangul: no parts */
	expect_all("GPT-4o를", "gpt-4o", 0);
	/* the plural's singular, known to the lexicon or not */
	expect_all("스타트업들이", "스타트업들|스타트업", 0);
	/* a headline's Hanja name; an English possessive */
	expect_all("美", "美|미국", 0);
	expect_all("日本", "日本", 0);
	expect_all("OpenAI's", "openai", 0);
	{
		/* a long word of alternating scripts: at most four parts */
		char		big[2100];
		size_t		n = 0;

		while (n + 8 < 2000)
		{
			memcpy(big + n, "ab", 2);
			memcpy(big + n + 2, "가나", 6);
			n += 8;
		}
		kn_stem(lex, NULL, big, n, &r);
		ok(r.n == 1 + KN_STEM_MAX_PARTS && r.len[0] <= n && r.off[r.n - 1] +
		   r.len[r.n - 1] <= 2 * (KN_STEM_MAX_BYTES + 1),
		   "2000 bytes of alternating scripts: the word and four parts");
	}

	np = load_paragraphs(c, paras, 256);
	fclose(c);
	for (i = 0; i < np; i++)
		good &= check_text(paras[i], strlen(paras[i]));
	ok(good, "tokens tile every fixture paragraph");
	test_shortcuts(buf, (size_t) n, argc > 3 ? argv[3] : "aimarket_korean.shortcuts", paras, np);
	free(buf);

	good = 1;
	for (iter = 0; iter < 20000; iter++)
	{
		char		mut[4096];
		size_t		len,
					k,
					j;

		seed = seed * 1103515245u + 12345u;
		len = strlen(paras[(seed >> 8) % np]);
		memcpy(mut, paras[(seed >> 8) % np], len);
		k = 1 + (seed >> 20) % 6;
		for (j = 0; j < k && len > 0; j++)
		{
			seed = seed * 1103515245u + 12345u;
			if ((seed >> 16) % 2)
				mut[(seed >> 4) % len] = (char) (seed >> 24);
			else
				len = (seed >> 4) % len;
		}
		good &= check_text(mut, len);
	}
	ok(good, "tokens tile 20000 mutated paragraphs");

	/*
	 * Currency signs between blanks, brackets, figures and words: a sign
	 * that starts money ends the blank before it, one that starts nothing
	 * stays blank, and the tokens still tile the text.
	 */
	{
		static const char *const pieces[] = {
			"$", "₩", "€", "£", "¥", "￦", " ", "(", ")", "10", "5000억", " billion",
			"억원", "달러", "애플은", "US", "AI", ".", ",", "-", "~", "3.5", "를", "1,500"
		};
		const size_t npieces = sizeof(pieces) / sizeof(pieces[0]);
		const char *const text = "애플은 $10 billion을 (₩5000억) $ 또";
		kn_tokenizer t;
		size_t		off,
					tl;
		int			type,
					money = 0;

		good = 1;
		for (iter = 0; iter < 50000; iter++)
		{
			char		mix[512];
			size_t		len = 0,
						k,
						j;

			seed = seed * 1103515245u + 12345u;
			k = 1 + (seed >> 16) % 20;
			for (j = 0; j < k; j++)
			{
				const char *piece;

				seed = seed * 1103515245u + 12345u;
				piece = pieces[(seed >> 16) % npieces];
				memcpy(mix + len, piece, strlen(piece));
				len += strlen(piece);
			}
			good &= check_text(mix, len);
		}
		ok(good, "tokens tile 50000 texts of currency signs, figures and words");
		kn_tokenizer_init(&t, text, strlen(text));
		while ((type = kn_next_token(&t, &off, &tl)) != 0)
			if (type == KN_TOK_MONEY &&
				((tl == 11 && memcmp(text + off, "$10 billion", 11) == 0) ||
				 (tl == 10 && memcmp(text + off, "₩5000억", 10) == 0)))
				money++;
		ok(money == 2, "money with a sign after a blank or a bracket is one token");
	}

	/*
	 * Currency marks in a row, which the grammar reads on and on: each
	 * money scan is bounded, so 20 kB of "$ " and of "$" take a few
	 * milliseconds even under ASan. Without the bound (a7db3cf) they took
	 * 16 s here, and 200 kB of "$" eight minutes in the server. The limit
	 * is CPU time, with a margin of hundreds.
	 */
	{
		size_t		nb = 20000,
					j;
		char	   *marks = malloc(nb + 8);
		clock_t		c0 = clock();
		int			tiled;

		for (j = 0; j < nb; j += 2)
			memcpy(marks + j, "$ ", 2);
		memcpy(marks + nb, "$1억", 6);
		tiled = check_text(marks, nb + 6);
		memset(marks, '$', nb);
		memcpy(marks + nb, "1억", 4);
		tiled &= check_text(marks, nb + 4);
		ok(tiled && (double) (clock() - c0) / CLOCKS_PER_SEC < 2.0,
		   "20 kB of \"$ \" and of \"$\" tokenize in bounded time");
		free(marks);
	}

	/* one word of 5000 characters, and 1 MB without a space */
	big = malloc(3000001);
	for (i = 0; i < 1000000; i++)
		memcpy(big + 3 * i, "가", 3);
	ok(check_text(big, 15000), "a 5000-character word");
	ok(check_text(big, 3000000), "1 MB of Hangul without spaces");
	free(big);

	/*
	 * Words kept in their slot (up to 12 bytes) and partly in the pool
	 * (longer): each is found, and one that differs only in its last byte
	 * is not.
	 */
	{
		static kn_lexicon *sized;	/* kept, as lexicons are */
		static const int lens[] = {1, 7, 8, 11, 12, 13, 16, 40, 255};
		char		w[256],
					words[12 * 260];
		size_t		at = 0,
					k;
		long		bad;
		int			good = 1;

		for (k = 0; k < sizeof(lens) / sizeof(lens[0]); k++)
		{
			memset(words + at, 'a' + (int) k, lens[k]);
			at += lens[k];
			words[at++] = '\n';
		}
		sized = kn_lexicon_create(&al);
		good &= kn_lexicon_load(sized, words, at, KN_LEX_NOUN, &bad) == 9;
		for (k = 0; k < sizeof(lens) / sizeof(lens[0]); k++)
		{
			memset(w, 'a' + (int) k, lens[k]);
			good &= kn_lexicon_flags(sized, w, lens[k]) == KN_LEX_NOUN;
			w[lens[k] - 1] = 'z';
			good &= kn_lexicon_flags(sized, w, lens[k]) == 0;
			memset(w, 'a' + (int) k, lens[k]);
			good &= lens[k] == 1 || kn_lexicon_flags(sized, w, lens[k] - 1) == 0;
		}
		ok(good, "words of 1 to 255 bytes are found, in their slot or past it, and near misses are not");
	}

	/* a dictionary over 16 MB of words is refused at the line that fills it */
	{
		size_t		bl = 2000000 * 9;
		char	   *words = malloc(bl + 1);	/* snprintf's last NUL */
		static kn_lexicon *full;	/* kept, as lexicons are */
		long		at = 0,
					got;

		for (i = 0; i < 2000000; i++)
			snprintf(words + 9 * i, 10, "w%07d\n", (int) i);
		full = kn_lexicon_create(&al);
		got = kn_lexicon_load(full, words, bl, KN_LEX_USER, &at);
		ok(got == -2 && at > 1800000 && at < 1900000,
		   "a lexicon of 18 MB of words stops at 16 MB with the line");
		ok(kn_lexicon_flags(full, "w0000001", 8) == KN_LEX_USER &&
		   kn_lexicon_flags(full, "w1999999", 8) == 0,
		   "what was loaded before the limit answers");
		free(words);
	}
	for (i = 0; i < np; i++)
		free(paras[i]);
	printf("1..%d\n", n_test);
	return n_fail ? 1 : 0;
}
