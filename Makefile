# Chronicle's everyday commands. `make run` builds a timeline from the bundled
# examples; `make test` is what CI runs.
GO       ?= go
BIN      := bin/chronicle
OUT      ?= out
FUZZTIME ?= 3s
BENCH    ?= .

.PHONY: build run test check-format vet unit browser assets fuzz fuzz-long bench instructions eval update-golden lint screenshot clean

build: assets
	$(GO) build -o $(BIN) ./cmd/chronicle

# The ECharts script, from the official npm package at a pinned version,
# checksum verified, embedded at build time (never committed).
assets:
	scripts/fetch-echarts.sh

run: build
	$(BIN) build examples -o $(OUT)/examples
	@echo "Open $(OUT)/examples/timeline.html in a browser; the events are in $(OUT)/examples/events.csv."

# Everything CI checks: formatting, vet, every test (the browser suite in
# headless Chromium, installed here when missing) and a short run of every
# fuzz target.
test: assets browser check-format vet unit fuzz

check-format:
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi

vet:
	$(GO) vet ./...

unit:
	$(GO) test -count=1 -timeout 20m ./...

browser:
	@scripts/ensure-chromium.sh >/dev/null

fuzz:
	FUZZTIME=$(FUZZTIME) scripts/fuzz-short.sh

fuzz-long:
	FUZZTIME=10m scripts/fuzz-short.sh

bench:
	$(GO) test -run '^$$' -bench '$(BENCH)' -benchmem ./...

# The tagger's cost in machine instructions (valgrind), steady where MB/s
# wanders with the machine's load: for comparing two builds.
instructions:
	scripts/instructions.sh

# Scores the tagger on the TempEval-3 and WikiWars corpora in ../shared/bench.
eval:
	$(GO) run ./cmd/tempeval

# Rewrites the golden files of every package whose tests take -update:
# those importing internal/golden (which registers the flag) and any that
# still register it themselves.
update-golden: assets
	@for d in $$(grep -rlE --include='*_test.go' 'flag\.Bool\("update"|"github.com/chronicle-project/chronicle/internal/golden"' . | xargs -n1 dirname | sort -u); do \
		echo "$(GO) test $$d -update"; $(GO) test -count=1 $$d -update || exit 1; done

lint: check-format vet

screenshot: build browser
	$(BIN) build examples -o $(OUT)/examples
	$(GO) run ./output/html/internal/screenshot -o docs/timeline.png $(OUT)/examples/timeline.html

clean:
	rm -rf bin $(OUT)
