"""Shared fixtures: every test gets its own FOLLOWUP_HOME, never the user's real store.

Also the one sample interview (`NORTHWIND`, a panel of two in New York) and
the one frozen clock (`clock`; a module picks another moment with
`pytest.mark.clock("ISO")`).

A migrated store is built once per session and copied into each test's home
(a fresh copy of what "migrate on first use" produces), so tests that need a
store skip the migration; tests of first use start from an empty folder.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
import time_machine

from followup.store.location import DATABASE_NAME

# The throwaway PostgreSQL cluster of tests/server/ and `make test-postgres`.
pytest_plugins = ["tests.postgres_plugin"]
ON_POSTGRES = os.environ.get("FOLLOWUP_TEST_POSTGRES") == "1"

# The sample interview, as an interview file: Tuesday 17 November 2026 in New
# York, a panel of two with Priya Raman the contact, a decision "by Friday".
NORTHWIND = """\
company: Northwind Analytics
role: Senior Data Engineer
start: 2026-11-17 10:00
end: 2026-11-17 11:00
timezone: America/New_York
country: US
subdivision: NY
interviewers:
  - name: Priya Raman
    title: Engineering Manager
    email: priya@northwind.example
    topics: [streaming ingestion]
    contact: true
  - name: Marcus Bell
    email: marcus@northwind.example
    topics: [data modelling]
next_step: We'll make a decision by Friday.
references_requested: true
debrief:
  went_well: The design exercise.
"""

# Mid-December 2026: every moment the samples record is in the past.
CLOCK = "2026-12-15T17:00:00+00:00"


@pytest.fixture
def clock(request: pytest.FixtureRequest) -> Iterator[datetime]:
    """Time frozen at `CLOCK`, or at the moment of the test's `clock` marker."""
    marker = request.node.get_closest_marker("clock")
    moment = marker.args[0] if marker else CLOCK
    with time_machine.travel(moment, tick=False):
        yield datetime.fromisoformat(moment)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark `slow` what needs a browser or a mail server, for `make quick`."""
    for item in items:
        path = item.path.name
        needs_server = {"smtp_server", "mailbox", "imap_server"} & set(
            getattr(item, "fixturenames", ())
        )
        if path.startswith("test_browser") or needs_server:
            item.add_marker(pytest.mark.slow)
        only = item.get_closest_marker("sqlite_only")
        if only is not None and ON_POSTGRES:
            reason = only.args[0] if only.args else "about SQLite's file"
            item.add_marker(pytest.mark.skip(reason=f"SQLite only: {reason}"))


@pytest.fixture(autouse=True)
def followup_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    home = tmp_path / "home"
    monkeypatch.setenv("FOLLOWUP_HOME", str(home))
    # Settings from the developer's environment must not leak into tests.
    for name in ("FOLLOWUP_TIMEZONE", "FOLLOWUP_COUNTRY", "FOLLOWUP_SUBDIVISION"):
        monkeypatch.delenv(name, raising=False)
    yield home
    _close_django()


def _close_django() -> None:
    import sys

    if "django.db" in sys.modules:
        from django.db import connections

        connections.close_all()


@pytest.fixture(scope="session")
def migrated_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One store migrated by `boot.setup()`, to copy from."""
    import os

    home = tmp_path_factory.mktemp("template")
    previous = os.environ.get("FOLLOWUP_HOME")
    os.environ["FOLLOWUP_HOME"] = str(home)
    try:
        from followup.store.boot import setup

        setup()
        _close_django()
    finally:
        if previous is None:
            del os.environ["FOLLOWUP_HOME"]
        else:
            os.environ["FOLLOWUP_HOME"] = previous
    return home / DATABASE_NAME


@pytest.fixture
def store(followup_home: Path, migrated_store: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A ready, empty store in this test's FOLLOWUP_HOME; returns its home.

    The machine's zone is UTC and its country US, so defaults are the same everywhere.
    """
    monkeypatch.setenv("TZ", "UTC")
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_TIME", raising=False)
    followup_home.mkdir(parents=True, exist_ok=True)
    if not ON_POSTGRES:  # there, the plugin empties the one migrated database
        shutil.copy(migrated_store, followup_home / DATABASE_NAME)
    return followup_home


@pytest.fixture
def make_store(migrated_store: Path) -> Callable[[Path], Path]:
    """Makes a ready, empty store in another folder (for a second FOLLOWUP_HOME)."""

    def make(home: Path) -> Path:
        home.mkdir(parents=True, exist_ok=True)
        if not ON_POSTGRES:
            shutil.copy(migrated_store, home / DATABASE_NAME)
        return home

    return make
