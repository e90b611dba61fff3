"""Helpers for the store's tests: run the CLI in-process, and sample interview files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from followup.cli import cli
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
