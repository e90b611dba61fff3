"""Calendar invitations (.ics, iTIP) read with icalendar: the events, as facts.

Zones: a TZID with its VTIMEZONE is read as the file defines it; the zone's
IANA name comes from the TZID itself when it is one, else from CLDR's
Windows-zone mapping that icalendar ships (`WINDOWS_TO_OLSON`: "Pacific
Standard Time" is America/Los_Angeles), so Outlook's and Teams' names
resolve without a table of our own.
"""

from __future__ import annotations

import re
import warnings
import zoneinfo
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import cache
from typing import Any

# Meeting links of the services interviews use, most specific first.
VIDEO_LINK = re.compile(
    r"https://(?:"
    r"meet\.google\.com/[a-z]{3,}-[a-z]{3,}-[a-z]{3,}|"
    r"teams\.microsoft\.com/(?:l/meetup-join|meet)/[^\s<>\"']+|teams\.live\.com/meet/[^\s<>\"']+|"
    r"(?:[\w-]+\.)?zoom(?:gov)?\.(?:us|com)/(?:j|my|w)/[^\s<>\"']+|"
    r"(?:[\w-]+\.)?webex\.com/[^\s<>\"']+"
    r")",
    re.I,
)
# Properties that carry the meeting link, before the free text is searched.
LINK_PROPERTIES = (
    "X-GOOGLE-CONFERENCE",
    "X-MICROSOFT-SKYPETEAMSMEETINGURL",
    "X-MICROSOFT-ONLINEMEETINGEXTERNALLINK",
    "CONFERENCE",
    "URL",
    "LOCATION",
    "DESCRIPTION",
    "X-ALT-DESC",
)
ROOM_TYPES = {"ROOM", "RESOURCE"}
ROOM_DOMAINS = ("resource.calendar.google.com",)


class NotCalendar(ValueError):
    """The bytes are not an iCalendar file."""


@dataclass(frozen=True)
class Person:
    name: str | None
    email: str

    def as_json(self) -> dict[str, Any]:
        return {"email": self.email, "name": self.name}


@dataclass(frozen=True)
class Event:
    uid: str
    sequence: int
    method: str | None
    summary: str | None
    start: datetime | date | None
    end: datetime | date | None
    timezone: str | None
    all_day: bool
    recurring: bool
    organizer: Person | None
    attendees: tuple[Person, ...] = field(default=())
    location: str | None = None
    video_link: str | None = None
    cancelled: bool = False

    def as_json(self) -> dict[str, Any]:
        def moment(value: datetime | date | None) -> str | None:
            return None if value is None else value.isoformat()

        return {
            "all_day": self.all_day,
            "attendees": [a.as_json() for a in self.attendees],
            "end": moment(self.end),
            "location": self.location,
            "method": self.method,
            "organizer": self.organizer.as_json() if self.organizer else None,
            "recurring": self.recurring,
            "sequence": self.sequence,
            "start": moment(self.start),
            "summary": self.summary,
            "timezone": self.timezone,
            "uid": self.uid,
            "video_link": self.video_link,
        }


@cache
def _iana() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


def zone_name(tzid: str | None, value: datetime) -> str | None:
    """The IANA name of the event's zone, or None when the file's zone has none."""
    from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

    if tzid:
        clean = tzid.strip().strip('"')
        if clean in _iana():
            return clean
        if clean in WINDOWS_TO_OLSON:
            return str(WINDOWS_TO_OLSON[clean])
        shown = display_zone(clean)
        if shown is not None:
            return shown
        # A vendor's prefix on an IANA name: "custom_America/New_York", "posix/Europe/Vaduz".
        tail = IANA_TAIL.search(clean)
        if tail is not None and tail.group(0) in _iana():
            return tail.group(0)
    key = getattr(value.tzinfo, "key", None)
    if isinstance(key, str) and key in _iana():
        return key
    if value.tzinfo is not None and value.utcoffset() == timedelta(0) and tzid is None:
        return "UTC"
    return None


IANA_TAIL = re.compile(r"[A-Z][A-Za-z]+(?:/[A-Za-z0-9_+-]+)+$")
DISPLAY = re.compile(r"^\((?:UTC|GMT)(?:([+-])(\d{1,2}):?(\d{2}))?\)\s*(.+)$")


def display_zone(name: str) -> str | None:
    """The IANA zone of a Windows display name, as some Outlook versions write TZIDs.

    "(UTC-08:00) Pacific Time (US & Canada)" is the zone whose Windows ID is
    "Pacific Standard Time" (CLDR's mapping again); "(UTC+01:00) Amsterdam,
    Berlin, ..." names cities, the first that is an IANA zone with the stated
    standard offset wins. None when neither holds.
    """
    found = DISPLAY.match(name)
    if found is None:
        return None
    from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

    sign, hours, minutes, rest = found.groups()
    offset = timedelta(hours=int(hours or 0), minutes=int(minutes or 0))
    offset = -offset if sign == "-" else offset
    label = re.sub(r"\s*\([^)]*\)\s*", " ", rest).strip()
    if label.endswith(" Time"):
        windows = label[: -len(" Time")] + " Standard Time"
        if windows in WINDOWS_TO_OLSON:
            return str(WINDOWS_TO_OLSON[windows])
    if label.casefold() in ("coordinated universal time", "utc"):
        return "UTC"
    for city in (c.strip().replace(" ", "_") for c in rest.split(",")):
        for zone in sorted(_iana()):
            if zone.rsplit("/", 1)[-1].casefold() != city.casefold():
                continue
            tz = zoneinfo.ZoneInfo(zone)
            offsets = {datetime(2026, month, 15, tzinfo=tz).utcoffset() for month in (1, 7)}
            if offset in offsets:
                return zone
    return None


def _moment(
    component: Any, name: str, floating_zone: str | None = None
) -> tuple[datetime | date | None, str | None]:
    prop = component.get(name)
    if prop is None:
        return None, None
    try:
        value = component.decoded(name)
    except (ValueError, KeyError, TypeError):
        return None, None
    if isinstance(value, datetime):
        tzid = prop.params.get("TZID") if hasattr(prop, "params") else None
        zone = zone_name(str(tzid) if tzid else None, value)
        if value.tzinfo is None and zone is None and floating_zone in _iana():
            # A floating time in a calendar that names its zone (Google's X-WR-TIMEZONE).
            zone = floating_zone
        if value.tzinfo is None and zone is not None:
            value = value.replace(tzinfo=zoneinfo.ZoneInfo(zone))
        elif value.tzinfo is not None and zone == "UTC":
            value = value.astimezone(UTC)
        return value, zone
    if isinstance(value, date):
        return value, None
    return None, None


def _address(value: Any) -> str | None:
    params = getattr(value, "params", {})
    # Relays (Apple's imip.me.com, some ATS) put the real address in EMAIL.
    for candidate in (params.get("EMAIL"), str(value)):
        if not candidate:
            continue
        text = str(candidate).strip()
        if text.lower().startswith("mailto:"):
            text = text[7:]
        if "@" in text:
            return text.strip()
    return None


def _person(value: Any) -> Person | None:
    address = _address(value)
    if address is None:
        return None
    params = getattr(value, "params", {})
    name = " ".join(str(params.get("CN", "")).split()).strip('"') or None
    # A CN that only repeats the address is no name.
    if name is not None and (
        "@" in name
        and name.lower().strip("<>")
        in {address.lower(), str(value).lower().removeprefix("mailto:")}
    ):
        name = None
    return Person(name=name, email=address)


def _is_room(value: Any, person: Person) -> bool:
    cutype = str(getattr(value, "params", {}).get("CUTYPE", "")).upper()
    return cutype in ROOM_TYPES or person.email.lower().endswith(ROOM_DOMAINS)


def _text(component: Any, name: str) -> str | None:
    value = component.get(name)
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


def _place(component: Any) -> str | None:
    """LOCATION on one line: Apple writes an address over several ("Vent du Nord\\n12 rue ...")."""
    value = component.get("LOCATION")
    if value is None:
        return None
    lines = [" ".join(line.split()) for line in str(value).splitlines()]
    text = ", ".join(line for line in lines if line)
    return text or None


def _video_link(component: Any) -> str | None:
    for name in LINK_PROPERTIES:
        values = component.get(name)
        if values is None:
            continue
        for value in values if isinstance(values, list) else [values]:
            found = VIDEO_LINK.search(str(value))
            if found:
                return found.group(0).rstrip(".,;)>")
    return None


def read_calendar(data: bytes) -> list[Event]:
    """Every VEVENT of the file, in file order; NotCalendar when it is no calendar.

    A file of several VCALENDARs gives the events of all; a bare VEVENT (as
    some tools export one event) is read as if wrapped in a VCALENDAR.
    """
    import icalendar

    body = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if body[:12].upper() == b"BEGIN:VEVENT":
        body = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + body.rstrip() + b"\r\nEND:VCALENDAR\r\n"
    try:
        with warnings.catch_warnings():
            # icalendar warns when it guesses a vendor-prefixed TZID: a guess we accept.
            warnings.simplefilter("ignore")
            calendars = icalendar.Calendar.from_ical(body, multiple=True)
    except (ValueError, KeyError, IndexError, TypeError) as exc:
        raise NotCalendar(str(exc)) from exc
    if not calendars:
        raise NotCalendar("it holds no calendar")
    events: list[Event] = []
    for calendar in calendars:
        events += _events(calendar)
    return events


def _events(calendar: Any) -> list[Event]:
    method = _text(calendar, "METHOD")
    floating = _text(calendar, "X-WR-TIMEZONE")
    events: list[Event] = []
    for component in calendar.walk("VEVENT"):
        uid = _text(component, "UID")
        if uid is None:
            continue
        start, zone = _moment(component, "DTSTART", floating)
        end, _ = _moment(component, "DTEND", floating)
        if end is None and start is not None and component.get("DURATION") is not None:
            try:
                end = start + component.decoded("DURATION")
            except (ValueError, TypeError):
                end = None
        if end is None and isinstance(start, date) and not isinstance(start, datetime):
            end = start + timedelta(days=1)  # RFC 5545 3.6.1: a date alone lasts the day
        organizer = _person(component["ORGANIZER"]) if "ORGANIZER" in component else None
        raw = component.get("ATTENDEE")
        attendees: list[Person] = []
        for value in raw if isinstance(raw, list) else ([raw] if raw is not None else []):
            person = _person(value)
            if person is not None and not _is_room(value, person):
                attendees.append(person)
        try:
            sequence = int(str(component.get("SEQUENCE", 0)))
        except ValueError:
            sequence = 0
        events.append(
            Event(
                uid=uid,
                sequence=sequence,
                method=method.upper() if method else None,
                summary=_text(component, "SUMMARY"),
                start=start,
                end=end,
                timezone=zone,
                all_day=isinstance(start, date) and not isinstance(start, datetime),
                recurring=any(k in component for k in ("RRULE", "RDATE")),
                organizer=organizer,
                attendees=tuple(attendees),
                location=_place(component),
                video_link=_video_link(component),
                cancelled=(_text(component, "STATUS") or "").upper() == "CANCELLED",
            )
        )
    return events


def looks_like_calendar(data: bytes) -> bool:
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:64].upper()
    return head.startswith((b"BEGIN:VCALENDAR", b"BEGIN:VEVENT"))
