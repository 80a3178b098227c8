/*
 * date_test.c - the date grammar outside the server, under ASan/UBSan.
 *
 * Every form of the README's date rules against chosen publication dates
 * (month and year boundaries, strict 지난 and 오는, future sentences), the
 * words that are not dates, the calendar against a day-by-day count, then
 * a mutation fuzzer over data/articles.tsv with random publication dates
 * (stray bytes included): spans in order inside the text, of whole
 * characters, character
 * positions right, lower <= upper, and time linear in the input.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "kn_date.h"
#include "kn_utf8.h"

#include "tap.h"

static const kn_alloc al = {tap_realloc, NULL, NULL};

static int64_t
day(const char *iso)
{
	int			y,
				m,
				d;

	if (sscanf(iso, "%d-%d-%d", &y, &m, &d) != 3)
		abort();
	return kn_days_from_ymd(y, m, d);
}

static void
iso(int64_t days, char *buf)
{
	int			y,
				m,
				d;

	kn_ymd_from_days(days, &y, &m, &d);
	sprintf(buf, "%04d-%02d-%02d", y, m, d);
}

/*
 * The first date of text, published on pub, is surface from lower to
 * upper with granularity gran, relative or not.
 */
static void
expect(const char *text, const char *pub, const char *surface, const char *lower,
	   const char *upper, const char *gran, int relative)
{
	kn_date_mention *m;
	size_t		n = kn_resolve_dates(text, strlen(text), 1, day(pub), &al, &m);
	char		lo[16] = "",
				hi[16] = "",
				what[600],
				got[600] = "nothing";
	int			good = 0;

	if (n > 0 && n != KN_DATE_TOO_MANY)
	{
		iso(m[0].lower, lo);
		iso(m[0].upper, hi);
		snprintf(got, sizeof(got), "%.*s %s..%s %s %s", (int) m[0].len, text + m[0].off, lo, hi,
				 kn_granularity_name(m[0].gran), m[0].relative ? "relative" : "absolute");
		good = m[0].len == strlen(surface) && memcmp(text + m[0].off, surface, m[0].len) == 0 &&
			strcmp(lo, lower) == 0 && strcmp(hi, upper) == 0 &&
			strcmp(kn_granularity_name(m[0].gran), gran) == 0 && m[0].relative == relative &&
			m[0].resolved;
	}
	snprintf(what, sizeof(what), "%s (published %s): %s %s..%s %s%s", text, pub, surface, lower,
			 upper, gran, good ? "" : "; got ");
	if (!good)
		strncat(what, got, sizeof(what) - strlen(what) - 1);
	ok(good, what);
	free(m);
}

/* text has no date at all. */
static void
no_date(const char *text)
{
	kn_date_mention *m;
	size_t		n = kn_resolve_dates(text, strlen(text), 1, day("2024-10-15"), &al, &m);
	char		what[400];

	snprintf(what, sizeof(what), "no date in %s%s%.*s", text, n ? "; got " : "",
			 n ? (int) m[0].len : 0, n ? text + m[0].off : "");
	ok(n == 0, what);
	free(m);
}

/* Are bytes [off, off + len) of s whole UTF-8 characters? */
static int
whole_chars(const char *s, size_t off, size_t len)
{
	const unsigned char *p = (const unsigned char *) s + off,
			   *end = p + len;

	while (p < end)
	{
		uint32_t	cp;
		int			n = kn_utf8_decode(p, end, &cp);

		if (n == 0)
			return 0;
		p += n;
	}
	return 1;
}

/* The invariants of one run; 1 when all hold. */
static int
check_text(const char *s, size_t len, int64_t pub)
{
	kn_date_mention *m;
	size_t		n = kn_resolve_dates(s, len, 1, pub, &al, &m),
				i,
				last = 0;
	int			good = n != KN_DATE_TOO_MANY;

	for (i = 0; good && i < n; i++)
	{
		if (m[i].off < last || m[i].len == 0 || m[i].off + m[i].len > len ||
			!whole_chars(s, m[i].off, m[i].len) ||
			m[i].char_pos != chars_before(s, m[i].off) || m[i].lower > m[i].upper ||
			!m[i].resolved)
			good = 0;
		last = m[i].off + m[i].len;
	}
	free(m);
	return good;
}

int
main(int argc, char **argv)
{
	const char *path = argc > 1 ? argv[1] : "data/articles.tsv";
	char	   *paras[256];
	size_t		np,
				i;
	unsigned	seed = 1207;
	int			iter,
				all_good = 1;

	/* the calendar, against a count day by day from 1899-12-31 */
	{
		int64_t		d = kn_days_from_ymd(1899, 12, 31);
		int			y = 1899,
					mo = 12,
					dd = 31,
					good = 1;

		for (i = 0; i < 200 * 366; i++)
		{
			int			yy,
						mm,
						ddd;
			static const int dim[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
			int			last = dim[mo - 1] + (mo == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0));

			d++;
			if (++dd > last)
			{
				dd = 1;
				if (++mo > 12)
				{
					mo = 1;
					y++;
				}
			}
			kn_ymd_from_days(d, &yy, &mm, &ddd);
			good &= yy == y && mm == mo && ddd == dd && kn_days_from_ymd(y, mo, dd) == d;
		}
		ok(good && kn_days_from_ymd(1970, 1, 1) == 0 && kn_days_from_ymd(2000, 1, 1) == 10957,
		   "the calendar agrees with a count day by day over 200 years");
	}

	/* absolute forms */
	expect("2024.10.02 발표", "2024-12-01", "2024.10.02", "2024-10-02", "2024-10-02", "day", 0);
	expect("2024. 10. 2. 오후", "2024-12-01", "2024. 10. 2.", "2024-10-02", "2024-10-02", "day", 0);
	expect("2024-10-02", "2024-12-01", "2024-10-02", "2024-10-02", "2024-10-02", "day", 0);
	expect("2024/3/1 기준", "2024-12-01", "2024/3/1", "2024-03-01", "2024-03-01", "day", 0);
	expect("2024년 10월 2일 공개했다", "2024-12-01", "2024년 10월 2일", "2024-10-02", "2024-10-02", "day", 0);
	expect("지난 2022년 11월 챗GPT가", "2024-12-01", "지난 2022년 11월", "2022-11-01", "2022-11-30", "month", 0);
	expect("2023년에 설립된", "2024-12-01", "2023년", "2023-01-01", "2023-12-31", "year", 0);
	expect("2025년 3분기", "2024-12-01", "2025년 3분기", "2025-07-01", "2025-09-30", "quarter", 0);
	expect("2025년 하반기 출시", "2024-12-01", "2025년 하반기", "2025-07-01", "2025-12-31", "half", 0);
	expect("2024년 말 기준", "2024-12-01", "2024년 말", "2024-10-01", "2024-12-31", "year", 0);
	expect("2020년대 들어", "2024-12-01", "2020년대", "2020-01-01", "2029-12-31", "year", 0);
	expect("2024년 2월 29일", "2024-12-01", "2024년 2월 29일", "2024-02-29", "2024-02-29", "day", 0);
	expect("2023년 2월 29일", "2024-12-01", "2023년 2월", "2023-02-01", "2023-02-28", "month", 0);

	/* relative years, months, weeks, days */
	expect("지난해 9월 공개", "2024-10-15", "지난해 9월", "2023-09-01", "2023-09-30", "month", 1);
	expect("작년 매출", "2024-10-15", "작년", "2023-01-01", "2023-12-31", "year", 1);
	expect("올해 초 출시", "2024-10-15", "올해 초", "2024-01-01", "2024-03-31", "year", 1);
	expect("내년 상반기 상장", "2024-10-15", "내년 상반기", "2025-01-01", "2025-06-30", "half", 1);
	expect("올 초 출시", "2024-10-15", "올 초", "2024-01-01", "2024-03-31", "year", 1);
	expect("올 9월 30일 시행", "2024-06-15", "올 9월 30일", "2024-09-30", "2024-09-30", "day", 1);
	expect("16일 소식통에 따르면 출시 예정", "2024-06-15", "16일", "2024-05-16", "2024-05-16", "day", 1);
	expect("올해 3분기 실적", "2024-10-15", "올해 3분기", "2024-07-01", "2024-09-30", "quarter", 1);
	expect("지난해 4분기", "2024-01-20", "지난해 4분기", "2023-10-01", "2023-12-31", "quarter", 1);
	expect("연말까지", "2024-10-15", "연말", "2024-10-01", "2024-12-31", "year", 1);
	expect("지난달 말 공개", "2024-01-10", "지난달 말", "2023-12-21", "2023-12-31", "month", 1);
	expect("이달 20일", "2024-10-15", "이달 20일", "2024-10-20", "2024-10-20", "day", 1);
	expect("다음 달 출시", "2024-12-15", "다음 달", "2025-01-01", "2025-01-31", "month", 1);
	expect("지난주 발표", "2024-10-15", "지난주", "2024-10-07", "2024-10-13", "week", 1);
	expect("어제 밝혔다", "2024-03-01", "어제", "2024-02-29", "2024-02-29", "day", 1);

	/* a bare day or month: the latest on or before publication */
	expect("11일 밝혔다", "2024-10-15", "11일", "2024-10-11", "2024-10-11", "day", 1);
	expect("15일 밝혔다", "2024-10-15", "15일", "2024-10-15", "2024-10-15", "day", 1);
	expect("20일 밝혔다", "2024-10-15", "20일", "2024-09-20", "2024-09-20", "day", 1);
	expect("30일(현지시간) 발표", "2024-03-05", "30일", "2024-01-30", "2024-01-30", "day", 1);
	expect("12월 3일 공개", "2025-01-05", "12월 3일", "2024-12-03", "2024-12-03", "day", 1);
	expect("10월 출시", "2024-03-01", "10월", "2023-10-01", "2023-10-31", "month", 1);
	expect("3분기 영업이익", "2024-10-15", "3분기", "2024-07-01", "2024-09-30", "quarter", 1);
	expect("3분기 영업이익", "2024-05-01", "3분기", "2023-07-01", "2023-09-30", "quarter", 1);
	expect("상반기 매출", "2024-03-01", "상반기", "2024-01-01", "2024-06-30", "half", 1);
	expect("2월 29일 발표", "2025-03-01", "2월 29일", "2024-02-29", "2024-02-29", "day", 1);

	/* 지난 N일: strictly before, across a month and a year */
	expect("지난 11일 발표", "2024-10-15", "지난 11일", "2024-10-11", "2024-10-11", "day", 1);
	expect("지난 11일 발표", "2024-10-11", "지난 11일", "2024-09-11", "2024-09-11", "day", 1);
	expect("지난 11일 발표", "2024-10-05", "지난 11일", "2024-09-11", "2024-09-11", "day", 1);
	expect("지난 28일 발표", "2024-01-03", "지난 28일", "2023-12-28", "2023-12-28", "day", 1);
	expect("지난 31일 발표", "2024-03-05", "지난 31일", "2024-01-31", "2024-01-31", "day", 1);
	expect("지난 5월 공개", "2024-10-15", "지난 5월", "2024-05-01", "2024-05-31", "month", 1);

	/* the future: 오는, and sentences that say it */
	expect("오는 11일 공개", "2024-10-15", "오는 11일", "2024-11-11", "2024-11-11", "day", 1);
	expect("오는 11일 공개", "2024-12-20", "오는 11일", "2025-01-11", "2025-01-11", "day", 1);
	expect("20일 출시할 예정이다", "2024-10-15", "20일", "2024-10-20", "2024-10-20", "day", 1);
	expect("3분기에 출시할 계획이다", "2024-05-01", "3분기", "2024-07-01", "2024-09-30", "quarter", 1);
	expect("2월에 내놓을 방침이다", "2024-10-15", "2월", "2025-02-01", "2025-02-28", "month", 1);
	expect("20일 출시했다. 다음 제품은 예정이 없다", "2024-10-15", "20일", "2024-09-20", "2024-09-20", "day", 1);

	/* a past verb of reporting wins over a future word in the sentence */
	expect("13일 하반기 실적이 늘어날 것이라며 출시할 계획이라고 밝혔다", "2024-06-15", "13일", "2024-06-13", "2024-06-13", "day", 1);
	expect("20일 밝혔다. 출시 예정", "2024-06-15", "20일", "2024-05-20", "2024-05-20", "day", 1);
	expect("28일 발표한 6월 업황전망", "2024-06-15", "28일", "2024-05-28", "2024-05-28", "day", 1);
	expect("지난해 3/4분기와 같은 수준", "2024-06-15", "지난해 3/4분기", "2023-07-01", "2023-09-30", "quarter", 1);

	/* spans and distances */
	expect("향후 2년간 투자", "2024-10-15", "향후 2년간", "2024-10-15", "2026-10-15", "year", 1);
	expect("앞으로 6개월 동안", "2024-10-15", "앞으로 6개월 동안", "2024-10-15", "2025-04-15", "month", 1);
	expect("지난 3년간 매출", "2024-10-15", "지난 3년간", "2021-10-15", "2024-10-15", "year", 1);
	expect("최근 1년 사이", "2024-10-15", "최근 1년", "2023-10-15", "2024-10-15", "year", 1);
	expect("10년 전 설립", "2024-10-15", "10년 전", "2014-01-01", "2014-12-31", "year", 1);
	expect("3개월 전부터", "2024-01-15", "3개월 전", "2023-10-01", "2023-10-31", "month", 1);
	expect("5일 전 공개", "2024-03-02", "5일 전", "2024-02-26", "2024-02-26", "day", 1);
	expect("최근 공개된 모델", "2024-03-31", "최근", "2024-02-29", "2024-03-31", "month", 1);

	/* English in Korean copy */
	expect("Sept. 12 출시", "2024-10-15", "Sept. 12", "2024-09-12", "2024-09-12", "day", 1);
	expect("September 12, 2024", "2025-10-15", "September 12, 2024", "2024-09-12", "2024-09-12", "day", 0);
	expect("Q3 2024 실적", "2025-10-15", "Q3 2024", "2024-07-01", "2024-09-30", "quarter", 0);
	expect("H1 2025 계획", "2024-10-15", "H1 2025", "2025-01-01", "2025-06-30", "half", 0);
	expect("March 2023 출시", "2024-10-15", "March 2023", "2023-03-01", "2023-03-31", "month", 0);

	/* not dates */
	no_date("3년간 투자");
	no_date("11일간 협상");
	no_date("3분기 연속 흑자");
	no_date("2주 만에 100만명");
	no_date("1일 평균 사용자");
	no_date("10년 전략을 발표");
	no_date("오늘날의 AI");
	no_date("GPT-4와 v2.5 모델, A100 1만개");
	no_date("12024년");
	no_date("13월 32일");
	no_date("3년 만에 흑자");
	no_date("2일 간 하옥");
	no_date("비가 올 것이다");
	no_date("연말정산");
	no_date("최근접 이웃");
	no_date("May I help");
	no_date("");

	/* ranges: the second date is read from the first */
	{
		const char *t = "지난 17일부터 24일까지, 다음달 2-14일, 28일~3일";
		kn_date_mention *m;
		size_t		n = kn_resolve_dates(t, strlen(t), 1, day("2024-06-20"), &al, &m);

		ok(n == 5 && m[0].lower == day("2024-06-17") && m[1].lower == day("2024-06-24") &&
		   m[2].lower == day("2024-07-01") && m[2].upper == day("2024-07-31") &&
		   m[3].lower == day("2024-06-28") && m[4].lower == day("2024-07-03"),
		   "17일부터 24일까지 is one month; 2-14일 names no day of its own; 28일~3일 (future: the sentence says 다음달) crosses into the next month");
		free(m);
	}

	/* without a publication date: absolute dates resolve, relative do not */
	{
		const char *t = "2024년 10월 2일, 지난 11일";
		kn_date_mention *m;
		size_t		n = kn_resolve_dates(t, strlen(t), 0, 0, &al, &m);

		ok(n == 2 && m[0].resolved && !m[0].relative && !m[1].resolved && m[1].relative,
		   "without a publication date only the absolute date resolves");
		free(m);
	}
	/* several in one sentence, in order, with character positions */
	{
		const char *t = "오픈AI는 지난해 9월과 올해 3분기, 그리고 오는 11일에 발표한다";
		kn_date_mention *m;
		size_t		n = kn_resolve_dates(t, strlen(t), 1, day("2024-10-15"), &al, &m);

		ok(n == 3 && m[0].char_pos == 7 && m[1].char_pos == chars_before(t, strstr(t, "올해") - t) &&
		   m[2].lower == day("2024-11-11"), "three dates of a sentence, in order, with character positions");
		free(m);
	}

	/* every fixture paragraph, then 20000 mutants, with random dates */
	np = fixture_paragraphs(path, paras, 256);
	if (np == 0)
		return 1;
	for (i = 0; i < np; i++)
		all_good &= check_text(paras[i], strlen(paras[i]), day("2024-10-15"));
	ok(all_good, "invariants hold on every fixture paragraph");
	all_good = 1;
	for (iter = 0; iter < 20000; iter++)
	{
		char		mut[4096];
		static const char *const pieces[] = {"지난 ", "오는 ", "일", "월", "년", "분기", "31", "2024",
		".", "-", "/", " ", "예정", "전", "간", "Sept. ", "Q", "초", "말", "\xEC", "\x80"};
		size_t		len = mutant(mut, sizeof(mut), 16, paras, np, pieces,
								 sizeof(pieces) / sizeof(pieces[0]), 0, &seed);

		all_good &= check_text(mut, len, kn_days_from_ymd(1990 + rand_r(&seed) % 60,
														  1 + rand_r(&seed) % 12,
														  1 + rand_r(&seed) % 28));
	}
	ok(all_good, "invariants hold on 20000 mutated paragraphs with random publication dates");

	/* linear time: 2 MB of dates costs about twice 1 MB */
	{
		const char *unit = "지난 11일과 2024년 3분기, 오는 20일 ";
		size_t		ul = strlen(unit),
					reps[2] = {20000, 40000};
		double		secs[2];
		int			r;

		for (r = 0; r < 2; r++)
		{
			char	   *big = malloc(ul * reps[r] + 1);
			kn_date_mention *m;
			clock_t		t0;
			size_t		k,
						n;

			for (k = 0; k < reps[r]; k++)
				memcpy(big + k * ul, unit, ul);
			big[ul * reps[r]] = '\0';
			t0 = clock();
			n = kn_resolve_dates(big, ul * reps[r], 1, day("2024-10-15"), &al, &m);
			secs[r] = (double) (clock() - t0) / CLOCKS_PER_SEC;
			if (r == 1)
				ok(n == 3 * reps[r] && secs[1] < 4 * secs[0] + 0.05,
				   "a text twice as long takes about twice as long (linear)");
			free(m);
			free(big);
		}
	}
	for (i = 0; i < np; i++)
		free(paras[i]);
	printf("1..%d\n", n_test);
	return n_fail != 0;
}
