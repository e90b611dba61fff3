"""`followup agenda`: the hot path, kept free of Django, Rich and the holidays package.

1. Run the agenda query (agenda/query.py) on the database file.
2. If there is no store yet, its schema is behind the migrations, or its
   plans were computed by other rules (an upgrade), boot the store once
   (migrate, recompute) and query again.
3. Sort the rows into overdue / today / next 7 days and print them, after the
   notices waiting to be read (agenda/notices.py: an invitation to add, a
   moved or cancelled one to confirm), as the web agenda does.
"""

from __future__ import annotations

import os
import sys
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from followup.agenda.board import HORIZON, Board, Item, build
from followup.agenda.notices import NONE as NO_NOTICES
from followup.agenda.notices import Waiting, waiting
from followup.agenda.query import Snapshot, StoreNotReady, day_bounds, read
from followup.etiquette.actionwords import ACTION_LABELS
from followup.store.location import (
    database_file,
    database_path,
    database_url,
    rules_stamp,
    schema_stamp,
)

# Not typing's: this path imports no `typing`, `enum` or `pathlib`
# (followup/tuples.py; tests/test_startup.py checks it).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


def _read(moment: datetime, zone: ZoneInfo) -> Snapshot:
    path = database_file()
    try:
        snapshot = read(path, moment, moment + HORIZON, zone, notices=True)
        if snapshot.rules_stamp == rules_stamp() and snapshot.schema_stamp == schema_stamp():
            return snapshot
    except StoreNotReady:
        pass
    from followup.store.boot import setup

    setup()
    return read(path, moment, moment + HORIZON, zone, notices=True)


def _query(moment: datetime) -> tuple[Snapshot, ZoneInfo]:
    """The agenda query, its sections cut by the day of the user's zone.

    The zone is a setting read by the same query: guessed first as the
    setting's default, and read again in the rare case that the stored zone
    is another one whose day ends at another instant.
    """
    from followup.config import value_of

    guess = ZoneInfo(value_of("timezone", {}))
    snapshot = _read(moment, guess)
    zone = ZoneInfo(value_of("timezone", snapshot.settings))
    if zone.key != guess.key and day_bounds(moment, zone) != day_bounds(moment, guess):
        snapshot = _read(moment, zone)
    return snapshot, zone


def _moment(text: str, zone: ZoneInfo) -> datetime:
    from followup.interview_file import parse_moment

    return parse_moment(text, zone, "--now")


def show(now_text: str | None, as_json: bool) -> None:
    from followup.config import value_of

    if now_text is None:
        moment = datetime.now(UTC).replace(microsecond=0)
        snapshot, zone = _query(moment)
    else:
        # --now without an offset is local to the user's zone, a setting read
        # by the same query: read as UTC first, and again in the rare case
        # that the zone moves the instant.
        moment = _moment(now_text, ZoneInfo("UTC"))
        snapshot, zone = _query(moment)
        local = _moment(now_text, zone)
        if local != moment:
            moment, (snapshot, zone) = local, _query(local)
    board = build(
        snapshot.rows,
        moment.astimezone(zone),
        zone,
        active=snapshot.active,
        nudge_below=value_of("nudge_below", snapshot.settings),
    )
    # Read with the query on SQLite; on a server, here.
    notices = snapshot.notices if snapshot.notices is not None else waiting(database_file())
    if as_json:
        from followup.porcelain import agenda_dict, dumps

        sys.stdout.write(dumps(agenda_dict(board, notices)) + "\n")
        return
    # Styles only for a terminal: click would otherwise strip them again, line by line.
    colour = sys.stdout.isatty()
    text = render(
        board,
        zone,
        has_interviews=snapshot.has_interviews,
        colour=colour,
        notices=notices,
    )
    if colour:
        import click  # only for a terminal: the agenda's start-up does without it

        click.echo(text)
    else:
        sys.stdout.write(text + "\n")


def render(
    board: Board,
    zone: ZoneInfo,
    *,
    has_interviews: bool,
    colour: bool = False,
    notices: Waiting = NO_NOTICES,
) -> str:
    if not has_interviews and not notices.total:
        if database_url() is not None:  # the URL itself may hold a password: not shown
            rest = EMPTY.partition("\n\n")[2]
            return (
                "No interviews yet. Your store is the PostgreSQL database of DATABASE_URL.\n\n"
                + rest
            )
        return EMPTY.format(path=database_path())
    try:
        columns = os.get_terminal_size().columns
    except OSError:  # not a terminal
        columns = 100
    width = max(60, min(columns, 120))
    if colour:
        import click

        style: Any = click.style
    else:
        style = _plain
    clock = _Clock(zone, board.now.astimezone(zone).year)
    wrapped: dict[tuple[str, tuple[str, ...]], list[str]] = {}  # many actions share a reason
    from followup.places import place

    # Named as every time below it is ("Toronto time"), not by its key (issue 16).
    lines = [f"Agenda at {board.now:%a %d %b %Y %H:%M} ({place(zone)})"]
    lines += _notice_lines(notices, width, style)
    if not has_interviews:
        return "\n".join(lines)
    sections = (
        ("Overdue", board.overdue, "red"),
        ("Due today", board.today, "yellow"),
        ("Next 7 days", board.soon, None),
    )
    for title, items, tint in sections:
        if not items:
            continue
        lines += ["", style(f"{title} ({len(items)})", bold=True, fg=tint)]
        for item in items:
            _item_lines(item, clock, width, style, wrapped, lines)
    if not board.items:
        lines += ["", "Nothing is due in the next 7 days. `followup list` shows every interview."]
    if board.nudge:
        lines += ["", style("Tip: ", fg="cyan") + board.nudge]
    return "\n".join(lines)


# The answers to an invitation's proposal, as the web agenda's buttons name them
# (delivery.proposals.CONFIRM and DECLINE; repeated here: the agenda has no Django).
PROPOSAL_ANSWERS = {
    "new": ("Add it", "Not an interview"),
    "move": ("Move it", "Keep the old time"),
    "cancel": ("Mark called off", "Keep it"),
}


def proposal_answers(number: int, proposal: str) -> str | None:
    """The two commands that answer a proposal, named as the web's buttons are
    ("Add it: followup confirm 7 · Not an interview: followup decline 7"); None
    for a notice to read. The agenda and `followup outbox` print the same line."""
    if proposal not in PROPOSAL_ANSWERS:
        return None
    yes, no = PROPOSAL_ANSWERS[proposal]
    return f"{yes}: followup confirm {number} · {no}: followup decline {number}"


def _notice_lines(notices: Waiting, width: int, style: Any) -> list[str]:
    """What the worker must tell, above the actions, as the web agenda shows it:
    invitations to add, moves and cancellations to confirm, replies, bounces."""
    if not notices.total:
        return []
    lines = ["", style(f"To read ({notices.total})", bold=True, fg="cyan")]
    for notice in notices.notices:
        first, *rest = wrap(f"[{notice.id}] {notice.text}", width - 4) or [f"[{notice.id}]"]
        lines += [f"  ! {first}", *(f"    {part}" for part in rest)]
        answers = proposal_answers(notice.id, notice.proposal)
        if answers:
            lines.append(style(f"      {answers}", dim=True))
    more = notices.total - len(notices.notices)
    if more:
        lines.append(f"  ... and {more} older: followup outbox lists every notice.")
    numbers = " ".join(str(n.id) for n in notices.notices if not n.proposal)
    if numbers:
        lines.append(style(f"      read? followup outbox dismiss {numbers} (or --all)", dim=True))
    return lines


class _Clock(dict[tuple[str, str], str]):
    """Stored UTC instants as shown in the user's zone: `clock[instant, zone]`,
    each formatted once (a dict, so a repeated instant costs one lookup).

    An action of an interview in another zone names both clocks, as `followup
    list` does: "Tue 01 Dec 04:00 Toronto time (09:00 London time)" (places.clock).
    """

    def __init__(self, zone: ZoneInfo, year: int) -> None:
        super().__init__()
        self.zone = zone
        self.year = year
        from followup.places import clock

        self.clock = clock

    def __missing__(self, key: tuple[str, str]) -> str:
        text, there = key
        # Read as UTC by its written offset: a third of the time of
        # `.replace(tzinfo=UTC)` on the naive instant, for the same moment.
        moment = datetime.fromisoformat(text + "+00:00").astimezone(self.zone)
        if there == self.zone.key:
            shown = day_and_time(moment)
        else:
            shown = self.clock(
                moment, self.zone, ZoneInfo(there), year=self.year, moment=self._written
            )
        self[key] = shown
        return shown

    def _written(self, local: datetime) -> str:
        # places.clock's default writer, as strftime's "%a %d %b[ %Y] %H:%M" would.
        if local.year == self.year:
            return day_and_time(local)
        return f"{_DAYS[local.weekday()]} {local.day:02d} {_MONTHS[local.month - 1]} " + (
            f"{local.year} {local.hour:02d}:{local.minute:02d}"
        )


# strftime's %a and %b in the C locale, which Python keeps unless told otherwise
# (followup never calls setlocale): formatting by hand takes half the time, and
# the agenda writes a few thousand of these at 20,000 interviews.
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def day_and_time(local: datetime) -> str:
    """`f"{local:%a %d %b %H:%M}"` (tests/test_agenda.py checks it against strftime)."""
    # %-formatting: half the time of the same f-string with its five conversions.
    return "%s %02d %s %02d:%02d" % (  # noqa: UP031 (measured faster than the f-string)
        _DAYS[local.weekday()],
        local.day,
        _MONTHS[local.month - 1],
        local.hour,
        local.minute,
    )


def _when(status: str, not_before: str, due: str, there: str, clock: _Clock) -> str:
    if status == "overdue":
        return f"was due {clock[due, there]}"
    if status == "not_yet":
        if due == not_before:
            return f"on {clock[not_before, there]}"
        return f"from {clock[not_before, there]}, due {clock[due, there]}"
    return f"due {clock[due, there]}"


def action_label(kind: str, to: str | None) -> str:
    what = ACTION_LABELS.get(kind, kind)
    return f"{what} {to}" if to else what


def record_hint(interview_id: int, kind: str, to: str | None) -> str | None:
    """The command that records an action as done, shown beside it."""
    if kind == "debrief":
        return f"followup debrief {interview_id}"
    if kind == "thank_you" and to:
        from followup.shellword import word

        return f"followup log {interview_id} thank_you --to {word(to)}"
    if kind == "call":
        return f"followup log {interview_id} call --answered (or --no-answer)"
    if kind in ("send_references", "check_in", "bridge", "stay_in_touch", "withdrawal"):
        return f"followup log {interview_id} {kind}"
    return None


def wrap(text: str, width: int) -> list[str]:
    """Greedy word wrap: textwrap's generality costs the agenda tens of milliseconds."""
    lines: list[str] = []
    rest = " ".join(text.split())
    while len(rest) > width:
        # The last space the width reaches ends the line; a word longer than
        # the width stands alone on its own (found by C's string search, not
        # word by word: the agenda wraps a few hundred reasons at 20,000 interviews).
        cut = rest.rfind(" ", 0, width + 1)
        if cut < 0:
            cut = rest.find(" ")
            if cut < 0:
                break
        lines.append(rest[:cut])
        rest = rest[cut + 1 :]
    if rest:
        lines.append(rest)
    return lines


def _plain(text: str, **_: Any) -> str:
    return text


def _item_lines(
    item: Item,
    clock: _Clock,
    width: int,
    style: Any,
    wrapped: dict[tuple[str, tuple[str, ...]], list[str]],
    lines: list[str],
) -> None:
    """Append one action's lines to `lines`: run for each of thousands of rows at
    20,000 interviews, so the row is unpacked once and its reason wrapped once."""
    (interview, company, role, _, kind, to, channel, not_before, due, _, why, sources, there) = (
        item.row[:13]
    )
    how = f" ({channel})" if channel != "self" else ""
    lines.append(
        f"  {action_label(kind, to)}{how}, {_when(item.status, not_before, due, there, clock)}"
        f"  [#{interview} {company}, {role}]"
    )
    body = wrapped.get((why, sources))
    if body is None:
        reason = f"{why} ({' '.join(sources)})"
        body = wrapped[why, sources] = [
            style(f"      {part}", dim=True) for part in wrap(reason, width - 6)
        ]
    lines += body
    hint = record_hint(interview, kind, to)
    if hint:
        lines.append(style(f"      done? {hint}", dim=True))


EMPTY = """\
No interviews yet. Your store is {path}
(set FOLLOWUP_HOME to keep it elsewhere).

Add your first interview:
  followup add                            answer a few questions
  followup add examples/interview.yaml    from an interview file (this one is a sample)

Then `followup agenda` shows what to do and when, across all your interviews."""
