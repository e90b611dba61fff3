"""The coach's board: across every consented candidate, in a fixed number of queries.

1. the coach's open grants from active candidates (with the candidate);
2. the open actions overdue or due within the week (the stored due times,
   indexed per user, as the agenda reads them);
3. contacts recorded over a refusal of the guardrails (their override flag);
4. the outcomes, with the interview they end (time to outcome);
5. and 6. each candidate's last contact and last interview (who has gone silent).

Whatever the number of candidates, the page costs these six statements, plus
one insert of the audit lines (`consent.record_access`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from django.db.models import Max, Q

from followup.agenda.board import HORIZON
from followup.coaching.consent import coached_ids
from followup.etiquette.labels import ACTION_LABELS, LOGGED, OUTCOMES, plain
from followup.store.models import Action, Contact, Interview, Outcome, User
from followup.web.queries import status_at

# A candidate with nothing recorded for this long is listed as silent.
SILENT_AFTER = timedelta(days=30)
# Rows of each list on the page (the CSV export has every outcome).
LIMIT = 200

OUTCOME_LABELS = {kind.value: words for kind, words in OUTCOMES.items()}
LOGGED_LABELS = {kind.value: words for kind, words in LOGGED.items()}


@dataclass(frozen=True)
class Due:
    candidate: str
    candidate_id: int
    interview: int
    company: str
    role: str
    what: str
    to: str | None
    due: datetime
    status: str


@dataclass(frozen=True)
class Refused:
    candidate: str
    candidate_id: int
    interview: int
    company: str
    what: str
    to: str | None
    at: datetime
    reason: str | None  # shown only when the candidate shares their notes


@dataclass(frozen=True)
class Ended:
    candidate: str
    candidate_id: int
    interview: int
    company: str
    role: str
    outcome: str
    interviewed: datetime
    at: datetime
    days: int
    keep_in_touch: bool


@dataclass(frozen=True)
class Silent:
    candidate: str
    candidate_id: int
    last: datetime | None


@dataclass(frozen=True)
class Coached:
    """One open grant to the coach, as the board uses it."""

    candidate_id: int
    username: str
    notes: bool


@dataclass(frozen=True)
class Board:
    grants: tuple[Coached, ...]
    due: tuple[Due, ...]
    refused: tuple[Refused, ...]
    outcomes: tuple[Ended, ...]
    silent: tuple[Silent, ...]


def outcomes_of(ids: Any, names: dict[int, str], limit: int | None) -> list[Ended]:
    """The outcomes of the candidates `ids` (a list, or a subquery of their ids) whose
    names are in `names` (a grant opened between two statements waits for the next page)."""
    # Plain tuples, not models: the board reads hundreds of rows per page.
    rows = (
        Outcome.objects.filter(user_id__in=ids)
        .order_by("-at", "-pk")
        .values_list(
            "user_id",
            "interview_id",
            "kind",
            "at",
            "keep_in_touch",
            "interview__timezone",
            "interview__start",
            "interview__end",
            "interview__application__company__name",
            "interview__application__role",
        )
    )
    found = []
    for user, interview, kind, at, keep, timezone, start, end, company, role in (
        rows[:limit] if limit else rows
    ):
        if user not in names:
            continue
        zone = ZoneInfo(timezone)
        found.append(
            Ended(
                candidate=names[user],
                candidate_id=user,
                interview=interview,
                company=company,
                role=role,
                outcome=OUTCOME_LABELS.get(kind, plain(kind)),
                interviewed=start.astimezone(zone),
                at=at.astimezone(zone),
                days=max(0, (at - end).days),
                keep_in_touch=keep,
            )
        )
    return found


def board(coach: User, now: datetime) -> Board:
    # consent.coached's grants as the three values the board needs: the full rows
    # (the grant's and the account's, 1,200 datetimes for 200) cost more than the page.
    grants = tuple(
        Coached(candidate, username, notes)
        for candidate, username, notes in coached_ids(coach)
        .order_by("candidate__username")
        .values_list("candidate_id", "candidate__username", "notes")
    )
    # The same candidates as `grants`, as a subquery: 200 ids written into each
    # statement cost more to send and parse than the statements took.
    ids = coached_ids(coach)
    names = {g.candidate_id: g.username for g in grants}
    notes = {g.candidate_id for g in grants if g.notes}
    week = now + HORIZON

    due = []
    actions = (
        Action.objects.filter(user_id__in=ids, due__lt=week, not_before__lt=week)
        .filter(Q(expires__isnull=True) | Q(expires__gt=now))
        .order_by("due", "user_id", "interview_id", "position")
        .values_list(
            "user_id",
            "interview_id",
            "kind",
            "to_name",
            "not_before",
            "due",
            "interview__timezone",
            "interview__application__company__name",
            "interview__application__role",
        )[:LIMIT]
    )
    for user, interview, kind, to, not_before, due_at, timezone, company, role in actions:
        if user not in names:
            continue
        zone = ZoneInfo(timezone)
        due.append(
            Due(
                candidate=names[user],
                candidate_id=user,
                interview=interview,
                company=company,
                role=role,
                what=ACTION_LABELS.get(kind, plain(kind)),
                to=to,
                due=due_at.astimezone(zone),
                status=status_at(now, not_before, due_at),
            )
        )

    refused = []
    contacts = (
        Contact.objects.filter(user_id__in=ids, override__isnull=False)
        .order_by("-at", "-pk")
        .values_list(
            "user_id",
            "interview_id",
            "kind",
            "purpose",
            "at",
            "override",
            "person__name",
            "interview__timezone",
            "interview__application__company__name",
        )[:LIMIT]
    )
    for user, interview, kind, purpose, at, override, person, timezone, company in contacts:
        if user not in names:
            continue
        refused.append(
            Refused(
                candidate=names[user],
                candidate_id=user,
                interview=interview,
                company=company,
                what=LOGGED_LABELS.get(purpose or kind, plain(purpose or kind)),
                to=person,
                at=at.astimezone(ZoneInfo(timezone)),
                reason=override if user in notes else None,
            )
        )

    last: dict[int, datetime] = {}
    for row in Contact.objects.filter(user_id__in=ids).values("user_id").annotate(last=Max("at")):
        last[row["user_id"]] = row["last"]
    for row in (
        Interview.objects.filter(user_id__in=ids).values("user_id").annotate(last=Max("start"))
    ):
        seen = last.get(row["user_id"])
        # An interview still ahead is news to come, not silence.
        last[row["user_id"]] = row["last"] if seen is None else max(seen, row["last"])
    silent = tuple(
        Silent(candidate=names[i], candidate_id=i, last=last.get(i))
        for i in names
        if last.get(i) is None or last[i] < now - SILENT_AFTER
    )
    return Board(
        grants=grants,
        due=tuple(due),
        refused=tuple(refused),
        outcomes=tuple(outcomes_of(ids, names, LIMIT)),
        silent=silent,
    )
