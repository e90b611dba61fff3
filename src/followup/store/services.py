"""Every write to the store, each in one IMMEDIATE transaction, each followed by a replan.

A command describes its change as a function from the interview as stored to
the interview as it should be (`update`); the change is validated by the core
value itself, written, and the interview's open actions are recomputed by the
rules core and stored with their instants in indexed columns. Any error, or
Ctrl-C, inside the transaction leaves the store as it was.

This module is also the seam for other features: `load(user, id)` gives the
stored interview as a core value with the user's policy and settings (for
drafting and linting notes about stored interviews).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.db import transaction

from followup import config
from followup.errors import FollowupError, InputError
from followup.etiquette.model import Action, Interview, Plan, Verdict
from followup.etiquette.planner import plan
from followup.etiquette.policy import Policy
from followup.store import convert, models
from followup.store.location import rules_stamp

# Re-exported: what `replan` stores, planned by the Django-free store.planning.
from followup.store.planning import open_actions as open_actions
from followup.store.planning import plan_as_of as plan_as_of

# Re-exported: callers write through services, and these checks belong to writing.
from followup.store.plausible import CLOCK_SKEW as CLOCK_SKEW
from followup.store.plausible import check_happened as check_happened
from followup.store.plausible import check_new_contacts as check_new_contacts


class Refused(FollowupError):
    """The guardrails refused a contact and no override was given: nothing recorded."""

    exit_code = 1

    def __init__(self, verdict: Verdict, hint: str, to: str | None = None) -> None:
        super().__init__(f"refused: {verdict.reason} Not recorded. {hint}")
        self.verdict = verdict
        # Whom the refused contact was for (the default recipient, when none was named).
        self.to = to


@dataclass(frozen=True)
class Stored:
    """One stored interview as the rules see it."""

    id: int
    round: int
    interview: Interview
    policy: Policy
    settings: dict[str, Any]


# -- reading -----------------------------------------------------------------


def settings_of(user: models.User) -> dict[str, Any]:
    return dict(models.Setting.objects.filter(user=user).values_list("name", "value"))


def policy_of(user: models.User) -> Policy:
    return config.policy_from(settings_of(user))


def companies_of(user: models.User) -> list[str]:
    """The companies already stored, by name (offered when adding an interview)."""
    return list(
        models.Company.objects.filter(user=user).order_by("name").values_list("name", flat=True)
    )


def next_action(user: models.User, interview_id: int, now: datetime) -> models.Action | None:
    """The stored action of one interview due first, among those not expired at `now`
    (with its interview, whose zone the line about it names)."""
    return (
        models.Action.objects.filter(user=user, interview_id=interview_id)
        .select_related("interview")
        .exclude(expires__lte=now)
        .order_by("due", "position")
        .first()
    )


def describe_ids(ids: Iterable[int]) -> str:
    """1, 2, 3, 5, 8, 9 -> '1-3, 5, 8-9' (an unknown ID says which exist)."""
    runs: list[list[int]] = []
    for n in sorted(ids):
        if runs and n == runs[-1][1] + 1:
            runs[-1][1] = n
        else:
            runs.append([n, n])
    return ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in runs)


def get(user: models.User, interview_id: int) -> models.Interview:
    rows = convert.with_facts(models.Interview.objects.filter(user=user, pk=interview_id))
    found = next(iter(rows), None)
    if found is None:
        ids = list(models.Interview.objects.filter(user=user).values_list("pk", flat=True))
        known = (
            f"the stored IDs are {describe_ids(ids)}"
            if ids
            else "no interview is stored yet (followup add FILE adds one)"
        )
        raise InputError("ID", f"no interview {interview_id}; {known}")
    return found


def round_of(row: models.Interview) -> int:
    """Which round of its application this interview is (1 for the first)."""
    earlier = models.Interview.objects.filter(
        application_id=row.application_id, start__lt=row.start
    ).count()
    return earlier + 1


def load(user: models.User, interview_id: int) -> Stored:
    row = get(user, interview_id)
    settings = settings_of(user)
    return Stored(
        id=row.pk,
        round=round_of(row),
        interview=convert.to_core(row),
        policy=config.policy_from(settings),
        settings=settings,
    )


def plan_now(stored: Stored, now: datetime) -> Plan:
    # `now` may be a pretend moment (--now) before some of the log.
    return plan(stored.interview.as_of(now), now, stored.policy)


# -- the stored plan -----------------------------------------------------------


# Interviews read at once when every plan is recomputed.
BATCH = 200


def replan(
    user: models.User,
    row: models.Interview,
    interview: Interview,
    policy: Policy,
    *,
    fresh: bool = False,
) -> int:
    """Recompute and store the open actions of one interview; returns how many.

    `fresh`: the interview was just created, so it has no stored actions yet.
    """
    if not fresh:
        models.Action.objects.filter(interview=row).delete()
    actions = [
        models.Action(
            user=user,
            interview=row,
            application_id=row.application_id,
            action_id=action.id,
            kind=action.kind.value,
            to_name=action.to,
            channel=action.channel.value,
            not_before=convert.utc(action.not_before),
            due=convert.utc(action.due),
            expires=convert.utc(action.expires) if action.expires else None,
            why=action.why,
            sources=" ".join(s.id for s in action.sources),
            position=position,
        )
        for position, action in open_actions(interview, policy)
    ]
    models.Action.objects.bulk_create(actions)
    recount_active(user, [row.application_id])
    return len(actions)


def recount_active(user: models.User, applications: Iterable[int] | None = None) -> None:
    """Inside the write's transaction: whether these applications (all the user's
    when None) are active, as the agenda counts them (convert.recount_active)."""
    from django.db import connection

    connection.ensure_connection()
    db: Any = connection.connection
    if connection.vendor == "postgresql":
        from followup.store.server import QmarkConnection

        db = QmarkConnection(db)
    convert.recount_active(db, user.pk, applications)


def serialised(user: models.User) -> None:
    """Inside a write transaction: wait for the user's other writes, as SQLite's
    IMMEDIATE transactions do for the whole file.

    On PostgreSQL a read-then-write (is this thank-you already logged? is this
    interview already stored?) would otherwise let two commands at once both
    see "no" and both write: the user's row is locked until the commit, so one
    user's writes queue and other users' do not wait. On SQLite the
    transaction already holds the write lock: nothing to do.
    """
    from django.db import connection

    if connection.vendor == "postgresql":
        list(models.User.objects.select_for_update().filter(pk=user.pk).values_list("pk"))


def refresh_plans(user: models.User) -> int:
    """Recompute every stored plan (new rules, or a policy setting changed).

    As import does it: the interviews read with sqlite3 a batch of IDs at a
    time (exchange.stored_interviews), every open action deleted in one
    statement and the new ones written with one `executemany` per batch, all
    in one transaction. Building Django models per interview and per action
    cost 75 s over 20,000 interviews.
    """
    from django.db import connection

    from followup.store.exchange import stored_interviews

    with transaction.atomic():
        serialised(user)
        user.refresh_from_db()
        stamp = rules_stamp()
        policy = policy_of(user)
        connection.ensure_connection()
        db: Any = connection.connection
        reader: Any = db
        if connection.vendor == "postgresql":
            from followup.store.server import QmarkConnection, Reader

            # The reads are written for sqlite3: on PostgreSQL they go through
            # a reader of the same shape (its own connection; the interviews
            # are not written here), the writes through Django's transaction.
            reader, db = Reader(connection.settings_dict), QmarkConnection(db)
        try:
            applications = dict(
                reader.execute(
                    "SELECT id, application_id FROM followup_interview WHERE user_id = ?",
                    (user.pk,),
                ).fetchall()
            )
            db.execute("DELETE FROM followup_action WHERE user_id = ?", (user.pk,))
            count = 0
            batch: list[tuple[int, int, list[tuple[int, Action]]]] = []
            for pk, interview in stored_interviews(reader, user.pk):
                batch.append((pk, applications[pk], open_actions(interview, policy)))
                count += 1
                if len(batch) == BATCH:
                    convert.store_actions(db, user.pk, batch)
                    batch.clear()
            convert.store_actions(db, user.pk, batch)
            convert.recount_active(db, user.pk)
        finally:
            if reader is not db:
                reader.close()
        user.rules_stamp = stamp
        user.save(update_fields=["rules_stamp"])
    return count


# -- writing -----------------------------------------------------------------


def _prune(user: models.User) -> None:
    """Forget companies, roles and people no interview refers to any more."""
    models.Person.objects.filter(user=user, seats__isnull=True, contacts__isnull=True).delete()
    models.Application.objects.filter(user=user, interviews__isnull=True).delete()
    models.Company.objects.filter(user=user, applications__isnull=True).delete()


def duplicate_of(user: models.User, interview: Interview) -> int | None:
    match = models.Interview.objects.filter(
        user=user,
        application__company__key=convert.company_key(interview.company),
        application__key=convert.company_key(interview.role),
        start=convert.utc(interview.start),
    ).first()
    return match.pk if match else None


def add(user: models.User, interview: Interview) -> int:
    """Store a new interview and its plan; returns its ID."""
    with transaction.atomic():
        serialised(user)
        existing = duplicate_of(user, interview)
        if existing is not None:
            raise InputError(
                "start",
                f"{interview.role} at {interview.company} on "
                f"{interview.local_start:%Y-%m-%d %H:%M} is already stored as interview "
                f"{existing} (followup edit {existing} changes it)",
            )
        row = convert.write(user, interview)
        replan(user, row, interview, policy_of(user), fresh=True)
        return row.pk


def invitation_added(user: models.User, uid: str) -> int | None:
    """The interview already added from the calendar invitation `uid`, if any."""
    match = models.Interview.objects.filter(user=user, invite_uid=uid[:255]).first()
    return match.pk if match else None


def keep_invitation(
    user: models.User,
    interview_id: int,
    *,
    uid: str,
    sequence: int,
    location: str | None,
    video_link: str | None,
) -> None:
    """Store the UID, SEQUENCE, place and link of the invitation an interview came from,
    so that a later update or cancellation of the same event finds it."""
    models.Interview.objects.filter(user=user, pk=interview_id).update(
        invite_uid=uid[:255],
        invite_sequence=max(sequence, 0),
        location=(location or "")[:500],
        video_link=(video_link or "")[:1000],
    )


def update(
    user: models.User, interview_id: int, change: Callable[[Interview], Interview]
) -> tuple[Interview, Interview]:
    """Apply `change` to one stored interview, store the result and replan it.

    1. Take the write lock (IMMEDIATE) and read the interview as stored, so
       two commands at once see each other's contacts (no double thank-you).
    2. `change` returns the new facts or raises (a refusal, bad input): then
       nothing is written.
    3. Write the facts, forget orphaned people, and recompute the plan.
    """
    with transaction.atomic():
        serialised(user)
        row = get(user, interview_id)
        application = row.application_id  # an edit may move it to another company or role
        before = convert.to_core(row)
        after = change(before)
        if after == before:
            return before, after
        duplicate = duplicate_of(user, after)
        if duplicate is not None and duplicate != row.pk:
            raise InputError(
                "start", f"interview {duplicate} is already this role at this company and time"
            )
        convert.write(user, after, row)
        _prune(user)
        replan(user, row, after, policy_of(user))
        if row.application_id != application:
            recount_active(user, [application])
        return before, after


def delete(user: models.User, interview_id: int) -> Interview:
    with transaction.atomic():
        serialised(user)
        row = get(user, interview_id)
        interview = convert.to_core(row)
        application = row.application_id
        row.delete()
        _prune(user)
        recount_active(user, [application])  # its other rounds, if any, decide now
        return interview


def rebuild(interview: Interview, **changes: Any) -> Interview:
    """A copy with some facts changed, checked by the core value's own rules."""
    from dataclasses import replace

    try:
        return replace(interview, **changes)
    except ValueError as exc:
        field, _, message = str(exc).partition(": ")
        raise InputError(field, message) from None


# -- settings ------------------------------------------------------------------


def set_setting(user: models.User, name: str, value: Any) -> None:
    set_settings(user, {name: value})


def set_settings(user: models.User, changes: dict[str, Any]) -> None:
    """Store several settings at once, all or none (a value of None unsets one).

    The settings page saves its whole form: a country and its province are
    checked together, and a refusal of one leaves every other as it was.
    """
    found = {name: config.find(name) for name in changes}
    with transaction.atomic():
        serialised(user)
        stored = settings_of(user)
        stored.update(changes)
        subdivision = _check_region(stored)
        if "subdivision" in changes and changes["subdivision"] is not None:
            changes = {**changes, "subdivision": subdivision}  # "Ontario" is kept as ON
        for name, value in changes.items():
            if value is None:
                models.Setting.objects.filter(user=user, name=name).delete()
            else:
                models.Setting.objects.update_or_create(
                    user=user, name=name, defaults={"value": value}
                )
        if any(setting.replans for setting in found.values()):
            config.policy_from(
                {k: v for k, v in stored.items() if v is not None}, stored_hint=False
            )
            refresh_plans(user)


def unset_setting(user: models.User, name: str) -> None:
    setting = config.find(name)
    with transaction.atomic():
        serialised(user)
        models.Setting.objects.filter(user=user, name=name).delete()
        if setting.replans:
            refresh_plans(user)


def _check_region(stored: dict[str, Any]) -> str | None:
    """The stored province or state as its code ('Ontario' -> ON), checked
    against the country; None when there is none."""
    from followup.etiquette.businessdays import BusinessCalendar, UnknownRegion
    from followup.places import subdivision_code

    if stored.get("subdivision") is None:
        return None
    country = config.value_of("country", {k: v for k, v in stored.items() if v is not None})
    typed = str(stored["subdivision"])
    code = subdivision_code(country, typed) or typed
    try:
        BusinessCalendar(country, code)
    except UnknownRegion as exc:
        raise InputError(exc.field, str(exc)) from None
    return code
