# Tidlig – the two commands are `make run` and `make test`; the rest are their parts.
# Each target installs what it needs (scripts/install-tools.sh) and is quiet when it is there.

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
TARGET_DIR := $(or $(CARGO_TARGET_DIR),$(CURDIR)/target)
BIN := $(TARGET_DIR)/release/tidlig
WASM_CHECK := cargo clippy --quiet -p app --lib --target wasm32-unknown-unknown --no-default-features --features hydrate

.PHONY: fuzz-short run test tools test-tools site server build fmt-check lint unit e2e size measure-evaluation measure-dashboard clean

## make run: build in release and serve http://127.0.0.1:3000 with demo data in data/
# Plain http on this machine: the session cookie goes without `Secure` (a deployment keeps it).
run: build
	TIDLIG_COOKIE_SECURE=$${TIDLIG_COOKIE_SECURE:-false} $(BIN) serve --demo

## make test: exactly what CI runs
test: test-tools fmt-check lint site unit e2e size fuzz-short

tools:
	@scripts/install-tools.sh

test-tools:
	@scripts/install-tools.sh test

site: tools
	@scripts/build-site.sh

server:
	cargo build --quiet -p server --release

build: site server

fmt-check:
	cargo fmt --all --check

# Clippy for each side separately: the server (app with ssr) and the browser (app with hydrate);
# then the plan of the house (which part may import which, SQL only in the storage layer).
lint:
	python3 scripts/check-layers.py
	cargo clippy --quiet --workspace --all-targets --features app/ssr -- -D warnings
	$(WASM_CHECK) -- -D warnings

# Unit and HTTP tests, on SQLite and on PostgreSQL (started or installed if none answers).
# Built in release so the browser tests below reuse this build's server.
unit:
	export TIDLIG_TEST_POSTGRES_URL="$${TIDLIG_TEST_POSTGRES_URL:-$$(scripts/ensure-postgres.sh)}"; \
	echo "==> tests on SQLite and on PostgreSQL ($${TIDLIG_TEST_POSTGRES_URL%%@*}@…)"; \
	cargo test --release --workspace --features app/ssr

# Browser tests: Playwright drives Debian's Chromium against the release server. The server is
# the one `cargo test --release` built (same features, so nothing is compiled twice).
e2e: site
	cargo test --quiet --release --workspace --features app/ssr --no-run
	data=$$(mktemp -d); trap 'rm -rf "$$data"' EXIT; \
	cd end2end && TIDLIG_BIN=$(BIN) E2E_DATA_DIR=$$data TIDLIG_SITE_ROOT=$(CURDIR)/target/site npx playwright test

# Size of the release front end (raw, gzip -9, brotli); fails over the parents' budget, or
# when a catalogue's text has found its way into the WebAssembly.
size: site
	node scripts/compress.mjs target/site/pkg --report --max-wasm-brotli 61440
	node scripts/wasm-carries-no-texts.mjs target/site/pkg app/locales

# Issue 4's figures: first-response sizes, WebAssembly size, Lighthouse, CPU per evaluation.
measure-evaluation: build
	bench/evaluation.sh $${N:-1000}

# Issue 7's figures: the dashboard's server time over 1,000,000 evaluations and 100,000 courses,
# on SQLite and (with BENCH_POSTGRES_URL or TIDLIG_TEST_POSTGRES_URL) on PostgreSQL.
measure-dashboard: build
	bench/dashboard.sh $${EVALUATIONS:-1000000} $${COURSES:-100000} $${ROUNDS:-20}

# A short fuzzing run of every parser of outside input (longer: scripts/fuzz.sh SECONDS).
fuzz-short:
	scripts/fuzz.sh 10

clean:
	cargo clean
	rm -rf target/site
