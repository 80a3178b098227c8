/*
 * kn_tokenize.h - split Korean news text into tokens for text search.
 *
 * Pure C over UTF-8. Token type numbers follow the default parser's where
 * its headline function gives them a meaning: 12 is blank, and no word
 * type uses 5, 13, 15, 16 or 17, which prsd_headline skips or replaces.
 */
#ifndef KN_TOKENIZE_H
#define KN_TOKENIZE_H

#include <stddef.h>

#define KN_TOK_HANGUL 1			/* 앤트로픽은 */
#define KN_TOK_LATIN 2			/* OpenAI */
#define KN_TOK_MIXED 3			/* 오픈AI와, GPT-4o, 클로드3.5 */
#define KN_TOK_EMAIL 4
#define KN_TOK_URL 6
#define KN_TOK_NUM 9			/* 2024, 3.5 */
#define KN_TOK_MONEY 10			/* 8조6000억원, $10 billion */
#define KN_TOK_OTHER 11			/* words in other scripts: 円高, Москва */
#define KN_TOK_BLANK 12			/* spaces, punctuation, symbols, emoji */
#define KN_TOK_MAX 12

/* Longest token handed out; longer words are cut (PostgreSQL's lexeme limit). */
#define KN_TOK_MAX_BYTES 2046

typedef struct kn_tokenizer
{
	const char *s;
	size_t		len;
	size_t		pos;
} kn_tokenizer;

extern void kn_tokenizer_init(kn_tokenizer *t, const char *s, size_t len);

/* The next token: its type (0 at the end), start and length. */
extern int	kn_next_token(kn_tokenizer *t, size_t *off, size_t *len);

extern const char *kn_token_alias(int type);
extern const char *kn_token_description(int type);

#endif							/* KN_TOKENIZE_H */
