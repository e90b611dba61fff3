"""Settings: one table drives loading, validation, `followup config` and the docs.

Each setting has a name, a parser for what the user types, a default and a
help sentence. Values live in the store's settings table (one row per user
and setting, as JSON); an environment variable `FOLLOWUP_<NAME>` overrides
the settings that do not shape stored plans. Where neither says, defaults
come from the machine: the time zone from the system (tzlocal); the country
from the locale (`en_GB.UTF-8` -> GB), else US.

Kept light: the agenda's fast path imports this module, so the holidays
package and the interview-file parser are imported only where needed.
"""

from __future__ import annotations

import os
from datetime import time

from followup.errors import InputError
from followup.tuples import NamedTuple

# Not typing's, and `re` imported where a pattern is used: the agenda reads two
# settings through this module and imports neither (followup/tuples.py).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Mapping
    from typing import Any

    from followup.etiquette.policy import Policy
    from followup.interview_file import Defaults
    from followup.writing.drafting import Sender

LOCALE_COUNTRY = r"^[a-z]{2,3}_([A-Z]{2})"


def machine_timezone() -> str:
    quick = _zone_from_tz_or_localtime()
    if quick is not None:
        return quick
    from tzlocal import get_localzone_name

    try:
        return get_localzone_name() or "UTC"
    except Exception:  # tzlocal raises several kinds on odd systems; UTC is safe
        return "UTC"


def _zone_from_tz_or_localtime() -> str | None:
    """The common Unix answers, read without importing tzlocal (and logging).

    The agenda asks for the machine's zone on every run when no `timezone`
    is set; tzlocal answers the rest (Windows, odd systems).
    """
    from zoneinfo import ZoneInfo

    candidates = [os.environ.get("TZ", "").lstrip(":")]
    if not candidates[0] and os.path.islink("/etc/localtime"):
        target = os.path.realpath("/etc/localtime")
        candidates.append(target.partition("/zoneinfo/")[2])
    for name in candidates:
        if name and not name.startswith("/"):
            try:
                ZoneInfo(name)
            except (ValueError, OSError):
                continue
            return name
    return None


def machine_country() -> str:
    import re

    import holidays

    supported = holidays.list_supported_countries()
    for var in ("LC_ALL", "LC_TIME", "LANG"):
        match = re.match(LOCALE_COUNTRY, os.environ.get(var, ""))
        if match and match.group(1) in supported:
            return match.group(1)
    return "US"


def machine_defaults() -> Defaults:
    from followup.interview_file import Defaults

    return Defaults(timezone=machine_timezone(), country=machine_country())


# -- parsers: text typed by the user -> the JSON value stored ------------------


def _text(name: str) -> Callable[[str], Any]:
    def parse(value: str) -> str | None:
        text = value.strip()
        if "\x00" in text:
            raise InputError(name, "contains a NUL character")
        return text or None

    return parse


def _line(name: str) -> Callable[[str], Any]:
    def parse(value: str) -> str | None:
        text = _text(name)(value)
        if text is not None and ("\n" in text or "\r" in text):
            raise InputError(name, "must be on one line")
        return text

    return parse


def _signature(value: str) -> str | None:
    # Typed on one command line, "\n" stands for a line break.
    text: str | None = _text("signature")(value.replace("\\n", "\n"))
    return text


def _email(value: str) -> str | None:
    from followup.fields import parse_email

    return parse_email(value, "email")


PHONE = r"(?i)^\+?[0-9 ().\-/]+(?:\s*(?:x|ext\.?)\s*[0-9]+)?$"


def _phone(value: str) -> str | None:
    # Loose on purpose: people write numbers many ways, and we only read it
    # aloud in a voicemail; at least six digits rules out obvious slips.
    import re

    text: str | None = _line("phone")(value)
    if text is not None and (not re.match(PHONE, text) or sum(c.isdigit() for c in text) < 6):
        raise InputError("phone", f"{text!r} is not a phone number (use e.g. +1 212 555 0142)")
    return text


def _addresses(value: str) -> list[str] | None:
    import re

    from followup.interview_file import parse_email

    found = [a for a in re.split(r"[\s,;]+", value.strip()) if a]
    return sorted({str(parse_email(a, "addresses")).lower() for a in found}) or None


def _words(value: str) -> list[str] | None:
    import re

    # Words of the candidate's trade ("hemodynamic", "guanciale") that no
    # general dictionary holds; typed at once, separated by spaces or commas.
    found = [w for w in re.split(r"[\s,;]+", value.strip()) if w]
    for word in found:
        if not re.fullmatch(r"[^\W\d_][\w'’-]*", word):
            raise InputError("words", f"{word!r} is not a word (letters, hyphens, apostrophes)")
    return sorted(set(found), key=str.casefold) or None


def _references(value: str) -> list[dict[str, str]] | None:
    """'Name; relationship; email; phone | Name; ...': the people who vouch for you.

    One reference per `|` (or line), its fields separated by `;`: the name and
    relationship are required, then an email address and a phone number, in
    either order (either may be left out, not both). The references email lists
    them as given.
    """
    import re

    found: list[dict[str, str]] = []
    for number, chunk in enumerate(re.split(r"[|\n]", value), start=1):
        if not chunk.strip():
            continue
        fields = [f.strip() for f in chunk.split(";")]
        where = f"references ({number})"
        if len(fields) < 2 or not fields[0] or not fields[1]:
            raise InputError(
                where,
                f"{chunk.strip()!r} needs at least a name and a relationship "
                "(Name; relationship; email; phone)",
            )
        if len(fields) > 4:
            raise InputError(where, "has more than four fields (Name; relationship; email; phone)")
        name, relationship = _line(where)(fields[0]), _line(where)(fields[1])
        # The last two fields by what they hold: an address has an "@", a number has not.
        reach = [f for f in fields[2:] if f]
        emails = [f for f in reach if "@" in f]
        phones = [f for f in reach if "@" not in f]
        if len(emails) > 1 or len(phones) > 1:
            raise InputError(where, f"give {name} one email address and one phone number at most")
        try:
            email = _email(emails[0]) if emails else None
            phone = _phone(phones[0]) if phones else None
        except InputError as exc:
            raise InputError(where, exc.message.partition(": ")[2]) from None
        if email is None and phone is None:
            raise InputError(where, f"give {name} an email address or a phone number")
        entry = {"name": str(name), "relationship": str(relationship)}
        if email:
            entry["email"] = email
        if phone:
            entry["phone"] = phone
        found.append(entry)
    return found or None


def _timezone(value: str) -> str:
    from followup.fields import parse_zone

    return parse_zone(value, "timezone")


def _country(value: str) -> str:
    from followup.etiquette.businessdays import BusinessCalendar, UnknownRegion
    from followup.places import country_code, country_hint

    code = country_code(value) or value.strip().upper()  # "Canada" is CA
    try:
        BusinessCalendar(code)
    except UnknownRegion as exc:
        raise InputError("country", str(exc) + country_hint(value)) from None
    return code


def _subdivision(value: str) -> str | None:
    text = value.strip().upper()
    return text or None


def _count(name: str, maximum: int | None = None) -> Callable[[str], Any]:
    def parse(value: str) -> int:
        from followup.fields import digits, shown

        typed = value.strip()
        negative = typed.startswith("-")
        if not digits(typed.removeprefix("-")):
            raise InputError(name, f"{shown(value)} is not a whole number")
        number = int(typed) if not negative else -int(typed[1:])
        if number < 0:
            raise InputError(name, "must be 0 or more")
        if maximum is not None and number > maximum:
            raise InputError(name, f"must be at most {maximum}")
        return number

    return parse


def _clock(name: str) -> Callable[[str], Any]:
    def parse(value: str) -> str:
        try:
            moment = time.fromisoformat(value.strip())
        except ValueError:
            raise InputError(name, f"{value!r} is not a time of day (use e.g. 09:00)") from None
        return moment.strftime("%H:%M")

    return parse


def _policy_name(value: str) -> str:
    from followup.etiquette.policy import POLICIES

    name = value.strip()
    if name not in POLICIES:
        raise InputError("policy", f"{name!r} is not one of {', '.join(POLICIES)}")
    return name


# NamedTuples, not dataclasses: the agenda imports this module, and importing
# `dataclasses` and building each class would cost its start-up milliseconds.
class Setting(NamedTuple):
    name: str
    help: str
    parse: Callable[[str], Any]
    # A value, or a function asked only when the value is needed (machine facts).
    default: Any = None
    # Changing it recomputes every stored plan; such settings ignore the environment.
    replans: bool = False

    @property
    def env(self) -> str | None:
        if self.replans:
            return None
        return "FOLLOWUP_" + self.name.upper().replace(".", "_")

    def default_value(self) -> Any:
        return self.default() if callable(self.default) else self.default


BASE_SETTINGS: tuple[Setting, ...] = (
    Setting("name", "Your name, for signing notes.", _line("name")),
    Setting(
        "signature",
        "The lines that close your notes (type \\n for a line break).",
        _signature,
    ),
    Setting("email", "Your email address, the sender of your notes.", _email),
    Setting("phone", "Your phone number, for the voicemail script.", _phone),
    Setting(
        "references",
        "Your references, for the references email: 'Name; relationship; email; phone', "
        "several separated by '|'.",
        _references,
    ),
    Setting(
        "addresses",
        "Your other email addresses (separated by spaces or commas): an invitation's "
        "attendees at them, or at `email`, are you, not an interviewer.",
        _addresses,
    ),
    Setting(
        "words",
        "Words of your trade the spelling check should accept (separated by spaces or commas).",
        _words,
    ),
    Setting(
        "timezone",
        "Your IANA time zone: new interviews default to it, and the agenda's "
        "'today' is counted in it.",
        _timezone,
        machine_timezone,
    ),
    Setting(
        "country",
        "Country whose public holidays new interviews use: a name or its code (Canada or CA).",
        _country,
        machine_country,
    ),
    Setting(
        "subdivision",
        "State or province for holidays, a name or its code (Ontario or ON); empty for none.",
        _subdivision,
    ),
    Setting(
        "nudge_below",
        "The agenda nudges you to keep other applications going while fewer "
        "than this many are active (0 turns the nudge off).",
        _count("nudge_below"),
        3,
    ),
    Setting(
        "policy",
        "The rule book's variant: default, or reserved (thanks after a silent week).",
        _policy_name,
        "default",
        replans=True,
    ),
)


def _policy_settings() -> tuple[Setting, ...]:
    """One `policy.<number>` setting per tunable number of etiquette.policy.Policy."""
    from dataclasses import fields

    from followup.etiquette.policy import DEFAULT, limit_of
    from followup.settings_words import NUMBERS, cited

    found = []
    shown: Any
    for item in fields(DEFAULT):
        value = getattr(DEFAULT, item.name)
        name = f"policy.{item.name}"
        if isinstance(value, bool) or item.name == "name":
            continue
        if isinstance(value, int):
            parse, shown = _count(name, limit_of(item.name)), value
        elif isinstance(value, time):
            parse, shown = _clock(name), value.strftime("%H:%M")
        else:
            continue
        worded = NUMBERS.get(item.name)
        about = (
            f"{worded.label}. {worded.changes} {cited(worded.sources)}"
            if worded is not None
            else f"The rule book's {item.name.replace('_', ' ')}."
        )
        found.append(
            Setting(
                name,
                about,
                parse,
                shown,
                replans=True,
            )
        )
    return tuple(found)


def all_settings() -> dict[str, Setting]:
    return {s.name: s for s in BASE_SETTINGS + _policy_settings()}


def find(name: str) -> Setting:
    import difflib

    table = all_settings()
    if name not in table:
        hint = difflib.get_close_matches(name, list(table), n=1)
        suggestion = f"; did you mean {hint[0]!r}?" if hint else ""
        raise InputError(name, f"unknown setting{suggestion} (followup config lists them)")
    return table[name]


class Value(NamedTuple):
    name: str
    value: Any
    # "stored", "environment", "default" or "machine".
    origin: str


def resolve(setting: Setting, stored: Mapping[str, Any]) -> Value:
    """The value in force: environment, else stored, else the default."""
    env = setting.env
    if env and os.environ.get(env):
        try:
            parsed = setting.parse(os.environ[env])
        except InputError as exc:
            # The sentence names the variable the user typed, not the setting.
            raise InputError(env, exc.message.removeprefix(f"{exc.field}: ")) from exc
        return Value(setting.name, parsed, "environment")
    if setting.name in stored:
        return Value(setting.name, stored[setting.name], "stored")
    origin = "machine" if callable(setting.default) else "default"
    return Value(setting.name, setting.default_value(), origin)


def value_of(name: str, stored: Mapping[str, Any]) -> Any:
    """One setting's value in force; only that setting's default is computed."""
    base = {s.name: s for s in BASE_SETTINGS}
    setting = base.get(name) or find(name)
    return resolve(setting, stored).value


def machine_zone(stored: Mapping[str, Any]) -> str | None:
    """The machine's zone when it stands in for your `timezone` setting (none stored,
    no FOLLOWUP_TIMEZONE); None when you chose one."""
    base = {s.name: s for s in BASE_SETTINGS}
    found = resolve(base["timezone"], stored)
    return str(found.value) if found.origin == "machine" else None


def machine_zone_note(zone: str) -> str:
    """What to tell when the machine's zone was taken for you (issue 16): that it is
    a default, and how to choose your own."""
    return (
        f"{zone}, your machine's time zone, taken because no `timezone` setting is "
        "stored (choose your own default with `followup config timezone ZONE`)"
    )


def yourself(stored: Mapping[str, Any]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Your own addresses (`email` and `addresses`, lower-cased) and your `name`,
    which an invitation's attendees leave out."""
    addresses = (value_of("email", stored), *(value_of("addresses", stored) or ()))
    name = value_of("name", stored)
    return tuple(a.lower() for a in addresses if a), (name,) if name else ()


def stored_settings() -> dict[str, Any]:
    """Your stored settings when you have a store; reading a file never creates one.

    Read with the standard sqlite3 module, as the agenda reads its actions:
    `plan FILE`, `lint` and `draft FILE` need nothing else from the store, and
    booting Django for it doubled their start-up. It also keeps this module
    free of `followup.store` beyond its Django-free `location` (no import
    cycle with `store.services`, which reads the settings' definitions here).
    """
    import sqlite3

    from followup.store.location import (
        BUSY_TIMEOUT_SECONDS,
        LOCAL_USERNAME,
        database_path,
        database_url,
    )

    url = database_url()
    if url is not None:
        return _server_settings(url, LOCAL_USERNAME)
    path = database_path()
    if not path.exists():
        return {}
    try:
        db = sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS)
    except sqlite3.Error:
        return {}
    try:
        rows = db.execute(
            "SELECT s.name, s.value FROM followup_setting AS s "
            "JOIN followup_user AS u ON u.id = s.user_id WHERE u.username = ?",
            (LOCAL_USERNAME,),
        ).fetchall()
    except sqlite3.DatabaseError:  # an empty file, or a store not set up yet: nothing stored
        return {}
    finally:
        db.close()
    if not rows:
        return {}
    import json

    # As Django's JSONField stores them.
    return {name: json.loads(value) for name, value in rows}


def _server_settings(url: str, username: str) -> dict[str, Any]:
    """The stored settings on a PostgreSQL server (DATABASE_URL), with psycopg."""
    import psycopg

    from followup.store.server import connect  # Django-free, as store.location

    try:
        with connect(url) as db:
            rows = db.execute(
                "SELECT s.name, s.value FROM followup_setting AS s "
                "JOIN followup_user AS u ON u.id = s.user_id WHERE u.username = %s",
                (username,),
            ).fetchall()
    except psycopg.Error:  # unreachable, or not set up yet: nothing stored
        return {}
    return dict(rows)  # jsonb arrives parsed


def defaults_from(stored: Mapping[str, Any]) -> Defaults:
    """Where an interview file is silent: the user's settings, else the machine's."""
    from followup.interview_file import Defaults

    return Defaults(
        timezone=value_of("timezone", stored),
        country=value_of("country", stored),
        subdivision=value_of("subdivision", stored),
    )


def policy_from(stored: Mapping[str, Any], *, stored_hint: bool = True) -> Policy:
    """The policy in force: the chosen variant with the stored number overrides.

    A stored value out of bounds (set before the bounds existed, say) is
    refused with the way out; `stored_hint=False` when checking a value
    being set, which is not stored yet.
    """
    from followup.etiquette.policy import POLICIES

    base = POLICIES.get(stored.get("policy", "default"), POLICIES["default"])
    overrides: dict[str, Any] = {}
    for name, value in stored.items():
        if name.startswith("policy."):
            field = name.removeprefix("policy.")
            overrides[field] = time.fromisoformat(value) if isinstance(value, str) else value
    try:
        return base.with_overrides(overrides)
    except ValueError as exc:  # a value stored by an older version, say
        field, _, message = str(exc).partition(": ")
        if stored_hint:
            message += f"; the stored value is refused (followup config --unset {field} resets it)"
        raise InputError(field, message) from None


def sender_from(stored: Mapping[str, Any]) -> Sender:
    """Who signs: the `name`, `signature` and `phone` settings in force.

    From the stored settings, FOLLOWUP_NAME and the like overriding, so the
    command line, the web and the outbox sign alike; unset ones are None.
    Read here and handed to the writing core, which reads no environment.
    """
    # Imported here: the writing core is heavy and most settings readers do not draft.
    from followup.writing.drafting import Sender

    def text(key: str) -> str | None:
        value = value_of(key, stored)
        return str(value) if value else None

    from followup.writing.drafting import references_of

    return Sender(
        name=text("name"),
        signature=text("signature"),
        number=text("phone"),
        references=references_of(value_of("references", stored)),
    )
