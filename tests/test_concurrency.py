"""Two commands at once: no corruption, no "database is locked", no double contact."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ON_POSTGRES
from tests.store_support import ACME, NORTHWIND, add, database, followup_process, run, write


def both(*commands: list[str]) -> list[tuple[int, str, str]]:
    """Start the commands as separate processes at the same moment; wait for all."""
    processes = [followup_process(*args) for args in commands]
    results = []
    for process in processes:
        out, err = process.communicate(timeout=120)
        results.append((process.returncode, out, err))
    return results


def test_two_first_commands_at_once_both_set_up_the_store(
    followup_home: Path, tmp_path: Path
) -> None:
    # Four, since two at once met SQLite's instant "database is locked" only
    # now and then: converting a fresh file to WAL is now done under a lock.
    files = [write(tmp_path, "n.yaml", NORTHWIND), write(tmp_path, "a.yaml", ACME)]
    files += [write(tmp_path, f"{n}.yaml", ACME.replace("Acme", f"Acme {n}")) for n in (2, 3)]
    results = both(*(["add", str(f)] for f in files))
    for code, _, err in results:
        assert code == 0, err
        assert "locked" not in err
    with database(followup_home) as db:
        if not ON_POSTGRES:
            assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        companies = db.execute("SELECT name FROM followup_company ORDER BY name").fetchall()
        users = db.execute("SELECT count(*) FROM followup_user").fetchone()
    assert companies == [("Acme",), ("Acme 2",), ("Acme 3",), ("Northwind Analytics",)]
    assert users == (1,)


def test_the_same_thank_you_logged_twice_at_once_is_recorded_once(store: Path) -> None:
    add(store)
    log = ["log", "1", "thank_you", "--to", "Priya Raman", "--at", "2026-11-17 15:00"]
    results = both(log, log, ["agenda", "--json"])
    codes = sorted(code for code, _, _ in results[:2])
    assert codes == [0, 1], results
    refused = next(err for code, _, err in results[:2] if code == 1)
    assert "already had your thank-you" in refused
    assert results[2][0] == 0, results[2][2]
    for _, _, err in results:
        assert "locked" not in err
    events = run("show", "1", "--json").json["history"]
    assert len(events) == 1


def test_writers_and_readers_at_once(store: Path, tmp_path: Path) -> None:
    files = [
        write(tmp_path, f"{n}.yaml", NORTHWIND.replace("Northwind", f"Company {n}"))
        for n in range(4)
    ]
    commands = [["add", str(f)] for f in files] + [["agenda"], ["list", "--json"]]
    for code, _, err in both(*commands):
        assert code == 0, err
    assert len(run("list", "--json").json["interviews"]) == 4


# A long-running process (as `followup serve` is) that calls setup() again
# while its connection is open, and a command run beside it.
HOLDER = """
import os, subprocess, sys
from followup.store.boot import setup

user = setup()
from followup.store.models import Company

Company.objects.create(user=user, name="Before", key="before")
setup()
for command in (["show", "1"], ["list"], ["add", sys.argv[1]]):
    done = subprocess.run(
        [sys.executable, "-m", "followup", *command], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    # This process still has the store open: its log must still be there.
    assert os.path.exists(sys.argv[2] + "-wal"), f"{command} deleted the WAL under us"
Company.objects.create(user=user, name="After", key="after")
print("ok")
"""


@pytest.mark.sqlite_only("SQLite's file locks: closing the file outside SQLite drops them")
def test_a_command_beside_a_running_server_leaves_the_store_whole(store: Path) -> None:
    """Setting the store up again in a process with an open connection must not
    drop that process's SQLite locks, or the command beside it, believing itself
    alone, deletes the write-ahead log under it and the store is corrupt."""
    import subprocess
    import sys

    from django.db import connections

    from followup.store.location import DATABASE_NAME

    add(store)
    connections.close_all()  # this process holds the store open no more
    other = write(store, "acme.yaml", ACME)
    held = subprocess.run(
        [sys.executable, "-c", HOLDER, str(other), str(store / DATABASE_NAME)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert held.returncode == 0 and held.stdout.strip() == "ok", held.stderr[-2000:]
    with database(store) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        names = {name for (name,) in db.execute("SELECT name FROM followup_company")}
    assert {"Before", "After"} <= names
    assert run("list", "--json").code == 0
