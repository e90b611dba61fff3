"""Round seven's fixes to the phrase rules, found by reading the misses and
false alarms of the retired held-out sets 4 and 5 (training data since round
seven). Every note here is written for this test, none copied from a set.

- Disappointment is honest in a reply to a rejection (a bridge note), and
  impatience in a check-in.
- Pressure that the writer waives ("there is no need to reply urgently") is
  no pressure; "asap" about the writer's own step is text-speak, not pressure.
- "would be much appreciated" is plain formal English; "Much appreciated!"
  alone is chatty.
- Text-speak ('lmk', 'soz') and stretched words ('sooo') are reported once,
  as informal, never as a misspelling with a far-fetched suggestion.
- Kisses after the name ("Lena xx") are informal, and the line is still the
  signature: the model does not read it as a sentence.
- Another offer named because they asked about it is not pressure.
"""

from __future__ import annotations

import pytest

from followup.writing.lint import Code, lint
from followup.writing.note import parse_note


def findings(body: str, kind: str = "check_in") -> list[tuple[str, int, str]]:
    text = f"Kind: {kind}\n\nDear Omar,\n\n{body}\n\nBest regards,\nLena Fischer\n"
    return [(f.code.value, f.line, f.message) for f in lint([parse_note(text, "n.txt")])]


def codes(body: str, kind: str = "check_in") -> set[str]:
    return {code for code, _, _ in findings(body, kind)}


@pytest.mark.parametrize(
    "body",
    [
        "Thank you for letting me know. I am disappointed not to have been chosen for the "
        "survey lead post, but I understand the panel's reasons.",
        "That is disappointing to read, but thank you for telling me so promptly.",
        "It is a little disappointing, of course; I would still welcome a chance to apply "
        "for the next opening on the structures team.",
    ],
)
def test_disappointment_in_a_bridge_note_is_honest(body: str) -> None:
    assert Code.NEGATIVE.value not in codes(body, "bridge")


@pytest.mark.parametrize(
    "body",
    [
        "I am disappointed not to have heard anything about the survey lead post since we met.",
        "Three weeks have passed since the panel, which is a little disappointing.",
    ],
)
def test_disappointment_at_the_wait_is_still_impatience(body: str) -> None:
    found = findings(body)
    assert any(code == "negative" and "impatience" in message for code, _, message in found)


@pytest.mark.parametrize(
    "body",
    [
        "I hope the audit season is going well. There is no need to reply urgently; the "
        "references are ready whenever you want them.",
        "Please don't feel you need to respond immediately, as I know quarter end is busy.",
        "You do not have to get back to me right away: I only wanted to confirm my new number.",
    ],
)
def test_waived_pressure_is_no_pressure(body: str) -> None:
    # The phrase rule stands down; the model still reads the sentence as a whole.
    assert not [m for _, _, m in findings(body) if m.startswith("leave out pressure")]


@pytest.mark.parametrize(
    "body",
    [
        "Please reply urgently, as I must plan my move.",
        "I would appreciate an answer asap about the site engineer post.",
        "Let me know by Friday whether the post is still available to me.",
    ],
)
def test_pressure_on_them_is_still_pressure(body: str) -> None:
    found = findings(body)
    assert any(code == "negative" and "pressure" in message for code, _, message in found)


@pytest.mark.parametrize(
    "body",
    [
        "Thank you for the offer of the site engineer post. I will sign the contract and send "
        "it back asap.",
        "Thank you for the offer; I can start asap once my notice is served.",
    ],
)
def test_asap_about_my_own_step_is_informal_not_pressure(body: str) -> None:
    found = findings(body, "stay_in_touch")
    assert [(code, message) for code, _, message in found] == [
        ("informal", "'asap' is text-speak: write 'as soon as possible', or name the day")
    ]


THANKS = "Thank you for the tour of the bakery and the talk about sourdough starters. "


def test_would_be_much_appreciated_is_plain_english() -> None:
    body = THANKS + "Any word on the timeline would be much appreciated."
    assert codes(body, "thank_you") == set()


def test_much_appreciated_alone_is_chatty() -> None:
    found = findings(THANKS + "Much appreciated!", "thank_you")
    assert ("informal", 5, "'Much appreciated' is chatty: 'thank you' reads as warm and stays "
            "professional") in found  # fmt: skip


@pytest.mark.parametrize(
    ("word", "plain"),
    [("lmk", "'please let me know'"), ("soz", "'sorry'"), ("tbf", "'to be fair'")],
)
def test_text_speak_is_informal_and_no_typo(word: str, plain: str) -> None:
    body = THANKS + f"The rye loaf was a highlight, {word}."
    found = findings(body, "thank_you")
    assert ("informal", 5, f"'{word}' is text-speak or slang: use {plain}") in found
    assert not [f for f in found if f[0] == "spelling"]


def test_a_stretched_word_is_informal_not_a_slip() -> None:
    found = findings(THANKS + "The rye loaf was sooo good.", "thank_you")
    assert ("informal", 5, "'sooo' is stretched for effect: write the word once, plainly") in found
    assert not [f for f in found if f[0] == "spelling"]


@pytest.mark.parametrize("closing", ["Lena xx", "Thanks, Lena x", "Lena Fischer xxx"])
def test_kisses_after_the_name(closing: str) -> None:
    text = f"Kind: thank_you\n\nDear Omar,\n\n{THANKS}\n\n{closing}\n"
    found = [(f.code.value, f.line, f.message) for f in lint([parse_note(text, "n.txt")])]
    kisses = [f for f in found if f[1] == 7]
    # One finding on the signature line, from the phrase rule (not the model
    # quoting the line as a sentence), and no spelling on the name.
    assert len(kisses) == 1
    assert kisses[0][0] == "informal"
    assert "kisses do not belong" in kisses[0][2]


@pytest.mark.parametrize("line", ["Section x of the plan", "Ward X"])
def test_an_x_inside_prose_is_no_kiss(line: str) -> None:
    text = f"Kind: thank_you\n\nDear Omar,\n\n{THANKS}We spoke about {line} too.\n\nBest,\nLena\n"
    found = [f.message for f in lint([parse_note(text, "n.txt")])]
    assert not [m for m in found if "kisses" in m]


@pytest.mark.parametrize(
    "body",
    [
        "You asked on Tuesday whether I had other offers: I have one, which I would set aside "
        "for this post.",
        "To answer your question about competing offers, I hold one from a firm in Leeds.",
    ],
)
def test_another_offer_given_because_they_asked_is_no_pressure(body: str) -> None:
    # The phrase rule stands down; the model still reads the sentence as a whole.
    assert not [m for _, _, m in findings(body) if m.startswith("leave out pressure")]


def test_another_offer_used_to_hurry_them_is_still_pressure() -> None:
    found = findings("I have another offer on the table, so I hope you can decide soon.")
    assert any(code == "negative" and "another offer" in message for code, _, message in found)
