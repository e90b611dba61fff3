"""Places as a person types them: "Canada" for CA, "Toronto" for America/Toronto, "EST".

The country names come from the holidays package's own registry (the calendars
we can actually use), so a name is accepted exactly when its public holidays are
known; zones by city come from zoneinfo's names ("America/Toronto" is the
Toronto zone). Pure lookups, no I/O beyond what those packages read; the field
parsers call them and keep their own error sentences.
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, available_timezones

# Not typing's: the agenda names its zones through this module and imports no
# `typing` (followup/tuples.py).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Final

__all__ = [
    "clock",
    "country_code",
    "place",
    "subdivision_code",
    "zone_country",
    "zone_suggestions",
    "zone_warning",
]


# Kept per text: an import reads the same few country names thousands of times.
@lru_cache(maxsize=1024)
def _key(text: str) -> str:
    """Lower case, no accents, no punctuation: 'Côte d'Ivoire' ~ 'cote divoire'."""
    import unicodedata

    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return " ".join("".join(ch if ch.isalnum() else " " for ch in plain.lower()).split())


# Everyday names the registry does not spell: its own names ("United Kingdom",
# "United States", "Czechia"), codes and aliases ("UK") are read from it.
_EVERYDAY: Final = {
    "america": "US",
    "usa": "US",
    "the us": "US",
    "the usa": "US",
    "the united states": "US",
    "united states of america": "US",
    "britain": "GB",
    "great britain": "GB",
    "the uk": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "northern ireland": "GB",
    "holland": "NL",
    "the netherlands": "NL",
    "czech republic": "CZ",
    "korea": "KR",
    "south korea": "KR",
    "republic of korea": "KR",
}


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    from holidays import registry

    names: dict[str, str] = {}
    for module, (class_name, code, *others) in registry.COUNTRIES.items():
        for name in (module.replace("_", " "), class_name, code, *others):
            if not name.startswith("Holidays"):
                names.setdefault(_key(name), code)
        # "UnitedKingdom" -> "united kingdom" is the module's spelling already.
    names.update((key, code) for key, code in _EVERYDAY.items() if key not in names)
    return names


def country_code(text: str) -> str | None:
    """The ISO code of a country typed as a code or a name, if we have its calendar."""
    if not text.strip():
        return None
    return _countries().get(_key(text))


def country_suggestions(text: str) -> list[str]:
    """Close spellings of a country the user may have meant ('Canda' -> 'Canada (CA)')."""
    import difflib  # only for a misspelling: the agenda's clock needs none of it

    names = {key: code for key, code in _countries().items() if len(key) > 3}
    found = difflib.get_close_matches(_key(text), list(names), n=2, cutoff=0.75)
    return [f"{name.title()} ({names[name]})" for name in found]


@lru_cache(maxsize=64)
def calendar_name(country: str, subdivision: str = "") -> str:
    """Whose public holidays a plan keeps, in words: "Canada, Ontario (CA-ON)"."""
    from holidays import registry

    code = f"{country}-{subdivision}" if subdivision else country
    name = next(
        (
            module.replace("_", " ").title()
            for module, (_, iso, *_others) in registry.COUNTRIES.items()
            if iso == country
        ),
        "",
    )
    if not name:
        return code
    if subdivision:
        import holidays

        try:
            aliases = getattr(holidays.country_holidays(country), "subdivisions_aliases", {})
        except NotImplementedError:
            aliases = {}
        region = next((alias for alias, to in (aliases or {}).items() if to == subdivision), "")
        if region:
            name = f"{name}, {region}"
    return f"{name} ({code})"


def subdivision_code(country: str, text: str) -> str | None:
    """A state or province typed by name ('Ontario' -> ON), from the holidays package."""
    return _subdivisions(country).get(_key(text))


# Built once per country: an import reads the same few countries thousands of
# times, and building a holidays calendar and keying its aliases takes about a
# millisecond each time.
@lru_cache(maxsize=64)
def _subdivisions(country: str) -> dict[str, str]:
    import holidays

    try:
        calendar = holidays.country_holidays(country)
    except NotImplementedError:
        return {}
    aliases = getattr(calendar, "subdivisions_aliases", {}) or {}
    names: dict[str, str] = {}
    for name, code in aliases.items():
        names.setdefault(_key(name), str(code))  # the first alias of a name wins, as before
    return names


@lru_cache(maxsize=1)
def _zones_by_city() -> dict[str, list[str]]:
    cities: dict[str, list[str]] = {}
    for name in sorted(available_timezones()):
        if "/" not in name or name.startswith(("Etc/", "SystemV/", "US/", "posix/", "right/")):
            continue
        cities.setdefault(_key(name.rsplit("/", 1)[1]), []).append(name)
    return cities


def zone_suggestions(text: str) -> list[str]:
    """Zones for a city or an abbreviation typed where a zone was wanted.

    'Toronto' -> ['America/Toronto'], 'new york' -> ['America/New_York'],
    'PST' -> ['America/Los_Angeles'], 'Torono' -> ['America/Toronto'].
    """
    key = _key(text)
    if not key:
        return []
    if key.upper() in _ABBREVIATIONS:
        return list(_ABBREVIATIONS[key.upper()])
    cities = _zones_by_city()
    if key in cities:
        return cities[key]
    import difflib

    found = difflib.get_close_matches(key, list(cities), n=3, cutoff=0.8)
    return [zone for city in found for zone in cities[city]]


# What people write for a zone, and the zones that keep its clocks all year:
# the abbreviation itself is either not a zone ("PST") or a fixed offset that
# ignores daylight saving ("EST" is UTC-5 in July too).
_ABBREVIATIONS: Final = {
    "EST": ("America/New_York", "America/Toronto"),
    "EDT": ("America/New_York", "America/Toronto"),
    "ET": ("America/New_York", "America/Toronto"),
    "CST": ("America/Chicago",),
    "CDT": ("America/Chicago",),
    "CT": ("America/Chicago",),
    "MST": ("America/Denver", "America/Phoenix"),
    "MDT": ("America/Denver",),
    "PST": ("America/Los_Angeles", "America/Vancouver"),
    "PDT": ("America/Los_Angeles", "America/Vancouver"),
    "PT": ("America/Los_Angeles", "America/Vancouver"),
    "HST": ("Pacific/Honolulu",),
    "GMT": ("Europe/London",),
    "BST": ("Europe/London",),
    "CET": ("Europe/Paris", "Europe/Berlin"),
    "CEST": ("Europe/Paris", "Europe/Berlin"),
    "EET": ("Europe/Athens", "Europe/Helsinki"),
    "WET": ("Europe/Lisbon",),
    "MET": ("Europe/Paris", "Europe/Berlin"),
    "AEST": ("Australia/Sydney",),
    "AEDT": ("Australia/Sydney",),
    "JST": ("Asia/Tokyo",),
    "IST": ("Asia/Kolkata", "Europe/Dublin"),
}
# Zone names that exist but hold one offset all year, though the places people
# mean by them change their clocks.
_FIXED: Final = frozenset({"EST", "MST", "HST", "CET", "EET", "WET", "MET", "GMT"})


@lru_cache(maxsize=1)
def _zone_countries() -> dict[str, str]:
    """Zone -> country, from the time-zone database's own zone.tab (the tzdata package)."""
    from importlib.resources import files

    table = files("tzdata.zoneinfo").joinpath("zone.tab").read_text(encoding="utf-8")
    found: dict[str, str] = {}
    for line in table.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        code, _, zone, *_ = line.split("\t")
        found[zone] = code
    return found


def zone_country(zone: str) -> str | None:
    """The country whose clock a zone keeps ('America/Toronto' -> 'CA'), when its
    public holidays are known; None for zones of no one country ('UTC', 'EST')."""
    code = _zone_countries().get(zone.strip())
    return code if code is not None and country_code(code) == code else None


def zone_warning(name: str) -> str | None:
    """A sentence when a valid zone name will put times an hour off for part of the year."""
    if name.upper() not in _FIXED:
        return None
    places = " or ".join(_ABBREVIATIONS[name.upper()])
    return (
        f"the time zone {name!r} is a fixed offset that ignores daylight saving, so times "
        f"would be an hour off for part of the year; use {places} instead"
    )


def country_hint(text: str) -> str:
    """What to add to 'no public-holiday calendar for ...': a close name, or how to write one."""
    found = country_suggestions(text)
    if found:
        return f" (did you mean {' or '.join(found)}?)"
    return " (give the country's name or its ISO code, such as Canada or CA)"


# Zones better called by their name than by a city.
UNIVERSAL: Final = frozenset(
    {"UTC", "Etc/UTC", "Etc/UCT", "Etc/Universal", "Etc/Zulu", "UCT", "Zulu"}
)


def place(zone: tzinfo) -> str:
    """A zone as people say it: America/New_York is "New York time", UTC is "UTC".

    The one label of a zone on every line, page and notice (issue 16): never the
    abbreviation ("EST" in winter, "EDT" in summer), which made two times of one
    view read as two zones. A fixed offset with no zone name (an invitation's UTC
    time) keeps its own name ("UTC", "UTC+01:00").
    """
    key: str | None = getattr(zone, "key", None)
    if key is None:
        return zone.tzname(None) or "UTC"
    named = _PLACES.get(key)
    if named is None:
        named = _PLACES[key] = _place_of_key(key)
    return named


# Kept by key: the agenda names a zone on each of thousands of lines.
_PLACES: dict[str, str] = {}


def _place_of_key(key: str) -> str:
    if key in UNIVERSAL:
        return "UTC"
    # A zone named for its offset, not a place ("EST", "Etc/GMT+5"), keeps that
    # name: "EST time" reads as a typo.
    if "/" not in key or key.startswith("Etc/"):
        return key.removeprefix("Etc/")
    return key.rsplit("/", 1)[-1].replace("_", " ") + " time"


def clock(
    at: datetime,
    home: ZoneInfo,
    there: ZoneInfo | None = None,
    *,
    year: int | None = None,
    moment: Callable[[datetime], str] | None = None,
) -> str:
    """A moment in your zone, with the zone named, and the interview's own clock when
    it keeps another: "Tue 01 Dec 04:00 Toronto time (09:00 London time)".

    In your own zone (or without `there`) one place: "Tue 01 Dec 09:00 Toronto
    time", in summer and winter alike, so a "Recorded:" line and the "Next:" line
    after it name one zone one way (issue 16). A second zone names both places,
    or "04:00" reads as the employer's hour. `year`: the year left unwritten
    ("this year"); None writes it.
    `moment`: how the shell writes a local day and time (the web's "Tue 1 Dec,
    04:00"); by default the command line's "Tue 01 Dec 04:00" with `year`. The
    wording around it is this function's, so the web and the command line name
    the two clocks alike.
    """
    here = at.astimezone(home)
    write = moment
    if write is None:

        def write(local: datetime) -> str:
            day = f"{local:%a %d %b}" if local.year == year else f"{local:%a %d %b %Y}"
            return f"{day} {local:%H:%M}"

    if there is None or there.key == home.key:
        return f"{write(here)} {place(home)}"
    away = at.astimezone(there)
    # As f"{away:%H:%M}", without strftime (the agenda writes thousands).
    own = f"{away.hour:02d}:{away.minute:02d}" if away.date() == here.date() else write(away)
    return f"{write(here)} {place(home)} ({own} {place(there)})"
