"""Export and import: the whole store as one versioned JSON document.

    {"format": "followup-export", "version": 1,
     "settings": {"timezone": "Europe/London", ...},
     "interviews": [{"id": 1, ...the fields of an interview file...}, ...]}

Each interview is written exactly as `followup add` reads an interview file
(times local to the interview with their offset), so an exported interview
can be edited and added on its own too. Export, import into an empty store,
export again: the two documents are identical (IDs included).

Import checks the whole document first, then writes it in one transaction:
all or nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from django.db import transaction

from followup import config
from followup.errors import InputError
from followup.etiquette.model import Interview
from followup.interview_file import Defaults, interview_to_mapping, parse_interview
from followup.store import convert, models, services

FORMAT = "followup-export"
VERSION = 1


def export(user: models.User) -> dict[str, Any]:
    rows = convert.with_facts(models.Interview.objects.filter(user=user).order_by("pk"))
    return {
        "format": FORMAT,
        "version": VERSION,
        "settings": dict(sorted(services.settings_of(user).items())),
        "interviews": [
            {"id": row.pk, **interview_to_mapping(convert.to_core(row))} for row in rows
        ],
    }


@dataclass(frozen=True)
class Checked:
    settings: dict[str, Any]
    interviews: tuple[tuple[int, Interview], ...]


def check(document: Any) -> Checked:
    """Validate a whole export document; every problem names its field."""
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

    raw = document.get("interviews")
    if not isinstance(raw, list):
        raise InputError("interviews", "must be a list")
    defaults = Defaults(
        timezone=config.value_of("timezone", settings),
        country=config.value_of("country", settings),
        subdivision=config.value_of("subdivision", settings),
    )
    seen: set[int] = set()
    interviews: list[tuple[int | None, Interview]] = []
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
        try:
            interviews.append((pk, parse_interview(fields, defaults)))
        except InputError as exc:
            raise InputError(f"{where}.{exc.field}" if exc.field else where, _bare(exc)) from None
    # Interviews written by hand without an ID come after the numbered ones.
    spare = iter(range(max(seen, default=0) + 1, max(seen, default=0) + len(interviews) + 1))
    numbered = tuple((pk if pk is not None else next(spare), i) for pk, i in interviews)
    return Checked(settings=settings, interviews=numbered)


def _bare(exc: InputError) -> str:
    return exc.message.partition(": ")[2] if exc.field else exc.message


def load(user: models.User, document: Any, *, merge: bool = False) -> tuple[list[int], int]:
    """Import a checked document in one transaction: the new IDs, and how many were skipped.

    Into an empty store, IDs and settings are kept as exported. With `merge`,
    the interviews are added to those already stored under new IDs, and the
    settings already stored are left alone.
    """
    checked = check(document)
    with transaction.atomic():
        count = models.Interview.objects.filter(user=user).count()
        if count and not merge:
            raise InputError(
                "FILE",
                f"the store already holds {count} interview(s); import --merge adds "
                "these as new interviews with new IDs",
            )
        if not merge:
            models.Setting.objects.filter(user=user).delete()
            models.Setting.objects.bulk_create(
                models.Setting(user=user, name=name, value=value)
                for name, value in checked.settings.items()
                if value is not None
            )
        policy = services.policy_of(user)
        known = convert.Known.everything(user)
        added = []
        skipped = 0
        for pk, interview in checked.interviews:
            if merge and services.duplicate_of(user, interview) is not None:
                skipped += 1  # already stored: merging twice adds nothing
                continue
            row = convert.write(user, interview, pk=None if merge else pk, known=known)
            services.replan(user, row, interview, policy, fresh=True)
            added.append(row.pk)
        return added, skipped
