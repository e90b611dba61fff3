"""When things could have happened: checks of a record's moments, free of Django.

`followup add FILE` runs them before the store exists, so a file with a
contact that cannot be recorded leaves no empty store behind; the store's
services (`store.services`) use the same functions for every write.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Literal

from followup.errors import InputError
from followup.etiquette.model import Interview
from followup.etiquette.policy import Policy

# How far into the future a recorded moment may be: a laptop clock a few minutes
# behind the phone that sent the email should not make "just now" an error, yet
# five minutes is too short to record a contact that has not happened yet.
CLOCK_SKEW = timedelta(minutes=5)


def check_happened(
    interview: Interview,
    moment: datetime,
    field: str,
    *,
    after: Literal["start", "end"] | None,
    now: datetime,
    given: bool = True,
) -> None:
    """Refuse a moment that cannot be when something happened.

    Before the interview's start (a reply, an outcome) or end (a follow-up of
    ours: a thank-you for an interview still under way), or later than `now`
    beyond the clock skew allowed. `after=None`: any past moment will do (a
    withdrawal, which may come before the interview). `given`: the moment was
    typed, not the clock's default; the sentence says which.
    """
    local = moment.astimezone(interview.tz)
    shown = f"{local:%a %d %b %Y %H:%M}" if given else f"now ({local:%a %d %b %Y %H:%M})"
    limit = interview.local_start if after == "start" else interview.local_end
    if after is not None and moment.astimezone(UTC) < limit.astimezone(UTC):
        verb = "started" if after == "start" else "ended"
        raise InputError(
            field,
            f"{shown} is before the interview {verb} ({limit:%a %d %b %Y %H:%M}); "
            "give the moment it happened",
        )
    if moment.astimezone(UTC) > now.astimezone(UTC) + CLOCK_SKEW:
        raise InputError(field, f"{shown} is in the future; record it once it has happened")


def check_new_contacts(
    after: Interview, policy: Policy, now: datetime, before: Interview | None = None
) -> None:
    """Refuse what `add` or `edit` would store that `log` and `outcome` would refuse.

    Only contacts not stored before (`before`) are judged, so a stored history
    never starts failing because a policy setting changed since. A refused
    contact needs its `override:` reason, as `log --override` does; nothing
    may be dated in the future beyond the clock skew.
    """
    old = list(before.contacts) if before is not None else []
    new: set[int] = set()
    for index, contact in enumerate(after.contacts):
        if contact in old:
            old.remove(contact)
        else:
            new.add(index)
    limit = now.astimezone(UTC) + CLOCK_SKEW
    for index in sorted(new):
        moment = after.contacts[index].at
        if moment.astimezone(UTC) > limit:
            raise InputError(
                f"contacts[{index}].at",
                f"{moment.astimezone(after.tz):%a %d %b %Y %H:%M} is in the future; "
                "record it once it has happened",
            )
    outcome = after.outcome
    changed = before is None or before.outcome != outcome
    if outcome is not None and changed and outcome.at.astimezone(UTC) > limit:
        raise InputError(
            "outcome.at",
            f"{outcome.at.astimezone(after.tz):%a %d %b %Y %H:%M} is in the future; "
            "record it once it has happened",
        )
    from followup.etiquette.guardrails import refused_contacts

    for index, verdict in refused_contacts(after, policy):
        if index in new and after.contacts[index].override is None:
            raise InputError(
                f"contacts[{index}]",
                f"the guardrails refuse it: {verdict.reason} To record it anyway, "
                "give it `override: <why>`.",
            )
