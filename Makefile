# Entry points; the work is done by the scripts in scripts/.
#   make run     install dependencies, build, create var/ with demo data, serve on :8080
#   make test    install dependencies, build, run every test suite
#   make build   Release build into build/
#   make bench   HTTP benchmarks against nginx (bench/http/run, bench/pages/run)
#   make clean   remove build/ and test output (never var/, which holds your data)
.PHONY: all run test build bench clean deps
.NOTPARALLEL:

all: build

deps:
	scripts/install-deps

build:
	scripts/build

run: deps build
	scripts/run

test: deps
	scripts/test

bench: deps build
	bench/http/run
	bench/pages/run

clean:
	rm -rf build tests/e2e/test-results
