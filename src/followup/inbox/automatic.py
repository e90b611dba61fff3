"""Mail no person wrote: auto-replies (RFC 3834), delivery reports, read receipts.

Bounces are read by flufl.bounce (GNU Mailman's detectors: RFC 3464 reports
and the non-standard formats of Exim, qmail, Postfix, Exchange and others);
measured on our reference bounces, see docs/delivery.md.
"""

from __future__ import annotations

import re
from email.message import Message

from followup.inbox.text import header

# Subjects of out-of-office replies in the languages of the mail we meet.
VACATION_SUBJECT = re.compile(
    r"^(?:automatic reply|auto(?:matic)?[- ]?reply|auto[- ]?response|autoreply|"
    r"out of (?:the )?office|out-of-office|on vacation|on leave|away from (?:the )?office|"
    r"réponse automatique|absence du bureau|absent(?:e)? du bureau|"
    r"automatische antwort|abwesenheitsnotiz|abwesend|"
    r"respuesta automática|fuera de la oficina|ausente|"
    r"risposta automatica|fuori ufficio|resposta automática|ausência|"
    r"automatisch antwoord|afwezig|autosvar|frånvaro|"
    r"автоматический ответ|нет на месте|отпуск|"
    r"自動応答|自动回复)\b",
    re.I,
)
# Not "list": a mailing list's message is no reply of any kind (`other`).
AUTO_PRECEDENCE = {"auto_reply", "bulk", "junk"}
REPORT_DSN = "delivery-status"
REPORT_MDN = "disposition-notification"
BOUNCE_SENDER = re.compile(r"^(?:mailer-daemon|postmaster|mail delivery|mailer)", re.I)
BOUNCE_SUBJECT = re.compile(
    r"(?:undeliver|undelivered|delivery status notification \(failure\)|"
    r"mail delivery failed|failure notice|returned mail|delivery failure|"
    r"non remis|unzustellbar|no se puede entregar)",
    re.I,
)


def report_type(mail: Message) -> str | None:
    """The report-type of a multipart/report, lower case, else None."""
    if mail.get_content_type() != "multipart/report":
        return None
    value = mail.get_param("report-type")
    return str(value).lower() if isinstance(value, str) else None


def is_read_receipt(mail: Message) -> bool:
    """RFC 8098: a multipart/report of type disposition-notification."""
    if report_type(mail) == REPORT_MDN:
        return True
    # Exchange marks its receipts by class even when they are not a report.
    if "mdn" in (header(mail, "Content-Class") or "").lower():
        return True
    return any(
        part.get_content_type() == "message/disposition-notification" for part in mail.walk()
    )


def auto_reply_reason(mail: Message) -> str | None:
    """Why this is an automatic reply (the header or subject that says so), else None."""
    submitted = (header(mail, "Auto-Submitted") or "").lower()
    if submitted and submitted.split(";")[0].strip() != "no":
        return f"Auto-Submitted: {submitted}"
    for name in ("X-Autoreply", "X-Autorespond", "X-Auto-Response-Suppress"):
        if header(mail, name) is not None:
            return name
    precedence = (header(mail, "Precedence") or "").lower().strip()
    if precedence in AUTO_PRECEDENCE:
        return f"Precedence: {precedence}"
    subject = header(mail, "Subject") or ""
    if VACATION_SUBJECT.match(subject):
        return "subject"
    return None


def failed_recipients(mail: Message) -> tuple[list[str], list[str]]:
    """(permanent, temporary) failures a bounce reports, each sorted and lower case."""
    from flufl.bounce import all_failures

    try:
        temporary, permanent = all_failures(mail)
    except (ValueError, LookupError, UnicodeError, IndexError, TypeError):
        return [], []

    def text(found: frozenset[bytes]) -> list[str]:
        return sorted({a.decode("ascii", "replace").strip("<>").lower() for a in found})

    failed = text(frozenset(permanent))
    if not failed and looks_like_bounce(mail):
        # Exim and Gmail name the address in a header too, whatever the body's form.
        named = header(mail, "X-Failed-Recipients") or ""
        failed = sorted({a.strip().strip("<>").lower() for a in named.split(",") if "@" in a})
    return failed, text(frozenset(temporary))


ACTION = re.compile(r"^\s*action\s*:\s*([a-z-]+)", re.I | re.M)


def dsn_actions(mail: Message) -> set[str]:
    """The Action fields of a delivery report (failed, delayed, delivered, relayed, expanded)."""
    from followup.inbox.text import part_text

    found: set[str] = set()
    for part in mail.walk():
        if part.get_content_type() == "message/delivery-status":
            payload = part.get_payload()
            text = (
                "\n".join(str(p) for p in payload) if isinstance(payload, list) else part_text(part)
            )
            found |= {a.lower() for a in ACTION.findall(text)}
    return found


def looks_like_bounce(mail: Message) -> bool:
    """A delivery report by its form, even when no failed address can be read from it."""
    if report_type(mail) == REPORT_DSN:
        return True
    sender = " ".join(filter(None, [header(mail, "From")])).lower()
    local = sender.split("<")[-1]
    return bool(
        (BOUNCE_SENDER.match(local) or BOUNCE_SENDER.match(sender))
        and BOUNCE_SUBJECT.search(header(mail, "Subject") or "")
    )
