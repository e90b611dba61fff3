"""Issue 16: a draft shown before its window opens says when it may go."""

from __future__ import annotations

from pathlib import Path

from tests.store_support import NORTHWIND, run, write


def test_a_check_in_drafted_early_says_when_it_may_go(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("FOLLOWUP_HOME", str(tmp_path / "home"))
    file = write(tmp_path, "northwind.yaml", NORTHWIND)
    result = run("draft", str(file), "--now", "2026-11-17 15:00")
    assert result.code == 0, result.err
    headings = [line for line in result.out.splitlines() if line.startswith("=== ")]
    assert (
        "=== Check-in email to Priya Raman (check_in). Not yet: it may go from "
        + ("Tue 24 Nov 09:00 New York time. ===")
        in headings
    )
    # The thank-you is open now: no such words on it.
    assert "=== Thank-you note to Marcus Bell (thank_you:marcus-bell) ===" in headings
