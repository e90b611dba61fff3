"""Bounded fuzzing of what a user can type: never exit 70 (an internal error), never a traceback.

Interview files (YAML and JSON, with hostile values in every field), note
files, and command-line arguments go through the real commands in-process;
`catch_exceptions=False`, so an uncaught exception fails the test where the
shipped command would print "internal error" and exit 70. The web forms'
fuzz is in tests/web/test_fuzz_forms.py. Each test is bounded in examples
and has no per-example deadline (the machine is shared).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.store_support import NORTHWIND, run, write

FUZZ = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    database=None,
)

# Text a hostile or careless user produces: control characters, Unicode line
# breaks, full-width digits, long runs, YAML and shell punctuation.
ODD = st.sampled_from(
    ["\r", "\n", "\u2028", "\u2029", "\x00", "\x85", "１２", "٣", "*", "&a", "!!", "{", "[", ":"]
)
TEXT = st.one_of(
    st.text(max_size=40),
    st.lists(st.one_of(ODD, st.text(max_size=5)), max_size=8).map("".join),
    st.integers(1, 6000).map(lambda n: "x" * n),
)
# A marker for an integer of 5,000 digits (Hypothesis itself cannot print one).
BIG = "BIG-INTEGER"
DIGITS = "9" * 5000
MOMENTS = st.sampled_from(
    [
        "0001-01-01 00:00",
        "9999-12-31 23:59",
        "9999-12-31T23:59:59-12:00",
        "0001-01-01T00:00+14:00",
        "2026-02-30 10:00",
        "2026-11-17 10:00",
        "２０２６-１１-１７",
        "1969-12-31",
        "2200-01-01",
        "now",
        "",
    ]
)
VALUES: st.SearchStrategy[Any] = st.one_of(
    TEXT,
    MOMENTS,
    st.integers(),
    st.just(BIG),  # written out as 5,000 digits once the document is dumped
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.none(),
    st.lists(st.text(max_size=5), max_size=3),
    st.dictionaries(st.text(max_size=5), st.text(max_size=5), max_size=2),
)
FIELDS = [
    "company",
    "role",
    "start",
    "end",
    "timezone",
    "country",
    "subdivision",
    "next_step",
    "decision_by",
    "follow_up_on",
    "no_calls",
    "references_requested",
    "strengths",
]


def base() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(NORTHWIND)
    return data


@st.composite
def interview_documents(draw: st.DrawFn) -> tuple[str, str]:
    data = base()
    for field in draw(st.lists(st.sampled_from(FIELDS), min_size=1, max_size=4)):
        data[field] = draw(VALUES)
    if draw(st.booleans()):
        person = data["interviewers"][0]
        person[draw(st.sampled_from(["name", "title", "email", "phone", "topics"]))] = draw(VALUES)
    if draw(st.booleans()):
        data["contacts"] = [
            {"kind": draw(st.sampled_from(["email", "call", "reply", "x"])), "at": draw(VALUES)}
        ]
    if draw(st.booleans()):
        data["debrief"] = {"went_well": draw(VALUES)}
    as_json = draw(st.booleans())
    try:
        text = json.dumps(data, default=str) if as_json else yaml.safe_dump(data)
    except (ValueError, OverflowError):
        text = str(data)
    text = text.replace(f"'{BIG}'", DIGITS).replace(f'"{BIG}"', DIGITS).replace(BIG, DIGITS)
    if draw(st.booleans()):
        cut = draw(st.integers(0, len(text)))
        text = text[:cut] + draw(TEXT) + text[cut:]
    return (".json" if as_json else ".yaml"), text


def refuse_or_answer(code: int) -> None:
    # 0 done, 1 refused by the guardrails, 2 bad input: never 70.
    assert code in (0, 1, 2), code


@FUZZ
@given(document=interview_documents())
def test_interview_files_never_crash(
    store: Path, tmp_path: Path, document: tuple[str, str]
) -> None:
    suffix, text = document
    path = tmp_path / f"fuzz{suffix}"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    refuse_or_answer(run("plan", str(path), "--now", "2026-11-18 10:00").code)
    refuse_or_answer(run("check", str(path), "thank_you", "--at", "2026-11-18 10:00").code)
    refuse_or_answer(run("add", str(path)).code)


HOSTILE_DOCUMENTS = [
    # A billion laughs in the two fields that once quoted their value expanded.
    "a: &a [x,x,x,x,x,x,x,x,x]\n"
    + "".join(
        f"{c}: &{c} [*{p},*{p},*{p},*{p},*{p},*{p},*{p},*{p},*{p}]\n"
        for p, c in zip("abcdefgh", "bcdefghi", strict=True)
    )
    + "company: X\nrole: Y\nstart: 2026-11-17 10:00\ninterviewers: [A]\ndecision_by: *i\n",
    "[" * 5000 + "]" * 5000,
    "company: " + "[" * 2000 + "]" * 2000 + "\n",
    "company: X\nrole: Y\nstart: 2026-11-17 10:00\ninterviewers: [A]\nno_calls: "
    + "9" * 5000
    + "\n",
    "company: .nan\nrole: .inf\nstart: 2026-11-17 10:00\ninterviewers: [A]\n",
]


def test_hostile_documents_are_refused_cheaply_with_a_short_sentence(tmp_path: Path) -> None:
    for i, text in enumerate(HOSTILE_DOCUMENTS):
        for suffix in (".yaml", ".json"):
            path = tmp_path / f"hostile{i}{suffix}"
            path.write_text(text)
            result = run("plan", str(path), "--now", "2026-11-18 10:00")
            assert result.code == 2, (i, suffix, result.err)
            assert len(result.err) < 400, result.err[:400]


def test_json_nan_and_deep_nesting_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "nan.json"
    path.write_text('{"company": NaN, "role": "Y", "start": "2026-11-17 10:00"}')
    assert "NaN is not a number JSON allows" in run("plan", str(path)).err
    deep = tmp_path / "deep.json"
    deep.write_text('{"company": ' + "[" * 300 + "]" * 300 + "}")
    assert "nested more than" in run("plan", str(deep)).err


NOTES = st.one_of(
    TEXT,
    st.builds(
        lambda subject, body: f"Subject: {subject}\nKind: thank_you\n\nDear Priya,\n\n{body}\n",
        TEXT,
        TEXT,
    ),
    st.builds(lambda to: f"To: {to}\n\nHello\n", TEXT),
)


@FUZZ
@given(note=NOTES)
def test_note_files_never_crash(tmp_path: Path, note: str) -> None:
    path = tmp_path / "note.txt"
    path.write_text(note, encoding="utf-8", errors="surrogatepass")
    refuse_or_answer(run("lint", str(path)).code)


ARGUMENTS = st.one_of(TEXT, MOMENTS, st.integers().map(str), st.just("9" * 5000))


@FUZZ
@given(value=ARGUMENTS, which=st.integers(0, 9))
def test_command_line_arguments_never_crash(store: Path, value: str, which: int) -> None:
    if "\x00" in value:
        value = value.replace("\x00", "")
    if which >= 6:  # the commands about interview 1 need it (stored once; again is refused)
        refuse_or_answer(run("add", str(write(store, "interview.yaml", NORTHWIND))).code)
    commands = [
        ["agenda", "--now", value],
        ["show", value],
        ["list", "--now", value],
        ["config", "timezone", value],
        ["config", "country", value],
        ["config", "email", value],
        ["log", "1", "thank_you", "--to", "Priya Raman", "--at", value],
        ["reply", "1", "--at", value, "--says", "Thanks!"],
        ["outcome", "1", "offer", "--at", value],
        ["debrief", "1", "--went-well", value],
    ]
    refuse_or_answer(run(*commands[which]).code)
