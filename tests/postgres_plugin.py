"""A throwaway PostgreSQL cluster for the server tests (registered by tests/conftest.py).

`FOLLOWUP_TEST_POSTGRES=1` runs the pytest process on PostgreSQL: a cluster is
made with Debian's `initdb` in a temporary folder (as the `postgres` user when
pytest runs as root: initdb refuses root), started on a free loopback port
with durability off (fsync, full-page writes: a test cluster is thrown
away), and one database is migrated by the store's own setup.
`DATABASE_URL` then points at it for the whole process, subprocesses included,
and before each test every table is emptied (identities restarted) and the
rows setup made (the local user) put back: each test starts from the same
migrated, empty store as the SQLite copy in tests/conftest.py gives.

Without it, tests/server/ (which need PostgreSQL) are left out of the
collection, and `make pytest` runs them in a second pytest process with the
variable set (`.ci/ensure-postgres` installs PostgreSQL when it is missing).
"""

from __future__ import annotations

import contextlib
import itertools
import os
import shutil
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

ENABLED = os.environ.get("FOLLOWUP_TEST_POSTGRES") == "1"
HERE = Path(__file__).resolve().parent
# Kept as they are between tests: the migrations' own rows.
KEPT = {"django_migrations", "django_content_type", "auth_permission"}


def bin_dir() -> Path:
    """Where Debian's PostgreSQL programs are (the newest major version installed)."""
    found = shutil.which("pg_config")
    if found:
        out = subprocess.run([found, "--bindir"], capture_output=True, text=True, check=False)
        candidate = Path(out.stdout.strip())
        if (candidate / "initdb").exists():
            return candidate
    versions = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
    )
    if not versions:
        raise RuntimeError("PostgreSQL is not installed: run `bash .ci/ensure-postgres`")
    return versions[-1].parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Cluster:
    folder: Path
    port: int
    bindir: Path
    as_user: list[str]

    def url(self, database: str) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/{database}"

    def admin(self) -> Any:
        import psycopg

        return psycopg.connect(self.url("postgres"), autocommit=True)

    def create(self, database: str) -> str:
        with self.admin() as db:
            db.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
            db.execute(f'CREATE DATABASE "{database}"')
        return self.url(database)

    def stop(self) -> None:
        subprocess.run(
            [
                *self.as_user,
                str(self.bindir / "pg_ctl"),
                "-D",
                str(self.folder / "data"),
                "-s",
                "-m",
                "immediate",
                "stop",
            ],
            check=False,
            capture_output=True,
        )
        shutil.rmtree(self.folder, ignore_errors=True)


def start_cluster() -> Cluster:
    """initdb and start a cluster in a new temporary folder; trust on loopback only."""
    bindir = bin_dir()
    folder = Path(tempfile.mkdtemp(prefix="followup-pg-"))
    as_user: list[str] = []
    if os.geteuid() == 0:
        # initdb and postgres refuse to run as root: Debian's `postgres` user runs them.
        shutil.chown(folder, user="postgres")
        folder.chmod(0o700)
        as_user = ["runuser", "-u", "postgres", "--"]
    subprocess.run(
        [
            *as_user,
            str(bindir / "initdb"),
            "-D",
            str(folder / "data"),
            "-A",
            "trust",
            "-U",
            "postgres",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        ],
        check=True,
        capture_output=True,
    )
    port = free_port()
    options = " ".join(
        [
            f"-p {port}",
            "-c listen_addresses=127.0.0.1",
            f"-k {folder}",
            "-c fsync=off",
            "-c synchronous_commit=off",
            "-c full_page_writes=off",
            "-c max_connections=200",
        ]
    )
    subprocess.run(
        [
            *as_user,
            str(bindir / "pg_ctl"),
            "-D",
            str(folder / "data"),
            "-w",
            "-s",
            "-l",
            str(folder / "log"),
            "-o",
            options,
            "start",
        ],
        check=True,
        capture_output=True,
    )
    return Cluster(folder, port, bindir, as_user)


@dataclass
class Suite:
    """The cluster and the one migrated database the tests share, emptied before each."""

    cluster: Cluster
    url: str
    tables: list[str]
    sequences: list[str]
    seed: dict[str, list[tuple[Any, ...]]]
    columns: dict[str, list[str]]

    def reset(self) -> None:
        """DELETE rather than TRUNCATE: on tables of a few rows it is ten times faster
        (TRUNCATE makes new files for every table); foreign keys are not checked
        while emptying (replica role), and every sequence starts again."""
        import psycopg

        with psycopg.connect(self.url, autocommit=True) as db:
            db.execute("SET lock_timeout = '20s'")
            with db.transaction():
                db.execute("SET LOCAL session_replication_role = replica")
                db.execute("; ".join(f'DELETE FROM "{t}"' for t in self.tables))
                db.execute("; ".join(f"ALTER SEQUENCE {q} RESTART" for q in self.sequences))
                for table, rows in self.seed.items():
                    names = self.columns[table]
                    marks = ", ".join(["%s"] * len(names))
                    quoted = ", ".join(f'"{n}"' for n in names)
                    with db.cursor() as cursor:
                        cursor.executemany(
                            f'INSERT INTO "{table}" ({quoted}) VALUES ({marks})', rows
                        )
                    db.execute(
                        f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), "
                        f'(SELECT max(id) FROM "{table}"))'
                    )


def migrate_suite(cluster: Cluster, name: str = "followup_suite") -> Suite:
    """Make and migrate one database with the store's own setup, in a subprocess
    (this process's Django is configured later, on the first test that needs it)."""
    import psycopg

    url = cluster.create(name)
    home = Path(tempfile.mkdtemp(prefix="followup-pg-home-"))
    environment = {**os.environ, "DATABASE_URL": url, "FOLLOWUP_HOME": str(home)}
    subprocess.run(
        [
            sys.executable,
            "-c",
            "from followup.delivery.boot import setup; setup()",
        ],
        env=environment,
        check=True,
        capture_output=True,
    )
    shutil.rmtree(home, ignore_errors=True)
    with cluster.admin() as db:
        # The template of every other store a test makes (`database_for`): copied
        # while no one is connected to the migrated database, and never opened.
        db.execute(f'CREATE DATABASE "{TEMPLATE}" TEMPLATE "{name}"')
    with psycopg.connect(url, autocommit=True) as db:
        tables = [
            row[0]
            for row in db.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
            )
            if row[0] not in KEPT
        ]
        sequences = [
            f'"{row[0]}"."{row[1]}"'
            for row in db.execute(
                "SELECT schemaname, sequencename FROM pg_sequences WHERE schemaname = 'public'"
            )
        ]
        seed: dict[str, list[tuple[Any, ...]]] = {}
        columns: dict[str, list[str]] = {}
        for table in tables:
            cursor = db.execute(f'SELECT * FROM "{table}" ORDER BY 1')
            rows = cursor.fetchall()
            if rows:
                seed[table] = [tuple(_adapt(v) for v in row) for row in rows]
                columns[table] = [c.name for c in cursor.description or ()]
    return Suite(cluster, url, tables, sequences, seed, columns)


def _adapt(value: Any) -> Any:
    from psycopg.types.json import Jsonb

    return Jsonb(value) if isinstance(value, dict | list) else value


_SUITE: Suite | None = None
TEMPLATE = "followup_template"
_OTHERS: dict[str, str] = {}
_NUMBERS = itertools.count(1)


def database_for(home: Path) -> str:
    """The URL of another migrated, empty store for the folder `home` (a second
    FOLLOWUP_HOME on SQLite): a database of its own, copied from the template."""
    assert _SUITE is not None, "FOLLOWUP_TEST_POSTGRES=1 is not set"
    key = str(home)
    if key not in _OTHERS:
        _OTHERS[key] = own_database()
    return _OTHERS[key]


def own_database() -> str:
    """A new migrated, empty database, never emptied between tests (a module's server)."""
    assert _SUITE is not None, "FOLLOWUP_TEST_POSTGRES=1 is not set"
    name = f"followup_other_{next(_NUMBERS)}"
    with _SUITE.cluster.admin() as db:
        db.execute(f'CREATE DATABASE "{name}" TEMPLATE "{TEMPLATE}"')
    return _SUITE.cluster.url(name)


def pytest_configure(config: pytest.Config) -> None:
    """On PostgreSQL: start the cluster and point the whole process at it."""
    global _SUITE
    if not ENABLED or _SUITE is not None:
        return
    cluster = start_cluster()
    try:
        _SUITE = migrate_suite(cluster)
    except Exception:
        cluster.stop()
        raise
    os.environ["DATABASE_URL"] = _SUITE.url


def pytest_unconfigure(config: pytest.Config) -> None:
    global _SUITE
    if _SUITE is not None:
        with contextlib.suppress(Exception):
            _close_django()
        _SUITE.cluster.stop()
        _SUITE = None


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    """tests/server/ needs PostgreSQL: collected only when the process runs on it."""
    if not ENABLED and collection_path == HERE / "server":
        return True
    return None


def _close_django() -> None:
    if "django.db" in sys.modules:
        from django.db import connections

        connections.close_all()


@pytest.fixture(autouse=True)
def _postgres_store(monkeypatch: pytest.MonkeyPatch, followup_home: Path) -> Iterator[None]:
    """Every test starts from the migrated, empty database (PostgreSQL runs only)."""
    if _SUITE is None:
        yield
        return
    _close_django()
    _SUITE.reset()
    monkeypatch.setenv("DATABASE_URL", _SUITE.url)
    _OTHERS.clear()
    _OTHERS[str(followup_home)] = _SUITE.url  # the test's own home is the shared database
    yield
    _close_django()


@pytest.fixture(scope="session")
def postgres_suite() -> Suite:
    """The running cluster and the shared test database (PostgreSQL runs only)."""
    assert _SUITE is not None, "FOLLOWUP_TEST_POSTGRES=1 is not set"
    return _SUITE
