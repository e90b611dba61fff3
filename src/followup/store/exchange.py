"""Export and import: the whole store as one versioned JSON document.

    {"format": "followup-export", "version": 1,
     "settings": {"timezone": "Europe/London", ...},
     "interviews": [{"id": 1, ...the fields of an interview file...}, ...]}

Each interview is written exactly as `followup add` reads an interview file
(times local to the interview with their offset), so an exported interview
can be edited and added on its own too; one added from a calendar invitation
also carries `invite_uid`, `invite_sequence`, `location` and `video_link`
(`store.invitation`; only those set), which the import keeps. Export, import into an empty store,
export again: the two documents are identical (IDs included).

Import (`load_file`) streams the document from disk with ijson: it reads
the settings first, then checks and writes the interviews in batches as it
reads them, all in one transaction, so a bad interview anywhere rolls back
all of it: all or nothing, in memory bounded by the batch.

Both stream: export reads the store in batches of interviews by ID range
(every query is bounded by the batch, never by the store) with the standard
`sqlite3` module (on a PostgreSQL server, the same statements through
psycopg: store/server.py) inside one read transaction, and writes each interview as
it is read, so its memory does not grow with the store; import writes rows
with bulk inserts per batch and plans each interview once.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO
from zoneinfo import ZoneInfo

import ijson

from followup import config
from followup.errors import InputError
from followup.etiquette.model import (
    Contact,
    ContactKind,
    Debrief,
    Interview,
    Interviewer,
    Outcome,
    OutcomeKind,
    Purpose,
)
from followup.interview_file import DEBRIEF_KEYS, Defaults, parse_interview
from followup.store.invitation import Invitation
from followup.store.invitation import take as take_invitation

if TYPE_CHECKING:
    from followup.store import models
    from followup.store.server import Reader

FORMAT = "followup-export"
VERSION = 1


# Interviews read, converted and written at once by export.
EXPORT_BATCH = 500
# Interviews written (bulk inserts) and planned at once by import.
IMPORT_BATCH = 500


def export(user: models.User) -> dict[str, Any]:  # Django-free: the store is read with sqlite3
    """The whole document as one value (small stores, tests); `export_text` streams it."""
    document: dict[str, Any] = json.loads("".join(export_text(user)))
    return document


def export_text(user: models.User, path: str | None = None) -> Iterator[str]:
    """The export document as text, piece by piece, exactly as `porcelain.dumps` writes it
    (sorted keys, two-space indent) followed by a newline.

    The top-level keys in sorted order are format, interviews, settings,
    version, so each interview can be written as soon as it is read.
    """
    from followup.store.disk import connect_for_reading
    from followup.store.location import BUSY_TIMEOUT_SECONDS, database_path, database_url

    url = None if path else database_url()
    db: Any
    if url is not None:
        from followup.store.server import Reader

        db = Reader(url)
    else:
        # Read-only when the disk is full: an export to another disk still works.
        db = connect_for_reading(Path(path or database_path()), BUSY_TIMEOUT_SECONDS)
    try:
        # One deferred read transaction: in WAL mode every batch sees the same
        # snapshot, and writers are not blocked while the export runs.
        db.execute("BEGIN")
        settings = {
            name: json.loads(value)
            for name, value in db.execute(
                "SELECT name, value FROM followup_setting WHERE user_id = ? ORDER BY name",
                (user.pk,),
            )
        }
        yield '{\n  "format": ' + json.dumps(FORMAT) + ',\n  "interviews": ['
        first = True
        for item in exported_interviews(db, user.pk):
            yield ("\n    " if first else ",\n    ") + json_text(item, "\n    ")
            first = False
        yield "]" if first else "\n  ]"
        settings_text = json.dumps(settings, sort_keys=True, indent=2, ensure_ascii=False)
        yield ',\n  "settings": ' + settings_text.replace("\n", "\n  ")
        yield ',\n  "version": ' + json.dumps(VERSION) + "\n}\n"
    finally:
        db.close()


# Django keeps aware datetimes in SQLite as naive UTC text; read through
# Django's connection (services.refresh_plans), its converters have already
# made them naive datetimes and the days dates.
def _instant(value: str | datetime) -> datetime:
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(value)
    return moment.replace(tzinfo=UTC)


def _day(value: str | date | None) -> date | None:
    if isinstance(value, date):
        return value
    return date.fromisoformat(value) if value else None


def _flag(value: int | None) -> bool | None:
    return None if value is None else bool(value)


@dataclass(frozen=True)
class _Batch:
    """The rows of one range of interviews, each related table keyed by interview (or seat)."""

    heads: list[tuple[Any, ...]]
    seats: dict[int, list[tuple[Any, ...]]]
    topics: dict[int, list[str]]
    contacts: dict[int, list[tuple[Any, ...]]]
    outcomes: dict[int, tuple[Any, ...]]
    debriefs: dict[int, tuple[Any, ...]]


def _batches(db: sqlite3.Connection | Reader, user_id: int, batch: int) -> Iterator[_Batch]:
    """The interviews of `user_id` in ID order, `batch` at a time, as rows.

    Each batch is a range of IDs: the related rows are read with
    `interview_id BETWEEN low AND high` over their foreign-key indexes, so no
    statement grows with the store (Django's prefetch over thousands of IDs
    made a WHERE clause SQLite refused as too deep).
    """
    last = 0
    while True:
        heads = db.execute(
            """
            SELECT i.id, i.start, i."end", i.timezone, i.country, i.subdivision, i.next_step,
                   i.decision_by, i.follow_up_on, i.no_calls, i.references_requested,
                   i.strengths, ap.role, c.name,
                   i.invite_uid, i.invite_sequence, i.location, i.video_link
            FROM followup_interview AS i
            JOIN followup_application AS ap ON ap.id = i.application_id
            JOIN followup_company AS c ON c.id = ap.company_id
            WHERE i.user_id = ? AND i.id > ?
            ORDER BY i.id LIMIT ?
            """,
            (user_id, last, batch),
        ).fetchall()
        if not heads:
            return
        low, high = heads[0][0], heads[-1][0]
        last = high
        span = (user_id, low, high)
        seats: dict[int, list[tuple[Any, ...]]] = {}
        for row in db.execute(
            """
            SELECT s.interview_id, s.id, p.name, p.title, p.email, p.phone, s.is_contact
            FROM followup_interviewer AS s JOIN followup_person AS p ON p.id = s.person_id
            WHERE +s.user_id = ? AND s.interview_id BETWEEN ? AND ?
            ORDER BY s.interview_id, s.position, s.id
            """,
            span,
        ):
            seats.setdefault(row[0], []).append(row)
        topics: dict[int, list[str]] = {}
        for seat_id, text in db.execute(
            """
            SELECT t.seat_id, t.text
            FROM followup_topic AS t JOIN followup_interviewer AS s ON s.id = t.seat_id
            WHERE +s.user_id = ? AND s.interview_id BETWEEN ? AND ?
            ORDER BY t.seat_id, t.position, t.id
            """,
            span,
        ):
            topics.setdefault(seat_id, []).append(text)
        contacts: dict[int, list[tuple[Any, ...]]] = {}
        for row in db.execute(
            """
            SELECT c.interview_id, c.kind, c.at, c.purpose, p.name, c.answered, c.override,
                   c.check_back, c.says
            FROM followup_contact AS c LEFT JOIN followup_person AS p ON p.id = c.person_id
            WHERE +c.user_id = ? AND c.interview_id BETWEEN ? AND ?
            ORDER BY c.interview_id, c.at, c.id
            """,
            span,
        ):
            contacts.setdefault(row[0], []).append(row)
        outcomes = {
            row[0]: row
            for row in db.execute(
                "SELECT interview_id, kind, at, keep_in_touch FROM followup_outcome "
                "WHERE +user_id = ? AND interview_id BETWEEN ? AND ?",
                span,
            )
        }
        debriefs = {
            row[0]: row
            for row in db.execute(
                "SELECT interview_id, went_well, went_poorly, stood_out, forgot_to_mention "
                "FROM followup_debrief WHERE +user_id = ? AND interview_id BETWEEN ? AND ?",
                span,
            )
        }
        yield _Batch(heads, seats, topics, contacts, outcomes, debriefs)


def stored_interviews(
    db: sqlite3.Connection | Reader,
    user_id: int,
    batch: int | None = None,
    invitations: dict[int, Invitation] | None = None,
) -> Iterator[tuple[int, Interview]]:
    """Every interview of `user_id` as a core value, in ID order, `batch` at a time.

    With `invitations`, the invitation columns of each interview added from one
    are put there by its ID before it is yielded (the caller pops them, so the
    dictionary never holds more than a batch).
    """
    for rows in _batches(db, user_id, batch or EXPORT_BATCH):
        seats, topics, contacts = rows.seats, rows.topics, rows.contacts
        outcomes, debriefs = rows.outcomes, rows.debriefs
        for head in rows.heads:
            pk = head[0]
            zone = ZoneInfo(head[3])
            if invitations is not None and any(head[14:18]):
                invitations[pk] = Invitation(*head[14:18])
            people = tuple(
                Interviewer(
                    name=s[2],
                    title=s[3],
                    email=s[4],
                    phone=s[5],
                    topics=tuple(topics.get(s[1], ())),
                    contact=bool(s[6]),
                )
                for s in seats.get(pk, ())
            )
            d = debriefs.get(pk)
            o = outcomes.get(pk)
            yield (
                pk,
                Interview(
                    company=head[13],
                    role=head[12],
                    start=_instant(head[1]).astimezone(zone),
                    end=_instant(head[2]).astimezone(zone),
                    timezone=head[3],
                    country=head[4],
                    subdivision=head[5],
                    interviewers=people,
                    next_step=head[6],
                    decision_by=_day(head[7]),
                    follow_up_on=_day(head[8]),
                    no_calls=_flag(head[9]),
                    references_requested=bool(head[10]),
                    debrief=Debrief(
                        went_well=d[1], went_poorly=d[2], stood_out=d[3], forgot_to_mention=d[4]
                    )
                    if d is not None
                    else Debrief(),
                    strengths=tuple(json.loads(head[11])),
                    contacts=tuple(
                        Contact(
                            kind=ContactKind(c[1]),
                            at=_instant(c[2]).astimezone(zone),
                            purpose=Purpose(c[3]) if c[3] else None,
                            to=c[4],
                            answered=_flag(c[5]),
                            override=c[6],
                            check_back=_day(c[7]),
                            says=c[8],
                        )
                        for c in contacts.get(pk, ())
                    ),
                    outcome=Outcome(
                        kind=OutcomeKind(o[1]),
                        at=_instant(o[2]).astimezone(zone),
                        keep_in_touch=bool(o[3]),
                    )
                    if o is not None
                    else None,
                ),
            )


def exported_interviews(
    db: sqlite3.Connection | Reader, user_id: int, batch: int | None = None
) -> Iterator[dict[str, Any]]:
    """Every interview of `user_id` as the export writes it, in ID order, `batch` at a time.

    Built straight from the rows: equal to `{"id": pk, **interview_to_mapping(
    interview), **invitation.as_fields()}` over `stored_interviews` (a test
    keeps the two equal), without building the core value first.
    """
    for rows in _batches(db, user_id, batch or EXPORT_BATCH):
        seats, topics, contacts = rows.seats, rows.topics, rows.contacts
        outcomes, debriefs = rows.outcomes, rows.debriefs
        for head in rows.heads:
            pk = head[0]
            zone = ZoneInfo(head[3])
            d = debriefs.get(pk)
            o = outcomes.get(pk)
            item: dict[str, Any] = {
                "id": pk,
                "company": head[13],
                "role": head[12],
                "start": _instant(head[1]).astimezone(zone).isoformat(timespec="seconds"),
                "end": _instant(head[2]).astimezone(zone).isoformat(timespec="seconds"),
                "timezone": head[3],
                "country": head[4],
                "subdivision": head[5],
                "interviewers": [
                    {
                        "name": s[2],
                        "title": s[3],
                        "email": s[4],
                        "phone": s[5],
                        "topics": topics.get(s[1], []),
                        "contact": bool(s[6]),
                    }
                    for s in seats.get(pk, ())
                ],
                "next_step": head[6],
                "decision_by": _iso_day(head[7]),
                "follow_up_on": _iso_day(head[8]),
                "no_calls": _flag(head[9]),
                "references_requested": bool(head[10]),
                "debrief": dict(zip(DEBRIEF_KEYS, d[1:], strict=True))
                if d is not None
                else dict.fromkeys(DEBRIEF_KEYS),
                "strengths": list(json.loads(head[11])),
                "contacts": [_exported_contact(c, zone) for c in contacts.get(pk, ())],
                "outcome": {
                    "kind": o[1],
                    "at": _instant(o[2]).astimezone(zone).isoformat(timespec="seconds"),
                    "keep_in_touch": bool(o[3]),
                }
                if o is not None
                else None,
            }
            if any(head[14:18]):
                item.update(Invitation(*head[14:18]).as_fields())
            yield item


def _iso_day(value: str | date | None) -> str | None:
    day = _day(value)
    return day.isoformat() if day else None


def _exported_contact(c: tuple[Any, ...], zone: ZoneInfo) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "kind": c[1],
        "purpose": c[3] or None,
        "to": c[4],
        "at": _instant(c[2]).astimezone(zone).isoformat(timespec="seconds"),
        "answered": _flag(c[5]),
        "override": c[6],
    }
    if c[1] == ContactKind.REPLY:
        fields["check_back"] = _iso_day(c[7])
        fields["says"] = c[8]
    return fields


_string = json.encoder.encode_basestring  # the C function where there is one


def json_text(value: Any, newline: str = "\n") -> str:
    """`json.dumps(value, sort_keys=True, indent=2, ensure_ascii=False)` (`porcelain.dumps`),
    with `newline` in place of each of its newlines, character for character.

    The standard library's encoder runs in pure Python once given an indent;
    this writes the same text about three times faster (a test compares the
    two on varied values). Anything but dictionaries with string keys, lists,
    strings, whole numbers, booleans and None goes to `json.dumps` itself.
    """
    parts: list[str] = []
    _write(value, newline, parts)
    return "".join(parts)


def _scalar(value: Any) -> str | None:
    """The text of a string, whole number, boolean or None; None for anything else."""
    kind = type(value)
    if kind is str:
        return _string(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if kind is int:
        return int.__repr__(value)
    return None


def _write(value: Any, newline: str, parts: list[str]) -> None:
    text = _scalar(value)
    if text is not None:
        parts.append(text)
        return
    kind = type(value)
    if kind is dict:
        if not value:
            parts.append("{}")
            return
        mark = len(parts)
        inner = newline + "  "
        before = "{" + inner
        for key in sorted(value):
            if type(key) is not str:  # json.dumps turns these into strings its own way
                del parts[mark:]
                _standard(value, newline, parts)
                return
            item = value[key]
            text = _scalar(item)
            if text is None:
                parts.append(before + _string(key) + ": ")
                _write(item, inner, parts)
            else:
                parts.append(before + _string(key) + ": " + text)
            before = "," + inner
        parts.append(newline + "}")
    elif kind is list or kind is tuple:
        if not value:
            parts.append("[]")
            return
        inner = newline + "  "
        before = "[" + inner
        for item in value:
            text = _scalar(item)
            if text is None:
                parts.append(before)
                _write(item, inner, parts)
            else:
                parts.append(before + text)
            before = "," + inner
        parts.append(newline + "]")
    else:
        _standard(value, newline, parts)


def _standard(value: Any, newline: str, parts: list[str]) -> None:
    text = json.dumps(value, sort_keys=True, indent=2, ensure_ascii=False)
    parts.append(text.replace("\n", newline))


@dataclass(frozen=True)
class Checked:
    settings: dict[str, Any]
    interviews: tuple[tuple[int, Interview], ...]
    # One per interview, in the same order (NO_INVITATION for one typed in).
    invitations: tuple[Invitation, ...] = ()


def check(document: Any) -> Checked:
    """Validate a whole export document; every problem names its field."""
    settings, defaults = check_head(document)
    raw = document.get("interviews")
    if not isinstance(raw, list):
        raise InputError("interviews", "must be a list")
    seen: set[int] = set()
    interviews: list[tuple[int | None, Interview]] = []
    invitations: list[Invitation] = []
    for pk, interview, invitation in checked_interviews(raw, defaults, seen):
        interviews.append((pk, interview))
        invitations.append(invitation)
    # Interviews written by hand without an ID come after the numbered ones.
    spare = iter(range(max(seen, default=0) + 1, max(seen, default=0) + len(interviews) + 1))
    numbered = tuple((pk if pk is not None else next(spare), i) for pk, i in interviews)
    return Checked(settings=settings, interviews=numbered, invitations=tuple(invitations))


def check_head(document: Any) -> tuple[dict[str, Any], Defaults]:
    """Validate everything but the interviews: the settings, and the defaults they give."""
    if not isinstance(document, Mapping):
        raise InputError("", "an export is a JSON object with format, version and interviews")
    if document.get("format") != FORMAT:
        raise InputError("format", f"must be {FORMAT!r} (a file made by followup export)")
    version = document.get("version")
    if version != VERSION:
        raise InputError("version", f"{version!r} is not a version this followup reads ({VERSION})")
    unknown = set(document) - {"format", "version", "settings", "interviews"}
    if unknown:
        raise InputError(sorted(unknown)[0], "unknown field")

    raw_settings = document.get("settings") or {}
    if not isinstance(raw_settings, Mapping):
        raise InputError("settings", "must be an object of setting names and values")
    settings: dict[str, Any] = {}
    for name, value in raw_settings.items():
        setting = config.find(str(name))
        text = value if isinstance(value, str) else str(value)
        try:
            settings[name] = setting.parse(text)
        except InputError as exc:
            raise InputError(f"settings.{name}", exc.message.partition(": ")[2]) from None
    try:
        config.policy_from(settings)
    except InputError as exc:
        raise InputError(f"settings.{exc.field}", exc.message.partition(": ")[2]) from None
    defaults = Defaults(
        timezone=config.value_of("timezone", settings),
        country=config.value_of("country", settings),
        subdivision=config.value_of("subdivision", settings),
    )
    return settings, defaults


def checked_interviews(
    raw: Iterable[Any], defaults: Defaults, seen: set[int]
) -> Iterator[tuple[int | None, Interview, Invitation]]:
    """Each item of the interviews list checked, as it comes (its ID, if given, goes to `seen`)."""
    for i, item in enumerate(raw):
        where = f"interviews[{i}]"
        if not isinstance(item, Mapping):
            raise InputError(where, "must be an object with the fields of an interview file")
        fields = dict(item)
        pk = fields.pop("id", None)
        if pk is not None:
            if isinstance(pk, bool) or not isinstance(pk, int) or pk < 1:
                raise InputError(f"{where}.id", "must be a whole number, 1 or more")
            if pk in seen:
                raise InputError(f"{where}.id", f"{pk} is used twice")
            seen.add(pk)
        invitation = take_invitation(fields, where)
        try:
            interview = parse_interview(fields, defaults)
        except InputError as exc:
            raise InputError(f"{where}.{exc.field}" if exc.field else where, _bare(exc)) from None
        yield pk, interview, invitation


def _bare(exc: InputError) -> str:
    return exc.message.partition(": ")[2] if exc.field else exc.message


def load(user: models.User, document: Any, *, merge: bool = False) -> tuple[list[int], int]:
    """Import a document held in memory (see `load_file`, which streams one from disk)."""
    settings, defaults = check_head(document)
    raw = document.get("interviews")
    if not isinstance(raw, list):
        raise InputError("interviews", "must be a list")
    return _store(user, settings, lambda seen: checked_interviews(raw, defaults, seen), merge)


def load_file(user: models.User, path: Path, *, merge: bool = False) -> tuple[list[int], int]:
    """Import the export document in `path` without holding it in memory.

    The file is read twice with a streaming parser (ijson): once for
    everything but the interviews (the settings come after them in an
    export's sorted keys, and the interviews need their defaults), then
    for the interviews, each checked and written in batches as it is read,
    inside the one transaction: a bad interview anywhere, or a syntax error
    at the end of the file, rolls back all of it and names the interview
    and field.
    """
    head = _read_head(path)
    settings, defaults = check_head(head)
    if head.get("interviews") is not list:
        raise InputError("interviews", "must be a list")

    def interviews(seen: set[int]) -> Iterator[tuple[int | None, Interview, Invitation]]:
        with _open(path) as stream:
            items = ijson.items(stream, "interviews.item", use_float=True)
            yield from checked_interviews(_guarded(path, items), defaults, seen)

    return _store(user, settings, interviews, merge)


def _open(path: Path) -> BinaryIO:
    try:
        stream = path.open("rb")
    except FileNotFoundError:
        raise InputError("FILE", f"{path}: no such file") from None
    except OSError as exc:
        raise InputError("FILE", f"{path}: cannot be read ({exc.strerror})") from None
    if stream.read(3) != b"\xef\xbb\xbf":  # a byte-order mark, as utf-8-sig reads
        stream.seek(0)
    return stream


def _guarded(path: Path, values: Iterator[Any]) -> Iterator[Any]:
    """`values` from ijson, with a syntax error as the sentence `read_json` gives."""
    try:
        yield from values
    except ijson.JSONError as exc:
        raise InputError("FILE", f"{path}: not valid JSON ({_said(exc)})") from None
    except UnicodeDecodeError:
        raise InputError("FILE", f"{path}: is not UTF-8 text") from None


def _said(exc: Exception) -> str:
    """yajl's message is its first line; the rest draws the place in the text."""
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else "it ends too soon"


# The JSON type of a value that starts with this ijson event.
_KINDS: dict[str, type] = {
    "start_map": dict, "start_array": list, "string": str, "number": float,
    "boolean": bool, "null": type(None),
}  # fmt: skip


def _read_head(path: Path) -> dict[str, Any]:
    """The document's top-level fields but the interviews, which stand for their JSON type.

    One pass of ijson's events over the file: the values under the other
    top-level keys are built, the interviews only skipped over.
    """
    with _open(path) as stream:
        try:
            # The events without their prefixes: the head pass keeps its own depth,
            # and building a prefix string for each of a large file's events is
            # most of what the parser would do for it.
            return _head_of(ijson.basic_parse(stream, use_float=True))
        except ijson.JSONError as exc:
            raise InputError("FILE", f"{path}: not valid JSON ({_said(exc)})") from None
        except UnicodeDecodeError:
            raise InputError("FILE", f"{path}: is not UTF-8 text") from None
        except StopIteration:
            raise InputError("FILE", f"{path}: not valid JSON (the file is empty)") from None


def _head_of(events: Iterator[tuple[str, Any]]) -> dict[str, Any]:
    head: dict[str, Any] = {}
    event, _ = next(events)
    if event != "start_map":
        return {"": _KINDS.get(event)}  # not an object: check_head says so
    building: list[Any] = []  # values under construction (other than the interviews)
    keys: list[str | None] = []
    key: str | None = None
    skip = 0  # depth inside the interviews
    for event, value in events:
        if skip:
            if event == "start_map" or event == "start_array":
                skip += 1
            elif event == "end_map" or event == "end_array":
                skip -= 1
            continue
        if event == "map_key":
            key = value
            if not building and value == "interviews":
                event, kind = _peek_kind(events)
                head["interviews"] = kind
                if event in ("start_map", "start_array"):
                    skip = 1
            continue
        if event in ("start_map", "start_array"):
            building.append({} if event == "start_map" else [])
            keys.append(key)
            continue
        if event in ("end_map", "end_array"):
            if not building:
                break  # the end of the document
            done = building.pop()
            key = keys.pop()
            _put(head, building, key, done)
            continue
        _put(head, building, key, value)
    return head


def _peek_kind(events: Iterator[tuple[str, Any]]) -> tuple[str, type | None]:
    event, _ = next(events)
    return event, _KINDS.get(event)


def _put(head: dict[str, Any], building: list[Any], key: str | None, value: Any) -> None:
    into = building[-1] if building else head
    if isinstance(into, list):
        into.append(value)
    else:
        into[str(key)] = value


def _store(
    user: models.User,
    settings: dict[str, Any],
    interviews: Callable[[set[int]], Iterator[tuple[int | None, Interview, Invitation]]],
    merge: bool,
) -> tuple[list[int], int]:
    """Write checked settings and interviews in one transaction: the new IDs, and how many
    were skipped.

    Into an empty store, IDs and settings are kept as exported. With `merge`,
    the interviews are added to those already stored under new IDs, and the
    settings already stored are left alone. `interviews` checks each one as
    it is read (the IDs given go into the set it is passed); an error from it
    rolls everything back.
    """
    from django.db import connection, transaction

    from followup.store import convert, models, planning, services

    with transaction.atomic():
        services.serialised(user)
        count = models.Interview.objects.filter(user=user).count()
        if count and not merge:
            raise InputError(
                "FILE",
                f"the store already holds {count} interview{'' if count == 1 else 's'}; "
                "import --merge adds "
                "these as new interviews with new IDs",
            )
        if not merge:
            models.Setting.objects.filter(user=user).delete()
            models.Setting.objects.bulk_create(
                models.Setting(user=user, name=name, value=value)
                for name, value in settings.items()
                if value is not None
            )
        policy = services.policy_of(user)
        connection.ensure_connection()
        bulk = convert.Bulk(connection.connection, user.pk)
        now = datetime.now(UTC)
        # Merging: what is stored already, and what this import adds, by the
        # keys `services.duplicate_of` compares (one read, not one per interview).
        stored = (
            set(
                models.Interview.objects.filter(user=user).values_list(
                    "application__company__key", "application__key", "start"
                )
            )
            if merge
            else set()
        )
        added: list[int] = []
        skipped = 0
        batch: list[tuple[int | None, Interview]] = []
        kept: list[Invitation] = []
        # Interviews written by hand without an ID come after the numbered
        # ones, whose highest ID is known only at the end (an export numbers all).
        unnumbered: list[tuple[Interview, Invitation]] = []
        seen: set[int] = set()

        def flush() -> None:
            written = bulk.write(batch, now, kept)
            jobs = [
                (pk, application, interview)
                for (pk, application), (_, interview) in zip(written, batch, strict=True)
            ]
            bulk.planned(
                planning.planned_rows(user.pk, policy, jobs),
                [application for _, application in written],
            )
            added.extend(pk for pk, _ in written)
            batch.clear()
            kept.clear()

        def take(pk: int | None, interview: Interview, invitation: Invitation) -> None:
            nonlocal skipped
            if merge:
                key = (
                    convert.company_key(interview.company),
                    convert.company_key(interview.role),
                    convert.utc(interview.start),
                )
                if key in stored:
                    skipped += 1  # already stored: merging twice adds nothing
                    return
                stored.add(key)
            batch.append((None if merge else pk, interview))
            kept.append(invitation)
            if len(batch) == IMPORT_BATCH:
                flush()

        for pk, interview, invitation in interviews(seen):
            if pk is None and not merge:
                unnumbered.append((interview, invitation))
            else:
                take(pk, interview, invitation)
        spare = max(seen, default=0)
        for interview, invitation in unnumbered:
            spare += 1
            take(spare, interview, invitation)
        if batch:
            flush()
        return added, skipped
