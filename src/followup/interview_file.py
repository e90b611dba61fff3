"""The interview file (YAML or JSON): read, validate, and turn into core values.

Every problem is reported as an `InputError` naming the field, e.g.
`interviewers[1].email: 'ann@' is not an email address`.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Final
from zoneinfo import ZoneInfo

from followup.errors import InputError
from followup.etiquette.model import (
    Bound,
    Contact,
    ContactKind,
    Debrief,
    Interview,
    Interviewer,
    Outcome,
    OutcomeKind,
    Purpose,
    contact_follows,
    outcome_follows,
    slug,
)

# Re-exported ("X as X"): the command line still imports them from here.
from followup.fields import CONTROL as CONTROL
from followup.fields import LIMITS, MAX_ITEMS, parse_document, read_document, shown
from followup.fields import boolean as _bool
from followup.fields import enum as _enum
from followup.fields import line as _line
from followup.fields import list_of_text as _list_of_text
from followup.fields import load_yaml as load_yaml
from followup.fields import mapping as _mapping
from followup.fields import parse_date as parse_date
from followup.fields import parse_email as parse_email
from followup.fields import parse_moment as parse_moment
from followup.fields import parse_zone as parse_zone
from followup.fields import text as _text
from followup.record.recipient import default_recipient

TOP_LEVEL = (
    "company",
    "role",
    "start",
    "end",
    "timezone",
    "country",
    "subdivision",
    "interviewers",
    "next_step",
    "decision_by",
    "follow_up_on",
    "no_calls",
    "references_requested",
    "debrief",
    "strengths",
    "contacts",
    "outcome",
)
INTERVIEWER_KEYS = ("name", "title", "email", "phone", "topics", "contact")
DEBRIEF_KEYS = ("went_well", "went_poorly", "stood_out", "forgot_to_mention")
CONTACT_KEYS = ("kind", "purpose", "to", "at", "answered", "override", "check_back", "says")
OUTCOME_KEYS = ("kind", "at", "keep_in_touch")


@dataclass(frozen=True)
class Defaults:
    """Where the file is silent: the user's settings, else the machine's."""

    timezone: str = "UTC"
    country: str = "US"
    subdivision: str | None = None


def load_interview(path: Path, defaults: Defaults) -> Interview:
    return parse_interview(read_mapping(path), defaults)


def read_mapping(path: Path) -> dict[str, Any]:
    """Read a YAML or JSON file that must hold one mapping (bounded: see `fields`)."""
    data = parse_document(read_document(path), path)
    if not isinstance(data, dict):
        raise InputError("", f"{path}: must hold a mapping of fields such as company, role, start")
    return data


# Fields a person reaches for that the file spells another way: the length of
# the interview is its end (issue 16: "duration" got no hint, "length" was
# offered "strengths").
_END_HINT: Final = "; give its end instead, e.g. 'end: 2026-11-17 14:45' (left out, it is one hour)"
_OTHER_NAMES: Final = {
    "": {
        **dict.fromkeys(("duration", "length", "minutes", "mins", "hours"), _END_HINT),
        **dict.fromkeys(("finish", "ends", "end_time", "until"), "; did you mean 'end'?"),
        **dict.fromkeys(
            ("date", "time", "when", "start_time", "starts"), "; did you mean 'start'?"
        ),
        **dict.fromkeys(("zone", "tz", "time_zone", "timezones"), "; did you mean 'timezone'?"),
    },
}


def _unknown_keys(data: Mapping[str, Any], allowed: tuple[str, ...], where: str) -> None:
    for key in data:
        if key not in allowed:
            other = _OTHER_NAMES.get(where, {}).get(str(key).strip().lower())
            hint = difflib.get_close_matches(str(key), allowed, n=1)
            suggestion = other or (f"; did you mean {hint[0]!r}?" if hint else "")
            raise InputError(f"{where}{key}", f"unknown field{suggestion}")


def _after_bound(
    at: datetime, bound: Bound | None, start: datetime, end: datetime, field: str
) -> None:
    if bound is None:
        return
    limit = start if bound == "start" else end
    if at.astimezone(UTC) < limit.astimezone(UTC):
        verb = "started" if bound == "start" else "ended"
        raise InputError(field, f"is before the interview {verb}")


def parse_interviewers(value: Any) -> tuple[Interviewer, ...]:
    if value is None or value == []:
        raise InputError("interviewers", "at least one interviewer is required")
    if not isinstance(value, list):
        raise InputError("interviewers", "must be a list of people with at least a name")
    if len(value) > MAX_ITEMS:
        raise InputError("interviewers", f"has {len(value):,} entries; at most {MAX_ITEMS}")
    people: list[Interviewer] = []
    seen: dict[str, int] = {}
    for i, raw in enumerate(value):
        where = f"interviewers[{i}]"
        if isinstance(raw, str):
            raw = {"name": raw}
        item = _mapping(raw, where)
        _unknown_keys(item, INTERVIEWER_KEYS, f"{where}.")
        name = _line(item.get("name"), f"{where}.name", required=True)
        assert name is not None
        key = slug(name)
        if key in seen:
            raise InputError(f"{where}.name", f"{shown(name)} is listed twice")
        seen[key] = i
        people.append(
            Interviewer(
                name=name,
                title=_line(item.get("title"), f"{where}.title", limit=LIMITS["title"]),
                email=parse_email(item.get("email"), f"{where}.email"),
                phone=_line(item.get("phone"), f"{where}.phone", limit=LIMITS["phone"]),
                topics=_list_of_text(item.get("topics"), f"{where}.topics"),
                contact=bool(_bool(item.get("contact"), f"{where}.contact")),
            )
        )
    if sum(p.contact for p in people) > 1:
        raise InputError("interviewers", "only one interviewer can be the contact")
    return tuple(people)


def _region(data: Mapping[str, Any], defaults: Defaults) -> tuple[str, str | None]:
    # Imported here: the holidays package is slow to import, and the agenda's
    # fast path reads times with this module without needing a calendar.
    from followup.etiquette.businessdays import BusinessCalendar, UnknownRegion
    from followup.places import country_code, subdivision_code

    country = _line(data.get("country"), "country", limit=LIMITS["region"]) or defaults.country
    country = country_code(country) or country  # "Canada" is CA
    subdivision = _line(data.get("subdivision"), "subdivision", limit=LIMITS["region"])
    if subdivision is None and "country" not in data:
        subdivision = defaults.subdivision
    if subdivision:
        subdivision = subdivision_code(country, subdivision) or subdivision  # "Ontario"
    try:
        BusinessCalendar(country, subdivision)
    except UnknownRegion as exc:
        from followup.places import country_hint

        hint = country_hint(country) if exc.field == "country" else ""
        raise InputError(exc.field, str(exc) + hint) from None
    return country.upper(), subdivision.upper() if subdivision else None


def parse_interview(data: Mapping[str, Any], defaults: Defaults) -> Interview:
    _unknown_keys(data, TOP_LEVEL, "")
    company = _line(data.get("company"), "company", required=True)
    role = _line(data.get("role"), "role", required=True)
    zone_name = parse_zone(data["timezone"]) if "timezone" in data else defaults.timezone
    zone = ZoneInfo(zone_name)
    if data.get("start") is None:
        raise InputError("start", "is required (the interview's date and time)")
    start = parse_moment(data["start"], zone, "start")
    end = (
        parse_moment(data["end"], zone, "end")
        if data.get("end") is not None
        # An hour of elapsed time, even across a change of the clocks.
        else (start.astimezone(UTC) + timedelta(hours=1)).astimezone(zone)
    )
    if end.astimezone(UTC) <= start.astimezone(UTC):  # not by wall clock (DST)
        raise InputError("end", "must be after start")
    country, subdivision = _region(data, defaults)
    interviewers = parse_interviewers(data.get("interviewers"))
    names = ", ".join(p.name for p in interviewers)

    day = start.date()
    decision_by = parse_date(data.get("decision_by"), "decision_by")
    follow_up_on = parse_date(data.get("follow_up_on"), "follow_up_on")
    for field, value in (("decision_by", decision_by), ("follow_up_on", follow_up_on)):
        if value is not None and value < day:
            raise InputError(field, f"{value.isoformat()} is before the interview ({day})")

    debrief_raw = data.get("debrief") or {}
    debrief_map = _mapping(debrief_raw, "debrief")
    _unknown_keys(debrief_map, DEBRIEF_KEYS, "debrief.")
    debrief = Debrief(
        **{
            k: _text(debrief_map.get(k), f"debrief.{k}", limit=LIMITS["debrief"])
            for k in DEBRIEF_KEYS
        }
    )

    contacts_raw = data.get("contacts") or []
    if not isinstance(contacts_raw, list):
        raise InputError("contacts", "must be a list")
    if len(contacts_raw) > MAX_ITEMS:
        raise InputError("contacts", f"has {len(contacts_raw):,} entries; at most {MAX_ITEMS}")
    contacts = []
    for i, raw in enumerate(contacts_raw):
        where = f"contacts[{i}]"
        item = _mapping(raw, where)
        _unknown_keys(item, CONTACT_KEYS, f"{where}.")
        if item.get("kind") is None:
            raise InputError(f"{where}.kind", "is required")
        kind = _enum(item["kind"], ContactKind, f"{where}.kind")
        purpose = (
            _enum(item["purpose"], Purpose, f"{where}.purpose")
            if item.get("purpose") is not None
            else None
        )
        to = _line(item.get("to"), f"{where}.to")
        if to is not None:
            person = next((p for p in interviewers if p.key == slug(to)), None)
            if person is None:
                raise InputError(
                    f"{where}.to", f"{shown(to)} is not one of the interviewers ({names})"
                )
            to = person.name
        elif kind is not ContactKind.REPLY:
            # One rule with `followup log` and the web's form (no Django in it).
            to = default_recipient(interviewers, kind, purpose, f"{where}.to")
        if item.get("at") is None:
            raise InputError(f"{where}.at", "is required (when it happened)")
        at = parse_moment(item["at"], zone, f"{where}.at")
        # As `followup log` refuses (one rule: `contact_follows`).
        _after_bound(at, contact_follows(kind, purpose), start, end, f"{where}.at")
        answered = _bool(item.get("answered"), f"{where}.answered")
        if answered is not None and kind is not ContactKind.CALL:
            raise InputError(f"{where}.answered", "only applies to calls")
        check_back = parse_date(item.get("check_back"), f"{where}.check_back")
        says = _text(item.get("says"), f"{where}.says", limit=LIMITS["says"])
        if kind is not ContactKind.REPLY:
            if check_back is not None:
                raise InputError(f"{where}.check_back", "only applies to a reply")
            if says is not None:
                raise InputError(f"{where}.says", "only applies to a reply")
        replied = at.date()
        if check_back is not None and check_back < replied:
            raise InputError(
                f"{where}.check_back",
                f"{check_back.isoformat()} is before the reply ({replied.isoformat()})",
            )
        contacts.append(
            Contact(
                kind=kind,
                at=at,
                purpose=purpose,
                to=to,
                answered=answered,
                override=_line(item.get("override"), f"{where}.override", limit=LIMITS["override"]),
                check_back=check_back,
                says=says,
            )
        )

    outcome = None
    if data.get("outcome") is not None:
        item = _mapping(data["outcome"], "outcome")
        _unknown_keys(item, OUTCOME_KEYS, "outcome.")
        if item.get("kind") is None:
            raise InputError("outcome.kind", "is required")
        kind_o = _enum(item["kind"], OutcomeKind, "outcome.kind")
        if item.get("at") is None:
            raise InputError("outcome.at", "is required (when you heard or decided)")
        outcome_at = parse_moment(item["at"], zone, "outcome.at")
        _after_bound(outcome_at, outcome_follows(kind_o), start, end, "outcome.at")
        outcome = Outcome(
            kind=kind_o,
            at=outcome_at,
            keep_in_touch=bool(_bool(item.get("keep_in_touch"), "outcome.keep_in_touch")),
        )

    return Interview(
        company=company or "",
        role=role or "",
        start=start,
        end=end,
        timezone=zone_name,
        country=country,
        subdivision=subdivision,
        interviewers=interviewers,
        next_step=_text(data.get("next_step"), "next_step", limit=LIMITS["next_step"]),
        decision_by=decision_by,
        follow_up_on=follow_up_on,
        no_calls=_bool(data.get("no_calls"), "no_calls"),
        references_requested=bool(_bool(data.get("references_requested"), "references_requested")),
        debrief=debrief,
        strengths=_list_of_text(data.get("strengths"), "strengths"),
        contacts=tuple(contacts),
        outcome=outcome,
    )


def interview_to_mapping(interview: Interview, *, compact: bool = False) -> dict[str, Any]:
    """The inverse of `parse_interview`: an interview as the fields of its file.

    Parsing the result gives back the same interview, so export and import
    round-trip. Times are local to the interview with their UTC offset. With
    `compact`, empty fields are left out (for editing by hand).
    """
    zone = interview.tz

    def at(value: datetime) -> str:
        return value.astimezone(zone).isoformat(timespec="seconds")

    data: dict[str, Any] = {
        "company": interview.company,
        "role": interview.role,
        "start": at(interview.start),
        "end": at(interview.end),
        "timezone": interview.timezone,
        "country": interview.country,
        "subdivision": interview.subdivision,
        "interviewers": [
            {
                "name": p.name,
                "title": p.title,
                "email": p.email,
                "phone": p.phone,
                "topics": list(p.topics),
                "contact": p.contact,
            }
            for p in interview.interviewers
        ],
        "next_step": interview.next_step,
        "decision_by": interview.decision_by.isoformat() if interview.decision_by else None,
        "follow_up_on": interview.follow_up_on.isoformat() if interview.follow_up_on else None,
        "no_calls": interview.no_calls,
        "references_requested": interview.references_requested,
        "debrief": {key: getattr(interview.debrief, key) for key in DEBRIEF_KEYS},
        "strengths": list(interview.strengths),
        "contacts": [_contact_fields(c, at) for c in interview.contacts],
        "outcome": (
            {
                "kind": interview.outcome.kind.value,
                "at": at(interview.outcome.at),
                "keep_in_touch": interview.outcome.keep_in_touch,
            }
            if interview.outcome
            else None
        ),
    }
    return _without_empty(data) if compact else data


def _contact_fields(c: Contact, at: Callable[[datetime], str]) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "kind": c.kind.value,
        "purpose": c.purpose.value if c.purpose else None,
        "to": c.to,
        "at": at(c.at),
        "answered": c.answered,
        "override": c.override,
    }
    # Only a reply carries these (a file gives them nowhere else), so the other
    # contacts, and exports made before replies had them, keep their shape.
    if c.kind is ContactKind.REPLY:
        fields["check_back"] = c.check_back.isoformat() if c.check_back else None
        fields["says"] = c.says
    return fields


# `no_calls: false` overrides a "don't call us" in the next step; a call not
# answered is not the same as one whose answer was not recorded.
FALSE_MEANS_SOMETHING = frozenset({"no_calls", "answered"})


def _without_empty(value: Any) -> Any:
    if isinstance(value, dict):
        kept = {k: _without_empty(v) for k, v in value.items()}
        return {
            k: v
            for k, v in kept.items()
            if not (v is None or v == [] or v == {})
            and not (v is False and k not in FALSE_MEANS_SOMETHING)
        }
    if isinstance(value, list):
        return [_without_empty(v) for v in value]
    return value
