"""Questions on the terminal (questionary, on prompt_toolkit): arrow keys, defaults,
validation as you type.

The answers are gathered into the same mapping an interview file holds and
parsed by `interview_file.parse_interview`, so typed and filed interviews
pass exactly the same checks.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from typing import Any
from zoneinfo import ZoneInfo, available_timezones

from followup.errors import InputError
from followup.etiquette.model import Debrief, Interview, slug
from followup.fields import digits
from followup.interview_file import Defaults, parse_email, parse_interview, parse_moment


def is_terminal() -> bool:
    return sys.stdin.isatty() and sys.stdout.isatty()


def require_terminal(field: str, message: str) -> None:
    if not is_terminal():
        raise InputError(field, message)


def _check(parse: Callable[[str], Any]) -> Callable[[str], bool | str]:
    """A questionary validator from one of our parsers: True, or the error sentence."""

    def validate(text: str) -> bool | str:
        try:
            parse(text)
        except InputError as exc:
            return exc.message.partition(": ")[2] or exc.message
        return True

    return validate


def _required(text: str) -> None:
    if not text.strip():
        raise InputError("", "this one is needed")


# An interview lasts from a short screening call to a full on-site day.
MINUTES = (5, 720)


def _minutes(text: str) -> None:
    if not digits(text.strip(), 6):
        raise InputError("", "a number of minutes, such as 60")
    low, high = MINUTES
    if not low <= int(text) <= high:
        raise InputError(
            "", f"{int(text)} minutes is not an interview's length; give {low} to {high}"
        )


def _country(text: str) -> None:
    from followup.config import all_settings

    all_settings()["country"].parse(text)  # a name ("Canada") or a code


def _subdivision(country: str, text: str) -> None:
    from followup.etiquette.businessdays import BusinessCalendar, UnknownRegion
    from followup.places import country_code, subdivision_code

    if not text.strip():
        return
    code = country_code(country) or country.strip().upper()
    try:
        BusinessCalendar(code, subdivision_code(code, text) or text.strip().upper())
    except UnknownRegion as exc:
        raise InputError("", str(exc)) from None


def _zone(text: str) -> None:
    from followup.interview_file import parse_zone

    parse_zone(text)


def _email(text: str) -> None:
    parse_email(text, "email")


NONE = "-"


def with_default(
    question: str,
    default: str,
    parse: Callable[[str], Any],
    io: dict[str, Any],
    *,
    choices: Sequence[str] | None = None,
    clearable: bool = False,
) -> str:
    """Ask `question`, its default shown in brackets: Enter takes it, typing replaces it.

    A default laid in the answer as editable text was appended to by whoever
    typed a zone ("America/New_YorkEurope/London", issue 16's review).
    `clearable`: a lone "-" answers "none" (an optional answer with a default).
    """
    import questionary

    hint = f" [{default}]" if default else ""
    if clearable and default:
        hint = f" [{default}; {NONE} for none]"
    message = f"{question.removesuffix(':')}{hint}:"

    def check(text: str) -> None:
        if text.strip() and not (clearable and text.strip() == NONE):
            parse(text)

    if choices is None:
        prompt = questionary.text(message, validate=_check(check), **io)
    else:
        prompt = questionary.autocomplete(
            message, choices=list(choices), validate=_check(check), **io
        )
    answer = str(prompt.unsafe_ask()).strip()
    if clearable and answer == NONE:
        return ""
    return answer or default


def _yes_no(message: str, io: dict[str, Any]) -> bool:
    """A (y/N) question that waits for Enter like every other prompt.

    questionary's confirm takes a lone "y" or "n" at once (auto_enter), so the
    Enter typed after it, as after every other answer, submitted the next
    question empty (issue 16).
    """
    import questionary

    return bool(questionary.confirm(message, default=False, auto_enter=False, **io).unsafe_ask())


def ask_interview(
    defaults: Defaults, companies: Sequence[str], *, zone_note: str | None = None, **io: Any
) -> Interview:
    """Ask for an interview's facts; `io` passes prompt_toolkit input/output (tests).

    `zone_note`: said once, just before the zone is asked, when the zone offered
    is the machine's rather than one you chose (`config.machine_zone_note`).
    """
    import click
    import questionary

    def text(message: str, **kwargs: Any) -> str:
        return str(questionary.text(message, **kwargs, **io).unsafe_ask())

    if companies:  # questionary's autocomplete needs at least one choice
        company = str(
            questionary.autocomplete(
                "Company:", choices=list(companies), validate=_check(_required), **io
            ).unsafe_ask()
        )
    else:
        company = text("Company:", validate=_check(_required))
    role = text("Role:", validate=_check(_required))
    # The zone first, so the start can be read (and checked) in it.
    if zone_note:
        click.echo(f"Note: the zone offered is {zone_note}.")
    zone = with_default(
        "Time zone of the interview:",
        defaults.timezone,
        _zone,
        io,
        choices=sorted(available_timezones()),
    )
    start = text(
        f"When does it start? (e.g. 2026-11-17 14:00, in {zone})",
        validate=_check(lambda value: parse_moment(value, ZoneInfo(zone), "start")),
    )
    minutes = with_default(
        f"How long is it, in minutes? ({MINUTES[0]} to {MINUTES[1]})", "60", _minutes, io
    )
    # The zone's own country first: a Toronto interview keeps Canada's holidays,
    # whatever your settings say (issue 16); your state only with your country.
    from followup.places import country_code, zone_country

    country = with_default(
        "Country for public holidays (a name or ISO code):",
        zone_country(zone) or defaults.country,
        _country,
        io,
    )
    own = country_code(country) == country_code(defaults.country)
    subdivision = with_default(
        "State or province (optional):",
        (defaults.subdivision or "") if own else "",
        lambda value: _subdivision(country, value),
        io,
        clearable=True,
    )

    people: list[dict[str, Any]] = []
    while True:
        taken = {slug(p["name"]) for p in people}

        def new_name(value: str, taken: set[str] = taken) -> None:
            _required(value)
            if slug(value) in taken:
                raise InputError("", "already listed")

        n = len(people) + 1
        name = text(f"Interviewer {n}, name:", validate=_check(new_name))
        title = text(f"{name}'s title (optional):")
        email = text(f"{name}'s email (optional):", validate=_check(_email))
        phone = text(f"{name}'s phone (optional):")
        topics = text(f"What did you discuss with {name}? (comma-separated, optional)")
        people.append(
            {
                "name": name,
                "title": title or None,
                "email": email or None,
                "phone": phone or None,
                "topics": [t.strip() for t in topics.split(",") if t.strip()],
            }
        )
        if not _yes_no("Add another interviewer?", io):
            break
    if len(people) > 1:
        contact = questionary.select(
            "Who is your contact, the person to check in with?",
            choices=[p["name"] for p in people],
            **io,
        ).unsafe_ask()
        for person in people:
            person["contact"] = person["name"] == contact
    next_step = text("What did they say about next steps? (optional)")
    references = _yes_no("Did they ask for references?", io)

    start_time = parse_moment(start, ZoneInfo(zone), "start")
    from datetime import UTC, timedelta

    mapping: dict[str, Any] = {
        "company": company,
        "role": role,
        "start": start_time,
        # Elapsed minutes, even across a change of the clocks.
        "end": (start_time.astimezone(UTC) + timedelta(minutes=int(minutes))).astimezone(
            start_time.tzinfo
        ),
        "timezone": zone,
        "country": country,
        "subdivision": subdivision or None,
        "interviewers": people,
        "next_step": next_step or None,
        "references_requested": bool(references),
    }
    return parse_interview(mapping, defaults)


def ask_debrief(
    current: Debrief, questions: Sequence[tuple[str, str]], **io: Any
) -> dict[str, str]:
    import questionary

    answers = {}
    for key, question in questions:
        answers[key] = str(
            questionary.text(
                question, default=getattr(current, key) or "", multiline=False, **io
            ).unsafe_ask()
        )
    return answers


def ask_reply_words(**io: Any) -> str:
    """Their words about next steps, for `followup reply` given neither --says nor a day."""
    import questionary

    return str(
        questionary.text(
            "What did they say about next steps? (their words, e.g. Still deciding, "
            "check back next week)",
            validate=_check(_required),
            **io,
        ).unsafe_ask()
    ).strip()
