"""The web UI's pure parts: mailto: links, .eml files, and the timeline's geometry."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from email import message_from_bytes
from email.policy import default
from urllib.parse import parse_qs, unquote, urlsplit
from zoneinfo import ZoneInfo

from followup.delivery.eml import eml, filename, mailto
from followup.etiquette.planner import plan
from followup.web.timeline import layout
from tests.factories import make_interview

NEW_YORK = ZoneInfo("America/New_York")


def test_mailto_encodes_every_field_as_rfc_6068_asks() -> None:
    link = mailto("ana.maría@example.com", "Thanks & next steps?", "Dear Ana,\n\n100% yes.\n")
    assert link.startswith("mailto:ana.mar%C3%ADa@example.com?subject=")
    assert "+" not in link and " " not in link
    assert "subject=Thanks%20%26%20next%20steps%3F" in link
    assert "body=Dear%20Ana%2C%0D%0A%0D%0A100%25%20yes.%0D%0A" in link
    query = parse_qs(urlsplit(link).query)
    assert query["body"] == ["Dear Ana,\r\n\r\n100% yes.\r\n"]
    assert mailto(None, "s", "b") == "mailto:?subject=s&body=b"
    assert unquote(urlsplit(mailto("a@b.example", "x", "y")).path) == "a@b.example"


def test_eml_is_a_standard_unsent_message() -> None:
    data = eml(
        subject="Thank you — Tuesday",
        body="Dear Priya,\r\nThanks.\n",
        to_name="Priya Raman",
        to_address="priya@northwind.example",
        from_name="Ana Ruiz",
        from_address="ana@example.com",
        date=datetime(2026, 11, 18, 15, 0, tzinfo=UTC),
    )
    message = message_from_bytes(data, policy=default)
    assert message["From"] == "Ana Ruiz <ana@example.com>"
    assert message["To"] == "Priya Raman <priya@northwind.example>"
    assert message["Subject"] == "Thank you — Tuesday"
    assert message["Date"] == "Wed, 18 Nov 2026 15:00:00 +0000"
    assert message["X-Unsent"] == "1"
    assert message.get_content().replace("\r\n", "\n") == "Dear Priya,\nThanks.\n"
    bare = message_from_bytes(
        eml(
            subject="s",
            body="b",
            to_name=None,
            to_address=None,
            from_name=None,
            from_address=None,
            date=datetime(2026, 1, 1, tzinfo=UTC),
        ),
        policy=default,
    )
    assert bare["To"] is None and bare["From"] is None


def test_filenames_are_safe() -> None:
    assert filename("thank_you:priya-raman") == "thank_you-priya-raman.eml"
    assert filename("../../etc/passwd") == "..-..-etc-passwd.eml"
    assert filename("") == "draft.eml"


def test_timeline_rows_follow_the_plan_with_today_inside() -> None:
    interview = make_interview()
    now = datetime(2026, 11, 18, 15, 0, tzinfo=UTC)
    result = plan(interview, now)
    picture = layout(interview.start, interview.end, result.actions, now, NEW_YORK)
    assert len(picture.bars) == len(result.actions)
    assert [b.status for b in picture.bars] == [a.status.value for a in result.actions]
    assert picture.today_x is not None
    left, right = picture.label_width, picture.width
    for bar in picture.bars:
        assert left <= bar.x <= right and bar.x + bar.width <= right + 0.01
    # Time runs left to right: the interview comes before today, today before the move-on.
    move_on = next(b for b in picture.bars if b.label == "Move on")
    assert picture.interview_x < picture.today_x < move_on.x
    assert all(left <= t.x <= right for t in picture.ticks)
    xs = [t.x for t in picture.ticks]
    assert xs == sorted(xs) and all(b - a >= 58 for a, b in itertools.pairwise(xs))
    assert "Thank-you · Priya" in picture.description


def test_timeline_labels_greet_people_as_the_notes_do_and_number_repeats() -> None:
    from followup.etiquette.model import Contact, ContactKind, Purpose
    from tests.factories import interviewer, local

    people = (
        interviewer("Dr. Amara Patel", topics=("motion planning",)),
        interviewer("Ms. Okonkwo", topics=("hiring",)),
    )
    sent = Contact(
        ContactKind.EMAIL, local("2026-11-25 09:30"), Purpose.CHECK_IN, "Dr. Amara Patel"
    )
    reply = Contact(
        ContactKind.REPLY,
        local("2026-11-26 10:00"),
        to="Dr. Amara Patel",
        check_back=date(2026, 12, 7),
    )
    interview = replace(make_interview(), interviewers=people, contacts=(sent, reply))
    now = datetime(2026, 11, 30, 15, 0, tzinfo=UTC)
    picture = layout(interview.start, interview.end, plan(interview, now).actions, now, NEW_YORK)
    labels = [b.label for b in picture.bars]
    assert "Thank-you · Dr. Patel" in labels and "Thank-you · Ms. Okonkwo" in labels
    assert not any(label.endswith(("· Dr.", "· Ms.")) for label in labels)
    assert {"Check-in · Dr. Patel", "Check-in 2 · Dr. Patel"} <= set(labels)


def test_timeline_before_the_interview_and_far_ahead() -> None:
    interview = make_interview()
    early = interview.start - timedelta(days=3)
    result = plan(interview, early)
    picture = layout(interview.start, interview.end, result.actions, early, NEW_YORK)
    assert picture.today_x is not None and picture.today_x < picture.interview_x
    assert picture.bars[0].label == "Prepare"
    assert {b.status for b in picture.bars} == {"not_yet", "done"}  # the debrief is written
