"""The morning digest: the day's agenda by email, through the same outbox.

Off until you ask for it (`followup mail digest --on`, or `--at HH:MM`), and
sent only once an SMTP server is set up (`followup mail digest` turns it
off or moves it). One pass of the worker queues it at the candidate's digest
time, in their zone, at most once a day (a unique constraint says so), and
only when something is open that day; it is sent like any other message.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from followup.agenda.query import local_instant

if TYPE_CHECKING:
    from jinja2 import Environment

    from followup.agenda.query import Row
    from followup.delivery.models import Account
    from followup.delivery.worker import Tick

# After this long past the digest time, a day's digest is no longer worth sending.
STALE = timedelta(hours=6)


@lru_cache(maxsize=1)
def environment() -> Environment:
    from jinja2 import Environment, PackageLoader, StrictUndefined

    return Environment(
        loader=PackageLoader("followup.delivery", "templates"),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,
    )


def label(kind: str, to: str | None) -> str:
    from followup.etiquette.labels import ACTIONS
    from followup.etiquette.model import ActionKind

    text = ACTIONS[ActionKind(kind)].digest
    return f"{text} to {to}" if to else text


def agenda_of(username: str, now: datetime, zone: ZoneInfo) -> dict[str, list[dict[str, Any]]]:
    """Open actions that matter today, in three groups: the agenda query
    (agenda/query.py) up to the end of the day, through Django's connection."""
    from django.db import connection

    from followup.agenda.board import build
    from followup.agenda.query import day_bounds, fetch
    from followup.places import clock

    tonight = day_bounds(now, zone)[1]
    with connection.cursor() as cursor:
        snapshot = fetch(cursor, now, tonight, zone, username=username, active_cap=0, named=False)
    board = build(snapshot.rows, now, zone, active=0, nudge_below=0)

    def when(text: str, there: str) -> str:
        # Another zone's interview names both clocks, as the agenda does (places.clock).
        moment = local_instant(text, zone.key)
        if there == zone.key:
            return f"{moment:%a %d %b %H:%M}"
        return clock(moment, zone, ZoneInfo(there), year=now.astimezone(zone).year)

    def item(row: Row) -> dict[str, Any]:
        return {
            "label": label(row.kind, row.to),
            "company": row.company,
            "due": when(row.due_utc, row.timezone),
            "not_before": when(row.not_before_utc, row.timezone),
        }

    return {
        "overdue": [item(i.row) for i in board.overdue],
        "today": [item(i.row) for i in board.today],
        "opening": [item(i.row) for i in board.opening],
    }


def render(name: str, day: str, groups: dict[str, list[dict[str, Any]]]) -> tuple[str, str]:
    items = [*groups["overdue"], *groups["today"], *groups["opening"]]
    sections = [
        (title, [f"{i['label']} ({i['company']}), {lead} {i[field]}" for i in groups[key]])
        for key, title, lead, field in (
            ("overdue", "Overdue", "was due", "due"),
            ("today", "Due today", "due", "due"),
            ("opening", "From today", "due", "due"),
        )
        if groups[key]
    ]
    context = {"name": name, "day": day, "items": items, "sections": sections}
    subject = environment().get_template("digest.subject.j2").render(context).strip()
    body = environment().get_template("digest.body.j2").render(context)
    return subject, body


def queue_digest(account: Account, now: datetime) -> int | None:
    """Queue today's digest for one account if it is time; returns the row's ID."""
    from django.db import IntegrityError, transaction

    from followup import config
    from followup.delivery.models import Message
    from followup.delivery.outbox import from_address, new_message_id
    from followup.errors import InputError
    from followup.store import services

    if not (account.digest and account.smtp_host):
        return None
    stored = services.settings_of(account.user)
    zone = ZoneInfo(config.value_of("timezone", stored))
    local = now.astimezone(zone)
    at = datetime.combine(local.date(), account.digest_at, zone)
    if not (at <= local < at + STALE):
        return None
    if Message.objects.filter(user=account.user, kind="digest", digest_day=local.date()).exists():
        return None
    groups = agenda_of(account.user.username, now, zone)
    if not any(groups.values()):
        return None
    try:
        sender, name = from_address(account.user, account)
    except InputError:
        return None
    # "Tuesday 1 December", as people write it: no zero before the day.
    subject, body = render(name, f"{local:%A} {local.day} {local:%B}", groups)
    try:
        with transaction.atomic():
            row = Message.objects.create(
                user=account.user,
                kind="digest",
                message_id=new_message_id(sender),
                sender=sender,
                sender_name=name,
                recipient=sender,
                recipient_name=name,
                subject=subject,
                body=body,
                send_after=now,
                digest_day=local.date(),
                created=now,
            )
    except IntegrityError:  # another worker queued it first
        return None
    return row.pk


def queue_digests(now: datetime, tick: Tick) -> None:
    from followup.delivery.models import Account

    for account in Account.objects.filter(digest=True).exclude(smtp_host="").select_related("user"):
        queued = queue_digest(account, now)
        if queued is not None:
            tick.digests.append(queued)
