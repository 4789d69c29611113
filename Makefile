# Every target sets up its own virtual environment first, so a fresh clone needs only python3.
# The environment holds the versions pinned in requirements.lock (with their hashes), then treatykg itself.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: setup run test lint lock bench docs notebooks clean

$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/pip install --quiet --no-deps -e .
	touch $(STAMP)

setup: $(STAMP)

# The main job on the bundled corpus: parse, extract and graph every act, write the dumps to out/,
# and print a summary table.
run: setup
	$(BIN)/treatykg build corpus --out out

test: setup
	$(BIN)/python -m pytest

# The layers of the package (import-linter), the linter and the types; CI runs it before the tests.
lint: setup
	$(BIN)/lint-imports
	$(BIN)/ruff check builders tests benchmarks
	$(BIN)/mypy

# After a change of the version ranges in pyproject.toml: pin every dependency again, with hashes, for
# CPython 3.11 on x86-64 Linux (the machines this project builds and tests on).
lock:
	$(PYTHON) -m pip install --quiet uv
	$(PYTHON) -m uv pip compile pyproject.toml --all-extras --generate-hashes --python-version 3.11 \
		--python-platform x86_64-manylinux_2_28 -o requirements.lock

bench: setup
	$(BIN)/python benchmarks/parse.py

# HTML documentation of the ontology (pyLODE), one page per language: docs/ontology.en.html, .kk.html, .ru.html.
docs: setup
	$(BIN)/python -m treatykg.explore.ontology_docs docs

# JupyterLab on the project's notebooks (they build the bundled corpus into out/ when it is missing).
notebooks: setup
	cd notebooks && TREATYKG_OUT=../out ../$(BIN)/jupyter lab

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
