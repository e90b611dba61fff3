"""Who `--to` and `--from` name: the whole name, or a part only one interviewer has.

Issue 16: `followup log 1 thank_you --to Priya` was refused though Priya Raman
was the only Priya. The rule is `record.recipient.named`, shared by `log`,
`check`, `reply` and the web's forms; the commands run against a real store.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from followup.errors import InputError
from followup.record.recipient import named
from tests.factories import interviewer, make_interview
from tests.store_support import NORTHWIND, add, run

pytestmark = pytest.mark.usefixtures("clock")

PANEL = make_interview(
    interviewers=(
        interviewer("Priya Raman"),
        interviewer("Priya Shah"),
        interviewer("José Núñez"),
        interviewer("Ana María Ruiz"),
    )
)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("Priya Raman", "Priya Raman"),
        ("  priya   RAMAN ", "Priya Raman"),  # case and spacing
        ("Raman", "Priya Raman"),  # the surname
        ("shah", "Priya Shah"),
        ("Jose", "José Núñez"),  # the first name, without its accent
        ("NUNEZ", "José Núñez"),
        ("Jose Nunez", "José Núñez"),
        ("Ana", "Ana María Ruiz"),
        ("Ana Maria", "Ana María Ruiz"),  # the first words
        ("María Ruiz", "Ana María Ruiz"),  # the last words
    ],
)
def test_a_name_only_one_interviewer_has_finds_them(typed: str, meant: str) -> None:
    assert named(PANEL, typed, "to").name == meant


def test_a_name_two_interviewers_share_lists_them() -> None:
    with pytest.raises(InputError) as raised:
        named(PANEL, "priya", "to")
    assert str(raised.value) == (
        "to: 'priya' could be Priya Raman or Priya Shah; give the whole name of the one you mean"
    )


@pytest.mark.parametrize("typed", ["Zed", "Maria", "Raman Priya", "Priya Raman Shah", "李", ""])
def test_a_name_no_interviewer_has_lists_who_is_on_file(typed: str) -> None:
    # A middle word alone, the words out of order, or more than the whole name is no one.
    with pytest.raises(InputError) as raised:
        named(PANEL, typed, "to")
    assert str(raised.value) == (
        f"to: {typed!r} is not one of the interviewers "
        "(Priya Raman, Priya Shah, José Núñez, Ana María Ruiz)"
    )


PUNCTUATED = replace(
    PANEL,
    interviewers=(
        interviewer("Aoife O'Brien"),
        interviewer("Jean-Luc Martin"),
        interviewer("J.R. Smith"),
        interviewer("José Núñez"),
    ),
)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        # Issue 16's review: "obrien" did not find O'Brien.
        ("obrien", "Aoife O'Brien"),
        ("O'Brien", "Aoife O'Brien"),
        ("O\u2019Brien", "Aoife O'Brien"),  # a typographic apostrophe
        ("aoife obrien", "Aoife O'Brien"),
        ("jean luc", "Jean-Luc Martin"),
        ("jeanluc martin", "Jean-Luc Martin"),
        ("jr smith", "J.R. Smith"),
        ("J. R.", "J.R. Smith"),
        ("Jose", "José Núñez"),  # accents still folded
    ],
)
def test_punctuation_in_a_name_is_ignored(typed: str, meant: str) -> None:
    assert named(PUNCTUATED, typed, "to").name == meant


def test_a_whole_name_wins_over_a_part_of_another() -> None:
    # "Lee" is the whole name of one interviewer and the surname of another.
    two = replace(PANEL, interviewers=(interviewer("Ann Lee"), interviewer("Lee")))
    assert named(two, "lee", "to").name == "Lee"
    assert named(two, "Ann", "to").name == "Ann Lee"


# -- the commands -----------------------------------------------------------------


def test_log_to_a_first_name_records_the_whole_name(store: Path) -> None:
    add(store)
    result = run("log", "1", "thank_you", "--to", "Priya", "--at", "2026-11-17 15:00")
    assert result.code == 0, result.err
    assert result.out.startswith("Recorded: thank you to Priya Raman on Tue 17 Nov 2026")
    surname = run("log", "1", "thank_you", "--to", "bell", "--at", "2026-11-17 15:05")
    assert surname.code == 0, surname.err
    shown = run("show", "1", "--json", "--now", "2026-11-18 12:00").json
    assert [(e["purpose"], e["to"]) for e in shown["history"]] == [
        ("thank_you", "Priya Raman"),
        ("thank_you", "Marcus Bell"),
    ]


def test_log_to_a_name_two_share_exits_2_naming_them(store: Path) -> None:
    two_priyas = NORTHWIND.replace("name: Marcus Bell", "name: Priya Shah")
    add(store, two_priyas)
    result = run("log", "1", "thank_you", "--to", "Priya", "--at", "2026-11-17 15:00")
    assert result.code == 2
    assert result.err == (
        "followup: --to: 'Priya' could be Priya Raman or Priya Shah; "
        "give the whole name of the one you mean\n"
    )
    unknown = run("log", "1", "thank_you", "--to", "Marcus", "--at", "2026-11-17 15:00")
    assert (unknown.code, unknown.err) == (
        2,
        "followup: --to: 'Marcus' is not one of the interviewers (Priya Raman, Priya Shah)\n",
    )
    assert run("show", "1", "--json", "--now", "2026-11-18 12:00").json["history"] == []


def test_reply_from_a_first_name_is_theirs(store: Path) -> None:
    add(store)
    result = run("reply", "1", "--at", "2026-11-19 09:00", "--from", "marcus", "--says", "Thanks!")
    assert result.code == 0, result.err
    shown = run("show", "1", "--json", "--now", "2026-11-20 12:00").json
    assert [(e["kind"], e["to"]) for e in shown["history"]] == [("reply", "Marcus Bell")]


def test_log_to_a_name_typed_without_its_apostrophe(store: Path) -> None:
    add(store, NORTHWIND.replace("name: Marcus Bell", "name: Aoife O'Brien"))
    result = run("log", "1", "thank_you", "--to", "obrien", "--at", "2026-11-17 15:00")
    assert result.code == 0, result.err
    assert result.out.startswith("Recorded: thank you to Aoife O'Brien on Tue 17 Nov 2026")


def test_check_to_a_part_of_a_name_judges_that_interviewer(store: Path) -> None:
    # Its help promised it; it answered "'Priya' is not one of the interviewers".
    add(store, NORTHWIND.replace("name: Marcus Bell", "name: Aoife O'Brien"))
    for typed in ("Priya", "obrien"):
        result = run("check", "1", "thank_you", "--to", typed, "--at", "2026-11-17 15:00")
        assert (result.code, result.err) == (0, ""), typed
        assert result.out.startswith("allowed: A personal thank-you")
    unknown = run("check", "1", "thank_you", "--to", "Zed", "--at", "2026-11-17 15:00")
    assert (unknown.code, unknown.err) == (
        2,
        "followup: --to: 'Zed' is not one of the interviewers (Priya Raman, Aoife O'Brien)\n",
    )
