"""The IMAP reader on the reference messages, through a real Dovecot mailbox.

Each test APPENDs a file from tests/inbox to the watched INBOX, runs one
worker pass and checks the store: automatic mail changes nothing, a bounce
marks our outbox message bounced, the Outlook history is not read as theirs.
"""

from __future__ import annotations

import imaplib
import json
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.delivery.dovecot_fixtures import imap_password as imap_password
from tests.delivery.dovecot_fixtures import imap_server as imap_server
from tests.delivery.dovecot_fixtures import inbox as inbox
from tests.delivery.imap_server import ImapServer, available
from tests.factories import local

pytestmark = pytest.mark.skipif(available() is not None, reason=str(available()))

REFERENCE = Path(__file__).resolve().parents[1] / "inbox"


def append(server: ImapServer, raw: bytes) -> None:
    with imaplib.IMAP4(server.host, server.port) as imap:
        imap.login(server.user, server.password)
        imap.append("INBOX", "", imaplib.Time2Internaldate(time.time()), raw)


def reference(name: str, **replace: str) -> bytes:
    raw = (REFERENCE / name).read_bytes()
    for old, new in replace.items():
        raw = raw.replace(old.encode(), new.encode())
    return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def plan() -> dict[str, str]:
    from followup.store.models import Action

    return {
        a.action_id: a.not_before.isoformat() if a.not_before else ""
        for a in Action.objects.filter(interview_id=1)
    }


def contacts() -> list[str]:
    from followup.delivery.boot import setup
    from followup.store import services

    return [c.kind.value for c in services.load(setup(), 1).interview.contacts]


@pytest.mark.parametrize(
    "name",
    [
        "automatic/auto_submitted.eml",
        "automatic/exchange_oof.eml",
        "automatic/x_autoreply.eml",
        "automatic/vacation_english.eml",
        "automatic/read_receipt.eml",
    ],
)
def test_automatic_mail_changes_nothing(inbox: ImapServer, name: str) -> None:
    from followup.delivery.models import Notice
    from followup.delivery.worker import run_once

    before, logged = plan(), contacts()
    append(inbox, reference(name))
    tick = run_once(local("2026-11-19 16:00"))
    assert tick.replies == [] and tick.errors == []
    assert plan() == before and contacts() == logged
    notices = [n.text for n in Notice.objects.all()]
    if name.endswith("read_receipt.eml"):
        assert notices == []
    else:
        assert len(notices) == 1 and "automatic reply about interview 1" in notices[0]
        assert notices[0].endswith(": nothing changes.")


def test_a_bounce_marks_our_message_bounced_and_says_so(inbox: ImapServer) -> None:
    from followup.delivery.boot import setup
    from followup.delivery.models import Message, Notice
    from followup.delivery.outbox import queue_action
    from followup.delivery.worker import run_once

    noon = local("2026-11-17 12:00")
    sent = queue_action(setup(), 1, "thank_you:marcus-bell", now=noon, immediately=True)
    assert run_once(noon).sent == [sent.pk]
    before, logged = plan(), contacts()
    append(
        inbox,
        reference(
            "bounces/postfix_dsn.eml",
            **{
                "<thank-you-1@candidate.example>": sent.message_id,
                "priya@northwind.example": sent.recipient,
            },
        ),
    )
    tick = run_once(local("2026-11-18 09:00"))
    message = Message.objects.get(pk=sent.pk)
    assert tick.bounced == [sent.pk] and tick.replies == []
    assert message.state == "bounced"
    assert message.last_error == f"bounced: {sent.recipient} could not be delivered"
    notice = Notice.objects.get(message=message)
    assert notice.text == (
        f"Your message to Marcus Bell about interview 1 ({sent.subject}), sent Tue 17 Nov, "
        f"bounced: {sent.recipient} could not be delivered. Check the address before you "
        "write again. It no longer counts as your thank-you note to Marcus Bell: the plan "
        "asks for it again, due Wed 18 Nov 16:00 UTC."
    )
    # It never reached him: the thank-you logged when it went out is taken back, and the
    # plan reopens it; nothing else moves (a bounce is no word from the employer).
    assert logged == ["email"] and contacts() == []
    assert "thank_you:marcus-bell" not in before
    assert plan() == {**before, "thank_you:marcus-bell": "2026-11-17T16:00:00+00:00"}


def test_a_late_bounce_says_the_step_can_no_longer_be_taken(inbox: ImapServer) -> None:
    from followup.delivery.boot import setup
    from followup.delivery.models import Notice
    from followup.delivery.outbox import queue_action
    from followup.delivery.worker import run_once

    noon = local("2026-11-17 12:00")
    sent = queue_action(setup(), 1, "thank_you:marcus-bell", now=noon, immediately=True)
    run_once(noon)
    append(
        inbox,
        reference(
            "bounces/postfix_dsn.eml",
            **{
                "<thank-you-1@candidate.example>": sent.message_id,
                "priya@northwind.example": sent.recipient,
            },
        ),
    )
    # A week past its due time, an unsent thank-you has expired (rule book, second edition).
    assert run_once(local("2026-11-30 09:00")).bounced == [sent.pk]
    (notice,) = Notice.objects.all()
    assert notice.text.endswith(
        "It no longer counts as your thank-you note to Marcus Bell, and the plan no longer "
        "asks for it; see followup show 1."
    )
    assert contacts() == []


def test_a_non_standard_bounce_found_by_the_failed_address(inbox: ImapServer) -> None:
    from followup.delivery.boot import setup
    from followup.delivery.models import Message
    from followup.delivery.outbox import queue_action
    from followup.delivery.worker import run_once

    noon = local("2026-11-17 12:00")
    sent = queue_action(setup(), 1, "thank_you:marcus-bell", now=noon, immediately=True)
    run_once(noon)
    append(inbox, reference("bounces/exim.eml", **{"<thank-you-2@candidate.example>": "<x@y>"}))
    run_once(local("2026-11-18 09:00"))
    assert Message.objects.get(pk=sent.pk).state == "bounced"


def test_outlooks_unquoted_history_is_not_read_as_their_words(inbox: ImapServer) -> None:
    from followup.delivery.worker import run_once
    from tests.delivery.test_replies import check_in_2, replies_said

    append(inbox, reference("replies/outlook_desktop.eml"))
    tick = run_once(local("2026-11-19 16:00"))
    assert replies_said() == [
        "Hello Sam, We have not made a decision yet; you will hear from us soon. "
        "Kind regards, Priya Raman Talent Partner | Northwind"
    ]
    # "I will check back next Tuesday" was the candidate's, in the history: no check-in.
    assert check_in_2() is None
    assert tick.replies == [
        "Priya Raman replied about interview 1 (RE: Thank you): the check-in and the call "
        "are no longer needed."
    ]


def test_an_encoded_subject_is_decoded_in_the_notice(inbox: ImapServer) -> None:
    from followup.delivery.worker import run_once

    append(
        inbox,
        reference(
            "replies/gmail_html.eml", **{"jose@northwind.example": "priya@northwind.example"}
        ),
    )
    tick = run_once(local("2026-11-19 16:00"))
    assert tick.replies == [
        "Priya Raman replied about interview 1 (Re: José & Sam: next steps). They expect to "
        "decide by Mon 23 Nov: one more check-in opens Wed 25 Nov 14:00 UTC "
        "(09:00 New York time)."
    ]


def agenda_text(now: str) -> str:
    from followup.cli import cli

    result = CliRunner().invoke(cli, ["agenda", "--now", now])
    assert result.exit_code == 0, result.output
    return result.output


def invitation_mail(ics: bytes) -> bytes:
    return (
        b"From: Priya Raman <priya@northwind.example>\r\nTo: sam@candidate.example\r\n"
        b"Subject: Invitation: Interview\r\nDate: Tue, 10 Nov 2026 09:00:00 +0000\r\n"
        b"Message-ID: <invite-1@northwind.example>\r\n"
        b"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
        b"--b\r\nContent-Type: text/plain\r\n\r\nYou have been invited.\r\n"
        b"--b\r\nContent-Type: text/calendar; method=REQUEST; charset=UTF-8\r\n\r\n"
        + ics
        + b"\r\n--b--\r\n"
    )


def test_invitations_are_proposed_never_applied(inbox: ImapServer) -> None:
    from followup.cli import cli
    from followup.cli.invite import proposal_of, store_invitation
    from followup.delivery.boot import setup
    from followup.delivery.models import Notice
    from followup.delivery.worker import run_once
    from followup.interview_file import Defaults, parse_interview
    from followup.store.models import Action, Interview

    ics = (REFERENCE / "invites" / "google.ics").read_bytes()
    count = Interview.objects.count()
    append(inbox, invitation_mail(ics))
    tick = run_once(local("2026-11-10 10:00"))
    assert Interview.objects.count() == count  # proposed, not added
    assert tick.invitations == [
        "New interview invitation from Priya Raman: Interview: Sam Lee / Senior Data Analyst, "
        "Tue 24 Nov 15:00 UTC. Add it?"
    ]
    (notice,) = Notice.objects.filter(seen=False).order_by("-id")[:1]
    assert notice.proposal == "new" and notice.interview_id is None
    saved = notice.proposed["file"]
    assert notice.proposed["uid"] and notice.proposed["sequence"] == 0
    assert Path(saved).read_bytes().startswith(b"From: Priya Raman")
    # The command line's agenda shows the proposal too, as the web's does, with its answers.
    shown = agenda_text("2026-11-10 10:30")
    assert f"To read (1)\n  ! [{notice.pk}] New interview invitation from Priya Raman:" in shown
    assert (
        f"Add it: followup confirm {notice.pk} · Not an interview: followup decline {notice.pk}"
        in shown
    )
    assert "followup outbox dismiss" not in shown  # a proposal is answered, not dismissed

    # The candidate adds it (the prompts' answers, as `followup confirm` / `add` store them).
    found = proposal_of(saved, ("sam@candidate.example",), ())
    mapping = {
        "company": "Northwind",
        "role": "Senior Data Analyst",
        "start": "2026-11-24 10:00",
        "timezone": "America/New_York",
        "interviewers": [{"name": "Priya Raman", "email": "priya@northwind.example"}],
    }
    new_id = store_invitation(
        setup(), parse_interview(mapping, Defaults("America/New_York", "US")), found
    )
    notice.refresh_from_db()
    assert notice.seen and notice.proposed["answer"] == "confirmed"  # added: answered
    before = Interview.objects.get(pk=new_id).start

    moved = (
        ics.replace(b"20261124T150000Z", b"20261125T160000Z")
        .replace(b"20261124T160000Z", b"20261125T170000Z")
        .replace(b"SEQUENCE:0", b"SEQUENCE:1")
    )
    append(inbox, invitation_mail(moved))
    tick = run_once(local("2026-11-11 10:00"))
    assert tick.invitations == [
        f"Priya Raman moved interview {new_id} (Interview: Sam Lee / Senior Data Analyst): "
        "from Tue 24 Nov 10:00 New York time to Wed 25 Nov 11:00 New York time, "
        "ending 12:00 New York time (sequence 1). "
        "Move it?"
    ]
    move = Notice.objects.get(seen=False, proposal="move")
    assert move.interview_id == new_id
    assert move.proposed["start"] == "2026-11-25T11:00:00-05:00"
    assert move.proposed["end"] == "2026-11-25T12:00:00-05:00"
    assert move.proposed["was"]["start"] == "2026-11-24T10:00:00-05:00"
    assert Interview.objects.get(pk=new_id).start == before  # not moved until confirmed
    # "Keep the old time": nothing moves, and this copy is not proposed again.
    result = CliRunner().invoke(cli, ["decline", str(move.pk), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == {
        "answer": "declined",
        "interview": new_id,
        "notice": move.pk,
        "proposal": "move",
        "text": f"Interview {new_id} keeps its time.",
    }
    assert Interview.objects.get(pk=new_id).start == before
    assert Interview.objects.get(pk=new_id).invite_sequence == 1
    append(inbox, invitation_mail(moved))
    assert run_once(local("2026-11-11 11:00")).invitations == []
    Interview.objects.filter(pk=new_id).update(invite_sequence=0)

    cancel = (REFERENCE / "invites" / "google_cancel.ics").read_bytes()
    append(inbox, invitation_mail(cancel))
    tick = run_once(local("2026-11-12 10:00"))
    assert tick.invitations == [
        f"Priya Raman cancelled the invitation for interview {new_id} (Interview: Sam Lee / "
        "Senior Data Analyst, Tue 24 Nov 10:00 New York time): mark it called off? "
        "Every follow-up of it would stop and nothing more would be sent."
    ]
    called = Notice.objects.get(seen=False, proposal="cancel")
    flat = " ".join(agenda_text("2026-11-12 10:30").split())
    assert f"Mark called off: followup confirm {called.pk}" in flat
    assert f"Keep it: followup decline {called.pk}" in flat
    # Proposed, never applied: the plan is as it was until the candidate confirms.
    assert not hasattr(Interview.objects.get(pk=new_id), "outcome")
    assert Action.objects.filter(interview_id=new_id).exists()

    # The candidate confirms with the command the agenda gives.
    result = CliRunner().invoke(cli, ["confirm", str(called.pk)])
    assert result.exit_code == 0, result.output
    assert result.output == f"Interview {new_id} is marked called off; its follow-ups stop.\n"
    assert Interview.objects.get(pk=new_id).outcome.kind == "called_off"
    assert not Action.objects.filter(interview_id=new_id).exists()  # every action cancelled
    # Answered once: a second answer is refused in one sentence, exit 2.
    again_answer = CliRunner().invoke(cli, ["decline", str(called.pk)])
    assert again_answer.exit_code == 2
    assert f"notice {called.pk} was already answered or dismissed" in again_answer.output

    # The same cancellation read again is no news once it is marked.
    append(inbox, invitation_mail(cancel))
    assert run_once(local("2026-11-12 11:00")).invitations == []

    # They offer a new time after all: the move is proposed, and confirming it puts
    # the interview back on (rule book, Statuses), its plan at the new time.
    again = (
        ics.replace(b"20261124T150000Z", b"20261201T150000Z")
        .replace(b"20261124T160000Z", b"20261201T160000Z")
        .replace(b"SEQUENCE:0", b"SEQUENCE:3")
    )
    append(inbox, invitation_mail(again))
    (moved_text,) = run_once(local("2026-11-13 10:00")).invitations
    assert moved_text == (
        f"Priya Raman moved interview {new_id} (Interview: Sam Lee / Senior Data Analyst): "
        "from Tue 24 Nov 10:00 New York time to Tue 01 Dec 10:00 New York time, "
        "ending 11:00 New York time (sequence 3). "
        "Move it (it was called off: moved, it is back on, with its follow-ups)?"
    )
    assert Interview.objects.get(pk=new_id).outcome.kind == "called_off"  # not until confirmed
    back = Notice.objects.get(seen=False, proposal="move")
    result = CliRunner().invoke(cli, ["confirm", str(back.pk), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == {
        "answer": "confirmed",
        "interview": new_id,
        "notice": back.pk,
        "proposal": "move",
        "text": f"Interview {new_id} is moved; its plan follows the new time.",
    }
    row = Interview.objects.get(pk=new_id)
    assert not hasattr(row, "outcome")
    assert row.start == datetime(2026, 12, 1, 15, 0, tzinfo=UTC)
    assert row.invite_sequence == 3
    assert Action.objects.filter(interview_id=new_id, action_id="check_in").exists()
    assert not Notice.objects.filter(seen=False, proposal__gt="").exists()


def test_a_date_in_next_year_carries_its_year(inbox: ImapServer) -> None:
    from followup.delivery.worker import run_once

    reply = (
        b"From: Priya Raman <priya@northwind.example>\r\nTo: sam@candidate.example\r\n"
        b"Subject: Re: Checking in\r\nDate: Mon, 28 Dec 2026 10:00:00 -0500\r\n"
        b"Message-ID: <late-1@northwind.example>\r\n\r\n"
        b"Hi Sam, the team is away: please check back next week.\r\n"
    )
    append(inbox, reply)
    (text,) = run_once(local("2026-12-28 11:00")).replies
    assert "2027" in text and "2026" not in text, text
