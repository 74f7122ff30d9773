# Two commands for a fresh machine: `make demo` and `make test` (see README).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip
CONSTRAINTS := constraints.txt

.PHONY: demo test bench lexicons corpus notebooks models models-ner models-stanza clean venv

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml $(CONSTRAINTS)
	$(PIP) install --quiet -c $(CONSTRAINTS) -e .
	touch $@

# The tests also execute the notebooks (on a sample), cover the Dask engine and the stanza models and backend,
# so the dev install has those extras (stanza pulls torch: the CPU build pinned in constraints.txt).
$(VENV)/.installed-dev: $(VENV)/.installed
	$(PIP) install --quiet -c $(CONSTRAINTS) -e ".[dev,notebooks,dask,stanza]"
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

# Every shipped model, rebuilt from ../shared (long: run it on an otherwise idle machine).
models: models-ner models-stanza

# Trains the NER shipped in models/id_netralitas_ner from ../shared/ner (models/ner/project.yml;
# ~30 minutes on 2 CPU cores, at the lowest CPU priority). Writes the folder only; commit it to ship it.
SHARED ?= $(if $(NETRALITAS_SHARED),$(NETRALITAS_SHARED),$(abspath ..)/shared)
models-ner: $(VENV)/.installed
	$(PIP) install --quiet -c $(CONSTRAINTS) -r models/ner/requirements.txt
	cd models/ner && nice -n 19 ../../$(BIN)/python -m spacy project run all . --vars.shared=$(abspath $(SHARED))

# Indonesian stanza models (tokenize, mwt, pos, lemma, depparse, ner) into models/stanza; see its README.
STANZA_RECIPE := models/stanza/recipe
models-stanza: $(VENV)/.installed-dev
	nice -n 19 $(BIN)/python $(STANZA_RECIPE)/prepare.py
	nice -n 19 $(BIN)/python $(STANZA_RECIPE)/train.py
	$(BIN)/python $(STANZA_RECIPE)/train.py install
	nice -n 19 $(BIN)/python $(STANZA_RECIPE)/evaluate.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
