"""A full disk, for real: a small tmpfs mounted for the test and filled up.

Read-only commands still answer; a write says "no space left on the disk
holding <path>" and exits 74 (not 70); the web answers a POST with a page
that says so (507, not 500); a first run on a full disk leaves no empty
`.secret_key.<pid>` behind. Skipped where mounting is not possible (not root,
or no tmpfs in a container).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.store_support import NORTHWIND

pytestmark = [
    pytest.mark.skipif(sys.platform != "linux", reason="tmpfs is Linux's"),
    pytest.mark.slow,  # a dozen processes on a mounted disk: out of `make quick`
]


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Path]:
    mount = tmp_path / "disk"
    mount.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a small disk needs root")
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mount)],
        capture_output=True,
        check=False,
    )
    if made.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {made.stderr.decode().strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(disk: Path) -> None:
    """Write until the disk refuses another byte."""
    block = b"\0" * 65536
    with open(disk / "filler", "wb", buffering=0) as handle:
        try:
            while True:
                handle.write(block)
        except OSError:
            pass
    with open(disk / "crumbs", "wb", buffering=0) as handle:
        try:
            while True:
                handle.write(b"\0")
        except OSError:
            pass


def followup(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "FOLLOWUP_HOME": str(home), "TZ": "UTC", "LANG": "en_US.UTF-8"}
    env.pop("FOLLOWUP_DEBUG", None)
    return subprocess.run(
        [sys.executable, "-m", "followup", *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=120,
    )


@pytest.mark.sqlite_only("a full disk under SQLite's file; a server's disk is the server's")
def test_read_only_commands_work_and_writes_say_the_disk_is_full(
    disk: Path, tmp_path: Path
) -> None:
    home = disk / "home"
    sample = tmp_path / "northwind.yaml"
    sample.write_text(NORTHWIND)
    assert followup(home, "add", str(sample)).returncode == 0
    fill(disk)

    listed = followup(home, "list")
    assert listed.returncode == 0, listed.stderr
    assert "Northwind Analytics" in listed.stdout
    agenda = followup(home, "agenda", "--now", "2026-11-18 10:00")
    assert agenda.returncode == 0, agenda.stderr
    exported = followup(home, "export")
    assert exported.returncode == 0, exported.stderr
    assert '"Northwind Analytics"' in exported.stdout

    for args in (("config", "timezone", "Europe/London"), ("delete", "1", "--yes")):
        refused = followup(home, *args)
        assert refused.returncode == 74, (args, refused.stderr)
        assert f"no space left on the disk holding {home}" in refused.stderr
        assert "internal error" not in refused.stderr
    # Nothing was lost.
    assert "Northwind Analytics" in followup(home, "list").stdout


@pytest.mark.sqlite_only("a full disk under SQLite's file; a server's disk is the server's")
def test_a_first_run_on_a_full_disk_leaves_nothing_behind(disk: Path) -> None:
    home = disk / "home"
    home.mkdir()
    fill(disk)
    result = followup(home, "list")
    assert result.returncode == 74, result.stderr
    assert "no space left on the disk holding" in result.stderr
    assert [p.name for p in home.iterdir() if p.name.startswith(".secret_key")] == []


@pytest.mark.sqlite_only("a full disk under SQLite's file; a server's disk is the server's")
def test_a_post_on_a_full_disk_gets_a_page_that_says_so(
    disk: Path, migrated_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    from django.db import connections
    from django.test import Client

    from followup.store import services
    from followup.store.boot import setup
    from followup.store.location import DATABASE_NAME
    from tests.factories import make_interview

    home = disk / "home"
    home.mkdir()
    shutil.copy(migrated_store, home / DATABASE_NAME)
    monkeypatch.setenv("FOLLOWUP_HOME", str(home))
    number = services.add(setup(), make_interview())
    connections.close_all()
    fill(disk)
    setup()  # as `followup serve` starting on the full disk
    client = Client(SERVER_NAME="127.0.0.1")
    assert client.get("/interviews/").status_code == 200
    response = client.post(f"/interviews/{number}/delete/")
    assert response.status_code == 507
    page = response.content.decode()
    assert "Nothing was saved" in page
    assert f"No space left on the disk holding {home}" in page
    assert client.get(f"/interviews/{number}/").status_code == 200
    connections.close_all()
