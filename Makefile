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
# Each source once. The pure C cores (no postgres.h; see src/aimarket.c):
# the module, the build tools and the unit tests link the same files.
GRAMMAR_SRC = src/kn_utf8.c src/kn_grammar.c src/kn_currency.c src/kn_counters.c \
              src/kn_particles.c
EXTRACT_SRC = $(GRAMMAR_SRC) src/kn_extract.c src/kn_roles.c src/kn_quantity.c
STEM_SRC = $(GRAMMAR_SRC) src/kn_lexicon.c src/kn_stem.c src/kn_tokenize.c
CORE_SRC = $(EXTRACT_SRC) src/kn_lexicon.c src/kn_stem.c src/kn_tokenize.c
# The fmgr wrappers, with the module's main file first
WRAPPER_SRC = src/aimarket.c src/textnorm.c src/numbers.c src/monetary.c \
              src/extract.c src/ktsearch_parser.c src/ktsearch_words.c \
              src/ktsearch_dict.c src/ktsearch_tokenize.c
OBJS = $(CORE_SRC:.c=.o) $(WRAPPER_SRC:.c=.o)
DATA = sql/aimarket--0.1.0.sql sql/aimarket--0.2.0.sql sql/aimarket--0.1.0--0.2.0.sql
# The Korean lexicon, made at build time from Debian's hunspell-ko, and the
# stemmer's shortcuts for it (src/tools/mkshort.c)
DATA_TSEARCH = aimarket_korean.lexicon aimarket_korean.shortcuts data/aimarket_sample.dict
HUNSPELL_DIR ?= /usr/share/hunspell

# pg_regress suites (test/sql/*.sql against test/expected/*.out); the
# Korean-text ones run again in an EUC_KR database
REGRESS = numbers monetary extract extract_encoding korean_fts
REGRESS_KOREAN = numbers monetary extract extract_encoding korean_fts
REGRESS_OPTS = --inputdir=test --outputdir=test/out

PG_CONFIG ?= pg_config
PG_CFLAGS = -std=gnu11 -Wall -Wextra -Werror -Wno-unused-parameter \
            -Wno-missing-field-initializers -Wno-sign-compare -Wno-cast-function-type
SHLIB_LINK += $(ICU_LIBS)
EXTRA_CLEAN = test/out-utf8 test/out-euckr test/unit/kn_test test/unit/extract_test test/unit/dev_test test/unit/stem_test \
              aimarket_korean.lexicon src/tools/mklex \
              aimarket_korean.shortcuts src/tools/mkshort

# Debian's server-dev pulls clang for JIT bitcode; we do not need it.
override with_llvm = no

PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

all: aimarket_korean.lexicon aimarket_korean.shortcuts

src/tools/mklex: src/tools/mklex.c $(GRAMMAR_SRC) src/kn_grammar.h
	$(CC) $(PG_CFLAGS) -O2 -Isrc -o $@ src/tools/mklex.c $(GRAMMAR_SRC)

aimarket_korean.lexicon: src/tools/mklex
	@test -r $(HUNSPELL_DIR)/ko.dic && test -r $(HUNSPELL_DIR)/ko.aff || { \
	  echo "aimarket: $(HUNSPELL_DIR)/ko.dic not found; install Debian's hunspell-ko (apt-get install hunspell-ko)" >&2; \
	  exit 1; }
	src/tools/mklex $(HUNSPELL_DIR)/ko.aff $(HUNSPELL_DIR)/ko.dic > $@.tmp
	mv $@.tmp $@

src/tools/mkshort: src/tools/mkshort.c $(STEM_SRC) $(wildcard src/*.h)
	$(CC) $(PG_CFLAGS) -O2 -Isrc -o $@ src/tools/mkshort.c $(STEM_SRC)

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
demo:
	sh test/run.sh demo
bench:
	sh test/run.sh bench

# The pure C grammar under AddressSanitizer and UBSan, outside the server.
unit: test/unit/kn_test test/unit/extract_test test/unit/dev_test test/unit/stem_test aimarket_korean.lexicon \
      aimarket_korean.shortcuts
	./test/unit/kn_test
	./test/unit/extract_test data/articles.tsv
	./test/unit/dev_test test/fixtures/money_dev.tsv
	./test/unit/stem_test aimarket_korean.lexicon data/articles.tsv aimarket_korean.shortcuts
# the unit programs: one test file and the cores it needs, under ASan/UBSan
UNIT_CFLAGS = -std=gnu11 -g -O1 -Wall -Wextra -Werror -Wno-sign-compare \
              -Wno-missing-field-initializers -fsanitize=address,undefined \
              -fno-sanitize-recover=all -fno-omit-frame-pointer -Isrc
test/unit/kn_test: test/unit/kn_test.c $(GRAMMAR_SRC) $(wildcard src/*.h)
	$(CC) $(UNIT_CFLAGS) -o $@ test/unit/kn_test.c $(GRAMMAR_SRC)
test/unit/extract_test: test/unit/extract_test.c $(EXTRACT_SRC) $(wildcard src/*.h)
	$(CC) $(UNIT_CFLAGS) -o $@ test/unit/extract_test.c $(EXTRACT_SRC)
test/unit/dev_test: test/unit/dev_test.c $(EXTRACT_SRC) $(wildcard src/*.h)
	$(CC) $(UNIT_CFLAGS) -o $@ test/unit/dev_test.c $(EXTRACT_SRC)
test/unit/stem_test: test/unit/stem_test.c $(STEM_SRC) $(wildcard src/*.h)
	$(CC) $(UNIT_CFLAGS) -o $@ test/unit/stem_test.c $(STEM_SRC)

print-regress-korean:
	@echo $(REGRESS_KOREAN)
