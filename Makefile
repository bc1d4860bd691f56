# untapped: two commands on a fresh clone, `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip

.PHONY: demo test lint typecheck unit install install-test docs lock clean

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip

$(VENV)/.installed: $(VENV)/bin/python pyproject.toml requirements.txt
	$(PIP) install -q -r requirements.txt
	$(PIP) install -q --no-deps -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed requirements-test.txt
	$(PIP) install -q -r requirements-test.txt
	touch $@

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

demo: install
	$(VENV)/bin/untapped audit examples/ --policy examples/untapped.toml

lint: install-test
	$(VENV)/bin/ruff check src tests benchmarks
	$(VENV)/bin/ruff format --check src tests benchmarks

typecheck: install-test
	$(VENV)/bin/mypy

unit: install-test
	$(VENV)/bin/pytest -n 2

test: lint typecheck unit

docs: install
	$(PY) -m untapped.tools.gendocs
	$(PY) -m untapped.tools.gentables
	$(PY) -m tests.dialects.support

# Regenerate the pinned requirements (needs uv on PATH).
lock:
	uv pip compile pyproject.toml --no-header --no-annotate -o requirements.txt
	uv pip compile pyproject.toml --extra test --no-header --no-annotate -o requirements-test.txt

clean:
	rm -rf $(VENV) build dist .mypy_cache .pytest_cache .ruff_cache
