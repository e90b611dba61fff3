"""Every "next command" the delivery commands print works when typed as printed."""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest
import time_machine

from tests.delivery.conftest import SmtpServer
from tests.factories import local
from tests.store_support import run

# An hour after the Northwind interview (a panel: Priya Raman and Marcus Bell).
AFTER = local("2026-11-17 12:00")


def hint(out: str, prefix: str) -> list[str]:
    """The command after `prefix` on its line, as the shell would split it."""
    [line] = [line for line in out.splitlines() if line.startswith(prefix)]
    command = line.removeprefix(prefix).split(" (or ")[0].rstrip(".")
    words = shlex.split(command)
    assert words[0] == "followup", line
    return words[1:]


def test_the_log_command_after_an_eml_on_a_panel_works_as_printed(
    mailbox: SmtpServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    with time_machine.travel(AFTER, tick=False):
        exported = run("eml", "1", "thank_you:marcus-bell")
        assert exported.code == 0, exported.err
        assert "Once sent: followup log 1 thank_you --to 'Marcus Bell'\n" in exported.out
        logged = run(*hint(exported.out, "Once sent: "))
    assert logged.code == 0, logged.err
    assert "thank_you:marcus-bell" not in run("show", "1").out.split("History")[0]


def test_the_dismiss_command_under_the_notices_works_as_printed(mailbox: SmtpServer) -> None:
    from followup.delivery.boot import setup
    from followup.delivery.worker import tell

    user = setup()
    tell(user, "First thing to know.", AFTER)
    tell(user, "Second thing to know.", AFTER)
    listing = run("outbox")
    assert "Once read: followup outbox dismiss 1 2 (or --all).\n" in listing.out
    dismissed = run(*hint(listing.out, "Once read: "))
    assert dismissed.code == 0, dismissed.err
    assert dismissed.out == "Dismissed 2 notices.\n"
    assert "Once read" not in run("outbox").out


def test_the_calendar_hints_work_as_printed(
    mailbox: SmtpServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    link = run("calendar", "--link")
    assert link.code == 0, link.err
    offline_line = link.out.split("(which cannot reach 127.0.0.1): ")[1].split(", then")[0]
    offline = run(*shlex.split(offline_line)[1:])
    assert offline.code == 0, offline.err
    assert (tmp_path / "followup.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
    revoke = link.out.split("Anyone with this link can read your calendar; ")[1].split("\n")[0]
    revoked = run(*shlex.split(revoke.removesuffix(" stops it."))[1:])
    assert revoked.code == 0 and revoked.out == "Revoked 1 feed link.\n"
    serve = link.out.split("it updates while ")[1].split(" runs:")[0]
    assert shlex.split(serve) == ["followup", "serve", "--port", "8127"]
