"""The settings in the candidate's words: what each setting is for, grouped.

Settings are stored by name ("policy.check_in_grace_business_days"); the web's
settings page says what each one changes, in sections a candidate recognises,
with the rule book's numbers folded under "Advanced", each citing the articles
behind it, and `followup config` describes the numbers in the same words.
"""

from __future__ import annotations

from typing import Final, NamedTuple

from followup.etiquette.sources import ALL as SOURCES


class Wording(NamedTuple):
    label: str
    help: str


# The settings a candidate sets, by section (their order on the page).
SECTIONS: Final = (
    (
        "you",
        "You",
        "How your notes are signed and sent.",
        {
            "name": Wording("Your name", "Signs your notes."),
            "email": Wording("Your email address", "The sender of your notes."),
            "phone": Wording("Your phone number", "Read out in the voicemail script."),
            "signature": Wording(
                "How you sign off", "The lines that close your notes (type \\n for a new line)."
            ),
            "words": Wording(
                "Words of your trade",
                "Words the spelling check should accept, separated by spaces or commas.",
            ),
        },
    ),
    (
        "place",
        "Your calendar and country",
        "New interviews start from these; each interview keeps its own.",
        {
            "timezone": Wording(
                "Your time zone",
                "The agenda's 'today' is counted in it, e.g. America/Toronto (a city name "
                "gets its zone suggested).",
            ),
            "country": Wording(
                "Your country", "Whose public holidays are not working days: Canada or CA."
            ),
            "subdivision": Wording(
                "State or province", "Its own holidays too, e.g. Ontario or ON; empty for none."
            ),
        },
    ),
    (
        "timing",
        "Timing rules",
        "When each follow-up opens. Changing them recomputes every plan.",
        {
            "policy": Wording(
                "The rule book",
                "Default, or reserved: the thank-you waits until a silent week has passed.",
            ),
            "nudge_below": Wording(
                "Keep other applications going",
                "The agenda nudges you while fewer than this many are active (0: never).",
            ),
        },
    ),
)


class Number(NamedTuple):
    label: str
    changes: str
    # Source ids, or () for a choice of ours where the rule book is silent.
    sources: tuple[str, ...]


# The rule book's numbers (etiquette/policy.py), each in plain words.
NUMBERS: Final = {
    "prepare_hours_before": Number(
        "Prepare from, hours before", "When the reminder to prepare opens.", ("S4", "S2", "S3")
    ),
    "debrief_hours": Number(
        "Debrief within, hours", "How soon after the end you write down how it went.", ("S4",)
    ),
    "references_due": Number(
        "References by, on the day",
        "When they ask for references: the time that day by which to send them.",
        ("S1",),
    ),
    "thank_you_hours": Number(
        "Thank-you within, hours",
        "How long after the interview each thank-you note is due.",
        ("S0", "S2", "S3", "S4"),
    ),
    "thank_you_delay_days": Number(
        "Wait before thanking, days",
        "Days of silence before the thank-you may go (the reserved rule book waits 7).",
        ("S1",),
    ),
    "thank_you_expires_days": Number(
        "A thank-you expires after, days",
        "Days after its due time that an unsent thank-you is dropped: too late to stand "
        "alone, your check-in thanks them instead.",
        (),
    ),
    "check_in_grace_business_days": Number(
        "Grace after their date, working days",
        "Working days you let pass after the day they said they would decide, before checking in.",
        ("S4", "S0"),
    ),
    "few_days_check_in_days": Number(
        "After 'a few days', days",
        "When they said 'a few days': how long after the interview you check in.",
        ("S4",),
    ),
    "default_check_in_days": Number(
        "When they gave no date, days",
        "When they named no day or timeframe: how long after the interview you check in.",
        ("S4", "S2"),
    ),
    "check_in_window_business_days": Number(
        "Time to send the check-in, working days",
        "How long the check-in stays open once it may go.",
        ("S0", "S2", "S4"),
    ),
    "call_after_check_in_hours": Number(
        "Call after no answer, hours",
        "How long after an unanswered check-in the one phone call opens.",
        ("S1", "S0"),
    ),
    "call_window_business_days": Number(
        "Time to make the call, working days", "How long the phone call stays open.", ("S1", "S0")
    ),
    "move_on_days_after_interview": Number(
        "Move on, days after the interview",
        "The earliest the reminder to stop waiting comes, counted from the interview.",
        ("S4", "S0"),
    ),
    "move_on_days_after_check_in": Number(
        "Move on, days after the check-in",
        "The earliest it comes, counted from when the check-in could first go.",
        ("S4", "S0"),
    ),
    "move_on_listed_days": Number(
        "Move-on reminder shown for, days",
        "How long the reminder to move on stays on the agenda.",
        (),
    ),
    "bridge_window_business_days": Number(
        "Bridge note after a no, working days",
        "Time to send a gracious note after a rejection.",
        ("S3",),
    ),
    "withdrawal_window_business_days": Number(
        "Thanks after withdrawing, working days",
        "Time to thank them when you withdraw (the same as the bridge note).",
        (),
    ),
    "stay_in_touch_days": Number(
        "Stay in touch every, days",
        "After a bridge note, how often a keep-in-touch note is suggested.",
        ("S3",),
    ),
    "stay_in_touch_window_days": Number(
        "Time to send each keep-in-touch note, days",
        "How long each keep-in-touch note stays open.",
        ("S3",),
    ),
    "stay_in_touch_max": Number(
        "Keep-in-touch notes, at most", "When to stop suggesting them (4 is a year's worth).", ()
    ),
    "day_opens": Number(
        "Working day opens at", "The time of day each window opens (office hours).", ()
    ),
    "day_closes": Number(
        "Working day closes at", "The time of day a window that ends on a day closes.", ()
    ),
}


def cited(ids: tuple[str, ...]) -> str:
    """'Source: How to Master Interview Follow-Up (S4).' or our own choice, said so."""
    if not ids:
        return "Our choice: the rule book is silent on it."
    titles = "; ".join(f"{SOURCES[i].title} ({i})" for i in ids)
    return f"Source{'s' if len(ids) > 1 else ''}: {titles}."
