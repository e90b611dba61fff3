"""`followup agenda`: the hot path, kept free of Django, Rich and the holidays package.

1. Run the agenda query (agenda/query.py) on the database file.
2. If there is no store yet, or its plans were computed by other rules (an
   upgrade), boot the store once (migrate, recompute) and query again.
3. Sort the rows into overdue / today / next 7 days and print them.
"""

from __future__ import annotations

import shutil
import textwrap
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import click

from followup.agenda.board import HORIZON, Board, Item, build
from followup.agenda.query import Snapshot, StoreNotReady, read
from followup.store.location import database_path, rules_stamp


def _query(moment: datetime) -> Snapshot:
    path = database_path()
    stamp = rules_stamp()
    try:
        snapshot = read(path, moment, moment + HORIZON)
        if snapshot.rules_stamp == stamp:
            return snapshot
    except StoreNotReady:
        pass
    from followup.store.boot import setup

    setup()
    return read(path, moment, moment + HORIZON)


def _moment(text: str | None, zone: ZoneInfo) -> datetime:
    from followup.interview_file import parse_moment

    if text is None:
        return datetime.now(UTC).replace(microsecond=0).astimezone(zone)
    return parse_moment(text, zone, "--now")


def show(now_text: str | None, as_json: bool) -> None:
    from followup.config import value_of

    # --now without an offset is local to the user's zone, which is a setting
    # read by the same query: read as UTC first, and again in the rare case
    # that the zone moves the instant.
    moment = _moment(now_text, ZoneInfo("UTC"))
    snapshot = _query(moment)
    zone = ZoneInfo(value_of("timezone", snapshot.settings))
    local = _moment(now_text, zone)
    if local != moment:
        moment, snapshot = local, _query(local)
    board = build(
        snapshot.rows,
        moment.astimezone(zone),
        zone,
        active=snapshot.active,
        nudge_below=value_of("nudge_below", snapshot.settings),
    )
    if as_json:
        from followup.porcelain import agenda_dict, dumps

        click.echo(dumps(agenda_dict(board)))
        return
    click.echo(render(board, zone, has_interviews=snapshot.has_interviews))


def render(board: Board, zone: ZoneInfo, *, has_interviews: bool) -> str:
    if not has_interviews:
        return EMPTY.format(path=database_path())
    width = max(60, min(shutil.get_terminal_size((100, 24)).columns, 120))
    lines = [f"Agenda at {board.now:%a %d %b %Y %H:%M} ({zone.key})"]
    sections = (
        ("Overdue", board.overdue, "red"),
        ("Due today", board.today, "yellow"),
        ("Next 7 days", board.soon, None),
    )
    for title, items, colour in sections:
        if not items:
            continue
        lines += ["", click.style(f"{title} ({len(items)})", bold=True, fg=colour)]
        for item in items:
            lines += _item_lines(item, zone, width)
    if not board.items:
        lines += ["", "Nothing is due in the next 7 days. `followup list` shows every interview."]
    if board.nudge:
        lines += ["", click.style("Tip: ", fg="cyan") + board.nudge]
    return "\n".join(lines)


def _when(item: Item, zone: ZoneInfo) -> str:
    row = item.row
    due = row.due.astimezone(zone)
    if item.status == "overdue":
        return f"was due {due:%a %d %b %H:%M}"
    if item.status == "not_yet":
        opens = row.not_before.astimezone(zone)
        if row.due == row.not_before:
            return f"on {opens:%a %d %b %H:%M}"
        return f"from {opens:%a %d %b %H:%M}, due {due:%a %d %b %H:%M}"
    return f"due {due:%a %d %b %H:%M}"


def _item_lines(item: Item, zone: ZoneInfo, width: int) -> list[str]:
    from followup.cli.views import action_label, record_hint

    row = item.row
    how = f" ({row.channel})" if row.channel != "self" else ""
    head = (
        f"  {action_label(row.kind, row.to)}{how}, {_when(item, zone)}"
        f"  [#{row.interview} {row.company}, {row.role}]"
    )
    why = f"{row.why} ({' '.join(row.sources)})"
    body = textwrap.wrap(why, width=width - 6, initial_indent="", subsequent_indent="")
    lines = [head] + [click.style(f"      {part}", dim=True) for part in body]
    hint = record_hint(row.interview, row.kind, row.to)
    if hint:
        lines.append(click.style(f"      done? {hint}", dim=True))
    return lines


EMPTY = """\
No interviews yet. Your store is {path}
(set FOLLOWUP_HOME to keep it elsewhere).

Add your first interview:
  followup add                            answer a few questions
  followup add examples/interview.yaml    from an interview file (this one is a sample)

Then `followup agenda` shows what to do and when, across all your interviews."""
