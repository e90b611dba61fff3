"""Which stored interview a read message belongs to (for `followup read`).

In order: one of our Message-IDs in its In-Reply-To, References or, for a
report, the message it reports on; an invitation's UID (the one stored when
the interview was added from it); the address of an interviewer (the
sender, or for a bounce the address that failed): their latest interview.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from followup.inbox.message import Reading
    from followup.store.models import User


def interview_of(user: User, reading: Reading) -> int | None:
    from followup.delivery.models import Message
    from followup.store.models import Interview, Interviewer

    if reading.refers_to:
        ours = (
            Message.objects.filter(user=user, message_id__in=list(reading.refers_to))
            .exclude(interview=None)
            .order_by("-id")
            .first()
        )
        if ours is not None and ours.interview_id is not None:
            return int(ours.interview_id)
    if reading.events:
        uids = [e.uid for e in reading.events]
        found = Interview.objects.filter(user=user, invite_uid__in=uids).order_by("-start").first()
        return int(found.pk) if found is not None else None
    addresses = list(reading.failed_recipients) or (
        [reading.sender.email] if reading.sender else []
    )
    for address in addresses:
        seat = (
            Interviewer.objects.filter(user=user, person__email__iexact=address)
            .order_by("-interview__start")
            .first()
        )
        if seat is not None:
            return int(seat.interview_id)
    return None
