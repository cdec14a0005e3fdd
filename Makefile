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

# The sources sit in a folder per layer (README: Design). Everything
# but the driver's main.c goes into a static library: the program (and
# the test drivers in tests/) take from it only the objects they use.
# Names repeat across layers (types/call.c, escape/call.c), so the
# objects keep their folders and the archive is appended to (ar q).
LAYERS  := base syntax load types rangefunc ir inline devirt escape report driver
SRCS    := $(sort $(foreach l,$(LAYERS),$(wildcard src/$(l)/*.c)))
LIBSRCS := $(filter-out src/driver/main.c,$(SRCS))
OBJS    := $(LIBSRCS:src/%.c=build/obj/%.o)
SANOBJS := $(LIBSRCS:src/%.c=build/san/%.o)
HDRS    := $(foreach l,$(LAYERS),$(wildcard src/$(l)/*.h))

SANFLAGS = -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer

all: build/goescape

build/goescape: build/obj/driver/main.o build/libgoescape.a build/layers.ok
	$(CC) $(CFLAGS) -o $@ build/obj/driver/main.o build/libgoescape.a $(LDLIBS)

# The layers hold: no include runs upwards (tools/layers.sh).
build/layers.ok: $(SRCS) $(HDRS) tools/layers.sh
	@mkdir -p $(@D)
	@sh tools/layers.sh src
	@touch $@

build/libgoescape.a: $(OBJS)
	rm -f $@ && ar qcs $@ $(OBJS)

build/obj/%.o: src/%.c $(HDRS)
	@mkdir -p $(@D)
	$(CC) $(WARN) $(CPPFLAGS) $(CFLAGS) -c -o $@ $<

# The sanitizer build: same sources, ASan + UBSan, used by make test.
build/san/goescape: build/san/driver/main.o build/san/libgoescape.a build/layers.ok
	$(CC) $(SANFLAGS) -o $@ build/san/driver/main.o build/san/libgoescape.a $(LDLIBS)

build/san/libgoescape.a: $(SANOBJS)
	rm -f $@ && ar qcs $@ $(SANOBJS)

build/san/%.o: src/%.c $(HDRS)
	@mkdir -p $(@D)
	$(CC) $(WARN) $(CPPFLAGS) $(SANFLAGS) -c -o $@ $<

deps:
	@sh tools/deps.sh

demo: deps build/goescape
	@sh tools/demo.sh

# make test and make fuzz also need clang (the libFuzzer target)
deps-fuzz:
	@sh tools/deps.sh clang

test: deps-fuzz build/goescape build/san/goescape
	@sh tests/run.sh

bench: deps build/goescape
	@sh tests/bench.sh

fuzz: deps-fuzz
	@sh tests/fuzz.sh

clean:
	rm -rf build

.PHONY: all deps deps-fuzz demo test bench fuzz clean
