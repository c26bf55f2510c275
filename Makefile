# Everything a fresh machine with only Python 3 and make needs: `make dataset`, `make test`.
PYTHON ?= python3
TOOLS := .tools
UV := $(TOOLS)/bin/uv
VENV := .venv
BIN := $(VENV)/bin
CFF_VENV := .venv-cff
SYNCED := $(VENV)/.synced
# Reproducible release dates: the time of the last commit unless the caller sets one.
SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null || echo 0)
export SOURCE_DATE_EPOCH

.PHONY: setup dataset citation site test test-fast lint typecheck dev bench train clean postgres

$(UV): tools/uv.txt
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/pip install --quiet --require-hashes -r tools/uv.txt
	touch $@

$(SYNCED): pyproject.toml uv.lock $(UV)
	$(UV) sync --frozen --all-extras --compile-bytecode
	touch $@

$(CFF_VENV)/bin/cffconvert: tools/cffconvert.txt
	$(PYTHON) -m venv $(CFF_VENV)
	$(CFF_VENV)/bin/pip install --quiet --require-hashes -r tools/cffconvert.txt
	touch $@

setup: $(SYNCED) $(CFF_VENV)/bin/cffconvert

# The latest release's citation files also at the repository root, where GitHub ("Cite this
# repository") and Zenodo's GitHub integration read them.
dataset: setup
	$(BIN)/interview-claims build --sources sources --outputs outputs
	$(MAKE) citation

citation: setup
	$(BIN)/interview-claims cite latest --format cff --outputs outputs > CITATION.cff
	$(BIN)/interview-claims cite latest --format zenodo --outputs outputs > .zenodo.json

# The static site of the committed releases (every release browsable) into site/; host the
# folder as it is, or open site/index.html from disk.
SITE ?= site
site: setup
	$(BIN)/interview-claims site --outputs outputs --to $(SITE)

lint: setup
	$(BIN)/ruff check pipeline schemas tests benchmarks
	$(BIN)/ruff format --check pipeline schemas tests benchmarks

typecheck: setup
	$(BIN)/mypy

# On every core (pytest-xdist); idle workers take tests from busy ones.
test: setup lint typecheck
	CFFCONVERT=$(CFF_VENV)/bin/cffconvert $(BIN)/pytest -n auto --dist worksteal

# The inner loop: the pure logic's unit tests (text, tables, releases, loading), without
# Dagster runs, worker pools, browsers or the rebuild of the committed release.
FAST_TESTS := tests/extract tests/publish tests/access/test_load.py tests/access/test_download.py \
	tests/test_layers.py tests/test_ids.py tests/test_documents.py tests/test_layouts.py

test-fast: setup
	CFFCONVERT=$(CFF_VENV)/bin/cffconvert $(BIN)/pytest -q -x $(FAST_TESTS)

dev: setup
	DAGSTER_HOME=$${DAGSTER_HOME:-$(CURDIR)/dagster_home} $(BIN)/dagster dev

# A local PostgreSQL server (Debian's postgresql package) in .postgres/ on 127.0.0.1:54329,
# for a shared Dagster instance and for tests/test_postgres.py; prints the URL to export as
# INTERVIEW_CLAIMS_TEST_POSTGRES. `tools/postgres.sh stop` stops it.
postgres:
	@tools/postgres.sh

bench: setup
	$(BIN)/python -m benchmarks.run

# The claim model (pipeline/extract/classifier/model.json) from the corpus's development and
# reference gold, fixed seed: the same gold and code give the same file. Then its
# leave-one-interview-out figures for docs/model-card.md (CANDIDATES=1: every candidate model).
train: setup
	$(BIN)/python -m pipeline.training --cv docs/model-cv.json $(if $(CANDIDATES),--candidates)

clean:
	rm -rf $(VENV) $(TOOLS) $(CFF_VENV) .pytest_cache .mypy_cache .ruff_cache
