"""The interview file: what it accepts, and one clear sentence for what it does not."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from followup.errors import InputError
from followup.etiquette.model import ContactKind, OutcomeKind, Purpose
from followup.interview_file import Defaults, load_interview, parse_interview

DEFAULTS = Defaults(timezone="America/New_York", country="US")
EXAMPLE = Path(__file__).parent.parent / "examples" / "interview.yaml"


def minimal(**extra: object) -> dict[str, object]:
    data: dict[str, object] = {
        "company": "Acme",
        "role": "Analyst",
        "start": "2026-11-17 10:00",
        "interviewers": [{"name": "Ann Lee"}],
    }
    data.update(extra)
    return data


def test_the_shipped_example_loads() -> None:
    interview = load_interview(EXAMPLE, DEFAULTS)
    assert interview.company == "Northwind Analytics"
    assert interview.subdivision == "NY"
    assert interview.contact_person.name == "Priya Raman"
    assert interview.interviewers[1].topics == ("data modelling", "dbt tests")
    assert (interview.end - interview.start).total_seconds() == 90 * 60


def test_defaults_fill_what_the_file_leaves_out() -> None:
    interview = parse_interview(minimal(), DEFAULTS)
    assert interview.timezone == "America/New_York"
    assert interview.country == "US"
    assert interview.local_start.hour == 10
    assert (interview.end - interview.start).total_seconds() == 3600
    assert interview.contact_person.name == "Ann Lee"


def test_a_start_with_an_offset_is_converted_to_the_zone() -> None:
    interview = parse_interview(
        minimal(start="2026-11-17T15:00:00Z", timezone="Europe/Paris"), DEFAULTS
    )
    assert interview.local_start.hour == 16
    assert interview.timezone == "Europe/Paris"


def test_json_files_and_full_records(tmp_path: Path) -> None:
    path = tmp_path / "i.json"
    data = minimal(
        decision_by="2026-11-20",
        contacts=[
            {"kind": "email", "purpose": "thank_you", "to": "ann lee", "at": "2026-11-17 13:00"},
            {"kind": "call", "at": "2026-12-03 10:00", "answered": False},
        ],
        outcome={"kind": "rejected", "at": "2026-12-10 09:00", "keep_in_touch": True},
    )
    path.write_text(json.dumps(data))
    interview = load_interview(path, DEFAULTS)
    assert interview.decision_by == date(2026, 11, 20)
    assert interview.contacts[0].to == "Ann Lee"
    assert interview.contacts[0].purpose is Purpose.THANK_YOU
    assert interview.contacts[1].kind is ContactKind.CALL
    assert interview.outcome is not None and interview.outcome.kind is OutcomeKind.REJECTED


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"company": None}, "company", "is required"),
        ({"start": None}, "start", "is required"),
        ({"start": "next tuesday"}, "start", "not a date and time"),
        ({"timezone": "Mars/Olympus"}, "timezone", "unknown time zone"),
        ({"end": "2026-11-17 09:00"}, "end", "after start"),
        ({"interviewers": []}, "interviewers", "at least one"),
        ({"interviewers": [{"title": "CTO"}]}, "interviewers[0].name", "is required"),
        ({"interviewers": [{"name": "A", "email": "a@"}]}, "interviewers[0].email", "email"),
        ({"interviewers": [{"name": "A\nBcc: x@y.z"}]}, "interviewers[0].name", "one line"),
        ({"interviewers": ["Ann", "ann"]}, "interviewers[1].name", "twice"),
        ({"outcome": {"kind": "hired", "at": "2026-11-20"}}, "outcome.kind", "offer"),
        ({"outcome": {"kind": "offer"}}, "outcome.at", "is required"),
        ({"contacts": [{"kind": "fax", "at": "2026-11-18"}]}, "contacts[0].kind", "not one of"),
        (
            {"contacts": [{"kind": "email", "at": "2026-11-18", "to": "Bob"}]},
            "contacts[0].to",
            "Ann Lee",
        ),
        ({"decision_by": "someday"}, "decision_by", "not a date"),
        ({"decision_by": "2026-11-01"}, "decision_by", "before the interview"),
        ({"no_calls": "sometimes"}, "no_calls", "true or false"),
        (
            {"contacts": [{"kind": "reply", "at": "2026-11-17 09:00"}]},
            "contacts[0].at",
            "before the interview started",
        ),
        (
            {"contacts": [{"kind": "email", "purpose": "thank_you", "at": "2026-11-17 10:30"}]},
            "contacts[0].at",
            "before the interview ended",
        ),
        ({"country": "XX"}, "country", "no public-holiday calendar"),
        ({"subdivision": "ZZ"}, "subdivision", "no subdivision"),
        ({"compnay": "Acme"}, "compnay", "did you mean 'company'"),
        # The length is the end (issue 16): a hint, not silence or "strengths".
        ({"duration": 45}, "duration", "give its end instead, e.g. 'end: 2026-11-17 14:45'"),
        ({"length": "45 minutes"}, "length", "give its end instead"),
        ({"Zone": "Europe/London"}, "Zone", "did you mean 'timezone'"),
    ],
)
def test_bad_input_names_the_field(change: dict[str, object], field: str, words: str) -> None:
    with pytest.raises(InputError) as error:
        parse_interview(minimal(**change), DEFAULTS)
    assert error.value.field == field
    assert words in error.value.message


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"company: [unclosed", "not valid YAML"),
        (b"- just\n- a list\n", "must hold a mapping"),
        (b"\xff\xfe\x00bad", "not UTF-8"),
    ],
)
def test_unreadable_files_get_one_sentence(tmp_path: Path, content: bytes, words: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_bytes(content)
    with pytest.raises(InputError, match=words):
        load_interview(path, DEFAULTS)


def test_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        load_interview(tmp_path / "nope.yaml", DEFAULTS)


YAML_HEAD = "company: Acme\nrole: Analyst\ninterviewers: [{name: Ann Lee}]\n"


@pytest.mark.parametrize(
    ("lines", "field"),
    [
        ("start: 2026-02-30 10:00\n", "start"),
        ("start: 2026-11-17 10:00\nfollow_up_on: 2026-11-31\n", "follow_up_on"),
        ("start: 2026-11-17 10:00\ndecision_by: 2026-02-29\n", "decision_by"),
        (
            "start: 2026-11-17 10:00\n"
            "contacts: [{kind: email, purpose: thank_you, at: 2026-11-31}]\n",
            "contacts[0].at",
        ),
    ],
)
def test_impossible_unquoted_yaml_dates_name_their_field(
    tmp_path: Path, lines: str, field: str
) -> None:
    # PyYAML builds dates itself; an impossible one must not escape as a crash.
    path = tmp_path / "i.yaml"
    path.write_text(YAML_HEAD + lines, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_interview(path, DEFAULTS)
    assert caught.value.field == field
    assert "is not a date" in caught.value.message


def test_unquoted_yaml_dates_and_times_still_load(tmp_path: Path) -> None:
    path = tmp_path / "i.yaml"
    path.write_text(
        YAML_HEAD + "start: 2026-11-17 10:00:00\ndecision_by: 2026-11-20\n", encoding="utf-8"
    )
    interview = load_interview(path, DEFAULTS)
    assert interview.local_start.hour == 10
    assert interview.decision_by == date(2026, 11, 20)


def test_yaml_1_1_booleans_do_not_eat_region_codes(tmp_path: Path) -> None:
    # Norway is NO and Ontario is ON: both must stay text, not become booleans.
    path = tmp_path / "i.yaml"
    path.write_text(
        YAML_HEAD + "start: 2026-11-17 10:00\ntimezone: America/Toronto\n"
        "country: CA\nsubdivision: ON\nno_calls: yes\nreferences_requested: off\n",
        encoding="utf-8",
    )
    interview = load_interview(path, DEFAULTS)
    assert (interview.country, interview.subdivision) == ("CA", "ON")
    assert interview.no_calls is True
    assert interview.references_requested is False
    path.write_text(
        YAML_HEAD + "start: 2026-11-17 10:00\ntimezone: Europe/Oslo\ncountry: NO\n",
        encoding="utf-8",
    )
    assert load_interview(path, DEFAULTS).country == "NO"


def test_a_true_or_false_field_refuses_other_words() -> None:
    with pytest.raises(InputError) as caught:
        parse_interview(minimal(no_calls="maybe"), DEFAULTS)
    assert caught.value.field == "no_calls"
    assert "true or false" in caught.value.message


def test_a_withdrawal_or_a_reply_may_come_while_the_interview_runs() -> None:
    interview = parse_interview(
        minimal(
            contacts=[
                {"kind": "reply", "at": "2026-11-17 10:45"},
                {"kind": "email", "purpose": "withdrawal", "at": "2026-11-17 10:50"},
            ]
        ),
        DEFAULTS,
    )
    assert [c.kind for c in interview.contacts] == [ContactKind.REPLY, ContactKind.EMAIL]
