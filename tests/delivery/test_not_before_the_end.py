"""A message that looks back on the interview is not queued before the interview has ended."""

from __future__ import annotations

from pathlib import Path

import pytest
import time_machine

from tests.delivery.conftest import SmtpServer
from tests.factories import local
from tests.store_support import run


def messages() -> list[tuple[str, str]]:
    from followup.delivery.models import Message

    return list(Message.objects.order_by("id").values_list("action_id", "state"))


@pytest.mark.parametrize("action_id", ["thank_you:priya-raman", "check_in"])
def test_send_before_the_end_says_when_it_can_be_queued(
    mailbox: SmtpServer, action_id: str
) -> None:
    # Two days before the interview (Tuesday 17 November, 10:00-11:00 in New York).
    with time_machine.travel(local("2026-11-15 12:00"), tick=False):
        result = run("send", "1", action_id, "--right-away")
        later = run("send", "1", action_id)
    assert result.code == 2 and later.code == 2
    assert result.out == ""
    assert result.err == (
        f"followup: ACTION: {action_id} looks back on the interview, so it can be drafted "
        "and queued once the interview has ended, at 11:00 on Tue 17 Nov 2026 "
        "(America/New_York)\n"
    )
    assert messages() == []


def test_after_the_end_the_same_command_queues_it(mailbox: SmtpServer) -> None:
    with time_machine.travel(local("2026-11-17 11:00"), tick=False):
        assert run("send", "1", "thank_you:priya-raman").code == 0
    assert messages() == [("thank_you:priya-raman", "queued")]


def test_a_withdrawal_may_be_queued_during_the_interview(
    mailbox: SmtpServer, tmp_path: Path
) -> None:
    with time_machine.travel(local("2026-11-17 10:40"), tick=False):
        assert run("outcome", "1", "withdrawn", "--at", "2026-11-17T10:30-05:00").code == 0
        assert run("send", "1", "withdrawal").code == 0
        thanks = run("send", "1", "thank_you:priya-raman")
    assert thanks.code == 2 and "once the interview has ended, at 11:00" in thanks.err
    assert messages() == [("withdrawal", "queued")]
