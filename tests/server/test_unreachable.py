"""A PostgreSQL server that cannot be reached: one sentence naming DATABASE_URL,
exit 69 on the command line, a 503 page on the web; never a traceback or exit 70."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.postgres_plugin import free_port, start_cluster


@pytest.mark.parametrize("args", [["list"], ["agenda"], ["agenda", "--json"], ["serve"]])
def test_a_closed_port_is_one_sentence_and_exit_69(tmp_path: Path, args: list[str]) -> None:
    port = free_port()  # bound and closed again: nothing listens there
    env = {
        **os.environ,
        "DATABASE_URL": f"postgres://followup:s3cret@127.0.0.1:{port}/followup",
        "FOLLOWUP_HOME": str(tmp_path / "home"),
    }
    result = subprocess.run(
        [sys.executable, "-m", "followup", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 69, result.stderr
    assert result.stderr == (
        f"followup: DATABASE_URL: the PostgreSQL server at 127.0.0.1:{port}, database followup "
        "cannot be used (connection refused); check that it is running and that DATABASE_URL "
        "names it\n"
    )
    assert "s3cret" not in result.stderr


def test_the_web_answers_503_with_the_sentence_when_the_server_goes_away(tmp_path: Path) -> None:
    cluster = start_cluster()
    process = None
    try:
        url = cluster.create("going_away")
        port = free_port()
        env = {**os.environ, "DATABASE_URL": url, "FOLLOWUP_HOME": str(tmp_path / "home")}
        process = subprocess.Popen(
            [sys.executable, "-m", "followup", "serve", "--no-worker", "--port", str(port)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        line = process.stdout.readline() if process.stdout else ""
        assert re.search(rf":{port}/", line), process.stderr.read() if process.stderr else line
        base = f"http://127.0.0.1:{port}/"
        with urllib.request.urlopen(base, timeout=30) as page:
            assert page.status == 200
        cluster.stop()
        for _ in range(2):  # the kept connection, then a new one: both say so
            with pytest.raises(urllib.error.HTTPError) as refused:
                urllib.request.urlopen(base, timeout=30)
            assert refused.value.code == 503
            body = refused.value.read().decode()
            assert f"DATABASE_URL: the PostgreSQL server at 127.0.0.1:{cluster.port}" in body
            assert "Traceback" not in body
    finally:
        if process is not None:
            process.terminate()
            process.wait(timeout=10)
        cluster.stop()
