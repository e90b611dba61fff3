"""What two hiring-manager readers still found wrong (issue #11, second reading).

Each test writes its own interview and asserts the behaviour: the check-in
never calls a topic the employer's work; one message a day to one person; a
postal letter reads as a letter; the candidate's impressions are not told to
the interviewer as their feelings; the withdrawal counts the panel; the bridge
says only what the record holds; a references email with a gap is marked as
needing input; a rejection without a wish to keep in touch says why no bridge
note comes.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from followup.cli import cli
from followup.etiquette.model import (
    ActionKind,
    Contact,
    ContactKind,
    Debrief,
    Interview,
    Outcome,
    OutcomeKind,
    Purpose,
    Status,
)
from followup.etiquette.planner import plan
from followup.writing.drafting import (
    MISSING_REFERENCES,
    NEEDS_REFERENCES,
    Draft,
    Sender,
    drafts,
    send_day,
)
from followup.writing.kinds import NoteKind
from followup.writing.lint import lint
from tests.factories import interviewer, local, make_interview, with_contacts


def written(interview: Interview, now_text: str, sender: Sender | None = None) -> list[Draft]:
    now = local(now_text)
    return list(drafts(interview, plan(interview, now), sender, now=now).drafts)


# --- 1. the check-in claims nothing about the employer's work ----------------------


@pytest.mark.parametrize("company", [f"Harbour Works {n}" for n in range(12)])
def test_a_check_in_never_calls_a_topic_their_work(company: str) -> None:
    # The candidate's own notes of the talk: one is their career move, one a perk.
    person = interviewer("Dana Whitfield", topics=("claims triage models", "hybrid work"))
    interview = make_interview(
        company=company,
        interviewers=(person,),
        next_step="We'll decide by Friday.",
        contacts=(
            Contact(ContactKind.EMAIL, local("2026-11-17 15:00"), Purpose.THANK_YOU, person.name),
        ),
    )
    (check_in,) = written(interview, "2026-11-24 10:00")
    assert check_in.kind is NoteKind.CHECK_IN
    body = check_in.body
    assert not re.search(r"your work on|contributing to|in particular", body), body
    # The topic, where named, is something the two of them talked about.
    if "claims triage models" in body:
        assert re.search(r"(conversation about|talk about) claims triage models", body), body
    assert body.count("claims triage models") <= 1


def test_check_in_closes_vary_across_interviews() -> None:
    closes = set()
    for n in range(12):
        person = interviewer("Dana Whitfield", topics=("claims triage models",))
        interview = make_interview(
            company=f"Harbour Works {n}",
            interviewers=(person,),
            contacts=(
                Contact(
                    ContactKind.EMAIL, local("2026-11-17 15:00"), Purpose.THANK_YOU, person.name
                ),
            ),
        )
        (check_in,) = written(interview, "2026-12-01 10:00")
        closes.add(check_in.body.split("\n\n")[-3])
    assert len(closes) == 3, closes


# --- 2. one message a day to one person -----------------------------------------


def _one_a_day(found: list[Draft], interview: Interview, now_text: str) -> None:
    now = local(now_text)
    planned = plan(interview, now)
    days = []
    for draft in found:
        action = planned.action(draft.action_id)
        assert action is not None
        days.append((draft.to, send_day(action, now, interview.tz)))
    assert len(days) == len(set(days)), days


def test_a_late_thank_you_and_the_check_in_of_the_same_day_are_one_message() -> None:
    person = interviewer("Ciara Byrne", topics=("code review",))
    interview = make_interview(interviewers=(person,), next_step="We'll decide by Friday.")
    # Tuesday 24 November: the thank-you, due on the 18th, was never sent (it expires
    # on the 25th), and the check-in opens today.
    found = written(interview, "2026-11-24 10:00")
    assert [d.kind for d in found] == [NoteKind.CHECK_IN]
    (check_in,) = found
    assert check_in.covers == ("thank_you:ciara-byrne",)
    assert check_in.body.split("\n\n")[1].startswith(
        "Thank you for your time last week, and for our conversation about code review; I am "
        "sorry not to have written sooner."
    )
    # Thanked once: the close does not thank them again (a note that opens and
    # closes with thanks reads as a form).
    assert check_in.body.count("Thank you for your time") == 1
    assert "Best regards," in check_in.body
    assert check_in.carries == (
        "One message, not two on one day: it carries your thank-you note to Ciara Byrne as "
        "well, and sending it counts for both."
    )
    _one_a_day(found, interview, "2026-11-24 10:00")
    assert lint([d.as_note() for d in found], interview) == []
    # The check-in alone, written and logged by the candidate, thanks no one:
    # the log counts each contact for its own purpose (etiquette.history).
    alone = with_contacts(
        interview,
        Contact(ContactKind.EMAIL, local("2026-11-24 10:05"), Purpose.CHECK_IN, person.name),
    )
    still = plan(alone, local("2026-11-24 11:00")).action("thank_you:ciara-byrne")
    assert still is not None and still.status is Status.OVERDUE
    # Sent, the one message is recorded for both (record.contact.log_sent with
    # its covers): no thank-you follows it.
    sent = with_contacts(
        interview,
        Contact(ContactKind.EMAIL, local("2026-11-24 10:05"), Purpose.THANK_YOU, person.name),
        Contact(ContactKind.EMAIL, local("2026-11-24 10:05"), Purpose.CHECK_IN, person.name),
    )
    after = plan(sent, local("2026-11-25 10:00"))
    thank_you = after.action("thank_you:ciara-byrne")
    assert thank_you is not None and thank_you.status is Status.DONE
    assert NoteKind.THANK_YOU not in [d.kind for d in written(sent, "2026-11-25 10:00")]


def test_a_thank_you_and_a_withdrawal_of_the_same_day_are_one_message() -> None:
    person = interviewer("Grace Adeyemi", topics=("dementia care",))
    interview = make_interview(
        interviewers=(person,),
        outcome=Outcome(OutcomeKind.WITHDRAWN, local("2026-11-18 12:00")),
    )
    found = written(interview, "2026-11-18 13:00")
    (withdrawal,) = found
    assert withdrawal.kind is NoteKind.WITHDRAWAL
    assert withdrawal.covers == ("thank_you:grace-adeyemi",)
    assert "Thank you for the time you have given me" in withdrawal.body
    alone = with_contacts(
        interview,
        Contact(ContactKind.EMAIL, local("2026-11-18 13:05"), Purpose.WITHDRAWAL, person.name),
    )
    # A withdrawal logged on its own is not the thank-you (the rule book keeps it owed).
    assert [d.kind for d in written(alone, "2026-11-19 09:00")] == [NoteKind.THANK_YOU]
    sent = with_contacts(
        interview,
        Contact(ContactKind.EMAIL, local("2026-11-18 13:05"), Purpose.THANK_YOU, person.name),
        Contact(ContactKind.EMAIL, local("2026-11-18 13:05"), Purpose.WITHDRAWAL, person.name),
    )
    assert written(sent, "2026-11-19 09:00") == []


def test_references_and_the_check_in_of_the_same_day_are_one_message() -> None:
    person = interviewer("Eleanor Marsh", topics=("tribunal advocacy",))
    interview = make_interview(
        interviewers=(person,),
        references_requested=True,
        next_step="We'll decide by Friday.",
        contacts=(
            Contact(ContactKind.EMAIL, local("2026-11-17 15:00"), Purpose.THANK_YOU, person.name),
        ),
    )
    sender = Sender(
        name="Alex Morgan",
        references=(
            __import__("followup.writing.drafting", fromlist=["Reference"]).Reference(
                "Judith Harper", "supervising partner", "judith@coleharper.example"
            ),
        ),
    )
    found = written(interview, "2026-11-24 10:00", sender)
    (check_in,) = found
    assert check_in.kind is NoteKind.CHECK_IN and check_in.covers == ("send_references",)
    assert check_in.subject.startswith("My references, and checking in")
    assert "Judith Harper, supervising partner: judith@coleharper.example" in check_in.body
    assert "happy to send references" not in check_in.body
    # A check-in logged by hand does not send the references: still owed.
    alone = with_contacts(
        interview,
        Contact(ContactKind.EMAIL, local("2026-11-24 10:05"), Purpose.CHECK_IN, person.name),
    )
    owed = plan(alone, local("2026-11-24 11:00")).action("send_references")
    assert owed is not None and owed.status is Status.OVERDUE
    sent = with_contacts(
        interview,
        Contact(ContactKind.EMAIL, local("2026-11-24 10:05"), Purpose.SEND_REFERENCES, person.name),
        Contact(ContactKind.EMAIL, local("2026-11-24 10:05"), Purpose.CHECK_IN, person.name),
    )
    references = plan(sent, local("2026-11-24 11:00")).action("send_references")
    assert references is not None and references.status is Status.DONE


def test_messages_on_different_days_stay_separate() -> None:
    # Drafted on the day: the thank-you goes today, the check-in when it opens.
    person = interviewer("Mike Doucette", topics=("weekend staffing",))
    interview = make_interview(interviewers=(person,), next_step="We'll decide by Friday.")
    found = written(interview, "2026-11-17 16:00")
    assert [d.kind for d in found] == [NoteKind.THANK_YOU, NoteKind.CHECK_IN]
    assert all(d.covers == () for d in found)
    _one_a_day(found, interview, "2026-11-17 16:00")


def test_no_review_record_sends_two_messages_to_one_person_on_one_day() -> None:
    from tests.drafts.render import make, records

    for record in records():
        _, made = make(record)
        now = record.now
        planned = plan(record.interview.as_of(now), now)
        days = [
            (d.to, send_day(a, now, record.interview.tz))
            for d in made.drafts
            if d.kind is not NoteKind.VOICEMAIL and (a := planned.action(d.action_id))
        ]
        assert len(days) == len(set(days)), (record.name, days)


# --- 3. a postal letter reads as a letter ----------------------------------------


def test_a_letter_has_no_subject_no_today_and_letter_form() -> None:
    person = interviewer("Patricia Doyle", title="Team Manager", email=None, topics=("caseloads",))
    interview = make_interview(
        company="Northfield Council",
        interviewers=(person,),
        debrief=Debrief(forgot_to_mention="I completed the Practice Educator award last year."),
    )
    # Written on the day of the interview: an email would say "today".
    (note, check_in) = written(interview, "2026-11-17 18:00")
    assert note.kind is NoteKind.THANK_YOU and note.email is None
    for letter in (note, check_in):
        assert letter.subject == ""
        assert "Subject:" not in letter.note_text()
        assert not re.search(r"\b(today|yesterday|earlier today|this morning)\b", letter.body)
        assert letter.body.startswith("Dear Patricia Doyle,\n\n")
        assert letter.body.rstrip().endswith("Yours sincerely,")
        assert letter.heading is not None
        assert letter.heading.splitlines()[2:] == [
            "Patricia Doyle",
            "Team Manager",
            "Northfield Council",
        ]
    assert note.heading is not None and note.heading.startswith("17 November 2026\n")
    # The check-in is written for the day it may go.
    assert check_in.heading is not None and check_in.heading.startswith("1 December 2026\n")
    assert "on Tuesday 17 November" in note.body
    assert lint([note.as_note(), check_in.as_note()], interview) == []


def test_an_email_still_says_today() -> None:
    interview = make_interview(interviewers=(interviewer("Priya Raman"),))
    (note, _check_in) = written(interview, "2026-11-17 18:00")
    assert "today" in note.body and note.subject and note.heading is None


# --- 4. impressions are not told as their feelings -------------------------------


@pytest.mark.parametrize(
    "went_well",
    [
        "she liked my ED wait-time model",
        "Priya loved my ED wait-time model.",
        "She seemed to like my ED wait-time model",
        "Priya seemed keen on my ED wait-time model",
        "Priya was impressed by my ED wait-time model",
    ],
)
def test_what_went_well_chooses_what_to_mention_but_never_asserts_their_feelings(
    went_well: str,
) -> None:
    interview = make_interview(
        interviewers=(interviewer("Priya Raman", topics=("patient flow",)),),
        debrief=Debrief(went_well=went_well),
    )
    (note, _) = written(interview, "2026-11-17 16:00")
    assert "my ED wait-time model" in note.body, note.body
    assert not re.search(
        r"you (liked|loved|enjoyed|seemed|were impressed)|your interest|caught your", note.body
    ), note.body


# --- 5. the withdrawal counts the panel ------------------------------------------


@pytest.mark.parametrize("size", [1, 2, 3])
def test_the_withdrawal_agrees_with_the_number_of_interviewers(size: int) -> None:
    people = tuple(
        interviewer(name, topics=("dementia care",))
        for name in ["Grace Adeyemi", "Tom Reid", "Ama Boateng"][:size]
    )
    interview = make_interview(
        interviewers=people,
        outcome=Outcome(OutcomeKind.WITHDRAWN, local("2026-11-18 12:00")),
        contacts=tuple(
            Contact(ContactKind.EMAIL, local("2026-11-17 15:00"), Purpose.THANK_YOU, p.name)
            for p in people
        ),
    )
    (withdrawal,) = written(interview, "2026-11-18 13:00")
    assert ("colleagues" in withdrawal.body) is (size > 1), withdrawal.body


# --- 6. the bridge says only what the record holds --------------------------------


@pytest.mark.parametrize("stood_out", [None, "Every new starter gets a mentor for six months."])
@pytest.mark.parametrize("topics", [(), ("night shift staffing",)])
def test_the_bridge_invents_no_respect_for_how_the_team_works(
    stood_out: str | None, topics: tuple[str, ...]
) -> None:
    person = interviewer("Amara Okonkwo", topics=topics)
    interview = make_interview(
        interviewers=(person, interviewer("Helen Carter")),
        debrief=Debrief(stood_out=stood_out),
        outcome=Outcome(OutcomeKind.REJECTED, local("2026-11-19 16:00"), keep_in_touch=True),
    )
    (bridge,) = written(interview, "2026-11-20 10:00")
    assert bridge.kind is NoteKind.BRIDGE
    assert not re.search(r"respect|the way your team works|your team's", bridge.body), bridge.body
    if topics:
        assert "night shift staffing" in bridge.body
    if stood_out:
        assert "mentor for six months" in bridge.body


# --- 7. a references email with a gap needs the candidate's input -------------------


def test_references_without_any_on_file_are_marked_as_needing_input(tmp_path: Path) -> None:
    interview = make_interview(references_requested=True)
    found = written(interview, "2026-11-17 12:00")
    (references,) = [d for d in found if d.kind is NoteKind.SEND_REFERENCES]
    assert MISSING_REFERENCES in references.body
    assert references.needs == NEEDS_REFERENCES
    assert references.as_dict()["ready"] is False
    assert references.as_dict()["needs"] == NEEDS_REFERENCES
    # Every other draft is ready.
    assert all(d.as_dict()["ready"] is True for d in found if d is not references)
    # The command line says so above the draft, and in its JSON.
    path = tmp_path / "interview.yaml"
    path.write_text(
        yaml.safe_dump(
            {
                "company": "Northwind Analytics",
                "role": "Senior Data Engineer",
                "start": "2026-11-17 10:00",
                "timezone": "America/New_York",
                "country": "US",
                "references_requested": True,
                "interviewers": [
                    {
                        "name": "Priya Raman",
                        "email": "priya@northwind.example",
                        "topics": ["streaming ingestion"],
                    }
                ],
            }
        ),
        encoding="utf-8",
    )
    shown = CliRunner().invoke(cli, ["draft", str(path), "--now", "2026-11-17 12:00"])
    assert shown.exit_code == 0, shown.output
    assert (
        "=== References email to Priya Raman (send_references), NEEDS YOUR INPUT. "
        + NEEDS_REFERENCES
        in shown.output
    )
    data = CliRunner().invoke(cli, ["draft", str(path), "--now", "2026-11-17 12:00", "--json"])
    assert data.exit_code == 0, data.output
    (listed,) = [d for d in json.loads(data.output)["drafts"] if d["kind"] == "send_references"]
    assert listed["ready"] is False and listed["needs"] == NEEDS_REFERENCES
    # The thank-you of that day rides in it: one message to Priya, listed as such.
    assert listed["covers"] == ["thank_you:priya-raman"]


# --- 8. a rejection without a wish to keep in touch ----------------------------------


def test_a_rejection_without_keep_in_touch_says_why_no_bridge_note_comes() -> None:
    person = interviewer("Ethan Brooks", topics=("robotics club projects",))
    rejected = Outcome(OutcomeKind.REJECTED, local("2026-11-17 18:00"))
    interview = make_interview(interviewers=(person,), outcome=rejected)
    now = local("2026-11-18 09:00")
    result = drafts(interview, plan(interview, now), now=now)
    assert result.drafts == ()
    (hint,) = [h for h in result.hints if h.field == "outcome.keep_in_touch"]
    assert "No bridge note is drafted" in hint.message and "Ethan Brooks" in hint.message
    # Recorded, the rule book's bridge note is drafted, and the hint is gone.
    wanting = replace(interview, outcome=replace(rejected, keep_in_touch=True))
    result = drafts(wanting, plan(wanting, now), now=now)
    assert [d.kind for d in result.drafts] == [NoteKind.BRIDGE]
    assert "outcome.keep_in_touch" not in [h.field for h in result.hints]
    assert plan(wanting, now).action("bridge") is not None
    assert ActionKind.BRIDGE in {a.kind for a in plan(wanting, now).open_actions()}


def test_the_later_day_is_counted_from_the_window_not_now() -> None:
    interview = make_interview()
    now = local("2026-11-17 16:00")
    check_in = plan(interview, now).action("check_in")
    assert check_in is not None
    assert send_day(check_in, now, interview.tz) == check_in.not_before.date()
    assert send_day(check_in, now + timedelta(days=30), interview.tz) == (
        (now + timedelta(days=30)).date()
    )


def test_the_draft_list_stays_note_files_with_its_remarks_on_the_heading(tmp_path: Path) -> None:
    # A letter, a carried thank-you and a references gap, each said on one heading line.
    path = tmp_path / "interview.yaml"
    path.write_text(
        yaml.safe_dump(
            {
                "company": "Northfield Council",
                "role": "Children's Social Worker",
                "start": "2026-11-17 10:00",
                "timezone": "America/New_York",
                "country": "US",
                "references_requested": True,
                "interviewers": [
                    {"name": "Patricia Doyle", "title": "Team Manager", "topics": ["caseloads"]}
                ],
            }
        ),
        encoding="utf-8",
    )
    shown = CliRunner().invoke(cli, ["draft", str(path), "--now", "2026-11-17 12:00"])
    assert shown.exit_code == 0, shown.output
    head = shown.output.splitlines()[0]
    assert head.startswith(
        "=== References letter to Patricia Doyle (send_references)"
    )  # by post: a letter (issue 16)
    assert "NEEDS YOUR INPUT" in head and "carries your thank-you note" in head
    assert head.endswith(
        "Write its date and address above the greeting: 17 November 2026 / Patricia Doyle / "
        "Team Manager / Northfield Council. ==="
    )
    blocks = re.split(r"^=== .* ===\n", shown.output.split("\nTo make these drafts")[0], flags=re.M)
    for number, text in enumerate(blocks[1:]):
        note = tmp_path / f"note{number}.txt"
        note.write_text(text.strip() + "\n", encoding="utf-8")
        linted = CliRunner().invoke(cli, ["lint", str(note), "--interview", str(path)])
        # Read back as a note file (exit 2 would be a file it cannot read).
        assert "Subject:" not in text and linted.exit_code in (0, 1), linted.output
        assert "header" not in linted.output, linted.output
