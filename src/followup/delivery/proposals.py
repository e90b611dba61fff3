"""The inbox proposes, the candidate confirms: answering an invitation's notice.

The IMAP reader (`delivery.replies.invited`) never adds, moves or calls off
an interview by itself: it leaves a notice with a `proposal` (new, move or
cancel) and the values it would apply. Here the candidate's answer is
carried out, by the same use cases as `followup edit` and `followup
outcome`, and the notice is put away either way:

- new: confirming is adding it through the invitation form (web) or the
  prompts of `followup add` (command line); the notice closes when the
  interview with that UID is stored (`settle_added`). Declining: "not an
  interview".
- move: confirming applies the new start, end and place (`set_facts`, so
  the plan follows; a called-off interview moved is back on); declining keeps
  the old time, and the invitation's SEQUENCE is remembered so an older copy
  of it is never proposed again.
- cancel: confirming records the outcome `called_off` (rule book,
  Statuses: every action cancelled); declining keeps the interview.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from followup.errors import InputError

if TYPE_CHECKING:
    from followup.delivery.models import Notice
    from followup.store.models import User

# What each answer is called on the web's buttons and in `--json`.
CONFIRM = {"new": "Add it", "move": "Move it", "cancel": "Mark called off"}
DECLINE = {"new": "Not an interview", "move": "Keep the old time", "cancel": "Keep it"}


class NoSuchNotice(InputError):
    """No notice of that number for this candidate (the web answers 404)."""


@dataclass(frozen=True)
class Answered:
    """What an answer did: the notice, its proposal, and the interview it changed (if any)."""

    notice: int
    proposal: str
    answer: str  # "confirmed" or "declined"
    interview: int | None
    text: str  # one sentence for the candidate

    def as_dict(self) -> dict[str, Any]:
        return {
            "answer": self.answer,
            "interview": self.interview,
            "notice": self.notice,
            "proposal": self.proposal,
            "text": self.text,
        }


def waiting(user: User, number: int) -> Notice:
    """The candidate's notice `number`, still waiting and a proposal, or a clear refusal."""
    from followup.delivery.models import Notice

    notice = Notice.objects.filter(user=user, pk=number).first()
    if notice is None:
        raise NoSuchNotice("NOTICE", f"no notice {number}")
    if not notice.proposal:
        raise InputError(
            "NOTICE",
            f"notice {number} proposes nothing to confirm: put it away with "
            f"followup outbox dismiss {number}",
        )
    if notice.seen:
        raise InputError("NOTICE", f"notice {number} was already answered or dismissed")
    if notice.proposal != "new" and notice.interview_id is None:
        raise InputError("NOTICE", f"the interview notice {number} was about no longer exists")
    return notice


def close(notice: Notice, answer: str) -> None:
    notice.seen = True
    notice.proposed = {**notice.proposed, "answer": answer}
    notice.save(update_fields=["seen", "proposed"])


def invitation_bytes(notice: Notice) -> bytes:
    """The invitation a new proposal saved under the store's folder."""
    from pathlib import Path

    path = Path(str(notice.proposed.get("file", "")))
    try:
        return path.read_bytes()
    except OSError:
        raise InputError(
            "NOTICE",
            f"the invitation of notice {notice.pk} is no longer at {path}: "
            "add the interview from the invitation's email instead",
        ) from None


def settle_added(user: User, uid: str) -> int:
    """Put away the proposals to add invitation `uid`: it has been added. How many."""
    from followup.delivery.models import Notice

    count = 0
    for notice in Notice.objects.filter(user=user, proposal="new", seen=False):
        if notice.proposed.get("uid") == uid:
            close(notice, "confirmed")
            count += 1
    return count


def confirm(user: User, number: int, now: datetime) -> Answered:
    """Carry out a move or a cancellation; a new invitation is added by its form instead."""
    from django.db import transaction

    from followup import config
    from followup.record.interview import record_outcome, set_facts
    from followup.store import services
    from followup.store.models import Interview

    notice = waiting(user, number)
    if notice.proposal == "new":
        raise InputError(
            "NOTICE",
            f"notice {number} is a new invitation: add it with its form (web) or "
            f"followup add {notice.proposed.get('file', 'FILE')}",
        )
    interview_id = notice.interview_id
    assert interview_id is not None  # checked by `waiting`
    proposed = notice.proposed
    with transaction.atomic():
        if notice.proposal == "cancel":
            record_outcome(user, interview_id, now=now, kind="called_off")
            sequence = max(int(proposed.get("sequence", 0)), 0)
            Interview.objects.filter(
                user=user, pk=interview_id, invite_sequence__lt=sequence
            ).update(invite_sequence=sequence)
            text = f"Interview {interview_id} is marked called off; its follow-ups stop."
        else:
            defaults = config.defaults_from(services.settings_of(user))
            changes = [("start", str(proposed["start"]))]
            if proposed.get("end"):
                changes.append(("end", str(proposed["end"])))
            set_facts(user, interview_id, changes, defaults)
            fields: dict[str, Any] = {"invite_sequence": max(int(proposed.get("sequence", 0)), 0)}
            if proposed.get("location") is not None:
                fields["location"] = str(proposed["location"])[:500]
            Interview.objects.filter(user=user, pk=interview_id).update(**fields)
            text = f"Interview {interview_id} is moved; its plan follows the new time."
        close(notice, "confirmed")
    return Answered(number, notice.proposal, "confirmed", interview_id, text)


def decline(user: User, number: int) -> Answered:
    """Keep things as they are and put the proposal away."""
    from django.db import transaction

    from followup.store.models import Interview

    notice = waiting(user, number)
    with transaction.atomic():
        if notice.proposal == "move" and notice.interview_id is not None:
            # The old time stays; this copy (and any older one) is not proposed again.
            sequence = max(int(notice.proposed.get("sequence", 0)), 0)
            Interview.objects.filter(
                user=user, pk=notice.interview_id, invite_sequence__lt=sequence
            ).update(invite_sequence=sequence)
        close(notice, "declined")
    text = {
        "new": "Not added: that invitation is not an interview.",
        "move": f"Interview {notice.interview_id} keeps its time.",
        "cancel": f"Interview {notice.interview_id} stays on.",
    }[notice.proposal]
    return Answered(number, notice.proposal, "declined", notice.interview_id, text)
