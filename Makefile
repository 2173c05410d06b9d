# dnnd-data: `make run` builds the dataset, `make test` runs the tests. Both set up .venv.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
RAW ?= raw
OUT ?= output
BENCH_SIZES ?= 200,1000,3000,10000

export PREFECT_HOME ?= $(CURDIR)/.prefect
export PREFECT_SERVER_ANALYTICS_ENABLED ?= false
export PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS ?= 180

.PHONY: run test lint format check schemas bench eval clean

$(STAMP): pyproject.toml constraints.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e ".[dev]"
	@touch $(STAMP)

run: $(STAMP)
	$(BIN)/dnnd build --raw $(RAW) --out $(OUT)

test: $(STAMP)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

check: lint test

schemas: $(STAMP)
	$(BIN)/python -m dnnd_data.schema_files

eval: $(STAMP)
	@echo "== tests/generalisation (development set)"; $(BIN)/python -m dnnd_data.evaluation tests/generalisation
	@echo "== tests/holdout"; $(BIN)/python -m dnnd_data.evaluation tests/holdout

bench: $(STAMP)
	$(BIN)/python scripts/bench.py --sizes $(BENCH_SIZES)

clean:
	rm -rf $(OUT) .prefect .pytest_cache .mypy_cache .ruff_cache
