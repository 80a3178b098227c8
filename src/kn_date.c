/*
 * kn_date.c - Korean (and a little English) dates in news copy, resolved
 * against the publication date. See kn_date.h; the rules are listed in the
 * README ("Dates"), and each reading below says which rule it is.
 *
 * One forward pass: at a digit, a Latin letter or a Hangul word start, the
 * longest date expression there is read; text between is skipped. News
 * reports the past, so a date without a year (11일, 10월, 3분기) is the
 * latest one that began on or before publication, unless its sentence
 * speaks of the future (예정, 계획, 내년, ...), when it is the earliest
 * that ends on or after it. 지난 and 오는 say which way, strictly.
 */
#include <string.h>

#include "kn_date.h"
#include "kn_particles.h"
#include "kn_sentence.h"
#include "kn_utf8.h"

/* Which candidate a date without a year is. */
typedef enum direction
{
	PAST,						/* latest starting on or before p */
	PAST_STRICT,				/* 지난: latest ending before p */
	FUTURE,						/* earliest ending on or after p */
	FUTURE_STRICT				/* 오는: earliest starting after p */
} direction;

/* The sentence around the current offset and whether it marks the future. */
typedef struct sentence
{
	size_t		start;
	size_t		end;
	int			future;			/* a word of the future: 예정, 계획, 내년, ... */
	int			reported;		/* a past verb of reporting: 밝혔다, 발표했다, ... */
	int			known;
} sentence;

typedef struct ctx
{
	const unsigned char *s;
	size_t		len;
	int64_t		p;				/* publication day */
	int			py,
				pm,
				pd;
	sentence	sent;
} ctx;

/* What one reading found. */
typedef struct found
{
	size_t		end;
	int64_t		lo;
	int64_t		hi;
	kn_granularity gran;
	int			relative;
} found;

/* ------------------------------------------------------------ calendar */

/* Days of the civil calendar, counted by 400-year eras of 146097 days. */
int64_t
kn_days_from_ymd(int y, int m, int d)
{
	int64_t		yy = (int64_t) y - (m <= 2);
	int64_t		era = (yy >= 0 ? yy : yy - 399) / 400;
	int64_t		yoe = yy - era * 400;
	int64_t		doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
	int64_t		doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

	return era * 146097 + doe - 719468;
}

void
kn_ymd_from_days(int64_t days, int *y, int *m, int *d)
{
	int64_t		z = days + 719468;
	int64_t		era = (z >= 0 ? z : z - 146096) / 146097;
	int64_t		doe = z - era * 146097;
	int64_t		yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int64_t		doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int64_t		mp = (5 * doy + 2) / 153;

	*d = (int) (doy - (153 * mp + 2) / 5 + 1);
	*m = (int) (mp < 10 ? mp + 3 : mp - 9);
	*y = (int) (yoe + era * 400 + (*m <= 2));
}

static int
days_in_month(int y, int m)
{
	static const int n[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 29;
	return n[m - 1];
}

/* Months m1..m2 of year y (m2 may pass December). */
static void
months(int y, int m1, int m2, found *f)
{
	int			y2 = y + (m2 - 1) / 12;

	m2 = (m2 - 1) % 12 + 1;
	f->lo = kn_days_from_ymd(y, m1, 1);
	f->hi = kn_days_from_ymd(y2, m2, days_in_month(y2, m2));
}

/* Year and month of (y, m + delta). */
static void
shift_month(int *y, int *m, int delta)
{
	int			k = *y * 12 + (*m - 1) + delta;

	*y = k >= 0 ? k / 12 : -((11 - k) / 12);
	*m = k - *y * 12 + 1;
}

/* The day delta months from day p (clamped to the end of a short month). */
static int64_t
day_months_away(int64_t p, int delta)
{
	int			y,
				m,
				d;

	kn_ymd_from_days(p, &y, &m, &d);
	shift_month(&y, &m, delta);
	if (d > days_in_month(y, m))
		d = days_in_month(y, m);
	return kn_days_from_ymd(y, m, d);
}

const char *
kn_granularity_name(kn_granularity g)
{
	static const char *const names[] = {"day", "week", "month", "quarter", "half", "year"};

	return names[g];
}

/* ------------------------------------------------------------ reading */

/* End of word w at i, or 0. */
static size_t
word(const ctx *c, size_t i, const char *w)
{
	size_t		n = strlen(w);

	return i + n <= c->len && memcmp(c->s + i, w, n) == 0 ? i + n : 0;
}

static size_t
spaces(const ctx *c, size_t i)
{
	while (i < c->len && c->s[i] == ' ')
		i++;
	return i;
}

static int
is_digit(const ctx *c, size_t i)
{
	return i < c->len && c->s[i] >= '0' && c->s[i] <= '9';
}

static int
is_latin(const ctx *c, size_t i)
{
	return i < c->len && ((c->s[i] | 0x20) >= 'a' && (c->s[i] | 0x20) <= 'z');
}

/*
 * A number of 1 to maxd digits at i, not part of a longer one: its end, or
 * 0 (and *v its value).
 */
static size_t
number(const ctx *c, size_t i, int maxd, int *v)
{
	size_t		j = i;

	*v = 0;
	while (is_digit(c, j) && j - i < (size_t) maxd)
		*v = *v * 10 + (c->s[j++] - '0');
	if (j == i || is_digit(c, j))
		return 0;
	return j;
}

/* Is a Hangul syllable at i? */
static int
syllable(const ctx *c, size_t i)
{
	return i < c->len && kn_syllable_at(c->s + i, c->s + c->len) != 0;
}

/* What a date takes in its own word besides particles: 11일께, 11일자, 10월중. */
static const char *const date_suffixes[] = {
	"께", "쯤", "경", "중", "들어", "대비", "자", "이후", "이전", "현재", "기준", NULL
};

static int
any_at(const ctx *c, size_t i, const char *const *list)
{
	int			k;

	for (k = 0; list[k]; k++)
		if (word(c, i, list[k]))
			return 1;
	return 0;
}

/*
 * Does a word end at i: the end, a character that is not a syllable, a
 * particle or the copula (11일에, 3분기부터, 11일이다; kn_particles.h), or a
 * date's own suffix? Not 11일간, 3년째, 10년 전략.
 */
static int
word_ends(const ctx *c, size_t i)
{
	return !syllable(c, i) || any_at(c, i, kn_particles_first) ||
		any_at(c, i, kn_particles_last) || any_at(c, i, kn_copula_openings) ||
		any_at(c, i, date_suffixes);
}

/* A count of periods, not a date: 3분기 연속, 2개월째, 2일 간. */
static int
consecutive(const ctx *c, size_t i)
{
	size_t		j = spaces(c, i),
				k;

	return word(c, j, "연속") || word(c, i, "째") || word(c, j, "만에") ||
		((k = word(c, j, "간")) && j > i && !syllable(c, k));
}

/* The quarter after a number ending at e: 3분기, or 3/4분기 as older copy writes it. */
static size_t
quarter_word(const ctx *c, size_t e)
{
	size_t		u = word(c, e, "분기");

	if (!u && (u = word(c, e, "/4분기")) == 0)
		return 0;
	return word_ends(c, u) && !consecutive(c, u) ? u : 0;
}

/*
 * The sentence around off, with what it says of time: whether it speaks of
 * the future, and whether it reports (a past verb of saying; the bare day
 * of "회사는 20일 ...할 예정이라고 밝혔다" is the day it was said).
 */
static const sentence *
sentence_at(ctx *c, size_t off)
{
	static const char *const markers[] = {
		"예정", "계획", "방침", "내년", "오는 ", "다음 달", "다음달", "내달", "향후",
		"앞으로", NULL
	};
	static const char *const reporting[] = {
		"밝혔", "발표했", "전했", "말했", "보도했", "공개했", "설명했", "덧붙였", "따르면",
		"알려졌", "주장했", "강조했", "지적했", "내다봤", "예상했", "전망했", NULL
	};
	sentence   *st = &c->sent;
	size_t		i;

	if (!st->known || off < st->start || off >= st->end)
	{
		size_t		from = st->known && off >= st->end ? st->end : 0;

		st->start = from;
		for (i = from; i < off; i++)
			if (kn_sentence_break(c->s, c->len, i))
				st->start = i + 1;
		for (i = off; i < c->len && !kn_sentence_break(c->s, c->len, i); i++)
			;
		st->end = i + 1;
		st->future = st->reported = 0;
		for (i = st->start; i < st->end && i < c->len; i++)
		{
			st->future |= any_at(c, i, markers);
			st->reported |= any_at(c, i, reporting);
		}
		st->known = 1;
	}
	return st;
}

/* Does the sentence around off speak of the future? */
static int
future_sentence(ctx *c, size_t off)
{
	return sentence_at(c, off)->future;
}

/* A bare day: the future only in a sentence that speaks of it and reports nothing. */
static int
future_day(ctx *c, size_t off)
{
	const sentence *st = sentence_at(c, off);

	return st->future && !st->reported;
}

/* ------------------------------------------------------------ resolution */

/* A period of year y as [lo, hi] (0 when y has none, as 2월 30일). */
typedef int (*period_fn) (int y, int a, int b, found *f);

static int
day_of_year(int y, int m, int d, found *f)
{
	if (d < 1 || d > days_in_month(y, m))
		return 0;
	f->lo = f->hi = kn_days_from_ymd(y, m, d);
	return 1;
}

static int
month_of_year(int y, int m, int part, found *f)
{
	months(y, m, m, f);
	/* part: 1 초(순) days 1-10, 2 중순 11-20, 3 말/하순 21 to the end */
	if (part == 1)
		f->hi = f->lo + 9;
	else if (part == 2)
	{
		f->lo += 10;
		f->hi = f->lo + 9;
	}
	else if (part == 3)
		f->lo += 20;
	return 1;
}

static int
quarter_of_year(int y, int q, int unused, found *f)
{
	(void) unused;
	months(y, 3 * q - 2, 3 * q, f);
	return 1;
}

static int
half_of_year(int y, int h, int unused, found *f)
{
	(void) unused;
	months(y, 6 * h - 5, 6 * h, f);
	return 1;
}

/*
 * The candidate of fn in the years around publication that dir picks
 * (0 when none within 8 years, as 2월 29일 can be).
 */
static int
resolve_years(const ctx *c, direction dir, period_fn fn, int a, int b, found *f)
{
	int			k;

	for (k = 0; k <= 9; k++)
	{
		int			y = dir == PAST || dir == PAST_STRICT ? c->py + 1 - k : c->py - 1 + k;

		if (!fn(y, a, b, f))
			continue;
		if ((dir == PAST && f->lo <= c->p) || (dir == PAST_STRICT && f->hi < c->p) ||
			(dir == FUTURE && f->hi >= c->p) || (dir == FUTURE_STRICT && f->lo > c->p))
			return 1;
	}
	return 0;
}

/* Day d of the latest or earliest month that dir picks. */
static int
resolve_day(const ctx *c, direction dir, int d, found *f)
{
	int			k;

	for (k = 0; k <= 24; k++)
	{
		int			y = c->py,
					m = c->pm;

		shift_month(&y, &m, dir == PAST || dir == PAST_STRICT ? -k : k);
		if (d > days_in_month(y, m))
			continue;
		f->lo = f->hi = kn_days_from_ymd(y, m, d);
		if ((dir == PAST && f->lo <= c->p) || (dir == PAST_STRICT && f->lo < c->p) ||
			(dir == FUTURE && f->lo >= c->p) || (dir == FUTURE_STRICT && f->lo > c->p))
			return 1;
	}
	return 0;
}

/* ------------------------------------------------------------ grammar */

/* A part of a month after i: 초/초순 1, 중순 2, 말/하순 3 (and *end), or 0. */
static int
month_part(const ctx *c, size_t i, size_t *end)
{
	static const struct
	{
		const char *w;
		int			part;
	}			parts[] = {
		{"초순", 1}, {"중순", 2}, {"하순", 3}, {"초", 1}, {"말", 3}
	};
	size_t		j = spaces(c, i);
	size_t		k;

	for (k = 0; k < sizeof(parts) / sizeof(parts[0]); k++)
	{
		size_t		e = word(c, j, parts[k].w);

		if (e && word_ends(c, e))
		{
			*end = e;
			return parts[k].part;
		}
	}
	return 0;
}

/*
 * What follows a year that is known (2024년, 올해, 지난해): a month and
 * day, a quarter, a half, its start or end, or nothing (the year).
 */
static void
in_year(const ctx *c, size_t i, int y, found *f)
{
	size_t		j = spaces(c, i),
				e;
	int			v;

	f->end = i;
	months(y, 1, 12, f);
	f->gran = KN_GRAN_YEAR;
	if ((e = number(c, j, 2, &v)) != 0)
	{
		size_t		u;

		if ((u = word(c, e, "월")) && v >= 1 && v <= 12 && word_ends(c, u) && !consecutive(c, u))
		{
			size_t		k = spaces(c, u),
						de,
						dd;
			int			d,
						part;

			if ((de = number(c, k, 2, &d)) && (dd = word(c, de, "일")) && word_ends(c, dd) &&
				day_of_year(y, v, d, f))
			{
				f->end = dd;
				f->gran = KN_GRAN_DAY;
				return;
			}
			part = month_part(c, u, &f->end);
			if (!part)
				f->end = u;
			month_of_year(y, v, part, f);
			f->gran = KN_GRAN_MONTH;
			return;
		}
		if ((u = quarter_word(c, e)) && v >= 1 && v <= 4)
		{
			quarter_of_year(y, v, 0, f);
			f->end = u;
			f->gran = KN_GRAN_QUARTER;
			return;
		}
		return;
	}
	if ((e = word(c, j, "상반기")) || (e = word(c, j, "하반기")))
	{
		half_of_year(y, word(c, j, "상반기") ? 1 : 2, 0, f);
		f->end = e;
		f->gran = KN_GRAN_HALF;
		return;
	}
	if (((e = word(c, j, "초")) || (e = word(c, j, "초반"))) && word_ends(c, e))
	{
		months(y, 1, 3, f);
		f->end = e;
		return;
	}
	if (((e = word(c, j, "말")) || (e = word(c, j, "후반"))) && word_ends(c, e))
	{
		months(y, 10, 12, f);
		f->end = e;
	}
}

/* What follows a month that is known (지난달, 이달): a day, a part, nothing. */
static void
in_month(const ctx *c, size_t i, int y, int m, found *f)
{
	size_t		j = spaces(c, i),
				e,
				u;
	int			d,
				part;

	if ((e = number(c, j, 2, &d)) && (u = word(c, e, "일")) && word_ends(c, u) &&
		day_of_year(y, m, d, f))
	{
		f->end = u;
		f->gran = KN_GRAN_DAY;
		return;
	}
	part = month_part(c, i, &f->end);
	if (!part)
		f->end = i;
	month_of_year(y, m, part, f);
	f->gran = KN_GRAN_MONTH;
}

/* A unit of time after a count: 년 12 months, 개월/달 1, 주 and 일 in days. */
typedef struct unit
{
	const char *w;
	int			months;
	int			days;
	kn_granularity gran;
} unit;

static const unit units[] = {
	{"개월", 1, 0, KN_GRAN_MONTH}, {"년", 12, 0, KN_GRAN_YEAR}, {"달", 1, 0, KN_GRAN_MONTH},
	{"주", 0, 7, KN_GRAN_WEEK}, {"일", 0, 1, KN_GRAN_DAY}, {NULL, 0, 0, KN_GRAN_DAY}
};

/* A count and unit at i (3년, 6개월): the unit, *end past it; or NULL. */
static const unit *
count_unit(const ctx *c, size_t i, int *n, size_t *end)
{
	size_t		e = number(c, i, 3, n);
	int			k;

	if (!e || *n < 1)
		return NULL;
	e = spaces(c, e) == e + 1 && word(c, e + 1, "개월") ? e + 1 : e;
	for (k = 0; units[k].w; k++)
		if ((*end = word(c, e, units[k].w)) != 0)
			return &units[k];
	return NULL;
}

/* Day p moved n units (back when n < 0). */
static int64_t
move(int64_t p, const unit *u, int n)
{
	return u->months ? day_months_away(p, u->months * n) : p + (int64_t) u->days * n;
}

/* The period n units back from p or ahead of it, as its unit names it. */
static void
at_distance(const ctx *c, const unit *u, int n, found *f)
{
	int64_t		d = move(c->p, u, n);
	int			y,
				m,
				dd;

	kn_ymd_from_days(d, &y, &m, &dd);
	f->gran = u->gran;
	if (u->gran == KN_GRAN_YEAR)
		months(y, 1, 12, f);
	else if (u->gran == KN_GRAN_MONTH)
		months(y, m, m, f);
	else
		f->lo = f->hi = d;
	f->relative = 1;
}

/* "3년간", "6개월 동안", or a bare count after 최근/향후: a span from p. */
static int
span(const ctx *c, size_t i, int back, found *f)
{
	int			n;
	size_t		e,
				k;
	const unit *u = count_unit(c, i, &n, &e);

	if (!u)
		return 0;
	if ((k = word(c, e, "간")) || (k = word(c, e, "여간")) || (k = word(c, spaces(c, e), "동안")))
		e = k;
	else if (!word_ends(c, e) || u->days == 1)
		return 0;				/* 지난 11일 is a date, read elsewhere */
	f->end = e;
	f->gran = u->gran;
	f->relative = 1;
	if (back)
	{
		f->lo = move(c->p, u, -n);
		f->hi = c->p;
	}
	else
	{
		f->lo = c->p;
		f->hi = move(c->p, u, n);
	}
	return 1;
}

/*
 * A date of digits at i; dir says how to resolve one without a year. The
 * year-first forms: 2024.10.2, 2024-10-02, 2024/10/2, 2024. 10. 2.;
 * 2024년 (and what follows it), 2020년대. Then 10년 전, 3개월 후; 10월 (2일),
 * 11일, 3분기.
 */
static int
digits_date(ctx *c, size_t i, direction dir, int dir_given, found *f)
{
	int			v,
				n;
	size_t		e = number(c, i, 4, &v),
				u;
	const unit *un;

	if (!e)
		return 0;
	f->relative = 0;
	if (e - i == 4 && v >= 1000 && v <= 2999)
	{
		unsigned char sep = e < c->len ? c->s[e] : 0;

		if (sep == '.' || sep == '-' || sep == '/')
		{
			size_t		a = e + 1,
						b;
			int			m,
						d;

			a = sep == '.' ? spaces(c, a) : a;
			if ((b = number(c, a, 2, &m)) && b < c->len && c->s[b] == sep)
			{
				size_t		k = sep == '.' ? spaces(c, b + 1) : b + 1,
							de = number(c, k, 2, &d);

				if (de && m >= 1 && m <= 12 && day_of_year(v, m, d, f))
				{
					f->end = de < c->len && c->s[de] == '.' && !is_digit(c, de + 1) ? de + 1 : de;
					f->gran = KN_GRAN_DAY;
					return 1;
				}
			}
			return 0;
		}
		if ((u = word(c, e, "년대")) && word_ends(c, u))
		{
			months(v - v % 10, 1, 12 * 10, f);
			f->end = u;
			f->gran = KN_GRAN_YEAR;
			return 1;
		}
		if ((u = word(c, e, "년")) && (word_ends(c, u) || word(c, u, "도")))
		{
			in_year(c, u, v, f);
			return 1;
		}
		return 0;
	}
	/* 10년 전, 3개월 후, 2주 뒤 */
	if ((un = count_unit(c, i, &n, &u)) != NULL)
	{
		size_t		k = spaces(c, u),
					r;
		int			sign = 0;

		if ((r = word(c, k, "전")))
			sign = -1;
		else if ((r = word(c, k, "후")) || (r = word(c, k, "뒤")))
			sign = 1;
		if (sign && word_ends(c, r))
		{
			at_distance(c, un, sign * n, f);
			f->end = r;
			return 1;
		}
	}
	if (e - i > 2)
		return 0;
	if ((u = word(c, e, "월")) && v >= 1 && v <= 12 && word_ends(c, u) && !consecutive(c, u))
	{
		size_t		k = spaces(c, u),
					de,
					dd;
		int			d,
					part;

		if (!dir_given)
			dir = future_sentence(c, i) ? FUTURE : PAST;
		f->relative = 1;
		if ((de = number(c, k, 2, &d)) && (dd = word(c, de, "일")) && word_ends(c, dd) &&
			!consecutive(c, dd))
		{
			if (!dir_given && !future_day(c, i))
				dir = PAST;
			if (!resolve_years(c, dir, day_of_year, v, d, f))
				return 0;
			f->end = dd;
			f->gran = KN_GRAN_DAY;
			return 1;
		}
		part = month_part(c, u, &f->end);
		if (!part)
			f->end = u;
		if (!resolve_years(c, dir, month_of_year, v, part, f))
			return 0;
		f->gran = KN_GRAN_MONTH;
		return 1;
	}
	if ((u = word(c, e, "일")) && v >= 1 && v <= 31 && word_ends(c, u) && !consecutive(c, u) &&
		!word(c, spaces(c, u), "평균"))
	{
		if (!dir_given)
			dir = future_day(c, i) ? FUTURE : PAST;
		if (!resolve_day(c, dir, v, f))
			return 0;
		f->end = u;
		f->gran = KN_GRAN_DAY;
		f->relative = 1;
		return 1;
	}
	if ((u = quarter_word(c, e)) && v >= 1 && v <= 4)
	{
		if (!dir_given)
			dir = future_sentence(c, i) ? FUTURE : PAST;
		if (!resolve_years(c, dir, quarter_of_year, v, 0, f))
			return 0;
		f->end = u;
		f->gran = KN_GRAN_QUARTER;
		f->relative = 1;
		return 1;
	}
	return 0;
}

/* Hangul words that name a year, a month, a week or a day by distance. */
typedef struct deixis
{
	const char *w;
	kn_granularity gran;
	int			delta;
} deixis;

static const deixis deictic[] = {
	{"재작년", KN_GRAN_YEAR, -2}, {"지난해", KN_GRAN_YEAR, -1}, {"작년", KN_GRAN_YEAR, -1},
	{"올해", KN_GRAN_YEAR, 0}, {"금년", KN_GRAN_YEAR, 0}, {"내년", KN_GRAN_YEAR, 1},
	{"연초", KN_GRAN_QUARTER, 0}, {"연말", KN_GRAN_QUARTER, 3},
	{"지난달", KN_GRAN_MONTH, -1}, {"이달", KN_GRAN_MONTH, 0}, {"이번 달", KN_GRAN_MONTH, 0},
	{"다음 달", KN_GRAN_MONTH, 1}, {"다음달", KN_GRAN_MONTH, 1}, {"내달", KN_GRAN_MONTH, 1},
	{"지난주", KN_GRAN_WEEK, -1}, {"이번 주", KN_GRAN_WEEK, 0}, {"이번주", KN_GRAN_WEEK, 0},
	{"다음 주", KN_GRAN_WEEK, 1}, {"다음주", KN_GRAN_WEEK, 1},
	{"그저께", KN_GRAN_DAY, -2}, {"그제", KN_GRAN_DAY, -2}, {"어제", KN_GRAN_DAY, -1},
	{"오늘", KN_GRAN_DAY, 0}, {"내일", KN_GRAN_DAY, 1},
	{NULL, KN_GRAN_DAY, 0}
};

static int
deictic_date(ctx *c, size_t i, found *f)
{
	int			k;
	size_t		e;

	/* 올 9월, 올 1분기, 올 초: 올해, when a part of the year follows (not 올 것) */
	if ((e = word(c, i, "올 ")) != 0)
	{
		f->relative = 1;
		in_year(c, e - 1, c->py, f);
		return f->end > e - 1;
	}

	for (k = 0; deictic[k].w; k++)
	{
		const deixis *x = &deictic[k];
		int			y = c->py,
					m = c->pm;

		if ((e = word(c, i, x->w)) == 0)
			continue;
		f->relative = 1;
		f->end = e;
		f->gran = x->gran;
		if (x->gran == KN_GRAN_YEAR)
		{
			if (!word_ends(c, e) && !word(c, e, "초") && !word(c, e, "말"))
				return 0;
			in_year(c, e, c->py + x->delta, f);
			return 1;
		}
		if (!word_ends(c, e) || (x->gran == KN_GRAN_DAY && word(c, e, "날")))
			return 0;			/* 오늘날 is nowadays */
		if (x->gran == KN_GRAN_QUARTER)
		{
			/* 연초, 연말: the first or last three months of this year */
			months(c->py, 3 * x->delta + 1, 3 * x->delta + 3, f);
			f->gran = KN_GRAN_YEAR;
			return 1;
		}
		if (x->gran == KN_GRAN_MONTH)
		{
			shift_month(&y, &m, x->delta);
			in_month(c, e, y, m, f);
			return 1;
		}
		if (x->gran == KN_GRAN_WEEK)
		{
			/* weeks from Monday; 1970-01-01 was a Thursday */
			int64_t		monday = c->p - (((c->p + 3) % 7) + 7) % 7;

			f->lo = monday + 7 * x->delta;
			f->hi = f->lo + 6;
			return 1;
		}
		f->lo = f->hi = c->p + x->delta;
		return 1;
	}
	return 0;
}

/* Words that lead a date: 지난, 오는, 최근, 향후, 앞으로; and 상반기, 하반기. */
static int
hangul_date(ctx *c, size_t i, found *f)
{
	size_t		e,
				j;

	if (deictic_date(c, i, f))
		return 1;
	if ((e = word(c, i, "지난 ")) || (e = word(c, i, "오는 ")))
	{
		int			past = word(c, i, "지난 ") != 0;

		j = spaces(c, e);
		if (past && span(c, j, 1, f))
			return 1;
		if (digits_date(c, j, past ? PAST_STRICT : FUTURE_STRICT, 1, f))
			return 1;
		return 0;
	}
	if ((e = word(c, i, "최근")) != 0)
	{
		j = spaces(c, e);
		if (j > e && span(c, j, 1, f))
			return 1;
		if (!word_ends(c, e) && !word(c, e, "들어"))
			return 0;
		/* 최근 alone: the month up to publication (an ambiguous reading) */
		f->lo = day_months_away(c->p, -1);
		f->hi = c->p;
		f->end = e;
		f->gran = KN_GRAN_MONTH;
		f->relative = 1;
		return 1;
	}
	if ((e = word(c, i, "향후 ")) || (e = word(c, i, "앞으로 ")))
		return span(c, spaces(c, e), 0, f);
	if (((e = word(c, i, "상반기")) || (e = word(c, i, "하반기"))) && word_ends(c, e))
	{
		direction dir = future_sentence(c, i) ? FUTURE : PAST;

		if (!resolve_years(c, dir, half_of_year, word(c, i, "상반기") ? 1 : 2, 0, f))
			return 0;
		f->end = e;
		f->gran = KN_GRAN_HALF;
		f->relative = 1;
		return 1;
	}
	return 0;
}

/* English forms in Korean copy: Sept. 12, September 12, 2024, March 2024, Q3 2024, H1 2025. */
static int
latin_date(ctx *c, size_t i, found *f)
{
	static const struct
	{
		const char *w;
		int			m;
	}			names[] = {
		{"January", 1}, {"February", 2}, {"March", 3}, {"April", 4}, {"May", 5}, {"June", 6},
		{"July", 7}, {"August", 8}, {"September", 9}, {"October", 10}, {"November", 11},
		{"December", 12}, {"Jan", 1}, {"Feb", 2}, {"Mar", 3}, {"Apr", 4}, {"Jun", 6},
		{"Jul", 7}, {"Aug", 8}, {"Sept", 9}, {"Sep", 9}, {"Oct", 10}, {"Nov", 11}, {"Dec", 12}
	};
	size_t		k,
				e,
				j,
				de;
	int			v,
				y;

	if ((c->s[i] == 'Q' || c->s[i] == 'H') && is_digit(c, i + 1) && !is_digit(c, i + 2) &&
		!is_latin(c, i + 2))
	{
		int			q = c->s[i + 1] - '0';
		int			half = c->s[i] == 'H';

		j = spaces(c, i + 2);
		if (q < 1 || q > (half ? 2 : 4))
			return 0;
		if (j > i + 2 && (e = number(c, j, 4, &y)) && e - j == 4 && y >= 1000)
		{
			(half ? half_of_year : quarter_of_year) (y, q, 0, f);
			f->end = e;
			f->relative = 0;
		}
		else if (!half)
		{
			direction dir = future_sentence(c, i) ? FUTURE : PAST;

			if (!resolve_years(c, dir, quarter_of_year, q, 0, f))
				return 0;
			f->end = i + 2;
			f->relative = 1;
		}
		else
			return 0;
		f->gran = half ? KN_GRAN_HALF : KN_GRAN_QUARTER;
		return 1;
	}
	for (k = 0; k < sizeof(names) / sizeof(names[0]); k++)
	{
		if (!(e = word(c, i, names[k].w)) || is_latin(c, e))
			continue;
		if (e < c->len && c->s[e] == '.')
			e++;
		j = spaces(c, e);
		if (j == e)
			return 0;
		if ((de = number(c, j, 4, &v)) == 0)
			return 0;
		if (de - j == 4)
		{
			months(v, names[k].m, names[k].m, f);
			f->end = de;
			f->gran = KN_GRAN_MONTH;
			f->relative = 0;
			return 1;
		}
		if (v < 1 || v > 31 || is_latin(c, de))
			return 0;
		f->end = de;
		f->gran = KN_GRAN_DAY;
		if (de + 1 < c->len && c->s[de] == ',' && (j = spaces(c, de + 1)) > de + 1 &&
			(e = number(c, j, 4, &y)) && e - j == 4 && day_of_year(y, names[k].m, v, f))
		{
			f->end = e;
			f->relative = 0;
			return 1;
		}
		f->relative = 1;
		return resolve_years(c, future_sentence(c, i) ? FUTURE : PAST, day_of_year,
							 names[k].m, v, f);
	}
	return 0;
}

/* Can a date start at i: not inside a number, a Latin word or a Hangul word? */
static int
starts_word(const ctx *c, size_t i, int hangul)
{
	unsigned char b;

	if (i == 0)
		return 1;
	b = c->s[i - 1];
	if (b >= '0' && b <= '9')
		return 0;
	/* the second number of 2-14일, 3~5일: a range of numbers, not a date */
	if ((b == '-' || b == '~') && i >= 2 && c->s[i - 2] >= '0' && c->s[i - 2] <= '9')
		return 0;
	if (b == '.' || b == ',')
		return !is_digit(c, i);
	if (is_latin(c, i - 1))
		return !is_latin(c, i) && !is_digit(c, i);
	if (hangul && i >= 3 && kn_syllable_at(c->s + i - 3, c->s + c->len))
		return 0;
	return 1;
}

/* ------------------------------------------------------------ the pass */

/*
 * Does the date at i close a range opened by the date ending at prev_end:
 * 17일부터 24일까지, 10일~20일, 3월에서 5월? Then it is read from the first.
 */
static int
closes_range(const ctx *c, size_t prev_end, size_t i)
{
	static const char *const links[] = {"~", "\xE2\x88\xBC", "-", "부터", "에서", NULL};
	size_t		j = spaces(c, prev_end);
	int			k;

	for (k = 0; links[k]; k++)
	{
		size_t		e = word(c, j, links[k]);

		if (e && spaces(c, e) == i)
			return 1;
	}
	return 0;
}

/* digits_date read from day from instead of the publication date. */
static int
digits_date_from(ctx *c, size_t i, int64_t from, found *f)
{
	ctx			saved = *c;
	int			got;

	c->p = from;
	kn_ymd_from_days(from, &c->py, &c->pm, &c->pd);
	got = digits_date(c, i, FUTURE, 1, f);
	saved.sent = c->sent;
	*c = saved;
	return got;
}

size_t
kn_resolve_dates(const char *s, size_t len, int has_published, int64_t published,
				 const kn_alloc *al, kn_date_mention **out)
{
	ctx			c;
	kn_date_mention *m = NULL;
	size_t		n = 0,
				cap = 0,
				i = 0,
				next_check = KN_INTERRUPT_BYTES;
	kn_char_counter cc = KN_CHAR_COUNTER_INIT;

	memset(&c, 0, sizeof(c));
	c.s = (const unsigned char *) s;
	c.len = len;
	c.p = has_published ? published : 0;
	kn_ymd_from_days(c.p, &c.py, &c.pm, &c.pd);
	while (i < len && kn_tick(al, i, &next_check))
	{
		unsigned char b = c.s[i];
		found		f;
		int			got = 0;

		memset(&f, 0, sizeof(f));
		if (b >= '0' && b <= '9' && n > 0 && m[n - 1].resolved &&
			closes_range(&c, m[n - 1].off + m[n - 1].len, i))
			got = digits_date_from(&c, i, m[n - 1].lower, &f);
		else if (b >= '0' && b <= '9')
			got = starts_word(&c, i, 0) && digits_date(&c, i, PAST, 0, &f);
		else if (is_latin(&c, i))
			got = starts_word(&c, i, 0) && latin_date(&c, i, &f);
		else if (b >= 0xEA && b <= 0xED)
			got = starts_word(&c, i, 1) && hangul_date(&c, i, &f);
		if (got && f.end > i)
		{
			kn_date_mention *d;

			if (n >= KN_DATE_MAX_MENTIONS)
			{
				if (m)
					al->realloc_fn(al->ctx, m, 0);
				*out = NULL;
				return KN_DATE_TOO_MANY;
			}
			m = kn_grow(al, m, &cap, n + 1, sizeof(*m));
			d = &m[n++];
			d->off = i;
			d->len = f.end - i;
			d->char_pos = kn_char_pos(&cc, c.s, len, i);
			d->lower = f.lo;
			d->upper = f.hi;
			d->gran = f.gran;
			d->relative = f.relative;
			d->resolved = has_published || !f.relative;
			i = f.end;
			continue;
		}
		/* on to the next character (or past the rest of a Latin word or number) */
		if (b < 0x80)
		{
			i++;
			while (i < len && ((is_latin(&c, i - 1) && is_latin(&c, i)) ||
							   (is_digit(&c, i - 1) && is_digit(&c, i))))
				i++;
		}
		else
		{
			i++;
			while (i < len && (c.s[i] & 0xC0) == 0x80)
				i++;
		}
	}
	*out = m;
	return n;
}
