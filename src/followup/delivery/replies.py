"""Reply detection by IMAP polling: the employer answered, so stop chasing them.

Each pass reads the headers of the messages that arrived since the last UID
seen (`BODY.PEEK`, so nothing is marked read) and, for each:

1. If In-Reply-To or References names one of our Message-IDs, it is about
   that message's interview.
2. Else, if it is from an interviewer's address, it is about the latest of
   that person's interviews whose check-in or call is still open.
3. Dated after the interview's start, it is recorded as the employer's reply
   (the store replans: the check-in and the call are cancelled), and the
   candidate is told.
"""

from __future__ import annotations

import contextlib
import imaplib
import re
import ssl
from datetime import UTC, datetime
from email.parser import BytesHeaderParser
from email.utils import getaddresses, parsedate_to_datetime
from typing import TYPE_CHECKING

from followup.errors import FollowupError

if TYPE_CHECKING:
    from email.message import Message as Mail

    from followup.delivery.models import Account
    from followup.delivery.worker import Tick

IMAP_TIMEOUT = 60
HEADERS = "FROM SUBJECT DATE MESSAGE-ID IN-REPLY-TO REFERENCES"
MESSAGE_IDS = re.compile(r"<[^<>\s]+>")


def connect(account: Account) -> imaplib.IMAP4:
    from followup.delivery.account import password

    imap: imaplib.IMAP4
    context = ssl.create_default_context()
    if account.imap_security == "tls":
        imap = imaplib.IMAP4_SSL(
            account.imap_host, account.imap_port, ssl_context=context, timeout=IMAP_TIMEOUT
        )
    else:
        imap = imaplib.IMAP4(account.imap_host, account.imap_port, timeout=IMAP_TIMEOUT)
        if account.imap_security == "starttls":
            imap.starttls(ssl_context=context)
    imap.login(account.imap_user, password("imap", account) or "")
    return imap


def match(account: Account, mail: Mail) -> tuple[int, str | None] | None:
    """(interview ID, interviewer's name or None) this mail answers, if any."""
    from followup.delivery.models import Message
    from followup.store.models import Action, Interviewer

    refs = MESSAGE_IDS.findall(f"{mail.get('In-Reply-To', '')} {mail.get('References', '')}")
    if refs:
        ours = (
            Message.objects.filter(user=account.user, message_id__in=refs)
            .exclude(interview=None)
            .order_by("-id")
            .first()
        )
        if ours is not None and ours.interview_id is not None:
            return ours.interview_id, ours.recipient_name or None
    senders = [a.lower() for _, a in getaddresses([str(mail.get("From", ""))]) if a]
    if not senders:
        return None
    seats = (
        Interviewer.objects.filter(user=account.user, person__email__iexact=senders[0])
        .select_related("person", "interview")
        .order_by("-interview__start")
    )
    for seat in seats:
        if Action.objects.filter(
            interview_id=seat.interview_id, kind__in=("check_in", "call")
        ).exists():
            return seat.interview_id, seat.person.name
    return None


def record(account: Account, interview_id: int, name: str | None, at: datetime) -> bool:
    """Log the reply through the store's write path; false when it predates the interview."""
    from followup.etiquette.model import Contact, ContactKind, Interview
    from followup.store import services

    recorded = []

    def change(interview: Interview) -> Interview:
        if at < interview.start:
            return interview
        person = interview.interviewer(name) if name else None
        moment = at.astimezone(interview.tz).replace(microsecond=0)
        reply = Contact(kind=ContactKind.REPLY, at=moment, to=person.name if person else None)
        if reply in interview.contacts:
            return interview
        recorded.append(reply)
        return services.rebuild(interview, contacts=(*interview.contacts, reply))

    services.update(account.user, interview_id, change)
    return bool(recorded)


def poll(account: Account, now: datetime, tick: Tick) -> None:
    """Read the new messages of the account's folder once; see the module's docstring."""
    from followup.delivery.worker import tell

    imap = connect(account)
    try:
        status, _ = imap.select(account.imap_folder, readonly=True)
        if status != "OK":
            raise FollowupError(f"IMAP: no folder {account.imap_folder!r}")
        validity = int((imap.response("UIDVALIDITY")[1] or [b"0"])[0] or 0)
        if validity != account.imap_uidvalidity:
            account.imap_uidvalidity = validity
            account.imap_last_uid = 0
        _, data = imap.uid("SEARCH", f"UID {account.imap_last_uid + 1}:*")
        uids = sorted(int(u) for u in (data[0] or b"").split() if int(u) > account.imap_last_uid)
        parser = BytesHeaderParser()
        for uid in uids:
            _, fetched = imap.uid("FETCH", str(uid), f"(BODY.PEEK[HEADER.FIELDS ({HEADERS})])")
            raw = next((part[1] for part in fetched if isinstance(part, tuple)), b"")
            mail = parser.parsebytes(raw)
            found = match(account, mail)
            if found is not None:
                interview_id, name = found
                try:
                    at = parsedate_to_datetime(str(mail["Date"])).astimezone(UTC)
                except (TypeError, ValueError):
                    at = now
                if record(account, interview_id, name, min(at, now)):
                    who = name or "The employer"
                    text = (
                        f"{who} replied about interview {interview_id} "
                        f"({mail.get('Subject', '')!s}): the check-in and the call are "
                        "no longer needed."
                    )
                    tell(account.user, text, now)
                    tick.replies.append(text)
            account.imap_last_uid = uid
        account.save(update_fields=["imap_uidvalidity", "imap_last_uid"])
    finally:
        with contextlib.suppress(imaplib.IMAP4.error, OSError):
            imap.logout()


def poll_all(now: datetime, tick: Tick) -> None:
    from followup.delivery.models import Account

    for account in Account.objects.exclude(imap_host="").select_related("user"):
        try:
            poll(account, now, tick)
        except (imaplib.IMAP4.error, OSError, FollowupError) as exc:
            tick.errors.append(f"IMAP {account.imap_host}: {exc}")
