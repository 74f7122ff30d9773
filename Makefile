# Two commands for a fresh machine: `make demo` and `make test` (see README).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip
CONSTRAINTS := constraints.txt

.PHONY: demo test bench lexicons models clean venv

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml $(CONSTRAINTS)
	$(PIP) install --quiet -c $(CONSTRAINTS) -e .
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed
	$(PIP) install --quiet -c $(CONSTRAINTS) -e ".[dev]"
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

# Trains the NER shipped in models/id_netralitas_ner from ../shared/ner (models/ner/project.yml;
# ~30 minutes on 2 CPU cores, at the lowest CPU priority). Writes the folder only; commit it to ship it.
SHARED ?= $(if $(NETRALITAS_SHARED),$(NETRALITAS_SHARED),$(abspath ..)/shared)
models: $(VENV)/.installed
	$(PIP) install --quiet -c $(CONSTRAINTS) -r models/ner/requirements.txt
	cd models/ner && nice -n 19 ../../$(BIN)/python -m spacy project run all . --vars.shared=$(abspath $(SHARED))

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
