# Weft — build, test and sanitizer variants.
#   make          release build -> ./weft (computed-goto dispatch, -O2)
#   make test     build, then run the test suite (ends with "N passed, M failed")
#   make debug    ASan+UBSan build -> ./weft-debug, and runs the suite with it
#   make tsan     ThreadSanitizer build -> ./weft-tsan, and runs the suite with it
#   make bench    ../shared/bench/compare ./weft python3.11
#   make check-deps   says exactly what to apt-get install when a library is missing

CC      ?= gcc
CSTD    := -std=gnu11
CWARNS  := -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
           -Wundef -Wwrite-strings -Wno-unused-parameter
CPPFLAGS_ALL := -I. -MMD -MP -D_GNU_SOURCE
LIBS    := -lgmp -lreadline -lffi -lpthread -lm -ldl

SRCS := $(wildcard vm/*.c) $(wildcard runtime/*.c) $(wildcard stdlib/*.c)

VARIANT ?= release
ifeq ($(VARIANT),release)
  OPT := -O2 -g -DWF_COMPUTED_GOTO=1
  BIN := weft
else ifeq ($(VARIANT),debug)
  OPT := -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=undefined -DWF_DEBUG=1
  BIN := weft-debug
else ifeq ($(VARIANT),tsan)
  OPT := -O1 -g -fsanitize=thread -DWF_DEBUG=1
  BIN := weft-tsan
endif

BUILD := build/$(VARIANT)
OBJS  := $(SRCS:%.c=$(BUILD)/%.o)

.PHONY: all test debug tsan bench check-deps clean lint

all: check-deps $(BIN)

$(BIN): $(OBJS)
	$(CC) $(OPT) -o $@ $(OBJS) $(LIBS)

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CSTD) $(CWARNS) $(CPPFLAGS_ALL) $(OPT) -c $< -o $@

-include $(OBJS:.o=.d)

check-deps:
	@missing=""; \
	for h in gmp.h readline/readline.h ffi.h; do \
	  printf '#include <%s>\n' $$h | $(CC) -E -x c - >/dev/null 2>&1 || missing="$$missing $$h"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "missing headers:$$missing"; \
	  echo "install them with: sudo apt-get install -y libgmp-dev libreadline-dev libffi-dev"; \
	  exit 1; \
	fi

test: all
	@WEFT=./weft sh tests/run

debug:
	@$(MAKE) --no-print-directory VARIANT=debug weft-debug
	@WEFT=./weft-debug sh tests/run

tsan:
	@$(MAKE) --no-print-directory VARIANT=tsan weft-tsan
	@WEFT=./weft-tsan sh tests/run

# Debian's CPython, not a version-manager shim (which adds ~1 s per start).
PYTHON311 ?= $(shell test -x /usr/bin/python3.11 && echo /usr/bin/python3.11 || echo python3.11)

bench: all
	../shared/bench/compare ./weft $(PYTHON311)

clean:
	rm -rf build weft weft-debug weft-tsan
