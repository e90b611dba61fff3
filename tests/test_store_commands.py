"""`followup add`, `list`, `show`, `edit`, `delete` over a real SQLite store."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ON_POSTGRES
from tests.store_support import ACME, NORTHWIND, add, database, run, write


def test_first_use_creates_and_migrates_the_store(followup_home: Path, tmp_path: Path) -> None:
    assert not followup_home.exists()
    result = run("add", str(write(tmp_path, "n.yaml", NORTHWIND)))
    assert result.code == 0, result.err
    assert result.out.startswith("Added interview 1: Senior Data Engineer at Northwind Analytics.")
    with database(followup_home) as db:
        if not ON_POSTGRES:
            assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        tables = {
            r[0]
            for r in db.execute(
                "SELECT table_name FROM information_schema.tables"
                if ON_POSTGRES
                else "SELECT name FROM sqlite_master WHERE type='table'"
            )
        }
        owners = db.execute("SELECT username FROM followup_user").fetchall()
    assert {"followup_interview", "followup_action", "followup_contact"} <= tables
    assert owners == [("local",)]


def test_every_row_belongs_to_the_local_user(store: Path) -> None:
    add(store)
    run("log", "1", "thank_you", "--to", "Priya Raman", "--at", "2026-11-17 15:00")
    run("config", "name", "Ana Ruiz")
    with database(store) as db:
        (user_id,) = db.execute("SELECT id FROM followup_user").fetchone()
        for table in (
            "company", "application", "person", "interview", "interviewer", "topic",
            "debrief", "contact", "setting", "action",
        ):  # fmt: skip
            owners = db.execute(f"SELECT DISTINCT user_id FROM followup_{table}").fetchall()
            assert owners == [(user_id,)], table


def test_list_json_is_exact(store: Path) -> None:
    add(store)
    add(store, ACME, "acme.yaml")
    result = run("list", "--now", "2026-11-18T09:00:00-05:00", "--json")
    assert result.code == 0, result.err
    assert result.json == {
        "interviews": [
            {
                "company": "Northwind Analytics",
                "end": "2026-11-17T11:00:00-05:00",
                "id": 1,
                "next": {
                    "due": "2026-11-17T23:59:00-05:00",
                    "kind": "send_references",
                    "not_before": "2026-11-17T11:00:00-05:00",
                    "status": "overdue",
                    "to": "Priya Raman",
                },
                "open_actions": 5,
                "outcome": None,
                "role": "Senior Data Engineer",
                "round": 1,
                "start": "2026-11-17T10:00:00-05:00",
                "timezone": "America/New_York",
            },
            {
                "company": "Acme",
                "end": "2026-11-24T15:00:00+00:00",
                "id": 2,
                "next": {
                    "due": "2026-11-24T14:00:00+00:00",
                    "kind": "prepare",
                    "not_before": "2026-11-23T14:00:00+00:00",
                    "status": "not_yet",
                    "to": None,
                },
                "open_actions": 5,
                "outcome": None,
                "role": "Analyst",
                "round": 1,
                "start": "2026-11-24T14:00:00+00:00",
                "timezone": "Europe/London",
            },
        ]
    }


def test_rounds_and_people_met_twice(store: Path) -> None:
    add(store)
    second = NORTHWIND.replace("2026-11-17 10:00", "2026-12-01 10:00").replace(
        "2026-11-17 11:00", "2026-12-01 11:00"
    )
    add(store, second.replace("Engineering Manager", "Director"), "round2.yaml")
    rows = run("list", "--json").json["interviews"]
    assert [(r["id"], r["round"]) for r in rows] == [(1, 1), (2, 2)]
    with database(store) as db:
        people = db.execute("SELECT name, title FROM followup_person ORDER BY name").fetchall()
        seats = db.execute("SELECT count(*) FROM followup_interviewer").fetchone()
    # Priya met twice is one person, with the latest title; two seats each.
    assert people == [("Marcus Bell", None), ("Priya Raman", "Director")]
    assert seats == (4,)


def test_show_json_has_the_facts_the_plan_and_the_history(store: Path) -> None:
    add(store)
    result = run("show", "1", "--now", "2026-11-18 09:00", "--json")
    assert result.code == 0, result.err
    data = result.json
    assert sorted(data) == ["history", "id", "interview", "plan", "round"]
    assert data["id"] == 1 and data["round"] == 1
    assert data["interview"]["start"] == "2026-11-17T10:00:00-05:00"
    assert data["interview"]["interviewers"][0] == {
        "contact": True,
        "email": "priya@northwind.example",
        "name": "Priya Raman",
        "phone": None,
        "title": "Engineering Manager",
        "topics": ["streaming ingestion"],
    }
    assert sorted(data["plan"]) == ["actions", "derived", "warnings"]
    statuses = {a["id"]: a["status"] for a in data["plan"]["actions"]}
    assert statuses["debrief"] == "done" and statuses["send_references"] == "overdue"
    assert data["history"] == []


def test_show_text_has_plan_people_and_history(store: Path) -> None:
    add(store)
    out = run("show", "1", "--now", "2026-11-18 09:00").out
    for part in ("Interview 1, round 1", "People", "Priya Raman (contact)", "History"):
        assert part in out


def test_show_history_times_name_their_zone(store: Path) -> None:
    add(store)
    assert run("log", "1", "thank_you", "--to", "Priya Raman", "--at", "2026-11-17 15:00").code == 0
    assert (
        run("reply", "1", "--says", "Thanks, still deciding", "--at", "2026-11-20 09:30").code == 0
    )
    assert run("outcome", "1", "offer", "--at", "2026-11-24 11:00").code == 0
    out = run("show", "1", "--now", "2026-11-25 09:00").out
    history = out.split("\nHistory\n")[1].splitlines()
    # Named as the plan's lines above name it: the interview's own zone, by place.
    assert history == [
        "  Tue 17 Nov 2026 15:00 New York time  thank you to Priya Raman by email",
        '  Fri 20 Nov 2026 09:30 New York time  they replied: "Thanks, still deciding"',
        "  Tue 24 Nov 2026 11:00 New York time  outcome: offer",
    ]
    # The JSON keeps its documented shape: the moment with its offset, no text.
    events = run("show", "1", "--json").json["history"]
    assert [e["at"] for e in events] == [
        "2026-11-17T15:00:00-05:00",
        "2026-11-20T09:30:00-05:00",
        "2026-11-24T11:00:00-05:00",
    ]
    assert all("text" not in e for e in events)


LONG_EMAIL = "priya.raman-talent-acquisition@recruiting.northwind-analytics.example"
LONG_URL = "https://careers.northwind-analytics.example/jobs/senior-data-engineer/process"


@pytest.mark.parametrize("columns", ["60", "80"])
def test_show_never_breaks_an_address_a_url_or_a_phone_number(
    store: Path, monkeypatch: pytest.MonkeyPatch, columns: str
) -> None:
    text = NORTHWIND.replace(
        "priya@northwind.example", LONG_EMAIL + '\n    phone: "+1 212 555 0142"'
    )
    text = text.replace("We'll make a decision by Friday.", f"Details at {LONG_URL} by Friday.")
    add(store, text)
    monkeypatch.setenv("COLUMNS", columns)
    out = run("show", "1", "--now", "2026-11-18 09:00").out
    lines = out.splitlines()
    # Each whole, on one line, though longer than the room left (or the terminal).
    for whole in (LONG_EMAIL, LONG_URL, "+1 212 555 0142"):
        assert any(whole in line for line in lines), (whole, out)
    # Lines still wrap at spaces, and a wrapped entry hangs under its first line.
    people = out.split("\nPeople\n")[1].split("\nNext step:")[0].splitlines()
    assert people[0] == "  Priya Raman (contact): Engineering Manager,"
    assert people[1] == f"    {LONG_EMAIL},"
    assert people[2] == "    +1 212 555 0142"
    assert all(
        len(line) <= int(columns)
        for line in lines
        if not any(whole in line for whole in (LONG_EMAIL, LONG_URL))
    )


def test_the_same_interview_twice_is_refused(store: Path) -> None:
    add(store)
    again = run("add", str(write(store, "again.yaml", NORTHWIND)))
    assert again.code == 2
    assert "is already stored as interview 1" in again.err


def test_add_bad_file_exits_2_naming_the_field_and_writes_nothing(store: Path) -> None:
    bad = NORTHWIND.replace("priya@northwind.example", "priya@")
    result = run("add", str(write(store, "bad.yaml", bad)))
    assert result.code == 2
    assert result.err == "followup: interviewers[0].email: 'priya@' is not an email address\n"
    assert "Traceback" not in result.err
    assert run("list", "--json").json == {"interviews": []}


def test_add_takes_defaults_from_the_settings(store: Path) -> None:
    run("config", "timezone", "Europe/Paris")
    run("config", "country", "FR")
    text = "company: Lumen\nrole: Designer\nstart: 2026-11-20 10:00\ninterviewers: [Zoé]\n"
    add(store, text, "lumen.yaml")
    interview = run("show", "1", "--json").json["interview"]
    assert interview["timezone"] == "Europe/Paris"
    assert interview["country"] == "FR"
    assert interview["start"] == "2026-11-20T10:00:00+01:00"


def test_add_without_a_file_outside_a_terminal_asks_for_one(store: Path) -> None:
    result = run("add")
    assert result.code == 2
    assert result.err.startswith("followup: FILE: give an interview file")


def test_unknown_id_says_which_ids_exist(store: Path) -> None:
    assert run("show", "3").err == (
        "followup: ID: no interview 3; no interview is stored yet (followup add FILE adds one)\n"
    )
    for day in (17, 18, 19):
        text = NORTHWIND.replace("2026-11-17", f"2026-11-{day}")
        add(store, text, f"{day}.yaml")
    run("delete", "2", "--yes")
    result = run("show", "9")
    assert result.code == 2
    assert result.err == "followup: ID: no interview 9; the stored IDs are 1, 3\n"


def test_an_id_that_is_not_a_number_gets_a_plain_sentence(store: Path) -> None:
    add(store)
    for args, words in {
        ("show", "abc"): "'abc' is not an interview number; followup list shows them",
        ("show", "0"): "'0' is not an interview number; they start at 1",
        ("log", "x1", "thank_you"): "'x1' is not an interview number",
    }.items():
        result = run(*args)
        assert result.code == 2, args
        assert words in result.err, (args, result.err)
    assert run("show", "#1").code == 0


def test_add_says_what_is_next_with_its_zone(followup_home: Path, tmp_path: Path) -> None:
    result = run("add", str(write(tmp_path, "n.yaml", NORTHWIND)))
    assert result.code == 0, result.err
    # The user's zone (UTC in the tests), named, not left to be guessed.
    assert "due Wed 18 Nov 04:59 UTC (Tue 17 Nov 23:59 New York time).\n" in result.out


def test_edit_set_changes_a_fact_and_the_plan_follows(store: Path) -> None:
    add(store)
    before = run("show", "1", "--json").json["plan"]["derived"]["decision_by"]
    assert before == "2026-11-20"
    result = run("edit", "1", "--set", "next_step=We'll decide by Wednesday 25 November.")
    assert result.code == 0, result.err
    after = run("show", "1", "--json").json
    assert after["interview"]["next_step"] == "We'll decide by Wednesday 25 November."
    assert after["plan"]["derived"]["decision_by"] != before


def test_edit_bad_values_change_nothing(store: Path) -> None:
    add(store)
    before = run("export").out
    cases = {
        ("edit", "1", "--set", "start=noon"): "followup: start: 'noon' is not a date and time",
        ("edit", "1", "--set", "colour=red"): "followup: --set: 'colour' cannot be set this way",
        ("edit", "1", "--set", "timezone=Mars/Base"): "followup: timezone: unknown time zone",
        ("edit", "1", "--set", "nextstep"): "followup: --set: 'nextstep' is not FIELD=VALUE",
    }
    for args, message in cases.items():
        result = run(*args)
        assert result.code == 2, args
        assert result.err.startswith(message), (args, result.err)
    assert run("export").out == before


def test_edit_outside_a_terminal_says_how_to_edit_without_one(store: Path) -> None:
    add(store)
    before = run("export").out
    result = run("edit", "1")
    assert result.code == 2
    # One sentence: why the editor cannot open, then the options, no option named
    # as if it had been given wrongly.
    assert result.err == (
        "followup: there is no terminal to open your editor in: to edit interview 1 "
        "without one, change a fact with --set FIELD=VALUE (repeatable, e.g. "
        "--set 'next_step=They will decide by Friday.') or replace all its facts with "
        "--file FILE\n"
    )
    assert run("export").out == before
    # An unknown interview is said first: no editor would help with it.
    assert run("edit", "7").err.startswith("followup: ID: no interview 7")


def test_edit_timezone_keeps_the_clock_time(store: Path) -> None:
    # Correcting a wrong zone: the interview was at 10:00 on the clock, so the
    # clock time stays and the instant moves (not the other way round).
    add(store)
    before = run("show", "1", "--json").json["interview"]
    assert before["start"] == "2026-11-17T10:00:00-05:00"
    result = run("edit", "1", "--set", "timezone=Europe/London")
    assert result.code == 0, result.err
    after = run("show", "1", "--json").json["interview"]
    assert after["timezone"] == "Europe/London"
    assert after["start"] == "2026-11-17T10:00:00+00:00"
    assert after["end"] == "2026-11-17T11:00:00+00:00"
    # Given together, an explicit start wins.
    result = run(
        "edit", "1", "--set", "timezone=Asia/Tokyo", "--set", "start=2026-11-17T09:00:00+00:00"
    )
    assert result.code == 0, result.err
    moved = run("show", "1", "--json").json["interview"]
    assert moved["start"] == "2026-11-17T18:00:00+09:00"
    assert moved["end"] == "2026-11-17T19:00:00+09:00"


def test_edit_set_understands_yes_and_no(store: Path) -> None:
    add(store)
    assert run("edit", "1", "--set", "no_calls=yes").code == 0
    assert run("show", "1", "--json").json["interview"]["no_calls"] is True
    assert run("edit", "1", "--set", "no_calls=no").code == 0
    assert run("show", "1", "--json").json["interview"]["no_calls"] is False
    result = run("edit", "1", "--set", "no_calls=perhaps")
    assert result.code == 2
    assert result.err.startswith("followup: no_calls: must be true or false")


def test_edit_file_replaces_the_facts(store: Path) -> None:
    add(store)
    changed = NORTHWIND.replace("Marcus Bell", "Marcus Belle")
    result = run("edit", "1", "--file", str(write(store, "changed.yaml", changed)))
    assert result.code == 0, result.err
    names = [p["name"] for p in run("show", "1", "--json").json["interview"]["interviewers"]]
    assert names == ["Priya Raman", "Marcus Belle"]
    with database(store) as db:
        people = [r[0] for r in db.execute("SELECT name FROM followup_person ORDER BY name")]
    assert people == ["Marcus Belle", "Priya Raman"]  # the old name is forgotten


def test_delete_needs_confirmation_outside_a_terminal(store: Path) -> None:
    add(store)
    refused = run("delete", "1")
    assert refused.code == 2
    assert refused.err.startswith("followup: --yes: confirm deleting interview 1")
    assert run("delete", "1", "--yes").code == 0
    assert run("list", "--json").json == {"interviews": []}
    with database(store) as db:
        for table in ("company", "person", "action", "contact"):
            assert db.execute(f"SELECT count(*) FROM followup_{table}").fetchone() == (0,)


def test_an_interrupted_edit_leaves_the_store_unchanged(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add(store)
    before = run("export").out

    from followup.store import services

    real = services.replan

    def interrupted(*args: object, **kwargs: object) -> int:
        raise KeyboardInterrupt  # Ctrl-C after the facts were written, before the plan

    monkeypatch.setattr(services, "replan", interrupted)
    result = run("edit", "1", "--set", "role=Staff Engineer", "--set", "next_step=")
    assert result.code != 0
    monkeypatch.setattr(services, "replan", real)
    assert run("export").out == before
