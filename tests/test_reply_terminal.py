"""`followup reply` on a real terminal (a pty, through pexpect): with neither --says nor
--check-back, their words are asked for, since they decide what the reply settles."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.store_support import add

pexpect = pytest.importorskip("pexpect")

FOLLOWUP = str(Path(sys.executable).with_name("followup"))


def test_a_reply_on_a_terminal_asks_for_their_words(store: Path) -> None:
    add(store)
    env = {**os.environ, "TERM": "xterm"}
    child = pexpect.spawn(
        FOLLOWUP,
        ["reply", "1", "--at", "2026-11-19 09:00"],
        env=env,
        encoding="utf-8",
        timeout=30,
        dimensions=(40, 160),
    )
    try:
        child.expect_exact("What did they say about next steps?")
        child.send("\r")  # an empty answer is refused: it stays on the question
        child.expect_exact("this one is needed")
        child.send("Still deciding, check back next week.\r")
        child.expect_exact("Recorded their reply to interview 1.")
        child.expect(pexpect.EOF)
    finally:
        child.close()
    assert child.exitstatus == 0, child.before
    shown = subprocess.run(
        [FOLLOWUP, "show", "1", "--json", "--now", "2026-11-19 12:00"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    history = json.loads(shown.stdout)["history"]
    assert [e["says"] for e in history if e["event"] == "reply"] == [
        "Still deciding, check back next week."
    ]
