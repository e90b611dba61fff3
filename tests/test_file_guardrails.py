"""`add` and `edit` judge a file's contacts as `log` would; `plan FILE` warns instead."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.store_support import run, write

INITECH = """\
company: Initech
role: Analyst
start: 2026-11-02 10:00
timezone: America/New_York
interviewers: [{name: Ann Lee, email: ann@initech.example}]
next_step: Please don't call us, we'll email you by Friday.
contacts:
"""
CHECK_IN = '  - {kind: email, purpose: check_in, to: Ann Lee, at: "2026-11-03 10:00"}\n'
SECOND = '  - {kind: email, purpose: check_in, to: Ann Lee, at: "2026-11-04 10:00"}\n'
CALL = '  - {kind: call, to: Ann Lee, at: "2026-11-04 11:00", answered: false}\n'
VISIT = '  - {kind: visit, to: Ann Lee, at: "2026-11-05 12:00"}\n'
THANKS = '  - {kind: email, purpose: thank_you, to: Ann Lee, at: "2026-11-02 15:00"}\n'


pytestmark = pytest.mark.usefixtures("clock")


def test_add_refuses_a_contact_the_guardrails_refuse_naming_it(store: Path) -> None:
    path = write(store, "i.yaml", INITECH + THANKS + VISIT)
    result = run("add", str(path))
    assert result.code == 2
    assert result.err == (
        "followup: contacts[1]: the guardrails refuse it: Turning up at the office uninvited "
        "puts people on the spot and reads as pressure; write instead. To record it anyway, "
        "give it `override: <why>`.\n"
    )
    assert run("list", "--json").json == {"interviews": []}


def test_each_contact_is_judged_against_the_history_before_it(store: Path) -> None:
    early = INITECH + CHECK_IN.replace("2026-11-03", "2026-11-11")
    assert run("add", str(write(store, "a.yaml", early))).code == 0
    second = early.replace("Analyst", "Lead") + SECOND.replace("11-04", "11-12")
    result = run("add", str(write(store, "b.yaml", second)))
    assert result.code == 2
    assert "contacts[1]: the guardrails refuse it: You have already checked in once" in result.err
    assert run("add", str(write(store, "c.yaml", INITECH + CALL))).err.startswith(
        "followup: contacts[0]: the guardrails refuse it: They asked not to be called"
    )


def test_an_override_records_it_flagged(store: Path) -> None:
    text = INITECH + VISIT.replace("}", ", override: I was passing by}")
    result = run("add", str(write(store, "i.yaml", text)), "--json")
    assert result.code == 0, result.err
    history = run("show", "1", "--json").json["history"]
    assert [(e["kind"], e["flagged"], e["override"]) for e in history] == [
        ("visit", True, "I was passing by")
    ]


def test_future_contacts_and_outcomes_are_refused(store: Path) -> None:
    future = THANKS.replace("2026-11-02 15:00", "2026-12-15 12:30")
    result = run("add", str(write(store, "a.yaml", INITECH + future)))
    assert result.code == 2
    assert result.err == (
        "followup: contacts[0].at: Tue 15 Dec 2026 12:30 is in the future; "
        "record it once it has happened\n"
    )
    # References: a thank-you this late is refused as too late to stand alone.
    soon = THANKS.replace("2026-11-02 15:00", "2026-12-15 12:04").replace(
        "thank_you", "send_references"
    )
    assert run("add", str(write(store, "b.yaml", INITECH + soon))).code == 0
    outcome = INITECH + "outcome: {kind: offer, at: 2026-12-16 09:00}\n"
    result = run("add", str(write(store, "c.yaml", outcome.replace("Analyst", "Lead"))))
    assert result.code == 2
    assert result.err.startswith("followup: outcome.at: Wed 16 Dec 2026 09:00 is in the future")


def test_edit_judges_new_contacts_only(store: Path) -> None:
    assert run("add", str(write(store, "i.yaml", INITECH + THANKS))).code == 0
    # The stored thank-you is too early for the reserved policy chosen since,
    # yet an edit that leaves it alone still goes through.
    assert run("config", "policy", "reserved").code == 0
    renamed = INITECH.replace("Analyst", "Senior Analyst") + THANKS
    result = run("edit", "1", "--file", str(write(store, "r.yaml", renamed)))
    assert result.code == 0, result.err
    result = run("edit", "1", "--file", str(write(store, "v.yaml", renamed + VISIT)))
    assert result.code == 2
    assert result.err.startswith("followup: contacts[1]: the guardrails refuse it: Turning up")
    assert run("show", "1", "--json").json["interview"]["role"] == "Senior Analyst"
    future = renamed + CHECK_IN.replace("2026-11-03 10:00", "2027-01-05 10:00")
    result = run("edit", "1", "--file", str(write(store, "f.yaml", future)))
    assert result.err.startswith("followup: contacts[1].at: Tue 05 Jan 2027 10:00 is in the future")


def test_plan_lists_refused_contacts_as_warnings(tmp_path: Path) -> None:
    path = write(tmp_path, "i.yaml", INITECH + CHECK_IN + SECOND + CALL + VISIT)
    result = run("plan", str(path), "--json", "--now", "2026-11-06 12:00")
    assert result.code == 0, result.err
    assert result.json["warnings"] == [
        "contacts[0] (check in on Tue 03 Nov 2026 10:00) goes against the guardrails: Too "
        "soon: a check-in is fine from Tuesday 10 November 2026 at 09:00 New York time, after a "
        "business "
        "day of grace past their decision date. followup add refuses it unless it gives "
        "`override: <why>`.",
        "contacts[1] (check in on Wed 04 Nov 2026 10:00) goes against the guardrails: You "
        "have already checked in once; a second check-in they did not ask for comes across "
        "as badgering. followup add refuses it unless it gives `override: <why>`.",
        "contacts[2] (call on Wed 04 Nov 2026 11:00) goes against the guardrails: They asked "
        "not to be called: keep to email. followup add refuses it unless it gives "
        "`override: <why>`.",
        "contacts[3] (visit on Thu 05 Nov 2026 12:00) goes against the guardrails: Turning up "
        "at the office uninvited puts people on the spot and reads as pressure; write "
        "instead. followup add refuses it unless it gives `override: <why>`.",
    ]
    assert not (tmp_path / "followup.sqlite3").exists()
