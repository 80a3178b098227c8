/*
 * kn_particles.c - particles, copula openings and figure suffixes: the one
 * home of what may follow a noun or a figure in its word. See
 * kn_particles.h.
 */
#include <stddef.h>

#include "kn_particles.h"

const char *const kn_particles_first[] = {
	"에", "에서", "에게", "께", "한테", "와", "과", "로", "으로", "부터",
	"까지", "보다", "처럼", "마다", "조차", "하고", "이랑", "랑", "께서",
	"에게서", "한테서", "으로서", "로서", "으로써", "로써", "만", "대로",
	"만큼", "뿐", "이라도", "라도", "마저", "밖에", "으로부터",
	"로부터", "에게로", "서", "에다", "에다가", "에야", NULL
};

const char *const kn_particles_middle[] = {
	"만", "으로", "로", "에", "에서", "까지", "부터", "처럼", "보다", "과", "와",
	"에게", NULL
};

const char *const kn_particles_last[] = {
	"이", "가", "은", "는", "을", "를", "의", "도", "만", "이나", "나",
	"까지", "부터", "조차", "마저", "라도", "이라도", "이란", "란", "이라고",
	"라고", "이라는", "라는", "과", "와", "엔", "에선", "에겐", "한텐", "론", "으론",
	"라면", "이라면", "이랑", "랑", "야말로", "이야말로", "커녕", "은커녕",
	"는커녕", NULL
};

const char *const kn_particles_stack_end[] = {
	"이", "가", "은", "는", "을", "를", "의", "도", "만", "과", "와", NULL
};

/*
 * After a vowel the copula drops its 이: 5달러다, 5달러라고, 5달러면,
 * 5달러요, 5달러든; after a consonant it keeps it (1억원이다), and 이 is
 * a particle already.
 */
const char *const kn_copula_openings[] = {
	"입", "였", "인", "일", "다", "라", "면", "요", "든", "며", "고", NULL
};

const char *const kn_copula_openings_strict[] = {
	"입", "였", "다", "요", NULL
};

const char *const kn_figure_suffixes[] = {
	"짜리", "짜", "어치", "씩", "대", "선", "당", "꼴", "권", "여", "수준",
	"넘", NULL
};

const char *const kn_copula_forms[] = {
	"이다", "다", "입니다", "였다", "이었다", "이며", "며", "이고", "고",
	"이라고", "라고", "이라며", "라며", "이라는", "라는", "이란", "란",
	"인", "일", "이자", "자", "이지만", "지만", "였고", "이었고", "였으며",
	"이었으며", "였던", "이었던", "이던", "던", "이어서", "여서", "이라서",
	"라서", "이라면", "라면", "이면", "면", "이나", "나", "이든", "든",
	"이죠", "죠", "이지", "지", "이야", "야", "이에요", "예요", "였습니다",
	"이었습니다", "이므로", "므로", "인데", "인지", "인가", NULL
};
