# aimarket - PostgreSQL extension (PGXS)
#
#   make            build the extension
#   make install    install it into the PostgreSQL that pg_config names
#   make test       install what is missing, build, install, and run every
#                   test in a throwaway cluster (see test/run.sh)
#   make demo       the same set-up, then a tour of aimarket on sample data
#   make bench      the same set-up, then bench/*.sql (speed against baselines)

EXTENSION = aimarket
MODULE_big = aimarket
# Each source once. The pure C cores (no postgres.h; see src/aimarket.c),
# base first, are compiled once into src/libkncore.a, which the build
# tools link; the module links the same objects. The unit tests link the
# same sources compiled once more under ASan/UBSan (test/unit/libkncore_san.a).
CORE_SRC = src/kn_utf8.c src/kn_sentence.c src/kn_particles.c src/kn_counters.c src/kn_currency.c src/kn_entity.c \
           src/kn_grammar.c src/kn_extract.c src/kn_roles.c src/kn_quantity.c \
           src/kn_lexicon.c src/kn_stem.c src/kn_tokenize.c src/kn_date.c src/kn_fact.c
CORE_OBJS = $(CORE_SRC:.c=.o)
CORE_LIB = src/libkncore.a
# The fmgr wrappers, with the module's main file first
WRAPPER_SRC = src/aimarket.c src/textnorm.c src/numbers.c src/monetary.c \
              src/extract.c src/ktsearch_parser.c src/ktsearch_words.c \
              src/ktsearch_dict.c src/ktsearch_tokenize.c src/ktsearch_table.c \
              src/entities.c src/store.c src/dates.c src/facts.c
OBJS = $(CORE_OBJS) $(WRAPPER_SRC:.c=.o)
DATA = sql/aimarket--0.1.0.sql sql/aimarket--0.2.0.sql sql/aimarket--0.1.0--0.2.0.sql \
       sql/aimarket--0.3.0.sql sql/aimarket--0.2.0--0.3.0.sql \
       sql/aimarket--0.4.0.sql sql/aimarket--0.3.0--0.4.0.sql \
       sql/aimarket--0.5.0.sql sql/aimarket--0.4.0--0.5.0.sql
# The Korean lexicon, made at build time from Debian's hunspell-ko, and the
# stemmer's shortcuts for it (src/tools/mkshort.c)
DATA_TSEARCH = aimarket_korean.lexicon aimarket_korean.shortcuts data/aimarket_sample.dict
HUNSPELL_DIR ?= /usr/share/hunspell

# pg_regress suites (test/sql/*.sql against test/expected/*.out); the
# Korean-text ones run again in an EUC_KR database
REGRESS = numbers monetary extract extract_encoding korean_fts dates facts
REGRESS_KOREAN = numbers monetary extract extract_encoding korean_fts dates facts
REGRESS_OPTS = --inputdir=test --outputdir=test/out

PG_CONFIG ?= pg_config
PG_CFLAGS = -std=gnu11 -Wall -Wextra -Werror -Wno-unused-parameter \
            -Wno-missing-field-initializers -Wno-sign-compare -Wno-cast-function-type
SHLIB_LINK += $(ICU_LIBS)
EXTRA_CLEAN = test/out-utf8 test/out-euckr test/unit/kn_test test/unit/extract_test test/unit/dev_test test/unit/stem_test test/unit/entity_test test/unit/sentence_test test/unit/date_test test/unit/fact_test \
              $(CORE_LIB) $(UNIT_LIB) test/unit/obj \
              aimarket_korean.lexicon src/tools/mklex \
              aimarket_korean.shortcuts src/tools/mkshort

# Debian's server-dev pulls clang for JIT bitcode; we do not need it.
override with_llvm = no

PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

all: aimarket_korean.lexicon aimarket_korean.shortcuts

$(CORE_LIB): $(CORE_OBJS)
	rm -f $@
	$(AR) crs $@ $(CORE_OBJS)

src/tools/mklex: src/tools/mklex.c $(CORE_LIB) $(wildcard src/*.h)
	$(CC) $(PG_CFLAGS) -O2 -Isrc -o $@ src/tools/mklex.c $(CORE_LIB)

aimarket_korean.lexicon: src/tools/mklex
	@test -r $(HUNSPELL_DIR)/ko.dic && test -r $(HUNSPELL_DIR)/ko.aff || { \
	  echo "aimarket: $(HUNSPELL_DIR)/ko.dic not found; install Debian's hunspell-ko (apt-get install hunspell-ko)" >&2; \
	  exit 1; }
	src/tools/mklex $(HUNSPELL_DIR)/ko.aff $(HUNSPELL_DIR)/ko.dic > $@.tmp
	mv $@.tmp $@

src/tools/mkshort: src/tools/mkshort.c $(CORE_LIB) $(wildcard src/*.h)
	$(CC) $(PG_CFLAGS) -O2 -Isrc -o $@ src/tools/mkshort.c $(CORE_LIB)

# mkshort stems every word of the lexicon with each of its endings, and
# checks the shortcuts it writes against the full analysis (5 s)
aimarket_korean.shortcuts: aimarket_korean.lexicon src/tools/mkshort
	src/tools/mkshort aimarket_korean.lexicon > $@.tmp
	mv $@.tmp $@

# PGXS does not track headers; every object depends on all of ours.
$(OBJS): $(wildcard src/*.h)

.PHONY: test demo bench unit
test:
	sh test/run.sh test
# make demo CORPUS=path.tsv: the report on your articles (id, title, source, published, body)
demo:
	CORPUS="$(CORPUS)" sh test/run.sh demo
bench:
	sh test/run.sh bench

# The pure C grammar under AddressSanitizer and UBSan, outside the server.
unit: test/unit/kn_test test/unit/extract_test test/unit/dev_test test/unit/stem_test test/unit/entity_test test/unit/sentence_test test/unit/date_test test/unit/fact_test aimarket_korean.lexicon \
      aimarket_korean.shortcuts
	./test/unit/kn_test
	./test/unit/entity_test
	./test/unit/sentence_test
	./test/unit/date_test data/articles.tsv
	./test/unit/fact_test data/articles.tsv
	./test/unit/extract_test data/articles.tsv
	./test/unit/dev_test test/fixtures/money_dev.tsv
	./test/unit/stem_test aimarket_korean.lexicon data/articles.tsv aimarket_korean.shortcuts
# the unit programs: one test file each, linked with the cores under ASan/UBSan
UNIT_CFLAGS = -std=gnu11 -g -O1 -Wall -Wextra -Werror -Wno-sign-compare \
              -Wno-missing-field-initializers -fsanitize=address,undefined \
              -fno-sanitize-recover=all -fno-omit-frame-pointer -Isrc
UNIT_OBJS = $(patsubst src/%.c,test/unit/obj/%.o,$(CORE_SRC))
UNIT_LIB = test/unit/libkncore_san.a
test/unit/obj/%.o: src/%.c $(wildcard src/*.h)
	@mkdir -p test/unit/obj
	$(CC) $(UNIT_CFLAGS) -c -o $@ $<
$(UNIT_LIB): $(UNIT_OBJS)
	rm -f $@
	$(AR) crs $@ $(UNIT_OBJS)
test/unit/%_test: test/unit/%_test.c test/unit/tap.h $(UNIT_LIB)
	$(CC) $(UNIT_CFLAGS) -o $@ $< $(UNIT_LIB)

print-regress-korean:
	@echo $(REGRESS_KOREAN)
