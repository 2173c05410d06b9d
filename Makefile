# dnnd-data: `make run` builds the dataset, `make test` runs the tests. Both set up .venv.
# `make help` lists every target.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
RAW ?= raw
OUT ?= output
BENCH_SIZES ?= 2000,12000
BENCH_RSS ?= 10000,100000
CORPUS ?= ../shared/corpus/dev
# Processes `make test` runs the test files in (pytest-xdist; a file's tests stay together,
# sharing its fixtures): one per core of the 2-core CI machine.
TEST_WORKERS ?= 2

export PREFECT_HOME ?= $(CURDIR)/.prefect
export PREFECT_SERVER_ANALYTICS_ENABLED ?= false
export PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS ?= 180

.PHONY: help run test test-fast lint format check schemas schemas-check bench eval clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml constraints.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e ".[dev]"
	@touch $(STAMP)

run: $(STAMP) ## set up .venv and build the dataset from raw/ into output/
	$(BIN)/dnnd build --raw $(RAW) --out $(OUT)

test: $(STAMP) ## the whole test suite, its files spread over TEST_WORKERS processes
	$(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadfile

test-fast: $(STAMP) ## the tests without real Prefect servers and other slow ones
	$(BIN)/python -m pytest -m "not prefect and not slow"

lint: $(STAMP) ## ruff check, ruff format --check, mypy (strict)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

format: $(STAMP) ## ruff format and fixes
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

check: lint test ## lint, then the tests

schemas: $(STAMP) ## regenerate schemas/ from the pydantic models
	$(BIN)/python -m dnnd_data.schema.files

schemas-check: $(STAMP) ## fail when schemas/ drifted from the models
	$(BIN)/python -m dnnd_data.schema.files --check

eval: $(STAMP) ## extraction precision/recall/F1 on the labelled corpus (CORPUS) and the seeds' test articles
	@echo "== $(CORPUS) (labelled real news)"; $(BIN)/dnnd eval --corpus $(CORPUS) --quality-file src/dnnd_data/publish/quality.md
	@echo "== tests/extract/generalisation"; $(BIN)/python -m dnnd_data.evaluate.expected tests/extract/generalisation
	@echo "== tests/extract/holdout"; $(BIN)/python -m dnnd_data.evaluate.expected tests/extract/holdout

bench: $(STAMP) ## throughput (BENCH_SIZES), peak memory (BENCH_RSS), seed and no-change builds, profile
	$(BIN)/python scripts/bench.py --sizes=$(BENCH_SIZES) --rss-sizes=$(BENCH_RSS)

clean: ## remove output/ and tool caches
	rm -rf $(OUT) .prefect .pytest_cache .mypy_cache .ruff_cache
