"""`followup agenda`: its text and JSON live in `followup.agenda.text`, outside this
package, so the entry point (`followup.launch`) can run the daily agenda without
importing click; this is the click command around it."""

from __future__ import annotations

import click

from followup.agenda.text import action_label, record_hint, render, show
from followup.cli.options import json_option, now_option

__all__ = ["action_label", "agenda_command", "record_hint", "render", "show"]


@click.command("agenda")
@now_option
@json_option
def agenda_command(now: str | None, as_json: bool) -> None:
    """What to do across all interviews: overdue, due today, and the next 7 days.

    Most urgent first; each line says what to do, for whom, by when and
    why. Reads the stored actions with one SQL query (no Django), so it
    starts fast. --now without an offset is your local time (setting
    `timezone`). Nudges you when fewer applications are active than the
    setting `nudge_below`.
    """
    show(now, as_json)
