# The two commands a fresh machine needs: `make site` and `make test`.
# Both create .venv and install the project with what they need into it.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed
SPHINXOPTS ?= -W --keep-going
HTML := _build/html

.PHONY: site test lint typecheck pytest venv clean bench data

venv: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	$(PY) -m ipykernel install --sys-prefix --name python3 >/dev/null
	touch $@

## site: build the HTML site from the shipped data into _build/html (warnings are errors)
site: $(STAMP)
	$(BIN)/workshop-data schedule
	$(BIN)/sphinx-build $(SPHINXOPTS) -b html -c . docs $(HTML)
	@echo "Site built: $(CURDIR)/$(HTML)/index.html"

## test: lint, type-check and run the test suite
test: lint typecheck pytest

lint: $(STAMP)
	$(BIN)/ruff check workshop_data tests benchmarks notebooks conf.py
	$(BIN)/ruff format --check workshop_data tests benchmarks notebooks conf.py

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	$(BIN)/pytest

## bench: run the benchmarks (ratios against their floors)
bench: $(STAMP)
	$(PY) benchmarks/run.py

clean:
	rm -rf _build dist build .pytest_cache .mypy_cache .ruff_cache .jupyter_cache
