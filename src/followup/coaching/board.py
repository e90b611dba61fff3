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
from zoneinfo import ZoneInfo

from django.db.models import Max, Q

from followup.agenda.board import HORIZON
from followup.coaching.consent import coached
from followup.coaching.models import Grant
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
class Board:
    grants: tuple[Grant, ...]
    due: tuple[Due, ...]
    refused: tuple[Refused, ...]
    outcomes: tuple[Ended, ...]
    silent: tuple[Silent, ...]


def outcomes_of(ids: list[int], names: dict[int, str], limit: int | None) -> list[Ended]:
    rows = (
        Outcome.objects.filter(user_id__in=ids)
        .select_related("interview__application__company")
        .order_by("-at", "-pk")
    )
    found = []
    for o in rows[:limit] if limit else rows:
        interview = o.interview
        zone = ZoneInfo(interview.timezone)
        found.append(
            Ended(
                candidate=names[o.user_id],
                candidate_id=o.user_id,
                interview=interview.pk,
                company=interview.application.company.name,
                role=interview.application.role,
                outcome=OUTCOME_LABELS.get(o.kind, plain(o.kind)),
                interviewed=interview.start.astimezone(zone),
                at=o.at.astimezone(zone),
                days=max(0, (o.at - interview.end).days),
                keep_in_touch=o.keep_in_touch,
            )
        )
    return found


def board(coach: User, now: datetime) -> Board:
    grants = tuple(coached(coach))
    ids = [g.candidate_id for g in grants]
    names = {g.candidate_id: g.candidate.username for g in grants}
    notes = {g.candidate_id for g in grants if g.notes}
    week = now + HORIZON

    due = []
    actions = (
        Action.objects.filter(user_id__in=ids, due__lt=week, not_before__lt=week)
        .filter(Q(expires__isnull=True) | Q(expires__gt=now))
        .select_related("interview__application__company")
        .order_by("due", "user_id", "interview_id", "position")[:LIMIT]
    )
    for a in actions:
        zone = ZoneInfo(a.interview.timezone)
        due.append(
            Due(
                candidate=names[a.user_id],
                candidate_id=a.user_id,
                interview=a.interview_id,
                company=a.interview.application.company.name,
                role=a.interview.application.role,
                what=ACTION_LABELS.get(a.kind, plain(a.kind)),
                to=a.to_name,
                due=a.due.astimezone(zone),
                status=status_at(now, a.not_before, a.due),
            )
        )

    refused = []
    contacts = (
        Contact.objects.filter(user_id__in=ids, override__isnull=False)
        .select_related("interview__application__company", "person")
        .order_by("-at", "-pk")[:LIMIT]
    )
    for c in contacts:
        zone = ZoneInfo(c.interview.timezone)
        refused.append(
            Refused(
                candidate=names[c.user_id],
                candidate_id=c.user_id,
                interview=c.interview_id,
                company=c.interview.application.company.name,
                what=LOGGED_LABELS.get(c.purpose or c.kind, plain(c.purpose or c.kind)),
                to=c.person.name if c.person else None,
                at=c.at.astimezone(zone),
                reason=c.override if c.user_id in notes else None,
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
        for i in ids
        if last.get(i) is None or last[i] < now - SILENT_AFTER
    )
    return Board(
        grants=grants,
        due=tuple(due),
        refused=tuple(refused),
        outcomes=tuple(outcomes_of(ids, names, LIMIT)),
        silent=silent,
    )
