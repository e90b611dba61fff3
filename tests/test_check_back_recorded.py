"""A reply that asks for more, recorded: the interview file, the store, the command line.

The stored interview is the sample (Tuesday 17 November 2026, New York; they
would decide by Friday 20 November, so the first check-in opens Tuesday 24).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import time_machine

from followup.errors import InputError
from followup.etiquette.model import ContactKind
from followup.interview_file import Defaults, interview_to_mapping, parse_interview
from tests.store_support import NORTHWIND, add, database, run, use_home, write

REPLY = ("reply", "1", "--at", "2026-12-03 10:00", "--from", "Priya Raman")
WORDS = ("--says", "Thanks for checking in.")


# Friday 4 December 2026, 12:00 in New York: every --at below has happened.
pytestmark = [pytest.mark.usefixtures("clock"), pytest.mark.clock("2026-12-04T17:00:00+00:00")]


def stored_actions(home: Path) -> list[str]:
    with database(home) as db:
        rows = db.execute(
            "SELECT action_id FROM followup_action WHERE interview_id = 1 ORDER BY position"
        ).fetchall()
    return [r[0] for r in rows]


def checked_in(home: Path) -> None:
    add(home)
    result = run("log", "1", "check_in", "--at", "2026-11-24 10:00")
    assert result.code == 0, result.err


# -- the interview file -------------------------------------------------------------


def file_with(*contacts: dict[str, Any]) -> dict[str, Any]:
    return {
        "company": "Northwind Analytics",
        "role": "Senior Data Engineer",
        "start": "2026-11-17 10:00",
        "timezone": "America/New_York",
        "interviewers": [{"name": "Priya Raman", "email": "priya@northwind.example"}],
        "contacts": list(contacts),
    }


THANKS = {"kind": "email", "purpose": "thank_you", "at": "2026-11-17 15:00"}


@pytest.mark.parametrize(
    ("contact", "message"),
    [
        (
            {"kind": "email", "at": "2026-11-24 10:00", "check_back": "2026-12-10"},
            "contacts[1].check_back: only applies to a reply",
        ),
        (
            {"kind": "call", "at": "2026-11-24 10:00", "says": "Call me next week"},
            "contacts[1].says: only applies to a reply",
        ),
        (
            {"kind": "reply", "at": "2026-12-03 10:00", "check_back": "soon"},
            "contacts[1].check_back: 'soon' is not a date (use e.g. 2026-11-20)",
        ),
        (
            {"kind": "reply", "at": "2026-12-03 10:00", "check_back": "2026-12-02"},
            "contacts[1].check_back: 2026-12-02 is before the reply (2026-12-03)",
        ),
        (
            {"kind": "reply", "at": "2026-12-03 10:00", "says": ["check back"]},
            "contacts[1].says: must be text",
        ),
    ],
)
def test_the_file_names_the_field_of_a_bad_check_back(
    contact: dict[str, Any], message: str
) -> None:
    with pytest.raises(InputError) as caught:
        parse_interview(file_with(THANKS, contact), Defaults())
    assert str(caught.value) == message


def test_the_file_round_trips_a_reply_that_asks_for_more() -> None:
    reply = {
        "kind": "reply",
        "at": "2026-12-03 10:00",
        "to": "Priya Raman",
        "check_back": "2026-12-10",
        "says": "Still deciding, check back next week.",
    }
    interview = parse_interview(file_with(THANKS, reply), Defaults())
    assert interview.contacts[1].check_back == date(2026, 12, 10)
    assert interview.contacts[1].says == "Still deciding, check back next week."
    mapping = interview_to_mapping(interview)
    assert mapping["contacts"] == [
        {
            "kind": "email",
            "purpose": "thank_you",
            "to": "Priya Raman",
            "at": "2026-11-17T15:00:00-05:00",
            "answered": None,
            "override": None,
        },
        {
            "kind": "reply",
            "purpose": None,
            "to": "Priya Raman",
            "at": "2026-12-03T10:00:00-05:00",
            "answered": None,
            "override": None,
            "check_back": "2026-12-10",
            "says": "Still deciding, check back next week.",
        },
    ]
    assert parse_interview(mapping, Defaults()) == interview
    compact = interview_to_mapping(interview, compact=True)
    assert compact["contacts"][1]["check_back"] == "2026-12-10"


# -- followup reply ------------------------------------------------------------------


def test_reply_with_a_check_back_date_plans_one_more_check_in(store: Path) -> None:
    checked_in(store)
    assert run("config", "timezone", "America/New_York").code == 0
    result = run(*REPLY, "--check-back", "2026-12-10")
    assert result.code == 0, result.err
    assert result.out.splitlines()[:2] == [
        "Recorded their reply to interview 1.",
        "They asked you to check back: one more check-in opens Thu 10 Dec 09:00 New York time.",
    ]
    assert "check_in:2" in stored_actions(store)
    assert "call" not in stored_actions(store)

    shown = run("show", "1", "--json", "--now", "2026-12-04 12:00")
    assert shown.code == 0, shown.err
    reply = [e for e in shown.json["history"] if e["event"] == "reply"]
    assert reply == [
        {
            "answered": None,
            "at": "2026-12-03T10:00:00-05:00",
            "check_back": "2026-12-10",
            "event": "reply",
            "flagged": False,
            "keep_in_touch": None,
            "kind": "reply",
            "override": None,
            "purpose": None,
            "says": None,
            "to": "Priya Raman",
        }
    ]
    # Other events keep their shape.
    assert "check_back" not in shown.json["history"][0]
    actions = {a["id"]: a for a in shown.json["plan"]["actions"]}
    assert actions["check_in:2"] == {
        "channel": "email",
        "due": "2026-12-15T17:00:00-05:00",
        "id": "check_in:2",
        "kind": "check_in",
        "not_before": "2026-12-10T09:00:00-05:00",
        "sources": [
            {"id": "S2", "title": 'Interview follow-up methods and tips ("mandatory optional")'},
            {"id": "S4", "title": "How to Master Interview Follow-Up"},
        ],
        "status": "not_yet",
        "to": "Priya Raman",
        "why": "One more check-in, at their request in their reply of Thursday 3 December "
        "2026, on the day they asked you to check back; mention that they asked you to "
        "check back on Thursday 10 December 2026; offer anything else they need, and never "
        "ask whether you got the job.",
    }
    assert actions["check_in"]["status"] == "done"

    readable = run("show", "1", "--now", "2026-12-04 12:00")
    # Rich wraps long lines to the terminal's width.
    assert (
        "Thu 03 Dec 2026 10:00 New York time they replied (Priya Raman), asking you to "
        "check back on "
        "Thu 10 Dec 2026" in " ".join(readable.out.split())
    )


def test_the_agenda_lists_the_check_in_they_asked_for(store: Path) -> None:
    checked_in(store)
    assert run(*REPLY, "--check-back", "2026-12-10").code == 0
    agenda = run("agenda", "--json", "--now", "2026-12-10T10:00:00-05:00")
    assert agenda.code == 0, agenda.err
    items = [a for a in agenda.json["actions"] if a["kind"] == "check_in"]
    assert items == [
        {
            "channel": "email",
            "company": "Northwind Analytics",
            "due": "2026-12-15T17:00:00-05:00",
            "id": "check_in:2",
            "interview": 1,
            "kind": "check_in",
            "not_before": "2026-12-10T09:00:00-05:00",
            "role": "Senior Data Engineer",
            "sources": [
                {
                    "id": "S2",
                    "title": 'Interview follow-up methods and tips ("mandatory optional")',
                },
                {"id": "S4", "title": "How to Master Interview Follow-Up"},
            ],
            "status": "pending",
            "to": "Priya Raman",
            "why": items[0]["why"],
        }
    ]
    assert items[0]["why"].startswith("One more check-in, at their request in their reply")


def test_log_follows_the_check_in_they_asked_for(store: Path) -> None:
    checked_in(store)
    assert run(*REPLY, "--check-back", "2026-12-10").code == 0
    with time_machine.travel("2026-12-20T17:00:00+00:00", tick=False):
        early = run("log", "1", "check_in", "--at", "2026-12-09 10:00")
        assert early.code == 1
        assert (
            "refused: Too soon: the check-in they asked for in their reply is fine from "
            "Thursday 10 December 2026 at 09:00 New York time, on the day they asked you to "
            "check back."
        ) in early.err
        assert run("log", "1", "check_in", "--at", "2026-12-10 10:00").code == 0
        actions = stored_actions(store)
        assert "check_in:2" not in actions
        # The one call may follow this check-in: 48 hours land on a Saturday, so Monday.
        assert "call" in actions
        third = run("log", "1", "check_in", "--at", "2026-12-18 10:00")
        assert third.code == 1
        assert "another one they did not ask for comes across as badgering" in third.err


def test_reply_with_their_words(store: Path) -> None:
    checked_in(store)
    result = run(*REPLY, "--says", "Still deciding, check back next week")
    assert result.code == 0, result.err
    # Given in your zone (the machine's, UTC here), named, like the Next: line.
    assert result.out.splitlines()[1] == (
        "They asked you to check back: one more check-in opens Mon 07 Dec 14:00 UTC "
        "(09:00 New York time)."
    )
    decided = run(
        "reply", "1", "--at", "2026-12-04 09:00", "--says", "We'll decide by Friday, Dec 11."
    )
    assert decided.code == 0, decided.err
    assert decided.out.splitlines()[1] == (
        "They expect to decide by Fri 11 Dec: one more check-in opens Tue 15 Dec 14:00 UTC "
        "(09:00 New York time)."
    )
    assert [a for a in stored_actions(store) if a.startswith("check_in")] == ["check_in:3"]
    events = run("show", "1", "--json", "--now", "2026-12-04 12:00").json["history"]
    assert [e["says"] for e in events if e["event"] == "reply"] == [
        "Still deciding, check back next week",
        "We'll decide by Friday, Dec 11.",
    ]


def test_a_reply_without_its_words_is_not_taken_to_close_the_check_in(store: Path) -> None:
    # Issue 16's review: `followup reply 1` alone closed the check-in and the call,
    # though nothing said whether the reply answered them or asked for more.
    checked_in(store)
    before = stored_actions(store)
    bare = run(*REPLY)
    assert bare.code == 2
    assert bare.err == (
        "followup: --says: give their words about next steps, or the day they asked you to "
        "check back: what they said decides whether one more check-in is planned "
        "(e.g. --says 'Thanks, still deciding')\n"
    )
    assert stored_actions(store) == before
    assert any(a.startswith("call") for a in before)
    history = run("show", "1", "--json", "--now", "2026-12-04 12:00").json["history"]
    assert [e for e in history if e["event"] == "reply"] == []
    assert "--check-back" in run("reply", "--help").out


def test_reply_with_nothing_to_check_back_after_closes_the_door(store: Path) -> None:
    checked_in(store)
    worded = run("reply", "1", "--at", "2026-12-04 09:00", "--says", "Thanks, still reviewing.")
    assert worded.out.splitlines()[1] == (
        "Nothing in their words gave a day or a timeframe, so no further check-in or call "
        "is planned."
    )
    assert not [a for a in stored_actions(store) if a.startswith(("check_in", "call"))]


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (
            ("--check-back", "next week"),
            "followup: --check-back: 'next week' is not a date (use e.g. 2026-11-20)",
        ),
        (
            ("--check-back", "2026-12-02"),
            "followup: --check-back: 2026-12-02 is before the reply (Thu 03 Dec 2026); give "
            "the day they asked you to check back",
        ),
        (
            ("--says", "   "),
            "followup: --says: give their words about next steps, or the day they asked you to "
            "check back: what they said decides whether one more check-in is planned",
        ),
    ],
)
def test_reply_bad_input_names_the_option(
    store: Path, extra: tuple[str, str], message: str
) -> None:
    add(store)
    result = run(*REPLY, *extra)
    assert result.code == 2
    assert result.err.strip() == message
    assert "Traceback" not in result.err
    history = run("show", "1", "--json", "--now", "2026-12-04 12:00").json["history"]
    assert history == []


def test_check_on_a_file_with_a_reply_that_asks_for_more(tmp_path: Path) -> None:
    text = NORTHWIND + (
        "contacts:\n"
        "  - {kind: email, purpose: check_in, to: Priya Raman, at: 2026-11-24 10:00}\n"
        "  - {kind: reply, at: 2026-12-03 10:00, check_back: 2026-12-10}\n"
    )
    path = write(tmp_path, "replied.yaml", text)
    early = run("check", str(path), "check_in", "--at", "2026-12-09 10:00", "--json")
    assert early.code == 1
    assert early.json == {
        "allowed_from": "2026-12-10T09:00:00-05:00",
        "reason": "Too soon: the check-in they asked for in their reply is fine from Thursday "
        "10 December 2026 at 09:00 New York time, on the day they asked you to check back.",
        "sources": [
            {"id": "S2", "title": 'Interview follow-up methods and tips ("mandatory optional")'},
            {"id": "S4", "title": "How to Master Interview Follow-Up"},
        ],
        "verdict": "refused",
    }
    fine = run("check", str(path), "check_in", "--at", "2026-12-10 09:00", "--json")
    assert fine.code == 0 and fine.json["verdict"] == "allowed"


# -- the store: export and import -------------------------------------------------------


def test_export_import_keeps_what_a_reply_asked(store: Path, tmp_path: Path) -> None:
    checked_in(store)
    assert run(*REPLY, "--check-back", "2026-12-10", "--says", "Check back on the 10th.").code == 0
    first = run("export")
    assert first.code == 0, first.err
    contacts = first.json["interviews"][0]["contacts"]
    assert contacts[-1] == {
        "answered": None,
        "at": "2026-12-03T10:00:00-05:00",
        "check_back": "2026-12-10",
        "kind": "reply",
        "override": None,
        "purpose": None,
        "says": "Check back on the 10th.",
        "to": "Priya Raman",
    }
    assert "check_back" not in contacts[0]
    other = tmp_path / "other"
    path = write(tmp_path, "export.json", first.out)
    with pytest.MonkeyPatch.context() as patch:
        use_home(patch, other)
        assert run("import", str(path)).code == 0
        again = run("export")
        assert again.out == first.out
        assert "check_in:2" in stored_actions(other)


def test_an_export_made_before_replies_carried_a_check_back_still_imports(
    store: Path, tmp_path: Path
) -> None:
    checked_in(store)
    assert run(*REPLY, *WORDS).code == 0
    document = run("export").json
    for interview in document["interviews"]:
        for contact in interview["contacts"]:
            contact.pop("check_back", None)
            contact.pop("says", None)
    path = write(tmp_path, "old.json", json.dumps(document))
    other = tmp_path / "other"
    with pytest.MonkeyPatch.context() as patch:
        use_home(patch, other)
        assert run("import", str(path)).code == 0
        contacts = run("export").json["interviews"][0]["contacts"]
        assert [c["kind"] for c in contacts] == ["email", "reply"]
        assert (contacts[1]["check_back"], contacts[1]["says"]) == (None, None)


def test_the_store_keeps_check_back_and_says(store: Path) -> None:
    checked_in(store)
    assert run(*REPLY, "--check-back", "2026-12-10", "--says", "Check back then.").code == 0
    from followup.store import services
    from followup.store.boot import setup

    stored = services.load(setup(), 1).interview
    reply = next(c for c in stored.contacts if c.kind is ContactKind.REPLY)
    assert (reply.check_back, reply.says) == (date(2026, 12, 10), "Check back then.")
