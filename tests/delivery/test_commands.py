"""The delivery commands as a new user meets them: mail settings, send, outbox, eml, worker."""

from __future__ import annotations

import json
from email import message_from_bytes
from pathlib import Path

import pytest

from tests.delivery.conftest import SmtpServer
from tests.store_support import add, run

SECRET = "hunter2-not-in-the-database"


def test_the_password_is_never_stored_nor_shown(
    store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SMTP_PASSWORD", SECRET)
    result = run(
        "mail", "smtp", "--host", "smtp.example.org", "--user", "sam@candidate.example",
        "--password-env", "SMTP_PASSWORD", "--from", "sam@candidate.example", "--name", "Sam Lee",
    )  # fmt: skip
    assert result.code == 0, result.err
    assert result.out == "SMTP set: smtp.example.org:587 (starttls).\n"
    shown = run("mail", "--json")
    assert json.loads(shown.out)["smtp"] == {
        "host": "smtp.example.org",
        "port": 587,
        "security": "starttls",
        "user": "sam@candidate.example",
        "password": "env:SMTP_PASSWORD",
    }
    assert SECRET not in shown.out + run("mail").out
    from django.db import connections

    connections.close_all()
    for path in store.iterdir():
        assert SECRET.encode() not in path.read_bytes(), path

    from followup.delivery.account import account_of, password
    from followup.delivery.boot import setup

    assert password("smtp", account_of(setup())) == SECRET


def test_a_password_file_and_the_keyring(
    store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keyring = pytest.importorskip("keyring")
    from keyring.backend import KeyringBackend

    class Memory(KeyringBackend):
        priority = 1  # type: ignore[assignment]
        values: dict[tuple[str, str], str] = {}  # noqa: RUF012

        def get_password(self, service: str, username: str) -> str | None:
            return self.values.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.values[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.values.pop((service, username), None)

    keyring.set_keyring(Memory())
    secret_file = tmp_path / "imap-password"
    secret_file.write_text(SECRET + "\n")
    result = run("mail", "imap", "--host", "imap.example.org", "--user", "sam",
                 "--password-file", str(secret_file))  # fmt: skip
    assert result.code == 0, result.err
    result = run("mail", "smtp", "--host", "smtp.example.org", "--user", "sam",
                 "--password-keyring", input=SECRET + "\n")  # fmt: skip
    assert result.code == 0, result.err
    from followup.delivery.account import account_of, password
    from followup.delivery.boot import setup

    account = account_of(setup())
    assert account.smtp_password == "keyring"
    assert account.imap_password == f"file:{secret_file}"
    assert password("smtp", account) == SECRET
    assert password("imap", account) == SECRET


def test_send_then_worker_then_outbox(mailbox_now: SmtpServer) -> None:
    queued = run("send", "1", "thank_you:priya-raman", "--right-away")
    assert queued.code == 0, queued.err
    assert queued.out.startswith(
        # The subject's form depends on the interview (held yesterday, by the real clock).
        'Queued message #1 to Priya Raman <priya@northwind.example>: "'
    )
    worked = run("worker", "--once")
    assert worked.code == 0, worked.err
    assert worked.out == "sent: #1\n"
    listed = json.loads(run("outbox", "--json").out)
    [message] = listed["messages"]
    assert sorted(message) == [
        "action_id", "attempts", "id", "interview", "kind", "last_error", "message_id",
        "send_after", "sent_at", "state", "subject", "to",
    ]  # fmt: skip
    assert (message["state"], message["to"], message["attempts"]) == (
        "sent",
        "priya@northwind.example",
        1,
    )
    assert listed["notices"] == []
    assert [str(r.mail["Message-ID"]) for r in mailbox_now.received] == [message["message_id"]]
    again = run("send", "1", "thank_you:priya-raman")
    assert again.code == 2
    assert "thank_you:priya-raman is not open" in again.err


def test_eml_export_and_mailto(store: Path, tmp_path: Path) -> None:
    from tests.delivery.conftest import northwind_recent

    add(tmp_path, northwind_recent())
    assert run("config", "email", "sam@candidate.example").code == 0
    out = tmp_path / "thanks.eml"
    result = run("eml", "1", "thank_you:marcus-bell", "-o", str(out))
    assert result.code == 0, result.err
    mail = message_from_bytes(out.read_bytes())
    assert mail["To"] == "Marcus Bell <marcus@northwind.example>"
    assert mail["From"] == "sam@candidate.example"
    assert mail.get_payload(decode=True).decode().startswith("Dear Marcus,")
    link = run("eml", "1", "thank_you:marcus-bell", "--mailto").out
    assert link.startswith("mailto:marcus@northwind.example?subject=")
    # RFC 6068: line breaks in a mailto body are CRLF.
    assert "&body=Dear%20Marcus%2C%0D%0A%0D%0A" in link


def test_without_a_sender_nothing_is_queued(store: Path, tmp_path: Path) -> None:
    from tests.delivery.conftest import northwind_recent

    add(tmp_path, northwind_recent())
    result = run("send", "1", "thank_you:priya-raman")
    assert result.code == 2
    assert result.err == (
        "followup: sender: no sender address: followup mail smtp --from ADDRESS sets it\n"
    )


def test_the_worker_loop_stops_cleanly_on_sigterm(mailbox_now: SmtpServer) -> None:
    import os
    import signal
    import subprocess
    import sys
    import time

    worker = subprocess.Popen(
        [sys.executable, "-m", "followup", "worker", "--interval", "0.2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=dict(os.environ),
    )
    try:
        assert run("send", "1", "thank_you:priya-raman", "--right-away").code == 0
        deadline = time.monotonic() + 30
        while not mailbox_now.received:
            assert time.monotonic() < deadline and worker.poll() is None
            time.sleep(0.05)
        worker.send_signal(signal.SIGTERM)
        out, err = worker.communicate(timeout=10)
    finally:
        if worker.poll() is None:
            worker.kill()
    assert worker.returncode == 0, err
    assert "sent: #1" in out


def test_the_worker_thread_for_serve(mailbox_now: SmtpServer) -> None:
    import time

    from followup.delivery.worker import start_thread

    assert run("send", "1", "thank_you:marcus-bell", "--right-away").code == 0
    thread, stop = start_thread(interval=0.1)
    try:
        deadline = time.monotonic() + 20
        while not mailbox_now.received:
            assert time.monotonic() < deadline
            time.sleep(0.05)
    finally:
        stop.set()
        thread.join(timeout=10)
    assert not thread.is_alive()
    assert len(mailbox_now.received) == 1


def test_notices_stay_until_dismissed(store: Path) -> None:
    from datetime import UTC, datetime

    from followup.delivery.models import Notice
    from followup.store.boot import setup
    from followup.store.models import User

    assert run("outbox").code == 0  # creates the store and the local user
    setup()
    user = User.objects.get()
    made = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
    first = Notice.objects.create(user=user, created=made, text="Priya Raman replied.")
    second = Notice.objects.create(user=user, created=made, text="Confirm message #4.")
    # Looking at them (on the command line) does not put them away: the web still shows them.
    for _ in range(2):
        shown = run("outbox")
        assert f"! [{first.pk}] Priya Raman replied.\n" in shown.out
        assert f"followup outbox dismiss {first.pk} {second.pk} (or --all)" in shown.out
    assert json.loads(run("outbox", "--json").out)["notices"] == [
        {"created": "2026-11-20T09:30:00+00:00", "id": first.pk, "message": None,
         "proposal": None, "text": "Priya Raman replied."},
        {"created": "2026-11-20T09:30:00+00:00", "id": second.pk, "message": None,
         "proposal": None, "text": "Confirm message #4."},
    ]  # fmt: skip
    bad = run("outbox", "dismiss", "99")
    assert bad.code == 2
    assert bad.err == (
        f"followup: NOTICE: no notice 99 waiting; the waiting ones are: {first.pk}, {second.pk}\n"
    )
    assert run("outbox", "dismiss").code == 2
    assert run("outbox", "dismiss", str(first.pk)).out == "Dismissed 1 notice.\n"
    assert "Priya Raman replied." not in run("outbox").out
    assert run("outbox", "dismiss", "--all").out == "Dismissed 1 notice.\n"
    assert json.loads(run("outbox", "--json").out)["notices"] == []


def test_the_outbox_answers_a_proposal_as_the_agenda_does(store: Path) -> None:
    # Issue 15: a proposal read from the inbox is answered (confirm / decline), not
    # dismissed, in `followup outbox` as on the agenda and the web's outbox.
    from datetime import UTC, datetime

    from followup.delivery.models import Notice
    from followup.store.boot import setup
    from followup.store.models import User

    assert run("outbox").code == 0
    setup()
    user = User.objects.get()
    made = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
    read = Notice.objects.create(user=user, created=made, text="Priya Raman replied.")
    move = Notice.objects.create(
        user=user, created=made, text="Priya moved interview 1: move it?", proposal="move"
    )
    shown = run("outbox").out
    assert shown.endswith(
        f"! [{read.pk}] Priya Raman replied.\n"
        f"! [{move.pk}] Priya moved interview 1: move it?\n"
        f"    Move it: followup confirm {move.pk} · Keep the old time: followup decline "
        f"{move.pk}\n"
        f"Once read: followup outbox dismiss {read.pk} (or --all).\n"
    )
    assert [n["proposal"] for n in json.loads(run("outbox", "--json").out)["notices"]] == [
        None,
        "move",
    ]


@pytest.mark.parametrize(
    ("args", "code", "words"),
    [
        (("outbox", "dismiss", "--all"), 0, "Dismissed 0 notices."),
        (("outbox", "dismiss", "7"), 2, "no notice 7 waiting; the waiting ones are: none"),
        (("outbox", "dismiss"), 2, "give the numbers of the notices, or --all"),
    ],
)
def test_dismiss_in_a_fresh_process(
    store: Path, args: tuple[str, ...], code: int, words: str
) -> None:
    # In its own process Django is not set up yet: the command must do it first.
    from tests.store_support import followup_process

    process = followup_process(*args)
    out, err = process.communicate(timeout=60)
    assert process.returncode == code, err
    assert words in out + err
