"""Reply detection against a real IMAP server (dovecot on loopback)."""

from __future__ import annotations

import imaplib
import time
from datetime import UTC

import pytest

from tests.delivery.dovecot_fixtures import imap_password as imap_password
from tests.delivery.dovecot_fixtures import imap_server as imap_server
from tests.delivery.dovecot_fixtures import inbox as inbox
from tests.delivery.imap_server import ImapServer, available
from tests.factories import local

pytestmark = pytest.mark.skipif(available() is not None, reason=str(available()))


def deliver(server: ImapServer, headers: dict[str, str], body: str | bytes = "Thanks!\r\n") -> None:
    head = "".join(f"{k}: {v}\r\n" for k, v in headers.items()) + "\r\n"
    raw = head.encode() + (body if isinstance(body, bytes) else body.encode())
    with imaplib.IMAP4(server.host, server.port) as imap:
        imap.login(server.user, server.password)
        imap.append("INBOX", "", imaplib.Time2Internaldate(time.time()), raw)


def open_actions() -> set[str]:
    from followup.store.models import Action

    return set(Action.objects.filter(interview_id=1).values_list("action_id", flat=True))


def test_a_message_from_the_interviewer_cancels_the_check_in(inbox: ImapServer) -> None:
    from followup.delivery.models import Notice
    from followup.delivery.worker import run_once

    assert "check_in" in open_actions()
    deliver(
        inbox,
        {
            "From": "Someone Else <someone@elsewhere.example>",
            "Subject": "Newsletter",
            "Date": "Wed, 18 Nov 2026 09:00:00 -0500",
        },
    )
    assert run_once(local("2026-11-18 10:00")).replies == []
    assert "check_in" in open_actions()
    deliver(
        inbox,
        {
            "From": "Priya Raman <Priya@Northwind.example>",
            "Subject": "Next steps",
            "Date": "Thu, 19 Nov 2026 15:30:00 -0500",
        },
    )
    tick = run_once(local("2026-11-19 16:00"))
    assert tick.replies == [
        "Priya Raman replied about interview 1 (Next steps): the check-in and the call are "
        "no longer needed."
    ]
    assert "check_in" not in open_actions() and "call" not in open_actions()
    assert [n.text for n in Notice.objects.all()] == tick.replies
    # Read once: the next pass finds nothing new.
    assert run_once(local("2026-11-19 16:05")).replies == []


def test_a_reply_to_one_of_our_message_ids_counts_whoever_sends_it(inbox: ImapServer) -> None:
    from followup.delivery.boot import setup
    from followup.delivery.outbox import queue_action
    from followup.delivery.worker import run_once
    from followup.etiquette.model import ContactKind
    from followup.store import services

    noon = local("2026-11-17 12:00")
    sent = queue_action(setup(), 1, "thank_you:marcus-bell", now=noon, immediately=True)
    assert run_once(noon).sent == [sent.pk]
    deliver(
        inbox,
        {
            "From": "Recruiting <talent@northwind.example>",
            "Subject": "Re: " + sent.subject,
            "Date": "Wed, 18 Nov 2026 11:00:00 -0500",
            "In-Reply-To": sent.message_id,
            "References": sent.message_id,
        },
    )
    tick = run_once(local("2026-11-18 12:00"))
    assert len(tick.replies) == 1 and tick.replies[0].startswith("Marcus Bell replied")
    assert "check_in" not in open_actions()
    contacts = services.load(setup(), 1).interview.contacts
    replies = [c for c in contacts if c.kind is ContactKind.REPLY]
    assert [(c.at.astimezone(UTC).isoformat(), c.to) for c in replies] == [
        ("2026-11-18T16:00:00+00:00", "Marcus Bell")
    ]


PRIYA = {
    "From": "Priya Raman <priya@northwind.example>",
    "Subject": "Re: Thank you",
    "Date": "Thu, 19 Nov 2026 15:30:00 -0500",
}


def replies_said() -> list[str | None]:
    from followup.delivery.boot import setup
    from followup.etiquette.model import ContactKind
    from followup.store import services

    contacts = services.load(setup(), 1).interview.contacts
    return [c.says for c in contacts if c.kind is ContactKind.REPLY]


def check_in_2() -> str | None:
    """When the open check_in:2 may go out, in UTC; None when there is none."""
    from followup.store.models import Action

    row = Action.objects.filter(interview_id=1, action_id="check_in:2").first()
    return None if row is None else row.not_before.astimezone(UTC).isoformat()


def test_their_words_asking_to_check_back_open_one_more_check_in(inbox: ImapServer) -> None:
    from followup.delivery.worker import run_once

    deliver(
        inbox,
        PRIYA,
        "Hi Sam,\r\n\r\nStill deciding, please   check back\tnext week.\x07\r\n\r\nPriya\r\n",
    )
    tick = run_once(local("2026-11-19 16:00"))
    assert replies_said() == ["Hi Sam, Still deciding, please check back next week. Priya"]
    assert "check_in:2" in open_actions() and "call" not in open_actions()
    assert check_in_2() == "2026-11-23T14:00:00+00:00"
    # Monday 09:00 in New York, told in the candidate's zone (the setting's default, UTC).
    assert tick.replies == [
        "Priya Raman replied about interview 1 (Re: Thank you). They asked you to check "
        "back: one more check-in opens Mon 23 Nov 14:00 UTC (09:00 New York time)."
    ]


def test_quoted_history_is_not_read_as_their_words(inbox: ImapServer) -> None:
    from followup.delivery.worker import run_once

    body = (
        "Thanks Sam, we are still talking it over.\r\n"
        "> Could I check back on Friday?\r\n"
        "\r\n"
        "On Tue, Nov 17, 2026 at 2:00 PM Sam Lee <sam@candidate.example>\r\n"
        "wrote:\r\n"
        "I will check back on Friday.\r\n"
        "-----Original Message-----\r\n"
        "Please check back on Friday.\r\n"
    )
    deliver(inbox, PRIYA, body)
    tick = run_once(local("2026-11-19 16:00"))
    assert replies_said() == ["Thanks Sam, we are still talking it over."]
    assert check_in_2() is None
    assert "check_in" not in open_actions() and "call" not in open_actions()
    assert tick.replies[0].endswith("the check-in and the call are no longer needed.")


def test_an_outlook_style_original_message_line_ends_their_words(inbox: ImapServer) -> None:
    from followup.delivery.worker import run_once

    body = "Noted, thank you.\r\n\r\n-----Original Message-----\r\nCheck back next week\r\n"
    deliver(inbox, PRIYA, body)
    run_once(local("2026-11-19 16:00"))
    assert replies_said() == ["Noted, thank you."]
    assert check_in_2() is None


def test_the_text_part_of_a_multipart_message_is_read(inbox: ImapServer) -> None:
    import base64

    from followup.delivery.worker import run_once

    text = base64.encodebytes("We\u2019ll decide soon: check back next week, Sam.\n".encode())
    body = (
        "--b1\r\n"
        "Content-Type: text/html; charset=utf-8\r\n\r\n"
        "<p>HTML says <b>check back tomorrow</b></p>\r\n"
        "--b1\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n"
        "Content-Transfer-Encoding: base64\r\n\r\n" + text.decode() + "--b1--\r\n"
    )
    deliver(
        inbox,
        {**PRIYA, "MIME-Version": "1.0", "Content-Type": 'multipart/alternative; boundary="b1"'},
        body,
    )
    run_once(local("2026-11-19 16:00"))
    assert replies_said() == ["We\u2019ll decide soon: check back next week, Sam."]
    assert check_in_2() == "2026-11-23T14:00:00+00:00"


def test_an_html_only_message_is_turned_into_text(inbox: ImapServer) -> None:
    from followup.delivery.worker import run_once

    body = (
        "<html><head><style>p {color: red}</style></head><body>"
        "<p>Thanks &amp; talk soon.<br>Priya</p>"
        "<blockquote>Could I check back next week?</blockquote></body></html>\r\n"
    )
    deliver(inbox, {**PRIYA, "Content-Type": "text/html; charset=utf-8"}, body)
    run_once(local("2026-11-19 16:00"))
    assert replies_said() == ["Thanks & talk soon. Priya"]
    assert check_in_2() is None


def test_a_latin_1_message_is_decoded_by_its_charset(inbox: ImapServer) -> None:
    from followup.delivery.worker import run_once

    body = "Merci, René: la décision arrive, check back next week.\r\n".encode("latin-1")
    deliver(
        inbox,
        {
            **PRIYA,
            "MIME-Version": "1.0",
            "Content-Type": "text/plain; charset=iso-8859-1",
            "Content-Transfer-Encoding": "8bit",
        },
        body,
    )
    run_once(local("2026-11-19 16:00"))
    assert replies_said() == ["Merci, René: la décision arrive, check back next week."]
    assert check_in_2() == "2026-11-23T14:00:00+00:00"


def test_a_reply_without_a_timeframe_still_closes_everything(inbox: ImapServer) -> None:
    from followup.delivery.worker import run_once

    deliver(inbox, PRIYA, "Thanks for your note, Sam. We are still reviewing.\r\n")
    tick = run_once(local("2026-11-19 16:00"))
    assert replies_said() == ["Thanks for your note, Sam. We are still reviewing."]
    assert not {a for a in open_actions() if a.startswith(("check_in", "call"))}
    assert tick.replies == [
        "Priya Raman replied about interview 1 (Re: Thank you): the check-in and the call "
        "are no longer needed."
    ]


def test_their_words_are_capped(inbox: ImapServer) -> None:
    from followup.delivery.replies import SAYS_LIMIT
    from followup.delivery.worker import run_once

    deliver(inbox, PRIYA, "word " * 400 + "\r\n")
    run_once(local("2026-11-19 16:00"))
    said = replies_said()[0]
    assert said is not None and len(said) <= SAYS_LIMIT == 1000
    assert said.startswith("word word") and said.endswith("word")


def test_a_date_in_the_next_year_carries_its_year_in_the_notice(inbox: ImapServer) -> None:
    from followup.delivery.outbox import waiting_notices
    from followup.delivery.worker import run_once
    from followup.store.boot import setup

    deliver(inbox, PRIYA, "Hi Sam,\r\n\r\nWe will decide after the holidays.\r\n\r\nPriya\r\n")
    run_once(local("2026-11-19 16:00"))
    told = [n.text for n in waiting_notices(setup())]
    assert any(
        "They expect to decide by Mon 04 Jan 2027: one more check-in opens Wed 06 Jan 2027 "
        "14:00 UTC (09:00 New York time)." in text
        for text in told
    ), told
