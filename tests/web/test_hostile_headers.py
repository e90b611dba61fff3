"""Line breaks and odd addresses in the .eml download: a sentence or a clean header, never a 500."""

from __future__ import annotations

from email import message_from_bytes
from email.policy import default
from typing import Any

import pytest

from followup.fields import email_address

BREAKS = ["\r", "\n", "\r\n", "\u2028", "\u2029", "\x85", "\x0b"]


@pytest.mark.parametrize("brk", BREAKS)
def test_line_breaks_in_the_subject_and_name_stay_out_of_the_headers(
    client: Any, interview_id: int, brk: str
) -> None:
    response = client.post(
        f"/interviews/{interview_id}/eml/",
        {
            "subject": f"Thank you{brk}Bcc: everyone@evil.example",
            "body": "Dear Priya,\n\nThank you.\n",
            "to_name": f"Priya{brk}Raman",
            "email": "priya@northwind.example",
            "action_id": "thank_you:priya-raman",
        },
    )
    assert response.status_code == 200
    message = message_from_bytes(response.content, policy=default)
    assert message["Bcc"] is None
    assert message["Subject"] == "Thank you Bcc: everyone@evil.example"
    assert str(message["To"]) == "Priya Raman <priya@northwind.example>"


@pytest.mark.parametrize("bad", ["a@b@c.example", '<>"', "priya@", "@x.example", "a b@x.example"])
def test_an_address_no_one_could_write_to_is_refused_with_a_sentence(
    client: Any, interview_id: int, bad: str
) -> None:
    response = client.post(
        f"/interviews/{interview_id}/eml/",
        {"subject": "Thanks", "body": "Dear Priya,\n\nThank you.\n", "email": bad},
    )
    assert response.status_code == 400
    assert "is not an email address" in response.content.decode()


def test_one_address_rule_for_files_send_and_the_web() -> None:
    from followup.delivery.headers import check_address
    from followup.errors import InputError
    from followup.fields import parse_email

    good = ["priya.raman@northwind.example", "ann+jobs@bücher.example", "o'neil@x.co.uk"]
    bad = ["a@b@c.example", '<>"', "priya@localhost", "x@-a.example", "jö@x.example", "a@b..c"]
    for address in good:
        assert email_address(address) == address
        assert parse_email(address, "email") == address
        assert check_address("to", address) == address
    for address in bad:
        assert email_address(address) is None
        with pytest.raises(InputError):
            parse_email(address, "email")
        with pytest.raises(InputError):
            check_address("to", address)
