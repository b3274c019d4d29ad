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

.PHONY: help install extract test eval audit baseline heldout bench clean model

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

$(REPORT)/eval.json: $(OUT)/meetings.jsonl $(SOURCES) $(wildcard $(GOLD)/*.json)
	$(PY) -m pipeline eval --gold $(GOLD) --pred $(OUT) --report $(REPORT) --compare-quantulum --raw $(RAW)

eval: $(REPORT)/eval.json  ## score OUT against GOLD: tables in REPORT/eval.txt, errors in REPORT/errors.md
	@cat $(REPORT)/eval.txt
	@echo "errors: $(REPORT)/errors.md (and errors.jsonl); HTML: make audit"

audit: $(REPORT)/eval.json  ## write the HTML audit report to REPORT/audit/index.html
	$(PY) -m pipeline audit --gold $(GOLD) --pred $(OUT) --out $(REPORT)/audit

baseline: $(STAMP)  ## re-extract data/raw and rewrite tests/baseline_scores.json (ACCEPT_DROPS=1 to accept falls)
	$(PY) -m pipeline extract data/raw --out $(REPORT)/baseline/processed --quiet $(if $(WORKERS),--workers $(WORKERS))
	$(PY) -m pipeline eval --gold data/labelled --pred $(REPORT)/baseline/processed --report $(REPORT)/baseline \
		--update-baseline tests/baseline_scores.json $(if $(ACCEPT_DROPS),--accept-drops) > /dev/null

heldout: $(STAMP)  ## score the held-out sets (data/heldout*/): minutes in layouts the rules were not written on
	@for set in data/heldout*/; do \
		name=$$(basename $$set); \
		$(PY) -m pipeline extract $$set/raw --out $(REPORT)/$$name/processed --quiet $(if $(WORKERS),--workers $(WORKERS)) && \
		$(PY) -m pipeline eval --gold $$set/labelled --pred $(REPORT)/$$name/processed --report $(REPORT)/$$name > /dev/null && \
		echo "== $$name" && head -12 $(REPORT)/$$name/eval.txt; \
	done

test: $(STAMP)  ## run the test suite
	$(PY) -m pytest

bench: $(STAMP)  ## measure throughput and memory on a synthetic corpus
	$(PY) -m pipeline bench

clean:  ## remove outputs and the virtual environment
	rm -rf $(VENV) $(OUT)/*.jsonl $(REPORT) models/pipeline
