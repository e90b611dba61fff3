"""`followup add` on a real terminal (a pty, through pexpect): each prompt waits for
its own answer, as a person types it: the letter, then Enter (issue 16)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pexpect = pytest.importorskip("pexpect")

FOLLOWUP = str(Path(sys.executable).with_name("followup"))


def test_n_then_enter_at_a_yes_no_question_does_not_skip_the_next(
    followup_home: Path,
) -> None:
    env = {
        **os.environ,
        "TZ": "UTC",
        "LANG": "en_US.UTF-8",
        "FOLLOWUP_TIMEZONE": "America/Toronto",
        "FOLLOWUP_COUNTRY": "CA",
        "TERM": "xterm",
    }
    child = pexpect.spawn(
        FOLLOWUP, ["add"], env=env, encoding="utf-8", timeout=30, dimensions=(40, 120)
    )
    try:

        def answer(prompt: str, text: str) -> None:
            child.expect_exact(prompt)
            child.send(text + "\r")

        answer("Company:", "Maple Systems")
        answer("Role:", "Analyst")
        answer("Time zone of the interview [America/Toronto]:", "")
        answer("When does it start?", "2026-12-01 10:00")
        answer("How long is it", "")
        answer("Country for public holidays", "")
        answer("State or province", "ON")
        answer("Interviewer 1, name:", "Ann Lee")
        answer("title (optional):", "")
        answer("email (optional):", "ann@maple.example")
        answer("phone (optional):", "")
        answer("What did you discuss", "")
        answer("Add another interviewer?", "n")
        # The Enter after "n" belongs to the question above: this one still waits.
        answer("What did they say about next steps?", "We'll decide by Friday.")
        answer("Did they ask for references?", "n")
        child.expect(pexpect.EOF)
    finally:
        child.close()
    assert child.exitstatus == 0, child.before
    shown = subprocess.run(
        [FOLLOWUP, "list", "--json"], env=env, capture_output=True, text=True, check=True
    )
    listed = json.loads(shown.stdout)["interviews"]
    assert len(listed) == 1
    detail = subprocess.run(
        [FOLLOWUP, "show", str(listed[0]["id"]), "--json"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    stored = json.loads(detail.stdout)
    assert stored["interview"]["next_step"] == "We'll decide by Friday."
    assert stored["interview"]["references_requested"] is False


def test_the_machines_zone_is_said_to_be_a_default_before_it_is_offered(
    followup_home: Path,
) -> None:
    # Issue 16: with no `timezone` setting, the zone offered was the machine's, unsaid.
    env = {**os.environ, "TZ": "Europe/Paris", "LANG": "fr_FR.UTF-8", "TERM": "xterm"}
    env.pop("FOLLOWUP_TIMEZONE", None)
    child = pexpect.spawn(
        FOLLOWUP, ["add"], env=env, encoding="utf-8", timeout=30, dimensions=(40, 200)
    )
    try:
        child.expect_exact("Company:")
        child.send("Maple Systems\r")
        child.expect_exact("Role:")
        child.send("Analyst\r")
        child.expect_exact("Note: the zone offered is Europe/Paris, your machine's time zone")
        child.expect_exact("(choose your own default with `followup config timezone ZONE`).")
        child.expect_exact("Time zone of the interview [Europe/Paris]:")
        assert "Note:" not in child.before  # said once
    finally:
        child.terminate(force=True)
        child.close()


def test_a_zone_typed_replaces_the_default_shown_in_brackets(followup_home: Path) -> None:
    # Issue 16's review: the default zone was laid in the answer as text, so a zone
    # typed after it was appended to it ("America/TorontoEurope/London").
    env = {
        **os.environ,
        "TZ": "UTC",
        "LANG": "en_US.UTF-8",
        "FOLLOWUP_TIMEZONE": "America/Toronto",
        "FOLLOWUP_COUNTRY": "CA",
        "FOLLOWUP_SUBDIVISION": "ON",
        "TERM": "xterm",
    }
    child = pexpect.spawn(
        FOLLOWUP, ["add"], env=env, encoding="utf-8", timeout=30, dimensions=(40, 120)
    )
    try:

        def answer(prompt: str, text: str) -> None:
            child.expect_exact(prompt)
            child.send(text + "\r")

        answer("Company:", "Maple Systems")
        answer("Role:", "Analyst")
        answer("Time zone of the interview [America/Toronto]:", "Europe/London")
        answer("When does it start? (e.g. 2026-11-17 14:00, in Europe/London)", "2026-12-01 10:00")
        answer("How long is it, in minutes? (5 to 720) [60]:", "45")
        answer("Country for public holidays (a name or ISO code) [GB]:", "")
        answer("State or province (optional):", "")
        answer("Interviewer 1, name:", "Ann Lee")
        answer("title (optional):", "")
        answer("email (optional):", "")
        answer("phone (optional):", "")
        answer("What did you discuss", "")
        answer("Add another interviewer?", "n")
        answer("What did they say about next steps?", "")
        answer("Did they ask for references?", "n")
        child.expect(pexpect.EOF)
    finally:
        child.close()
    assert child.exitstatus == 0, child.before
    detail = subprocess.run(
        [FOLLOWUP, "show", "1", "--json"], env=env, capture_output=True, text=True, check=True
    )
    stored = json.loads(detail.stdout)["interview"]
    assert (stored["timezone"], stored["country"], stored["subdivision"]) == (
        "Europe/London",
        "GB",
        None,
    )
    assert stored["start"] == "2026-12-01T10:00:00+00:00"
    assert stored["end"] == "2026-12-01T10:45:00+00:00"
