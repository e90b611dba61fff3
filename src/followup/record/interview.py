"""Change an interview's own facts: its outcome, its debrief, its facts, its log, itself."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from followup.errors import InputError
from followup.etiquette.labels import OUTCOME_VALUES
from followup.etiquette.model import Interview, Outcome, OutcomeKind, outcome_follows
from followup.store import services
from followup.store.models import User

if TYPE_CHECKING:
    from followup.interview_file import Defaults


@dataclass(frozen=True)
class Changed:
    """An interview before and after a change (equal when nothing changed)."""

    before: Interview
    after: Interview


def record_outcome(
    user: User,
    interview_id: int,
    *,
    now: datetime,
    kind: str,
    at: datetime | None = None,
    keep_in_touch: bool = False,
) -> Changed:
    """Record how it ended; a new outcome replaces the old one (see `Changed.before`)."""
    if kind not in OUTCOME_VALUES:
        raise InputError("kind", f"{kind!r} is not one of {', '.join(OUTCOME_VALUES)}")
    if keep_in_touch and kind != OutcomeKind.REJECTED.value:
        raise InputError("keep_in_touch", "only applies to a rejection")

    def change(interview: Interview) -> Interview:
        moment = (at or now).astimezone(interview.tz)
        after = outcome_follows(OutcomeKind(kind))
        services.check_happened(interview, moment, "at", after=after, now=now, given=at is not None)
        new = Outcome(kind=OutcomeKind(kind), at=moment, keep_in_touch=keep_in_touch)
        return services.rebuild(interview, outcome=new)

    return Changed(*services.update(user, interview_id, change))


def save_debrief(
    user: User,
    interview_id: int,
    answers: Mapping[str, str],
    topics: Mapping[str, tuple[str, ...]] | None = None,
) -> Changed:
    """The answers given (blank clears one), and the topics discussed with each interviewer."""

    def change(interview: Interview) -> Interview:
        cleaned = {k: (v.strip() or None) for k, v in answers.items()}
        people = tuple(
            replace(p, topics=topics[p.name]) if topics and p.name in topics else p
            for p in interview.interviewers
        )
        return services.rebuild(
            interview, debrief=replace(interview.debrief, **cleaned), interviewers=people
        )

    return Changed(*services.update(user, interview_id, change))


def edit_interview(
    user: User,
    interview_id: int,
    facts: Interview,
    *,
    renames: Mapping[str, str] | None = None,
) -> Changed:
    """Replace the facts of an interview with those of `facts`; its log, outcome and debrief stay.

    `renames` (old name -> new): a renamed interviewer keeps the contacts made
    with them. New contacts in `facts` are judged as `log` would judge them.
    """

    def change(old: Interview) -> Interview:
        names = renames or {}
        contacts = tuple(replace(c, to=names.get(c.to, c.to)) if c.to else c for c in old.contacts)
        new = services.rebuild(facts, debrief=old.debrief, contacts=contacts, outcome=old.outcome)
        return back_on(old, new)

    return Changed(*services.update(user, interview_id, change))


def back_on(old: Interview, new: Interview) -> Interview:
    """Rule book, Statuses: an interview they called off and then offered at a new time
    is moved, not called off; the plan follows the new time. So moving the start of
    one marked `called_off` takes that outcome away (any other outcome stays)."""
    outcome = old.outcome
    moved = new.start.astimezone(UTC) != old.start.astimezone(UTC)
    if moved and outcome is not None and outcome.kind is OutcomeKind.CALLED_OFF and new.outcome:
        return services.rebuild(new, outcome=None)
    return new


def replace_interview(user: User, interview_id: int, facts: Interview, *, now: datetime) -> Changed:
    """Replace everything (an edited interview file): new contacts judged as `log` would."""

    def change(old: Interview) -> Interview:
        services.check_new_contacts(facts, services.policy_of(user), now, before=old)
        return facts

    return Changed(*services.update(user, interview_id, change))


def set_facts(
    user: User, interview_id: int, changes: Sequence[tuple[str, Any]], defaults: Defaults
) -> Changed:
    """Change some top-level facts (as an interview file spells them); the rest stay.

    A new time zone keeps the clock time of the start and end rather than the
    instant; a moved start keeps the interview's length, and puts an interview
    they had called off back on (`back_on`).
    """
    from followup.interview_file import interview_to_mapping, parse_interview

    def change(interview: Interview) -> Interview:
        mapping = interview_to_mapping(interview)
        changed = {key for key, _ in changes}
        if "timezone" in changed:
            # A new zone almost always corrects a wrong one: the interview
            # was at 14:00 on the clock there, so keep the clock time
            # rather than the instant (which would silently move it).
            for key in ("start", "end"):
                if key not in changed:
                    local = getattr(interview, key).astimezone(interview.tz)
                    mapping[key] = local.replace(tzinfo=None).isoformat(timespec="seconds")
        for key, value in changes:
            mapping[key] = value
        if "start" in changed and "end" not in changed:
            # A moved interview keeps its length rather than ending before it starts.
            mapping.pop("end", None)
            moved = parse_interview(mapping, defaults)
            # In elapsed time: aware datetimes of one zone subtract by wall clock.
            length = interview.end.astimezone(UTC) - interview.start.astimezone(UTC)
            end = (moved.start.astimezone(UTC) + length).astimezone(moved.tz)
            mapping["end"] = end.isoformat()
        return back_on(interview, parse_interview(mapping, defaults))

    return Changed(*services.update(user, interview_id, change))


def remove_entry(user: User, interview_id: int, index: int | None, at: str = "") -> Changed:
    """Take one entry out of the log: contact number `index`, or the outcome (None).

    `at` is the contact's moment (UTC, ISO 8601) as the candidate saw it; it is
    checked again inside the write, so an entry that moved meanwhile (another
    tab, the command line) is never the wrong one.
    """

    def change(current: Interview) -> Interview:
        if index is None:
            return services.rebuild(current, outcome=None)
        if (
            index >= len(current.contacts)
            or current.contacts[index].at.astimezone(UTC).isoformat() != at
        ):
            raise InputError("entry", "the log changed meanwhile: reload and retry")
        kept = current.contacts[:index] + current.contacts[index + 1 :]
        return services.rebuild(current, contacts=kept)

    return Changed(*services.update(user, interview_id, change))


def delete_interview(user: User, interview_id: int) -> Interview:
    """Delete an interview, its log and its plan; returns what was deleted."""
    return services.delete(user, interview_id)
