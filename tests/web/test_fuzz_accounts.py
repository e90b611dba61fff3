"""Bounded fuzzing of the server mode's forms (sign-up, log-in, reset, sharing, comments,
accounts, the house policy): whatever is posted, never an HTTP 500."""

from __future__ import annotations

import itertools
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from tests.web.conftest import NOW
from tests.web.server_support import client_for, make_person, people, server
from tests.web.test_fuzz_forms import FUZZ, VALUES

__all__ = ["people", "server"]
_RUN = itertools.count()

NAMES = [
    "username",
    "email",
    "password",
    "password1",
    "password2",
    "new_password1",
    "new_password2",
    "notes",
    "comments",
    "answer",
    "interview",
    "text",
    "active",
    "name",
    "policy",
    "timezone",
    "country",
    "subdivision",
    "nudge_below",
]


@FUZZ
@given(data=st.data())
def test_no_account_form_answers_500(people: dict[str, Any], data: st.DataObject) -> None:
    from followup.coaching import consent

    alice = people["alice"]
    admin = make_person(f"admin{next(_RUN)}", staff=True)
    invitation, _ = consent.invite(alice.user, "coach", NOW, comments=True)
    grant = consent.accept(invitation, admin.user, NOW)
    assert grant is not None
    _, token = consent.invite(admin.user, "account", NOW)
    paths = [
        (admin.client, "/sharing/"),
        (admin.client, "/accounts/people/"),
        (admin.client, "/accounts/policy/"),
        (admin.client, "/house/adopt/"),
        (admin.client, f"/coach/{alice.user.pk}/comment/"),
        (admin.client, f"/accounts/people/{people['bob'].user.pk}/active/"),
        (alice.client, f"/sharing/{grant.pk}/"),
        (client_for(), f"/accounts/join/{token}/"),
        (client_for(), "/accounts/login/"),
        (client_for(), "/accounts/password/reset/"),
    ]
    for client, path in paths:
        chosen = data.draw(st.lists(st.sampled_from(NAMES), max_size=10, unique=True))
        posted = {name: data.draw(VALUES) for name in chosen}
        response = client.post(path, posted)
        assert response.status_code < 500, (path, posted, response.status_code)
