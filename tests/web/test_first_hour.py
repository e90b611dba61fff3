"""Consistency a new user noticed in the first hour (issue 16), on the web's pages.

The clock is frozen at Wednesday 18 November 2026 15:00 UTC (tests/web/conftest.py).
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any

import pytest

from followup.etiquette.model import Contact, ContactKind, Purpose
from tests.factories import interviewer, local, make_interview
from tests.web.conftest import html
from tests.web.test_pages import services

if TYPE_CHECKING:
    from django.test import Client


def _london(**fields: Any) -> Any:
    start = local("2026-11-17 10:00", "Europe/London")
    return make_interview(timezone="Europe/London", country="GB", start=start, **fields)


def test_the_recorded_line_is_in_the_zone_of_the_page_it_returns_to(
    client: Client, user: Any
) -> None:
    services.set_setting(user, "timezone", "America/Toronto")
    number = services.add(user, _london())
    client.post(
        f"/interviews/{number}/log/",
        {"action": "thank_you", "to": "Priya Raman", "at": "2026-11-18T14:00", "next": "/"},
    )
    agenda = html(client.get("/"))
    # 14:00 in London is 09:00 in Toronto: the agenda's zone, named as the page
    # is headed with it, in the same words, and London's clock not beside it.
    assert "Recorded: Thank-you note to Priya Raman, Wed 18 Nov, 09:00 (Toronto time)." in agenda
    heading = agenda.partition("<h1>Agenda</h1>")[2].partition("</p>")[0]
    assert '<span class="zone" title="America/Toronto">(Toronto time)</span>' in heading
    assert "London time" not in agenda.partition("Recorded:")[2].partition("</")[0]
    client.post(
        f"/interviews/{number}/log/",
        {"action": "thank_you", "to": "Marcus Bell", "at": "2026-11-18T14:30"},
    )
    page = html(client.get(f"/interviews/{number}/"))
    assert "Recorded: Thank-you note to Marcus Bell, Wed 18 Nov, 14:30 (London time)." in page


def test_search_ignores_accents(client: Client, user: Any) -> None:
    services.add(
        user,
        make_interview(interviewers=(interviewer("José Núñez", email="jose@northwind.example"),)),
    )
    for query in ("Jose", "nunez", "JOSÉ NÚÑEZ", "José"):
        page = html(client.get("/interviews/", {"q": query}))
        assert "Northwind Analytics" in page, query
    assert "Northwind Analytics" not in html(client.get("/interviews/", {"q": "Josefa"}))


def test_search_ignores_punctuation_in_names(client: Client, user: Any) -> None:
    # Issue 16's review: "obrien" did not find O'Brien; accents still fold too.
    services.add(
        user,
        make_interview(
            interviewers=(
                interviewer("Aoife O'Brien", email="aoife@northwind.example"),
                interviewer("Jean-Luc Núñez", email="jl@northwind.example"),
            )
        ),
    )
    for query in ("obrien", "O'Brien", "o\u2019brien", "o brien", "jean luc", "jeanluc nunez"):
        page = html(client.get("/interviews/", {"q": query}))
        assert "Northwind Analytics" in page, query
    assert "Northwind Analytics" not in html(client.get("/interviews/", {"q": "obriens"}))


def test_phone_calls_on_the_page_agree_with_the_plan(client: Client, user: Any) -> None:
    number = services.add(
        user, make_interview(next_step="Please don't chase us, we will reach out.")
    )
    page = html(client.get(f"/interviews/{number}/"))
    assert "<dt>Phone calls</dt><dd>they asked not to be called</dd>" in page
    plain = services.add(user, make_interview(next_step="We'll decide by Friday.", role="Analyst"))
    page = html(client.get(f"/interviews/{plain}/"))
    assert "<dt>Phone calls</dt><dd>not said</dd>" in page
    # The decision date read from their words is shown among the facts too.
    assert "<dt>They decide by</dt><dd>Friday 20 November</dd>" in page


def test_the_history_is_in_the_order_things_happened(client: Client, user: Any) -> None:
    sent = local("2026-11-17 15:00")
    thanks = Contact(ContactKind.EMAIL, sent, purpose=Purpose.THANK_YOU, to="Priya Raman")
    # Their reply, logged first, at the same minute as the thank-you it answers.
    reply = Contact(ContactKind.REPLY, sent, to="Priya Raman", says="Thanks, talk soon.")
    earlier = Contact(
        ContactKind.EMAIL, sent - timedelta(hours=2), purpose=Purpose.THANK_YOU, to="Marcus Bell"
    )
    number = services.add(user, make_interview(contacts=(reply, thanks, earlier)))
    page = html(client.get(f"/interviews/{number}/"))
    history = page.partition('id="h-history"')[2]
    assert (
        history.index("Thank-you note to Marcus Bell")
        < history.index("Thank-you note to Priya Raman")
        < history.index("They replied")
    )


def test_why_texts_speak_to_you_not_in_your_first_person(client: Client, user: Any) -> None:
    number = services.add(
        user,
        make_interview(
            interviewers=(
                interviewer("Priya Raman", topics=("my move to Leeds", "what I built at Acme")),
                interviewer("Marcus Bell", topics=("our roadmap",)),
            )
        ),
    )
    page = html(client.get(f"/interviews/{number}/"))
    assert "picks up your move to Leeds and what you built at Acme" in page
    # Your own notes are shown as you wrote them, under People; no reason quotes them.
    assert page.count("what I built") == 1 and "Talked about: my move to Leeds" in page
    assert "picks up my" not in page
    assert "Marcus Bell about what you discussed" in page


def test_the_verb_after_i_agrees_with_the_you_it_becomes(client: Client, user: Any) -> None:
    # Found by issue 16's third review: "the move you am making".
    topics = ("the move I am making", "why I was drawn to Leeds")
    number = services.add(
        user, make_interview(interviewers=(interviewer("Priya Raman", topics=topics),))
    )
    page = html(client.get(f"/interviews/{number}/"))
    assert "the move you are making" in page and "why you were drawn to Leeds" in page
    assert "you am" not in page and "you was" not in page


def test_the_reply_form_reads_their_words_as_you_type(client: Client, interview_id: int) -> None:
    form = html(client.get(f"/interviews/{interview_id}/reply/"))
    assert f'hx-post="/interviews/{interview_id}/reply/read/"' in form
    read = html(
        client.post(
            f"/interviews/{interview_id}/reply/read/",
            {
                "at": "2026-11-18T10:00",
                "says": "Still deciding, check back with me next Wednesday.",
            },
        )
    )
    assert "<strong>They asked you to check back</strong>" in read
    assert "check in <strong>Wednesday 25 November, 09:00 (New York time)</strong>" in read
    nothing = html(
        client.post(
            f"/interviews/{interview_id}/reply/read/",
            {"at": "2026-11-18T10:00", "says": "Thanks for your note!"},
        )
    )
    assert "no further check-in or call is planned" in nothing
    bad = html(client.post(f"/interviews/{interview_id}/reply/read/", {"at": "soon", "says": "Hi"}))
    assert "is not a date and time" in bad


def test_a_far_date_on_the_interview_page_names_the_forms_field(client: Client, user: Any) -> None:
    number = services.add(user, make_interview(next_step="We'll decide by 4/12."))
    page = " ".join(html(client.get(f"/interviews/{number}/")).split())
    assert (
        "more than three months after the interview: is that what they said? If not, "
        "fill in “They decide by”."
    ) in page
    assert "decision_by" not in page.partition("<main")[2].partition("</main>")[0]


def test_the_new_interview_form_says_the_zone_offered_is_the_machines(
    client: Client, user: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Issue 16, as `followup add` says it: with no time zone in Settings, the zone
    # offered is the machine's, a default to change.
    from followup.store.services import set_setting

    monkeypatch.setenv("TZ", "Europe/Paris")
    page = html(client.get("/interviews/new/"))
    assert 'value="Europe/Paris"' in page
    assert (
        "Europe/Paris is your machine&#x27;s time zone, offered because none is set in "
        "Settings (“Your time zone”); type the interview&#x27;s own here if it is another."
    ) in page
    set_setting(user, "timezone", "Europe/Paris")
    chosen = html(client.get("/interviews/new/"))
    assert "your machine" not in chosen
    assert "Where the interview&#x27;s times are local, e.g. Europe/London." in chosen


def test_the_holiday_calendar_is_named_in_words(client: Client, user: Any) -> None:
    # Issue 16's third review: "Holidays of CA-ON", an internal code.
    number = services.add(user, make_interview(country="CA", subdivision="ON"))
    page = html(client.get(f"/interviews/{number}/"))
    assert "<dt>Public holidays of</dt><dd>Canada, Ontario (CA-ON)</dd>" in page
