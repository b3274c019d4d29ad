# minutes-pipeline: every target sets itself up; unchanged steps are skipped.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
RAW    ?= data/raw
OUT    ?= data/processed
GOLD   ?= data/labelled
REPORT ?= reports
WORKERS ?=

SOURCES  := $(shell find pipeline -name '*.py' -o -name '*.json' 2>/dev/null)
PATTERNS := $(wildcard models/patterns/*.jsonl) $(wildcard models/*.jsonl)
INPUTS   := $(shell find $(RAW) -type f 2>/dev/null)

.PHONY: help install extract test eval audit bench clean model

help:  ## list the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

$(STAMP): pyproject.toml requirements.lock
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c requirements.lock -e '.[dev]'
	touch $@

install: $(STAMP)  ## create .venv and install the project with pinned dependencies

models/pipeline/meta.json: $(STAMP) $(SOURCES) $(PATTERNS)
	$(PY) -m pipeline build-model --out models/pipeline

model: models/pipeline/meta.json  ## assemble the spaCy pipeline into models/pipeline

$(OUT)/meetings.jsonl: $(STAMP) $(SOURCES) $(PATTERNS) $(INPUTS)
	$(PY) -m pipeline extract $(RAW) --out $(OUT) $(if $(WORKERS),--workers $(WORKERS))

extract: $(OUT)/meetings.jsonl  ## extract RAW (default data/raw) into OUT (default data/processed)

$(REPORT)/eval.json: $(OUT)/meetings.jsonl $(wildcard $(GOLD)/*.json)
	$(PY) -m pipeline eval --gold $(GOLD) --pred $(OUT) --report $(REPORT) --compare-quantulum --raw $(RAW)

eval: $(REPORT)/eval.json  ## score OUT against the hand labels in GOLD
	@cat $(REPORT)/eval.txt

audit: $(REPORT)/eval.json  ## write the HTML audit report
	$(PY) -m pipeline audit --gold $(GOLD) --pred $(OUT) --out $(REPORT)/audit

test: $(STAMP)  ## run the test suite
	$(PY) -m pytest

bench: $(STAMP)  ## measure throughput and memory on a synthetic corpus
	$(PY) -m pipeline bench

clean:  ## remove outputs and the virtual environment
	rm -rf $(VENV) $(OUT)/*.jsonl $(REPORT) models/pipeline
