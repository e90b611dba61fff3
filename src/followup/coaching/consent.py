"""The use cases of accounts and consent: each takes the people involved, an explicit
`now` and plain values, writes in one transaction, and returns what changed.

- `invite`: an administrator's sign-up link, or a candidate's link for a coach.
- `open_invitation` / `accept`: a link checked (unknown, used, expired or
  revoked links are refused with one sentence) and used once.
- `grants_of`, `change`, `revoke`: who can read what; the candidate changes or
  ends a grant at any time.
- `grant_for`: the one check every coach page makes (a candidate without an open
  grant to this coach, or deactivated, is "not found").
- `record_access`: every read by someone other than the owner, in the owner's log.
- `set_active`: an administrator deactivates or reactivates an account; its
  rows are kept.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

from django.db import transaction

from followup.coaching.models import Access, Grant, Invitation
from followup.errors import InputError
from followup.store.models import User

# How long an invitation link can be used; then a new one must be made.
INVITATION_DAYS = 7
# 32 random bytes, URL-safe: 43 characters.
TOKEN_BYTES = 32


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def invite(
    sender: User,
    kind: str,
    now: datetime,
    *,
    email: str = "",
    notes: bool = False,
    comments: bool = False,
    days: int = INVITATION_DAYS,
) -> tuple[Invitation, str]:
    """A new invitation and its token (shown once; only its hash is stored)."""
    if kind == Invitation.ACCOUNT and not sender.is_staff:
        raise InputError("kind", "only an administrator can invite someone to make an account")
    if kind not in (Invitation.ACCOUNT, Invitation.COACH):
        raise InputError("kind", f"{kind!r} is not a kind of invitation")
    token = secrets.token_urlsafe(TOKEN_BYTES)
    invitation = Invitation.objects.create(
        created_by=sender,
        kind=kind,
        email=email,
        token_hash=token_hash(token),
        created=now,
        expires=now + timedelta(days=days),
        notes=notes and kind == Invitation.COACH,
        comments=comments and kind == Invitation.COACH,
    )
    return invitation, token


def open_invitation(token: str, now: datetime) -> Invitation:
    """The invitation of this link, if it can still be used."""
    found = (
        Invitation.objects.select_related("created_by").filter(token_hash=token_hash(token)).first()
    )
    if found is None:
        raise InputError("", "This invitation link is not known: check that it was copied whole.")
    if found.used is not None:
        raise InputError("", "This invitation link has already been used.")
    if found.revoked is not None or not found.created_by.is_active:
        raise InputError("", "This invitation was withdrawn.")
    if found.expires <= now:
        raise InputError("", "This invitation link has expired: ask for a new one.")
    return found


def accept(invitation: Invitation, user: User, now: datetime) -> Grant | None:
    """Use the invitation once for `user`; a coach's invitation opens a grant.

    The conditional UPDATE makes the link single-use even when two people
    follow it at the same moment.
    """
    if invitation.kind == Invitation.COACH and invitation.created_by_id == user.pk:
        raise InputError("", "This is your own invitation: send the link to your coach.")
    with transaction.atomic():
        taken = Invitation.objects.filter(
            pk=invitation.pk, used__isnull=True, revoked__isnull=True, expires__gt=now
        ).update(used=now, used_by=user)
        if not taken:
            raise InputError("", "This invitation link has already been used.")
        if invitation.kind != Invitation.COACH:
            return None
        Grant.objects.filter(
            candidate_id=invitation.created_by_id, coach=user, revoked__isnull=True
        ).update(revoked=now)
        grant = Grant.objects.create(
            candidate_id=invitation.created_by_id,
            coach=user,
            notes=invitation.notes,
            comments=invitation.comments,
            created=now,
        )
        Access.objects.create(
            owner_id=invitation.created_by_id,
            reader=user,
            at=now,
            what="accepted your invitation to coach you",
        )
    return grant


def grants_of(candidate: User) -> list[Grant]:
    """Every grant the candidate gave, open ones first, with the coach (one query)."""
    return list(
        Grant.objects.filter(candidate=candidate)
        .select_related("coach")
        .order_by("revoked", "-created")
    )


def _own_grant(candidate: User, grant_id: int) -> Grant:
    grant = Grant.objects.filter(candidate=candidate, pk=grant_id, revoked__isnull=True).first()
    if grant is None:
        raise InputError("grant", "no such open grant (it may have been revoked already)")
    return grant


def change(candidate: User, grant_id: int, *, notes: bool, comments: bool) -> Grant:
    grant = _own_grant(candidate, grant_id)
    grant.notes = notes
    grant.comments = comments
    grant.save(update_fields=["notes", "comments"])
    return grant


def revoke(candidate: User, grant_id: int, now: datetime) -> Grant:
    grant = _own_grant(candidate, grant_id)
    grant.revoked = now
    grant.save(update_fields=["revoked"])
    return grant


def withdraw(sender: User, invitation_id: int, now: datetime) -> Invitation:
    """Withdraw an unused invitation the sender made."""
    found = Invitation.objects.filter(
        created_by=sender, pk=invitation_id, used__isnull=True, revoked__isnull=True
    ).first()
    if found is None:
        raise InputError("invitation", "no such unused invitation")
    found.revoked = now
    found.save(update_fields=["revoked"])
    return found


def grant_for(coach: User, candidate_id: int) -> Grant | None:
    """The open grant from an active candidate to this coach, with the candidate."""
    return (
        Grant.objects.select_related("candidate")
        .filter(
            coach=coach, candidate_id=candidate_id, revoked__isnull=True, candidate__is_active=True
        )
        .exclude(candidate=coach)
        .first()
    )


def coached_ids(coach: User) -> Any:
    """The candidates of `coach`'s open grants from active candidates, as a subquery
    (the statements of the board read through it rather than a list of 200 ids)."""
    return (
        Grant.objects.filter(coach=coach, revoked__isnull=True, candidate__is_active=True)
        .exclude(candidate=coach)
        .values("candidate_id")
    )


def coached(coach: User) -> list[Grant]:
    """The coach's open grants from active candidates, with the candidate (one query)."""
    return list(
        Grant.objects.select_related("candidate")
        .filter(coach=coach, revoked__isnull=True, candidate__is_active=True)
        .exclude(candidate=coach)
        .order_by("candidate__username")
    )


# Audit lines per INSERT statement (record_access).
AUDIT_BATCH = 1000


def record_access(
    owners: Iterable[int], reader: User, what: str, now: datetime, path: str = ""
) -> None:
    """One line in each owner's audit log (one statement, whatever the number of owners).

    Written out as one multi-row INSERT: `bulk_create` built a model and its
    field values for each of a board's 200 candidates, about a third of the
    board's time (bench/README.md)."""
    from django.db import connection

    ids = [int(owner) for owner in owners if owner != reader.pk]
    if not ids:
        return
    at = connection.ops.adapt_datetimefield_value(now)
    cut = path[:500]
    table = Access._meta.db_table
    # As bulk_create: one transaction, and batches that keep within SQLite's
    # limit on a statement's parameters (32,766; 5 a row).
    columns = f"INSERT INTO {table} (owner_id, reader_id, at, what, path)"
    with transaction.atomic(savepoint=False), connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # The owners as one array: psycopg parses a statement's placeholders
            # again on every call once it has many (1,000 for a board of 200).
            cursor.execute(
                f"{columns} SELECT owner, %s, %s, %s, %s FROM unnest(%s::bigint[]) AS owner",
                [reader.pk, at, what, cut, ids],
            )
            return
        for start in range(0, len(ids), AUDIT_BATCH):
            batch = ids[start : start + AUDIT_BATCH]
            parameters: list[Any] = []
            for owner in batch:
                parameters += [owner, reader.pk, at, what, cut]
            values = ", ".join(["(%s, %s, %s, %s, %s)"] * len(batch))
            cursor.execute(f"{columns} VALUES {values}", parameters)


def audit_log(owner: User, limit: int = 200) -> list[Access]:
    return list(
        Access.objects.filter(owner=owner).select_related("reader").order_by("-at", "-pk")[:limit]
    )


def set_active(admin: User, user_id: int, active: bool, now: datetime) -> User:
    """Deactivate (or reactivate) an account: it cannot log in; everything it holds is kept."""
    if not admin.is_staff:
        raise InputError("", "only an administrator manages accounts")
    if user_id == admin.pk and not active:
        raise InputError("", "you cannot deactivate your own account")
    found = User.objects.filter(pk=user_id).first()
    if found is None:
        raise InputError("", "no such account")
    with transaction.atomic():
        found.is_active = active
        found.save(update_fields=["is_active"])
        verb = "reactivated" if active else "deactivated"
        record_access([found.pk], admin, f"{verb} your account", now)
    return found
