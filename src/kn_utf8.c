/*
 * kn_utf8.c - UTF-8 decoding and encoding, and the index of word tables
 * by first code point (kn_utf8.h).
 */
#include "kn_utf8.h"

/* ------------------------------------------------------------------- UTF-8 */

int
kn_utf8_decode(const unsigned char *s, const unsigned char *end, uint32_t *cp)
{
	unsigned char c = s[0];
	int			n,
				i;
	uint32_t	v;

	if (c < 0x80)
	{
		*cp = c;
		return 1;
	}
	if (c >= 0xC2 && c <= 0xDF)
	{
		n = 2;
		v = c & 0x1F;
	}
	else if (c >= 0xE0 && c <= 0xEF)
	{
		n = 3;
		v = c & 0x0F;
	}
	else if (c >= 0xF0 && c <= 0xF4)
	{
		n = 4;
		v = c & 0x07;
	}
	else
		return 0;
	if (end - s < n)
		return 0;
	for (i = 1; i < n; i++)
	{
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		v = (v << 6) | (s[i] & 0x3F);
	}
	/* Overlong forms, surrogates and values past U+10FFFF are not UTF-8. */
	if ((n == 3 && v < 0x800) || (n == 4 && (v < 0x10000 || v > 0x10FFFF)) ||
		(v >= 0xD800 && v <= 0xDFFF))
		return 0;
	*cp = v;
	return n;
}

int
kn_utf8_encode(uint32_t cp, char *out)
{
	if (cp < 0x80)
	{
		out[0] = (char) cp;
		return 1;
	}
	if (cp < 0x800)
	{
		out[0] = (char) (0xC0 | (cp >> 6));
		out[1] = (char) (0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000)
	{
		out[0] = (char) (0xE0 | (cp >> 12));
		out[1] = (char) (0x80 | ((cp >> 6) & 0x3F));
		out[2] = (char) (0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (char) (0xF0 | (cp >> 18));
	out[1] = (char) (0x80 | ((cp >> 12) & 0x3F));
	out[2] = (char) (0x80 | ((cp >> 6) & 0x3F));
	out[3] = (char) (0x80 | (cp & 0x3F));
	return 4;
}

/* ------------------------------------------------------------ word index */

void
kn_word_index_build(kn_word_index *ix, const void *table, size_t stride,
					size_t n)
{
	size_t		i;
	int			a,
				b;

	ix->n = 0;
	memset(ix->seen, 0, sizeof(ix->seen));
	for (i = 0; i < n && ix->n < KN_INDEX_MAX; i++)
	{
		const char *w = *(const char *const *) ((const char *) table + i * stride);
		uint32_t	cp;
		size_t		len;

		if (w == NULL)
			break;
		len = strlen(w);
		if (kn_utf8_decode((const unsigned char *) w,
						   (const unsigned char *) w + len, &cp) == 0)
			continue;
		ix->cp[ix->n] = cp;
		ix->idx[ix->n] = (uint16_t) i;
		ix->seen[(cp % 4096) / 64] |= UINT64_C(1) << (cp % 64);
		ix->n++;
	}
	/* insertion sort by code point, keeping table order among equals */
	for (a = 1; a < ix->n; a++)
		for (b = a; b > 0 && ix->cp[b - 1] > ix->cp[b]; b--)
		{
			uint32_t	tc = ix->cp[b];
			uint16_t	ti = ix->idx[b];

			ix->cp[b] = ix->cp[b - 1];
			ix->idx[b] = ix->idx[b - 1];
			ix->cp[b - 1] = tc;
			ix->idx[b - 1] = ti;
		}
	ix->built = 1;
}

void
kn_word_index_find(const kn_word_index *ix, uint32_t cp, int *from, int *to)
{
	int			lo = 0,
				hi = ix->n;

	if (!(ix->seen[(cp % 4096) / 64] & (UINT64_C(1) << (cp % 64))))
	{
		*from = *to = 0;
		return;
	}
	while (lo < hi)
	{
		int			mid = (lo + hi) / 2;

		if (ix->cp[mid] < cp)
			lo = mid + 1;
		else
			hi = mid;
	}
	*from = lo;
	while (hi < ix->n && ix->cp[hi] == cp)
		hi++;
	*to = lo < hi ? hi : lo;
}

/* ------------------------------------------------------------ character set */

void
kn_char_set_build(kn_char_set *set)
{
	const unsigned char *p = (const unsigned char *) set->chars,
			   *end = p + strlen(set->chars);

	memset(set->bits, 0, sizeof(set->bits));
	while (p < end)
	{
		uint32_t	cp;
		int			k = kn_utf8_decode(p, end, &cp);

		if (k == 0)
			break;
		if (cp >= KN_SYLLABLE_FIRST && cp <= KN_SYLLABLE_LAST)
		{
			uint32_t	i = cp - KN_SYLLABLE_FIRST;

			set->bits[i >> 6] |= UINT64_C(1) << (i & 63);
		}
		p += k;
	}
	set->built = 1;
}
