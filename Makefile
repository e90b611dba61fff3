# Two entry points for a fresh machine: `make run` and `make test`.
# Both create .venv and install the project into it when pyproject.toml changes.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck contracts pytest quick imap-server browser bench clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

# The web UI on 127.0.0.1 (Waitress), on the embedded SQLite store (created
# and migrated on first use, in the user data directory or $FOLLOWUP_HOME).
# Prints its address; an empty store shows how to add the first interview.
# PORT=0 picks a free port.
PORT ?= 8127
run: $(STAMP)
	$(BIN)/followup serve --port $(PORT)

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

typecheck: $(STAMP)
	$(BIN)/mypy

# The layering (import-linter; the contracts are in pyproject.toml): the rules
# core imports no Django and no shell, nothing imports the command line, the
# command line runs no ORM query, config does not open the store.
contracts: $(STAMP)
	$(BIN)/lint-imports --no-logo

# The web UI's browser tests drive Debian's chromium: installed when missing.
browser:
	@bash .ci/ensure-browser

# The delivery tests start Debian's dovecot IMAP server: installed when missing.
imap-server:
	@bash .ci/ensure-dovecot

pytest: $(STAMP) browser imap-server
	$(BIN)/pytest

# The quick loop while working: no browser, no mail servers (marker `slow`).
quick: $(STAMP)
	$(BIN)/pytest -m "not slow"

test: lint typecheck contracts pytest

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache .hypothesis
