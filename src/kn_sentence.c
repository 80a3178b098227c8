/*
 * kn_sentence.c - sentence ends and sentence numbers (see kn_sentence.h).
 */
#include "kn_sentence.h"

#include <string.h>

static int
is_digit_byte(uint8_t c)
{
	return c >= '0' && c <= '9';
}

/* the letters and digits of www.example.com and gpt-4.o */
static int
is_ascii_alnum(uint8_t c)
{
	return is_digit_byte(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

int
kn_sentence_break(const uint8_t *s, size_t len, size_t i)
{
	uint8_t		c = s[i];

	if (c == '\n' || c == '!' || c == '?')
		return 1;
	if (c == '.')
		return !(i > 0 && is_digit_byte(s[i - 1]) && i + 1 < len &&
				 is_digit_byte(s[i + 1])) &&
			!(i > 0 && is_ascii_alnum(s[i - 1]) && i + 1 < len && is_ascii_alnum(s[i + 1]));
	/* U+3002 IDEOGRAPHIC FULL STOP */
	return c == 0xE3 && i + 2 < len && s[i + 1] == 0x80 && s[i + 2] == 0x82;
}

void
kn_sentence_start(kn_sentence_cursor *c, const uint8_t *s, size_t len)
{
	c->s = s;
	c->len = len;
	c->off = 0;
	c->sentence = 1;
	c->in_break = 0;
	c->indexed = 0;
	c->starts = NULL;
	c->nstarts = 0;
}

void
kn_sentence_start_indexed(kn_sentence_cursor *c, const uint8_t *s, size_t len,
						  const size_t *starts, size_t nstarts)
{
	kn_sentence_start(c, s, len);
	c->indexed = 1;
	c->starts = starts;
	c->nstarts = nstarts;
	c->off = 0;					/* here: how many starts have been passed */
}

/* Is byte i, after a run of breaks, the first of a new sentence? */
static int
opens_sentence(const uint8_t *s, size_t i, int in_break)
{
	uint8_t		b = s[i];

	return in_break && b != ' ' && b != '\t' && b != '\r' && (b & 0xC0) != 0x80;
}

size_t
kn_sentence_starts(const uint8_t *s, size_t len, const kn_alloc *al, size_t **starts)
{
	size_t		i,
				n = 0,
				cap = 0;
	int			in_break = 0;

	*starts = NULL;
	for (i = 0; i < len; i++)
	{
		if (kn_sentence_break(s, len, i))
			in_break = 1;
		else if (opens_sentence(s, i, in_break))
		{
			*starts = kn_grow(al, *starts, &cap, n + 1, sizeof(size_t));
			if (*starts == NULL)
				return (size_t) -1;
			(*starts)[n++] = i;
			in_break = 0;
		}
	}
	return n;
}

/*
 * A sentence starts at the first byte after a run of breaks that is not
 * white space, so "다. 그" puts 그 in the next sentence and the space
 * stays in the one before.
 */
int32_t
kn_sentence_at(kn_sentence_cursor *c, size_t off)
{
	size_t		to = off < c->len ? off + 1 : c->len;

	if (c->indexed)
	{
		/* indexed: off counts the starts passed; back up when out of order */
		while (c->off > 0 && c->starts[c->off - 1] >= to)
			c->off--;
		while (c->off < c->nstarts && c->starts[c->off] < to)
			c->off++;
		return (int32_t) (c->off + 1);
	}
	if (to < c->off)			/* out of order: count again from the start */
		kn_sentence_start(c, c->s, c->len);
	while (c->off < to)
	{
		size_t		i = c->off;

		if (kn_sentence_break(c->s, c->len, i))
			c->in_break = 1;
		else if (opens_sentence(c->s, i, c->in_break))
		{
			c->sentence++;
			c->in_break = 0;
		}
		c->off++;
	}
	return c->sentence;
}
