"""`followup edit` and reading export files: the facts as a mapping, changed, parsed again."""

from __future__ import annotations

import difflib
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from followup.cli.shell import now as clock_now
from followup.errors import InputError

if TYPE_CHECKING:
    from followup.store.models import User

STRUCTURED = frozenset({"interviewers", "debrief", "strengths", "contacts", "outcome"})

HEADER = """\
# Interview {id}. Change any fact, save and close to apply; leave it unchanged
# to cancel. Times without an offset are local to `timezone`. The contact log
# (contacts) and the outcome can be corrected here too.
"""


def edit_interview(
    user: User, interview_id: int, assignments: tuple[str, ...], file: str | None
) -> None:
    from followup.config import defaults_from
    from followup.interview_file import (
        TOP_LEVEL,
        interview_to_mapping,
        load_yaml,
        parse_interview,
        read_mapping,
    )
    from followup.record.interview import replace_interview, set_facts
    from followup.store import services

    defaults = defaults_from(services.settings_of(user))
    if file is not None and assignments:
        raise InputError("--set", "use either --set or --file, not both")
    if file is not None:
        replacement = parse_interview(read_mapping(Path(file)), defaults)
        replace_interview(user, interview_id, replacement, now=clock_now())
        return
    if assignments:
        # The plain facts of the file format; people, the debrief and the log need
        # the editor (their shape is more than FIELD=VALUE).
        settable = tuple(key for key in TOP_LEVEL if key not in STRUCTURED)
        changes = [_assignment(text, settable) for text in assignments]
        set_facts(user, interview_id, changes, defaults)
        return

    from followup.cli.ask import require_terminal

    current = services.load(user, interview_id).interview
    # No option was given, so none is named as the faulty field: the sentence
    # says why the editor cannot open and how to make the change without it.
    require_terminal(
        "",
        f"there is no terminal to open your editor in: to edit interview {interview_id} "
        "without one, change a fact with --set FIELD=VALUE (repeatable, e.g. "
        "--set 'next_step=They will decide by Friday.') or replace all its facts with "
        "--file FILE",
    )
    text = HEADER.format(id=interview_id) + _yaml(interview_to_mapping(current, compact=True))
    import yaml

    while True:
        edited = click.edit(text, extension=".yaml", require_save=True)
        if edited is None:
            raise InputError("", "nothing changed")
        try:
            data = load_yaml(edited)
            if not isinstance(data, dict):
                raise InputError("", "the file must stay a mapping of fields")
            edited_interview = parse_interview(data, defaults)
            # Judged here too, so a refused contact can be fixed in the editor.
            services.check_new_contacts(
                edited_interview, services.policy_of(user), clock_now(), current
            )
        except (InputError, yaml.YAMLError) as exc:
            message = exc.message if isinstance(exc, InputError) else "not valid YAML"
            click.echo(f"followup: {message}", err=True)
            if not click.confirm("Edit again?", default=True):
                raise InputError("", "nothing was changed") from None
            text = edited
            continue
        break
    replace_interview(user, interview_id, edited_interview, now=clock_now())


def _yaml(mapping: dict[str, Any]) -> str:
    import yaml

    return str(yaml.safe_dump(mapping, sort_keys=False, allow_unicode=True, width=100))


def _assignment(text: str, allowed: tuple[str, ...]) -> tuple[str, Any]:
    key, sep, raw = text.partition("=")
    key = key.strip()
    if not sep:
        raise InputError("--set", f"{text!r} is not FIELD=VALUE")
    if key not in allowed:
        hint = difflib.get_close_matches(key, allowed, n=1)
        suggestion = f"; did you mean {hint[0]!r}?" if hint else ""
        raise InputError(
            "--set",
            f"{key!r} cannot be set this way{suggestion} (use followup edit ID to edit "
            "people, the log and the outcome)",
        )
    if not raw.strip():
        return key, None
    # As typed: a role "2024" stays text, a time stays a string, and yes/no in
    # a true-or-false field is understood by the parser.
    return key, raw.strip()


def read_json(path: Path) -> Any:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError("FILE", f"{path}: no such file") from None
    except OSError as exc:
        raise InputError("FILE", f"{path}: cannot be read ({exc.strerror})") from None
    try:
        return json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise InputError("FILE", f"{path}: is not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise InputError("FILE", f"{path}: not valid JSON (line {exc.lineno}: {exc.msg})") from None
