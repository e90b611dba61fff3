"""`followup confirm` and `followup decline` on the command line: exact output, exit codes.

The proposals are left by the IMAP reader's own function (`replies.invited`)
from the reference invitations; the end-to-end path through a real Dovecot
is in test_inbox_kinds.py.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.store_support import add, run
from tests.web.test_proposals import INVITES, UID, moved, propose


def invited(store: Path, tmp_path: Path) -> tuple[Any, int]:
    from followup.delivery.boot import setup
    from followup.store.models import Interview

    new_id = add(tmp_path)
    Interview.objects.filter(pk=new_id).update(invite_uid=UID)
    return setup(), new_id


def test_confirm_a_move_prints_exact_json_and_replans(store: Path, tmp_path: Path) -> None:
    from followup.store.models import Interview

    user, new_id = invited(store, tmp_path)
    notice = propose(user, moved())
    result = run("confirm", str(notice.pk), "--json")
    assert result.code == 0, result.err
    assert json.loads(result.out) == {
        "answer": "confirmed",
        "interview": new_id,
        "notice": notice.pk,
        "proposal": "move",
        "text": f"Interview {new_id} is moved; its plan follows the new time.",
    }
    row = Interview.objects.get(pk=new_id)
    assert row.start.isoformat() == "2026-11-26T19:00:00+00:00"
    assert row.invite_sequence == 1


def test_decline_a_cancellation_keeps_the_interview(store: Path, tmp_path: Path) -> None:
    from followup.store.models import Interview

    user, new_id = invited(store, tmp_path)
    notice = propose(user, (INVITES / "google_cancel.ics").read_bytes())
    result = run("decline", str(notice.pk))
    assert (result.code, result.out) == (0, f"Interview {new_id} stays on.\n")
    assert not hasattr(Interview.objects.get(pk=new_id), "outcome")
    # Answered: the agenda no longer lists it, and answering again is refused.
    assert "cancelled the invitation" not in run("agenda").out
    again = run("confirm", str(notice.pk))
    assert again.code == 2
    assert f"notice {notice.pk} was already answered or dismissed" in again.err


def test_decline_a_new_invitation_and_bad_numbers(store: Path, tmp_path: Path) -> None:
    from followup.delivery.boot import setup
    from followup.store.models import Interview

    notice = propose(setup(), (INVITES / "google.ics").read_bytes())
    result = run("decline", str(notice.pk), "--json")
    assert result.code == 0, result.err
    assert json.loads(result.out) == {
        "answer": "declined",
        "interview": None,
        "notice": notice.pk,
        "proposal": "new",
        "text": "Not added: that invitation is not an interview.",
    }
    assert Interview.objects.count() == 0
    missing = run("confirm", "999")
    assert missing.code == 2 and "no notice 999" in missing.err
    assert run("decline", "0").code == 2  # not a notice number: click's own sentence


def test_confirm_a_new_invitation_needs_the_prompts(store: Path) -> None:
    from followup.delivery.boot import setup

    notice = propose(setup(), (INVITES / "google.ics").read_bytes())
    # Not a terminal: the prompts of `followup add FILE` cannot ask, so nothing is added.
    result = run("confirm", str(notice.pk))
    assert result.code == 2
    assert "confirmed at prompts: run it in a terminal" in result.err
    notice.refresh_from_db()
    assert not notice.seen
