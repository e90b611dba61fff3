"""`followup add INVITE.ics|MESSAGE.eml`: an interview from a calendar invitation.

The invitation proposes; the candidate confirms at prompts: company and
role (guessed from the summary and the organizer's domain), the zone, each
interviewer, and, for a recurring or all-day event, which moment is the
interview (never taken silently). The answers become the same mapping an
interview file holds, parsed by `interview_file.parse_interview`, so an
invitation passes exactly the checks a typed interview does. The event's
UID, location and video link are stored with it.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, available_timezones

import click

from followup.errors import InputError

if TYPE_CHECKING:
    from collections.abc import Sequence

    from followup.cli.shell import Shell
    from followup.etiquette.model import Interview
    from followup.inbox.proposal import Proposal
    from followup.interview_file import Defaults
    from followup.store.models import User

SUFFIXES = (".ics", ".eml")


def is_invitation_file(file: str) -> bool:
    return file.lower().endswith(SUFFIXES)


def proposal_of(file: str, own: tuple[str, ...], names: tuple[str, ...]) -> Proposal:
    from followup.cli.inbox import readings
    from followup.inbox.proposal import propose

    ((_, reading),) = readings((file,))
    if reading.kind == "cancel":
        raise InputError(file, "is a cancellation, not an invitation: nothing to add")
    if reading.kind != "invite" or not reading.events:
        raise InputError(
            file, f"holds no calendar invitation (it is {reading.kind.replace('_', ' ')})"
        )
    return propose(reading.events[0], own, names)


def _local(value: datetime | date | None, zone: str) -> str:
    if isinstance(value, datetime):
        return value.astimezone(ZoneInfo(zone)).strftime("%Y-%m-%d %H:%M")
    return ""


def ask_invitation(
    proposal: Proposal, defaults: Defaults, companies: Sequence[str], **io: Any
) -> dict[str, Any]:
    """The interview's mapping, each guess confirmed; `io` passes prompt_toolkit I/O (tests)."""
    import questionary

    from followup.cli.ask import MINUTES, _check, _minutes, _required, _zone, with_default
    from followup.inbox.proposal import name_from_address
    from followup.interview_file import parse_moment

    def text(message: str, **kwargs: Any) -> str:
        return str(questionary.text(message, **kwargs, **io).unsafe_ask()).strip()

    def confirm(message: str, default: bool = True) -> bool:
        return bool(questionary.confirm(message, default=default, **io).unsafe_ask())

    company = text("Company:", default=proposal.company or "", validate=_check(_required))
    role = text("Role:", default=proposal.role or "", validate=_check(_required))
    # Google and Zoom send UTC: the interview's own zone is then yours unless you say.
    proposed_zone = proposal.timezone if proposal.timezone not in (None, "UTC") else None
    zone = with_default(
        "Time zone of the interview:",
        proposed_zone or defaults.timezone,
        _zone,
        io,
        choices=sorted(available_timezones()),
    )
    start_text = _local(proposal.start, zone)
    minutes: int | None = None
    if isinstance(proposal.start, datetime) and isinstance(proposal.end, datetime):
        minutes = int((proposal.end - proposal.start).total_seconds() // 60)
    if proposal.all_day or not start_text:
        day = proposal.start.isoformat() if isinstance(proposal.start, date) else "the day"
        start_text = text(
            f"It is an all-day event ({day}): when does the interview start? "
            f"(e.g. {day} 09:00, in {zone})",
            validate=_check(lambda value: parse_moment(value, ZoneInfo(zone), "start")),
        )
        minutes = None
    elif proposal.recurring and not confirm(
        f"It repeats. Is its first occurrence, {start_text} ({zone}), the interview?",
        default=False,
    ):
        start_text = text(
            f"When is the interview? (e.g. {start_text}, in {zone})",
            default=start_text,
            validate=_check(lambda value: parse_moment(value, ZoneInfo(zone), "start")),
        )
    if minutes is None or not MINUTES[0] <= minutes <= MINUTES[1]:
        minutes = int(
            with_default(
                f"How long is it, in minutes? ({MINUTES[0]} to {MINUTES[1]})", "60", _minutes, io
            )
        )
    people: list[dict[str, Any]] = []
    for person in proposal.interviewers:
        shown = f"{person.name} <{person.email}>" if person.name else person.email
        if not confirm(f"Is {shown} an interviewer?"):
            continue
        name = person.name or text(
            f"Name of {person.email}:",
            default=name_from_address(person.email),
            validate=_check(_required),
        )
        people.append({"name": name, "email": person.email})
    if not people:
        name = text("Interviewer's name:", validate=_check(_required))
        people.append({"name": name})
    if len(people) > 1:
        contact = questionary.select(
            "Who is your contact, the person to check in with?",
            choices=[p["name"] for p in people],
            **io,
        ).unsafe_ask()
        for person_map in people:
            person_map["contact"] = person_map["name"] == contact
    start = parse_moment(start_text, ZoneInfo(zone), "start")
    return {
        "company": company,
        "role": role,
        "start": start,
        "end": (start.astimezone(UTC) + timedelta(minutes=minutes)).astimezone(start.tzinfo),
        "timezone": zone,
        "interviewers": people,
    }


def store_invitation(
    user: User, interview: Interview, proposal: Proposal, now: datetime | None = None
) -> int:
    from followup.store import services

    services.check_new_contacts(interview, services.policy_of(user), now or datetime.now(UTC))
    new_id = services.add(user, interview)
    services.keep_invitation(
        user,
        new_id,
        uid=proposal.uid,
        sequence=proposal.sequence,
        location=proposal.location,
        video_link=proposal.video_link,
    )
    # The inbox's proposal to add this invitation, if any, is answered.
    from followup.delivery.boot import setup as delivery_setup
    from followup.delivery.proposals import settle_added

    delivery_setup()  # the notices' table, in a store made before delivery
    settle_added(user, proposal.uid)
    return new_id


def add_invitation(shell: Shell, file: str, as_json: bool) -> None:
    """`followup add FILE` for an .ics or .eml: see the module's docstring."""
    from followup import config
    from followup.cli.ask import require_terminal
    from followup.cli.shell import emit
    from followup.config import defaults_from
    from followup.interview_file import parse_interview
    from followup.store import services

    if not Path(file).exists():
        raise InputError(file, "cannot be read (No such file or directory)")
    user = shell.user
    settings = services.settings_of(user)
    proposal = proposal_of(file, *config.yourself(settings))
    already = services.invitation_added(user, proposal.uid)
    if already is not None:
        raise InputError(file, f"this invitation was already added, as interview {already}")
    require_terminal(
        "FILE",
        "an invitation's company, role and people are confirmed at prompts: run it in a terminal",
    )
    defaults = defaults_from(settings)
    mapping = ask_invitation(proposal, defaults, services.companies_of(user))
    interview = parse_interview(mapping, defaults)
    new_id = store_invitation(user, interview, proposal, shell.now())
    if as_json:
        emit({"id": new_id})
        return
    click.echo(f"Added interview {new_id}: {interview.role} at {interview.company}.")
    for label, value in (("Where", proposal.location), ("Video", proposal.video_link)):
        if value:
            click.echo(f"{label}: {value}")
    shell.say_next(new_id)
    click.echo(f"See the whole plan with: followup show {new_id}")
