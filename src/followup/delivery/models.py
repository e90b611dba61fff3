"""The delivery tables: outbox messages, the mail account, the calendar feed's state.

Instants are UTC. The outbox's `send_after` is an indexed column, so the
worker's "what is due now" is one indexed query (`state = queued AND
send_after <= now`), like healthchecks' `alert_after`.
"""

from __future__ import annotations

from datetime import time

from django.db import models

from followup.store.models import Interview, User


class State(models.TextChoices):
    QUEUED = "queued"
    # Claimed by a worker. `phase` says how far it got (see worker.py).
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    # The worker died while the server may have accepted it: the candidate must say.
    UNKNOWN = "unknown"
    # The plan no longer calls for it (a reply came, the candidate logged it by hand).
    CANCELLED = "cancelled"
    # Sent, then reported undeliverable by a mail server (a bounce names the address).
    BOUNCED = "bounced"


class Phase(models.TextChoices):
    # Claimed; nothing has reached the server's DATA command yet: safe to retry.
    CLAIMED = "claimed"
    # The message body is going to the server: from here a crash is ambiguous.
    DATA = "data"


class Message(models.Model):
    """One email of the outbox, with the Message-ID it keeps for its whole life."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="+")
    # None for the morning digest (to the candidate, about every interview).
    interview = models.ForeignKey(
        Interview, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    action_id = models.CharField(max_length=100, blank=True, default="")
    # The other actions this one message carries (writing.drafting.Draft.covers,
    # e.g. ["thank_you:priya-raman"]): sent, it is logged once for each of them too.
    covers = models.JSONField(default=list, blank=True)
    kind = models.CharField(max_length=32)  # a writing.kinds.NoteKind, or "digest"
    message_id = models.CharField(max_length=255, unique=True)
    sender = models.CharField(max_length=320)
    sender_name = models.CharField(max_length=200, blank=True, default="")
    recipient = models.CharField(max_length=320)
    recipient_name = models.CharField(max_length=200, blank=True, default="")
    subject = models.CharField(max_length=500)
    body = models.TextField()
    state = models.CharField(max_length=16, choices=State.choices, default=State.QUEUED)
    phase = models.CharField(max_length=16, choices=Phase.choices, blank=True, default="")
    send_after = models.DateTimeField()
    attempts = models.PositiveIntegerField(default=0)
    last_error = models.TextField(blank=True, default="")
    # Which worker holds it (host:pid), and since when: a dead holder's rows are recovered.
    claimed_by = models.CharField(max_length=100, blank=True, default="")
    claimed_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    # The local date of a digest, so one day never gets two.
    digest_day = models.DateField(null=True, blank=True)
    created = models.DateTimeField()

    class Meta:
        indexes = [
            models.Index(fields=["state", "send_after"], name="message_state_due"),
            models.Index(fields=["user", "interview", "action_id"], name="message_action"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "digest_day"],
                condition=models.Q(kind="digest"),
                name="message_one_digest_a_day",
            )
        ]

    def __str__(self) -> str:
        return f"#{self.pk} {self.kind} to {self.recipient} ({self.state})"


class Proposal(models.TextChoices):
    """What an invitation from the inbox proposes; the candidate confirms or declines."""

    NEW = "new"  # a new UID: add it as an interview
    MOVE = "move"  # a known UID, a higher SEQUENCE, another time or place
    CANCEL = "cancel"  # METHOD:CANCEL of a known UID: mark it called off


class Notice(models.Model):
    """Something the candidate must be told: a reply arrived, a message needs confirming.

    A notice with a `proposal` is an invitation's proposal (`delivery.proposals`):
    `interview` is the interview it is about (none for a new one), `proposed`
    the values it would apply (JSON: uid, sequence, start, end, location...).
    Confirming or declining it puts it away (`seen`).
    """

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="+")
    created = models.DateTimeField()
    text = models.TextField()
    message = models.ForeignKey(
        Message, on_delete=models.CASCADE, null=True, blank=True, related_name="notices"
    )
    seen = models.BooleanField(default=False)
    interview = models.ForeignKey(
        Interview, on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    proposal = models.CharField(max_length=8, choices=Proposal.choices, blank=True, default="")
    proposed = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["created", "id"]


class Account(models.Model):
    """The candidate's mail account. The password is never stored: only where to find it."""

    user = models.OneToOneField(User, on_delete=models.CASCADE, related_name="+")
    sender = models.CharField(max_length=320, blank=True, default="")
    sender_name = models.CharField(max_length=200, blank=True, default="")
    smtp_host = models.CharField(max_length=255, blank=True, default="")
    smtp_port = models.PositiveIntegerField(default=587)
    smtp_security = models.CharField(max_length=16, default="starttls")  # starttls, tls, none
    smtp_user = models.CharField(max_length=320, blank=True, default="")
    # "env:NAME", "file:/path", "keyring" or "" (no password).
    smtp_password = models.CharField(max_length=1000, blank=True, default="")
    imap_host = models.CharField(max_length=255, blank=True, default="")
    imap_port = models.PositiveIntegerField(default=993)
    imap_security = models.CharField(max_length=16, default="tls")
    imap_user = models.CharField(max_length=320, blank=True, default="")
    imap_password = models.CharField(max_length=1000, blank=True, default="")
    imap_folder = models.CharField(max_length=255, default="INBOX")
    # Where reply polling got to: the folder's UIDVALIDITY and the last UID read.
    imap_uidvalidity = models.BigIntegerField(null=True, blank=True)
    imap_last_uid = models.BigIntegerField(default=0)
    # The morning digest, at this local time: off until asked for (`followup mail
    # digest --on`), and sent only once SMTP is set up. It had been on by default,
    # so setting up SMTP mailed one unasked (issue 16's review).
    digest = models.BooleanField(default=False)
    digest_at = models.TimeField(default=time(7, 30))


class CalendarEntry(models.Model):
    """The SEQUENCE of one calendar UID, raised whenever its event changes."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="+")
    uid = models.CharField(max_length=255)
    sequence = models.PositiveIntegerField(default=0)
    fingerprint = models.CharField(max_length=64)
    # The event's text as last published: an event that disappears is sent
    # once more, cancelled, from it.
    event = models.TextField(default="")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "uid"], name="calendar_entry_unique_uid")
        ]


class FeedToken(models.Model):
    """The secret of the subscribable calendar URL; only its hash is kept."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="+")
    digest = models.CharField(max_length=64, unique=True)
    created = models.DateTimeField()
    revoked = models.DateTimeField(null=True, blank=True)
