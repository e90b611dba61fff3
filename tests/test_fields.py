"""The field parsers of fields.py: every bound named, every refusal one short sentence."""

from __future__ import annotations

import time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from followup.errors import InputError
from followup.fields import (
    LIMITS,
    calendar_text,
    digits,
    line,
    load_yaml,
    one_line,
    parse_date,
    parse_id,
    parse_moment,
    parse_zone,
    text,
)
from followup.interview_file import read_mapping


def test_each_text_field_names_itself_and_its_limit() -> None:
    with pytest.raises(InputError) as caught:
        line("x" * 201, "interviewers[0].name")
    assert str(caught.value) == (
        "interviewers[0].name: is 201 characters long; at most 200 are allowed"
    )
    assert text("x" * LIMITS["debrief"], "debrief.went_well") == "x" * LIMITS["debrief"]
    with pytest.raises(InputError, match=r"^next_step: is 2,001 characters"):
        text("x" * 2001, "next_step", limit=LIMITS["next_step"])


@pytest.mark.parametrize("brk", ["\n", "\r", "\u2028", "\u2029", "\x85"])
def test_a_one_line_field_refuses_every_line_break(brk: str) -> None:
    with pytest.raises(InputError, match=r"must be on one line|control characters"):
        line(f"Priya{brk}Raman", "name")
    assert one_line(f"Priya{brk}{brk}Raman") == "Priya Raman"
    assert calendar_text(f"a{brk}b") == "a\nb"


@pytest.mark.parametrize(
    "value", ["0001-01-01 00:00", "9999-12-31 23:59", "9999-12-31T23:59-12:00", "２０２６-11-17"]
)
def test_moments_out_of_range_are_refused_not_overflowed(value: str) -> None:
    with pytest.raises(InputError, match=r"^--at: "):
        parse_moment(value, ZoneInfo("Pacific/Kiritimati"), "--at")


def test_dates_out_of_range_are_refused() -> None:
    with pytest.raises(InputError, match="out of range"):
        parse_date("9999-12-31", "decision_by")


@pytest.mark.parametrize("name", ["A" * 300, "Europe/" + "x" * 300, "../../etc/passwd", "a b"])
def test_time_zone_names_are_bounded(name: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_zone(name)
    assert len(str(caught.value)) < 200


def test_only_ascii_digits_are_numbers() -> None:
    assert digits("12") and not digits("１２") and not digits("١٢") and not digits("9" * 19)
    assert parse_id("12") == 12
    for bad in ("１２", "9" * 5000, "-1", "0"):
        with pytest.raises(InputError):
            parse_id(bad)


def test_an_alias_bomb_is_refused_before_it_is_built(tmp_path: Path) -> None:
    rows = ["a: &a [x,x,x,x,x,x,x,x,x,x]"]
    rows += [
        f"{c}: &{c} [{','.join([f'*{p}'] * 10)}]"
        for p, c in zip("abcdefgh", "bcdefghi", strict=True)
    ]
    rows += ["follow_up_on: *i"]
    started = time.perf_counter()
    with pytest.raises(ValueError, match="aliases expand to more than"):
        load_yaml("\n".join(rows))
    assert time.perf_counter() - started < 5  # refused at composition, not after 10**9 values
    path = tmp_path / "bomb.yaml"
    path.write_text("\n".join(rows))
    with pytest.raises(InputError) as caught:
        read_mapping(path)
    assert len(str(caught.value)) < 300


def test_a_few_aliases_still_work() -> None:
    data = load_yaml("a: &who Priya Raman\nb: *who\nc: &list [1, 2]\nd: *list\n")
    assert data == {"a": "Priya Raman", "b": "Priya Raman", "c": [1, 2], "d": [1, 2]}


def test_huge_documents_are_refused_before_they_are_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    path.write_text("company: " + "x" * 6_000_000)
    with pytest.raises(InputError, match="at most 5,000,000"):
        read_mapping(path)


ADDRESSES = [
    "ana.0@company1.example",
    "o'neil+jobs@mail.example.org",
    "a!#$%&*/=?^_`{|}~-b@x.example",
    "a..b@x.example",
    ".a@x.example",
    "a.@x.example",
    "a@-x.example",
    "a@x-.example",
    "a@x.example-",
    "a@x..example",
    "a@example",
    "a@" + "x" * 64 + ".example",
    "a-.b@x.example",
    "a@bücher.example",
    "a b@x.example",
    "a@x.example.",
    "A.B@X.EXAMPLE",
    "1@2.3",
]


@pytest.mark.parametrize("value", ADDRESSES)
def test_plain_addresses_get_the_header_parsers_answer(
    value: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import re

    from followup import fields

    fast = fields.email_address(value)
    # The same question with the plain-address shortcut switched off.
    monkeypatch.setattr(fields, "_PLAIN_ADDRESS", re.compile(r"(?!)"))
    assert fast == fields.email_address(value)
