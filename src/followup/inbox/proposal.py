"""An invitation's event as the interview it proposes: pure, for the candidate to confirm.

Company and role are guesses from the summary ("Contoso - Product Designer -
Portfolio review", "Interview: Sam Lee / Senior Data Analyst") and the
organizer's domain (northwind.example proposes Northwind); the candidate
confirms both. The interviewers are the attendees and the organizer, minus
the candidate's own addresses, rooms (already left out by the reader) and
no-reply senders of scheduling tools.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from followup.inbox.invites import Event, Person

# Mail services whose domain says nothing about the employer.
PUBLIC_DOMAINS = {
    "gmail.com",
    "googlemail.com",
    "google.com",
    "outlook.com",
    "hotmail.com",
    "live.com",
    "yahoo.com",
    "icloud.com",
    "me.com",
    "aol.com",
    "proton.me",
    "protonmail.com",
    "gmx.de",
    "gmx.net",
    "web.de",
    "yandex.ru",
    "mail.ru",
    "zoho.com",
}
# Second-level labels of country domains (co.uk, com.au): the name is the label before.
SECOND_LEVEL = {"co", "com", "org", "net", "ac", "gov", "ne", "or"}
NO_REPLY = re.compile(r"^(?:no-?reply|do-?not-?reply|notifications?|calendar|scheduling)\b", re.I)
SEPARATORS = re.compile(r"\s+[-–—|/:]\s+|:\s+|\s+/\s+|\s+(?:at|chez|bei|en)\s+")
INTERVIEW_WORDS = re.compile(
    r"^(?:(?:phone|video|onsite|on-site|final|first|second|technical|hr)\s+)?"
    r"(?:interview|entretien|vorstellungsgespräch|entrevista|colloquio|собеседование|"
    r"call|screening|chat|meeting|conversation)(?:\s+(?:with|for|avec|mit|con|для))?\s*",
    re.I,
)
STAGE_WORDS = re.compile(
    r"\b(?:review|round|screen(?:ing)?|call|chat|panel|debrief|interview|meeting|days?|"
    r"entretien|gespräch)\b",
    re.I,
)


@dataclass(frozen=True)
class Proposal:
    uid: str
    sequence: int
    company: str | None
    role: str | None
    start: datetime | date | None
    end: datetime | date | None
    timezone: str | None
    all_day: bool
    recurring: bool
    interviewers: tuple[Person, ...]
    location: str | None
    video_link: str | None


def company_from_domain(address: str | None) -> str | None:
    if not address or "@" not in address:
        return None
    domain = address.rpartition("@")[2].lower().strip(".")
    if domain in PUBLIC_DOMAINS:
        return None
    labels = [label for label in domain.split(".") if label]
    if len(labels) < 2:
        return None
    labels = labels[:-1]  # the top-level domain
    if len(labels) >= 2 and labels[-1] in SECOND_LEVEL:
        labels = labels[:-1]
    name = labels[-1]
    return name.replace("-", " ").title() if name else None


def _parts(summary: str) -> list[str]:
    # "Data Scientist (Fabrikam GmbH)": what is in brackets is a part of its own.
    bracketed = re.findall(r"\(([^()]+)\)", summary)
    plain = re.sub(r"\([^()]*\)", " - ", summary)
    parts = [p.strip(" -–—|:/") for p in (*SEPARATORS.split(plain), *bracketed)]
    return [p for p in parts if p]


def display_name(name: str | None) -> str | None:
    """Exchange's "Schmidt, Anna" as the name one writes: "Anna Schmidt"."""
    if name and name.count(",") == 1:
        last, first = (part.strip() for part in name.split(","))
        if last and first and " " not in last:
            return f"{first} {last}"
    return name


def guess(
    summary: str | None, organizer: str | None, own_names: tuple[str, ...] = ()
) -> tuple[str | None, str | None]:
    """(company, role) proposed from the summary and the organizer's address."""
    from_domain = company_from_domain(organizer)
    if not summary:
        return from_domain, None
    company: str | None = None
    role: str | None = None
    # A part that is only someone's name ("Entretien Claire / Sam") is no role.
    mine = {w.casefold() for n in own_names if n for w in (n, *n.split())}
    for raw in _parts(summary):
        part = INTERVIEW_WORDS.sub("", raw).strip()
        if not part or part.casefold() in mine:
            continue
        if company is None and from_domain and part.casefold().startswith(from_domain.casefold()):
            # "Fabrikam screening call" names the company, not all of it.
            company = from_domain if STAGE_WORDS.search(part) else part
            continue
        if role is None and not STAGE_WORDS.search(part) and part.casefold() not in mine:
            role = part
    return company or from_domain, role


def propose(
    event: Event, own_addresses: tuple[str, ...], own_names: tuple[str, ...] = ()
) -> Proposal:
    mine = {a.casefold() for a in own_addresses}
    people: list[Person] = []
    seen: set[str] = set()
    for person in (*event.attendees, *([event.organizer] if event.organizer else [])):
        key = person.email.casefold()
        if key in mine or key in seen or NO_REPLY.match(person.email):
            continue
        if person.name and person.name.casefold() in {n.casefold() for n in own_names}:
            continue
        seen.add(key)
        people.append(Person(name=display_name(person.name), email=person.email))
    organizer = event.organizer.email if event.organizer else None
    if organizer is None or NO_REPLY.match(organizer):
        organizer = next((p.email for p in people), None)
    names = (*own_names, *(p.name for p in (*event.attendees, *people) if p.name))
    company, role = guess(event.summary, organizer, names)
    return Proposal(
        uid=event.uid,
        sequence=event.sequence,
        company=company,
        role=role,
        start=event.start,
        end=event.end,
        timezone=event.timezone,
        all_day=event.all_day,
        recurring=event.recurring,
        interviewers=tuple(people),
        location=event.location,
        video_link=event.video_link,
    )


def name_from_address(address: str) -> str:
    """A name to propose for someone known only by address: olena.k@ -> Olena K."""
    local = address.partition("@")[0]
    words = [w for w in re.split(r"[._+-]+", local) if w and not w.isdigit()]
    return " ".join(w.capitalize() for w in words) or local
