"""Rate limits on the server's log-in and password-reset forms.

A log-in form that answers every guess lets anyone try passwords as fast as
the server answers, and a reset form sends an email per request. So, within
a window, each is allowed a few attempts per client address and per account
(the username typed, or the email address asked for):

- log-in: 10 failed attempts in 15 minutes (`LIMITS`); a successful log-in
  is never counted;
- password reset: 5 requests in an hour.

The next attempt is refused before the password is checked or a mail is
sent, with a page that says how long to wait (HTTP 429, `Retry-After`).
The attempts are rows of the database (`Attempt`), so every web process
and machine behind the proxy counts the same ones. The client's address is
REMOTE_ADDR, which Waitress already takes from the trusted proxy's
X-Forwarded-For; a WSGI server that leaves REMOTE_ADDR as the proxy's own
(gunicorn) is read through the last address of X-Forwarded-For instead, the
one the trusted proxy (FOLLOWUP_TRUSTED_PROXY, default 127.0.0.1) added, so
that every visitor is not counted as one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from followup.coaching.models import Attempt


@dataclass(frozen=True)
class Limit:
    attempts: int
    window: timedelta
    words: str


LOGIN = "login"
RESET = "reset"
LIMITS = {
    LOGIN: Limit(10, timedelta(minutes=15), "failed log-in attempts"),
    RESET: Limit(5, timedelta(hours=1), "password-reset requests"),
}
KEPT = max(limit.window for limit in LIMITS.values())


def client_address(request: HttpRequest) -> str:
    import os

    address = str(request.META.get("REMOTE_ADDR", ""))
    forwarded = str(request.META.get("HTTP_X_FORWARDED_FOR", ""))
    if forwarded and address == os.environ.get("FOLLOWUP_TRUSTED_PROXY", "127.0.0.1"):
        last = forwarded.rsplit(",", 1)[-1].strip()
        if last:
            return last[:100]
    return address


def keys(request: HttpRequest, account: str) -> list[str]:
    """What an attempt counts against: the client's address and the account named."""
    found = [f"ip:{client_address(request)}"]
    name = account.strip().casefold()[:300]
    if name:
        found.append(f"account:{name}")
    return found


def refused(what: str, counted: list[str], now: datetime) -> bool:
    """True when one of `counted` has used up its attempts within the window (one query)."""
    from django.db.models import Count

    limit = LIMITS[what]
    rows = (
        Attempt.objects.filter(what=what, key__in=counted, at__gt=now - limit.window)
        .values("key")
        .annotate(n=Count("id"))
    )
    return any(row["n"] >= limit.attempts for row in rows)


def record(what: str, counted: list[str], now: datetime) -> None:
    Attempt.objects.filter(at__lt=now - KEPT).delete()
    Attempt.objects.bulk_create(Attempt(what=what, key=key, at=now) for key in counted)


def too_many(request: HttpRequest, what: str) -> HttpResponse:
    limit = LIMITS[what]
    minutes = int(limit.window.total_seconds() // 60)
    hours = minutes // 60
    wait = f"{hours} hour{'s' if hours > 1 else ''}" if hours else f"{minutes} minutes"
    response = render(
        request,
        "coaching/message.html",
        {
            "title": "Too many attempts",
            "text": f"Too many {limit.words} from your address or for this account: "
            f"wait {wait} and try again.",
        },
        status=429,
    )
    response["Retry-After"] = str(int(limit.window.total_seconds()))
    return response
