"""Bounded fuzzing of every web form: whatever is posted, never an HTTP 500.

Each form's field names are read from its own page (so a new field is
fuzzed too), then filled with hostile values: control characters, Unicode
line breaks, full-width digits, 5,000-digit numbers, dates at years 1 and
9999, 300-character time zones, long runs.
"""

from __future__ import annotations

import re
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

FUZZ = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    database=None,
)
VALUES = st.one_of(
    st.text(max_size=30).map(lambda t: t.replace("\x00", "")),
    st.sampled_from(
        [
            "",
            "0001-01-01",
            "9999-12-31",
            "9999-12-31T23:59",
            "0001-01-01T00:00",
            "2026-11-18T10:00",
            "２０２６-１１-１８",
            "A" * 300,
            "Europe/" + "x" * 300,
            "9" * 5000,
            "１２",
            "-1",
            "a@b@c.example",
            '<>"',
            "x\r\nBcc: all@evil.example",
            "x\u2028y\u2029z",
            "priya@northwind.example",
            "thank_you:priya-raman",
            "new",
            "revoke",
            "on",
            "x" * 30_000,
        ]
    ),
)
# Every page with a form, as a path with {id} for the stored interview.
FORMS = [
    "/interviews/new/",
    "/interviews/{id}/edit/",
    "/interviews/{id}/debrief/",
    "/interviews/{id}/log/",
    "/interviews/{id}/check/",
    "/interviews/{id}/reply/",
    "/interviews/{id}/outcome/",
    "/interviews/{id}/remove/",
    "/interviews/{id}/snooze/",
    "/interviews/{id}/drafts/",
    "/interviews/{id}/lint/",
    "/interviews/{id}/eml/",
    "/interviews/{id}/send/",
    "/interviews/{id}/delete/",
    "/interviews/next-step/",
    "/interviews/row/",
    "/settings/",
    "/settings/mail/",
    "/settings/calendar/",
    "/outbox/1/",
    "/notices/1/dismiss/",
]
NAME = re.compile(r'name="([^"]+)"')
_NAMES: dict[int, dict[str, list[str]]] = {}


def field_names(client: Any, interview_id: int) -> dict[str, list[str]]:
    """The names of the inputs each form's page shows (and a few every form may take)."""
    pages = ["/interviews/new/", f"/interviews/{interview_id}/", "/settings/"]
    for path in FORMS:
        pages.append(path.format(id=interview_id))
    seen: set[str] = {"subject", "body", "email", "to_name", "action_id", "n", "others", "kind"}
    for page in pages:
        response = client.get(page)
        if response.status_code == 200:
            seen |= set(NAME.findall(response.content.decode()))
    seen.discard("csrfmiddlewaretoken")
    names = sorted(seen)
    return {path: names for path in FORMS}


@FUZZ
@given(data=st.data())
def test_no_form_answers_500(client: Any, interview_id: int, data: st.DataObject) -> None:
    # Read once per test (the fixtures are shared by its examples).
    names = _NAMES.get(id(client)) or _NAMES.setdefault(
        id(client), field_names(client, interview_id)
    )
    for path in FORMS:
        chosen = data.draw(st.lists(st.sampled_from(names[path]), max_size=12, unique=True))
        posted = {name: data.draw(VALUES) for name in chosen}
        response = client.post(path.format(id=interview_id), posted)
        assert response.status_code < 500, (path, posted, response.status_code)


@FUZZ
@given(action=VALUES, to=VALUES, back=VALUES)
def test_mark_done_never_answers_500(
    client: Any, interview_id: int, action: str, to: str, back: str
) -> None:
    # Its page is asked for by a link: the values come in the query string.
    query = {"action": action, "to": to, "next": back}
    response = client.get(f"/interviews/{interview_id}/done/", query)
    assert response.status_code < 500, (query, response.status_code)
