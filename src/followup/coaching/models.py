"""Invitations, consent (grants), coaches' comments, the audit log and the house policy.

A grant is the candidate's consent: while it is not revoked, its coach may read
the candidate's interviews (and their notes, and comment, if the grant says
so). Nothing is ever deleted when an account is deactivated: its rows stay and
the account can no longer log in.
"""

from __future__ import annotations

from typing import Any

from django.db import models

from followup.store.models import User


class Invitation(models.Model):
    """A link to sign up (from an administrator) or to coach a candidate (from the candidate).

    Only the SHA-256 of the token is stored; the link is shown once. Single use
    (`used` set when accepted) and expiring.
    """

    ACCOUNT = "account"
    COACH = "coach"
    KINDS = ((ACCOUNT, "account"), (COACH, "coach"))

    created_by = models.ForeignKey(User, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=16, choices=KINDS)
    email = models.CharField(max_length=320, blank=True, default="")
    token_hash = models.CharField(max_length=64, unique=True)
    created = models.DateTimeField()
    expires = models.DateTimeField()
    used = models.DateTimeField(null=True, blank=True)
    used_by = models.ForeignKey(
        User, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    revoked = models.DateTimeField(null=True, blank=True)
    # What the coach may do once the candidate's invitation is accepted.
    notes = models.BooleanField(default=False)
    comments = models.BooleanField(default=False)


class Grant(models.Model):
    """A candidate's consent to one coach: read their interviews (notes and comments if said)."""

    candidate = models.ForeignKey(User, on_delete=models.CASCADE, related_name="grants_given")
    coach = models.ForeignKey(User, on_delete=models.CASCADE, related_name="grants_held")
    notes = models.BooleanField(default=False)
    comments = models.BooleanField(default=False)
    created = models.DateTimeField()
    revoked = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["candidate", "coach"],
                condition=models.Q(revoked__isnull=True),
                name="grant_one_open_per_coach",
            )
        ]
        indexes = [models.Index(fields=["coach", "revoked"], name="grant_coach_open")]


class Comment(models.Model):
    """A coach's comment, or suggested draft, on a candidate's interview (only with a
    grant that allows it)."""

    candidate = models.ForeignKey(User, on_delete=models.CASCADE, related_name="+")
    author = models.ForeignKey(User, on_delete=models.CASCADE, related_name="+")
    # No foreign key: a deleted interview leaves its comments unmatched, as snoozes do.
    interview_id = models.PositiveBigIntegerField()
    text = models.TextField()
    # A draft the coach suggests (kept as written, line breaks and all), not a remark.
    draft = models.BooleanField(default=False)
    at = models.DateTimeField()

    class Meta:
        indexes = [models.Index(fields=["candidate", "interview_id"], name="comment_interview")]


class Access(models.Model):
    """One read (or change) of `owner`'s data by someone else: the owner's audit log."""

    owner = models.ForeignKey(User, on_delete=models.CASCADE, related_name="+")
    reader = models.ForeignKey(User, on_delete=models.CASCADE, related_name="+")
    at = models.DateTimeField()
    what = models.CharField(max_length=200)
    path = models.CharField(max_length=500, blank=True, default="")

    class Meta:
        indexes = [models.Index(fields=["owner", "at"], name="access_owner_at")]


class HousePolicy(models.Model):
    """One default of config.SETTINGS set by the centre; a candidate's own setting wins."""

    name = models.CharField(max_length=64, unique=True)
    value: models.JSONField[Any] = models.JSONField()
    updated_by = models.ForeignKey(
        User, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    updated = models.DateTimeField()


class Attempt(models.Model):
    """One failed log-in or one password-reset request, for the rate limits (coaching/limits.py).

    Kept in the database so every web process and machine counts the same
    attempts; rows older than the longest window are deleted as new ones come.
    """

    what = models.CharField(max_length=16)
    key = models.CharField(max_length=400)
    at = models.DateTimeField()

    class Meta:
        indexes = [
            models.Index(fields=["what", "key", "at"], name="attempt_key_at"),
            models.Index(fields=["at"], name="attempt_at"),
        ]
