# goescape: a standalone escape analyzer for Go, identical to gc 1.19's -m.
#
#   make          build build/goescape
#   make demo     install what is missing, build, analyse examples/
#   make test     every test suite, with a sanitizer build among them
#   make bench    speed and memory figures
#   make fuzz     fuzz the lexer and parser (clang, libFuzzer)

CC      ?= gcc
OPT     ?= -O2
CFLAGS  ?= $(OPT) -g
WARN     = -std=c11 -Wall -Wextra -Werror
CPPFLAGS = -D_DEFAULT_SOURCE -D_POSIX_C_SOURCE=200809L -Isrc
LDLIBS   = -lmpfr -lgmp -lm

# Everything but main.c goes into a static library: the program (and the
# test drivers in tests/) take from it only the objects they use.
SRCS    := $(sort $(wildcard src/*.c))
LIBSRCS := $(filter-out src/main.c,$(SRCS))
OBJS    := $(LIBSRCS:src/%.c=build/obj/%.o)
SANOBJS := $(LIBSRCS:src/%.c=build/san/%.o)
HDRS    := $(wildcard src/*.h)

SANFLAGS = -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer

all: build/goescape

build/goescape: build/obj/main.o build/libgoescape.a
	$(CC) $(CFLAGS) -o $@ build/obj/main.o build/libgoescape.a $(LDLIBS)

build/libgoescape.a: $(OBJS)
	rm -f $@ && ar rcs $@ $(OBJS)

build/obj/%.o: src/%.c $(HDRS) | build/obj
	$(CC) $(WARN) $(CPPFLAGS) $(CFLAGS) -c -o $@ $<

# The sanitizer build: same sources, ASan + UBSan, used by make test.
build/san/goescape: build/san/main.o build/san/libgoescape.a
	$(CC) $(SANFLAGS) -o $@ build/san/main.o build/san/libgoescape.a $(LDLIBS)

build/san/libgoescape.a: $(SANOBJS)
	rm -f $@ && ar rcs $@ $(SANOBJS)

build/san/%.o: src/%.c $(HDRS) | build/san
	$(CC) $(WARN) $(CPPFLAGS) $(SANFLAGS) -c -o $@ $<

build/obj build/san:
	mkdir -p $@

deps:
	@sh tools/deps.sh

demo: deps build/goescape
	@sh tools/demo.sh

test: deps build/goescape build/san/goescape
	@sh tests/run.sh

bench: deps build/goescape
	@sh tests/bench.sh

fuzz: deps
	@sh tests/fuzz.sh

clean:
	rm -rf build

.PHONY: all deps demo test bench fuzz clean
