# Two commands for a fresh machine: `make demo` and `make test` (see README).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip
CONSTRAINTS := constraints.txt

.PHONY: demo test bench lexicons corpus notebooks models clean venv

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml $(CONSTRAINTS)
	$(PIP) install --quiet -c $(CONSTRAINTS) -e .
	touch $@

# The tests also execute the notebooks (on a sample) and cover the Dask engine, so the dev install has both extras.
$(VENV)/.installed-dev: $(VENV)/.installed
	$(PIP) install --quiet -c $(CONSTRAINTS) -e ".[dev,notebooks,dask]"
	touch $@

venv: $(VENV)/.installed

demo: $(VENV)/.installed
	$(BIN)/netralitas extract corpora/seeds -o corpora/seeds.jsonl

test: $(VENV)/.installed-dev
	$(BIN)/python -m pytest -q

bench: $(VENV)/.installed-dev
	$(BIN)/python benchmarks/accuracy.py
	$(BIN)/python benchmarks/speed.py
	$(BIN)/python benchmarks/scaling.py

lexicons: $(VENV)/.installed
	$(BIN)/python scripts/build_lexicons.py

# The publishable corpus as a Hugging Face dataset folder (not committed; see scripts/build_corpus.py).
corpus: $(VENV)/.installed
	$(BIN)/python scripts/build_corpus.py --jobs 2

# Re-executes notebooks/*.ipynb in place over the full corpora in ../shared (outputs are committed); the
# extracted records are cached in notebooks/.cache/ (git-ignored) until the library or the corpora change.
notebooks: $(VENV)/.installed-dev
	$(BIN)/python scripts/run_notebooks.py

# Trains the NER shipped in models/id_netralitas_ner from ../shared/ner (models/ner/project.yml;
# ~30 minutes on 2 CPU cores, at the lowest CPU priority). Writes the folder only; commit it to ship it.
SHARED ?= $(if $(NETRALITAS_SHARED),$(NETRALITAS_SHARED),$(abspath ..)/shared)
models: $(VENV)/.installed
	$(PIP) install --quiet -c $(CONSTRAINTS) -r models/ner/requirements.txt
	cd models/ner && nice -n 19 ../../$(BIN)/python -m spacy project run all . --vars.shared=$(abspath $(SHARED))

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
