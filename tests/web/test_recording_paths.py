"""One path for every recorded event: the file, the command line, the web and the inbox agree.

The same contact without a recipient gets the same recipient whichever way
it comes in; a reply is recorded by one function whoever records it; and
whether the check-in a reply asked for is still open is judged by the plan.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from followup.etiquette.model import Contact, ContactKind, Outcome, OutcomeKind, Purpose
from followup.interview_file import Defaults, load_interview
from followup.record.recipient import default_recipient
from tests.factories import local, make_interview, with_contacts
from tests.store_support import run, write

# The interview the web's fixtures store, as a file: the same people, no contact
# marked, so the first listed (Priya Raman) is the contact person.
PANEL = """\
company: Northwind Analytics
role: Senior Data Engineer
start: 2026-11-17 10:00
timezone: America/New_York
interviewers:
  - {name: Priya Raman, email: priya@northwind.example}
  - {name: Marcus Bell, email: marcus@northwind.example}
contacts:
  - {kind: KIND, PURPOSE at: "2026-11-18 09:00"}
"""


def from_file(tmp_path: Path, kind: str, purpose: str | None) -> str | None:
    text = PANEL.replace("KIND", kind).replace(
        "PURPOSE ", f"purpose: {purpose}, " if purpose else ""
    )
    path = write(tmp_path, "panel.yaml", text)
    (contact,) = load_interview(path, Defaults(timezone="UTC", country="US")).contacts
    return contact.to


def stored_recipients(user: Any, interview_id: int) -> list[str | None]:
    from followup.store import services

    return [c.to for c in services.load(user, interview_id).interview.contacts]


@pytest.mark.parametrize(
    ("action", "kind", "purpose", "expected"),
    [
        ("visit", "visit", None, None),
        ("gift", "gift", None, None),
        ("call", "call", None, "Priya Raman"),
        ("check_in", "email", "check_in", "Priya Raman"),
    ],
)
def test_a_contact_without_to_gets_the_same_recipient_from_file_cli_and_web(
    client: Any,
    user: Any,
    interview_id: int,
    tmp_path: Path,
    action: str,
    kind: str,
    purpose: str | None,
    expected: str | None,
) -> None:
    assert from_file(tmp_path, kind, purpose) == expected
    cli = run("log", str(interview_id), action, "--at", "2026-11-18 09:00", "--override", "test")
    assert cli.code == 0, cli.err
    response = client.post(
        f"/interviews/{interview_id}/log/",
        {"action": action, "at": "2026-11-18T09:30", "override": "test"},
    )
    assert response.status_code == 302, response.content.decode()
    assert stored_recipients(user, interview_id) == [expected, expected]
    rule = default_recipient(
        make_interview().interviewers,
        ContactKind(kind),
        Purpose(purpose) if purpose else None,
    )
    assert rule == expected


def spy(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Count the calls of the one reply function, noting who made them."""
    from followup.record import reply as reply_module

    calls: list[str] = []
    real: Callable[..., Any] = reply_module.record_reply

    def recording(*args: Any, **kwargs: Any) -> Any:
        calls.append("inbox" if kwargs.get("from_inbox") else "typed")
        return real(*args, **kwargs)

    monkeypatch.setattr(reply_module, "record_reply", recording)
    return calls


def test_one_reply_function_records_for_the_cli_the_web_and_the_inbox(
    client: Any, user: Any, interview_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    from followup.delivery.account import account_of
    from followup.delivery.boot import setup
    from followup.delivery.replies import record

    calls = spy(monkeypatch)
    assert (
        run("reply", str(interview_id), "--at", "2026-11-18 09:00", "--says", "Thanks!").code == 0
    )
    response = client.post(
        f"/interviews/{interview_id}/reply/", {"at": "2026-11-18T09:10", "says": "Thanks!"}
    )
    assert response.status_code == 302
    account = account_of(setup())
    at = datetime(2026, 11, 18, 14, 20, tzinfo=UTC)
    assert record(account, interview_id, "Marcus Bell", at, "Thanks, we will be in touch.")
    assert calls == ["typed", "typed", "inbox"]
    replies = [c for c in stored_contacts(user, interview_id) if c.kind is ContactKind.REPLY]
    assert [r.to for r in replies] == [None, None, "Marcus Bell"]


def stored_contacts(user: Any, interview_id: int) -> tuple[Contact, ...]:
    from followup.store import services

    return services.load(user, interview_id).interview.contacts


def test_a_reopened_check_in_is_open_only_while_the_plan_has_it() -> None:
    from followup.etiquette.policy import DEFAULT
    from followup.record.reply import reply_opens

    sent = Contact(
        kind=ContactKind.EMAIL,
        at=local("2026-11-24 10:00"),
        purpose=Purpose.CHECK_IN,
        to="Priya Raman",
    )
    reply = Contact(
        kind=ContactKind.REPLY, at=local("2026-11-25 10:00"), says="Check back next week."
    )
    asked = with_contacts(make_interview(), sent, reply)
    opened = reply_opens(asked, reply, DEFAULT)
    assert opened is not None and opened.request is not None
    # The outcome settles it: the plan cancels that check-in, so it is not open.
    ended = with_contacts(
        make_interview(outcome=Outcome(OutcomeKind.OFFER, local("2026-11-26 10:00"))),
        sent,
        reply,
    )
    assert reply_opens(ended, reply, DEFAULT) is None
