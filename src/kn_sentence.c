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

	if (to < c->off)			/* out of order: count again from the start */
		kn_sentence_start(c, c->s, c->len);
	while (c->off < to)
	{
		size_t		i = c->off;
		uint8_t		b = c->s[i];

		if (kn_sentence_break(c->s, c->len, i))
			c->in_break = 1;
		else if (c->in_break && b != ' ' && b != '\t' && b != '\r' &&
				 (b & 0xC0) != 0x80)
		{
			c->sentence++;
			c->in_break = 0;
		}
		c->off++;
	}
	return c->sentence;
}
