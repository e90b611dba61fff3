"""The general field parsers: what a user typed, checked and bounded, or one sentence naming it.

Interview files, the command line, the web forms, imports and `config` all
read their values here, so a field means the same everywhere and every input
has a bound:

- each text field has a maximum length (`LIMITS`, documented in
  docs/local-app.md), checked before any other work sees the text;
- a YAML or JSON document is bounded in size before it is parsed, and in
  nesting depth and alias expansion while it is composed (a "billion laughs"
  document is refused after a few hundred nodes, never expanded);
- dates and times lie between `EARLIEST` and `LATEST`, so no later date
  arithmetic can overflow; integers have at most `MAX_DIGITS` digits;
- time-zone names are short and made of the characters IANA names use;
- identifiers are ASCII digits only (not full-width or other scripts' digits);
- an email address is one RFC 5322 addr-spec (`email.headerregistry`), with
  an IDNA-encodable domain that has a dot.

Every problem is an `InputError` naming the field. Values quoted in an
error are shortened (`shown`), so an error never repeats a huge input.
Free of Django: the agenda's fast path imports it.
"""

from __future__ import annotations

import contextlib
import json
import math
import re
from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta
from enum import Enum
from pathlib import Path
from typing import Any, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from followup.errors import InputError

E = TypeVar("E", bound=Enum)

# -- bounds ----------------------------------------------------------------------

# Maximum length in characters of each kind of text field. Generous for real
# use (the longest real company names and job titles are well under 200
# characters), small enough that no text path does much work on them.
LIMITS: dict[str, int] = {
    "name": 200,  # a person, a company, a role, a recipient
    "title": 200,
    "phone": 50,
    "email": 254,  # RFC 5321's limit on a forward path
    "region": 100,  # a country or subdivision, by code or by name ("Ontario")
    "topic": 2_000,  # one topic, one strength
    "next_step": 2_000,  # what they said about next steps
    "debrief": 4_000,  # one debrief answer
    "says": 4_000,  # the words of a reply
    "override": 1_000,  # the reason a refusal was overridden
    "signature": 1_000,
    "subject": 500,  # a note's Subject line
    "note": 20_000,  # a note's body, as the linter has always bounded it
}
# How many entries a list field may hold (interviewers, topics, contacts ...).
MAX_ITEMS = 200
# Interview files and imports: the raw document, before it is parsed.
MAX_DOCUMENT_BYTES = 5_000_000
# Nesting of mappings and lists: an interview file needs four levels.
MAX_DEPTH = 20
# Nodes a YAML document may expand to through its aliases (`*name`).
MAX_NODES = 100_000
# Python refuses int() of more than 4,300 digits; no field needs more than a few.
MAX_DIGITS = 18
# The range of dates and times: wide for real interviews, far enough from
# years 1 and 9999 that adding a year of business days cannot overflow.
EARLIEST = date(1970, 1, 1)
LATEST = date(2199, 12, 31)
# IANA names are at most about 30 characters ("America/Argentina/ComodRivadavia").
MAX_ZONE_LENGTH = 64

CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
# Every character a header or a calendar line must not carry: the line breaks
# of ASCII and of Unicode (NEL, LINE and PARAGRAPH SEPARATOR) and the other
# control characters.
LINE_BREAKS = re.compile(r"[\r\n\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
UNSAFE_IN_A_LINE = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029]")
_UNSAFE_RUN = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029]+")


def shown(value: Any, limit: int = 60) -> str:
    """`value` quoted for an error message, cut short: an error never repeats a huge input."""
    if isinstance(value, list | tuple | dict | set):
        return f"a {type(value).__name__}" if value else f"an empty {type(value).__name__}"
    text = value if isinstance(value, str) else str(value)
    if len(text) > limit:
        return repr(text[:limit]) + f" ... ({len(text):,} characters)"
    return repr(text)


def one_line(text: str) -> str:
    """`text` with each run of line breaks (CR, LF, U+2028, U+2029 ...) and controls one space.

    For header values and calendar fields, which must stay on one line.
    """
    return _UNSAFE_RUN.sub(" ", text)


_BREAK_ANY = re.compile(r"\r\n|[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_OTHER_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1b\x1f\x7f]")


def calendar_text(text: str) -> str:
    """A calendar DESCRIPTION: each line break one LF (icalendar escapes it), no controls."""
    return _OTHER_CONTROL.sub("", _BREAK_ANY.sub("\n", text))


# -- text ------------------------------------------------------------------------


def _bounded(text: str, field: str, limit: int | None) -> str:
    if limit is not None and len(text) > limit:
        raise InputError(field, f"is {len(text):,} characters long; at most {limit:,} are allowed")
    return text


def text(
    value: Any, field: str, *, required: bool = False, limit: int | None = LIMITS["debrief"]
) -> str | None:
    """Free text (it may hold line breaks), at most `limit` characters."""
    if type(value) is str:
        # The common case, the checks below in their order, each done once: an
        # import checks some twenty of these an interview.
        result = value.strip()
        if not result:
            if required:
                raise InputError(field, "is required")
            return None
        if limit is not None:
            _bounded(value, field, limit * 2 + 100)  # length first, as below
            _bounded(result, field, limit)
        if CONTROL.search(result):
            raise InputError(field, "contains control characters")
        return result
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise InputError(field, "is required")
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise InputError(field, "must be text")
    if isinstance(value, float) and not math.isfinite(value):
        raise InputError(field, "must be text")
    if isinstance(value, str):
        # Length first: nothing else scans an oversized value.
        _bounded(value, field, None if limit is None else limit * 2 + 100)
    result = str(value).strip()
    _bounded(result, field, limit)
    if CONTROL.search(result):
        raise InputError(field, "contains control characters")
    return result


def line(
    value: Any, field: str, *, required: bool = False, limit: int | None = LIMITS["name"]
) -> str | None:
    """Text on one line (names, titles): a line break there is a mistake or an attack."""
    result = text(value, field, required=required, limit=limit)
    if result is not None and LINE_BREAKS.search(result):
        raise InputError(field, "must be on one line")
    return result


_WORDS_FOR_BOOL = {"yes": True, "on": True, "true": True, "no": False, "off": False, "false": False}


def boolean(value: Any, field: str) -> bool | None:
    if value is None:
        return None
    if isinstance(value, str) and len(value) < 10 and value.strip().lower() in _WORDS_FOR_BOOL:
        return _WORDS_FOR_BOOL[value.strip().lower()]
    if not isinstance(value, bool):
        raise InputError(field, "must be true or false")
    return value


def list_of_text(value: Any, field: str, *, limit: int = LIMITS["topic"]) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        raise InputError(field, "must be a list of text")
    if len(value) > MAX_ITEMS:
        raise InputError(field, f"has {len(value):,} entries; at most {MAX_ITEMS} are allowed")
    items = []
    for i, item in enumerate(value):
        found = line(item, f"{field}[{i}]", limit=limit)
        if found:
            items.append(found)
    return tuple(items)


def enum(value: Any, kind: type[E], field: str) -> E:
    choices = [str(m.value) for m in kind]
    if not isinstance(value, str) or value not in choices:
        raise InputError(field, f"{shown(value)} is not one of {', '.join(choices)}")
    return kind(value)


def mapping(value: Any, field: str) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise InputError(field, "must be a mapping of fields")
    return value


def digits(text: str, most: int = MAX_DIGITS) -> bool:
    """`text` is a plain number: ASCII digits only, at most `most` of them.

    str.isdigit() also accepts '１２', '١٢' and '²', and int() of 5,000 digits
    raises; every number typed into a form or an argument is checked with this.
    """
    return 0 < len(text) <= most and text.isascii() and text.isdigit()


def integer(value: Any, field: str, *, low: int = 0, high: int = 10**MAX_DIGITS) -> int:
    """A whole number typed as text or given as a number, between `low` and `high`."""
    if isinstance(value, bool):
        raise InputError(field, "must be a whole number")
    if isinstance(value, str):
        digits = value.strip()
        sign = digits[:1] in ("-", "+")
        body = digits[1:] if sign else digits
        if not (body.isascii() and body.isdigit()):
            raise InputError(field, f"{shown(value)} is not a whole number")
        if len(body) > MAX_DIGITS:
            raise InputError(field, f"has more than {MAX_DIGITS} digits")
        value = int(digits)
    if not isinstance(value, int):
        raise InputError(field, "must be a whole number")
    if not low <= value <= high:
        raise InputError(field, f"must be between {low:,} and {high:,}")
    return value


def parse_id(value: Any, field: str = "ID") -> int:
    """A stored row's number, as typed: ASCII digits only (not '１２' or '١٢')."""
    if isinstance(value, int) and not isinstance(value, bool):
        return integer(value, field, low=1)
    if not isinstance(value, str):
        raise InputError(field, "must be a number such as 3")
    digits = value.strip()
    if not digits or len(digits) > MAX_DIGITS or not (digits.isascii() and digits.isdigit()):
        raise InputError(field, f"{shown(value)} is not an interview number such as 3")
    return integer(digits, field, low=1)


# -- email -----------------------------------------------------------------------


# An ASCII dot-atom local part (RFC 5322 atext) at a host name of two or more
# labels of letters, digits and hyphens; _BAD_LABEL finds a label that starts or
# ends with a hyphen.
_ATEXT = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_PLAIN_ADDRESS = re.compile(
    rf"{_ATEXT}(?:\.{_ATEXT})*@[A-Za-z0-9-]{{1,63}}(?:\.[A-Za-z0-9-]{{1,63}})+"
)
_BAD_LABEL = re.compile(r"@-|\.-|-\.|-$")
# What an address would need quoting for, refused outright (one search, not ten).
_SPECIALS = re.compile(r'[<>,;()\[\]\\"]')


def email_address(value: str) -> str | None:
    """`value` as one email address (its addr-spec), or None when it is not one.

    Parsed as email.headerregistry parses an address header, so the interview
    file, `send` and the web's .eml agree: one @, a quoted or dot-atom local
    part, a domain with a dot that IDNA can encode (so "bücher.example" is
    fine and "a@b@c.example" or "<>\"" are not).
    """
    candidate = value.strip()
    if not candidate or len(candidate) > LIMITS["email"] or UNSAFE_IN_A_LINE.search(candidate):
        return None
    # A non-ASCII local part needs SMTPUTF8, which few servers offer: refused.
    if not candidate.partition("@")[0].isascii():
        return None
    if candidate.count("@") != 1 or _SPECIALS.search(candidate):
        return None
    if _PLAIN_ADDRESS.fullmatch(candidate) and not _BAD_LABEL.search(candidate):
        # An ASCII dot-atom at an ASCII host name: what the parser below accepts
        # unchanged, without its cost (about half a millisecond an address).
        return candidate
    # Imported here, past the common case: an import checks every interviewer's.
    from email.errors import HeaderParseError
    from email.headerregistry import Address

    try:
        address = Address(addr_spec=candidate)
    except (HeaderParseError, ValueError, IndexError, TypeError):
        return None
    local, domain = address.username, address.domain
    if not local or not domain or address.addr_spec != candidate:
        return None
    labels = domain.split(".")
    if len(labels) < 2 or any(not label or len(label) > 63 for label in labels):
        return None
    try:
        ascii_domain = domain.encode("idna").decode("ascii")
    except UnicodeError:
        return None
    if not re.fullmatch(r"[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+", ascii_domain):
        return None
    if any(label.startswith("-") or label.endswith("-") for label in ascii_domain.split(".")):
        return None
    return candidate


def wire_address(address: str) -> str:
    """`address` as it goes in a header on the wire: its domain IDNA-encoded (ASCII)."""
    local, _, domain = address.rpartition("@")
    try:
        return f"{local}@{domain.encode('idna').decode('ascii')}"
    except UnicodeError:
        return address


def parse_email(value: Any, field: str) -> str | None:
    found = line(value, field, limit=LIMITS["email"])
    if found is not None and email_address(found) is None:
        raise InputError(field, f"{shown(found)} is not an email address")
    return found


# -- time ------------------------------------------------------------------------


def parse_zone(value: Any, field: str = "timezone") -> str:
    if not isinstance(value, str) or not value.strip():
        raise InputError(field, "must be an IANA time zone such as Europe/London")
    name = value.strip()
    # Bounded first: ZoneInfo opens a file by this name (OSError "File name too long").
    if len(name) > MAX_ZONE_LENGTH or "\x00" in name:
        raise InputError(
            field, f"unknown time zone {shown(name)} (use a name like America/New_York)"
        )
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        from followup.places import zone_suggestions

        found = zone_suggestions(name)  # "Toronto", "PST"
        hint = (
            f"did you mean {' or '.join(found)}?" if found else "use a name like America/New_York"
        )
        raise InputError(field, f"unknown time zone {shown(name)} ({hint})") from None
    return name


def _in_range(day: date, field: str) -> None:
    if not EARLIEST <= day <= LATEST:
        raise InputError(
            field, f"{day.isoformat()} is out of range (use a date from {EARLIEST} to {LATEST})"
        )


def parse_moment(value: Any, zone: ZoneInfo, field: str) -> datetime:
    """A date-time: with an offset as given, without one as local time in `zone`.

    A date alone means the start of that local day.
    """
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        moment = datetime.combine(value, datetime.min.time())
    elif isinstance(value, str) and value.strip() and len(value) <= 100:
        typed = value.strip()
        if typed.endswith(("z", "Z")):
            typed = typed[:-1] + "+00:00"
        try:
            if not typed.isascii():
                raise ValueError(typed)  # fromisoformat reads other scripts' digits
            moment = datetime.fromisoformat(typed)
        except ValueError:
            raise InputError(
                field, f"{shown(value)} is not a date and time (use e.g. 2026-11-17 14:00)"
            ) from None
    elif isinstance(value, str) and value.strip():
        raise InputError(
            field, f"{shown(value)} is not a date and time (use e.g. 2026-11-17 14:00)"
        )
    else:
        raise InputError(field, "must be a date and time such as 2026-11-17 14:00")
    _in_range(moment.date(), field)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone)
        _refuse_skipped(moment, zone, field)
    return moment.astimezone(UTC).astimezone(zone)


def _refuse_skipped(moment: datetime, zone: ZoneInfo, field: str) -> None:
    """Refuse a local time the clocks skip when they go forward (a DST gap).

    Moving it silently would put the interview an hour off what was typed;
    the sentence says where the gap starts and the time it becomes.
    """
    after = moment.astimezone(UTC).astimezone(zone)
    if after.replace(tzinfo=None) == moment.replace(tzinfo=None):
        return
    gap = moment
    # Gaps last an hour, rarely two (or half an hour); walk back to where it starts.
    for _ in range(24 * 60):
        earlier = gap - timedelta(minutes=1)
        if earlier.astimezone(UTC).astimezone(zone).replace(tzinfo=None) == earlier.replace(
            tzinfo=None
        ):
            break
        gap = earlier
    raise InputError(
        field,
        f"{moment:%Y-%m-%d %H:%M} does not exist in {zone.key}: clocks go forward at "
        f"{gap:%H:%M}; did you mean {after:%H:%M}?",
    )


def parse_date(value: Any, field: str) -> date | None:
    if value is None:
        return None
    found: date | None = None
    if isinstance(value, datetime):
        found = value.date()
    elif isinstance(value, date):
        found = value
    elif isinstance(value, str) and value.strip() and len(value) <= 40 and value.isascii():
        with contextlib.suppress(ValueError):
            found = date.fromisoformat(value.strip())
    if found is None:
        raise InputError(field, f"{shown(value)} is not a date (use e.g. 2026-11-20)")
    _in_range(found, field)
    return found


# -- documents -------------------------------------------------------------------


def read_document(path: Path, what: str = "interview file") -> str:
    """The text of a YAML or JSON file, refused when it is too big or not UTF-8."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError("", f"{path}: no such file") from None
    except OSError as exc:
        raise InputError("", f"{path}: cannot be read ({exc.strerror})") from None
    if path.is_dir():
        raise InputError("", f"{path}: is a directory, not an {what}")
    if size > MAX_DOCUMENT_BYTES:
        raise InputError(
            "", f"{path}: is {size:,} bytes; an {what} may hold at most {MAX_DOCUMENT_BYTES:,}"
        )
    try:
        with path.open("rb") as handle:
            # Read one byte more than allowed: a pipe or a growing file has no size.
            raw = handle.read(MAX_DOCUMENT_BYTES + 1)
    except IsADirectoryError:
        raise InputError("", f"{path}: is a directory, not an {what}") from None
    except OSError as exc:
        raise InputError("", f"{path}: cannot be read ({exc.strerror})") from None
    if len(raw) > MAX_DOCUMENT_BYTES:
        raise InputError("", f"{path}: an {what} may hold at most {MAX_DOCUMENT_BYTES:,} bytes")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError("", f"{path}: is not UTF-8 text") from None


class DocumentError(ValueError):
    """A document that cannot be read as data; the message says why, without the content."""


_STRING = re.compile(r'"(?:[^"\\]|\\.)*+"', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")


def json_depth(text: str) -> int:
    """How deeply a JSON text nests its arrays and objects, read without parsing it."""
    brackets = _NOT_BRACKET.sub("", _STRING.sub("", text))
    depth = deepest = 0
    for char in brackets:
        if char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    return deepest


def _no_constant(name: str) -> Any:
    raise DocumentError(f"{name} is not a number JSON allows")


def _bounded_int(digits: str) -> int:
    if len(digits.lstrip("-")) > MAX_DIGITS:
        raise DocumentError(f"a number has more than {MAX_DIGITS} digits")
    return int(digits)


def _finite_float(digits: str) -> float:
    number = float(digits)
    if not math.isfinite(number):
        raise DocumentError(f"the number {digits[:30]} is out of range")
    return number


def load_json(text: str) -> Any:
    """JSON with nesting, NaN/Infinity and huge numbers refused (DocumentError)."""
    if json_depth(text) > MAX_DEPTH:
        raise DocumentError(f"nested more than {MAX_DEPTH} levels deep")
    return json.loads(
        text, parse_constant=_no_constant, parse_int=_bounded_int, parse_float=_finite_float
    )


def load_yaml(text: str) -> Any:
    """YAML with PyYAML's safe loader, bounded in depth, aliases and numbers (DocumentError)."""
    loader = _loader_class()(text)
    try:
        return loader.get_single_data()
    except RecursionError:
        raise DocumentError(f"nested more than {MAX_DEPTH} levels deep") from None
    finally:
        loader.dispose()


def parse_document(text: str, path: Path) -> Any:
    """A YAML or JSON document's data; every problem an InputError naming the file."""
    import yaml

    try:
        # YAML is a superset of JSON: any name but *.json is read as YAML.
        return load_json(text) if path.suffix.lower() == ".json" else load_yaml(text)
    except DocumentError as exc:
        raise InputError("", f"{path}: {exc}") from None
    except json.JSONDecodeError as exc:
        raise InputError("", f"{path}: not valid JSON (line {exc.lineno}: {exc.msg})") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark is not None else ""
        raise InputError("", f"{path}: not valid YAML{where}") from None
    except (RecursionError, ValueError, OverflowError):
        raise InputError(
            "", f"{path}: not valid data (nested too deep or a number out of range)"
        ) from None


_LOADER: Any = None


def _loader_class() -> Any:
    """PyYAML's SafeLoader with YAML 1.1 surprises taken out and every input bounded.

    - Only true/false are booleans: `country: NO` (Norway) and `subdivision: ON`
      (Ontario) stay text; yes/no/on/off in a true-or-false field are still
      understood, by `boolean`.
    - An impossible date such as 2026-02-30 stays text instead of crashing the
      loader, so the field's own check names the field; so does a date out of
      Python's range, and an integer with too many digits.
    - Nesting is refused past MAX_DEPTH and aliases past MAX_NODES expanded
      nodes, while the document is composed: before anything is built.
    """
    global _LOADER
    if _LOADER is not None:
        return _LOADER
    import yaml

    class Loader(yaml.SafeLoader):
        def __init__(self, stream: Any) -> None:
            super().__init__(stream)
            self._depth = 0
            self._sizes: dict[int, int] = {}
            self._expanded = 0

        def compose_node(self, parent: Any, index: Any) -> Any:
            if self.check_event(yaml.AliasEvent):
                node = super().compose_node(parent, index)
                self._count(self._size(node))
                return node
            self._depth += 1
            if self._depth > MAX_DEPTH:
                raise DocumentError(f"nested more than {MAX_DEPTH} levels deep")
            try:
                node = super().compose_node(parent, index)
            finally:
                self._depth -= 1
            self._count(1)
            return node

        def _count(self, nodes: int) -> None:
            self._expanded += nodes
            if self._expanded > MAX_NODES:
                raise DocumentError(
                    f"its aliases expand to more than {MAX_NODES:,} values; write them out"
                )

        def _size(self, node: Any) -> int:
            """Values `node` stands for once its aliases are expanded (memoised: cheap)."""
            known = self._sizes.get(id(node))
            if known is not None:
                return known
            if isinstance(node, yaml.SequenceNode):
                size = 1 + sum(self._size(child) for child in node.value)
            elif isinstance(node, yaml.MappingNode):
                size = 1 + sum(self._size(k) + self._size(v) for k, v in node.value)
            else:
                size = 1
            self._sizes[id(node)] = size
            return min(size, MAX_NODES + 1)

    resolvers = {
        first: [(tag, regexp) for tag, regexp in entries if tag != "tag:yaml.org,2002:bool"]
        for first, entries in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    Loader.yaml_implicit_resolvers = resolvers
    only_true_false = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")
    Loader.add_implicit_resolver("tag:yaml.org,2002:bool", only_true_false, list("tTfF"))

    def timestamp(loader: Any, node: Any) -> Any:
        try:
            return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
        except (ValueError, OverflowError):
            return loader.construct_scalar(node)

    def integer_or_text(loader: Any, node: Any) -> Any:
        value = loader.construct_scalar(node)
        if len(value) > MAX_DIGITS + 4:
            return value  # kept as text: the field's check names it
        return yaml.SafeLoader.construct_yaml_int(loader, node)

    Loader.add_constructor("tag:yaml.org,2002:timestamp", timestamp)
    Loader.add_constructor("tag:yaml.org,2002:int", integer_or_text)
    _LOADER = Loader
    return Loader
