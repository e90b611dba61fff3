"""Bounded fuzzing of the environment variables a user types: never exit 70, the variable named.

The settings' variables (FOLLOWUP_TIMEZONE, FOLLOWUP_COUNTRY, FOLLOWUP_NAME...)
go through the real commands in-process, as in tests/test_fuzz.py; the ones
read once per process (FOLLOWUP_HOME, DATABASE_URL, FOLLOWUP_SECRET_KEY) run
`followup` as its own process, on a short list of hostile values.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from followup import config
from tests.store_support import NORTHWIND, run, write
from tests.test_fuzz import FUZZ, MOMENTS, TEXT

VARIABLES = sorted(s.env for s in config.all_settings().values() if s.env)
COMMANDS = [["agenda"], ["list"], ["config"], ["draft", "1"], ["show", "1"]]


@FUZZ
@given(
    variable=st.sampled_from(VARIABLES),
    value=st.one_of(TEXT, MOMENTS, st.just("a" * 300), st.just("../" * 100)),
    which=st.integers(0, len(COMMANDS) - 1),
)
def test_a_setting_typed_in_the_environment_never_crashes(
    store: Path, variable: str, value: str, which: int
) -> None:
    value = value.replace("\x00", "")
    if not value:
        return
    if COMMANDS[which][-1] == "1":
        run("add", str(write(store, "interview.yaml", NORTHWIND)))
    before = os.environ.get(variable)
    os.environ[variable] = value
    try:
        result = run(*COMMANDS[which])
    finally:
        if before is None:
            del os.environ[variable]
        else:
            os.environ[variable] = before
    # 0 done, 1 refused by the guardrails, 2 bad input: never 70.
    assert result.code in (0, 1, 2), result.err
    if result.code == 2:
        # The commands are valid: a refusal can only be the variable's, and names it.
        assert result.err.startswith(f"followup: {variable}: "), result.err


def test_the_time_zone_variable_is_named_in_its_sentence(store: Path) -> None:
    os.environ["FOLLOWUP_TIMEZONE"] = "Nowhere/" + "x" * 300
    try:
        result = run("agenda")
    finally:
        del os.environ["FOLLOWUP_TIMEZONE"]
    assert result.code == 2
    assert result.err.startswith("followup: FOLLOWUP_TIMEZONE: unknown time zone 'Nowhere/xxx")
    assert result.err.endswith("(use a name like America/New_York)\n")


def followup(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "followup", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


# Each value, and the start of the sentence it gets (exit 2, or 69 for a server
# that does not answer, which is not bad input but not a bug either).
PROCESS_CASES = [
    ("FOLLOWUP_HOME", "/dev/null/store", 2, "followup: FOLLOWUP_HOME: cannot hold the store: "),
    ("FOLLOWUP_HOME", "/tmp/" + "a" * 5000, 2, "followup: FOLLOWUP_HOME: cannot hold the store: "),
    ("DATABASE_URL", "sqlite:///tmp/x.db", 2, "followup: DATABASE_URL: must be a postgres:// URL"),
    ("DATABASE_URL", "postgres://", 2, "followup: DATABASE_URL: "),
    (
        "DATABASE_URL",
        "postgres://user@127.0.0.1:1/followup",
        69,
        "followup: DATABASE_URL: the PostgreSQL server at 127.0.0.1:1, database followup "
        "cannot be used",
    ),
    ("DATABASE_URL", "postgres://u@[::1:5432/x", 2, "followup: DATABASE_URL: "),
]


@pytest.mark.parametrize(("variable", "value", "code", "sentence"), PROCESS_CASES)
def test_the_store_variables_get_a_sentence_not_an_internal_error(
    tmp_path: Path, variable: str, value: str, code: int, sentence: str
) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "FOLLOWUP_DEBUG")}
    env |= {"FOLLOWUP_HOME": str(tmp_path / "home"), "FOLLOWUP_SECRET_KEY": "k" * 50}
    env[variable] = value
    done = followup(env, "list")
    assert (done.returncode, done.stderr[: len(sentence)]) == (code, sentence), done.stderr
    assert "internal error" not in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("key", ["\x01\x02", " ", "é" * 10_000])
def test_an_odd_secret_key_is_not_an_internal_error(tmp_path: Path, key: str) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "FOLLOWUP_DEBUG")}
    env |= {"FOLLOWUP_HOME": str(tmp_path / "home"), "FOLLOWUP_SECRET_KEY": key}
    done = followup(env, "list")
    assert done.returncode in (0, 2), done.stderr
    assert "internal error" not in done.stderr


def test_a_connection_age_that_is_not_a_number_is_named(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("FOLLOWUP_DEBUG",)}
    env |= {
        "FOLLOWUP_HOME": str(tmp_path / "home"),
        "FOLLOWUP_SECRET_KEY": "k" * 50,
        "DATABASE_URL": "postgres://user@127.0.0.1:1/followup",
        "FOLLOWUP_CONN_MAX_AGE": "9" * 5000,
    }
    done = followup(env, "list")
    assert done.returncode == 2
    assert done.stderr.startswith("followup: FOLLOWUP_CONN_MAX_AGE: must be a whole number")
