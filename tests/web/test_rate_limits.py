"""The server's log-in and password-reset forms are rate-limited (coaching/limits.py): the
attempt after the last allowed one within the window is refused with a page that says how
long to wait (429, Retry-After), never a 500, and counted across every client of the store."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import time_machine
from django.core import mail

from tests.web.conftest import NOW, html
from tests.web.server_support import PASSWORD, client_for, people, server

__all__ = ["people", "server"]

LOGIN = "/accounts/login/"
RESET = "/accounts/password/reset/"


def _log_in(password: str, *, username: str = "alice", address: str = "127.0.0.1") -> Any:
    return client_for().post(
        LOGIN, {"username": username, "password": password}, REMOTE_ADDR=address
    )


def test_the_eleventh_failed_log_in_within_15_minutes_is_refused_with_a_page(
    people: dict[str, Any],
) -> None:
    from followup.coaching.limits import LIMITS
    from followup.coaching.limits import LOGIN as WHAT

    allowed = LIMITS[WHAT].attempts
    assert allowed == 10
    for n in range(allowed):
        wrong = _log_in(f"not the password {n}")
        assert wrong.status_code == 200, n
        assert "Please enter a correct username and password" in html(wrong)
    refused = _log_in(PASSWORD)  # even the right password waits: the guesses used it up
    assert refused.status_code == 429
    assert refused["Retry-After"] == "900"
    page = html(refused)
    assert "Too many attempts" in page
    assert (
        "Too many failed log-in attempts from your address or for this account: "
        "wait 15 minutes and try again." in page
    )
    # The account is limited from another address too; another account from
    # another address is not.
    assert _log_in(PASSWORD, address="192.0.2.7").status_code == 429
    assert _log_in(PASSWORD, username="bob", address="192.0.2.7").status_code == 302
    # And from the address that guessed, any account waits.
    assert _log_in(PASSWORD, username="bob").status_code == 429
    with time_machine.travel(NOW + timedelta(minutes=15, seconds=1), tick=False):
        back = _log_in(PASSWORD)
    assert back.status_code == 302 and back["Location"] == "/"


def test_successful_log_ins_are_not_counted(people: dict[str, Any]) -> None:
    for _ in range(12):
        assert _log_in(PASSWORD).status_code == 302
    for _ in range(9):
        assert _log_in("a wrong guess").status_code == 200
    assert _log_in(PASSWORD).status_code == 302


def test_the_sixth_password_reset_within_an_hour_is_refused_and_sends_nothing(
    people: dict[str, Any],
) -> None:
    anonymous = client_for()
    for _ in range(5):
        asked = anonymous.post(RESET, {"email": "alice@people.example"})
        assert asked.status_code == 302
    assert len(mail.outbox) == 5
    refused = anonymous.post(RESET, {"email": "alice@people.example"})
    assert refused.status_code == 429
    assert refused["Retry-After"] == "3600"
    assert (
        "Too many password-reset requests from your address or for this account: "
        "wait 1 hour and try again." in html(refused)
    )
    assert len(mail.outbox) == 5
    # Another address asking for another account is answered as before.
    other = client_for().post(RESET, {"email": "bob@people.example"}, REMOTE_ADDR="192.0.2.8")
    assert other.status_code == 302 and len(mail.outbox) == 6
    with time_machine.travel(NOW + timedelta(hours=1, seconds=1), tick=False):
        again = anonymous.post(RESET, {"email": "alice@people.example"})
    assert again.status_code == 302 and len(mail.outbox) == 7


def test_old_attempts_are_deleted_as_new_ones_come(people: dict[str, Any]) -> None:
    from followup.coaching.models import Attempt

    for _ in range(3):
        _log_in("a wrong guess")
    assert Attempt.objects.count() == 6  # the address and the account, each time
    with time_machine.travel(NOW + timedelta(hours=2), tick=False):
        _log_in("another wrong guess", username="bob")
    assert sorted(Attempt.objects.values_list("key", flat=True)) == [
        "account:bob",
        "ip:127.0.0.1",
    ]


def test_behind_a_proxy_that_leaves_remote_addr_its_own_each_visitor_counts_apart(
    people: dict[str, Any],
) -> None:
    """gunicorn keeps the proxy's address in REMOTE_ADDR: the address the trusted proxy
    added to X-Forwarded-For is the visitor's; from anyone else the header is not read."""
    from followup.coaching.models import Attempt

    def guess(forwarded: str, address: str = "127.0.0.1") -> int:
        answer = client_for().post(
            LOGIN,
            {"username": "", "password": "x"},
            REMOTE_ADDR=address,
            HTTP_X_FORWARDED_FOR=forwarded,
        )
        return int(answer.status_code)

    for _ in range(10):
        assert guess("198.51.100.1, 203.0.113.5") == 200
    assert guess("198.51.100.1, 203.0.113.5") == 429
    assert guess("203.0.113.6") == 200  # another visitor through the same proxy
    # Not from the trusted proxy: the header is the visitor's own word, not read.
    assert guess("203.0.113.6", address="192.0.2.9") == 200
    assert set(Attempt.objects.values_list("key", flat=True)) == {
        "ip:203.0.113.5",
        "ip:203.0.113.6",
        "ip:192.0.2.9",
    }
