"""Whole notes in the style of published samples (issue 12, round ten).

The blind judge of issue 12 is a set of real published sample thank-you and
check-in notes (career centres, recruiters, career sites, UK and US). What
such notes hold must lint clean: "Hi Tom," and "Thanks so much for ...",
"Best," / "Many thanks," / "Warmest regards," sign-offs, a name alone with
no sign-off line, signatures with a title, phone, address, LinkedIn link or
letters after the name (RN, CPA, MRICS, FCA), "Respected Madam," in Indian
English, a "Subject:" line, bullet lists, a P.S., next steps and timelines,
a second interview, an attached portfolio.

`tests/lint_published_style/` holds 40 such notes written for this project
in our own words (none copied from a published sample, none from a held-out
set); every one must lint clean. The sentences below test each round-ten
fix on its own, and were written for this file.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from followup.writing.lint import Code, lint
from followup.writing.note import parse_note
from followup.writing.spelling import speller

FOLDER = Path(__file__).parent / "lint_published_style"


def codes(text: str, name: str = "note.txt") -> list[tuple[str, str]]:
    return [(f.code.value, f.message) for f in lint([parse_note(text, name)])]


def note(body: str, kind: str = "thank_you") -> str:
    return f"Kind: {kind}\n\nDear Ms Lindqvist,\n\n{body}\n\nKind regards,\nTomasz Wróbel\n"


def test_the_set_is_whole() -> None:
    expected = yaml.safe_load((FOLDER / "expected.yaml").read_text("utf-8"))
    assert len(expected) == 40
    assert all(value == [] for value in expected.values())
    assert {p.name for p in FOLDER.glob("*.txt")} == set(expected)


@pytest.mark.parametrize("name", sorted(p.name for p in FOLDER.glob("*.txt")))
def test_a_published_style_note_lints_clean(name: str) -> None:
    found = codes((FOLDER / name).read_text("utf-8"), name)
    assert found == [], found


# --- informal: "Thanks so much" is warm, not chatty ----------------------------


def test_thanks_so_much_opening_a_note_is_warm() -> None:
    found = codes(
        note("Thanks so much for walking me through the depot's new cross-dock layout on Monday.")
    )
    assert Code.INFORMAL.value not in {c for c, _ in found}, found


def test_thanks_a_ton_is_still_chatty() -> None:
    found = codes(note("Thanks a ton for walking me through the depot's cross-dock layout."))
    assert Code.INFORMAL.value in {c for c, _ in found}, found


# --- a subject line written into the body ---------------------------------------


@pytest.mark.parametrize("subject", ["Subject line: Thank you for Tuesday", "Re: Our interview"])
def test_a_subject_line_in_the_body_comes_before_the_greeting(subject: str) -> None:
    text = (
        f"{subject}\n\nDear Ms Lindqvist,\n\nThank you for explaining how the depot plans "
        "its night deliveries around the new cross-dock.\n\nKind regards,\nTomasz Wróbel\n"
    )
    assert codes(text) == []


# --- names that open a sentence ---------------------------------------------------


def test_a_possessive_opening_a_sentence_is_a_name() -> None:
    # "Zillow" is a letter from "pillow"; a slip seldom takes an apostrophe s.
    found = codes(note("Zillow's approach to listing photos came up twice in the interview."))
    assert found == [], found


def test_the_subjects_title_case_words_are_names() -> None:
    text = (
        "Subject: Thank you - Planner interview at Zillow\n\nDear Ms Lindqvist,\n\n"
        "Zillow has grown its depot network fast, and I enjoyed hearing how you schedule "
        "the vans.\n\nKind regards,\nTomasz Wróbel\n"
    )
    assert codes(text) == []


def test_a_typo_opening_a_sentence_is_still_caught() -> None:
    found = codes(note("Thnak you for explaining how the depot schedules its vans."))
    assert any(c == Code.SPELLING.value and "'Thank'" in m for c, m in found), found


def test_an_unknown_interjection_still_reads_as_casual() -> None:
    found = codes(note("Woohoo, I'm thrilled to accept the planner role!", "stay_in_touch"))
    assert Code.INFORMAL.value in {c for c, _ in found}, found


# --- asking where the process stands, not for the verdict -----------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "I am writing to enquire about the status of my application.",
        "Could you update me on the status of my job application?",
    ],
)
def test_the_status_of_the_application_is_the_process(sentence: str) -> None:
    found = codes(note(sentence, "check_in"))
    assert Code.ASKS_OUTCOME.value not in {c for c, _ in found}, found


@pytest.mark.parametrize(
    "sentence",
    [
        "Could you let me know when I might hear back?",
        "Would you let me know when you expect to decide on the planner post?",
    ],
)
def test_asking_when_is_the_timeline(sentence: str) -> None:
    found = codes(note(sentence, "check_in"))
    assert Code.ASKS_OUTCOME.value not in {c for c, _ in found}, found


@pytest.mark.parametrize(
    "sentence",
    [
        "When will I know if I got the planner post?",
        "When you have a moment, could you tell me whether the panel thought my interview "
        "was strong enough?",
    ],
)
def test_asking_when_with_the_verdict_still_asks_the_outcome(sentence: str) -> None:
    found = codes(note(sentence, "check_in"))
    assert Code.ASKS_OUTCOME.value in {c for c, _ in found}, found


@pytest.mark.parametrize(
    "sentence",
    [
        "May I know the status of my application and whether I have been shortlisted?",
        "Could you tell me the status of my application, whether positive or negative?",
    ],
)
def test_the_status_with_the_verdict_still_asks_the_outcome(sentence: str) -> None:
    found = codes(note(sentence, "check_in"))
    assert Code.ASKS_OUTCOME.value in {c for c, _ in found}, found


def test_saying_one_was_chosen_is_news_not_a_question() -> None:
    found = codes(
        note(
            "Thank you for the offer of the planner post. I am honoured to have been "
            "selected, and I accept.",
            "stay_in_touch",
        )
    )
    assert Code.ASKS_OUTCOME.value not in {c for c, _ in found}, found


# --- courtesy openings in other Englishes -----------------------------------------


@pytest.mark.parametrize(
    "opening", ["Good day sir.", "Good morning, madam.", "I trust this mail finds you well."]
)
def test_a_courtesy_opening_is_not_casual(opening: str) -> None:
    found = codes(
        note(f"{opening} Thank you for the interview for the stores planner post on Monday.")
    )
    assert Code.INFORMAL.value not in {c for c, _ in found}, found


# --- the writer's own "asap" ------------------------------------------------------


def test_asap_for_the_writers_own_step_to_them_is_not_pressure() -> None:
    found = codes(
        note("Please send the contract and I'll get it back to you asap.", "stay_in_touch")
    )
    kinds = {c for c, _ in found}
    assert Code.NEGATIVE.value not in kinds and Code.INFORMAL.value in kinds, found


def test_asap_handed_back_to_them_is_pressure() -> None:
    found = codes(note("I can start once you confirm asap.", "check_in"))
    assert Code.NEGATIVE.value in {c for c, _ in found}, found


# --- spelling: trade words and regular forms --------------------------------------


def test_a_regular_form_of_a_common_stem_is_a_word() -> None:
    # "proning" (a patient turned onto the front) is "prone" + "ing", not "proving".
    assert speller().known("proning")


@pytest.mark.parametrize("slip", ["begining", "truely", "comming", "stoped", "occuring"])
def test_a_mangled_form_of_its_own_word_is_still_a_slip(slip: str) -> None:
    assert not speller().known(slip)


def test_a_trade_word_two_consonants_from_a_common_one_is_not_a_slip() -> None:
    # "hedione" (a perfumer's molecule) is two edits from "heroine", with a consonant changed.
    found = codes(note("Your account of how the hedione level changed the third trial was vivid."))
    assert Code.SPELLING.value not in {c for c, _ in found}, found


@pytest.mark.parametrize(
    ("slip", "meant"),
    [("greatful", "grateful"), ("desicion", "decision"), ("comitee", "committee")],
)
def test_a_two_edit_slip_keeps_its_consonants(slip: str, meant: str) -> None:
    assert speller().two_edits(slip) == meant


def test_a_lean_manufacturing_term_is_a_word() -> None:
    # "poka-yoke": "poka" is a letter from "poke" (known_words.txt). The tone
    # model still reads this sentence as casual: not fixed on the rules side.
    found = codes(note("I liked the kaizen boards and the poka-yoke fixtures on line two."))
    assert Code.SPELLING.value not in {c for c, _ in found}, found


# --- signatures: a P.S. after the name, the "--" delimiter -------------------------

BODY = (
    "Dear Mr Achterberg,\n\nThank you for showing me the greenhouse and for explaining how "
    "the team schedules the tomato harvest around the LED lighting trials.\n"
)


def test_a_name_alone_above_a_postscript_is_the_signature() -> None:
    text = BODY + "\nFemke de Vries\n\nP.S. I have attached the grafting notes I mentioned.\n"
    assert codes(text) == []


def test_the_email_signature_delimiter_starts_the_signature() -> None:
    assert codes(BODY + "--\nFemke de Vries\nGrower, Westland\n") == []


@pytest.mark.parametrize("close", ["Best regards,\nFemke de Vries\n", "Femke de Vries\n"])
def test_a_slip_in_the_postscript_is_still_caught(close: str) -> None:
    text = BODY + f"\n{close}\nP.S. Thnak you again for the tomatoes from the trial rows.\n"
    found = codes(text)
    assert any(c == Code.SPELLING.value and "'Thank'" in m for c, m in found), found


def test_an_exclaimed_greeting_can_share_its_line_with_the_first_sentence() -> None:
    text = (
        "Hi Tom! Thanks so much for the chat about the Store Manager role and for walking me "
        "through the new stockroom layout.\n\nBest,\nGrace\n"
    )
    assert codes(text) == []


def test_mild_swearing_is_casual_not_a_complaint() -> None:
    found = codes(note("The drone survey demo was damn impressive, and the kit was even better."))
    kinds = {c for c, _ in found}
    assert Code.INFORMAL.value in kinds and Code.NEGATIVE.value not in kinds, found


@pytest.mark.parametrize(
    "sentence",
    [
        "Could I start on the 10th rather than the 3rd, if that suits the rota?",
        "May I ask whether I should bring my own hi-vis jacket before starting?",
    ],
)
def test_a_question_of_how_to_start_is_not_asking_the_outcome(sentence: str) -> None:
    text = note(f"Thank you for the offer of the planner post, which I accept. {sentence}")
    found = codes(text.replace("Kind: thank_you", "Kind: stay_in_touch"))
    assert Code.ASKS_OUTCOME.value not in {c for c, _ in found}, found


def test_a_start_question_that_asks_the_verdict_still_does() -> None:
    found = codes(note("When would I start, if I have been selected for the post?", "check_in"))
    assert Code.ASKS_OUTCOME.value in {c for c, _ in found}, found
