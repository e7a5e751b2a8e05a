# Entry points; the work is done by the scripts in scripts/.
#   make run     install dependencies, build the server (not the tests), create var/ with demo data, serve on :8080
#   make test    install dependencies, build, run every test suite
#   make build   Release build into build/
#   make bench   HTTP benchmarks against nginx: home, item, column and 信息公开 pages (bench/pages/run)
#   make fuzz    libFuzzer targets (clang, ASan/UBSan) in build-fuzz/, FUZZ_SECONDS each (scripts/fuzz)
#   make test-sanitize  unit tests under g++ ASan/UBSan in build-sanitize/ (scripts/test-sanitize)
#   make format  clang-format (.clang-format) over src/, tests/ and bench/
#   make clean   remove build/ and test output (never var/, which holds your data)
.PHONY: all run test build bench clean deps fuzz test-sanitize format
.NOTPARALLEL:

all: build

deps:
	scripts/install-deps

build:
	scripts/build

run: deps
	scripts/build gongkai
	scripts/run

test: deps
	scripts/test

bench: deps build
	bench/pages/run

fuzz:
	scripts/fuzz

test-sanitize: deps
	scripts/test-sanitize

format:
	scripts/install-deps --fuzz
	find src tests bench -name node_modules -prune -o \( -name '*.h' -o -name '*.cc' \) -print0 | xargs -0 clang-format -i

clean:
	rm -rf build build-fuzz build-sanitize tests/e2e/test-results
