"""Shared fixtures: every test gets its own FOLLOWUP_HOME, never the user's real store.

A migrated store is built once per session and copied into each test's home
(a fresh copy of what "migrate on first use" produces), so tests that need a
store skip the migration; tests of first use start from an empty folder.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from followup.store.location import DATABASE_NAME


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
    shutil.copy(migrated_store, followup_home / DATABASE_NAME)
    return followup_home


@pytest.fixture
def make_store(migrated_store: Path) -> Callable[[Path], Path]:
    """Makes a ready, empty store in another folder (for a second FOLLOWUP_HOME)."""

    def make(home: Path) -> Path:
        home.mkdir(parents=True, exist_ok=True)
        shutil.copy(migrated_store, home / DATABASE_NAME)
        return home

    return make
