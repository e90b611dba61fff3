"""`followup read FILE... [--json]`: the documented JSON, exactly; exit 2 for what is neither."""

from __future__ import annotations

import json
from pathlib import Path

from tests.store_support import add, run

HERE = Path(__file__).resolve().parent


def test_json_exactly_without_a_store(followup_home: Path) -> None:
    reply = str(HERE / "replies" / "outlook_desktop.eml")
    bounce = str(HERE / "bounces" / "postfix_dsn.eml")
    zoom = str(HERE / "invites" / "zoom.ics")
    result = run("read", reply, bounce, zoom, "--json")
    assert result.code == 0, result.err
    assert json.loads(result.out) == {
        "messages": [
            {
                "events": [],
                "failed_recipients": [],
                "file": reply,
                "from": {"email": "priya@northwind.example", "name": "Priya Raman"},
                "kind": "reply",
                "matches": None,
                "subject": "RE: Thank you",
                "words": "Hello Sam, We have not made a decision yet; you will hear from us "
                "soon. Kind regards, Priya Raman Talent Partner | Northwind",
            },
            {
                "events": [],
                "failed_recipients": ["priya@northwind.example"],
                "file": bounce,
                "from": {
                    "email": "MAILER-DAEMON@mail.candidate.example",
                    "name": "Mail Delivery System",
                },
                "kind": "bounce",
                "matches": None,
                "subject": "Undelivered Mail Returned to Sender",
                "words": None,
            },
            {
                "events": [
                    {
                        "all_day": False,
                        "attendees": [],
                        "end": "2026-11-26T17:45:00+00:00",
                        "location": "https://fabrikam.zoom.us/j/87654321098?pwd=QWxhZGRpbjpvcGVu",
                        "method": "PUBLISH",
                        "organizer": {"email": "lee.chen@fabrikam.example", "name": "Lee Chen"},
                        "recurring": False,
                        "sequence": 0,
                        "start": "2026-11-26T17:00:00+00:00",
                        "summary": "Fabrikam screening call",
                        "timezone": "UTC",
                        "uid": "20261110T090000Z-87654321098@fe80:0:0:0:0:0:0:1",
                        "video_link": "https://fabrikam.zoom.us/j/87654321098?pwd=QWxhZGRpbjpvcGVu",
                    }
                ],
                "failed_recipients": [],
                "file": zoom,
                "from": None,
                "kind": "invite",
                "matches": None,
                "subject": None,
                "words": None,
            },
        ]
    }
    # Stable: sorted keys, the same bytes twice; and reading made no store.
    assert result.out == run("read", reply, bounce, zoom, "--json").out
    assert list(json.loads(result.out)["messages"][0]) == sorted(
        json.loads(result.out)["messages"][0]
    )
    assert not (followup_home / "followup.sqlite3").exists()


def test_matches_the_interviewer_of_a_stored_interview(store: Path, tmp_path: Path) -> None:
    interview = add(tmp_path)
    result = run("read", str(HERE / "replies" / "gmail.eml"), "--json")
    assert json.loads(result.out)["messages"][0]["matches"] == interview
    text = run("read", str(HERE / "automatic" / "auto_submitted.eml"))
    assert text.code == 0
    assert text.out.splitlines() == [
        f"{HERE / 'automatic' / 'auto_submitted.eml'}: auto reply from Priya Raman "
        "<priya@northwind.example>",
        "  Subject: Out of office: Thank you",
        f"  Belongs to: interview {interview}",
        "  It would be noted in the history as automatic and change nothing.",
    ]


def test_a_file_that_is_neither_exits_2_with_a_sentence(tmp_path: Path) -> None:
    junk = tmp_path / "notes.txt"
    junk.write_text("just some notes\n")
    result = run("read", str(junk))
    assert result.code == 2
    assert result.err.strip() == (
        f"followup: {junk}: is neither an email message (.eml) nor a calendar file (.ics): "
        "it does not start with a mail header"
    )
    missing = run("read", str(tmp_path / "gone.eml"))
    assert missing.code == 2 and "cannot be read" in missing.err


def test_a_cancellation_of_a_stored_invitation_names_the_command(store: Path) -> None:
    from followup.store.boot import setup
    from followup.store.services import keep_invitation

    add(store)
    cancel = str(HERE / "invites" / "google_cancel.ics")
    assert (
        run("read", cancel)
        .out.rstrip()
        .endswith("It would propose marking the interview called off.")
    )
    keep_invitation(
        setup(), 1, uid="4f1c0a9d2b8e@google.com", sequence=0, location=None, video_link=None
    )
    shown = run("read", cancel).out.splitlines()
    assert shown[-2:] == [
        "  Belongs to: interview 1",
        "  It would propose marking interview 1 called off (followup outcome 1 called_off).",
    ]
    # Reading changes nothing.
    assert run("show", "1", "--json").json["interview"]["outcome"] is None
