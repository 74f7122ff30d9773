# Two commands for a fresh machine: `make demo` and `make test` (see README).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip
CONSTRAINTS := constraints.txt

.PHONY: demo test bench lexicons models models-stanza clean venv

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml $(CONSTRAINTS)
	$(PIP) install --quiet -c $(CONSTRAINTS) -e .
	touch $@

# The tests cover the stanza models too, so the test install includes the stanza extra (CPU torch).
$(VENV)/.installed-dev: $(VENV)/.installed
	$(PIP) install --quiet -c $(CONSTRAINTS) -e ".[dev,stanza]"
	touch $@

venv: $(VENV)/.installed

demo: $(VENV)/.installed
	$(BIN)/netralitas extract corpora/seeds -o corpora/seeds.jsonl

test: $(VENV)/.installed-dev
	$(BIN)/python -m pytest -q

bench: $(VENV)/.installed-dev
	$(BIN)/python benchmarks/accuracy.py
	$(BIN)/python benchmarks/speed.py

lexicons: $(VENV)/.installed
	$(BIN)/python scripts/build_lexicons.py

# Trained models, rebuilt from ../shared (long: run on an otherwise idle machine).
models: models-stanza

# Indonesian stanza models (tokenize, mwt, pos, lemma, depparse, ner) into models/stanza; see its README.
STANZA_RECIPE := models/stanza/recipe
models-stanza: $(VENV)/.installed-dev
	nice -n 19 $(BIN)/python $(STANZA_RECIPE)/prepare.py
	nice -n 19 $(BIN)/python $(STANZA_RECIPE)/train.py
	$(BIN)/python $(STANZA_RECIPE)/train.py install
	nice -n 19 $(BIN)/python $(STANZA_RECIPE)/evaluate.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
