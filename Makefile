# The two commands a fresh machine needs: `make site` and `make test`.
# Both create .venv and install the project with what they need into it: `make site` only what
# the site needs (extra 'docs'), `make test` the test toolchain too (extra 'test').

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
# installed: the package, Sphinx, myst-nb, a kernel (the site) ...
STAMP := $(VENV)/.installed-docs
# ... and pytest, linters, type stubs, test oracles (the tests)
TEST_STAMP := $(VENV)/.installed-test
SPHINXOPTS ?= -W --keep-going
# pytest-xdist workers: one per core
PYTEST_WORKERS ?= auto
HTML := _build/html

.PHONY: site test lint typecheck pytest venv clean bench data site-data test-compat test-pythons test-floors test-docs-floors

venv: $(STAMP)

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

# The notebooks' kernel: the venv's Python, under the name the notebooks ask for.
KERNEL := $(PY) -m ipykernel install --sys-prefix --name python3 >/dev/null

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e ".[docs]"
	$(KERNEL)
	touch $@

$(TEST_STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e ".[test]"
	$(KERNEL)
	touch $@ $(STAMP)

## site: build the HTML site from the shipped data into _build/html (warnings are errors)
site: $(STAMP)
	$(BIN)/workshop-data schedule
	$(BIN)/sphinx-build $(SPHINXOPTS) -b html -c . docs $(HTML)
	@echo "Site built: $(CURDIR)/$(HTML)/index.html"

## test: lint, type-check and run the test suite
test: lint typecheck pytest

lint: $(TEST_STAMP)
	$(BIN)/ruff check workshop_data tests benchmarks notebooks conf.py
	$(BIN)/ruff format --check workshop_data tests benchmarks notebooks conf.py

typecheck: $(TEST_STAMP)
	$(BIN)/mypy

# --durations: the suite's slowest items in every log (CI's included), so that where its time
# goes is read from the run itself, not guessed from one timed by hand
pytest: $(TEST_STAMP)
	$(BIN)/pytest -n $(PYTEST_WORKERS) --dist loadgroup --durations=25

## test-compat: what pyproject.toml promises beyond the suite's Python and newest dependencies
## (tests/compat.py; CI runs it after make test): test-pythons installs the wheel on Python 3.12
## and 3.13 and uses it as a user does (every loader, the CLI, every export, validate,
## import-site byte for byte); test-floors installs the dependencies' floors (uv,
## --resolution lowest-direct) on Python 3.11 and runs that round and the loaders', CLI's,
## exports' and import's tests; test-docs-floors the docs and notebooks extras' floors too. A
## Python or uv not to be had skips with its reason (fails when CI=true); a failure ends in one
## line naming the check, the step and the failed tests.
test-compat: test-pythons test-floors test-docs-floors

test-pythons: $(TEST_STAMP)
	$(PY) tests/compat.py pythons

test-floors: $(TEST_STAMP)
	$(PY) tests/compat.py floors -n $(PYTEST_WORKERS)

## test-docs-floors: the docs and notebooks extras' floors too (tests/compat.py docs): the site
## built (warnings are errors, the notebooks run) and the site's, the extension's and the
## notebooks' tests but the browser's
test-docs-floors: $(TEST_STAMP)
	$(PY) tests/compat.py docs -n $(PYTEST_WORKERS)

## data: import the seed page into a temp dir and check it gives the shipped release byte for
## byte (or create the shipped release when it does not exist)
SEED_PAGE := ../shared/seeds/000_d9f5c59d0a0e9214.txt
SHIPPED_RELEASE := workshop_data/data/neurips2024/2024-11-20
IMPORT_SEED := $(BIN)/workshop-data import $(SEED_PAGE) --edition neurips2024 --release 2024-11-20 --timezone America/Vancouver --schema-version 1.0.0
data: $(STAMP)
	@if [ ! -d $(SHIPPED_RELEASE) ]; then $(IMPORT_SEED) --data-dir workshop_data/data; exit $$?; fi; \
	tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	$(IMPORT_SEED) --data-dir "$$tmp" >/dev/null && \
	diff -r "$$tmp/neurips2024/2024-11-20" $(SHIPPED_RELEASE) && \
	echo "data: $(SHIPPED_RELEASE) is exactly what the seed page imports to"

## site-data: import the site's whole git history (a fresh clone of the bundle) into an empty
## directory and check it gives the shipped data (every edition, every release) byte for byte
SITE_BUNDLE := ../shared/corpus/mlforsystems-site.bundle
site-data: $(STAMP)
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	git clone -q $(SITE_BUNDLE) "$$tmp/site" && \
	$(BIN)/workshop-data import-site "$$tmp/site" --data-dir "$$tmp/data" 2>"$$tmp/problems.txt" && \
	diff -r "$$tmp/data" workshop_data/data && \
	echo "site-data: import-site of the site's history gives the shipped data byte for byte ($$(wc -l <"$$tmp/problems.txt") page versions reported unreadable)"

## bench: run the benchmarks (ratios against their floors)
bench: $(TEST_STAMP)
	$(PY) benchmarks/run.py

clean:
	rm -rf _build dist build .pytest_cache .mypy_cache .ruff_cache .hypothesis  # the notebook cache is in _build
