# eventwire: `make demo` installs everything pinned into .venv and runs the demo; `make test` runs every check.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip
BASE := $(VENV)/.installed-base
TEST := $(VENV)/.installed-test

.PHONY: demo test lint typecheck pytest bench bench-long bench-scale faults install clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade "pip==26.3"

$(BASE): $(BIN)/python pyproject.toml requirements.lock
	$(PIP) install --quiet -c requirements.lock -e .
	touch $@

$(TEST): $(BASE)
	$(PIP) install --quiet -c requirements.lock -e '.[test]'
	touch $@

install: $(BASE)

demo: $(BASE)
	$(BIN)/eventwire demo

lint: $(TEST)
	$(BIN)/ruff check src tests scripts
	$(BIN)/ruff format --check src tests scripts

typecheck: $(TEST)
	$(BIN)/mypy src

pytest: $(TEST)
	$(BIN)/pytest -q

test: lint typecheck pytest

bench: $(BASE)
	$(BIN)/python scripts/bench.py

bench-long: $(BASE)
	$(BIN)/python scripts/bench_long.py

# the reliability suite in full (make test runs it in a fast form): bad inputs, kill -9, concurrency, API fuzz, load
faults: $(TEST)
	EVENTWIRE_FAULTS=full $(BIN)/pytest -q tests/faults

bench-scale: $(TEST)
	$(BIN)/python scripts/bench_scale.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache .mypy_cache .ruff_cache
