"""The coach's pages: the board across consented candidates, the outcomes as CSV, one
candidate read-only (their agenda and interviews; notes and comments if allowed).

Every page a coach opens writes one line in each candidate's audit log. A
candidate without an open grant to this coach (never given, revoked, or
deactivated) is answered 404, as an id that does not exist.
"""

from __future__ import annotations

import csv
from datetime import datetime
from html import escape
from io import StringIO
from typing import Any
from zoneinfo import ZoneInfo

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_POST, require_safe

from followup import config
from followup.agenda.board import HORIZON
from followup.agenda.query import SECTIONS, fetch
from followup.coaching import consent
from followup.coaching.board import Board, Due, board, outcomes_of
from followup.coaching.forms import CommentForm
from followup.coaching.models import Comment, Grant
from followup.coaching.shell import asking, server_only
from followup.etiquette.labels import ACTION_LABELS, OUTCOMES, plain
from followup.store.models import Debrief, Interview, User
from followup.web import clock, queries
from followup.web.dates import MONTHS, WEEKDAYS

OUTCOME_LABELS = {kind.value: words for kind, words in OUTCOMES.items()}
SECTION_WORDS = dict(queries.SECTIONS)


def _day(at: datetime) -> str:
    """ "2026-11-18": as the `date:"Y-m-d"` filter writes it, in the value's own zone."""
    return f"{at.year:04d}-{at.month:02d}-{at.day:02d}"


def _due_html(rows: list[Due]) -> str:
    """The due rows of a board's table, written here, not by the template engine:
    a board of 200 candidates was 1,800 template variables and 200 `date`
    filters, about 40% of its time (bench/README.md). Escaped as the engine does;
    the due time as `date:"D j M, H:i"` wrote it, then the zone's name."""
    e = escape
    return "".join(
        f'<tr><td><a href="/coach/{d.candidate_id}/">{e(d.candidate)}</a></td>'
        f"<td>{e(d.company)}, {e(d.role)}</td>"
        f"<td>{e(d.what)}{' ' + e(d.to) if d.to else ''}</td>"
        f"<td>{WEEKDAYS[d.due.weekday()][:3]} {d.due.day} {MONTHS[d.due.month - 1][:3]}, "
        f"{d.due.hour:02d}:{d.due.minute:02d} ({e(str(d.due.tzinfo))})</td></tr>"
        for d in rows
    )


def _board_html(found: Board) -> dict[str, Any]:
    """The board's lists as HTML (every value escaped), for coaching/board.html."""
    e = escape
    return {
        "candidates": mark_safe(
            ", ".join(
                f'<a href="/coach/{g.candidate_id}/">{e(g.username)}</a>' for g in found.grants
            )
        ),
        "overdue": mark_safe(_due_html([d for d in found.due if d.status == "overdue"])),
        "week": mark_safe(_due_html([d for d in found.due if d.status != "overdue"])),
        "refused": mark_safe(
            "".join(
                f"<tr><td>{e(r.candidate)}</td><td>{e(r.company)}</td>"
                f"<td>{e(r.what)}{' to ' + e(r.to) if r.to else ''}</td><td>{_day(r.at)}</td>"
                f"<td>overridden{': ' + e(r.reason) if r.reason else ''}</td></tr>"
                for r in found.refused
            )
        ),
        "outcomes": mark_safe(
            "".join(
                f"<tr><td>{e(o.candidate)}</td><td>{e(o.company)}, {e(o.role)}</td>"
                f"<td>{e(o.outcome)}</td><td>{_day(o.interviewed)}</td><td>{o.days}</td></tr>"
                for o in found.outcomes
            )
        ),
        "silent": mark_safe(
            "".join(
                f'<li><a href="/coach/{s.candidate_id}/">{e(s.candidate)}</a>: '
                f"{'last news ' + _day(s.last) if s.last else 'nothing recorded'}</li>"
                for s in found.silent
            )
        ),
    }


@server_only
@require_safe
def board_page(request: HttpRequest) -> HttpResponse:
    coach = asking(request)
    now = clock.now()
    found = board(coach, now)
    consent.record_access(
        [g.candidate_id for g in found.grants], coach, "read the coach's board", now, request.path
    )
    overdue = sum(1 for d in found.due if d.status == "overdue")
    return render(
        request,
        "coaching/board.html",
        {
            "board": found,
            "overdue": overdue,
            "week": len(found.due) - overdue,
            "html": _board_html(found),
            "nav": "board",
        },
    )


CSV_COLUMNS = (
    "candidate",
    "company",
    "role",
    "interview_date",
    "outcome",
    "outcome_date",
    "days_to_outcome",
    "keep_in_touch",
)


@server_only
@require_safe
def outcomes_csv(request: HttpRequest) -> HttpResponse:
    """Every outcome of every consented candidate, for the centre's reports."""
    coach = asking(request)
    now = clock.now()
    grants = consent.coached(coach)
    ids = [g.candidate_id for g in grants]
    names = {g.candidate_id: g.candidate.username for g in grants}
    out = StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for e in outcomes_of(ids, names, None):
        writer.writerow(
            [
                e.candidate,
                e.company,
                e.role,
                e.interviewed.date().isoformat(),
                e.outcome,
                e.at.date().isoformat(),
                e.days,
                "yes" if e.keep_in_touch else "no",
            ]
        )
    consent.record_access(ids, coach, "exported your outcomes (CSV)", now, request.path)
    response = HttpResponse(out.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="outcomes.csv"'
    return response


def _grant(request: HttpRequest, candidate_id: int) -> Grant:
    found = consent.grant_for(asking(request), candidate_id)
    if found is None:
        raise Http404("no such candidate")
    return found


def _agenda(candidate: User, now: Any) -> list[dict[str, Any]]:
    """The candidate's agenda: the one agenda query (agenda/query.py), for their username."""
    from django.db import connection

    from followup.store.services import settings_of

    zone = ZoneInfo(config.value_of("timezone", settings_of(candidate)))
    with connection.cursor() as cursor:
        snapshot = fetch(cursor, now, now + HORIZON, zone, username=candidate.username, named=False)
    rows = []
    for r in snapshot.rows:
        rows.append(
            {
                "section": SECTION_WORDS[SECTIONS[r.section]],
                "interview": r.interview,
                "company": r.company,
                "role": r.role,
                "what": ACTION_LABELS.get(r.kind, plain(r.kind)),
                "to": r.to,
                "due": r.due,
            }
        )
    return rows


@server_only
@require_safe
def candidate(request: HttpRequest, candidate_id: int) -> HttpResponse:
    """One consented candidate, read-only: agenda, interviews, notes and comments if allowed."""
    found = _grant(request, candidate_id)
    person = found.candidate
    now = clock.now()
    try:
        page = int(request.GET.get("page", "1"))
    except ValueError:
        page = 1
    listing = queries.interviews(person.pk, "", "", page, now)
    shown = [row.id for row in listing.rows]
    debriefs: dict[int, Debrief] = {}
    if found.notes:
        debriefs = {
            d.interview_id: d for d in Debrief.objects.filter(user=person, interview_id__in=shown)
        }
    comments = list(
        Comment.objects.filter(candidate=person).select_related("author").order_by("-at")[:100]
    )
    consent.record_access([person.pk], asking(request), "read your interviews", now, request.path)
    return render(
        request,
        "coaching/candidate.html",
        {
            "grant": found,
            "person": person,
            "agenda": _agenda(person, now),
            "listing": listing,
            "rows": [
                {
                    "row": row,
                    "outcome": OUTCOME_LABELS.get(row.outcome or "", ""),
                    "debrief": debriefs.get(row.id),
                }
                for row in listing.rows
            ],
            "comments": comments,
            "form": CommentForm(interviews=_choices(person)) if found.comments else None,
            "nav": "board",
        },
    )


def _choices(candidate: User) -> list[tuple[int, str]]:
    """The candidate's interviews to comment on, newest first (one query)."""
    rows = (
        Interview.objects.filter(user=candidate)
        .order_by("-start", "-pk")
        .values_list("pk", "start", "application__company__name", "application__role")
    )
    return [
        (pk, f"#{pk} {company}, {role} ({start:%Y-%m-%d})") for pk, start, company, role in rows
    ]


@server_only
@require_POST
def comment(request: HttpRequest, candidate_id: int) -> HttpResponse:
    found = _grant(request, candidate_id)
    if not found.comments:
        raise Http404("comments are not allowed")
    form = CommentForm(request.POST, interviews=_choices(found.candidate))
    if not form.is_valid():
        return render(
            request,
            "coaching/form.html",
            {"form": form, "title": "Comment", "submit": "Add the comment", "nav": "board"},
            status=400,
        )
    now = clock.now()
    Comment.objects.create(
        candidate=found.candidate,
        author=asking(request),
        interview_id=form.cleaned_data["interview"],
        text=form.cleaned_data["text"],
        draft=form.cleaned_data["draft"],
        at=now,
    )
    what = "suggested a draft" if form.cleaned_data["draft"] else "commented"
    consent.record_access([found.candidate_id], asking(request), what, now, request.path)
    messages.success(
        request, "Draft suggested." if form.cleaned_data["draft"] else "Comment added."
    )
    return HttpResponseRedirect(reverse("coaching:candidate", args=[candidate_id]))
