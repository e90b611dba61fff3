# Two entry points for a fresh machine: `make run` and `make test`.
# Both create .venv and install the project into it when pyproject.toml changes.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck pytest imap-server bench clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

# The agenda across every stored interview, from the embedded SQLite store
# (created and migrated on first use, in the user data directory or
# $FOLLOWUP_HOME). An empty store explains how to add the first interview;
# nothing is added for you.
run: $(STAMP)
	$(BIN)/followup agenda

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

typecheck: $(STAMP)
	$(BIN)/mypy

# The delivery tests start Debian's dovecot IMAP server: installed when missing.
imap-server:
	@bash .ci/ensure-dovecot

pytest: $(STAMP) imap-server
	$(BIN)/pytest

test: lint typecheck pytest

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache .hypothesis
