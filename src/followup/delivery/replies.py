"""Reply detection by IMAP polling: the employer answered, so stop chasing them.

Each pass reads the headers of the messages that arrived since the last UID
seen (`BODY.PEEK`, so nothing is marked read) and, for each:

1. If In-Reply-To or References names one of our Message-IDs, it is about
   that message's interview.
2. Else, if it is from an interviewer's address, it is about the latest of
   that person's interviews whose check-in or call is still open.
3. Dated after the interview's start, it is recorded as the employer's reply
   with their words (the store replans: the check-in and the call are
   cancelled, unless their words give a timeframe to check back after, which
   opens one more check-in), and the candidate is told.

Their words are the message's first text/plain part (else its HTML made
crudely into text), read with `BODY.PEEK[]` too, minus the quoted history,
on one line, at most `SAYS_LIMIT` characters.
"""

from __future__ import annotations

import contextlib
import email.policy
import html
import imaplib
import re
import ssl
import unicodedata
from datetime import UTC, datetime
from email.message import EmailMessage
from email.parser import BytesHeaderParser, BytesParser
from email.utils import getaddresses, parsedate_to_datetime
from typing import TYPE_CHECKING

from followup.errors import FollowupError

if TYPE_CHECKING:
    from email.message import Message as Mail

    from followup.delivery.models import Account
    from followup.delivery.worker import Tick
    from followup.record.reply import Replied

IMAP_TIMEOUT = 60
HEADERS = "FROM SUBJECT DATE MESSAGE-ID IN-REPLY-TO REFERENCES"
MESSAGE_IDS = re.compile(r"<[^<>\s]+>")
# Enough for any reply's own words; the planner reads only a timeframe in them,
# and a long thread would otherwise fill the store and every notice.
SAYS_LIMIT = 1000
# Only the start of the message is fetched: the text part comes before any
# attachment in the mail clients we know, and a 20 MB attachment stays unread.
BODY_BYTES = 256 * 1024
WROTE = re.compile(r"\bwrote:\s*$", re.IGNORECASE)
ORIGINAL = re.compile(r"^-{2,}\s*original message\s*-{2,}$", re.IGNORECASE)
HTML_HIDDEN = re.compile(r"<(script|style|head|blockquote)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
HTML_BREAK = re.compile(r"<\s*(br|/p|/div|/li|/tr|/h\d)\b[^>]*>", re.IGNORECASE)
HTML_TAG = re.compile(r"<[^>]*>")


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


def html_to_text(markup: str) -> str:
    """Crude, on purpose: only the words matter, and quoted blocks go entirely."""
    text = HTML_HIDDEN.sub(" ", markup)
    text = HTML_BREAK.sub("\n", text)
    return html.unescape(HTML_TAG.sub(" ", text))


def body_text(raw: bytes) -> str:
    """The message's own text, decoded: first text/plain part, else text/html."""
    mail = BytesParser(policy=email.policy.default).parsebytes(raw)
    if not isinstance(mail, EmailMessage):
        return ""
    for kind in ("plain", "html"):
        part = mail.get_body(preferencelist=(kind,))
        if part is None:
            continue
        try:
            text = str(part.get_content())
        except (LookupError, ValueError, AssertionError, UnicodeError):
            # An unknown charset or a cut-off base64 tail: keep what can be read.
            payload = part.get_payload(decode=True)
            text = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else ""
        return html_to_text(text) if kind == "html" else text
    return ""


def own_words(text: str) -> str | None:
    """Their new words only, on one line, capped; None when nothing is left.

    Quoted history would read the candidate's own "check back on Friday" as
    theirs, so quoted lines go, and so does everything after an
    "On ... wrote:" or "-----Original Message-----" line.
    """
    lines = text.splitlines()
    kept: list[str] = []
    for index, line in enumerate(lines):
        stripped = line.strip()
        if ORIGINAL.match(stripped):
            break
        if stripped.startswith("On ") and (
            WROTE.search(stripped)
            # Mail clients wrap a long attribution line onto the next one.
            or (index + 1 < len(lines) and WROTE.search(lines[index + 1].strip()))
        ):
            break
        if stripped.startswith(">"):
            continue
        kept.append(line)
    visible = "".join(
        c if c.isspace() or not unicodedata.category(c).startswith("C") else " "
        for c in "\n".join(kept)
    )
    words = " ".join(visible.split())[:SAYS_LIMIT].rstrip()
    return words or None


def fetch_words(imap: imaplib.IMAP4, uid: int) -> str | None:
    _, fetched = imap.uid("FETCH", str(uid), f"(BODY.PEEK[]<0.{BODY_BYTES}>)")
    raw = next((part[1] for part in fetched if isinstance(part, tuple)), b"")
    return own_words(body_text(raw)) if raw else None


def record(
    account: Account, interview_id: int, name: str | None, at: datetime, says: str | None = None
) -> Replied | None:
    """Log the reply through the one reply path; None when it predates the interview."""
    from followup.record.reply import record_reply

    return record_reply(
        account.user, interview_id, now=at, at=at, sender=name, says=says, from_inbox=True
    )


def check_back_news(account: Account, replied: Replied) -> str:
    """The sentence about the check-in this reply opened, or "" when it opened none."""
    from zoneinfo import ZoneInfo

    from followup import config
    from followup.record.reply import what_opens
    from followup.store import services

    if replied.opened is None:
        return ""
    # In the candidate's zone, named, as `followup reply` says it.
    zone = ZoneInfo(config.value_of("timezone", services.settings_of(account.user)))
    return ". " + what_opens(replied.opened, zone)


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
                says = fetch_words(imap, uid)
                recorded = record(account, interview_id, name, min(at, now), says)
                if recorded is not None:
                    who = name or "The employer"
                    news = check_back_news(account, recorded)
                    # A reply that asks for more does not end the waiting: say what opens.
                    outlook = news if news else ": the check-in and the call are no longer needed."
                    text = (
                        f"{who} replied about interview {interview_id} "
                        f"({mail.get('Subject', '')!s}){outlook}"
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
