"""`followup agenda`: one query across all interviews, most urgent first, exact JSON."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from followup.etiquette.planner import plan
from followup.interview_file import Defaults, parse_interview
from followup.porcelain import action_dict
from followup.store.server import STAMP_SQL
from tests.conftest import ON_POSTGRES
from tests.store_support import ACME, NORTHWIND, add, database, run

NEW_YORK = ZoneInfo("America/New_York")


def plan_fields(text: str, now: datetime) -> dict[str, dict[str, object]]:
    """The plan's own JSON for each action of an interview file, by action id."""
    import yaml

    interview = parse_interview(yaml.safe_load(text), Defaults())
    return {a.id: action_dict(a) for a in plan(interview, now).actions}


def test_agenda_json_is_the_plan_fields_plus_the_interview(store: Path) -> None:
    interview_id = add(store)
    assert run("config", "timezone", "America/New_York").code == 0
    result = run("agenda", "--now", "2026-11-18 09:00", "--json")
    assert result.code == 0, result.err
    fields = plan_fields(NORTHWIND, datetime(2026, 11, 18, 9, tzinfo=NEW_YORK))
    expected = [
        fields[action_id] | {"interview": interview_id, "company": "Northwind Analytics",
                             "role": "Senior Data Engineer"}
        for action_id in ("send_references", "thank_you:marcus-bell", "thank_you:priya-raman",
                          "check_in")
    ]  # fmt: skip
    assert result.json == {
        "actions": expected,
        "active_applications": 1,
        "notices": [],
        "notices_waiting": 0,
        "now": "2026-11-18T09:00:00-05:00",
        "nudge": "Only 1 application is waiting on an answer: keep other applications going, "
        "so no single one carries all your hopes.",
    }
    # Pinned here too, so a change in the plan cannot hide a change in the agenda.
    assert [(a["id"], a["status"], a["due"]) for a in result.json["actions"]] == [
        ("send_references", "overdue", "2026-11-17T23:59:00-05:00"),
        ("thank_you:marcus-bell", "pending", "2026-11-18T11:00:00-05:00"),
        ("thank_you:priya-raman", "pending", "2026-11-18T11:00:00-05:00"),
        ("check_in", "not_yet", "2026-11-30T17:00:00-05:00"),
    ]


def test_agenda_text_groups_overdue_today_and_the_week(store: Path) -> None:
    add(store)
    run("config", "timezone", "America/New_York")
    out = run("agenda", "--now", "2026-11-18 09:00").out
    overdue, today, week = (
        out.index("Overdue (1)"),
        out.index("Due today (2)"),
        out.index("Next 7 days (1)"),
    )
    assert overdue < today < week
    assert "Send references to Priya Raman (email), was due Tue 17 Nov 23:59" in out
    assert "Thank-you note to Marcus Bell (email), due Wed 18 Nov 11:00" in out
    assert "Check in with Priya Raman (email), from Tue 24 Nov 09:00, due Mon 30 Nov 17:00" in out
    assert "done? followup log 1 thank_you --to 'Marcus Bell'" in out
    assert "(S0 S2 S3 S4)" in out
    assert "keep other applications going" in out


def test_an_interview_in_another_zone_names_both_clocks(store: Path) -> None:
    # The New York interview, read from London (issue 16): under an agenda headed
    # "(Europe/London)", "11:00" alone would read as the employer's hour.
    add(store)
    run("config", "timezone", "Europe/London")
    out = run("agenda", "--now", "2026-11-18 09:00").out
    assert out.startswith("Agenda at Wed 18 Nov 2026 09:00 (London time)\n")
    assert (
        "Send references to Priya Raman (email), was due "
        "Wed 18 Nov 04:59 London time (Tue 17 Nov 23:59 New York time)"
    ) in out
    assert (
        "Thank-you note to Marcus Bell (email), due Wed 18 Nov 16:00 London time "
        "(11:00 New York time)"
    ) in out
    assert (
        "Check in with Priya Raman (email), from Tue 24 Nov 14:00 London time "
        "(09:00 New York time), due Mon 30 Nov 22:00 London time (17:00 New York time)"
    ) in out
    # The JSON keeps its instants, each in the interview's own offset, as before.
    actions = run("agenda", "--now", "2026-11-18 09:00", "--json").json["actions"]
    assert actions[1]["due"] == "2026-11-18T11:00:00-05:00"


def test_across_interviews_most_urgent_first(store: Path) -> None:
    add(store)
    add(store, ACME, "acme.yaml")
    run("config", "timezone", "America/New_York")
    result = run("agenda", "--now", "2026-11-24 08:00", "--json")
    actions = result.json["actions"]
    dues = [a["due"] for a in actions]
    instants = [datetime.fromisoformat(d) for d in dues]
    assert instants == sorted(instants)
    assert {a["company"] for a in actions} == {"Northwind Analytics", "Acme"}
    # Acme (14:00 London, 09:00 New York) is still ahead: its prepare reminder is listed.
    assert ("prepare", 2) in {(a["id"], a["interview"]) for a in actions}
    assert result.json["active_applications"] == 2


def test_the_prepare_reminder_vanishes_at_the_start(store: Path) -> None:
    add(store, ACME, "acme.yaml")
    before = run("agenda", "--now", "2026-11-24T13:59:00+00:00", "--json").json["actions"]
    after = run("agenda", "--now", "2026-11-24T14:00:00+00:00", "--json").json["actions"]
    assert "prepare" in [a["id"] for a in before]
    assert "prepare" not in [a["id"] for a in after]


def test_done_actions_leave_the_agenda(store: Path) -> None:
    add(store)
    assert run("log", "1", "thank_you", "--to", "Marcus Bell", "--at", "2026-11-17 15:00").code == 0
    ids = [a["id"] for a in run("agenda", "--now", "2026-11-18T09:00-05:00", "--json").json[
        "actions"]]  # fmt: skip
    assert "thank_you:marcus-bell" not in ids
    assert "thank_you:priya-raman" in ids


def test_nudge_is_configurable_and_can_be_turned_off(store: Path) -> None:
    add(store)
    assert run("config", "nudge_below", "1").code == 0
    assert run("agenda", "--now", "2026-11-18T09:00-05:00", "--json").json["nudge"] is None
    run("config", "nudge_below", "5")
    assert run("agenda", "--now", "2026-11-18T09:00-05:00", "--json").json["nudge"]
    run("config", "nudge_below", "0")
    assert "Tip:" not in run("agenda", "--now", "2026-11-18T09:00-05:00").out


def test_an_application_is_active_until_its_move_on_moment(store: Path) -> None:
    add(store)
    # move_on: 30 days after 17 Nov, 09:00 New York.
    assert run("agenda", "--now", "2026-12-17T08:59-05:00", "--json").json[
        "active_applications"] == 1  # fmt: skip
    assert run("agenda", "--now", "2026-12-17T09:01-05:00", "--json").json[
        "active_applications"] == 0  # fmt: skip


def test_a_next_round_keeps_the_application_active(store: Path) -> None:
    add(store)
    run("outcome", "1", "next_round", "--at", "2026-11-19 10:00")
    assert run("agenda", "--now", "2026-11-20T09:00-05:00", "--json").json[
        "active_applications"] == 1  # fmt: skip


def test_an_empty_store_explains_how_to_add_the_first_interview(followup_home: Path) -> None:
    result = run("agenda")
    assert result.code == 0
    assert "No interviews yet" in result.out
    assert "followup add examples/interview.yaml" in result.out
    if ON_POSTGRES:
        assert "the PostgreSQL database of DATABASE_URL" in result.out
    else:
        assert str(followup_home) in result.out
        # The store now exists: the first command set it up.
        assert (followup_home / "followup.sqlite3").exists()
    assert run("agenda", "--json").json["actions"] == []


def test_now_without_an_offset_is_the_users_local_time(store: Path) -> None:
    add(store)
    run("config", "timezone", "Asia/Tokyo")
    result = run("agenda", "--now", "2026-11-18 23:00", "--json")
    assert result.json["now"] == "2026-11-18T23:00:00+09:00"


def test_bad_now_exits_2_naming_the_field(store: Path) -> None:
    result = run("agenda", "--now", "yesterday")
    assert result.code == 2
    assert result.err.startswith("followup: --now: 'yesterday' is not a date and time")


def test_stale_plans_are_recomputed_before_they_are_shown(store: Path) -> None:
    add(store)
    with database(store) as db:
        # As if an older version of the rules had computed these plans.
        db.execute("UPDATE followup_user SET rules_stamp = 'old'")
        db.execute("UPDATE followup_action SET why = 'stale'")
    result = run("agenda", "--now", "2026-11-18T09:00-05:00", "--json")
    assert all(a["why"] != "stale" for a in result.json["actions"])
    with database(store) as db:
        assert db.execute(
            "SELECT count(*) FROM followup_action WHERE why = 'stale'"
        ).fetchone() == (0,)


def test_recomputed_plans_are_those_each_write_stores(store: Path) -> None:
    add(store)
    add(store, ACME, "acme.yaml")
    logged = run("log", "1", "thank_you", "--to", "Priya Raman", "--at", "2026-11-17T18:00-05:00")
    assert logged.code == 0, logged.err
    columns = (
        "interview_id, application_id, action_id, kind, to_name, channel, not_before, due, "
        "expires, why, sources, position"
    )
    query = f"SELECT {columns} FROM followup_action ORDER BY interview_id, position"
    with database(store) as db:
        stored = db.execute(query).fetchall()
        db.execute("UPDATE followup_user SET rules_stamp = 'old'")
        db.execute("UPDATE followup_action SET why = 'stale', due = '2000-01-01 00:00:00'")
    run("agenda", "--now", "2026-11-18T09:00-05:00")
    with database(store) as db:
        assert len(stored) > 4
        assert db.execute(query).fetchall() == stored


@pytest.mark.parametrize("args", [["agenda"], ["agenda", "--json"], ["--help"]])
def test_agenda_and_help_never_import_django(store: Path, args: list[str]) -> None:
    add(store)
    code = (
        "import sys\n"
        "from followup.cli import cli\n"
        f"try:\n    cli({args!r}, prog_name='followup')\n"
        "except SystemExit as e:\n    assert not e.code, e.code\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('django', 'rich', 'holidays', 'questionary', 'yaml'))\n"
        "assert not heavy, heavy\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_a_store_behind_the_migrations_is_migrated_before_the_agenda(store: Path) -> None:
    from followup.store.location import schema_stamp

    add(store)
    # The schema stamp: SQLite's user_version, the comment on django_migrations on PostgreSQL.
    with database(store) as db:
        if ON_POSTGRES:
            db.execute("COMMENT ON TABLE django_migrations IS '1'")
        else:
            db.execute("PRAGMA user_version = 1")
    assert run("agenda", "--json").code == 0
    with database(store) as db:
        if ON_POSTGRES:
            (stamp,) = db.execute(STAMP_SQL).fetchone()
            assert stamp == str(schema_stamp())
        else:
            assert db.execute("PRAGMA user_version").fetchone() == (schema_stamp(),)


def _notice(text: str, at: str, seen: bool = False, proposal: str = "") -> int:
    from followup.delivery.boot import setup
    from followup.delivery.models import Notice

    created = datetime.fromisoformat(at)
    return int(
        Notice.objects.create(
            user=setup(), text=text, created=created, seen=seen, proposal=proposal
        ).pk
    )


def test_notices_waiting_are_shown_above_the_actions(store: Path) -> None:
    # Issue 15: a proposal of the worker (an invitation, a move, a cancellation) is on
    # the command line's agenda as on the web's, until dismissed.
    add(store)
    _notice("Old news, already read.", "2026-11-10T09:00:00+00:00", seen=True)
    cancelled = (
        "Priya Raman cancelled the invitation for interview 1 (Interview): mark it called "
        "off? Every follow-up of it would stop and nothing more would be sent. followup "
        "outcome 1 called_off"
    )
    first = _notice(cancelled, "2026-11-10T10:00:00+00:00")
    second = _notice("New interview invitation from Ana: add it?", "2026-11-11T10:00:00+00:00")
    result = run("agenda", "--now", "2026-11-18 09:00")
    assert result.code == 0, result.err
    head, _, rest = result.out.partition("\n\n")
    notices, _, actions = rest.partition("\n\n")
    # Wrapped to the width of a non-terminal, 100 columns.
    assert notices.splitlines() == [
        "To read (2)",
        f"  ! [{first}] Priya Raman cancelled the invitation for interview 1 (Interview): mark it "
        "called off? Every",
        "    follow-up of it would stop and nothing more would be sent. followup outcome 1 "
        "called_off",
        f"  ! [{second}] New interview invitation from Ana: add it?",
        f"      read? followup outbox dismiss {first} {second} (or --all)",
    ]
    assert head.startswith("Agenda at ") and actions.startswith(("Overdue", "Due today"))
    shape = run("agenda", "--now", "2026-11-18 09:00", "--json").json
    assert shape["notices_waiting"] == 2
    # `proposal` is null for a notice to read (issue 15's key, as on the web).
    assert shape["notices"] == [
        {"id": first, "proposal": None, "text": cancelled},
        {"id": second, "proposal": None, "text": "New interview invitation from Ana: add it?"},
    ]
    # Dismissed, it leaves the agenda.
    assert run("outbox", "dismiss", "--all").code == 0
    assert "To read" not in run("agenda", "--now", "2026-11-18 09:00").out
    emptied = run("agenda", "--now", "2026-11-18 09:00", "--json").json
    assert (emptied["notices"], emptied["notices_waiting"]) == ([], 0)


def test_only_the_newest_notices_are_shown_and_the_rest_counted(store: Path) -> None:
    add(store)
    for day in range(1, 8):
        _notice(f"Notice of day {day}.", f"2026-11-{day:02d}T10:00:00+00:00")
    out = run("agenda", "--now", "2026-11-18 09:00").out
    assert "To read (7)" in out and "Notice of day 2." not in out
    assert "Notice of day 3." in out and "Notice of day 7." in out
    assert "  ... and 2 older: followup outbox lists every notice." in out


def test_an_invitation_is_shown_before_the_first_interview(store: Path) -> None:
    number = _notice("New interview invitation from Ana: add it?", "2026-11-11T10:00:00+00:00")
    out = run("agenda", "--now", "2026-11-18 09:00").out
    assert f"  ! [{number}] New interview invitation from Ana: add it?" in out
    assert "No interviews yet" not in out


def test_agenda_json_says_which_notices_are_proposals(store: Path) -> None:
    # Issue 15 gave a notice its `proposal` ("new", "move", "cancel"), answered with
    # `followup confirm` / `decline`; `agenda --json` said only id and text.
    add(store)
    read = _notice("Priya Raman replied.", "2026-11-10T10:00:00+00:00")
    new = _notice("New interview invitation from Ana: add it?", "2026-11-11T10:00:00+00:00",
                  proposal="new")  # fmt: skip
    move = _notice("Ana moved interview 1: follow?", "2026-11-12T10:00:00+00:00", proposal="move")
    off = _notice("Ana cancelled interview 1: called off?", "2026-11-13T10:00:00+00:00",
                  proposal="cancel")  # fmt: skip
    shape = run("agenda", "--now", "2026-11-18 09:00", "--json").json
    assert shape["notices"] == [
        {"id": read, "proposal": None, "text": "Priya Raman replied."},
        {"id": new, "proposal": "new", "text": "New interview invitation from Ana: add it?"},
        {"id": move, "proposal": "move", "text": "Ana moved interview 1: follow?"},
        {"id": off, "proposal": "cancel", "text": "Ana cancelled interview 1: called off?"},
    ]
    assert shape["notices_waiting"] == 4


def test_a_stale_thank_you_leaves_the_agenda_when_the_plan_cancels_it(store: Path) -> None:
    """Found by a new user: an interview five weeks back showed its thank-yous
    as overdue on the agenda while `show` said "Too late to stand alone". The
    stored plan is computed before the interview, so the action carries the
    instant it goes stale (rule book, second edition: a week after its due time)."""
    from tests.store_support import add

    number = add(store)  # NORTHWIND: interviewed Tue 17 Nov 2026 10:00 New York

    def kinds(now: str) -> list[str]:
        shown = run("agenda", "--json", "--now", now)
        assert shown.code == 0, shown.err
        return [action["kind"] for action in shown.json["actions"]]

    assert "thank_you" in kinds("2026-11-20 09:00-05:00")  # overdue, not yet stale
    assert "thank_you" not in kinds("2026-11-26 12:00-05:00")  # a week past its due time
    plan = run("show", str(number), "--json", "--now", "2026-11-26 12:00-05:00")
    statuses = {a["id"]: a["status"] for a in plan.json["plan"]["actions"]}
    assert statuses["thank_you:priya-raman"] == "cancelled"


@given(st.datetimes(min_value=datetime(1000, 1, 1), max_value=datetime(9999, 12, 31)))
def test_the_agendas_hand_made_times_are_strftimes(moment: datetime) -> None:
    """The agenda writes its times without strftime (issue 14): the same text."""
    from followup.agenda.text import _Clock, day_and_time

    assert day_and_time(moment) == f"{moment:%a %d %b %H:%M}"
    clock = _Clock(ZoneInfo("UTC"), 2026)
    expected = f"{moment:%a %d %b}" if moment.year == 2026 else f"{moment:%a %d %b %Y}"
    assert clock._written(moment) == f"{expected} {moment:%H:%M}"


@given(
    st.lists(st.text(alphabet="abcdefgh-(),.", min_size=1, max_size=15), max_size=40),
    st.integers(min_value=1, max_value=60),
)
def test_the_agendas_wrap_is_a_greedy_word_wrap(words: list[str], width: int) -> None:
    """`text.wrap` keeps words whole and fills each line as far as the width lets
    it: textwrap's answer with long words and hyphens left unbroken."""
    import textwrap

    from followup.agenda.text import wrap

    text = " ".join(words)
    expected = textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False)
    assert wrap(text, width) == expected
    assert wrap(f"  {text.replace(' ', '   ')} ", width) == expected


def test_the_rules_stamp_kept_in_pycache_follows_the_sources(tmp_path: Path) -> None:
    """The agenda's rules stamp is kept beside the bytecode under the sources' sizes and
    times (store.location.sources_stamp): the same stamp as summing them, and a
    changed source is summed again."""
    import os
    import zlib

    from followup.store.location import sources_stamp

    def summed() -> str:
        crc = 0
        for path in sorted(tmp_path.glob("*.py")):
            crc = zlib.crc32(path.read_bytes(), zlib.crc32(path.name.encode(), crc))
        return f"{crc:08x}"

    (tmp_path / "__pycache__").mkdir()
    (tmp_path / "planner.py").write_text("DAYS = 3\n")
    (tmp_path / "policy.py").write_text("HOURS = 24\n")
    (tmp_path / "notes.txt").write_text("not a source\n")
    first = sources_stamp(str(tmp_path))
    assert first == summed() == sources_stamp(str(tmp_path))
    assert (tmp_path / "__pycache__" / "rules-stamp").exists()
    (tmp_path / "planner.py").write_text("DAYS = 4\n")  # same size
    os.utime(tmp_path / "planner.py", ns=(1, 1))
    assert sources_stamp(str(tmp_path)) == summed() != first
    (tmp_path / "__pycache__" / "rules-stamp").write_text("garbled")
    assert sources_stamp(str(tmp_path)) == summed()
    # A read-only install (root writes all the same): the stamp is still the sum.
    os.chmod(tmp_path / "__pycache__", 0o500)
    try:
        (tmp_path / "guardrails.py").write_text("RULES = ()\n")
        assert sources_stamp(str(tmp_path)) == summed()
    finally:
        os.chmod(tmp_path / "__pycache__", 0o700)
