/*
 * kn_stem.c - Korean eojeol to content stem(s). See kn_stem.h.
 *
 * Every way to cut the word into stem + tail is scored: the tail must be a
 * known run of particles, copula and 하다/되다 forms (after a noun) or of
 * verbal endings (after a verb stem), possibly fused into the stem's last
 * syllable; the stem scores by what the lexicon says of it. The whole word
 * as it stands is a candidate too. The best candidate's stem is the
 * primary lexeme; a noun stem the lexicon lacks is split into the nouns it
 * is made of, which follow as further lexemes (Nori's "mixed" mode).
 */
#include <string.h>

#include "kn_lexicon_int.h"
#include "kn_particles.h"

/* ---------------------------------------------------------------- tails */

#define TAIL_PARTICLE 1			/* particles: may follow any noun or name */
#define TAIL_NOMINAL 2			/* copula, 하다/되다/시키다 forms: after a noun */
#define TAIL_VERBAL 4			/* endings after a verb stem */
#define TAIL_AFTER_EO 8			/* endings after a fused 어/아 (해서, 봐도) */
#define TAIL_AFTER_SS 16		/* endings after a fused past ㅆ (했다) */
#define TAIL_LISTED 32			/* in nominal_tails itself, not made from
								 * the verbal endings: alone, a stopword */
#define TAIL_COPULA_V 64		/* the copula without its 이, after a noun
								 * ending in a vowel: 드라마라, 치료니 */

/* Copula and the verbs that make nouns into verbs, with their endings. */
static const char *const nominal_tails[] = {
	/* copula */
	"이다", "였다", "이었다", "입니다", "이며", "이고", "인", "일", "이라",
	"이라는", "이란", "이었던", "이던", "이지만", "이므로", "이기", "임", "이자",
	"이었으며", "이었고", "였으며", "였고", "였던", "이어서", "이어", "여서",
	"이나", "이든", "이면", "이라면", "이라서", "이지", "이에요", "예요", "이죠",
	"다", "라는", "라고", "였다는", "이었다는", "이라며", "라며", "이냐", "냐",
	"인지", "인데", "인가", "일까", "인데도", "였는데", "이었는데", "인듯", "인줄",
	"이야", "야", "이었을", "입니까", "이니", "이니까", "인가요", "이래요", "래요",
	"이랍니다", "이라도", "이지요", "이죠", "였을", "였던", "였습니다", "이었습니다",
	"이었지요", "였지요", "이었죠", "였죠", "지요", "죠", "해야겠다", "해야한다",
	"인가를", "인가는", "인가에", "인지를", "인지는", "인지도", "였으므로",
	"이었으므로", "이기도", "이기에", "이었기", "였기", "이었기에", "였기에",
	"이어야", "여야", "이었다고", "였다고", "이라면서", "이었는지", "였는지",
	"이었을까", "였을까", "이라는데", "라는데", "이라니", "이랑", "인걸", "인데요",
	"니까", "이니까", "라서", "일수록", "이거나", "거나", "이든지", "든지", "이랬자",
	"하고자", "시키고자", "되고자", "해내", "해내며", "해내고", "해냈다",
	"해야할", "해야겠어요", "해야겠습니다", "해야했다", "했답니다", "한답니다",
	/* 하다 */
	"하다", "했다", "하는", "하며", "한", "할", "해", "했으며", "하고", "하기",
	"함", "하여", "했고", "했던", "하던", "한다", "합니다", "했습니다", "하면",
	"하면서", "하게", "하지", "하자", "할까", "해야", "해서", "했지만", "하지만",
	"하겠다", "했다고", "한다고", "하는데", "하기로", "하기도", "하도록", "해도",
	"하므로", "해온", "해왔다", "하려고", "하려는", "할지", "한다는", "했다는",
	"하는지", "했을", "하였다", "하였으며", "하였고", "하였던", "하여야", "했어요",
	"해요", "하세요", "할수", "하기에", "하기위해", "하기는", "한다면", "했다면",
	"했으나", "하나", "하니", "하든", "하던가", "할지도", "하여서", "했는데",
	"하는가", "한지", "했었다", "해진", "해졌다", "해지는", "해지고", "하겠다고",
	"하다가", "했다가", "되다가", "됐다가",
	"하기까지", "하는게", "한것", "할것", "하는것", "할수록", "할때", "했을때",
	"하십니다", "하셨다", "하시는", "하신", "하실", "하셔서", "하셨습니다", "하시고",
	"하시며", "하세요", "해질", "해져", "해져서", "해지면", "해지기", "했었다",
	"했었던", "했었고", "하더라", "하더군요", "하더라고요", "한데", "한다며",
	/* 되다 */
	"되다", "됐다", "되는", "된", "될", "되어", "돼", "되며", "되고", "됐으며",
	"되기", "됨", "된다", "되었다", "되면", "되지", "되자", "되던", "됐던", "된다고",
	"된다는", "되도록", "되었으며", "되었고", "됐고", "됐지만", "되지만", "됩니다",
	"되어야", "돼야", "되어서", "돼서", "될지", "되는데", "됐다고", "됐다는",
	"되겠다", "되기도", "되면서", "됐는데", "되었던", "된다면",
	/* 시키다, 받다, 당하다, 드리다 */
	"시키다", "시켰다", "시키는", "시킨", "시킬", "시켜", "시키고", "시키며",
	"시켰으며", "시켜야", "시키기", "받다", "받았다", "받는", "받은", "받을", "받아",
	"받고", "받으며", "받았으며", "받기", "당했다", "당한", "당하는", "당할",
	"당해", "당함",
	/* 스럽다, 롭다, 적 (adjectival) */
	"스럽다", "스러운", "스럽게", "스러워", "롭다", "로운", "롭게",
	NULL
};

/* Endings after a verb or adjective stem (written apart from it). */
static const char *const verbal_tails[] = {
	"다", "는다", "고", "며", "면서", "어", "아", "여", "었다", "았다", "였다",
	"는", "은", "을", "던", "기", "게", "지", "지만", "도록", "어서", "아서",
	"니", "니까", "면", "자", "려고", "려는", "어야", "아야", "겠다", "습니다",
	"었으며", "았으며", "었고", "았고", "었던", "았던", "었지만", "았지만", "는데",
	"은데", "다는", "다고", "라고", "으며", "으면", "으니", "을까", "는지", "은지",
	"을지", "어도", "아도", "었는데", "았는데", "었을", "았을", "겠지만", "겠고",
	"기도", "기로", "기에", "기는", "게도", "고는", "고도", "지도", "지는", "는가",
	"었다고", "았다고", "었다는", "았다는", "는다고", "는다는", "으려고", "으려는",
	"으로", "어요", "아요", "세요", "으세요", "었어요", "았어요", "죠", "지요",
	"거나", "든지", "든", "나", "으나", "어라", "아라", "었으나", "았으나", "음",
	"기까지", "기위해", "기를", "기가", "기의", "기와", "기에는", "게끔", "다가",
	"다가도", "라", "네", "네요", "군요", "구나", "더라", "더라고", "더라고요", "거든",
	"거든요", "잖아", "잖아요", "는데요", "은데요", "습니까", "어서요", "아서요",
	"지도", "고요", "구요", "대요", "래요", "다며", "다면", "던데", "던데요",
	"으면서", "도록", "으니까", "는지", "기에", "어라", "자고", "려면", "으려면",
	"나요", "냐고", "답니다", "더라구요", "더군요", "더라도", "던가요", "는군요", "을게요",
	"을래요", "습니다만", "세요", "십니다", "셨다", "셨어요", "시는", "신",
	"는가를", "는가는", "는가에", "은가를", "는지를", "는지도", "으므로", "므로",
	"다보니", "다보면", "으니까요", "니까요", "었으므로", "았으므로", "겠지", "겠지요",
	"고자", "을수록", "수록", "리라", "리라고", "으리라", "되리라",
	/* purpose, intention, proposal, manner, question, sequence */
	"러", "으러", "려", "으려", "려다", "려다가", "으려다", "자는", "자며",
	"자면", "자니", "자마자", "듯", "듯이", "냐", "느냐", "냐는", "느냐는",
	"으냐", "더니", "면서도", "으면서도", "면서까지", "긴", "곤", "길래",
	"기보다", "셔서", "실", "시오", "으시오", "십시오", "으십시오", "는다면",
	"고서", "고서는", "다니", "던가", "어야지", "아야지", "는다며", "은가",
	"는가요", "을까요", "을지도", "어야만", "아야만", "기만", "지않", "고는",
	NULL
};

/* What may follow a fused 어/아 (봐서, 해도) or a fused past ㅆ (했다). */
static const char *const after_eo[] = {
	"", "서", "도", "야", "요", "서도", "야만", "서는", "주", "준", "줬다", "줘",
	"주어", "주어서", "주었다", "주었고", "주었으며",
	"줬어", "줘서", "줘요", "줬으며", "줬고",
	"왔다", "온", "가", "간", "갔다", "버렸다", "놓", "놓은", "있다", "있는", "져",
	"졌다", "진", "지는", "지고", "야한다", "야할", NULL
};
static const char *const after_ss[] = {
	"다", "고", "으며", "던", "지만", "는데", "다고", "다는", "을", "으나", "어요",
	"습니다", "으면", "는지", "죠", "지", "기", "음", "다며", "다면", "던가", "어",
	"어서", "어도", "네", "네요", "지요", "는데요", "습니까", "겠", "겠다", "겠어요",
	"을까", "던데", "더라", "더라고요", "거든요", "잖아요", "답니다", NULL
};

/* The tail set: one hash set, flags saying where each string may stand. */
static kn_lexicon *tails;
static kn_alloc tails_al;

/* Contractions of the bound noun 것 and a few pronouns: 게 = 것+이. */
static const char *const contraction_map[][2] = {
	{"게", "것"}, {"건", "것"}, {"걸", "것"}, {"겁니다", "것"},
	{"거다", "것"}, {"거야", "것"}, {"거예요", "것"}, {"거죠", "것"},
	{"거라고", "것"}, {"거라는", "것"}, {"거란", "것"}, {"거지", "것"},
	{"누가", "누구"}, {"뭐", "무엇"}, {"뭘", "무엇"},
	/* verbs used as postpositions, which hunspell also lists as rare
	 * nouns (위해 = harm, 대한 = Korea) */
	{"위해", "위하"}, {"위한", "위하"}, {"위해서", "위하"}, {"위하여", "위하"},
	{"대해", "대하"}, {"대한", "대하"}, {"대해서", "대하"}, {"대하여", "대하"},
	{"통해", "통하"}, {"통한", "통하"}, {"통해서", "통하"}, {"통하여", "통하"},
	{"의해", "의하"}, {"의한", "의하"}, {"의하여", "의하"}, {"인해", "인하"},
	{"인한", "인하"}, {"관해", "관하"}, {"관한", "관하"}, {"비해", "비하"},
	{"따라", "따르"}, {"따른", "따르"},
	/* 한 is the numeral "one" more often than 하+ㄴ; 해 the noun */
	{"한", "한"}, {"해", "해"},
	/* determiners that look like verb forms */
	{"다른", "다른"}, {"이런", "이런"}, {"그런", "그런"}, {"저런", "저런"},
	/* forms of 하다 standing alone, which hunspell also lists as nouns
	 * (하지 = solstice, 하자 = defect) or as a particle (하고); 적이 in
	 * 한 적이 있다 */
	{"하지", "하"}, {"하고", "하"}, {"하자", "하"}, {"적이", "적"},
	/* verb forms far likelier than the nouns or the noun + particle they
	 * spell (볼 = cheek, 남아 = boy, 입고 = warehousing, 나와 = 나 + 와) */
	{"볼", "보"}, {"남아", "남"}, {"나와", "나오"}, {"이어", "잇"}, {"입고", "입"},
	{"먹지", "먹"}, {"오지", "오"}, {"지고", "지"},
	{"어떤", "어떤"}, {"이렇듯", "이렇듯"}, {"그렇듯", "그렇듯"},
	{"말하자면", "말하자면"}, {"그럼에도", "그럼에도"}, {"얼마든지", "얼마든지"},
	{"뿐만", "뿐"},				/* 뿐만 아니라: the bound noun, not two particles */
	{"중인", "중"},				/* 개발 중인: the bound noun + copula, not 中人 */
	{NULL, NULL}
};

/* The contracted words, each with its map index + 1 as its flags. */
static kn_lexicon *contractions;

static void
add_list(kn_lexicon *t, const char *const *list, int flags)
{
	int			i;

	for (i = 0; list[i]; i++)
		kn_lexicon_add(t, list[i], strlen(list[i]), flags);
}

/* Pre-final endings that stand between a verb stem and its final ending. */
static const char *const prefinal[] = {
	"었", "았", "였", "겠", "었겠", "시", "셨", "으시", NULL
};

/*
 * Verbs that follow a noun: the copula and the verb-making suffixes
 * (prefinal_after knows them by their index here).
 */
static const char *const noun_verbs[] = {"이", "하", "되", "시키", "당하", NULL};

/*
 * Their forms with 었 fused, which take after_ss (했다, 됐고), and with 어
 * fused or written after them, which take after_eo (해서, 되어야)
 */
static const char *const noun_verbs_ss[] = {"했", "됐", "였", "시켰", "당했", NULL};
static const char *const noun_verbs_eo[] = {
	"해", "돼", "되어", "하여", "시켜", "이어", "당해", NULL
};

/* Nominal forms that take particles: 함이, 하기를, 됨을, 기만, 음을 */
static const char *const nominal_heads[] = {
	"함", "됨", "하기", "되기", "시킴", "시키기", "받기", "당함", "임", NULL
};
static const char *const verbal_heads[] = {"기", "음", NULL};

/* After a fused 어/아: auxiliary verbs (해줌, 해주는, 봐왔다) */
static const char *const aux_after_eo[] = {
	"줌", "주는", "주기", "주고", "주며", "준다", "줄", "주었다", "주던",
	"주었으며", "주면", "주지", "주세요", "왔으며", "오고", "오는", "왔고",
	"있었다", "있고", "있으며", "있던", "있어", "봤다", "보고", "보는", "본",
	"둔", "두고", "뒀다", "버린", "버리고", "놓고", "놨다", "낸", "내고", "냈다",
	"봤는데", "봤음", "봐", "봐서", "보니", "보니까", "봤어요", "보세요", "봤으면",
	"봐야", "봐도", "봤지만", "내는", "내려는", "내며", "낸다", "내서",
	NULL
};

static void
add_concat3(kn_lexicon *t, const char *a, const char *b, const char *c, int flags)
{
	char		buf[96];
	size_t		x = strlen(a),
				y = strlen(b),
				z = strlen(c);

	if (x + y + z > sizeof(buf))
		return;
	memcpy(buf, a, x);
	memcpy(buf + x, b, y);
	memcpy(buf + x + y, c, z);
	kn_lexicon_add(t, buf, x + y + z, flags);
}

static void
add_concat(kn_lexicon *t, const char *a, const char *b, int flags)
{
	add_concat3(t, a, b, "", flags);
}

/*
 * The copula's 이 drops after a vowel (드라마라, 치료니, 분위기네요). One
 * syllable alone only where no noun-making suffix is spelt the same,
 * and nothing that starts with one (자, 기, 지, 고, 면 end many nouns:
 * 참여자는, 발전기와).
 */
static void
add_copula_v(kn_lexicon *t, const char *x)
{
	static const char *const one_ok[] = {"라", "니", "다", "며", "냐", "야", "요", NULL};
	static const char *const suffix_like[] = {"자", "기", "지", "고", "면", "음", NULL};
	size_t		n = strlen(x);
	int			i;

	if (n == 0)
		return;
	for (i = 0; suffix_like[i]; i++)
		if (strncmp(suffix_like[i], x, 3) == 0)
			return;				/* 인쇄기와, 인문주의자는: a noun + particle */
	if (n == 3)
	{
		for (i = 0; one_ok[i]; i++)
			if (strcmp(one_ok[i], x) == 0)
				break;
		if (!one_ok[i])
			return;
	}
	kn_lexicon_add(t, x, n, TAIL_COPULA_V);
}

/* What may end a stack of three particles (에서만은, 으로부터도, 까지의) */
static int
stack_last(const char *p)
{
	int			i;

	for (i = 0; kn_particles_stack_end[i]; i++)
		if (strcmp(kn_particles_stack_end[i], p) == 0)
			return 1;
	return 0;
}

/*
 * Pre-final endings each verb after a noun takes (하였, 되었, 이었; 했
 * and 됐 are fused forms, listed apart): 았 and 으시 never follow them.
 * verb indexes noun_verbs: 1 and 4 are 하 and 당하.
 */
static int
prefinal_after(int verb, const char *p)
{
	if (strcmp(p, "았") == 0 || strcmp(p, "으시") == 0)
		return 0;
	if (strcmp(p, "였") == 0)
		return verb == 1 || verb == 4;	/* 하였, 당하였 */
	if (strcmp(p, "었") == 0 || strcmp(p, "었겠") == 0)
		return verb != 1 && verb != 4;
	return 1;
}

static int	vowel_initial(const char *s);

static void
build_tails(const kn_alloc *al)
{
	int			i,
				j;

	tails_al = *al;
	tails = kn_lexicon_create(&tails_al);
	tails->reverse = 1;
	add_list(tails, kn_particles_first, TAIL_PARTICLE);
	add_list(tails, kn_particles_last, TAIL_PARTICLE);
	for (i = 0; kn_particles_first[i]; i++)
		for (j = 0; kn_particles_last[j]; j++)
		{
			int			m;

			add_concat(tails, kn_particles_first[i], kn_particles_last[j], TAIL_PARTICLE);
			if (!stack_last(kn_particles_last[j]))
				continue;
			for (m = 0; kn_particles_middle[m]; m++)
				add_concat3(tails, kn_particles_first[i], kn_particles_middle[m],
							kn_particles_last[j], TAIL_PARTICLE);
		}
	for (i = 0; kn_particles_first[i]; i++)
		for (j = 0; kn_particles_middle[j]; j++)
			add_concat(tails, kn_particles_first[i], kn_particles_middle[j], TAIL_PARTICLE);
	add_list(tails, nominal_tails, TAIL_NOMINAL | TAIL_LISTED);
	add_list(tails, verbal_tails, TAIL_VERBAL);
	add_list(tails, after_eo, TAIL_AFTER_EO);
	add_list(tails, aux_after_eo, TAIL_AFTER_EO);
	add_list(tails, after_ss, TAIL_AFTER_SS);
	for (i = 0; prefinal[i]; i++)
		for (j = 0; verbal_tails[j]; j++)
			add_concat(tails, prefinal[i], verbal_tails[j], TAIL_VERBAL);

	/*
	 * After a noun: the copula 이 and the verb-making 하, 되, 시키 take the
	 * verbal endings (이네요, 하러, 되자마자), also after a pre-final
	 * ending (하셨는데, 이었으나).
	 */
	for (i = 0; noun_verbs[i]; i++)
		for (j = 0; verbal_tails[j]; j++)
		{
			int			m;

			/* the copula is adjective-like: 인, 인데, never 이는 */
			if (i == 0 && strncmp(verbal_tails[j], "는", 3) == 0)
				continue;
			/* 어/아/으 endings fuse with these (하여, 되어, 이어 are listed) */
			if (vowel_initial(verbal_tails[j]))
				continue;
			add_concat(tails, noun_verbs[i], verbal_tails[j], TAIL_NOMINAL);
			for (m = 0; prefinal[m]; m++)
				if (prefinal_after(i, prefinal[m]))
					add_concat3(tails, noun_verbs[i], prefinal[m], verbal_tails[j],
								TAIL_NOMINAL);
		}
	/*
	 * 받다 after a noun (평가받는다, 주목받으며, 지원받겠다) takes the
	 * verbal endings that follow a final consonant and 아, not 어: no
	 * 받며, 받면, 받어, 받세요 (those come with 으).
	 */
	for (j = 0; verbal_tails[j]; j++)
	{
		static const char *const no_bat[] = {
			"며", "면", "어", "었", "여", "였", "러", "려", "세", "셨", "시", "셔",
			"실", "신", "십", "라", "래", "리", "므", "수", "되", NULL
		};
		int			m,
					fits = 1;

		for (m = 0; no_bat[m]; m++)
			if (strncmp(verbal_tails[j], no_bat[m], 3) == 0)
				fits = 0;
		if (fits)
			add_concat(tails, "받", verbal_tails[j], TAIL_NOMINAL);
	}
	for (i = 0; nominal_tails[i]; i++)
		if (strncmp(nominal_tails[i], "이", 3) == 0)
			add_copula_v(tails, nominal_tails[i] + 3);
	for (j = 0; verbal_tails[j]; j++)
		if (strncmp(verbal_tails[j], "는", 3) != 0)
			add_copula_v(tails, verbal_tails[j]);
	for (i = 0; noun_verbs_ss[i]; i++)
		for (j = 0; after_ss[j]; j++)
			add_concat(tails, noun_verbs_ss[i], after_ss[j], TAIL_NOMINAL);
	for (i = 0; noun_verbs_eo[i]; i++)
		for (j = 0; after_eo[j]; j++)
			add_concat(tails, noun_verbs_eo[i], after_eo[j], TAIL_NOMINAL);
	for (i = 0; nominal_heads[i]; i++)
	{
		for (j = 0; kn_particles_last[j]; j++)
			add_concat(tails, nominal_heads[i], kn_particles_last[j], TAIL_NOMINAL);
		for (j = 0; kn_particles_first[j]; j++)
			add_concat(tails, nominal_heads[i], kn_particles_first[j], TAIL_NOMINAL);
	}
	for (i = 0; verbal_heads[i]; i++)
	{
		for (j = 0; kn_particles_last[j]; j++)
			add_concat(tails, verbal_heads[i], kn_particles_last[j], TAIL_VERBAL);
		for (j = 0; kn_particles_first[j]; j++)
		{
			int			m;

			add_concat(tails, verbal_heads[i], kn_particles_first[j], TAIL_VERBAL);
			/* 있음에도, 하기에는 */
			for (m = 0; kn_particles_last[m]; m++)
				add_concat3(tails, verbal_heads[i], kn_particles_first[j],
							kn_particles_last[m], TAIL_VERBAL);
		}
	}
	for (i = 0; aux_after_eo[i]; i++)
		add_concat(tails, "해", aux_after_eo[i], TAIL_NOMINAL);
	/* 찾아주세요, 들어서도, 붙어있어야: 아/어 written apart, then more */
	for (i = 0; aux_after_eo[i]; i++)
	{
		add_concat(tails, "아", aux_after_eo[i], TAIL_VERBAL);
		add_concat(tails, "어", aux_after_eo[i], TAIL_VERBAL);
	}
	for (i = 0; after_eo[i]; i++)
	{
		add_concat(tails, "아", after_eo[i], TAIL_VERBAL);
		add_concat(tails, "어", after_eo[i], TAIL_VERBAL);
	}
	contractions = kn_lexicon_create(&tails_al);
	for (i = 0; contraction_map[i][0]; i++)
		kn_lexicon_add(contractions, contraction_map[i][0],
					strlen(contraction_map[i][0]), i + 1);
}

/* Endings that may follow a fused adnominal ㄴ/ㄹ (한다, 할지, 한데). */
static int
after_fused_nl(const char *rest, size_t n)
{
	static const char *const ok[] = {
		"다", "다고", "다는", "다며", "다면", "지", "지도", "데", "데도", "까",
		"지라도", "수록", "가", "다면서", "답니다", "단", "대", NULL
	};
	int			i;

	if (n == 0)
		return 1;
	if (n > 12)
		return 0;				/* the longest has four syllables */
	for (i = 0; ok[i]; i++)
		if (ok[i][1] == rest[1] && ok[i][2] == rest[2] &&
			strlen(ok[i]) == n && memcmp(ok[i], rest, n) == 0)
			return 1;
	return 0;
}

static int
tail_flags(const char *s, size_t n)
{
	if (n == 0)
		return TAIL_AFTER_EO;	/* "" is listed only there */
	return lexicon_flags(tails, s, n);
}

/* ---------------------------------------------------------------- jamo */

#define HANGUL_END KN_SYLLABLE_LAST
#define T_N 4					/* ㄴ */
#define T_L 8					/* ㄹ */
#define T_M 16					/* ㅁ */
#define T_B 17					/* ㅂ */
#define T_SS 20					/* ㅆ */

static int
is_syllable(uint32_t cp)
{
	return cp >= HANGUL_BASE && cp <= HANGUL_END;
}

static void
jamo(uint32_t cp, int *l, int *v, int *t)
{
	uint32_t	s = cp - HANGUL_BASE;

	*l = (int) (s / 588);
	*v = (int) ((s % 588) / 28);
	*t = (int) (s % 28);
}

static uint32_t
syllable(int l, int v, int t)
{
	return HANGUL_BASE + (uint32_t) ((l * 21 + v) * 28 + t);
}

/* Vowel of a stem whose 어/아 was fused into it: 해 -> 하, 돼 -> 되 ... */
static int
unfused_vowel(int l, int v)
{
	switch (v)
	{
		case 1:				/* ㅐ <- ㅏ+ㅓ only in 하+여 = 해; 보내 stays */
			return l == 18 ? 0 : 1;
		case 10:				/* ㅙ <- ㅚ+ㅓ (되+어 = 돼) */
			return 11;
		case 9:				/* ㅘ <- ㅗ+ㅏ (보+아 = 봐) */
			return 8;
		case 14:				/* ㅝ <- ㅜ+ㅓ (주+어 = 줘) */
			return 13;
		case 6:				/* ㅕ <- ㅣ+ㅓ (지+어 = 져) */
			return 20;
		case 0:				/* ㅏ (가+아 = 가) */
		case 4:				/* ㅓ (서+어 = 서) */
		case 5:				/* ㅔ */
			return v;
		default:
			return -1;
	}
}

/* ---------------------------------------------------------------- analysis */

typedef struct word
{
	uint32_t	cp[KN_STEM_MAX_BYTES];
	size_t		boff[KN_STEM_MAX_BYTES + 1];	/* byte offset of each cp */
	size_t		n;
	const char *s;				/* lower-cased copy */
} word;

typedef struct cand
{
	int			score;
	int			alt_score;		/* best noun + particle split, when the whole
								 * word won: 투자가 is also 투자 */
	size_t		alt_len;
	char		stem[KN_STEM_MAX_BYTES + 1];
	size_t		len;
	int			is_noun;
} cand;

static int
lex_flags(const kn_lexicon *a, const kn_lexicon *b, const char *w, size_t n)
{
	return lexicon_flags(a, w, n) | (b ? lexicon_flags(b, w, n) : 0);
}

/* Can s be cut into 2..4 lexicon nouns of two syllables or more? */
static int
decompound(const kn_lexicon *a, const kn_lexicon *b, const word *w,
		   size_t from, size_t to, size_t *cuts, int *ncuts)
{
	/* best[i]: fewest parts covering [from, from+i); prev[i]: last cut */
	int			best[64];
	size_t		prev[64];
	size_t		n = to - from,
				i,
				j;

	if (n < 4 || n > 60)
		return 0;
	for (i = 0; i <= n; i++)
		best[i] = 1000;
	best[0] = 0;
	for (i = 2; i <= n; i++)
		for (j = 0; j + 2 <= i; j++)
		{
			if (best[j] >= 1000 || (j == 0 && i == n))
				continue;		/* the whole word is not its own part */
			if (lex_flags(a, b, w->s + w->boff[from + j],
						  w->boff[from + i] - w->boff[from + j]) &
				(KN_LEX_NOUN | KN_LEX_USER))
			{
				if (best[j] + 1 < best[i])
				{
					best[i] = best[j] + 1;
					prev[i] = j;
				}
			}
		}
	if (best[n] < 2 || best[n] > KN_STEM_MAX_PARTS)
		return 0;
	*ncuts = 0;
	for (i = n; i > 0; i = prev[i])
		cuts[(*ncuts)++] = i;
	return 1;
}

static void
consider(cand *best, int score, const word *w, size_t stem_end,
		 const uint32_t *last, int is_noun)
{
	char		buf[KN_STEM_MAX_BYTES + 1];
	size_t		len;

	if (score <= best->score)
		return;
	if (last)
	{
		/* the stem's last syllable replaced by *last */
		size_t		k = stem_end - 1;

		len = w->boff[k];
		memcpy(buf, w->s, len);
		len += (size_t) kn_utf8_encode(*last, buf + len);
	}
	else
	{
		len = w->boff[stem_end];
		memcpy(buf, w->s, len);
	}
	if (len == 0 || len > KN_STEM_MAX_BYTES)
		return;
	best->score = score;
	memcpy(best->stem, buf, len);
	best->len = len;
	best->is_noun = is_noun;
}

/* A candidate stem: syllables [0, k) then the two code points c1 c2. */
static void
consider_two(cand *best, int score, const word *w, size_t k, uint32_t c1,
			 uint32_t c2)
{
	size_t		len = w->boff[k];

	if (score <= best->score || len + 8 > KN_STEM_MAX_BYTES)
		return;
	memcpy(best->stem, w->s, len);
	len += (size_t) kn_utf8_encode(c1, best->stem + len);
	len += (size_t) kn_utf8_encode(c2, best->stem + len);
	best->score = score;
	best->len = len;
	best->is_noun = 0;
}

/*
 * ㅂ irregular: syllable k (우, 운, 워, 웠 ...) stands for the ㅂ of the
 * syllable before it: 가까운, 가까워 = 가깝+.
 */
static void
b_irregular(const kn_lexicon *a, const kn_lexicon *b, const word *w, size_t k,
			cand *best)
{
	int			pl,
				pv,
				pt;
	char		buf[KN_STEM_MAX_BYTES + 8];
	size_t		pb;
	uint32_t	c;

	if (k == 0 || !is_syllable(w->cp[k - 1]))
		return;
	jamo(w->cp[k - 1], &pl, &pv, &pt);
	if (pt != 0)
		return;
	pb = w->boff[k - 1];
	c = syllable(pl, pv, T_B);
	memcpy(buf, w->s, pb);
	if (lex_flags(a, b, buf, pb + kn_utf8_encode(c, buf + pb)) & KN_LEX_VERB)
		consider(best, 76 + (int) k * 2, w, k, &c, 0);
}

/*
 * FNV-1a state after the first k syllables of the word being analysed
 * (before FNV_FIX), set by analyse: a verb candidate is such a prefix plus
 * one changed syllable, and its hash goes on from there.
 */
static uint32_t prefix_state[KN_STEM_MAX_BYTES + 1];

/*
 * Flags of the first k syllables of the word (already in buf, base bytes)
 * followed by the syllable c, which this writes after them.
 */
static int
candidate_flags(const kn_lexicon *a, const kn_lexicon *b, char *buf,
				size_t base, size_t k, uint32_t c)
{
	size_t		n = base + (size_t) kn_utf8_encode(c, buf + base),
				i;
	uint32_t	h = prefix_state[k];

	for (i = base; i < n; i++)
	{
		h ^= (unsigned char) buf[i];
		h *= FNV_PRIME;
	}
	h = FNV_FIX(h);
	return lexicon_flags_h(a, buf, n, h) | (b ? lexicon_flags_h(b, buf, n, h) : 0);
}

/*
 * Stem + verb-ending candidates where the ending is fused into syllable k.
 * sf: the lexicon's flags for the syllables up to k, as the caller looked
 * them up (behind a particle, or for the whole word), else 0.
 */
static void
fused_candidates(const kn_lexicon *a, const kn_lexicon *b, const word *w,
				 size_t k, int tf, int sf, cand *best)
{
	int			l,
				v,
				t,
				uv;
	const char *rest = w->s + w->boff[k + 1];
	size_t		rlen = w->boff[w->n] - w->boff[k + 1];
	char		buf[KN_STEM_MAX_BYTES + 8];
	size_t		base;
	uint32_t	c;

	if (!is_syllable(w->cp[k]))
		return;
	jamo(w->cp[k], &l, &v, &t);
	base = w->boff[k];
	memcpy(buf, w->s, base);

	/* ㄴ/ㄹ/ㅁ endings fused: 한 = 하+ㄴ, 둔 = 두+ㄴ, 함 = 하+ㅁ */
	if (((t == T_N || t == T_L) && after_fused_nl(rest, rlen)) ||
		(t == T_M && (rlen == 0 || (tf & TAIL_PARTICLE))))
	{
		c = syllable(l, v, 0);
		if (candidate_flags(a, b, buf, base, k, c) & KN_LEX_VERB)
		{
			/* 한, 할, 된: 하다 and 되다 win; other one-syllable verbs lose
			 * to a one-syllable noun (길 is a road before it is 기+ㄹ) */
			int			hd = k == 0 && (c == KN_CP("하") || c == KN_CP("되"));

			/* 간다, 본다, 말한다: ㄴ다 is a verb, not a noun + copula */
			if (t == T_N && rlen >= 3 && memcmp(rest, "다", 3) == 0)
				hd = 1;
			consider(best, hd ? 90 + (int) k * 2 : (k == 0 ? 65 : 75 + (int) (k + 1) * 2),
					 w, k + 1, &c, 0);
		}
		else if (t == T_N)
		{
			/* ㄹ drops before ㄴ: 만든 = 만들+ㄴ, 사는 = 살+는 */
			c = syllable(l, v, T_L);
			if (candidate_flags(a, b, buf, base, k, c) & KN_LEX_VERB)
				consider(best, k == 0 ? 25 : 66 + (int) (k + 1) * 2, w, k + 1, &c, 0);
			/* ㅎ drops: 커다란 = 커다랗+ㄴ, 빨간 = 빨갛+ㄴ */
			c = syllable(l, v, 27);
			if (candidate_flags(a, b, buf, base, k, c) & KN_LEX_VERB)
				consider(best, k == 0 ? 64 : 74 + (int) (k + 1) * 2, w, k + 1, &c, 0);
		}
		/* ㅂ irregular: 가까운 = 가깝+은 */
		if (l == 11 && v == 13)
			b_irregular(a, b, w, k, best);
	}
	/* ㅂ니다 fused: 합니다 = 하+ㅂ니다 */
	if (t == T_B && rlen >= 6 && memcmp(rest, "니", 3) == 0)
	{
		c = syllable(l, v, 0);
		if (candidate_flags(a, b, buf, base, k, c) & KN_LEX_VERB)
			consider(best, 75 + (int) (k + 1) * 2, w, k + 1, &c, 0);
	}
	/* past ㅆ fused (했 = 하+었, 됐 = 되+었, 났 = 나+았) or 어/아 fused
	 * (해 = 하+여, 돼 = 되+어, 봐 = 보+아) */
	if ((t == T_SS && (tf & TAIL_AFTER_SS)) || (t == 0 && (tf & TAIL_AFTER_EO)))
	{
		int			bonus = t == T_SS ? 75 : 74;

		/*
		 * A first syllable that is a noun of its own, alone or before a
		 * particle, stays one: 뼈(가) is a bone, not 삐+어(가); 벼 is
		 * rice, not 비+어. The fused forms of 하다, 되다 and 오다 (해서,
		 * 돼, 와서) keep their score.
		 */
		if (k == 0 && t == 0 && (rlen == 0 || (tf & TAIL_PARTICLE)) &&
			w->cp[0] != KN_CP("해") && w->cp[0] != KN_CP("돼") && w->cp[0] != KN_CP("와") &&
			(sf & KN_LEX_NOUN))
			bonus = 63;

		if ((uv = unfused_vowel(l, v)) >= 0)
		{
			c = syllable(l, uv, 0);
			if (candidate_flags(a, b, buf, base, k, c) & KN_LEX_VERB)
				consider(best, bonus + (int) (k + 1) * 2, w, k + 1, &c, 0);
		}
		/* ㅡ drops: 컸 = 크+었, 써 = 쓰+어 */
		if (v == 0 || v == 4)
		{
			c = syllable(l, 18, 0);
			if (candidate_flags(a, b, buf, base, k, c) & KN_LEX_VERB)
				consider(best, bonus - 1 + (int) (k + 1) * 2, w, k + 1, &c, 0);
		}
		/* 르 irregular: 달랐 = 다르+았, 몰라 = 모르+아 */
		if ((v == 0 || v == 4) && l == 5 && k > 0 && is_syllable(w->cp[k - 1]))
		{
			int			pl,
						pv,
						pt;

			jamo(w->cp[k - 1], &pl, &pv, &pt);
			if (pt == T_L)
			{
				size_t		pb = w->boff[k - 1];
				uint32_t	c1 = syllable(pl, pv, 0);

				c = syllable(5, 18, 0); /* 르 */
				memcpy(buf, w->s, pb);
				pb += (size_t) kn_utf8_encode(c1, buf + pb);
				if (lex_flags(a, b, buf, pb + kn_utf8_encode(c, buf + pb)) & KN_LEX_VERB)
				{
					/* stem = ... + c1 + 르: built in consider via the last syllable */
					consider_two(best, bonus + (int) (k + 1) * 2, w, k - 1, c1, c);
				}
				memcpy(buf, w->s, base);
			}
		}
	}
	/* ㅂ irregular with 워: 가까워 = 가깝+어 */
	if ((w->cp[k] == KN_CP("워") || w->cp[k] == KN_CP("웠")) &&
		(tf & (TAIL_AFTER_EO | TAIL_AFTER_SS)))
		b_irregular(a, b, w, k, best);
}

/*
 * Verbs whose 하 the treebanks keep (위하, 대하, 통하, 못하, ...), and verbs
 * built on 아/어 + 하 (좋아하, 싫어하).
 */
static int
keeps_suffix(const char *stem, size_t len)
{
	static const char *const keep[] = {
		"위하", "대하", "통하", "의하", "인하", "비하", "못하", "당하", "향하",
		"관하", "편하", "잘하", "취하", "원하", "달하", "속하", "응하", "변하",
		"가하", "구하", "행하", "처하", "면하", "전하", "망하", NULL
	};
	int			i;

	if (len == 6)				/* all two syllables */
		for (i = 0; keep[i]; i++)
			if (memcmp(keep[i], stem, 6) == 0)
				return 1;
	/* the demonstrative adjectives: 이러한, 그러한, 어떠한 */
	if (len == 9 && memcmp(stem + 3, "러하", 6) == 0 &&
		(memcmp(stem, "이", 3) == 0 || memcmp(stem, "그", 3) == 0 ||
		 memcmp(stem, "저", 3) == 0))
		return 1;
	if (len == 9 && memcmp(stem, "어떠하", 9) == 0)
		return 1;
	if (len >= 9 && memcmp(stem + len - 3, "하", 3) == 0 &&
		(memcmp(stem + len - 6, "아", 3) == 0 || memcmp(stem + len - 6, "어", 3) == 0 ||
		 memcmp(stem + len - 6, "여", 3) == 0 || memcmp(stem + len - 6, "워", 3) == 0))
		return 1;
	return 0;
}

/* Case particles that are never a word on their own: 은 는 을 를 의 에 와 과 로 */
static int
case_particle(uint32_t cp)
{
	static kn_char_set set = KN_CHAR_SET("은는을를의에와과로");

	return kn_char_set_has(&set, cp);
}

/* Does s start with a syllable whose initial is the silent ㅇ (어서, 으며)? */
static int
vowel_initial(const char *s)
{
	uint32_t	cp;

	if (kn_utf8_decode((const unsigned char *) s, (const unsigned char *) s + 4, &cp) == 0 ||
		!is_syllable(cp))
		return 0;
	return (cp - HANGUL_BASE) / 588 == 11;
}

/* The case particles with the subject markers 이/가 and 도 */
static int
case_particle_or_subject(uint32_t cp)
{
	return case_particle(cp) || cp == KN_CP("이") || cp == KN_CP("가") || cp == KN_CP("도");
}

/* One-syllable pronouns and bound nouns that take particles: 이를, 것이 */
static int
strong_noun(uint32_t cp)
{
	static kn_char_set set =
		KN_CHAR_SET("이그저나내너것수때등중곳데바점측뒤앞위밑안밖속말일날달번분씨님제누만");

	return kn_char_set_has(&set, cp);
}

/* Does the word end in a lexicon noun of two syllables or more? */
static int
ends_in_noun(const kn_lexicon *a, const kn_lexicon *b, const word *w)
{
	size_t		k;

	/* 엔비디아가 ends in 아가 (a noun), but a name + 가 is the likelier read */
	if (w->n >= 2 && (tail_flags(w->s + w->boff[w->n - 1],
								 w->boff[w->n] - w->boff[w->n - 1]) & TAIL_PARTICLE))
		return 0;
	for (k = 1; k + 2 <= w->n; k++)
		if (lex_flags(a, b, w->s + w->boff[k], w->boff[w->n] - w->boff[k]) &
			(KN_LEX_NOUN | KN_LEX_USER))
			return 1;
	return 0;
}

/*
 * Does a particle or copula tail fit the syllable before it? Many come in
 * two forms, one after a final consonant (은 이 을 과 으로), one after a
 * vowel (는 가 를 와 로 라고 다). An unknown stem must agree with its tail:
 * 테슬라는 is 테슬라 + 는, not 테슬 + 라는; 런웨이 is a name, not 런웨 + 이.
 */
static int
tail_agrees(uint32_t prev, const char *rest, size_t rlen)
{
	static kn_char_set after_consonant = KN_CHAR_SET("은을과으아");
	static kn_char_set after_vowel = KN_CHAR_SET("는가를와라나랑며란다야로");
	uint32_t	c;
	int			final;

	if (!is_syllable(prev) ||
		kn_utf8_decode((const unsigned char *) rest, (const unsigned char *) rest + rlen, &c) != 3)
		return 1;
	final = (int) ((prev - HANGUL_BASE) % 28);
	if (c == KN_CP("이"))
	{
		/*
		 * 이 after a vowel: not the subject marker, and not a copula form
		 * whose short form exists (런웨이라는 is 런웨이 + 라는, since
		 * 라는 is what follows a vowel)
		 */
		if (final != 0)
			return 1;
		return rlen > 3 &&
			!(tail_flags(rest + 3, rlen - 3) & TAIL_PARTICLE);
	}
	if (kn_char_set_has(&after_consonant, c))
		return final != 0;
	if (kn_char_set_has(&after_vowel, c))
		return final == 0 || (c == KN_CP("로") && final == T_L);	/* 로 after ㄹ */
	return 1;
}

static uint32_t prefix_h[KN_STEM_MAX_BYTES + 1];
static uint32_t suffix_h[KN_STEM_MAX_BYTES + 1];

/*
 * The lexicon hashes of every prefix of w (prefix_h[k]: its first k code
 * points), and the hash states behind them (prefix_state), in one pass.
 */
static void
prefix_hashes(const word *w)
{
	uint32_t	h = FNV_BASIS;
	size_t		i,
				j;

	prefix_state[0] = h;
	for (j = 1; j <= w->n; j++)
	{
		for (i = w->boff[j - 1]; i < w->boff[j]; i++)
		{
			h ^= (unsigned char) w->s[i];
			h *= FNV_PRIME;
		}
		prefix_state[j] = h;
		prefix_h[j] = FNV_FIX(h);
	}
}

/*
 * Analyse the Hangul word w->cp[0..n): the best stem into *best. in_tail:
 * the word follows digits or Latin letters (500명의, 3월에), so a short
 * noun (a counter) plus particles is the likely reading. whole: the
 * lexicon's flags for the whole word. hashed: prefix_hashes(w) was done.
 */
static void
analyse(const kn_lexicon *a, const kn_lexicon *b, const word *w, cand *best,
		int in_tail, int whole, int hashed)
{
	size_t		k,
				cuts[KN_STEM_MAX_PARTS + 1];
	int			ncuts,
				known = whole & (KN_LEX_NOUN | KN_LEX_ADVERB | KN_LEX_USER);

	best->score = -1;
	best->alt_len = 0;
	if (known)
		consider(best, in_tail ? 50 : (w->n > 1 ? 100 + (int) w->n :
									   (whole & KN_LEX_ADVERB) ? 80 : 70),
				 w, w->n, NULL, 1);	/* 왜 is not 외 + 어 */
	else
		consider(best, 30, w, w->n, NULL, 1);	/* 45 if it ends in a noun:
												 * settled after the loop */

	/*
	 * Every prefix (a stem) and every suffix (a tail) is looked up: their
	 * hashes come from one pass each way instead of one pass per look-up.
	 */
	{
		uint32_t	h = FNV_BASIS;
		size_t		i,
					j;

		if (!hashed)
			prefix_hashes(w);
		j = w->n;
		suffix_h[w->n] = 0;
		for (i = w->boff[w->n]; i-- > 0;)
		{
			h ^= (unsigned char) w->s[i];
			h *= FNV_PRIME;
			if (j > 0 && i == w->boff[j - 1])
				suffix_h[--j] = FNV_FIX(h);
		}
	}

	for (k = 1; k <= w->n; k++)
	{
		const char *rest = w->s + w->boff[k];
		size_t		rlen = w->boff[w->n] - w->boff[k];
		int			tf = k < w->n ? lexicon_flags_h(tails, rest, rlen, suffix_h[k]) : 0;
		int			sf = k == w->n ? whole : 0;
		int			one = k == 1 && !in_tail;	/* one-syllable stems are weak */

		if (k < w->n && tf)
		{
			/* the stem is looked up only behind a tail that exists */
			sf = lexicon_flags_h(a, w->s, w->boff[k], prefix_h[k]) |
				lexicon_flags_h(b, w->s, w->boff[k], prefix_h[k]);

			if ((tf & TAIL_COPULA_V) && k >= 2 && !in_tail &&
				(sf & (KN_LEX_NOUN | KN_LEX_USER)) && is_syllable(w->cp[k - 1]) &&
				(w->cp[k - 1] - HANGUL_BASE) % 28 == 0)
				consider(best, 80 + (int) k * 2, w, k, NULL, 1);
			if (k == 1 && (tf & TAIL_PARTICLE) && strong_noun(w->cp[0]) &&
				(!(whole & KN_LEX_ADVERB) ||	/* 바로 is not 바 + 로, */
				 w->cp[0] == KN_CP("이") || w->cp[0] == KN_CP("그")))	/* but 이에 is 이 + 에 */
				consider(best, (w->n == 2 && case_particle_or_subject(w->cp[1]) &&
								/* 제도, 속도, 중도 are nouns; 수도 is 수 + 도 */
								!(w->cp[1] == KN_CP("도") && (whole & KN_LEX_NOUN) &&
								  w->cp[0] != KN_CP("수"))) ? 103 : 99,
						 w, k, NULL, 1);	/* 이를, 그를, 것이; 이에 over the noun 이에 */
			if ((tf & (TAIL_PARTICLE | TAIL_NOMINAL)) && (sf & KN_LEX_ADVERB) && !one)
				consider(best, 78 + (int) k * 2, w, k, NULL, 1);	/* 아직도 */
			if ((tf & (TAIL_PARTICLE | TAIL_NOMINAL)) &&
				(sf & (KN_LEX_NOUN | KN_LEX_USER)) &&
				/* 부적당하다 (unfit) is not 부적 (a charm) + 당하다 */
				!(w->boff[k] == 6 && memcmp(w->s, "부적", 6) == 0 &&
				  memcmp(rest, "당", 3) == 0))
			{
				if (!one && (tf & TAIL_PARTICLE) && (int) w->boff[k] > (int) best->alt_len)
					best->alt_len = w->boff[k];
				consider(best, (one ? 72 : 80) + (int) k * 2, w, k, NULL, 1);
			}
			else if (in_tail && !(tf & TAIL_PARTICLE))
				;				/* after digits: a counter and particles only */
			else if ((tf & TAIL_VERBAL) && (sf & KN_LEX_VERB))
				consider(best, (one ? 70 : 75) + (int) k * 2, w, k, NULL, 0);
			else if ((tf & TAIL_NOMINAL) && !sf && k >= 2 &&
					 ((tf & (TAIL_LISTED | TAIL_PARTICLE)) || memcmp(rest, "이", 3) != 0) &&
					 !(rlen == 6 && memcmp(rest, "이지", 6) == 0) &&
					 !(rlen == 3 && w->cp[k - 1] != KN_CP("적") &&	/* 적: 구체적인 */
					   (memcmp(rest, "인", 3) == 0 || memcmp(rest, "일", 3) == 0 ||
						memcmp(rest, "임", 3) == 0) &&
					   !decompound(a, b, w, 0, k, cuts, &ncuts)) &&
					 tail_agrees(w->cp[k - 1], rest, rlen))
				/* after an unknown stem, the copula only in its listed
				 * forms, not the colloquial 이지 (업스테이지(는) is a name
				 * (+ 는), not 업스테 + 이지(는)), and 인, 일, 임 alone only
				 * after -적 or nouns the lexicon knows (나비부인 is a word;
				 * 구체적인 is 구체적 + 인, 생산회사인 생산회사 + 인) */
				consider(best, 45 + (int) rlen, w, k, NULL, 1);
			else if ((tf & TAIL_PARTICLE) && !sf && tail_agrees(w->cp[k - 1], rest, rlen))
			{
				/*
				 * an unknown stem made of known nouns outranks one that is
				 * not: 대통령과학장학증서 + 와, not ..증 + 서와; among
				 * such stems the longer tail still wins: 문화중심지 + 로서,
				 * not 문화중심지로 (지로) + 서
				 */
				if (k >= 4 && 60 + (int) rlen > best->score &&
					decompound(a, b, w, 0, k, cuts, &ncuts))
					consider(best, 60 + (int) rlen, w, k, NULL, 1);
				else
					consider(best, 46 + (int) rlen, w, k, NULL, 1);
			}
			if ((tf & TAIL_VERBAL) && !sf && !in_tail &&
				is_syllable(w->cp[k - 1]))
			{
				/* ㄹ drops before ㄴ, ㅂ, ㅅ, 오: 만드는 = 만들+는 */
				int			l,
							v,
							t;
				char		tmp[KN_STEM_MAX_BYTES + 8];
				size_t		pb = w->boff[k - 1];
				uint32_t	c;

				jamo(w->cp[k - 1], &l, &v, &t);
				memcpy(tmp, w->s, pb);
				if (t == 0)
				{
					c = syllable(l, v, T_L);
					if (candidate_flags(a, b, tmp, pb, k - 1, c) & KN_LEX_VERB)
						consider(best, 74 + (int) k * 2, w, k, &c, 0);
					/* ㅅ drops before a vowel: 이어 = 잇+어, 지어 = 짓+어 */
					c = syllable(l, v, 19);
					if (vowel_initial(rest) &&
						(candidate_flags(a, b, tmp, pb, k - 1, c) & KN_LEX_VERB))
						consider(best, 73 + (int) k * 2, w, k, &c, 0);
					/* ㅂ as 우 before a separate ending: 구우며 = 굽+으며 */
					if (w->cp[k - 1] == KN_CP("우"))
						b_irregular(a, b, w, k - 1, best);
				}
				else if (t == T_L && vowel_initial(rest))
				{
					/* ㄷ as ㄹ before a vowel: 걸어서 = 걷+어서, 물어 = 묻+어 */
					c = syllable(l, v, 7);
					if (candidate_flags(a, b, tmp, pb, k - 1, c) & KN_LEX_VERB)
						consider(best, 73 + (int) k * 2, w, k, &c, 0);
				}
			}
		}
		if (!in_tail)
			fused_candidates(a, b, w, k - 1, k < w->n ? tf : TAIL_AFTER_EO, sf, best);
	}

	/*
	 * The whole word scores 45 when it ends in a noun, and came first, so
	 * it wins ties: asked only when that can change the result.
	 */
	if (!known && best->score <= 45 && ends_in_noun(a, b, w))
	{
		best->score = -1;
		consider(best, 45, w, w->n, NULL, 1);
	}
}

/*
 * The auxiliary 지다 after 어/아: 벌어지 -> 벌, 무뎌지 -> 무디, 드리워지 -> 드리우,
 * 이루어지 -> 이루. Both treebanks take the first verb as the stem.
 */
static void
auxiliary_ji(const kn_lexicon *a, const kn_lexicon *b, cand *best)
{
	uint32_t	cps[64];
	size_t		offs[65];
	size_t		n = 0,
				p = 0;
	int			l,
				v,
				t,
				uv;
	char		buf[KN_STEM_MAX_BYTES + 8];
	size_t		base;
	uint32_t	c;

	while (p < best->len && n < 64)
	{
		int			k = kn_utf8_decode((const unsigned char *) best->stem + p,
									   (const unsigned char *) best->stem + best->len, &cps[n]);

		if (k == 0)
			return;
		offs[n++] = p;
		p += (size_t) k;
	}
	offs[n] = p;
	if (n < 3 || cps[n - 1] != KN_CP("지") || !is_syllable(cps[n - 2]))	/* 지 */
		return;
	jamo(cps[n - 2], &l, &v, &t);
	if (t != 0)
		return;
	base = offs[n - 2];
	memcpy(buf, best->stem, base);
	if (cps[n - 2] == KN_CP("어") || cps[n - 2] == KN_CP("아"))	/* 어, 아 written apart */
	{
		if (lex_flags(a, b, buf, base) & KN_LEX_VERB)
			best->len = base;
		return;
	}
	if (l == 5 && (v == 0 || v == 4) && n >= 4)
	{
		/* 르 irregular: 치러지 = 치르+어+지 */
		c = syllable(5, 18, 0);
		if (lex_flags(a, b, buf, base + kn_utf8_encode(c, buf + base)) & KN_LEX_VERB)
		{
			best->len = base + kn_utf8_encode(c, best->stem + base);
			return;
		}
	}
	if ((uv = unfused_vowel(l, v)) < 0 || uv == v)
	{
		if (cps[n - 2] == KN_CP("워") && n >= 3)		/* 워: ㅂ or 우 */
			uv = 13;
		else
			return;
	}
	c = syllable(l, uv, 0);
	if (lex_flags(a, b, buf, base + kn_utf8_encode(c, buf + base)) & KN_LEX_VERB)
	{
		best->len = base + kn_utf8_encode(c, best->stem + base);
	}
}

static const char *
contraction(const char *w, size_t n)
{
	int			i = lexicon_flags(contractions, w, n);

	return i ? contraction_map[i - 1][1] : NULL;
}

/*
 * Verbs made from an adjective + 어/아 + 하, the 어 fused: 기뻐하 (기쁘),
 * 아파하 (아프), 미워하 (밉). Their 하 is kept, as for 좋아하.
 */
static int
fused_eo_ha(const kn_lexicon *a, const kn_lexicon *b, const char *stem, size_t len)
{
	uint32_t	cp,
				c;
	int			l,
				v,
				t;
	char		buf[KN_STEM_MAX_BYTES + 8];
	size_t		base;

	if (len < 9 || memcmp(stem + len - 3, "하", 3) != 0 ||
		kn_utf8_decode((const unsigned char *) stem + len - 6,
					   (const unsigned char *) stem + len - 3, &cp) != 3 ||
		!is_syllable(cp))
		return 0;
	jamo(cp, &l, &v, &t);
	if (t != 0)
		return 0;
	base = len - 6;
	memcpy(buf, stem, base);
	if (v == 0 || v == 4)		/* 파 = 프 + 아, 퍼 = 프 + 어 */
	{
		c = syllable(l, 18, 0);
		if (lex_flags(a, b, buf, base + kn_utf8_encode(c, buf + base)) & KN_LEX_VERB)
			return 1;
	}
	if (cp == KN_CP("워") && base >= 3)	/* 워: the ㅂ of the syllable before */
	{
		uint32_t	p;

		if (kn_utf8_decode((const unsigned char *) stem + base - 3,
						   (const unsigned char *) stem + base, &p) == 3 &&
			is_syllable(p))
		{
			jamo(p, &l, &v, &t);
			if (t == 0)
			{
				c = syllable(l, v, T_B);
				base -= 3;
				if (lex_flags(a, b, buf, base + kn_utf8_encode(c, buf + base)) & KN_LEX_VERB)
					return 1;
			}
		}
	}
	return 0;
}

size_t
kn_stem_tables_bytes(const kn_alloc *al)
{
	if (tails == NULL)
		build_tails(al);
	return kn_lexicon_bytes(tails) + kn_lexicon_bytes(contractions);
}

/*
 * News headlines name countries and parties by one Hanja character (美 정부,
 * 中 딥시크, 與 의원): standing alone, it reads as the Hangul name too, so
 * 미국 finds 美.
 */
static void
hanja_name(uint32_t cp, kn_stem_result *out)
{
	static const struct
	{
		const char *hanja;
		const char *name;
	}			names[] = {
		{"美", "미국"}, {"中", "중국"}, {"日", "일본"}, {"韓", "한국"},
		{"北", "북한"}, {"英", "영국"}, {"獨", "독일"}, {"佛", "프랑스"},
		{"露", "러시아"}, {"印", "인도"}, {"伊", "이탈리아"}, {"加", "캐나다"},
		{"濠", "호주"}, {"豪", "호주"}, {"臺", "대만"}, {"台", "대만"},
		{"歐", "유럽"}, {"與", "여당"}, {"野", "야당"}
	};
	size_t		i;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (KN_CP(names[i].hanja) == cp)
		{
			size_t		at = out->off[0] + out->len[0];

			out->len[1] = strlen(names[i].name);
			out->off[1] = at;
			memcpy(out->buf + at, names[i].name, out->len[1]);
			out->n = 2;
			out->nalt = 2;
			return;
		}
}

/*
 * A word of Latin letters and Hangul (오픈ai, ai연구원, sk하이닉스): its runs
 * of two Latin letters or more and of two syllables or more follow it as
 * parts, so that ai, 연구원 and 하이닉스 find it. They come with the whole,
 * not instead of it (out->joint): a query for 오픈AI still wants 오픈ai.
 */
static void
script_parts(kn_stem_result *out)
{
	const char *s = out->buf + out->off[0];
	size_t		len = out->len[0],
				at = out->off[0] + len,
				i = 0,
				starts[KN_STEM_MAX_PARTS + 1],
				ends[KN_STEM_MAX_PARTS + 1];
	int			nrun = 0,
				latin = 0,
				hangul = 0,
				r;

	while (i < len)
	{
		size_t		a = i,
					chars = 0;
		uint32_t	cp = 0;
		int			k;

		if (s[i] >= 'a' && s[i] <= 'z')
		{
			while (i < len && s[i] >= 'a' && s[i] <= 'z')
				i++, chars++;
			latin = 1;
		}
		else if ((k = kn_utf8_decode((const unsigned char *) s + i,
									 (const unsigned char *) s + len, &cp)) == 3 &&
				 is_syllable(cp))
		{
			while (i < len && kn_utf8_decode((const unsigned char *) s + i,
											 (const unsigned char *) s + len, &cp) == 3 &&
				   is_syllable(cp))
				i += 3, chars++;
			hangul = 1;
		}
		else
		{
			i += k > 0 ? (size_t) k : 1;
			continue;
		}
		if (chars >= 2 && i - a < len && nrun < KN_STEM_MAX_PARTS)
		{
			starts[nrun] = a;
			ends[nrun] = i;
			nrun++;
		}
	}
	if (!latin || !hangul)
		return;
	for (r = 0; r < nrun; r++)
	{
		memmove(out->buf + at, s + starts[r], ends[r] - starts[r]);
		out->off[out->n] = at;
		out->len[out->n] = ends[r] - starts[r];
		out->n++;
		at += ends[r] - starts[r];
	}
	out->nalt = 1;
	out->joint = 1;
}

/*
 * Is the Hangul word w a word of lx followed by an ending whose answer the
 * shortcuts know? Then that answer is in *out.
 */
static int
shortcut(const kn_lexicon *lx, const word *w, kn_stem_result *out)
{
	size_t		e;

	for (e = 0; e <= SC_ENDING_SYLLABLES && e < w->n; e++)
	{
		int			bit = e == 0 ? 0 : ending_bit(lx, w->cp + w->n - e, e);
		size_t		xl = w->boff[w->n - e];
		uint32_t	h,
					info,
					c;
		lex_slot   *sl;

		if (bit < 0 || xl > 255)
			continue;
		h = prefix_h[w->n - e];	/* prefix_hashes(w) was done */
		if (!bloom_maybe(lx, h))
			continue;
		sl = find_slot(lx, w->s, xl, h);
		info = sl->info;
		c = info & SC_MAX_CLASS;
		if (c &&
			(lx->sc_mask[(c - 1) * SC_MASK_WORDS + bit / 64] >> (bit % 64) & 1))
		{
			const sc_answer *a;
			size_t		at = 0;
			int			i;

			if ((info >> SC_ANSWER_SHIFT) == 0)
			{
				memcpy(out->buf, w->s, xl);
				out->n = 1;
				out->nalt = 1;
				out->len[0] = xl;
				return 1;
			}
			a = &lx->sc_answer[(info >> SC_ANSWER_SHIFT) - 1];
			for (i = 0; i < a->n; i++)
			{
				memcpy(out->buf + at, w->s + a->off[i], a->len[i]);
				out->off[i] = at;
				out->len[i] = a->len[i];
				at += a->len[i];
			}
			out->n = a->n;
			out->nalt = a->nalt;
			return 1;
		}
	}
	return 0;
}

/*
 * The shortcuts were made with no user lexicon. One cannot change the
 * answer for w if it has no verbs (the analysis asks it about other
 * strings only for verbs) and none of its words is part of w (none starts
 * with one of w's syllables).
 */
static int
user_lexicon_silent(const kn_lexicon *u, const word *w)
{
	size_t		i;

	if (u == NULL || u->n == 0)
		return 1;
	if (u->all_flags & ~(KN_LEX_NOUN | KN_LEX_USER))
		return 0;
	for (i = 0; i < w->n; i++)
	{
		uint32_t	c = w->cp[i] - HANGUL_BASE;

		if (u->first_syl[c / 64] >> (c % 64) & 1)
			return 0;
	}
	return 1;
}

/*
 * Lower-case Latin letters into low and split it into code points in w.
 * *hstart is where the Hangul tail begins (after the last non-Hangul code
 * point). Returns the length read; a broken character cuts the word.
 */
static size_t
split_word(const char *in, size_t len, char *low, word *w, size_t *hstart,
		   int *has_hangul, int *has_other)
{
	size_t		pos = 0,
				ncp = 0;		/* a local: stores into low could alias w->n */

	*hstart = 0;
	*has_hangul = *has_other = 0;
	memcpy(low, in, len);
	while (pos < len)
	{
		const unsigned char *q = (const unsigned char *) in + pos;
		uint32_t	cp = kn_syllable_at(q, (const unsigned char *) in + len);
		int			k;

		if (cp)
		{
			/* a Hangul syllable, most of what comes here */
			w->cp[ncp] = cp;
			w->boff[ncp++] = pos;
			pos += 3;
			*has_hangul = 1;
			continue;
		}
		k = kn_utf8_decode_fast(q, (const unsigned char *) in + len, &cp);
		if (k == 0)
			break;				/* cut at a broken or truncated character */
		if (cp >= 'A' && cp <= 'Z')
		{
			low[pos] = (char) (cp + 32);
			cp += 32;
		}
		w->cp[ncp] = cp;
		w->boff[ncp++] = pos;
		pos += (size_t) k;
		if (is_syllable(cp))
			*has_hangul = 1;
		else
		{
			*has_other = 1;
			*hstart = ncp;		/* Hangul tail starts after this */
		}
	}
	w->n = ncp;
	w->boff[w->n] = pos;
	w->s = low;
	return pos;
}

/*
 * An all-Hangul word answered before the analysis: by the shortcuts file,
 * as a contraction, or as a stopword (particles or copula alone). Returns
 * 1 when out is final; else sets *whole to the lexicon flags of the word.
 */
static int
stem_early(const kn_lexicon *lx, const kn_lexicon *lx2, word *w, const char *low,
		   size_t len, kn_stem_result *out, int *whole)
{
	const char *c;
	int			tf;

	prefix_hashes(w);			/* for the shortcuts and the analysis */
	if (lx->sc_mask && user_lexicon_silent(lx2, w) && shortcut(lx, w, out))
		return 1;
	c = contraction(low, len);
	if (c)
	{
		out->n = 1;
		out->len[0] = strlen(c);
		memcpy(out->buf, c, out->len[0]);
		return 1;
	}
	*whole = lexicon_flags_h(lx, low, len, prefix_h[w->n]) |
		lexicon_flags_h(lx2, low, len, prefix_h[w->n]);

	/* a word of particles or copula alone is a stopword */
	tf = tail_flags(low, len);
	if ((*whole && !(w->n == 1 && case_particle(w->cp[0]))) ||
		(w->n > 1 && !(tf & TAIL_NOMINAL) &&
		 (strong_noun(w->cp[0]) || w->cp[0] == KN_CP("하"))))
		tf = 0;					/* 이 (this), 나이 (age), 나는, 하고: words */
	if ((tf & TAIL_PARTICLE) ||
		(tf & TAIL_LISTED && !(*whole & KN_LEX_NOUN) &&
		 (memcmp(low, "이", 3) == 0 || memcmp(low, "였", 3) == 0 ||
		  memcmp(low, "입", 3) == 0 || memcmp(low, "인", 3) == 0)))
	{
		out->stop = 1;
		return 1;
	}
	return 0;
}

/* Is low[0, n) a word of the user's lexicon (kept whole: 퓨리오사ai)? */
static int
user_word(const kn_lexicon *lx2, const char *low, size_t n)
{
	return lx2 && (lexicon_flags(lx2, low, n) & KN_LEX_USER);
}

/* Latin, digits, or mixed ending in non-Hangul: the word itself. */
static void
stem_as_is(const kn_lexicon *lx2, const word *w, const char *low, size_t len,
		   int has_hangul, kn_stem_result *out)
{
	memcpy(out->buf, low, len);
	out->n = 1;
	out->off[0] = 0;
	out->len[0] = len;
	if (has_hangul && !user_word(lx2, low, len))
		script_parts(out);
	else if (w->n == 1)
		hanja_name(w->cp[0], out);
	else if (len >= 4 && memcmp(low + len - 2, "'s", 2) == 0 &&
			 low[len - 3] >= 'a' && low[len - 3] <= 'z')
		out->len[0] = len - 2;	/* an English possessive: openai's */
}

/* 오픈ai와, 챗gpt를, 3월에: strip the Hangul tail's particles. */
static void
stem_mixed(const kn_lexicon *lx, const kn_lexicon *lx2, const word *w,
		   const char *low, size_t len, size_t hstart, cand *best,
		   kn_stem_result *out)
{
	word		tw;
	size_t		j,
				keep;
	int			tf;

	/* 3만, 10억원: a numeral unit after digits belongs to the number */
	while (hstart < w->n && hstart > 0 && w->cp[hstart - 1] < 0x80 &&
		   w->cp[hstart - 1] >= '0' && w->cp[hstart - 1] <= '9' &&
		   (w->cp[hstart] == KN_CP("만") || w->cp[hstart] == KN_CP("억") ||
			w->cp[hstart] == KN_CP("조") || w->cp[hstart] == KN_CP("천") ||
			w->cp[hstart] == KN_CP("백")))
		hstart++;
	keep = w->boff[hstart];
	out->n = 1;
	if (hstart == w->n)
	{
		memcpy(out->buf, low, len);
		out->len[0] = len;
		if (!user_word(lx2, low, len))
			script_parts(out);
		return;
	}
	tf = tail_flags(low + keep, len - keep);

	/*
	 * particles; the copula and 하다 forms of two syllables or more
	 * (스케일AI이다, IPO했다), or the copula's short form after a letter
	 * (오픈AI다); a counter after digits stays (3일, 10시)
	 */
	if ((tf & TAIL_PARTICLE) ||
		((tf & (TAIL_NOMINAL | TAIL_COPULA_V)) && len - keep >= 6) ||
		((tf & TAIL_COPULA_V) &&	/* code points are lower-cased above */
		 w->cp[hstart - 1] >= 'a' && w->cp[hstart - 1] <= 'z'))
	{
		memcpy(out->buf, low, keep);
		out->len[0] = keep;
		if (!user_word(lx2, low, keep))
			script_parts(out);
		return;
	}
	/* else stem the Hangul tail and keep what precedes it */
	tw.n = w->n - hstart;
	for (j = 0; j < tw.n; j++)
	{
		tw.cp[j] = w->cp[hstart + j];
		tw.boff[j] = w->boff[hstart + j] - keep;
	}
	tw.boff[tw.n] = len - keep;
	tw.s = low + keep;
	analyse(lx, lx2, &tw, best, 1, lex_flags(lx, lx2, tw.s, tw.boff[tw.n]), 0);
	memcpy(out->buf, low, keep);
	memcpy(out->buf + keep, best->stem, best->len);
	out->len[0] = keep + best->len;
	script_parts(out);
}

/*
 * The verb- and adjective-forming suffixes are functional, as in the
 * treebanks: 말하 -> 말, 깨끗하 -> 깨끗, 발표되 -> 발표, 자연스럽 -> 자연,
 * 평화롭 -> 평화, 증가시키 -> 증가. The stem before stripping goes to
 * unstripped.
 */
static void
strip_verb_suffix(const kn_lexicon *lx, const kn_lexicon *lx2, cand *best,
				  char *unstripped, size_t *unstripped_len)
{
	static const char *const xs[] = {"하", "되", "시키", "스럽", "롭", NULL};
	int			x;

	memcpy(unstripped, best->stem, best->len);
	*unstripped_len = best->len;
	for (x = 0; xs[x]; x++)
	{
		size_t		xl = strlen(xs[x]);

		/*
		 * Two syllables at least must remain (강하, 진하, 더하 are
		 * adjectives and verbs of their own), but for 말하 -> 말; nor verbs
		 * whose 하 is their own: 위하, 통하, 좋아하.
		 */
		size_t		min_rest = (best->len == 6 && memcmp(best->stem, "말", 3) == 0 &&
								x == 0) ? 3 : 6;

		if (best->len >= xl + min_rest &&
			memcmp(best->stem + best->len - xl, xs[x], xl) == 0 &&
			!keeps_suffix(best->stem, best->len) &&
			!(x == 0 && fused_eo_ha(lx, lx2, best->stem, best->len)))
		{
			best->len -= xl;
			return;
		}
	}
}

/* Put s (n bytes) into out as lexeme number out->n, after the last one. */
static void
add_lexeme(kn_stem_result *out, const char *s, size_t n)
{
	size_t		at = out->off[out->n - 1] + out->len[out->n - 1];

	memcpy(out->buf + at, s, n);
	out->off[out->n] = at;
	out->len[out->n] = n;
	out->n++;
}

/* The best stem, then at most one other reading of the word. */
static void
stem_readings(const kn_lexicon *lx, const kn_lexicon *lx2, const cand *best,
			  const char *low, size_t len, int whole, const char *unstripped,
			  size_t unstripped_len, kn_stem_result *out)
{
	memcpy(out->buf, best->stem, best->len);
	out->n = 1;
	out->off[0] = 0;
	out->len[0] = best->len;
	if (unstripped_len > best->len)
	{
		/* 말하 as well as 말: the treebanks disagree on the suffix */
		add_lexeme(out, unstripped, unstripped_len);
	}
	else if (best->len == len && best->alt_len > 0 && best->alt_len < len)
	{
		/* the whole word won, but a noun + particle reading exists too */
		add_lexeme(out, low, best->alt_len);
	}
	else if (best->is_noun && best->len >= 9 &&
			 memcmp(best->stem + best->len - 3, "들", 3) == 0 &&
			 ((lex_flags(lx, lx2, best->stem, best->len - 3) & (KN_LEX_NOUN | KN_LEX_USER)) ||
			  !lex_flags(lx, lx2, best->stem, best->len)))
	{
		/* the plural 들 stays on the stem, as in the treebanks, but the
		 * singular is a lexeme too: 투자자들은 is found by 투자자, and
		 * 스타트업들이, which the lexicon does not know, by 스타트업 */
		add_lexeme(out, best->stem, best->len - 3);
	}
	else if (best->is_noun && best->len < len &&
			 (whole & (KN_LEX_NOUN | KN_LEX_USER)))
	{
		/* noun + particle won, but the whole word is a noun too */
		add_lexeme(out, low, len);
	}
	out->nalt = out->n;
}

/*
 * A compound noun: its parts follow the whole. The lexicon lists some
 * compounds (기업가치), so long nouns are split whether listed or not.
 */
static void
add_compound_parts(const kn_lexicon *lx, const kn_lexicon *lx2, const cand *best,
				   kn_stem_result *out)
{
	word		sw;
	size_t		cuts[KN_STEM_MAX_PARTS + 1];
	int			ncuts = 0,
				c;
	size_t		bp = 0,
				from = 0;

	if (!best->is_noun || (best->len < 12 &&
						   (lex_flags(lx, lx2, best->stem, best->len) &
							(KN_LEX_NOUN | KN_LEX_USER))))
		return;
	sw.n = 0;
	while (bp < best->len && sw.n < KN_STEM_MAX_BYTES)
	{
		uint32_t	cp;
		int			k = kn_utf8_decode((const unsigned char *) best->stem + bp,
									   (const unsigned char *) best->stem + best->len, &cp);

		if (k == 0)
			break;
		sw.cp[sw.n] = cp;
		sw.boff[sw.n] = bp;
		sw.n++;
		bp += (size_t) k;
	}
	sw.boff[sw.n] = bp;
	sw.s = best->stem;
	if (!decompound(lx, lx2, &sw, 0, sw.n, cuts, &ncuts))
		return;
	for (c = ncuts - 1; c >= 0; c--)
	{
		size_t		a0 = sw.boff[from],
					a1 = sw.boff[cuts[c]];

		add_lexeme(out, best->stem + a0, a1 - a0);
		from = cuts[c];
	}
}

void
kn_stem(const kn_lexicon *lx, const kn_lexicon *lx2, const char *in,
		size_t len, kn_stem_result *out)
{
	static word w;
	static cand best;
	static char unstripped[KN_STEM_MAX_BYTES + 1];
	size_t		unstripped_len = 0;
	char	   *low = out->buf + 2 * (KN_STEM_MAX_BYTES + 1);
	size_t		hstart;
	int			has_hangul,
				has_other,
				whole = 0;		/* lexicon flags of the whole word */

	if (tails == NULL)
		build_tails(lx->al);
	memset(out, 0, offsetof(kn_stem_result, buf));
	if (len > KN_STEM_MAX_BYTES)
		len = KN_STEM_MAX_BYTES;
	len = split_word(in, len, low, &w, &hstart, &has_hangul, &has_other);
	if (len == 0)
	{
		out->stop = 1;
		return;
	}
	if (has_hangul && !has_other && stem_early(lx, lx2, &w, low, len, out, &whole))
		return;
	if (!has_hangul || hstart == w.n)
	{
		stem_as_is(lx2, &w, low, len, has_hangul, out);
		return;
	}
	if (has_other)
	{
		stem_mixed(lx, lx2, &w, low, len, hstart, &best, out);
		return;
	}
	analyse(lx, lx2, &w, &best, 0, whole, 1);
	if (!best.is_noun)
		auxiliary_ji(lx, lx2, &best);
	if (!best.is_noun && best.len > 3)
		strip_verb_suffix(lx, lx2, &best, unstripped, &unstripped_len);
	stem_readings(lx, lx2, &best, low, len, whole, unstripped, unstripped_len, out);
	add_compound_parts(lx, lx2, &best, out);
}

int
kn_stem_same(const kn_stem_result *a, const kn_stem_result *b)
{
	int			i;

	if (a->stop != b->stop || a->n != b->n || a->nalt != b->nalt || a->joint != b->joint)
		return 0;
	for (i = 0; i < a->n; i++)
		if (a->len[i] != b->len[i] ||
			memcmp(a->buf + a->off[i], b->buf + b->off[i], a->len[i]) != 0)
			return 0;
	return 1;
}
