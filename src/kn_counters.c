/*
 * kn_counters.c - the counters of Korean figures, one home for them: what
 * kn_quantity.c reports as a unit, and what the grammar reads after a
 * number (parse_number('2억명')). See kn_counters.h.
 */
#include <stddef.h>

#include "kn_counters.h"

/*
 * Counters and the units they give; at a position the longest that fits wins,
 * and among equals the first.
 * Time words are units only as durations (3년간, 3년 동안, 6개월, 두 달):
 * a bare 2024년 or 11일 is a date, not a quantity. 주 counts shares (100만
 * 주) unless it reads as weeks: 3주간, 2주 만에, 1주일, 두 주, or a bare
 * number below 100 (2주 정도; see number_quantity). 세대 counts households
 * above 20 (6만7782세대); up to 20 it names a generation, a version
 * rather than a quantity (5세대 HBM), and gives none.
 */
const kn_counter_word kn_counter_words[] = {
	{"%포인트", "percentage_points", KN_CT_WORD}, {"%p", "percentage_points", 0},
	{"%P", "percentage_points", 0}, {"퍼센트포인트", "percentage_points", KN_CT_WORD},
	{"%", "percent", 0}, {"퍼센트", "percent", KN_CT_WORD},
	{"개의 파라미터", "parameters", KN_CT_WORD}, {"개 파라미터", "parameters", KN_CT_WORD},
	{"개의 매개변수", "parameters", KN_CT_WORD}, {"개 매개변수", "parameters", KN_CT_WORD},
	{"파라미터", "parameters", KN_CT_WORD}, {"매개변수", "parameters", KN_CT_WORD},
	{"parameters", "parameters", 0}, {"params", "parameters", 0},
	{"개의 토큰", "tokens", KN_CT_WORD}, {"개 토큰", "tokens", KN_CT_WORD},
	{"토큰", "tokens", KN_CT_WORD}, {"tokens", "tokens", 0},
	{"명", "people", KN_CT_WORD | KN_CT_NATIVE | KN_CT_NUMBER}, {"사람", "people", KN_CT_WORD | KN_CT_NATIVE},
	{"회", "times", KN_CT_WORD | KN_CT_NUMBER}, {"번", "times", KN_CT_WORD | KN_CT_NATIVE | KN_CT_NUMBER},
	{"차례", "times", KN_CT_WORD | KN_CT_NATIVE | KN_CT_ATTACH | KN_CT_NUMBER},
	{"건", "cases", KN_CT_WORD | KN_CT_NATIVE | KN_CT_NUMBER}, {"개국", "countries", KN_CT_WORD | KN_CT_NUMBER},
	{"개사", "companies", KN_CT_WORD | KN_CT_NUMBER}, {"곳", "places", KN_CT_WORD | KN_CT_NATIVE | KN_CT_ATTACH | KN_CT_NUMBER},
	{"군데", "places", KN_CT_WORD | KN_CT_NATIVE}, {"개", "items", KN_CT_WORD | KN_CT_NATIVE | KN_CT_NUMBER},
	{"대", "units", KN_CT_WORD | KN_CT_NATIVE | KN_CT_NUMBER}, {"배", "multiple", KN_CT_WORD | KN_CT_NATIVE | KN_CT_ATTACH | KN_CT_NUMBER},
	{"위", "rank", KN_CT_WORD | KN_CT_NUMBER}, {"가구", "households", KN_CT_WORD | KN_CT_NUMBER},
	{"장", "cards", KN_CT_WORD | KN_CT_NATIVE | KN_CT_NUMBER}, {"종", "kinds", KN_CT_WORD | KN_CT_NUMBER},
	{"가지", "kinds", KN_CT_WORD | KN_CT_NATIVE | KN_CT_ATTACH | KN_CT_NUMBER},
	{"번째", "ordinal", KN_CT_WORD | KN_CT_NATIVE | KN_CT_ATTACH},
	{"째", "ordinal", KN_CT_WORD | KN_CT_NATIVE | KN_CT_ATTACH | KN_CT_NATIVE_ONLY},
	{"세대", "households", KN_CT_WORD}, {"나노", "nanometers", KN_CT_WORD},
	{"nm", "nanometers", 0}, {"GW", "gigawatts", 0}, {"기가와트", "gigawatts", KN_CT_WORD},
	{"MW", "megawatts", 0}, {"메가와트", "megawatts", KN_CT_WORD},
	/* durations */
	{"년간", "years", KN_CT_WORD}, {"년 동안", "years", KN_CT_WORD},
	{"년 만에", "years", KN_CT_WORD}, {"년째", "years", KN_CT_WORD},
	{"년 연속", "years", KN_CT_WORD},
	{"해", "years", KN_CT_WORD | KN_CT_NATIVE | KN_CT_NATIVE_ONLY},
	{"해 동안", "years", KN_CT_WORD | KN_CT_NATIVE | KN_CT_NATIVE_ONLY},
	{"개월", "months", KN_CT_WORD | KN_CT_NUMBER}, {"개월간", "months", KN_CT_WORD},
	{"달", "months", KN_CT_WORD | KN_CT_NATIVE},
	{"주", "shares", KN_CT_WORD | KN_CT_NUMBER, "당"},
	{"주", "weeks", KN_CT_WORD | KN_CT_NATIVE | KN_CT_NATIVE_ONLY, "인"},
	{"주일", "weeks", KN_CT_WORD | KN_CT_NATIVE}, {"주일간", "weeks", KN_CT_WORD | KN_CT_NATIVE},
	{"주일 동안", "weeks", KN_CT_WORD | KN_CT_NATIVE},
	{"주간", "weeks", KN_CT_WORD}, {"주 동안", "weeks", KN_CT_WORD | KN_CT_NATIVE},
	{"주 만에", "weeks", KN_CT_WORD | KN_CT_NATIVE}, {"주째", "weeks", KN_CT_WORD | KN_CT_NATIVE},
	{"주 연속", "weeks", KN_CT_WORD | KN_CT_NATIVE},
	{"일간", "days", KN_CT_WORD}, {"일 동안", "days", KN_CT_WORD},
	{"일 만에", "days", KN_CT_WORD}, {"일째", "days", KN_CT_WORD},
	{"일 연속", "days", KN_CT_WORD},
	{"시간", "hours", KN_CT_WORD | KN_CT_NATIVE}, {"분간", "minutes", KN_CT_WORD},
	{"분 동안", "minutes", KN_CT_WORD}, {"분 만에", "minutes", KN_CT_WORD},
	{"초", "seconds", KN_CT_WORD},
	/* read by parse_number after a number (2억명), no quantity unit */
	{"편", NULL, KN_CT_NUMBER}, {"권", NULL, KN_CT_NUMBER}, {"톤", NULL, KN_CT_NUMBER},
	{"표", NULL, KN_CT_NUMBER}, {"마리", NULL, KN_CT_NUMBER}, {"채", NULL, KN_CT_NUMBER},
	{"살", NULL, KN_CT_NUMBER},
};

const size_t kn_n_counter_words = sizeof(kn_counter_words) / sizeof(kn_counter_words[0]);
