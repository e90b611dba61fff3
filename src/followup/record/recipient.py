"""Who a contact went to when nobody was named: one rule for the file, the CLI and the web.

Pure (no Django, no clock): `interview_file` reads a missing `to` with it
before any store exists.
"""

from __future__ import annotations

from collections.abc import Sequence

from followup.errors import InputError
from followup.etiquette.model import ContactKind, Interview, Interviewer, Purpose, name_key


def default_recipient(
    interviewers: Sequence[Interviewer],
    kind: ContactKind,
    purpose: Purpose | None,
    field: str = "to",
) -> str | None:
    """Who a contact without `to` went to.

    A check-in, a call, references, a bridge or a withdrawal go to the one
    contact person, so the history can name them; a thank-you goes to each
    interviewer, so with several it must say which; a visit or a gift (no
    purpose) and a reply name no one.
    """
    if purpose is Purpose.THANK_YOU:
        if len(interviewers) == 1:
            return interviewers[0].name
        names = ", ".join(p.name for p in interviewers)
        raise InputError(field, f"say which interviewer it thanked: one of {names}")
    if purpose is None and kind is not ContactKind.CALL:
        return None
    contact = next((p for p in interviewers if p.contact), interviewers[0])
    return contact.name


def named(interview: Interview, name: str, field: str) -> Interviewer:
    """The interviewer `name` means, or a sentence listing who it could be or who there is.

    The whole name, ignoring case, accents, spacing and punctuation ("priya
    raman", "Jose Nunez" for José Núñez, "obrien" for O'Brien), else a part of
    it that only one of them has: the first name ("Priya"), the surname
    ("Raman"), or their first or last words ("Ana María" and "María Ruiz" for
    Ana María Ruiz). Two who share it are named, so the candidate can choose
    (issue 16).
    """
    found = interview.interviewer(name)
    if found is not None:
        return found
    people = interview.interviewers
    given = name_key(name)
    whole = [p for p in people if given and name_key(p.name) == given]
    if len(whole) == 1:
        return whole[0]
    could = [p for p in people if given and _part_of(given, p.key.split("-"))]
    if len(could) == 1:
        return could[0]
    if could:
        names = " or ".join(p.name for p in could)
        raise InputError(
            field, f"{name!r} could be {names}; give the whole name of the one you mean"
        )
    names = ", ".join(p.name for p in people)
    raise InputError(field, f"{name!r} is not one of the interviewers ({names})")


def _part_of(given: str, words: list[str]) -> bool:
    """`given` (a `name_key`) is the first or the last words of a longer name.

    Compared run together, so punctuation and spaces between words do not
    count: "obrien" is the last words of Aoife O'Brien ("aoife-o-brien").
    """
    return any(
        given in ("".join(words[:size]), "".join(words[-size:])) for size in range(1, len(words))
    )


def recipient(
    interview: Interview,
    to: str | None,
    kind: ContactKind,
    purpose: Purpose | None,
    field: str = "to",
) -> str | None:
    """The name a contact is stored with: the one given, as the interview spells it,
    else the default recipient."""
    if to:
        return named(interview, to, field).name
    return default_recipient(interview.interviewers, kind, purpose, field)
