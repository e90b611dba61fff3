"""Contacts in a file without `to`: who they went to, or a refusal that says which."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import time_machine

from followup.interview_file import Defaults, load_interview
from tests.store_support import ACME, NORTHWIND, add, run, write

DEFAULTS = Defaults(timezone="UTC", country="US")


def contacts_of(tmp_path: Path, base: str, contacts: str) -> list[str | None]:
    path = write(tmp_path, "i.yaml", base + "contacts:\n" + contacts)
    return [c.to for c in load_interview(path, DEFAULTS).contacts]


@pytest.mark.parametrize(
    ("contact", "to"),
    [
        ("  - {kind: email, purpose: check_in, at: 2026-11-30 10:00}\n", "Priya Raman"),
        ("  - {kind: call, at: 2026-11-30 10:00}\n", "Priya Raman"),
        ("  - {kind: call, purpose: check_in, at: 2026-11-30 10:00}\n", "Priya Raman"),
        ("  - {kind: email, purpose: send_references, at: 2026-11-17 12:00}\n", "Priya Raman"),
        ("  - {kind: letter, purpose: withdrawal, at: 2026-11-30 10:00}\n", "Priya Raman"),
        ("  - {kind: gift, at: 2026-11-30 10:00}\n", None),
        ("  - {kind: reply, at: 2026-11-30 10:00}\n", None),
    ],
)
def test_a_contact_for_one_person_goes_to_the_contact(
    tmp_path: Path, contact: str, to: str | None
) -> None:
    assert contacts_of(tmp_path, NORTHWIND, contact) == [to]


def test_the_marked_contact_wins_over_the_first_listed(tmp_path: Path) -> None:
    base = NORTHWIND.replace("    contact: true\n", "").replace(
        "    topics: [data modelling]\n", "    topics: [data modelling]\n    contact: true\n"
    )
    contact = "  - {kind: email, purpose: check_in, at: 2026-11-30 10:00}\n"
    assert contacts_of(tmp_path, base, contact) == ["Marcus Bell"]


def test_a_thank_you_to_the_only_interviewer_needs_no_to(tmp_path: Path) -> None:
    contact = "  - {kind: email, purpose: thank_you, at: 2026-11-24 16:00}\n"
    assert contacts_of(tmp_path, ACME, contact) == ["Ann Lee"]


def test_a_thank_you_on_a_panel_must_say_whom_it_thanked(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "i.yaml",
        NORTHWIND + "contacts:\n  - {kind: email, purpose: thank_you, at: 2026-11-17 15:00}\n",
    )
    result = run("plan", str(path))
    assert result.code == 2
    assert result.err.strip() == (
        "followup: contacts[0].to: say which interviewer it thanked: one of Priya Raman, "
        "Marcus Bell"
    )
    assert "Traceback" not in result.err


@pytest.fixture
def december() -> Iterator[None]:
    with time_machine.travel("2026-12-15T17:00:00+00:00", tick=False):
        yield


def test_the_stored_history_names_the_person(store: Path, tmp_path: Path, december: None) -> None:
    text = NORTHWIND + "contacts:\n  - {kind: email, purpose: check_in, at: 2026-11-30 10:00}\n"
    add(tmp_path, text)
    history = run("show", "1", "--json", "--now", "2026-12-01 12:00").json["history"]
    check_ins = [e for e in history if e.get("purpose") == "check_in"]
    assert [e["to"] for e in check_ins] == ["Priya Raman"]
