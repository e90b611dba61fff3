"""The calendar from the store: `followup calendar`, and the secret feed the web app serves.

The feed's URL carries a random token; the store keeps only its SHA-256, so
a copy of the database does not reveal the link. A new link revokes the old
one, and `revoke` stops every link at once.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from followup.errors import FollowupError

if TYPE_CHECKING:
    from followup.store.models import User


class FeedNotFound(FollowupError):
    """The token is unknown or was revoked (the web app answers 404)."""

    exit_code = 2


def digest_of(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def calendar_for(user: User, now: datetime) -> bytes:
    """Every interview and action of `user` as an .ics file; SEQUENCEs are kept up to date.

    1. Load each stored interview, work out its plan at `now` and its drafts.
    2. Build the calendar with what the previous build published (`CalendarEntry`).
    3. Store the UIDs whose content changed, with their raised SEQUENCE.
    """
    from django.db import transaction

    from followup.calendar.build import Entry, Known, build
    from followup.config import sender_from as sender_of
    from followup.delivery.models import CalendarEntry
    from followup.store import services
    from followup.store.models import Interview
    from followup.writing.drafting import drafts

    with transaction.atomic():
        entries = []
        ids = Interview.objects.filter(user=user).order_by("pk").values_list("pk", flat=True)
        for interview_id in ids:
            stored = services.load(user, interview_id)
            plan = services.plan_now(stored, now)
            signed = drafts(stored.interview, plan, sender_of(stored.settings))
            written = {d.action_id: d for d in signed.drafts}
            entries.append(Entry(stored.interview, plan, written))
        rows = {row.uid: row for row in CalendarEntry.objects.filter(user=user)}
        known = {uid: Known(r.sequence, r.fingerprint, r.event) for uid, r in rows.items()}
        built = build(entries, known, now)
        for uid, new in built.known.items():
            row = rows.get(uid)
            if row is None:
                CalendarEntry.objects.create(
                    user=user,
                    uid=uid,
                    sequence=new.sequence,
                    fingerprint=new.fingerprint,
                    event=new.event,
                )
            elif row.fingerprint != new.fingerprint:
                row.sequence, row.fingerprint, row.event = new.sequence, new.fingerprint, new.event
                row.save(update_fields=["sequence", "fingerprint", "event"])
    return built.ics


def new_token(user: User, now: datetime) -> str:
    """A fresh secret for the feed's URL; every earlier one stops working."""
    from django.db import transaction

    from followup.delivery.models import FeedToken

    token = secrets.token_urlsafe(24)
    with transaction.atomic():
        FeedToken.objects.filter(user=user, revoked=None).update(revoked=now)
        FeedToken.objects.create(user=user, digest=digest_of(token), created=now)
    return token


def feed_url(token: str, host: str, port: int) -> str:
    """Where `followup serve --port PORT` answers the feed of `token`."""
    return f"http://{host}:{port}/calendar/{token}.ics"


def revoke(user: User, now: datetime) -> int:
    from followup.delivery.models import FeedToken

    return FeedToken.objects.filter(user=user, revoked=None).update(revoked=now)


def calendar_feed(token: str, now: datetime | None = None) -> bytes:
    """The .ics the feed URL serves for `token`; FeedNotFound if unknown or revoked.

    For the web app: call `followup.delivery.boot.setup()` once at start-up,
    then this in the view (text/calendar; charset=utf-8).
    """
    from followup.delivery.models import FeedToken

    found = (
        FeedToken.objects.filter(digest=digest_of(token), revoked=None)
        .select_related("user")
        .first()
    )
    if found is None:
        raise FeedNotFound("no such calendar feed (the link is wrong or was revoked)")
    return calendar_for(found.user, now or datetime.now(UTC))
