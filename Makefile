# Every target sets up its own virtual environment first, so a fresh clone needs only python3.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: setup run test bench docs notebooks clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)

# The main job on the bundled corpus: parse, extract and graph every act, write the dumps to out/,
# and print a summary table.
run: setup
	$(BIN)/treatykg build corpus --out out

# HTML documentation of the ontology (pyLODE), in docs/ontology.html.
docs: setup
	mkdir -p docs
	$(BIN)/pylode --sort --outputfile docs/ontology.html ontology/treatykg.ttl

test: setup
	$(BIN)/python -m pytest

bench: setup
	$(BIN)/python benchmarks/parse.py

# JupyterLab on the project's notebooks (they build the bundled corpus into out/ when it is missing).
notebooks: setup
	cd notebooks && TREATYKG_OUT=../out ../$(BIN)/jupyter lab

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache
