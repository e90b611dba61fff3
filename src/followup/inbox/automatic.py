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
# Senders no person writes from: a mail system's own reports.
SYSTEM_SENDER = re.compile(
    r"^(?:mailer[-_]?daemon|mail[-_]?daemon|postmaster|post_master|mail delivery|mailer)\b", re.I
)
# Subjects that say delivery failed, from a system sender or any other.
BOUNCE_SUBJECT = re.compile(
    r"^(?:undeliverable|undelivered mail|undeliverable mail|mail delivery failed|"
    r"delivery status notification \(failure\)|returned mail|failure notice|"
    r"delivery failure|message not delivered|non remis|unzustellbar|no se puede entregar|"
    r"mail system error|delivery status notification: error)",
    re.I,
)
# A system's report that has not failed yet (or reports success).
NEWS_SUBJECT = re.compile(
    r"(?:\bdelay|\bdelayed\b|still being retried|will (?:be )?retr|\bwarning\b|"
    r"could not send mail for past|\(success\)|successful|\brelayed\b|\bdelivered\b)",
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

    if not is_report(mail):
        # flufl.bounce's loosest detectors also fire on a person's reply that
        # quotes a header block ("To: a@b, c@d"): only reports are scanned.
        return [], []
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
    if not failed:
        # RFC 3464's own fields, where flufl.bounce's detectors pass (an "expired" action).
        failed = sorted(set(report_failures(mail)))
    return failed, text(frozenset(temporary))


RECIPIENT = re.compile(
    r"(?m)^\s*(final|original)-recipient\s*:\s*[^;]*;\s*<?([^\s<>]+@[^\s<>]+)>?", re.I
)


def report_failures(mail: Message) -> list[str]:
    """Final-Recipient (else Original-Recipient) of each failed or expired block of a report."""
    from followup.inbox.text import part_text

    found: list[str] = []
    for part in mail.walk():
        if part.get_content_type() != "message/delivery-status":
            continue
        payload = part.get_payload()
        text = "\n".join(str(p) for p in payload) if isinstance(payload, list) else part_text(part)
        for block in re.split(r"\n\s*\n", text):
            if {a.lower() for a in ACTION.findall(block)} & {"failed", "expired"}:
                addresses = dict(
                    (kind.lower(), address.lower())
                    for kind, address in RECIPIENT.findall("\n".join(block.splitlines()))
                )
                chosen = addresses.get("final") or addresses.get("original")
                if chosen:
                    found.append(chosen)
    return found


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


def system_sender(mail: Message) -> bool:
    """From a mail system (MAILER-DAEMON, postmaster), or from nobody (`<>`)."""
    from followup.inbox.text import addresses

    found = addresses(mail, "From")
    if not found:
        raw = (header(mail, "From") or "").strip()
        return not raw or "<>" in raw or bool(SYSTEM_SENDER.match(raw.strip('"')))
    name, address = found[0]
    return bool(SYSTEM_SENDER.match(address) or (name and SYSTEM_SENDER.match(name)))


def delivery_report(mail: Message) -> str | None:
    """ "failed" for a report that delivery failed, "news" for a delay or a success, else None."""
    if report_type(mail) == REPORT_DSN:
        actions = dsn_actions(mail)
        # "expired": the server gave up retrying, as good as failed.
        return "failed" if actions & {"failed", "expired"} or not actions else "news"
    subject = header(mail, "Subject") or ""
    if BOUNCE_SUBJECT.match(subject):
        return "failed"
    if system_sender(mail):
        return "news" if NEWS_SUBJECT.search(subject) else "failed"
    return None


def is_report(mail: Message) -> bool:
    """Sent by a mail system about delivery: a report, a system sender, a null Return-Path."""
    return (
        delivery_report(mail) is not None
        or header(mail, "X-Failed-Recipients") is not None
        or (header(mail, "Return-Path") or "").strip() == "<>"
    )


def looks_like_bounce(mail: Message) -> bool:
    """A report that delivery failed, even when no failed address can be read from it."""
    return delivery_report(mail) == "failed"
