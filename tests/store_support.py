"""Helpers for the store's tests: run the CLI in-process, and sample interview files."""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from followup.cli import cli
from followup.store.location import DATABASE_NAME
from tests.conftest import NORTHWIND as NORTHWIND

ACME = """\
company: Acme
role: Analyst
start: 2026-11-24 14:00
timezone: Europe/London
country: GB
interviewers:
  - name: Ann Lee
    email: ann@acme.example
"""


@contextlib.contextmanager
def database(home: Path) -> Iterator[Any]:
    """The store of `home` read (or changed) with plain SQL, on SQLite or PostgreSQL.

    SQLite: a sqlite3 connection to its file, committed on leaving. PostgreSQL
    (`DATABASE_URL` set, as `make test-postgres` does): the store's own reader,
    which takes the same `?` placeholders and gives rows in sqlite3's shapes;
    each statement is committed as it runs.
    """
    url = os.environ.get("DATABASE_URL")
    if url:
        from followup.store.server import Reader

        reader = Reader(url)
        try:
            yield reader
        finally:
            reader.close()
        return
    connection = sqlite3.connect(home / DATABASE_NAME)
    try:
        with connection:
            yield connection
    finally:
        connection.close()


def use_home(patch: pytest.MonkeyPatch, home: Path) -> Path:
    """Make `home` the store for the rest of `patch`'s block: FOLLOWUP_HOME on
    SQLite (its file, made on first use) and, on PostgreSQL, a database of its
    own (migrated and empty, as a fresh SQLite file would be after first use)."""
    patch.setenv("FOLLOWUP_HOME", str(home))
    if os.environ.get("FOLLOWUP_TEST_POSTGRES") == "1":
        from tests.postgres_plugin import database_for

        patch.setenv("DATABASE_URL", database_for(home))
    return home


def server_home(home: Path) -> dict[str, str]:
    """The environment of a server process with a store of its own in `home` (a
    module's `followup serve`): on PostgreSQL, a database of its own too, which
    the emptying before each test leaves alone."""
    environment = {"FOLLOWUP_HOME": str(home)}
    if os.environ.get("FOLLOWUP_TEST_POSTGRES") == "1":
        from tests.postgres_plugin import own_database

        environment["DATABASE_URL"] = own_database()
    return environment


@dataclass
class Result:
    code: int
    out: str
    err: str

    @property
    def json(self) -> Any:
        return json.loads(self.out)


def run(*args: str, input: str | None = None) -> Result:
    result = CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)
    return Result(result.exit_code, result.stdout, result.stderr)


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text)
    return path


def add(folder: Path, text: str = NORTHWIND, name: str = "interview.yaml") -> int:
    result = run("add", str(write(folder, name, text)), "--json")
    assert result.code == 0, result.err
    return int(result.json["id"])


def followup_ok(*args: str) -> str:
    """`followup ARGS` as its own process, which must succeed; its output."""
    process = followup_process(*args)
    out, err = process.communicate(timeout=120)
    assert process.returncode == 0, (args, out, err)
    return out


@contextlib.contextmanager
def web_address(command: list[str], env: dict[str, str]) -> Iterator[str]:
    """Start `followup serve ...` (COMMAND after `followup`) and yield the address
    it prints; stopped at the end of the block."""
    import re
    import threading

    process = subprocess.Popen(
        [sys.executable, "-m", "followup", *command],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    assert process.stdout is not None
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.append(process.stdout.readline()))  # type: ignore[union-attr]
    reader.start()
    reader.join(timeout=60)
    match = re.search(r"http://127\.0\.0\.1:\d+/", lines[0] if lines else "")
    if match is None:
        process.kill()
        raise AssertionError(f"followup serve did not start: {lines!r}")
    try:
        yield match.group().rstrip("/")
    finally:
        process.terminate()
        process.wait(timeout=10)


def followup_process(*args: str, **kwargs: Any) -> subprocess.Popen[str]:
    """`followup ARGS` as its own process, with this test's environment."""
    return subprocess.Popen(
        [sys.executable, "-m", "followup", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=dict(os.environ),
        **kwargs,
    )
