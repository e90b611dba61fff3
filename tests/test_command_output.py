"""`log` suggests the exact command to override, `reply` names one zone, `add` leaves no store."""

from __future__ import annotations

import os
import shlex
from collections.abc import Iterator
from pathlib import Path

import pytest
import time_machine

from tests.store_support import NORTHWIND, add, run, write


@pytest.fixture
def december() -> Iterator[None]:
    """Friday 4 December 2026, 12:00 in New York: every --at below has happened."""
    with time_machine.travel("2026-12-04T17:00:00+00:00", tick=False):
        yield


def test_the_suggested_override_keeps_every_option_given(store: Path, december: None) -> None:
    add(store)
    refused = run(
        "log", "1", "call", "--to", "Priya Raman", "--at", "2026-11-18 10:00", "--no-answer"
    )
    assert refused.code == 1
    line = next(x for x in refused.err.splitlines() if "To record it anyway" in x)
    command = line.partition("To record it anyway: ")[2]
    assert shlex.split(command) == [
        "followup", "log", "1", "call", "--to", "Priya Raman", "--at", "2026-11-18 10:00",
        "--no-answer", "--override", "your reason",
    ]  # fmt: skip
    # Run as suggested, it records the contact at the time given, not now.
    again = run(*shlex.split(command)[1:])
    assert again.code == 0, again.err
    # 10:00 in New York, said in your zone (UTC here) and named (issue 16).
    assert "on Wed 18 Nov 2026 15:00 UTC" in again.out


def test_a_name_with_an_apostrophe_is_quoted_for_the_shell(store: Path, december: None) -> None:
    add(store, NORTHWIND.replace("Marcus Bell", "Dara O'Neil"))
    refused = run("log", "1", "call", "--to", "Dara O'Neil", "--at", "2026-11-18 10:00")
    assert refused.code == 1
    line = next(x for x in refused.err.splitlines() if "To record it anyway" in x)
    words = shlex.split(line.partition("To record it anyway: ")[2])
    assert words[4:8] == ["--to", "Dara O'Neil", "--at", "2026-11-18 10:00"]


def test_after_a_reply_both_lines_name_your_zone(store: Path, december: None) -> None:
    add(store)
    assert run("log", "1", "check_in", "--at", "2026-11-24 10:00").code == 0
    assert run("config", "timezone", "America/Los_Angeles").code == 0
    result = run(
        "reply", "1", "--at", "2026-12-03 10:00", "--from", "Priya Raman",
        "--check-back", "2026-12-09",
    )  # fmt: skip
    assert result.code == 0, result.err
    asks, following = result.out.splitlines()[1:3]
    # 09:00 in New York is 06:00 in Los Angeles, and both lines say so, naming the
    # places: "06:00 PST" alone read as the employer's hour (issue 16).
    assert asks == (
        "They asked you to check back: one more check-in opens Wed 09 Dec 06:00 "
        "Los Angeles time (09:00 New York time)."
    )
    assert following.startswith("Next: ") and " Los Angeles time (" in following


@pytest.mark.parametrize(
    "text",
    [
        "company: A\nrole: R\n",  # no start
        "company: A\nrole: R\nstart: 2026-02-30 10:00\ninterviewers: [Ann]\n",
        "{not yaml",
        # Readable, but the guardrails refuse its visit, and its reply is in the future.
        "company: A\nrole: R\nstart: 2026-11-02 10:00\ninterviewers: [Ann]\n"
        "contacts: [{kind: visit, to: Ann, at: 2026-11-03 10:00}]\n",
        "company: A\nrole: R\nstart: 2026-11-02 10:00\ninterviewers: [Ann]\n"
        "contacts: [{kind: reply, at: 2099-01-01 10:00}]\n",
    ],
)
def test_add_with_a_bad_file_creates_no_store(tmp_path: Path, text: str) -> None:
    home = Path(os.environ["FOLLOWUP_HOME"])
    path = write(tmp_path, "bad.yaml", text)
    result = run("add", str(path))
    assert result.code == 2
    assert result.err.startswith("followup: ")
    assert "Traceback" not in result.err
    assert not home.exists() or list(home.iterdir()) == []


def test_a_reply_opening_a_check_in_next_year_writes_its_year(store: Path, december: None) -> None:
    add(store)
    assert run("log", "1", "check_in", "--at", "2026-11-24 10:00").code == 0
    result = run(
        "reply", "1", "--at", "2026-12-03 10:00", "--from", "Priya Raman",
        "--says", "We will decide after the holidays.",
    )  # fmt: skip
    assert result.code == 0, result.err
    asks, following = result.out.splitlines()[1:3]
    assert asks == (
        "They expect to decide by Mon 04 Jan 2027: one more check-in opens "
        "Wed 06 Jan 2027 14:00 UTC (09:00 New York time)."
    )
    assert following.startswith("Next: ")


def test_a_london_interview_is_shown_in_your_zone_with_both_places_named(
    store: Path, december: None
) -> None:
    from tests.store_support import ACME

    assert run("config", "timezone", "America/Toronto").code == 0
    added = run("add", str(write(store, "acme.yaml", ACME)))
    assert added.code == 0, added.err
    listed = run("list").out
    # 14:00 in London is 09:00 in Toronto; "09:00 EST" alone read as London's hour.
    assert "Tue 24 Nov 2026 09:00 Toronto time (14:00 London time)" in listed
    assert " EST" not in listed


def test_an_interview_added_late_says_its_next_step_is_overdue(store: Path) -> None:
    # Added the next afternoon (issue 16, the first hour): the debrief was due the
    # evening before, and "from Tue 17 Nov 19:00, due ..." read as if still ahead.
    with time_machine.travel("2026-11-18T20:00:00+00:00", tick=False):
        result = run("add", str(write(store, "late.yaml", NORTHWIND)))
    assert result.code == 0, result.err
    assert result.out.splitlines()[1] == (
        "Next: Send references to Priya Raman, overdue: it was due "
        "Wed 18 Nov 04:59 UTC (Tue 17 Nov 23:59 New York time)."
    )


def test_a_next_step_already_open_gives_only_its_due_time(store: Path) -> None:
    with time_machine.travel("2026-11-17T12:00:00-05:00", tick=False):
        result = run("add", str(write(store, "soon.yaml", NORTHWIND)))
    assert result.code == 0, result.err
    next_line = result.out.splitlines()[1]
    assert next_line.startswith("Next: ") and ", from " not in next_line, next_line
    assert next_line.endswith(" New York time)."), next_line


def test_recorded_and_next_name_one_zone_one_way_across_a_change_of_clocks(store: Path) -> None:
    # Toronto's clocks go back on Sunday 1 November 2026: the thank-you was sent in
    # summer time (EDT), the check-in falls due in winter time (EST). Labelled by
    # abbreviation the two lines read as two zones; both now say "Toronto time".
    text = (
        "company: Maple Systems\nrole: Analyst\nstart: 2026-10-29 10:00\n"
        "timezone: America/Toronto\ncountry: Canada\n"
        "interviewers:\n  - name: Ann Lee\n    email: ann@maple.example\n"
    )
    with time_machine.travel("2026-10-30T16:00:00+00:00", tick=False):
        assert run("config", "timezone", "America/Toronto").code == 0
        number = add(store, text)
        assert run("debrief", str(number), "--went-well", "Rapport").code == 0
        result = run("log", str(number), "thank_you", "--to", "Ann Lee", "--at", "2026-10-29 18:00")
    assert result.code == 0, result.err
    recorded, following = result.out.splitlines()[:2]
    assert recorded == "Recorded: thank you to Ann Lee on Thu 29 Oct 2026 18:00 Toronto time."
    assert (
        following.startswith("Next: Check in with Ann Lee, from Thu 12 Nov")
        and " Nov " in following
    )
    assert following.endswith(" Toronto time."), following
    for label in ("EDT", "EST"):
        assert label not in result.out


def test_a_pasted_name_with_an_apostrophe_is_quoted_as_a_person_types_it() -> None:
    # Issue 16's third review: the agenda's hint read --to 'Kate O'"'"'Brien'.
    import shlex

    from followup.agenda.text import record_hint
    from followup.shellword import word

    hint = record_hint(3, "thank_you", "Kate O'Brien")
    assert hint == 'followup log 3 thank_you --to "Kate O\'Brien"'
    for name in ("Kate O'Brien", "Priya Raman", "Zoë", 'Al "Bud" Lee', "O'Neil $HOME", "Bob"):
        assert shlex.split(word(name)) == [name]
