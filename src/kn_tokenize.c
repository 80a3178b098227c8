/*
 * kn_tokenize.c - the token stream under aimarket's text search parser.
 *
 * Words are runs of letters and digits in any mix of scripts (Korean
 * eojeol carry Latin and digits: 오픈AI와, 클로드3.5를); '.', '-', '_' and
 * '\'' join two such characters away from Hangul (GPT-4o), and '.' two
 * digits (3.5). A money expression the grammar reads (8조6000억원, $10
 * billion, 65억 달러) is one token. URLs and e-mail addresses are single
 * tokens. Everything else is blank.
 */
#include <string.h>

#include "kn_grammar.h"
#include "kn_tokenize.h"

static const char *const aliases[KN_TOK_MAX + 1] = {
	"", "hangul", "latin", "mixed", "email", "", "url", "", "", "num",
	"money", "other", "blank"
};
static const char *const descriptions[KN_TOK_MAX + 1] = {
	"", "Hangul word (eojeol)", "Latin word", "Word of mixed scripts or letters and digits",
	"Email address", "", "URL", "", "", "Number", "Money expression",
	"Word in another script", "Space, punctuation and symbols"
};

const char *
kn_token_alias(int type)
{
	return type > 0 && type <= KN_TOK_MAX ? aliases[type] : "";
}

const char *
kn_token_description(int type)
{
	return type > 0 && type <= KN_TOK_MAX ? descriptions[type] : "";
}

void
kn_tokenizer_init(kn_tokenizer *t, const char *s, size_t len)
{
	t->s = s;
	t->len = len;
	t->pos = 0;
}

/* Character classes */
#define C_BLANK 0
#define C_HANGUL 1
#define C_LATIN 2
#define C_DIGIT 3
#define C_OTHER 4				/* letters of other scripts */
#define C_JOIN 5				/* . - _ ' : may join two word characters */

static inline int
char_class(uint32_t cp)
{
	if (cp < 0x80)
	{
		if (cp >= '0' && cp <= '9')
			return C_DIGIT;
		if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'))
			return C_LATIN;
		if (cp == '.' || cp == '-' || cp == '_' || cp == '\'')
			return C_JOIN;
		return C_BLANK;
	}
	if (kn_is_hangul_script(cp))
		return C_HANGUL;
	if ((cp >= KN_LATIN_LETTERS_FIRST && cp <= KN_LATIN_LETTERS_LAST &&
		 cp != KN_TIMES_SIGN && cp != KN_DIVISION_SIGN) ||
		(cp >= KN_CP("Ａ") && cp <= KN_CP("Ｚ")) || (cp >= KN_CP("ａ") && cp <= KN_CP("ｚ")))
		return C_LATIN;
	if (cp >= KN_CP("０") && cp <= KN_CP("９"))
		return C_DIGIT;
	if ((cp >= KN_GREEK_FIRST && cp <= KN_CYRILLIC_LAST) ||
		(cp >= KN_KANA_FIRST && cp <= KN_KANA_LAST) ||
		(cp >= KN_HAN_EXT_A_FIRST && cp <= KN_HAN_EXT_A_LAST) ||
		(cp >= KN_HAN_FIRST && cp <= KN_HAN_LAST) ||
		(cp >= KN_HAN_COMPAT_FIRST && cp <= KN_HAN_COMPAT_LAST))
		return C_OTHER;
	return C_BLANK;
}

static inline uint32_t
cp_at(const kn_tokenizer *t, size_t pos, size_t *n)
{
	uint32_t	cp;
	int			k = kn_utf8_decode_fast((const unsigned char *) t->s + pos,
										(const unsigned char *) t->s + t->len, &cp);

	if (k == 0)
	{
		*n = 1;
		return KN_REPLACEMENT_CHAR;
	}
	*n = (size_t) k;
	return cp;
}

static int
starts_with_ci(const kn_tokenizer *t, size_t pos, const char *w)
{
	size_t		i,
				n = strlen(w);

	if (pos + n > t->len)
		return 0;
	for (i = 0; i < n; i++)
	{
		char		c = t->s[pos + i];

		if (c >= 'A' && c <= 'Z')
			c += 32;
		if (c != w[i])
			return 0;
	}
	return 1;
}

static size_t
scan_url(const kn_tokenizer *t, size_t pos)
{
	size_t		e = pos;

	if (!starts_with_ci(t, pos, "http://") && !starts_with_ci(t, pos, "https://") &&
		!starts_with_ci(t, pos, "www."))
		return 0;
	while (e < t->len && (unsigned char) t->s[e] > ' ' && t->s[e] != '"' &&
		   t->s[e] != '<' && t->s[e] != '>' && t->s[e] != ')' &&
		   (unsigned char) t->s[e] < 0x80)
		e++;
	while (e > pos && strchr(".,;:!?'", t->s[e - 1]))
		e--;
	return e - pos > 7 ? e - pos : 0;
}

static int
email_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		(c >= '0' && c <= '9') || c == '.' || c == '_' || c == '%' ||
		c == '+' || c == '-';
}

static size_t
scan_email(const kn_tokenizer *t, size_t pos)
{
	size_t		e = pos,
				at,
				dot = 0;

	/* (a local part longer than a token would never make one) */
	while (e < t->len && e - pos <= KN_TOK_MAX_BYTES && email_char(t->s[e]))
		e++;
	if (e == pos || e >= t->len || t->s[e] != '@')
		return 0;
	at = e++;
	while (e < t->len && (email_char(t->s[e]) && t->s[e] != '_'))
	{
		if (t->s[e] == '.')
			dot = e;
		e++;
	}
	while (e > at && t->s[e - 1] == '.')
		e--;
	if (dot == 0 || dot >= e - 2 || dot == at + 1)
		return 0;
	return e - pos;
}

/*
 * Money at pos (a digit, a currency sign or code) that makes a token: its
 * length, or 0. The grammar reads at most a token's length and a little
 * more, so that text such as "$ $ $ ..." (currency marks in a row, which
 * it would read on and on) costs a bounded scan at each start.
 */
static size_t
scan_money_token(const kn_tokenizer *t, size_t pos)
{
	kn_money	m;
	size_t		window = t->len - pos > KN_TOK_MAX_BYTES + 64 ?
		pos + KN_TOK_MAX_BYTES + 64 : t->len;

	if (kn_scan_money(t->s, window, pos, &m) != KN_OK || m.currency[0] == '\0' ||
		m.start != pos || m.end <= pos || m.end - pos > KN_TOK_MAX_BYTES)
		return 0;
	return m.end - pos;
}

/* Is there an ASCII digit at i, or after one space or tab at i? */
static inline int
digit_after_sign(const kn_tokenizer *t, size_t i)
{
	if (i < t->len && (t->s[i] == ' ' || t->s[i] == '\t'))
		i++;
	return i < t->len && t->s[i] >= '0' && t->s[i] <= '9';
}

int
kn_next_token(kn_tokenizer *t, size_t *off, size_t *len)
{
	size_t		pos = t->pos,
				n,
				e;
	uint32_t	cp;
	int			cls,
				prev_cls = C_BLANK,
				seen_hangul = 0,
				seen_latin = 0,
				seen_digit = 0,
				seen_other = 0;

	if (pos >= t->len)
		return 0;
	*off = pos;
	cp = cp_at(t, pos, &n);
	cls = char_class(cp);

	/* URLs and e-mail addresses are single tokens */
	if (cls == C_LATIN || cls == C_DIGIT)
	{
		int			type = KN_TOK_URL;

		e = scan_url(t, pos);
		if (e == 0)
		{
			e = scan_email(t, pos);
			type = KN_TOK_EMAIL;
		}
		if (e > 0)
		{
			t->pos = pos + e;
			*len = e;
			return type;
		}
	}
	/* money starts with a digit, a currency sign or a currency code */
	if (cls == C_DIGIT || cls == C_LATIN || kn_currency_sign(cp))
	{
		e = scan_money_token(t, pos);
		if (e > 0)
		{
			t->pos = pos + e;
			*len = e;
			return KN_TOK_MONEY;
		}
	}

	if (cls == C_BLANK || cls == C_JOIN)
	{
		/* a run of blanks; a joiner standing alone is blank too */
		e = pos;
		while (e < t->len)
		{
			unsigned char b = (unsigned char) t->s[e];

			if (b < 0x80)
			{
				/*
				 * ASCII (most blanks): anything but a letter or digit, as
				 * char_class has it; tested here directly, which the
				 * open corpus reads measurably faster
				 */
				if ((b >= '0' && b <= '9') || ((b | 0x20) >= 'a' && (b | 0x20) <= 'z'))
					break;
				n = 1;
				cp = b;
			}
			else
			{
				cp = cp_at(t, e, &n);
				cls = char_class(cp);
				if (cls != C_BLANK && cls != C_JOIN)
					break;
			}

			/*
			 * A currency sign is blank, but one that starts money ($10
			 * billion after a space or a bracket) starts the next token.
			 * Money after a sign has a digit next or one blank on (the
			 * grammar is asked only then). At pos, money was tried already.
			 */
			if (e > pos && kn_currency_sign(cp) && digit_after_sign(t, e + n) &&
				scan_money_token(t, e) > 0)
				break;
			if (e + n - pos > KN_TOK_MAX_BYTES)
				break;			/* core refuses any token over 2047 bytes */
			e += n;
		}
		t->pos = e;
		*len = e - pos;
		return KN_TOK_BLANK;
	}

	/* a word: word characters, joined by . - _ ' between two of them */
	e = pos;
	while (e < t->len)
	{
		/*
		 * Runs of Hangul syllables (U+AC00..U+D7A3: three bytes, the first
		 * EA..ED) are most of Korean text: taken here without the general
		 * decoder and classes, with the same result.
		 */
		while (e + 3 - pos <= KN_TOK_MAX_BYTES &&
			   kn_syllable_at((const unsigned char *) t->s + e,
							  (const unsigned char *) t->s + t->len))
		{
			seen_hangul = 1;
			prev_cls = C_HANGUL;
			e += 3;
		}
		if (e >= t->len)
			break;
		cp = cp_at(t, e, &n);
		cls = char_class(cp);
		if (cls == C_JOIN)
		{
			size_t		m;
			int			nc = e + n < t->len ? char_class(cp_at(t, e + n, &m)) : C_BLANK;

			if (nc == C_BLANK || nc == C_JOIN)
				break;

			/*
			 * Joiners make one word of GPT-4o, node.js and O'Brien, but in
			 * Korean text they separate: '챗GPT'를, 삼성-애플, 오픈AI-MS.
			 * So but for a decimal point (클로드3.5), a joiner joins only
			 * where the word has no Hangul before it or right after it.
			 */
			if (!(cp == '.' && prev_cls == C_DIGIT && nc == C_DIGIT) &&
				(seen_hangul || nc == C_HANGUL))
				break;
		}
		else if ((cp == ',' || cp == '~') && e > pos && e + 1 < t->len &&
				 t->s[e - 1] >= '0' && t->s[e - 1] <= '9' &&
				 t->s[e + 1] >= '0' && t->s[e + 1] <= '9')
			;					/* 1,187명; a range of numbers: 50~60 */
		else if (cls == C_BLANK)
			break;
		if (e + n - pos > KN_TOK_MAX_BYTES)
			break;				/* an overlong word goes out in pieces */
		seen_hangul |= cls == C_HANGUL;
		seen_latin |= cls == C_LATIN;
		seen_digit |= cls == C_DIGIT;
		seen_other |= cls == C_OTHER;
		prev_cls = cls;
		e += n;
	}
	t->pos = e;
	*len = e - pos;
	if (seen_hangul && !seen_latin && !seen_digit && !seen_other)
		return KN_TOK_HANGUL;
	if (seen_latin && !seen_hangul && !seen_digit && !seen_other)
		return KN_TOK_LATIN;
	if (seen_digit && !seen_hangul && !seen_latin && !seen_other)
		return KN_TOK_NUM;
	if (seen_other && !seen_hangul && !seen_latin && !seen_digit)
		return KN_TOK_OTHER;
	return KN_TOK_MIXED;
}
