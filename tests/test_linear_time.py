"""Every text path takes time linear in a long word: a ratio, not a wall-clock limit.

A pasted 100,000-character "word" (no space in it) once took `draft`,
`calendar` and the drafts page minutes, because a regular expression rescanned
the run from every character (quadratic). Each path is timed on a
10,000-character word and on a 100,000-character one: linear work makes the
second about ten times slower, quadratic work a hundred times. The bound
(RATIO) sits between, with room for a loaded machine; the best of the runs
is kept (three of the small, two of the large) to steady the figure. The
core is fed directly, past the field limits of fields.py, so what is
measured is the text processing itself.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from followup.etiquette.model import Debrief, Interview
from followup.etiquette.planner import plan
from tests.factories import interviewer, make_interview

SMALL = 10_000
LARGE = 100_000
# Linear: about 10. Quadratic: about 100.
RATIO = 35

# Minutes of timing on a shared machine: out of the quick loop (`make quick`).
pytestmark = pytest.mark.slow
NOW = datetime(2026, 11, 18, 15, 0, tzinfo=UTC)
# Runs of the characters that made the old patterns rescan: letters, hyphens
# (each one a word boundary), dots and at signs (addresses), stops, digits,
# angle brackets and the colon-slash of links.
RUNS = ["a", "a-", "a.", "@a", "!", "1", "<", ":/"]


def best_time(work: Callable[[], Any], runs: int = 2) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return max(min(times), 1e-3)


def word(run: str, size: int) -> str:
    return "x" + run * (size // len(run))


def assert_linear(path: Callable[[str], Any], run: str) -> None:
    """`path` on a long `run` takes time about proportional to its length."""
    path(word(run, 100))  # warm: dictionaries, templates, compiled patterns
    # The best of a few runs: a busy machine only ever adds time, to either size.
    small = best_time(lambda: path(word(run, SMALL)), runs=3)
    large = best_time(lambda: path(word(run, LARGE)), runs=2)
    assert large / small < RATIO, f"{run!r}: {small:.3f}s for {SMALL:,}, {large:.3f}s for {LARGE:,}"


def with_word(text: str, field: str) -> Interview:
    person = interviewer(topics=(text,) if field == "topic" else ("streaming ingestion",))
    base = make_interview(interviewers=(replace(person, contact=True),))
    if field == "next_step":
        return replace(base, next_step=text)
    if field == "debrief":
        return replace(base, debrief=Debrief(went_well=text, forgot_to_mention=text))
    if field == "strength":
        return replace(base, strengths=(text,))
    return base


def drafted(text: str, field: str) -> Any:
    from followup.writing.drafting import drafts

    interview = with_word(text, field)
    return drafts(interview, plan(interview, NOW), now=NOW)


def calendar(text: str, field: str) -> bytes:
    """The calendar of the interview and its plan's open actions (as the feed builds it)."""
    from followup.calendar.build import Meeting, Person, Reminder, build

    interview = with_word(text, field)
    meeting = Meeting(
        id=1,
        company=interview.company,
        role=interview.role,
        start=interview.start,
        end=interview.end,
        timezone=interview.timezone,
        people=tuple(Person(p.name, p.title, p.email) for p in interview.interviewers),
    )
    reminders = [
        Reminder(
            meeting, a.id, a.kind, a.to, a.not_before, a.due, a.why, tuple(s.id for s in a.sources)
        )
        for a in plan(interview, NOW).open_actions()
    ]
    return build([meeting], reminders, {}, NOW).ics


def linted(text: str, where: str) -> Any:
    from followup.writing.lint import lint
    from followup.writing.note import parse_note

    header = {
        "subject": f"Subject: Thank you {text}\n\n",
        "to": f"To: {text}\nSubject: Thank you\n\n",
    }.get(where, "")
    body = f"Dear Priya,\n\nThank you {text if where == 'body' else ''} for today.\n\nBest,\nAnn\n"
    return lint([parse_note(header + body, "note.txt")], make_interview())


PATHS: dict[str, Callable[[str], Any]] = {
    "draft topic": lambda t: drafted(t, "topic"),
    "draft next_step": lambda t: drafted(t, "next_step"),
    "draft debrief": lambda t: drafted(t, "debrief"),
    "draft strength": lambda t: drafted(t, "strength"),
    "plan next_step": lambda t: plan(with_word(t, "next_step"), NOW),
    "calendar topic": lambda t: calendar(t, "topic"),
    "calendar next_step": lambda t: calendar(t, "next_step"),
    "lint body": lambda t: linted(t, "body"),
    "lint Subject line": lambda t: linted(t, "subject"),
    "lint To line": lambda t: linted(t, "to"),
}


@pytest.mark.parametrize("name", sorted(PATHS))
def test_each_text_path_is_linear_in_a_long_word(name: str) -> None:
    for run in RUNS:
        assert_linear(PATHS[name], run)


def test_a_ten_megabyte_next_step_is_read_in_bounded_time() -> None:
    """Stored before the limits, or fed to the core directly: the planner reads a bounded prefix."""
    huge = "We will decide by Friday. " + "x" * 10_000_000
    started = time.perf_counter()
    plan(replace(make_interview(), next_step=huge), NOW)
    small = time.perf_counter() - started
    started = time.perf_counter()
    plan(replace(make_interview(), next_step=huge[:20_000]), NOW)
    bounded = time.perf_counter() - started
    # Not a hundred times the 20,000-character read: the rest is never scanned.
    assert small / max(bounded, 1e-3) < 20


def test_the_timing_helpers_are_honest() -> None:
    assert len(word("a-", 10)) == 11
    assert timedelta(seconds=best_time(lambda: None)) >= timedelta(0)
