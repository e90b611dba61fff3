"""The web side of delivery: send buttons, the outbox, notices, the calendar feed and link.

Thin, like the other views: each loads facts and calls `followup.delivery`
or `followup.calendar`, the same functions as `followup send`, `followup
outbox`, `followup outbox confirm` and `followup calendar`.

The feed's token is the only secret in a URL of this app; `web/redact.py`
keeps it out of Django's logs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC
from typing import TYPE_CHECKING, Any

from django.contrib import messages
from django.http import (
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponseForbidden,
    HttpResponseNotFound,
    HttpResponseNotModified,
    HttpResponseRedirect,
    StreamingHttpResponse,
)
from django.shortcuts import render
from django.urls import reverse
from django.utils.text import slugify
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from followup.delivery.outbox import WHERE_TO_LOOK
from followup.errors import FollowupError, InputError
from followup.web import clock
from followup.web.dates import Dates, place
from followup.web.views import dates_for, drafts_page, load, safe_next, user_of

if TYPE_CHECKING:
    from followup.calendar.feed import Stamp
    from followup.delivery.models import Message
    from followup.store.models import User

NO_ACCOUNT = (
    "No mail account is set up to send from, so nothing was queued: set one up in "
    "Settings, under Sending email, or with followup mail smtp; or use Open in mail app."
)
# States whose rows the candidate may still act on, and which the agenda mentions.
ATTENTION = ("failed", "unknown")


def sentence(exc: FollowupError) -> str:
    """An error of the core as one sentence for the page ("The subject is empty.")."""
    from followup.store.services import Refused

    if isinstance(exc, Refused):
        text = f"Refused: {exc.verdict.reason} Nothing was queued."
    elif isinstance(exc, InputError) and exc.field and exc.message.startswith(f"{exc.field}: "):
        rest = exc.message[len(exc.field) + 2 :]
        if exc.field.islower() and rest.split(" ")[0] in ("is", "contains", "has"):
            text = f"The {exc.field} {rest}"
        else:
            text = rest
    else:
        text = exc.message
    text = text[:1].upper() + text[1:] if text[:1].islower() and " " in text[:12] else text
    return text if text.endswith((".", "!", "?")) else text + "."


def when(message: Message, dates: Dates) -> str:
    # In the candidate's zone: the outbox is theirs, not one interview's.
    return dates.moment(message.send_after)


# -- sending a draft ------------------------------------------------------------


@require_POST
def send(request: HttpRequest, interview_id: int) -> HttpResponse:
    """Queue one draft as edited: at the suggested time, or now (the drafts page's buttons).

    1. No SMTP account: nothing is queued, and the page says how to set one.
    2. `outbox.queue_action` checks the words, picks the time, asks the
       guardrails and stores the row, as `followup send --note` does.
    3. An error comes back next to that draft, with the text as typed.
    """
    from followup.delivery.account import account_of
    from followup.delivery.outbox import Words, queue_action

    user = user_of(request)
    load(request, interview_id)  # 404 for an unknown interview
    action_id = request.POST.get("action_id", "")
    subject = request.POST.get("subject", "")
    body = request.POST.get("body", "").replace("\r\n", "\n")
    edited = {"action_id": action_id, "subject": subject, "body": body}
    if not body.strip():
        error = "The message is empty: write it first, nothing was queued."
    elif not account_of(user).smtp_host:
        error = NO_ACCOUNT
    else:
        try:
            message = queue_action(
                user,
                interview_id,
                action_id,
                now=clock.now(),
                immediately=request.POST.get("when") == "now",
                words=Words(subject=subject, body=body),
            )
        except FollowupError as exc:
            error = queue_error(exc, user, interview_id, action_id)
        else:
            messages.success(
                request,
                f"Queued your note to {message.recipient_name} "
                f"<{message.recipient}>: “{message.subject}”, to go out "
                f"{when(message, dates_for(user))}; the worker sends it then.",
            )
            return HttpResponseRedirect(reverse("web:outbox"))
    return drafts_page(request, interview_id, edited={**edited, "error": error}, status=422)


def queue_error(exc: FollowupError, user: User, interview_id: int, action_id: str) -> str:
    """The error of a Send button in the page's words: no internal number of the outbox."""
    from followup.delivery.models import Message
    from followup.delivery.outbox import LIVE

    existing = (
        Message.objects.filter(
            user=user, interview_id=interview_id, action_id=action_id, state__in=LIVE
        )
        .order_by("id")
        .first()
    )
    if existing is not None and "already in the outbox" in exc.message:
        if existing.state == "sent":
            return "This note has already been sent: the outbox shows when."
        return (
            f"This note is already {existing.state} for "
            f"{when(existing, dates_for(user))}: edit or cancel it on its draft."
        )
    return sentence(exc)


@require_POST
def queued_message(request: HttpRequest, interview_id: int, number: int) -> HttpResponse:
    """A queued or failed message, from its draft: Edit (back to a draft), Cancel, or Retry."""
    from followup.delivery.models import Notice
    from followup.delivery.outbox import cancel, get, retry
    from followup.web.views import save_edit

    user = user_of(request)
    load(request, interview_id)
    choice = request.POST.get("answer", "")
    url = reverse("web:drafts", args=[interview_id])
    try:
        message = get(user, number)
        if message.interview_id != interview_id:
            raise InputError("MESSAGE", "that message belongs to another interview")
        anchor = f"{url}#draft-{slugify(message.action_id)}"
        if choice == "edit":
            cancel(user, number)
            save_edit(user, interview_id, message.action_id, message.subject, message.body)
            messages.success(
                request, "Taken out of the outbox: edit the draft, then send it again."
            )
        elif choice == "cancel":
            cancel(user, number)
            messages.success(request, f"Cancelled: “{message.subject}” will not be sent.")
        elif choice == "retry":
            retry(user, number, now=clock.now())
            Notice.objects.filter(user=user, message_id=number).update(seen=True)
            messages.success(request, f"Sending “{message.subject}” again on the next pass.")
        else:
            messages.error(request, "Choose Edit, Cancel or Retry.")
    except FollowupError as exc:
        messages.error(request, sentence(exc))
        return HttpResponseRedirect(url)
    return HttpResponseRedirect(anchor)


# -- the outbox and the notices ---------------------------------------------------


def message_row(message: Message, dates: Dates) -> dict[str, Any]:
    return {
        "id": message.pk,
        "state": message.state,
        "when": when(message, dates),
        "sent": dates.moment(message.sent_at) if message.sent_at else None,
        "to": message.recipient,
        "to_name": message.recipient_name,
        "subject": message.subject,
        "error": message.last_error if message.state != "sent" else "",
        "interview": message.interview_id,
        "confirm": message.state == "unknown",
        "cancel": message.state in ("queued", "failed", "unknown"),
        "retry": message.state == "failed",
    }


@require_safe
def outbox(request: HttpRequest) -> HttpResponse:
    """Every message and its state, newest first, as `followup outbox` lists them."""
    from followup.delivery.account import account_of
    from followup.delivery.models import Message, Notice

    user = user_of(request)
    dates = dates_for(user)
    rows = [message_row(m, dates) for m in Message.objects.filter(user=user).order_by("-id")]
    from followup.delivery.proposals import CONFIRM, DECLINE

    # An invitation's proposal is answered here as on the agenda (web/proposals.py),
    # through the same use case as `followup confirm` and `followup decline`.
    notices = [
        {
            "pk": n.pk,
            "text": n.text,
            "proposal": n.proposal,
            "confirm": CONFIRM.get(n.proposal, ""),
            "decline": DECLINE.get(n.proposal, ""),
        }
        for n in Notice.objects.filter(user=user, seen=False)
    ]
    return render(
        request,
        "web/outbox.html",
        {
            "rows": rows,
            "zone": dates.home.key,
            "zone_place": place(dates.home),
            "notices": notices,
            "account": bool(account_of(user).smtp_host),
            "no_account": NO_ACCOUNT,
            "nav": "outbox",
        },
    )


def not_mine(request: HttpRequest, user: User, number: int) -> HttpResponse | None:
    """A 404 that says so, unless the outbox message is this user's."""
    from followup.delivery.models import Message

    if Message.objects.filter(user=user, pk=number).exists():
        return None
    text = f"No outbox message {number} (followup outbox lists them)."
    return render(request, "404.html", {"text": text}, status=404)


@require_POST
def answer(request: HttpRequest, number: int) -> HttpResponse:
    """Confirm an `unknown` message sent or not sent (`followup outbox confirm`), or cancel one."""
    from followup.delivery.models import Notice
    from followup.delivery.outbox import cancel, confirm, get, retry

    user = user_of(request)
    choice = request.POST.get("answer", "")
    if (missing := not_mine(request, user, number)) is not None:
        return missing
    try:
        if choice in ("sent", "not-sent"):
            sent = choice == "sent"
            confirm(user, number, sent=sent, now=clock.now())
            Notice.objects.filter(user=user, message_id=number).update(seen=True)
            subject = get(user, number).subject
            messages.success(
                request,
                f"“{subject}” recorded as sent."
                if sent
                else f"“{subject}” queued again: the worker sends it on its next pass.",
            )
        elif choice == "cancel":
            cancelled = cancel(user, number)
            Notice.objects.filter(user=user, message_id=number).update(seen=True)
            messages.success(request, f"Cancelled: “{cancelled.subject}” will not be sent.")
        elif choice == "retry":
            again = retry(user, number, now=clock.now())
            Notice.objects.filter(user=user, message_id=number).update(seen=True)
            messages.success(request, f"Sending “{again.subject}” again on the next pass.")
        else:
            messages.error(request, "Choose sent, not sent or cancel.")
    except FollowupError as exc:
        messages.error(request, sentence(exc))
    return HttpResponseRedirect(reverse("web:outbox"))


@require_POST
def dismiss(request: HttpRequest, notice: int) -> HttpResponse:
    from followup.delivery.models import Notice

    if not Notice.objects.filter(user=user_of(request), pk=notice).update(seen=True):
        raise Http404(f"no notice {notice}")
    return HttpResponseRedirect(safe_next(request, reverse("web:outbox")))


# What the agenda must tell, in SQL of its own: through the ORM the two
# statements cost more to build than to run (about 2 ms of every agenda page,
# bench/README.md), and the agenda is the page opened most. The same joins
# and order as Notice and Message's querysets would make.
_NOTICES = """
SELECT n.id, n.text, n.message_id, n.proposal, n.seen
FROM delivery_notice n
JOIN followup_user u ON u.id = n.user_id
LEFT JOIN delivery_message m ON m.id = n.message_id
WHERE u.username = %s AND (NOT n.seen OR (n.seen AND m.state = 'failed'))
ORDER BY n.created, n.id
"""
_MESSAGES = """
SELECT m.id, m.state, m.recipient, m.subject, m.last_error
FROM delivery_message m
JOIN followup_user u ON u.id = m.user_id
WHERE u.username = %s AND m.state IN (%s, %s)
ORDER BY m.id
"""


def attention(username: str) -> list[dict[str, Any]]:
    """What the agenda must tell: unseen notices, and failed or unknown messages (two queries)."""
    from django.db import connection

    from followup.delivery.proposals import CONFIRM, DECLINE

    with connection.cursor() as cursor:
        # One query: the unseen notices, and the dismissed lines of failed messages
        # (a failed message whose line was dismissed is not told again).
        cursor.execute(_NOTICES, [username])
        found = cursor.fetchall()
        cursor.execute(_MESSAGES, [username, *ATTENTION])
        messages_told = cursor.fetchall()
    items: list[dict[str, Any]] = [
        {
            "notice": pk,
            "text": text,
            "message": message,
            # An invitation's proposal: answered with its two buttons (web/proposals.py).
            "proposal": proposal,
            "confirm": CONFIRM.get(proposal, ""),
            "decline": DECLINE.get(proposal, ""),
        }
        for pk, text, message, proposal, seen in found
        if not seen
    ]
    told = {item["message"] for item in items}
    dismissed = {message for _, _, message, _, seen in found if seen}
    for pk, state, recipient, subject, last_error in messages_told:
        if pk in told or (state == "failed" and pk in dismissed):
            continue
        if state == "failed":
            text = f"Your note to {recipient} (“{subject}”) failed: {last_error}"
        else:
            text = (
                f"Your note to {recipient} (“{subject}”) may or may not have gone out: "
                f"{WHERE_TO_LOOK}; then confirm it in the outbox."
            )
        items.append({"notice": None, "text": text, "message": pk, "failed": state == "failed"})
    return items


@require_POST
def dismiss_message(request: HttpRequest, number: int) -> HttpResponse:
    """Stop telling of a failed message on the agenda; it stays in the outbox to retry."""
    from followup.delivery.models import Notice
    from followup.delivery.outbox import get

    user = user_of(request)
    if (missing := not_mine(request, user, number)) is not None:
        return missing
    try:
        message = get(user, number)
    except FollowupError as exc:
        messages.error(request, sentence(exc))
    else:
        Notice.objects.create(
            user=user, text="dismissed", created=clock.now(), message=message, seen=True
        )
    return HttpResponseRedirect(safe_next(request, reverse("web:outbox")))


# -- the calendar -----------------------------------------------------------------


def _calendar(request: HttpRequest, stamp: Stamp, body: Callable[[], Iterable[bytes]]) -> Any:
    """The calendar with its validators: 304 when the poll's ETag (or date) is current,
    headers only for HEAD, else the events streamed as they are written."""
    from django.utils.http import http_date, parse_http_date_safe

    modified = int(stamp.last_modified.timestamp()) if stamp.last_modified else None
    tags = request.headers.get("If-None-Match")
    since = parse_http_date_safe(request.headers.get("If-Modified-Since", ""))
    if tags is not None:
        fresh = tags.strip() == "*" or stamp.etag in [t.strip() for t in tags.split(",")]
    else:
        fresh = since is not None and modified is not None and modified <= since
    response: Any
    if fresh:
        response = HttpResponseNotModified()
    elif request.method == "HEAD":
        response = HttpResponse(content_type="text/calendar; charset=utf-8")
    else:
        response = StreamingHttpResponse(body(), content_type="text/calendar; charset=utf-8")
    response["ETag"] = stamp.etag
    if modified is not None:
        response["Last-Modified"] = http_date(modified)
    return response


@require_safe
def feed(request: HttpRequest, token: str) -> HttpResponse:
    """The subscribable calendar at /calendar/TOKEN.ics: no session, no CSRF, 404 if revoked.

    A poll that finds nothing new costs one query (the token and the store's
    last change) and is answered 304.
    """
    from followup.calendar.feed import FeedNotFound, feed_stamp, stream

    now = clock.now().astimezone(UTC)
    try:
        found = feed_stamp(token, now)
    except FeedNotFound:
        return HttpResponseNotFound(
            "No such calendar feed: the link is wrong or was revoked.\n",
            content_type="text/plain; charset=utf-8",
        )
    response = _calendar(request, found, lambda: stream(found.user_id, now))
    response["Content-Disposition"] = 'inline; filename="followup.ics"'
    # Revalidated on every poll (the ETag makes that cheap); never stored by a proxy.
    response["Cache-Control"] = "private, no-cache"
    response["X-Robots-Tag"] = "noindex"
    return response  # type: ignore[no-any-return]


@require_safe
def download(request: HttpRequest) -> HttpResponse:
    """The whole calendar as one .ics file (as `followup calendar -o FILE`).

    Behind the pages' session: only a browser that opened the pages gets it; a
    calendar program subscribes to the feed link (a token) instead.
    """
    from followup.calendar.feed import stamp_of, stream
    from followup.web.middleware import has_page_session

    if not has_page_session(request):
        return HttpResponseForbidden(
            "Open the calendar from the Settings page of followup, or subscribe to your "
            "calendar feed link (Settings, Calendar).",
            content_type="text/plain; charset=utf-8",
        )

    now = clock.now().astimezone(UTC)
    user = user_of(request)
    response = _calendar(request, stamp_of(user.pk, now), lambda: stream(user.pk, now))
    response["Content-Disposition"] = 'attachment; filename="followup.ics"'
    response["Cache-Control"] = "private, no-cache"
    return response  # type: ignore[no-any-return]


def calendar_state(user: User) -> dict[str, Any]:
    """For the settings page: since when a feed link is active, if one is."""
    from followup.delivery.models import FeedToken

    active = FeedToken.objects.filter(user=user, revoked=None).order_by("-created").first()
    if active is None:
        return {"active": False}
    dates = dates_for(user)
    return {"active": True, "since": dates.day(active.created.astimezone(dates.home).date())}


@never_cache
@require_POST
def calendar_link(request: HttpRequest) -> HttpResponse:
    """Make a new feed link (shown once, here: only its hash is kept) or stop every link."""
    from followup.calendar.feed import new_token, revoke

    user = user_of(request)
    choice = request.POST.get("link", "")
    if choice == "new":
        token = new_token(user, clock.now())
        url = request.build_absolute_uri(reverse("web:feed", args=[token]))
        # webcal:// is the same address; the system hands it to the calendar app.
        webcal = "webcal://" + url.partition("://")[2]
        return render(
            request, "web/calendar_link.html", {"url": url, "webcal": webcal, "nav": "settings"}
        )
    if choice == "revoke":
        count = revoke(user, clock.now())
        messages.success(
            request,
            f"Stopped {count} calendar link{'s' if count != 1 else ''}: "
            "calendars subscribed to it no longer update."
            if count
            else "There was no calendar link to stop.",
        )
    else:
        messages.error(request, "Choose to make a new link or to stop the link.")
    return HttpResponseRedirect(reverse("web:settings") + "#calendar")


# -- the mail account ---------------------------------------------------------------


def mail_state(user: User) -> dict[str, str]:
    """For the settings page: the SMTP server, and where its password is read (never itself)."""
    from followup.delivery.account import account_of, describe

    info: Any = describe(account_of(user))
    smtp = info["smtp"]
    if not smtp["host"]:
        return {"smtp": ""}
    return {
        "smtp": f"{smtp['host']}:{smtp['port']} ({smtp['security']})",
        "sender": str(info["sender"] or ""),
        "password": str(smtp["password"] or ""),
    }


SECURITY = (
    ("starttls", "STARTTLS (usually port 587)"),
    ("tls", "TLS (usually port 465)"),
    ("none", "None (a server on this machine only)"),
)


def _mail_form(account: Any) -> Any:
    from followup.web.forms import Field, Form

    return Form(
        [
            Field("host", "SMTP server", value=account.smtp_host, required=True,
                  help="For example smtp.fastmail.com or smtp.gmail.com."),
            Field("port", "Port", value=str(account.smtp_port)),
            Field("security", "Security", kind="select", value=account.smtp_security,
                  choices=SECURITY, help="Certificates are always verified."),
            Field("user", "Login", value=account.smtp_user, autocomplete="username"),
            Field("password", "Where the password is", value=account.smtp_password,
                  help="Never the password itself: env:VARIABLE (an environment variable "
                  "of followup serve), file:PATH (a file only you can read), or keyring "
                  "(store it first with followup mail smtp --password-keyring)."),
            Field("sender", "Your address", value=account.sender, kind="email",
                  autocomplete="email", help="The From address; empty: your email setting."),
            Field("sender_name", "Your name", value=account.sender_name, autocomplete="name",
                  help="As recipients see it; empty: your name setting."),
        ]
    )  # fmt: skip


# How the mail use cases' fields are called in this form's sentences ("The name contains ...").
FIELD_NAMES = {"port": "the Port field", "sender": "address", "sender_name": "name"}


@require_http_methods(["GET", "HEAD", "POST"])
def mail_settings(request: HttpRequest) -> HttpResponse:
    """The SMTP account, as `followup mail smtp`: each field checked, the password never kept.

    `mail_settings.set_smtp` checks it, as for the command: a host name or IP
    address without a port, a password variable that is set or a file that
    can be read, and no login over an unencrypted connection except to a
    server on this machine. Every wrong field is shown at once.
    """
    from followup.delivery.account import account_of
    from followup.delivery.mail_settings import AccountErrors, Server, set_smtp

    user = user_of(request)
    form = _mail_form(account_of(user))
    if request.method == "POST":
        form.fill(request.POST)
        try:
            server = Server(
                host=form.value("host"),
                port=form.value("port"),
                security=form.value("security"),
                login=form.value("user"),
                password=form.value("password"),
            )
            account = set_smtp(
                user,
                server,
                sender=form.value("sender") or None,
                sender_name=form.value("sender_name"),
                names=FIELD_NAMES,
            ).account
        except AccountErrors as exc:
            for field, error in exc.errors:
                form.error(field, sentence(error))
        else:
            where = f"{account.smtp_host}:{account.smtp_port} ({account.smtp_security})"
            messages.success(request, f"SMTP set: {where}.")
            return HttpResponseRedirect(reverse("web:settings") + "#mail")
        if form["password"].error:
            form["password"].value = ""  # perhaps the password itself: never shown back
        if not form.value("host"):
            form["host"].error = "Give the name of your SMTP server."
    return render(
        request,
        "web/mail_settings.html",
        {"form": form, "nav": "settings"},
        status=200 if form.valid else 422,
    )
