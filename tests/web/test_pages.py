"""Every page and form of the web UI through Django's test client, with bad input."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from email import message_from_bytes
from email.policy import default
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

from tests.factories import make_interview
from tests.web.conftest import html

if TYPE_CHECKING:
    from django.test import Client


class _Services:
    """followup.store.services, imported once Django is set up (by the `user` fixture)."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith(("_", "pytest")):  # pytest's collection looks for markers
            raise AttributeError(name)
        from followup.store import services as module

        return getattr(module, name)


services = _Services()

NEW = {
    "company": "Contoso",
    "role": "Data Analyst",
    "start": "2026-11-17T10:00",
    "end": "",
    "timezone": "America/New_York",
    "country": "US",
    "subdivision": "",
    "next_step": "We'll decide by Friday.",
    "decision_by": "",
    "follow_up_on": "",
    "no_calls": "",
    "strengths": "built dashboards\nSQL",
    "row": ["a1", "b2"],
    "iv-a1-name": "Ana Ruiz",
    "iv-a1-title": "Head of Data",
    "iv-a1-email": "ana@contoso.example",
    "iv-a1-phone": "",
    "iv-a1-topics": "metrics\nhiring plans",
    "iv-b2-name": "Ben Okafor",
    "iv-b2-title": "",
    "iv-b2-email": "",
    "iv-b2-phone": "",
    "iv-b2-topics": "",
    "contact": "b2",
}


# -- the agenda --------------------------------------------------------------------


def test_empty_agenda_invites_the_first_interview(client: Client) -> None:
    response = client.get("/")
    assert response.status_code == 200
    assert "No interviews yet" in html(response)
    assert 'href="/interviews/new/"' in html(response)


def test_agenda_says_what_for_whom_by_when_and_why(client: Client, interview_id: int) -> None:
    page = html(client.get("/"))
    assert "Overdue" not in page
    assert "Due today" in page or "Next 7 days" in page
    assert "Thank-you note to Priya Raman" in page
    assert "Northwind Analytics · Senior Data Engineer" in page
    assert "due Wed 18 Nov, 16:00" in page  # 11:00 New York, in the user's zone (UTC)
    assert "<summary>Why</summary>" in page
    assert 'title="How to Handle Follow Ups After an Interview (2014)"' in page
    assert "Only 1 application is waiting" in page
    assert f"/interviews/{interview_id}/drafts/#draft-thank_youpriya-raman" in page
    assert "Snooze until it opens" in page  # the check-in opens on Tuesday


def test_mark_done_from_the_agenda_goes_through_the_guardrails(
    client: Client, interview_id: int, user: Any
) -> None:
    response = client.post(
        f"/interviews/{interview_id}/log/",
        {"action": "thank_you", "to": "Priya Raman", "next": "/"},
    )
    assert response.status_code == 302 and response["Location"] == "/"
    page = html(client.get("/"))
    assert "Recorded: Thank-you note to Priya Raman" in page
    assert ">Thank-you note to Priya Raman</a>" not in page
    assert ">Thank-you note to Marcus Bell</a>" in page
    contacts = services.load(user, interview_id).interview.contacts
    assert [(c.purpose and c.purpose.value, c.to) for c in contacts] == [
        ("thank_you", "Priya Raman")
    ]


def test_mark_done_asks_first_on_a_page_of_its_own(
    client: Client, interview_id: int, user: Any
) -> None:
    # The agenda's button is a plain link: following it records nothing.
    agenda = html(client.get("/"))
    done_url = f"/interviews/{interview_id}/done/?action=thank_you&amp;to=Priya+Raman&amp;next=%2F"
    assert f'<a class="button" href="{done_url}">Mark done</a>' in agenda
    assert f'<form method="post" action="/interviews/{interview_id}/log/">' not in agenda
    page = html(client.get(done_url.replace("&amp;", "&")))
    assert services.load(user, interview_id).interview.contacts == ()
    # As Delete and Remove ask: what it records, and a way out.
    assert "<h1>Mark this done?</h1>" in page
    assert (
        "<strong>Thank-you note to Priya Raman</strong>, Senior Data Engineer at Northwind "
        "Analytics: recorded as sent by email when you confirm, Wed 18 Nov, 15:00 (UTC)."
    ) in page
    assert "Fine to do." in page  # the guardrails' answer, before anything is saved
    assert f'<form method="post" action="/interviews/{interview_id}/log/"' in page
    assert '<input type="hidden" name="to" value="Priya Raman">' in page
    assert '<input type="hidden" name="next" value="/">' in page
    assert '<a class="button" href="/">Not yet</a>' in page
    # Confirming is the log page's POST (test above): the guardrails, then the plan.
    confirmed = client.post(
        f"/interviews/{interview_id}/log/",
        {"action": "thank_you", "to": "Priya Raman", "next": "/"},
    )
    assert confirmed.status_code == 302 and confirmed["Location"] == "/"
    assert len(services.load(user, interview_id).interview.contacts) == 1


def test_mark_done_with_bad_input_records_nothing_and_says_why(
    client: Client, interview_id: int, user: Any
) -> None:
    for query, words in (
        ("action=call&to=Priya+Raman", "call&#x27; cannot be marked done from the agenda"),
        ("action=thank_you&to=Nobody+Here", "Nobody Here"),
        ("action=&to=", "the link names no action to mark done"),
    ):
        response = client.get(f"/interviews/{interview_id}/done/?{query}&next=%2F", follow=True)
        assert response.status_code == 200, query
        assert "Nothing was recorded: " in html(response) and words in html(response), query
    assert client.post(f"/interviews/{interview_id}/done/").status_code == 405
    assert client.get("/interviews/999/done/?action=thank_you").status_code == 404
    assert services.load(user, interview_id).interview.contacts == ()


def test_snooze_hides_an_item_until_its_window_opens(client: Client, interview_id: int) -> None:
    response = client.post(f"/interviews/{interview_id}/snooze/", {"action_id": "check_in"})
    assert response.status_code == 302
    page = html(client.get("/"))
    assert "Snoozed until Tue 24 Nov, 14:00" in page
    assert "Check in with Priya Raman" not in page
    assert "1 snoozed item will come back" in page


def test_snoozing_an_open_item_keeps_it(client: Client, interview_id: int) -> None:
    client.post(f"/interviews/{interview_id}/snooze/", {"action_id": "thank_you:priya-raman"})
    page = html(client.get("/"))
    assert "already open" in page
    assert "Thank-you note to Priya Raman" in page


def test_agenda_items_escape_what_was_typed_and_their_forms_pass_csrf(
    user: Any, frozen: Any
) -> None:
    """The items are written by views.agenda_item_html, not the template engine:
    every typed value is escaped as the engine would, and the forms' token works."""
    from django.test import Client

    from tests.factories import interviewer

    pk = services.add(
        user,
        make_interview(
            company='Fish & <b>Chips</b> "Ltd"',
            role="Lead <script>alert(1)</script>",
            interviewers=(interviewer("Sean O'Brien"),),
        ),
    )
    strict = Client(SERVER_NAME="127.0.0.1", enforce_csrf_checks=True)
    page = html(strict.get("/"))
    assert "Fish &amp; &lt;b&gt;Chips&lt;/b&gt; &quot;Ltd&quot; · " in page
    assert "Lead &lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<script>alert" not in page and "<b>Chips" not in page
    assert ">Thank-you note to Sean O&#x27;Brien</a>" in page
    assert "?action=thank_you&amp;to=Sean+O%27Brien&amp;next=%2F" in page
    # "Mark done" asks first: its page carries the form, the typed name escaped.
    asked = html(strict.get(f"/interviews/{pk}/done/?action=thank_you&to=Sean+O%27Brien&next=%2F"))
    assert 'name="to" value="Sean O&#x27;Brien"' in asked
    done = re.search(r'name="csrfmiddlewaretoken" value="(\w+)"', asked)
    assert done, asked
    response = strict.post(
        f"/interviews/{pk}/log/",
        {"csrfmiddlewaretoken": done.group(1), "action": "thank_you", "to": "Sean O'Brien"},
    )
    assert response.status_code == 302
    assert ">Thank-you note to Sean O&#x27;Brien</a>" not in html(strict.get("/"))


def test_an_agenda_item_kept_written_is_kept_by_its_zone_and_the_day(user: Any) -> None:
    """views._item_html keeps each item's HTML by what it is made from: the same
    instants in another interview zone, or read on another day, are written anew."""
    from dataclasses import replace
    from zoneinfo import ZoneInfo

    from followup.web import views
    from followup.web.dates import Dates
    from followup.web.queries import AgendaRow

    london, new_york = ZoneInfo("Europe/London"), ZoneInfo("America/New_York")
    due = datetime(2026, 11, 18, 16, 0, tzinfo=UTC)
    row = AgendaRow(
        interview=7, action_id="thank_you:a", kind="thank_you", to="A <b>",
        channel="email", not_before=due.astimezone(london), due=due.astimezone(london),
        why="Because", sources=("S1",), company="C & Co", role="R", status="pending",
    )  # fmt: skip
    abroad = replace(row, not_before=due.astimezone(new_york), due=due.astimezone(new_york))
    assert row == abroad  # aware datetimes compare by instant: the zone must be part of the key
    dates = Dates.at(due, london)
    home = views._item_html(row, str(london), dates)
    there = views._item_html(abroad, str(new_york), dates)
    assert "Wed 18 Nov, 16:00" in home and "New York" not in home
    assert "New York time" in there and "11:00" in there
    next_year = Dates.at(datetime(2027, 1, 2, tzinfo=UTC), london)
    assert "Wed 18 Nov 2026, 16:00" in views._item_html(row, str(london), next_year)
    assert home == views.agenda_item_html(views.agenda_item(row, dates), views._TOKEN_MARK)
    assert "A &lt;b&gt;" in home and "C &amp; Co" in home


def test_snoozing_an_unknown_action_says_so(client: Client, interview_id: int) -> None:
    client.post(f"/interviews/{interview_id}/snooze/", {"action_id": "nothing"})
    assert "no longer open" in html(client.get("/"))


# -- new interview -----------------------------------------------------------------


def test_new_interview_form_has_every_field_and_one_interviewer(client: Client) -> None:
    page = html(client.get("/interviews/new/"))
    for name in (
        "company",
        "role",
        "start",
        "end",
        "timezone",
        "country",
        "subdivision",
        "next_step",
        "decision_by",
        "follow_up_on",
        "no_calls",
        "references_requested",
        "strengths",
    ):
        assert f'name="{name}"' in page, name
        assert f'for="f-{name}"' in page or name == "references_requested", name
    assert page.count('name="row"') == 1
    assert 'hx-post="/interviews/next-step/"' in page


def test_adding_an_interview_stores_it_and_shows_its_plan(client: Client, user: Any) -> None:
    response = client.post("/interviews/new/", NEW)
    assert response.status_code == 302
    new_id = int(response["Location"].strip("/").split("/")[-1])
    stored = services.load(user, new_id).interview
    assert stored.company == "Contoso"
    assert [p.name for p in stored.interviewers] == ["Ana Ruiz", "Ben Okafor"]
    assert stored.contact_person.name == "Ben Okafor"
    assert stored.interviewers[0].topics == ("metrics", "hiring plans")
    assert stored.strengths == ("built dashboards", "SQL")
    page = html(client.get(response["Location"]))
    assert "Saved. This is the plan for Contoso." in page
    assert "<svg" in page and "Check in with Ben Okafor" in page


def test_bad_input_shows_each_error_next_to_its_field_and_keeps_everything(
    client: Client, user: Any
) -> None:
    data = {
        **NEW,
        "company": "",
        "timezone": "Mars/Olympus",
        "start": "tomorrow-ish",
        "iv-a1-email": "ana@",
        "iv-b2-name": "",
        "iv-b2-title": "Recruiter",
    }
    response = client.post("/interviews/new/", data)
    assert response.status_code == 422
    page = html(response)
    assert 'id="f-company-err"' in page and "is required" in page
    assert "unknown time zone &#x27;Mars/Olympus&#x27;" in page
    assert "&#x27;tomorrow-ish&#x27; is not a date and time" in page
    assert "&#x27;ana@&#x27; is not an email address" in page
    assert 'id="f-iv-b2-name-err"' in page
    # Nothing lost: every value comes back as typed.
    assert 'value="Data Analyst"' in page and 'value="Recruiter"' in page
    assert "metrics\nhiring plans</textarea>" in page
    assert 'data-focus="f-company"' in page
    assert not services.settings_of(user) and "Contoso" not in html(client.get("/interviews/"))


def test_errors_found_by_the_interview_parser_land_on_their_field(client: Client) -> None:
    response = client.post("/interviews/new/", {**NEW, "end": "2026-11-17T09:00"})
    assert response.status_code == 422
    assert 'id="f-end-err"' in html(response) and "must be after start" in html(response)
    response = client.post("/interviews/new/", {**NEW, "decision_by": "2026-11-01"})
    assert 'id="f-decision_by-err"' in html(response)


def test_no_interviewer_is_an_error_on_the_interviewers(client: Client) -> None:
    data = {k: v for k, v in NEW.items() if not k.startswith("iv-")}
    response = client.post("/interviews/new/", data)
    assert response.status_code == 422
    assert "add at least one interviewer" in html(response)


def test_two_interviewers_with_one_name_are_refused_on_the_row(client: Client) -> None:
    response = client.post("/interviews/new/", {**NEW, "iv-b2-name": "Ana Ruiz"})
    assert response.status_code == 422
    assert 'id="f-iv-b2-name-err"' in html(response) and "listed twice" in html(response)


def test_the_same_interview_twice_is_refused_on_start(client: Client) -> None:
    assert client.post("/interviews/new/", NEW).status_code == 302
    response = client.post("/interviews/new/", NEW)
    assert response.status_code == 422
    assert 'id="f-start-err"' in html(response) and "already stored" in html(response)


def test_add_row_without_javascript_keeps_the_input(client: Client) -> None:
    response = client.post("/interviews/new/", {**NEW, "add_row": "1"})
    assert response.status_code == 200
    assert html(response).count('name="row"') == 3
    assert 'value="Ana Ruiz"' in html(response)


def test_interviewer_row_fragment(client: Client) -> None:
    page = html(client.get("/interviews/row/"))
    assert 'name="row"' in page and "Remove" in page and "<html" not in page


def test_next_step_is_read_as_you_type(client: Client) -> None:
    data = {
        "start": "2026-11-17T10:00",
        "timezone": "America/New_York",
        "country": "US",
        "next_step": "We'll decide by Friday.",
    }
    page = html(client.post("/interviews/next-step/", data))
    assert "decision by Friday 20 November" in page
    # The interview's clock, named: the candidate's zone here is UTC.
    assert "check in <strong>Tuesday 24 November, 09:00 (New York time)</strong>" in page
    page = html(client.post("/interviews/next-step/", {**data, "next_step": "Don't call us."}))
    assert "no phone calls" in page and "Tuesday 1 December" in page
    page = html(client.post("/interviews/next-step/", {**data, "start": ""}))
    assert "Give the start" in page
    # A sentence naming the field as the form labels it (issue 16), not "timezone: ...".
    page = html(client.post("/interviews/next-step/", {**data, "timezone": "Torono"}))
    assert (
        "Time zone: unknown time zone &#x27;Torono&#x27; (did you mean America/Toronto?)." in page
    )
    assert "timezone:" not in page


def test_the_preview_questions_a_far_date_and_a_fixed_zone(client: Client) -> None:
    data = {
        "start": "2026-12-02T10:00",
        "timezone": "EST",
        "country": "CA",
        "next_step": "We'll decide by 4/12.",
    }
    page = " ".join(html(client.post("/interviews/next-step/", data)).split())
    assert (
        "The next step reads as Monday 12 April 2027 for their decision date, more than three "
        "months after the interview: is that what they said? If not, fill in “They decide by”."
    ) in page
    assert "decision_by" not in page
    assert "The time zone &#x27;EST&#x27; is a fixed offset that ignores daylight saving" in page
    calm = html(client.post("/interviews/next-step/", {**data, "next_step": "By Friday."}))
    assert "three months" not in calm


# -- one interview -------------------------------------------------------------------


def test_interview_page_has_facts_timeline_history_and_buttons(
    client: Client, interview_id: int
) -> None:
    page = html(client.get(f"/interviews/{interview_id}/"))
    assert "Senior Data Engineer" in page and "Northwind Analytics" in page
    # In the interview's own zone, not the server's.
    assert "Tuesday 17 November, 10:00–11:00 (New York time)" in page
    assert '<svg class="timeline"' in page and 'role="img"' in page
    assert 'class="tl-today"' in page
    assert page.count('class="tl-row ') >= 5
    assert "Nothing recorded yet." in page
    for path in ("drafts", "log", "reply", "outcome", "edit", "debrief"):
        assert f"/interviews/{interview_id}/{path}/" in page
    assert "We&#x27;ll make a decision by Friday." in page


def test_unknown_interview_is_404(client: Client, interview_id: int) -> None:
    assert client.get("/interviews/999/").status_code == 404
    assert client.get("/interviews/999/drafts/").status_code == 404
    assert client.post("/interviews/999/log/", {"action": "call"}).status_code == 404


def test_edit_keeps_the_log_and_replans(client: Client, interview_id: int, user: Any) -> None:
    client.post(f"/interviews/{interview_id}/log/", {"action": "thank_you", "to": "Priya Raman"})
    page = html(client.get(f"/interviews/{interview_id}/edit/"))
    assert 'value="Priya Raman"' in page and 'value="2026-11-17T10:00"' in page
    form = {
        k: v
        for k, v in NEW.items()
        if not k.startswith("iv-") and k not in ("row", "contact", "company", "role")
    }
    form.update(
        {
            "company": "Northwind Analytics",
            "role": "Lead Data Engineer",
            "row": ["x1"],
            "iv-x1-name": "Priya Raman",
            "iv-x1-email": "priya@northwind.example",
            "contact": "x1",
        }
    )
    response = client.post(f"/interviews/{interview_id}/edit/", form)
    assert response.status_code == 302
    stored = services.load(user, interview_id).interview
    assert stored.role == "Lead Data Engineer"
    assert len(stored.contacts) == 1
    bad = client.post(f"/interviews/{interview_id}/edit/", {**form, "start": ""})
    assert bad.status_code == 422 and 'value="Lead Data Engineer"' in html(bad)


def test_a_renamed_interviewer_keeps_their_contact_log(client: Client, user: Any) -> None:
    response = client.post("/interviews/new/", NEW)
    new_id = int(response["Location"].strip("/").split("/")[-1])
    logged = {"action": "thank_you", "to": "Ana Ruiz", "at": "2026-11-17T12:00"}
    assert client.post(f"/interviews/{new_id}/log/", logged).status_code == 302
    page = html(client.get(f"/interviews/{new_id}/edit/"))
    key = re.search(r'name="iv-(\w+)-was" value="Ana Ruiz"', page)
    assert key is not None
    form = {**NEW, "row": [key.group(1)], "contact": key.group(1)}
    form = {k: v for k, v in form.items() if not k.startswith("iv-")}
    form.update(
        {
            f"iv-{key.group(1)}-name": "Ana Ruiz-Gomez",
            f"iv-{key.group(1)}-was": "Ana Ruiz",
            f"iv-{key.group(1)}-email": "ana@contoso.example",
        }
    )
    assert client.post(f"/interviews/{new_id}/edit/", form).status_code == 302
    stored = services.load(user, new_id).interview
    assert [p.name for p in stored.interviewers] == ["Ana Ruiz-Gomez"]
    assert [c.to for c in stored.contacts] == ["Ana Ruiz-Gomez"]


def test_debrief_saves_answers_and_topics(client: Client, interview_id: int, user: Any) -> None:
    page = html(client.get(f"/interviews/{interview_id}/debrief/"))
    assert "What went badly?" in page and "Topics with Marcus Bell" in page
    response = client.post(
        f"/interviews/{interview_id}/debrief/",
        {
            "went_well": "The whiteboard session.",
            "went_poorly": "",
            "stood_out": "Their on-call culture.",
            "forgot_to_mention": "",
            "topics-0": "streaming\nbackfills",
            "topics-1": "dbt tests",
        },
    )
    assert response.status_code == 302
    stored = services.load(user, interview_id).interview
    assert stored.debrief.went_well == "The whiteboard session."
    assert stored.debrief.went_poorly is None
    assert stored.interviewers[0].topics == ("streaming", "backfills")
    assert stored.interviewers[1].topics == ("dbt tests",)


def test_debrief_is_offered_once_the_interview_ends(client: Client, user: Any) -> None:
    new_id = services.add(user, make_interview(debrief=make_interview().debrief.__class__()))
    assert "Write your debrief now" in html(client.get(f"/interviews/{new_id}/"))


# -- logging contacts: the guardrails answer first --------------------------------


def test_a_check_in_too_soon_is_refused_with_when_it_becomes_fine(
    client: Client, interview_id: int, user: Any
) -> None:
    response = client.post(f"/interviews/{interview_id}/log/", {"action": "check_in"})
    assert response.status_code == 409
    page = html(response)
    assert "The guardrails refuse this." in page
    assert "It becomes fine on <strong>Tuesday 24 November, 09:00 (New York time)</strong>" in page
    assert "Nothing was recorded" in page
    assert services.load(user, interview_id).interview.contacts == ()


def test_an_override_needs_a_reason_and_is_flagged(
    client: Client, interview_id: int, user: Any
) -> None:
    response = client.post(
        f"/interviews/{interview_id}/log/",
        {
            "action": "visit",
            "to": "Priya Raman",
            "override": "They invited me to drop off my portfolio.",
        },
        follow=True,
    )
    assert response.status_code == 200
    assert "Visit to the office to see Priya Raman." in html(response)
    contact = services.load(user, interview_id).interview.contacts[0]
    assert contact.override == "They invited me to drop off my portfolio."
    page = html(client.get(f"/interviews/{interview_id}/"))
    assert "Recorded against the guardrails" in page and 'class="flagged"' in page


def test_log_form_rejects_bad_input(client: Client, interview_id: int) -> None:
    url = f"/interviews/{interview_id}/log/"
    response = client.post(url, {"action": "thank_you", "to": "Nobody"})
    assert response.status_code == 422 and "is not one of the interviewers" in html(response)
    response = client.post(url, {"action": "thank_you", "at": "soon"})
    assert response.status_code == 422 and 'id="f-at-err"' in html(response)
    response = client.post(url, {"action": "email"})
    assert response.status_code == 422
    response = client.post(url, {"action": "thank_you", "to": "Priya Raman", "answered": "yes"})
    assert response.status_code == 422 and "only applies to calls" in html(response)
    assert 'value="Priya Raman" selected' in html(response)


def test_log_form_takes_a_first_name_only_one_interviewer_has(
    client: Client, user: Any, interview_id: int
) -> None:
    # Issue 16: a typed name (a link's ?to=, the guardrails' fragment) is read as
    # `followup log --to` reads it (record.recipient.named).
    from followup.store.models import Contact

    url = f"/interviews/{interview_id}/log/"
    response = client.post(url, {"action": "thank_you", "to": "priya"})
    assert response.status_code == 302, html(response)[:2000]
    logged = list(Contact.objects.values_list("purpose", "person__name"))
    assert logged == [("thank_you", "Priya Raman")]
    check = f"/interviews/{interview_id}/check/"
    page = html(client.post(check, {"action": "thank_you", "to": "bell"}))
    assert "Fine to do." in page
    refused = client.post(url, {"action": "thank_you", "to": "Marc"})
    assert refused.status_code == 422
    assert "is not one of the interviewers (Priya Raman, Marcus Bell)" in html(refused)


def test_log_form_prefills_from_the_query(client: Client, interview_id: int) -> None:
    page = html(client.get(f"/interviews/{interview_id}/log/?action=call&to=Marcus+Bell"))
    assert '<option value="call" selected>' in page
    assert '<option value="Marcus Bell" selected>' in page


def test_the_guardrails_answer_before_saving(client: Client, interview_id: int) -> None:
    url = f"/interviews/{interview_id}/check/"
    page = html(client.post(url, {"action": "call"}))
    assert "The guardrails refuse this." in page and "48 hours" in page
    page = html(client.post(url, {"action": "thank_you", "to": "Marcus Bell"}))
    assert "Fine to do." in page
    assert "is not one of the interviewers" in html(
        client.post(url, {"action": "thank_you", "to": "X"})
    )


def test_a_call_when_they_asked_not_to_be_called(client: Client, user: Any) -> None:
    new_id = services.add(user, make_interview(no_calls=True))
    page = html(client.post(f"/interviews/{new_id}/check/", {"action": "call"}))
    assert "They asked not to be called" in page


def test_reply_and_outcome(client: Client, interview_id: int, user: Any) -> None:
    assert "Who replied" in html(client.get(f"/interviews/{interview_id}/reply/"))
    bad = client.post(f"/interviews/{interview_id}/reply/", {"at": "x", "sender": ""})
    assert bad.status_code == 422
    response = client.post(
        f"/interviews/{interview_id}/reply/", {"sender": "Priya Raman", "says": "Thanks!"}
    )
    assert response.status_code == 302
    page = html(client.get(f"/interviews/{interview_id}/outcome/"))
    assert 'type="radio"' in page
    missing = client.post(f"/interviews/{interview_id}/outcome/", {"at": ""})
    assert missing.status_code == 422 and "choose one" in html(missing)
    wrong = client.post(
        f"/interviews/{interview_id}/outcome/", {"kind": "offer", "keep_in_touch": "on"}
    )
    assert wrong.status_code == 422 and "only applies to a rejection" in html(wrong)
    early = client.post(
        f"/interviews/{interview_id}/outcome/", {"kind": "offer", "at": "2026-11-01T10:00"}
    )
    assert early.status_code == 422 and "before the interview started" in html(early)
    done = client.post(
        f"/interviews/{interview_id}/outcome/", {"kind": "rejected", "keep_in_touch": "on"}
    )
    assert done.status_code == 302
    stored = services.load(user, interview_id).interview
    assert stored.outcome is not None and stored.outcome.keep_in_touch
    page = html(client.get(f"/interviews/{interview_id}/"))
    assert "Bridge note to Priya Raman" in page and "Outcome: Rejected (keeping in touch)" in page


def test_an_interview_called_off_on_the_web(client: Client, interview_id: int, user: Any) -> None:
    # Rule book, Statuses: the outcome a calendar cancellation proposes, recorded by hand.
    page = html(client.get(f"/interviews/{interview_id}/outcome/"))
    assert 'value="called_off"' in page and "Called off by them" in page
    done = client.post(
        f"/interviews/{interview_id}/outcome/", {"kind": "called_off", "at": "2026-11-16T09:00"}
    )
    assert done.status_code == 302
    stored = services.load(user, interview_id)
    assert stored.interview.outcome is not None
    assert stored.interview.outcome.kind.value == "called_off"
    assert services.plan_now(stored, stored.interview.start).open_actions() == ()
    assert "Outcome: Called off by them" in html(client.get(f"/interviews/{interview_id}/"))
    listed = html(client.get("/interviews/?status=called_off"))
    assert f'href="/interviews/{interview_id}/"' in listed


# -- drafts --------------------------------------------------------------------------


def test_drafts_are_editable_with_lint_mailto_and_eml(client: Client, interview_id: int) -> None:
    page = html(client.get(f"/interviews/{interview_id}/drafts/"))
    assert "Thank-you note to Priya Raman" in page and "Thank-you note to Marcus Bell" in page
    assert f'hx-post="/interviews/{interview_id}/lint/"' in page
    assert "mailto:priya@northwind.example?subject=" in page
    assert "Download .eml" in page and "Copy to clipboard" in page
    start = page.index("mailto:priya@northwind.example?")
    link = page[start : page.index('"', start)]
    assert " " not in link and "+" not in link.split("?")[1]
    assert "%0D%0A" in link
    assert "Dear Priya" in unquote(link)


def test_live_lint_reports_findings_and_refreshes_the_mailto_link(
    client: Client, interview_id: int
) -> None:
    url = f"/interviews/{interview_id}/lint/"
    note = {
        "n": "0",
        "kind": "thank_you",
        "action_id": "thank_you:priya-raman",
        "to": "Priya Raman <priya@northwind.example>",
        "email": "priya@northwind.example",
        "subject": "Thanks & more",
        "body": "Hey Priya,\n\nThanks! Did I get the job?\n\nAna",
    }
    page = html(client.post(url, note))
    assert "informal" in page and "asks outcome" in page
    assert 'id="mailto-0" hx-swap-oob="outerHTML"' in page
    assert "subject=Thanks%20%26%20more" in page
    assert "Looks good" not in page
    assert "The note is empty" in html(client.post(url, {**note, "body": "  "}))
    assert client.post(url, {**note, "kind": "sonnet"}).status_code == 400
    assert client.post(url, {**note, "n": "x"}).status_code == 400


def test_live_lint_catches_notes_too_alike_across_the_page(
    client: Client, interview_id: int
) -> None:
    import json

    body = (
        "Dear Priya,\n\nThank you for meeting me on Tuesday about the data platform. "
        "I enjoyed our talk about streaming ingestion and the on-call rotation, and I "
        "would be glad to bring my experience of cutting warehouse costs to the team.\n\n"
        "Best regards,\nAna"
    )
    copy = body.replace("Priya", "Marcus")
    note = {"n": "0", "kind": "thank_you", "action_id": "thank_you:priya-raman", "body": body}
    others = [{"action_id": "thank_you:marcus-bell", "kind": "thank_you", "body": copy}]
    url = f"/interviews/{interview_id}/lint/"
    page = html(client.post(url, {**note, "others": json.dumps(others)}))
    assert "duplicate" in page and "thank_you:marcus-bell" in page
    assert "duplicate" not in html(client.post(url, note))
    assert client.post(url, {**note, "others": "not json"}).status_code == 200
    assert client.post(url, {**note, "others": '[{"kind": "nope"}, 3]'}).status_code == 200


def test_eml_download_is_a_real_message(client: Client, interview_id: int) -> None:
    response = client.post(
        f"/interviews/{interview_id}/eml/",
        {
            "action_id": "thank_you:priya-raman",
            "subject": "Thank you, Priya — Tuesday",
            "body": "Dear Priya,\n\nThank you.\n",
            "to_name": "Priya Raman",
            "email": "priya@northwind.example",
        },
    )
    assert response.status_code == 200
    assert response["Content-Type"] == "message/rfc822"
    assert 'filename="thank_you-priya-raman.eml"' in response["Content-Disposition"]
    message = message_from_bytes(response.content, policy=default)
    assert message["To"] == "Priya Raman <priya@northwind.example>"
    assert message["Subject"] == "Thank you, Priya — Tuesday"
    assert message["X-Unsent"] == "1"
    assert b"\r\n" in response.content  # RFC 5322 line ends
    assert message.get_content().replace("\r\n", "\n") == "Dear Priya,\n\nThank you.\n"
    empty = client.post(f"/interviews/{interview_id}/eml/", {"body": ""})
    assert empty.status_code == 400


# -- the list and the settings --------------------------------------------------------


def test_interviews_list_searches_and_filters(client: Client, user: Any) -> None:
    from dataclasses import replace

    first = services.add(user, make_interview())
    second = services.add(user, replace(make_interview(), company="Contoso", role="Analyst"))
    client.post(f"/interviews/{second}/outcome/", {"kind": "offer"})
    page = html(client.get("/interviews/"))
    assert "2 interviews" in page and "Contoso" in page and "Northwind" in page
    page = html(client.get("/interviews/?q=conto"))
    assert "Contoso" in page and "Northwind" not in page
    page = html(client.get("/interviews/?q=marcus"))
    assert "2 interviews match" in page
    page = html(client.get("/interviews/?status=waiting"))
    assert f"/interviews/{first}/" in page and f"/interviews/{second}/" not in page
    page = html(client.get("/interviews/?status=offer&page=x"))
    assert f"/interviews/{second}/" in page and '<span class="badge">Offer</span>' in page
    assert client.get("/interviews/?status=bogus&page=99").status_code == 200


def test_settings_change_and_bad_values(client: Client, user: Any) -> None:
    page = html(client.get("/settings/"))
    assert 'name="s-timezone"' in page and 'name="s-policy.check_in_grace_business_days"' in page
    response = client.post("/settings/", {"s-nudge_below": "5", "s-name": "Ana Ruiz"})
    assert response.status_code == 302
    assert services.settings_of(user)["nudge_below"] == 5
    bad = client.post("/settings/", {"s-timezone": "Mars/Base", "s-nudge_below": "-1"})
    assert bad.status_code == 422
    page = html(bad)
    assert 'id="f-s-timezone-err"' in page and 'value="Mars/Base"' in page
    assert 'id="f-s-nudge_below-err"' in page


# -- protection ---------------------------------------------------------------------


def test_csrf_protection_is_on(user: Any, frozen: Any, interview_id: int) -> None:
    from django.test import Client

    strict = Client(SERVER_NAME="127.0.0.1", enforce_csrf_checks=True)
    response = strict.post(f"/interviews/{interview_id}/log/", {"action": "visit"})
    assert response.status_code == 403


def test_only_loopback_host_names_are_served(user: Any, frozen: Any) -> None:
    from django.test import Client

    assert Client(SERVER_NAME="evil.example").get("/").status_code == 400
    assert Client(SERVER_NAME="localhost").get("/").status_code == 200


def test_static_files_and_htmx_are_served_by_the_app(client: Client) -> None:
    response = client.get("/")
    assert "/static/web/htmx-2.0.11.min.js" in html(response)
    assert "cdn" not in html(response).lower()


# -- speed: bounded pages, no N+1 ----------------------------------------------------


def test_a_long_agenda_section_is_cut_with_show_all(
    client: Client, interview_id: int, monkeypatch: Any
) -> None:
    from followup.web import views

    monkeypatch.setattr(views, "AGENDA_LIMIT", 1)
    page = html(client.get("/"))
    assert "Show all 2 (1 more)" in page and page.count('class="item ') == 2
    page = html(client.get("/?show=today"))
    assert "Show all 2" not in page and page.count('class="item ') == 3


def test_a_cut_section_is_counted_only_up_to_its_cap(
    client: Client, interview_id: int, monkeypatch: Any
) -> None:
    """The page counts a section it cuts only so far (agenda.query.COUNT_CAP), so the
    count does not grow with the store: past the cap it says "more than"."""
    from followup.agenda import query
    from followup.web import queries, views

    monkeypatch.setattr(views, "AGENDA_LIMIT", 1)
    monkeypatch.setattr(query, "COUNT_CAP", 1)
    page = html(client.get("/"))
    assert '<abbr title="More than 1">1+</abbr>' in page
    assert ">Show all</a>" in page and "Show all 2" not in page
    assert page.count('class="item ') == 2
    cut = queries.agenda(datetime.now(UTC), limit=1)
    today = cut.sections[1]
    assert (today.total, today.exact, len(today.rows)) == (1, False, 1)
    # Asked for in full, the section is counted exactly: its rows.
    page = html(client.get("/?show=today"))
    assert "1+" not in page and page.count('class="item ') == 3
    whole = queries.agenda(datetime.now(UTC), limit=1, show="today").sections[1]
    assert (whole.total, whole.exact, len(whole.rows)) == (2, True, 2)
    assert [r.action_id for r in whole.rows[:1]] == [r.action_id for r in today.rows]


def test_every_read_of_the_agenda_statement_goes_through_an_index(
    client: Client, interview_id: int
) -> None:
    """Each section is read over action_user_due (cut: in due order, stopped at its
    LIMIT) or, read whole, the rest of the week over action_user_not_before; never a
    scan of the actions. On PostgreSQL sequential scans are switched off for the
    check (its planner takes them on a test's tiny tables): an index must serve."""
    from itertools import product

    from django.db import connection

    from followup.agenda import query

    parameters = {
        "username": "local",
        "now": "2026-11-18 12:00:00",
        "tonight": "2026-11-19 00:00:00",
        "morning": "2026-11-18 00:00:00",
        "horizon": "2026-11-25 12:00:00",
        "limit": 20,
        "hide_snoozed": True,
        "active_cap": 3,
        "count_cap": 101,
    }
    postgres = connection.vendor == "postgresql"
    for cut in product((False, True), repeat=3):
        with connection.cursor() as cursor:
            if postgres:
                cursor.execute("SET enable_seqscan = off")
                cursor.execute("EXPLAIN " + query.statement(cut, "postgres"), parameters)
                plan = "\n".join(row[0] for row in cursor.fetchall())
                cursor.execute("RESET enable_seqscan")
                assert "Seq Scan on followup_action" not in plan, plan
                assert plan.count("Limit") >= 2 * sum(cut), plan
            else:
                sql = query.statement(cut, "pyformat")
                cursor.execute("EXPLAIN QUERY PLAN " + sql, parameters)
                plan = "\n".join(str(row[3]) for row in cursor.fetchall())
                assert not re.search(r"SCAN (a|followup_action)\b", plan), plan
                # Twice per cut section (the rows and the count), once per whole one.
                due = plan.count("SEARCH a USING INDEX action_user_due")
                assert due == 2 * sum(cut) + sum(1 for c in cut[:2] if not c), plan
                assert ("action_user_not_before" in plan) == (not cut[2]), plan


def test_page_queries_do_not_grow_with_the_interview(client: Client, user: Any) -> None:
    from dataclasses import replace

    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tests.factories import interviewer

    small = services.add(user, make_interview())
    panel = tuple(interviewer(f"Person {n} Smith", topics=("a", "b", "c")) for n in range(6))
    large = services.add(user, replace(make_interview(), company="Big", interviewers=panel))
    counts = []
    for pk in (small, large):
        for path in (f"/interviews/{pk}/", f"/interviews/{pk}/drafts/"):
            with CaptureQueriesContext(connection) as captured:
                assert client.get(path).status_code == 200
            counts.append((path.split("/")[-2], len(captured.captured_queries)))
    assert counts[0][1] == counts[2][1] and counts[1][1] == counts[3][1], counts
    with CaptureQueriesContext(connection) as captured:
        client.get("/")
    # The listing, the snoozed, and delivery's notices and messages to act on; plus the header.
    assert len(captured.captured_queries) == 4


def test_the_web_agenda_lists_what_the_command_line_lists(user: Any, frozen: Any) -> None:
    from dataclasses import replace
    from datetime import timedelta
    from zoneinfo import ZoneInfo

    from followup.agenda.board import HORIZON, build
    from followup.agenda.query import read
    from followup.store.location import database_path
    from followup.web import queries

    base = make_interview()
    for days in (-20, -9, -3, -1, 0, 2, 5, 12):
        start = base.start + timedelta(days=days, hours=days % 3)
        services.add(
            user,
            replace(base, company=f"Company {days}", start=start, end=start + timedelta(hours=1)),
        )
    zone = ZoneInfo("UTC")
    snapshot = read(database_path(), frozen, frozen + HORIZON)
    board = build(snapshot.rows, frozen, zone, active=snapshot.active, nudge_below=3)
    web = queries.agenda(frozen, limit=1000)
    for section, items in zip(web.sections, (board.overdue, board.today, board.soon), strict=True):
        expected = [(i.row.interview, i.row.action_id, i.status) for i in items]
        assert [(r.interview, r.action_id, r.status) for r in section.rows] == expected
        assert section.total == len(items)
    assert sum(s.total for s in web.sections) > 10
    cut = queries.agenda(frozen, limit=2, show="soon")
    assert [len(s.rows) for s in cut.sections] == [
        min(2, len(board.overdue)),
        min(2, len(board.today)),
        len(board.soon),
    ]


def test_delete_asks_first(client: Client, interview_id: int, user: Any) -> None:
    page = html(client.get(f"/interviews/{interview_id}/delete/"))
    assert "Delete this interview?" in page and "Keep it" in page
    response = client.post(f"/interviews/{interview_id}/delete/")
    assert response.status_code == 302 and response["Location"] == "/interviews/"
    assert "Deleted Senior Data Engineer at Northwind Analytics" in html(client.get("/interviews/"))
    assert client.get(f"/interviews/{interview_id}/").status_code == 404


def test_contacts_that_cannot_have_happened_are_refused_on_the_web(
    client: Client, interview_id: int, user: Any
) -> None:
    # Frozen at Wed 18 Nov 15:00 UTC; the interview ran Tue 17 Nov 10:00-11:00 New York.
    before = services.load(user, interview_id).interview.contacts
    cases = {
        "log/": (
            {"action": "thank_you", "to": "Priya Raman", "at": "2026-11-17T10:30"},
            "before the interview ended",
        ),
        "reply/": (
            {"sender": "Priya Raman", "at": "2026-11-25T10:00", "says": "Thanks!"},
            "in the future",
        ),
        "outcome/": ({"kind": "offer", "at": "2026-11-25T10:00"}, "in the future"),
    }
    for path, (data, words) in cases.items():
        response = client.post(f"/interviews/{interview_id}/{path}", data)
        assert response.status_code == 422, path
        assert words in html(response), path
    stored = services.load(user, interview_id).interview
    assert stored.contacts == before and stored.outcome is None


def test_drafts_of_an_interview_still_ahead_wait_for_its_end(client: Client, user: Any) -> None:
    from tests.factories import local, make_interview

    # The clock is frozen on Wed 18 Nov; this interview is on Fri 20 Nov.
    ahead = services.add(user, make_interview(start=local("2026-11-20 10:00", "America/New_York")))
    page = html(client.get(f"/interviews/{ahead}/drafts/"))
    assert "Not drafted yet" in page or "not drafted yet" in page
    assert "Thank you for" not in page
    assert "Nothing to write right now" not in page


def test_a_mistaken_entry_is_removed_from_the_log_after_asking(
    client: Client, interview_id: int, user: Any
) -> None:
    from followup.etiquette.model import Status

    logged = {"action": "thank_you", "to": "Priya Raman", "at": "2026-11-17T15:00"}
    assert client.post(f"/interviews/{interview_id}/log/", logged).status_code == 302
    page = html(client.get(f"/interviews/{interview_id}/"))
    link = re.search(r'href="(/interviews/\d+/remove/\?[^"]+)"', page)
    assert link is not None
    confirm = html(client.get(link.group(1).replace("&amp;", "&")))
    assert "Remove this entry from the log?" in confirm
    assert "thank you to Priya Raman" in confirm.lower() or "thank-you" in confirm.lower()
    fields = dict(re.findall(r'name="(entry|at)" value="([^"]*)"', confirm))
    # A stale page (the log changed meanwhile) removes nothing.
    stale = client.post(f"/interviews/{interview_id}/remove/", {**fields, "at": "2026-01-01"})
    assert stale.status_code == 302
    assert len(services.load(user, interview_id).interview.contacts) == 1
    done = client.post(f"/interviews/{interview_id}/remove/", fields, follow=True)
    assert "Removed from the log" in html(done)
    stored = services.load(user, interview_id)
    assert stored.interview.contacts == ()
    thank_you = services.plan_now(stored, datetime(2026, 11, 18, 15, 0, tzinfo=UTC))
    status = {a.id: a.status for a in thank_you.actions}["thank_you:priya-raman"]
    assert status is not Status.DONE


def test_a_mistaken_outcome_is_removed_and_the_check_in_comes_back(
    client: Client, interview_id: int, user: Any
) -> None:
    assert (
        client.post(
            f"/interviews/{interview_id}/outcome/", {"kind": "offer", "at": "2026-11-18T09:00"}
        ).status_code
        == 302
    )
    assert "entry=outcome" in html(client.get(f"/interviews/{interview_id}/"))
    assert "Remove this entry" in html(
        client.get(f"/interviews/{interview_id}/remove/?entry=outcome")
    )
    client.post(f"/interviews/{interview_id}/remove/", {"entry": "outcome"})
    assert services.load(user, interview_id).interview.outcome is None
    gone = client.post(f"/interviews/{interview_id}/remove/", {"entry": "outcome"}, follow=True)
    assert "no outcome is recorded" in html(gone).lower()


def test_a_withdrawal_before_the_interview_is_recorded_on_the_web(
    client: Client, user: Any
) -> None:
    from tests.factories import local

    # Frozen on Wed 18 Nov; the interview is on Fri 20 Nov: they withdraw before it.
    ahead = services.add(user, make_interview(start=local("2026-11-20 10:00", "America/New_York")))
    response = client.post(f"/interviews/{ahead}/outcome/", {"kind": "withdrawn"})
    assert response.status_code == 302, html(response)
    outcome = services.load(user, ahead).interview.outcome
    assert outcome is not None and outcome.kind.value == "withdrawn"


def test_topics_typed_with_commas_are_separate_topics(
    client: Client, interview_id: int, user: Any
) -> None:
    data = {**NEW, "iv-a1-topics": "test automation, release trains; metrics"}
    response = client.post("/interviews/new/", data)
    assert response.status_code == 302
    new_id = int(response["Location"].rstrip("/").split("/")[-1])
    added = services.load(user, new_id).interview
    assert added.interviewers[0].topics == ("test automation", "release trains", "metrics")
    # The debrief form reads them the same way.
    client.post(
        f"/interviews/{interview_id}/debrief/",
        {"went_well": "", "went_poorly": "", "stood_out": "", "forgot_to_mention": "",
         "topics-0": "streaming, backfills", "topics-1": ""},
    )  # fmt: skip
    assert services.load(user, interview_id).interview.interviewers[0].topics == (
        "streaming",
        "backfills",
    )
