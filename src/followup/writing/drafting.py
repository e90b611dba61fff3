"""Drafts for the plan's open actions, written from the interview record.

`drafts(interview, plan)` is pure and deterministic: the same record and plan
give the same words. The wording lives in `templates/` (one subject and one
body template per kind of message, Jinja2, plain text); this module only
chooses the facts each message should carry:

1. For each open action that needs words (see `kinds.FOR_ACTION`), gather
   the facts: the person, the company and role, the topics discussed with
   that person, the strengths that fit those topics, and the debrief notes
   (turned to speak to the company by `voice`). Before the interview has
   ended, only what may be said before it is drafted; a `Notice` names the rest.
2. Spread what is shared across the panel: each interviewer gets the
   strengths closest to their topics, rotated so neighbours differ; what the
   candidate forgot to say and what stood out go to one interviewer each,
   preferring one the file says nothing else about.
3. Render, and while a note is over its word limit, leave out the longest
   optional fact (what stood out, what was forgotten, a second strength or
   topic) and render again. A fact too long to quote is left out at once.
   A thank-you that names nothing of its reader, by the linter's own
   `generic` test, asks them one question about the role instead.
4. Say which missing facts and settings would make the drafts better (`Hint`).

Thank-you sentences come in several forms, spread across the panel by
`shapes`, so notes to one panel differ in wording as well as in facts.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined

from followup.etiquette.history import read_history
from followup.etiquette.model import (
    Action,
    Channel,
    Interview,
    Interviewer,
    OutcomeKind,
    Plan,
    Status,
)
from followup.etiquette.planner import NAMES_A_DAY, Timeframe, long_date
from followup.writing.budget import LATE_DRAFT, OutOfTime, never
from followup.writing.debrief import forgot_line, stood_out_line, topic_kind, went_well_lines
from followup.writing.grammar import (
    TOPIC_LEADS,
    _article,
    as_sentence,
    continue_lower,
    fragment,
    strength_clause,
    strength_kind,
    topic_phrase,
)
from followup.writing.kinds import FOR_ACTION, LABEL, WORD_LIMIT, NoteKind
from followup.writing.lint import is_generic, stock_words
from followup.writing.note import Note, parse_note
from followup.writing.text import HONORIFICS, count_words, fold, same_stem, tokens, words
from followup.writing.text import greeting_name as greeting_for
from followup.writing.voice import to_reader, without_lead

__all__ = ["Draft", "Drafts", "Hint", "Notice", "Sender", "drafts"]
__all__ += ["as_sentence", "continue_lower", "fragment", "strength_clause", "strength_kind"]


@dataclass(frozen=True)
class Draft:
    action_id: str
    kind: NoteKind
    to: str | None
    email: str | None
    subject: str
    body: str
    # Why the draft cannot be sent as it stands (no references on file), or None.
    # Not part of the JSON shape: the body says it too.
    missing: str | None = None
    # The other actions this one message carries: two messages to one person
    # that fall on the same day go as one (a late thank-you in the check-in).
    covers: tuple[str, ...] = ()
    # A postal letter's date and address lines, printed above the greeting
    # (the body itself opens with it, as the linter reads every note).
    heading: str | None = None
    # True for a placeholder: the time budget ran out before it was written
    # (its body says so, `budget.LATE_DRAFT`). Not part of the JSON shape.
    late: bool = False

    @property
    def carries(self) -> str | None:
        """'One message, not two on one day: it carries your thank-you note too.'"""
        if not self.covers:
            return None
        kinds = []
        for action_id in self.covers:
            kind = NoteKind(action_id.partition(":")[0])
            kinds.append(f"your {LABEL[kind][0].lower()}{LABEL[kind][1:]}")
        return (
            f"One message, not two on one day: it carries {_and(kinds)} to {self.to} as well, "
            "and sending it counts for both."
        )

    @property
    def needs(self) -> str | None:
        """What the candidate must fill in before this draft can be sent, or None."""
        return needs_input(self.body)

    def as_dict(self) -> dict[str, Any]:
        return {
            "action_id": self.action_id,
            "kind": self.kind.value,
            "to": self.to,
            "email": self.email,
            "subject": self.subject,
            "body": self.body,
            # False while the body holds a bracketed gap for the candidate to fill.
            "ready": self.needs is None,
            "needs": self.needs,
            "covers": list(self.covers),
            "heading": self.heading,
        }

    def as_note(self) -> Note:
        """The draft as the linter reads it: its note file, parsed."""
        return parse_note(self.note_text(), self.action_id)

    @property
    def header_to(self) -> str | None:
        if self.to and self.email:
            return f"{self.to} <{self.email}>"
        return self.to or self.email

    def note_text(self) -> str:
        """The draft as a note file that `followup lint` reads back."""
        header = [f"To: {self.header_to}"] if self.header_to else []
        # A letter has no subject line.
        header += [f"Subject: {self.subject}"] if self.subject else []
        header += [f"Kind: {self.kind.value}"]
        return "\n".join([*header, "", self.body.rstrip("\n")]) + "\n"


@dataclass(frozen=True, order=True)
class Hint:
    """A fact missing from the interview file that would improve the drafts."""

    field: str
    message: str

    def as_dict(self) -> dict[str, str]:
        return {"field": self.field, "message": self.message}


@dataclass(frozen=True)
class Notice:
    """Messages of the plan not drafted yet, and why."""

    action_ids: tuple[str, ...]
    message: str
    # When they will be drafted: the end of the interview.
    not_before: datetime

    def as_dict(self) -> dict[str, Any]:
        return {
            "action_ids": list(self.action_ids),
            "message": self.message,
            "not_before": self.not_before.isoformat(),
        }


@dataclass(frozen=True)
class Drafts:
    drafts: tuple[Draft, ...]
    hints: tuple[Hint, ...]
    notices: tuple[Notice, ...] = ()


# Sentence forms of each part of a note: how many its template has, and a
# step that shifts the cycle each time it wraps round. The reader at place v
# of the panel takes form (seed + v + (v // count) * step) % count, where the
# seed comes from the interview (`seed_of`), so two interviews of one week
# start from different forms. These steps, found by trying every
# combination, keep any two notes of a panel of up to six from sharing the
# form of more than two of their eight parts (of up to eight: three).
SHAPES: dict[str, tuple[int, int]] = {
    "opening": (8, 0),
    "about": (3, 0),
    "strength": (3, 0),
    "closing": (5, 3),
    "sign_off": (3, 1),
    "subject": (3, 2),
    "forgot": (5, 3),
    "stood_out": (3, 2),
    "went_well": (2, 1),
    # The check-in's paragraphs (one reader: no step needed).
    "open": (3, 0),
    "middle": (3, 0),
    "close": (3, 0),
    # The question a thank-you asks when nothing on file names its reader.
    "question": (6, 0),
    # A strength said apart from an unrelated topic: one form per reader of a panel of six.
    "apart": (6, 0),
}


def seed_of(interview: Interview) -> int:
    """A number fixed by the interview, so its drafts choose the same forms every time."""
    key = f"{interview.company}|{interview.role}|{interview.start.isoformat()}"
    return zlib.crc32(key.encode("utf-8"))


def shapes(v: int, seed: int = 0) -> dict[str, int]:
    """The sentence form of each part for the reader at place `v` of the panel."""
    # The seed has 32 bits: the parts past the tenth wrap round to its low
    # bits (shifted 33 places, the check-in's close was always its first form).
    return {
        part: ((seed >> (3 * k % 30)) + v + (v // count) * step) % count
        for k, (part, (count, step)) in enumerate(SHAPES.items())
    }


# Facts a note over its word limit can do without, longest first; the one
# strength goes last, and the first topic never (it is what makes the note
# specific to its reader).
OPTIONAL = ("stood_out", "forgot", "went_well", "side_line", "strength_2", "topic_2")
# A free-text fact longer than this is not quoted in a note at all: a
# thank-you carries one or two sentences of it, not a paragraph.
FACT_WORDS = 40
# Where each droppable fact comes from in the interview file, and what it is.
FACT_FIELDS = {
    "stood_out": ("debrief.stood_out", "what stood out"),
    "went_well": ("debrief.went_well", "what went well"),
    "side_line": ("interviewers[{i}].topics", "a practical topic"),
    "forgot": ("debrief.forgot_to_mention", "what you forgot to mention"),
    "strength_1": ("strengths", "your strength"),
    "strength_2": ("strengths", "a second strength"),
    "topic_1": ("interviewers[{i}].topics", "the topic"),
    "topic_2": ("interviewers[{i}].topics", "a second topic"),
}

# Trades that keep a portfolio of work: a check-in may offer examples of it.
PORTFOLIO = re.compile(
    r"\b(?:design\w*|develop\w*|engineer\w*|programm\w*|software|data|analy\w*|writer|"
    r"editor|copywriter|journalist|marketing|brand|architect\w*|artist|illustrat\w*|"
    r"photograph\w*|animator|product|ux|ui|researcher|consultant|scientist)\b",
    re.I,
)
# A bare weekday names a day of the past week; older interviews are dated.
RECENT_DAYS = 6


# A next step that gives the decision day itself: a weekday, a month or a number.
# The one reading of "a day they named" for the plan and the drafts.
DAY_GIVEN = NAMES_A_DAY

# A span of time a next step gives ("in a couple of weeks", "within two weeks"):
# said as loosely as that, never turned into a named week.
DURATION = re.compile(
    r"\b(?:in|within)\s+((?:a\s+couple\s+of|a\s+few|two|three|four|\d+)\s+weeks|"
    r"a\s+week|a\s+fortnight|a\s+month|a\s+few\s+weeks)\b",
    re.I,
)

# A next step in the employer's own voice ("We'll decide by Friday").
SPEAKS_FOR_THEM = re.compile(r"\b(?:we|we'll|we're|we’ll|us|our)\b", re.I)

# A phone number in a signature line: digits with the usual separators, seven
# digits or more ("+1 917 555 0199", "(020) 7946 0018").
PHONE = re.compile(r"\+?\(?\d[\d\s().-]{5,}\d")


@dataclass(frozen=True)
class Reference:
    """One person who vouches for the candidate (the `references` setting)."""

    name: str
    relationship: str
    email: str | None = None
    phone: str | None = None

    def line(self) -> str:
        """'Judith Harper, supervising partner at Cole Harper: judith@x.example, +44 ...'."""
        reach = ", ".join(p for p in (self.email, self.phone) if p)
        return f"{self.name}, {self.relationship}: {reach}"


# What the references email says, and why sending it is refused, with no
# references on file. Square brackets: no sentence of a sent note has them.
MISSING_REFERENCES = (
    "[Your references go here: no references are on file. Add each one's name, "
    "relationship, email and phone in Settings, or with followup config references.]"
)
REFUSED_REFERENCES = (
    "the references email lists no references: add them in Settings (or with "
    "`followup config references`) first, or write them into the draft"
)


@dataclass(frozen=True)
class Sender:
    """Who signs: from the user's settings, when the store knows them."""

    name: str | None = None
    # Lines under the sign-off; defaults to the name alone.
    signature: str | None = None
    # The `phone` setting; without it, a number found in the signature.
    number: str | None = None
    # The `references` setting: what the references email lists.
    references: tuple[Reference, ...] = ()

    @property
    def sign(self) -> str | None:
        return self.signature or self.name

    @property
    def phone(self) -> str | None:
        """The `phone` setting, else the first phone number in the signature."""
        if self.number:
            return self.number
        for line in (self.signature or "").splitlines():
            for match in PHONE.finditer(line):
                if sum(c.isdigit() for c in match.group()) >= 7:
                    return match.group().strip()
        return None


def references_of(value: Any) -> tuple[Reference, ...]:
    """The stored `references` setting (a list of mappings) as references."""
    if not isinstance(value, list):
        return ()
    found = []
    for item in value:
        if isinstance(item, Mapping) and item.get("name") and item.get("relationship"):
            found.append(
                Reference(
                    name=str(item["name"]),
                    relationship=str(item["relationship"]),
                    email=str(item["email"]) if item.get("email") else None,
                    phone=str(item["phone"]) if item.get("phone") else None,
                )
            )
    return tuple(found)


# What the draft list says of a references email with none on file.
NEEDS_REFERENCES = (
    "Needs your input, not ready to send: no references are on file. Add each one's name, "
    "relationship, email and phone in Settings (or with `followup config references`), or "
    "write them into the draft in place of the line in square brackets."
)


def needs_input(body: str) -> str | None:
    """The sentence saying what to fill in before a draft with this body can go, or None."""
    if MISSING_REFERENCES in body:
        return NEEDS_REFERENCES
    return None


def unsendable(body: str) -> str | None:
    """Why a message with this body must not be sent as it stands, or None."""
    if MISSING_REFERENCES in body:
        return REFUSED_REFERENCES
    return None


# What may be written before the interview has ended: every other message
# looks back on it ("thank you for meeting with me", "when we met").
BEFORE_THE_END = frozenset({NoteKind.WITHDRAWAL})


def drafts(
    interview: Interview,
    plan: Plan,
    sender: Sender | None = None,
    now: datetime | None = None,
    queued: Collection[str] = (),
    out_of_time: OutOfTime = never,
) -> Drafts:
    """A draft for every open action of `plan` that needs words, with hints.

    Given `now` (the moment `plan` was made for), messages that look back on
    the interview are not drafted before it has ended; a notice says when
    they will be. `queued`: ids of actions whose message is already in the
    outbox; those are never folded into another message (`together`).
    `out_of_time` (see `budget`) is asked before each draft; once it says
    yes, the drafts left are placeholders (`Draft.late`) that say so.
    """
    writer = _Writer(interview, plan, sender or Sender(), now)
    wanted = [a for a in plan.open_actions() if a.kind in FOR_ACTION]
    early: list[Action] = []
    if now is not None and now.astimezone(UTC) < interview.end.astimezone(UTC):
        early = [a for a in wanted if FOR_ACTION[a.kind] not in BEFORE_THE_END]
        wanted = [a for a in wanted if a not in early]
    carried = together(wanted, now, queued)
    absorbed = {a.id for group in carried.values() for a in group}
    found: list[Draft] = []
    spent = False
    for action in wanted:
        if action.id in absorbed:
            continue
        spent = spent or out_of_time()
        found.append(_late(action) if spent else writer.draft(action, carried.get(action.id, ())))
    notices = (_not_yet(interview, early),) if early else ()
    written = [d for d in found if not d.late]
    # One hint per fact, in the order found, however many drafts it concerns.
    return Drafts(
        drafts=tuple(found), hints=tuple(dict.fromkeys(writer.hints(written))), notices=notices
    )


def _late(action: Action) -> Draft:
    """The placeholder for a draft the time budget left no room for."""
    return Draft(
        action_id=action.id,
        kind=FOR_ACTION[action.kind],
        to=action.to,
        email=None,
        subject="",
        body=LATE_DRAFT + "\n",
        late=True,
    )


# Which message carries which, when two to one person fall on the same day:
# the first of this order that is there carries the others it may.
CARRIES: dict[NoteKind, frozenset[NoteKind]] = {
    NoteKind.WITHDRAWAL: frozenset({NoteKind.THANK_YOU}),
    NoteKind.CHECK_IN: frozenset({NoteKind.THANK_YOU, NoteKind.SEND_REFERENCES}),
    NoteKind.SEND_REFERENCES: frozenset({NoteKind.THANK_YOU}),
}


def send_day(action: Action, now: datetime | None, tz: Any) -> date:
    """The local day a drafted message would go: today, or the day its window opens."""
    moment = action.not_before if now is None else max(now, action.not_before, key=_utc)
    return moment.astimezone(tz).date()


def _utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC)


def together(
    actions: Sequence[Action], now: datetime | None, queued: Collection[str] = ()
) -> dict[str, tuple[Action, ...]]:
    """{carrier's id: the actions it carries}: one message, never two, to one person a day.

    A late thank-you and the check-in both open today become one check-in
    that opens with the thanks; references asked for go in it too; a
    withdrawal carries the thanks it already gives. Sent, the one message is
    recorded as one contact per action it carries (`Draft.covers`, kept by
    the outbox row; `record.contact.log_sent`). A message already in the
    outbox (`queued`) is left as it was written.
    """
    carried: dict[str, tuple[Action, ...]] = {}
    taken: set[str] = set()
    order = list(CARRIES)
    carriers = sorted(
        (
            a
            for a in actions
            if FOR_ACTION[a.kind] in CARRIES
            and a.channel is not Channel.PHONE
            and a.id not in queued
        ),
        key=lambda a: order.index(FOR_ACTION[a.kind]),
    )
    for carrier in carriers:
        kind = FOR_ACTION[carrier.kind]
        if carrier.id in taken:
            continue
        tz = carrier.not_before.tzinfo
        day = send_day(carrier, now, tz)
        riders = tuple(
            a
            for a in actions
            if a is not carrier
            and a.id not in taken
            and a.id not in carried
            and a.id not in queued
            and a.to == carrier.to
            and FOR_ACTION[a.kind] in CARRIES[kind]
            and a.channel is carrier.channel
            and send_day(a, now, tz) == day
        )
        if riders:
            carried[carrier.id] = riders
            taken |= {a.id for a in riders}
    return carried


def _not_yet(interview: Interview, actions: Sequence[Action]) -> Notice:
    """'Not drafted yet: the thank-you notes to Priya Raman and Marcus Bell...'."""
    thanked = [a.to for a in actions if FOR_ACTION[a.kind] is NoteKind.THANK_YOU and a.to]
    parts = []
    if thanked:
        notes = "the thank-you note" if len(thanked) == 1 else "the thank-you notes"
        parts.append(f"{notes} to {_and(thanked)}")
    for action in actions:
        kind = FOR_ACTION[action.kind]
        if kind is not NoteKind.THANK_YOU:
            parts.append(f"the {LABEL[kind][0].lower()}{LABEL[kind][1:]}")
    end = interview.local_end
    when = f"{end:%H:%M} on {long_date(end.date())} ({interview.timezone})"
    return Notice(
        action_ids=tuple(a.id for a in actions),
        message=f"Not drafted yet: {_and(list(dict.fromkeys(parts)))}. They look back on the "
        f"interview, so they are drafted once it has ended, at {when}.",
        not_before=end,
    )


def _and(items: Sequence[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _content(text: str) -> list[str]:
    return [w for w in words(text) if len(w) >= 3 and w not in stock_words()]


def overlap(a: str, b: Sequence[str]) -> int:
    """How many content words of `a` share a stem with words of the texts `b`."""
    theirs = [w for text in b for w in _content(text)]
    return sum(1 for w in _content(a) if any(_akin(w, t) for t in theirs))


def _akin(a: str, b: str) -> bool:
    """One stem, counting short plurals too ('hub' ~ 'hubs')."""
    return same_stem(a, b) or a.removesuffix("s") == b.removesuffix("s")


def confirming(line: str, clause: str, topic: str) -> str:
    """A line of thanks for a practical topic, confirming the candidate's side of it.

    'I was glad we could discuss the notice period.' + 'my notice period is
    three months' -> '...the notice period; to confirm, mine is three months.'
    """
    mine = re.match(r"my (.+?) is (.+)$", clause)
    if mine and overlap(mine.group(1), [topic]) > 0:
        clause = f"mine is {mine.group(2)}"
    return f"{line.rstrip('.')}; to confirm, {clause}."


# --- the writer -----------------------------------------------------------------


# Names of institutions that read with "the" inside a sentence ("at the
# Institute for Marine Biology", "at the West Valley Police Department").
INSTITUTION_FIRST = frozenset(
    {"institute", "university", "college", "ministry", "department", "office", "museum", "bank"}
)
INSTITUTION_LAST = frozenset(
    {"department", "institute", "service", "trust", "foundation", "agency"}
)


def company_phrase(company: str) -> str:
    """The company as a sentence names it: 'the Institute for Marine Biology'."""
    pieces = company.split()
    if not pieces or pieces[0].lower() == "the":
        return company
    if pieces[0].lower() in INSTITUTION_FIRST or pieces[-1].lower() in INSTITUTION_LAST:
        return f"the {company}"
    return company


def capitalize_first(text: str) -> str:
    """'the app I built' -> 'The app I built' (Jinja's `capitalize` lowers the rest)."""
    return text[:1].upper() + text[1:]


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("followup.writing", "templates"),
        autoescape=False,  # plain-text email, not HTML
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )
    env.filters["capitalize_first"] = capitalize_first
    return env


def tidy(text: str) -> str:
    """Paragraphs are separated by blank lines; lines within one are joined."""
    paragraphs = []
    for block in re.split(r"\n\s*\n", text):
        line = " ".join(block.split())
        line = re.sub(r"\s+([,.;:!?])", r"\1", line)
        if line:
            paragraphs.append(line)
    return "\n\n".join(paragraphs)


# The sign-offs of an email; a letter greeted by name closes "Yours sincerely".
SIGN_OFFS = ("Best regards,", "Kind regards,", "With thanks,")


def honorific(title: str | None) -> str | None:
    """The title field when it holds a form of address ('Ms', 'Dr.'), not a job title."""
    if title and fold(title).rstrip(".") in HONORIFICS:
        return title.strip()
    return None


def letter_greeting(name: str, title: str | None = None) -> str:
    """'Dear Ms Doyle,' when the record gives a form of address; else 'Dear Patricia Doyle,'.

    A letter greets formally, never by first name: by honorific and surname
    when the name or the title field holds one, by full name otherwise.
    """
    address = honorific(title)
    if address and len(name.split()) > 0 and fold(name.split()[0]).rstrip(".") not in HONORIFICS:
        return f"Dear {address} {name.split()[-1]},"
    short = greeting_for(name)
    return f"Dear {short if short != name.split()[0] else name},"


def as_letter(body: str, greeting: str) -> str:
    """An email body as a letter: greeted and signed off formally."""
    paragraphs = body.split("\n\n")
    if paragraphs and paragraphs[0].startswith("Dear "):
        paragraphs[0] = greeting
    if paragraphs and paragraphs[-1] in SIGN_OFFS:
        paragraphs[-1] = "Yours sincerely,"
    return "\n\n".join(paragraphs)


class _Writer:
    def __init__(
        self, interview: Interview, plan: Plan, sender: Sender, now: datetime | None = None
    ) -> None:
        self.interview = interview
        self.plan = plan
        self.sender = sender
        self.now = now
        self.timeframe = Timeframe(interview, plan.derived)
        self.people = interview.interviewers
        self.index = {p.key: i for i, p in enumerate(self.people)}
        self.seed = seed_of(interview)
        # The moment the draft being written counts its time words from.
        self.moment: datetime | None = now
        # Whether the draft being written goes by post (see `draft`).
        self.letter = False
        names = [p.name for p in self.people]
        self.went_well = went_well_lines(
            interview.debrief.went_well, names, shapes(0, self.seed)["went_well"]
        )
        self.strength_of = self._assign_strengths()
        # (interviewer, fact, why) for each fact a draft had to leave out.
        self.dropped: list[tuple[Interviewer, str, str]] = []
        # Keys of the people whose thank-you had to ask a question for want of facts.
        self.asked: set[str] = set()
        self._assign_debrief()

    # -- who gets which shared fact -------------------------------------------------

    def _assign_debrief(self) -> None:
        """What was forgotten and what stood out each go to one interviewer.

        The one whose topics are closest; on a tie, someone about whom the
        file says nothing else (no topics, title or strengths), so their
        note has a fact to carry; then the contact person takes what was
        forgotten and the next interviewer what stood out, so a panel of two
        gets one each.
        """
        debrief = self.interview.debrief
        contact = self.index[self.interview.contact_person.key]
        n = len(self.people)
        bare = {i for i, p in enumerate(self.people) if not self._knows_about(p)}

        def best(text: str, start: int, avoid: int | None) -> int:
            order = [(start + k) % n for k in range(n)]
            if avoid is not None and n > 1:
                order = [i for i in order if i != avoid]
            return max(
                order,
                key=lambda i: (
                    overlap(text, self.people[i].topics),
                    i in bare,
                    -order.index(i),
                ),
            )

        self.forgot_to: int | None = None
        self.stood_out_to: int | None = None
        if debrief.forgot_to_mention:
            self.forgot_to = best(debrief.forgot_to_mention, contact, None)
        if debrief.stood_out:
            self.stood_out_to = best(debrief.stood_out, contact + 1, self.forgot_to)

    def _knows_about(self, person: Interviewer) -> bool:
        """Whether the file holds something a thank-you to `person` can name."""
        # A job title alone names nothing a note can say (issue #11: no invented line).
        return bool(person.topics or self.interview.strengths)

    def debrief_text(self, text: str) -> str:
        """A debrief line as the note quotes it: to the reader, without its lead-in."""
        names = [p.name for p in self.people]
        return as_sentence(to_reader(without_lead(text), self.interview.company, names))

    def run_on(self, text: str) -> str:
        """A debrief line continuing a sentence after a colon: lower case unless a name."""
        interview = self.interview
        names = {w for n in [p.name for p in self.people] + [interview.company] for w in words(n)}
        # Capitalised words of the topics and strengths are names too ("Epic rollout").
        said = [t for p in self.people for t in p.topics] + list(interview.strengths)
        names |= {fold(t.text) for s in said for t in tokens(s) if t.text[:1].isupper()}
        return continue_lower(text, names)

    def _assign_strengths(self) -> dict[int, list[str]]:
        """A different strength for each reader while there are enough of them.

        Each in turn takes the unused strength closest to their topics (ties:
        the one after their place), so a panel of three with three strengths
        reads three different achievements (S3: staff compare notes).
        """
        strengths = self.interview.strengths
        n = len(strengths)
        debrief = self.interview.debrief
        # A strength the note already says (what was forgotten, what went well) is not said twice.
        said = [t for t in (debrief.forgot_to_mention, debrief.went_well) if t]
        repeats = {k for k in range(n) if said and overlap(strengths[k], said) >= 2}
        used: set[int] = set(repeats)
        chosen: dict[int, list[str]] = {}
        # Readers with a strength that fits their topics choose first, so the
        # numeracy programme goes to the one who talked about numeracy.
        fit = {
            i: max((overlap(s, p.topics) for s in strengths), default=0)
            for i, p in enumerate(self.people)
        }
        order = sorted(range(len(self.people)), key=lambda i: (-fit[i], i))
        # Once every strength has gone to someone, a practical one (a start
        # date, a notice period) goes again to a reader whose topics it does
        # not fit only when there is nothing else: told to the senior
        # scientist after the Red Sea, it is out of place.
        again = False
        for i in order:
            person = self.people[i]
            if len(used) >= n:
                used = set(repeats)
                again = True
            if len(used) >= n:
                chosen[i] = []
                continue

            def out_of_place(k: int, person: Interviewer = person, again: bool = again) -> bool:
                return (
                    again
                    and strength_kind(strengths[k]) == "availability"
                    and overlap(strengths[k], person.topics) == 0
                )

            ranked = sorted(
                (k for k in range(n) if k not in used),
                key=lambda k: (
                    -overlap(strengths[k], person.topics),
                    out_of_place(k),
                    (k - i) % n,
                ),
            )
            first = ranked[0]
            if (
                again
                and debrief.forgot_to_mention
                and overlap(strengths[first], person.topics) == 0
            ):
                # Their note has the forgotten point to carry: an achievement
                # already in a colleague's note, unrelated to this reader's
                # topics, would only make the two notes alike (S3).
                chosen[i] = []
                continue
            used.add(first)
            picked = [strengths[first]]
            # A second only on a one-person panel, of the same kind, if it fits their topics.
            rest = [
                k
                for k in ranked[1:]
                if overlap(strengths[k], person.topics) > 0 and k not in repeats
            ]
            if len(self.people) == 1 and rest:
                second = strengths[rest[0]]
                if strength_kind(second) == strength_kind(picked[0]):
                    picked.append(second)
            chosen[i] = picked
        return chosen

    def strengths_for(self, i: int) -> list[str]:
        """One strength, two if the second also fits this person's topics."""
        strengths = self.interview.strengths
        if not strengths:
            return []
        topics = self.people[i].topics
        n = len(strengths)
        ranked = sorted(range(n), key=lambda k: (-overlap(strengths[k], topics), (k - i) % n))
        chosen = [strengths[ranked[0]]]
        # The lead-in fits the first strength's kind; a second of another kind
        # would not read after it ("experience ...: I can start immediately").
        same = n > 1 and strength_kind(strengths[ranked[1]]) == strength_kind(chosen[0])
        if same and overlap(strengths[ranked[1]], topics) > 0:
            chosen.append(strengths[ranked[1]])
        return chosen

    # -- facts shared by every kind -------------------------------------------------

    def base(self, person: Interviewer) -> dict[str, Any]:
        interview = self.interview
        day = interview.local_start.date()
        topics = list(person.topics)
        return {
            "name": person.name,
            "first_name": greeting_for(person.name),
            "title": person.title,
            "phone": person.phone,
            "company": company_phrase(interview.company),
            "panel": len(self.people),
            "role": interview.role,
            # "for someone joining as an ICU Registered Nurse".
            "a_role": f"{_article(interview.role)} {interview.role}",
            "weekday": self.day_name(day),
            # The weekday alone is past: "on Tuesday 17 November" reads as a date.
            "dated": self.day_name(day) != f"{day:%A}",
            "interview_date": self.full_day(day),
            # From the moment of writing: "yesterday", "on Tuesday", "last week".
            "when": self.when(day),
            "when_day": self.when_day(day),
            "met": self.when(day, week=False),
            "topic": self.topic(topics[0]) if topics else None,
        }

    def topic(self, text: str) -> str:
        """A topic as the note says it: 'how they run critiques' -> 'how you run critiques'."""
        names = [p.name for p in self.people]
        return topic_phrase(to_reader(text, self.interview.company, names))

    def day_name(self, day: date) -> str:
        """'Tuesday' within six days of the draft's `now`; 'Tuesday 17 November' after.

        A bare weekday more than a week old would name the wrong Tuesday.
        """
        if self.now is None:
            return f"{day:%A}"
        today = self.now.astimezone(self.interview.tz).date()
        if 0 <= (today - day).days <= RECENT_DAYS:
            return f"{day:%A}"
        return self.full_day(day)

    def when(self, day: date, *, week: bool = True) -> str:
        """The interview day from the moment of writing, as an adverbial.

        'today', 'yesterday', 'on Tuesday' (within six days), 'last week'
        (the calendar week before, when `week`), else 'on Monday 15 June'.
        """
        moment = self.moment or self.now
        if moment is None:
            return f"on {day:%A}"
        if self.letter:
            # Read days after it is written: a letter dates the day in full.
            return f"on {self.full_day(day)}"
        today = moment.astimezone(self.interview.tz).date()
        days = (today - day).days
        if days == 0:
            return "today"
        if days == 1:
            return "yesterday"
        if 1 < days <= RECENT_DAYS:
            return f"on {day:%A}"
        monday = today - timedelta(days=today.weekday())
        if week and monday - timedelta(days=7) <= day < monday:
            return "last week"
        return f"on {self.full_day(day)}"

    def when_day(self, day: date) -> str | None:
        """'yesterday' or 'today' for a subject ("Thank you for yesterday's conversation")."""
        said = self.when(day)
        return said if said in ("today", "yesterday") else None

    def late(self, action: Action) -> bool:
        """Whether the note goes after its due time: it says so, in one clause."""
        return action.status is Status.OVERDUE

    def form(self, part: str, i: int) -> int:
        return shapes(i, self.seed)[part]

    def some_day(self, day: date | None) -> str | None:
        return self.full_day(day) if day else None

    def full_day(self, day: date) -> str:
        """'Monday 23 November', with the year only when it is not this year's.

        "This year" is the draft's and the interview's: a note written in
        January about a December interview dates both days in full.
        """
        today = self.now.astimezone(self.interview.tz).date() if self.now else None
        years = {self.interview.local_start.year} | ({today.year} if today else set())
        year = "" if years == {day.year} else f" {day.year}"
        return f"{day:%A} {day.day} {day:%B}{year}"

    def draft(self, action: Action, carried: Sequence[Action] = ()) -> Draft:
        """The draft for `action`, carrying the messages `carried` (see `together`)."""
        kind = FOR_ACTION[action.kind]
        riders = {FOR_ACTION[a.kind] for a in carried}
        person = self.interview.interviewer(action.to or "") or self.interview.contact_person
        i = self.index[person.key]
        # A draft shown before its window opens is written for then: its
        # "yesterday" and "last week" count from when it may go.
        if self.now is not None and self.now.astimezone(UTC) < action.not_before.astimezone(UTC):
            self.moment = action.not_before
        else:
            self.moment = self.now
        # A postal letter (no email address): dated and greeted as a letter,
        # no subject line, and no "today": it is read days after it is written.
        self.letter = action.channel is Channel.LETTER and kind is not NoteKind.VOICEMAIL
        context = self.base(person)
        context["shape"] = shapes(i, self.seed)
        context["late"] = self.late(action)
        if kind is NoteKind.THANK_YOU:
            context |= self.thank_you_facts(person)
        elif kind is NoteKind.CHECK_IN and action.id.startswith("check_in:"):
            context |= self.reply_timing_facts(int(action.id.partition(":")[2]))
            context |= self.check_in_facts(person, thanks=False)
        elif kind is NoteKind.CHECK_IN:
            context |= self.timing_facts()
            thanks = self.thanks_in_check_in(person) or NoteKind.THANK_YOU in riders
            context |= self.check_in_facts(person, thanks=thanks)
        elif kind is NoteKind.VOICEMAIL:
            context |= self.timing_facts()
        elif kind is NoteKind.SEND_REFERENCES:
            context |= self.references_facts()
            context["thanks"] = NoteKind.THANK_YOU in riders
            context["topic_work"] = self.work_topic(person)
            # The thank-you it carries adds what was forgotten, as every thank-you does.
            day = "when we met" if self.letter else context["when"]
            forgot = self.interview.debrief.forgot_to_mention
            context["forgot"] = (
                forgot_line(forgot, self.form("forgot", i), day)
                if context["thanks"] and not self.closed
                else None
            )
        elif kind is NoteKind.STAY_IN_TOUCH:
            context["number"] = int(action.id.partition(":")[2] or 1)
        elif kind is NoteKind.WITHDRAWAL:
            context |= self.withdrawal_facts()
        # The references asked for, carried by the check-in of the same day.
        context["with_references"] = NoteKind.SEND_REFERENCES in riders
        # References asked for long ago say so, whatever else the message apologises for.
        # (The references email of its own says so in its template, from `late`.)
        context["references_late"] = any(
            FOR_ACTION[a.kind] is NoteKind.SEND_REFERENCES and self.late(a) for a in carried
        )
        if context["with_references"]:
            context |= self.references_facts()
        if kind in (NoteKind.BRIDGE, NoteKind.STAY_IN_TOUCH):
            context["stood_out"] = self.stood_out_sentence(i, question=False)
            context["went_well"] = self.went_well.get(i) if kind is NoteKind.BRIDGE else None
        subject, body = self.render(kind, context, person)
        heading = None
        if self.letter:
            subject = ""
            heading = self.letter_head(person)
        return Draft(
            action_id=action.id,
            kind=kind,
            to=person.name,
            email=None if kind is NoteKind.VOICEMAIL else person.email,
            subject=subject,
            body=body,
            missing=unsendable(body),
            covers=tuple(a.id for a in carried),
            heading=heading,
        )

    def stood_out_sentence(self, i: int, *, question: bool = True) -> str | None:
        names = {
            w for n in [p.name for p in self.people] + [self.interview.company] for w in words(n)
        }
        said = [t for p in self.people for t in p.topics] + list(self.interview.strengths)
        names |= {fold(t.text) for s in said for t in tokens(s) if t.text[:1].isupper()}
        return stood_out_line(
            self.interview.debrief.stood_out,
            self.interview.company,
            [p.name for p in self.people],
            names,
            # After a "no" a question reads as interest: appreciation only.
            self.form("stood_out", i) % (3 if question else 2),
        )

    def thanks_in_check_in(self, person: Interviewer) -> bool:
        """The contact's thank-you expired unsent: the check-in carries the thanks."""
        action = self.plan.action(f"thank_you:{person.key}")
        return (
            action is not None
            and action.status is Status.CANCELLED
            and self.interview.outcome is None
        )

    def work_topic(self, person: Interviewer) -> str | None:
        """The first of their topics that is the work itself (not logistics, not my story)."""
        for topic in person.topics:
            if topic_kind(topic) == "work":
                return self.topic(topic)
        return None

    def offers(self) -> str | None:
        """What the check-in offers: what fits the trade and the history.

        References only to someone who has not asked for them (a request has
        its own email); examples of work only in trades that keep a portfolio.
        """
        items = []
        if PORTFOLIO.search(self.interview.role):
            items.append("examples of my work")
        if (
            not self.interview.references_requested
            and not read_history(self.interview).references_sent
        ):
            items.append("references")
        return _and(items) if items else None

    def check_in_facts(self, person: Interviewer, *, thanks: bool) -> dict[str, Any]:
        day = self.interview.local_start.date()
        return {
            "thanks": thanks,
            # The day is said once: in the line of thanks when there is one.
            "met_lead": "You" if thanks else f"When we met {self.when(day, week=False)}, you",
            "topic_work": self.work_topic(person),
            "offers": self.offers(),
        }

    def references_facts(self) -> dict[str, Any]:
        references = self.sender.references
        return {
            "references": [r.line() for r in references],
            "missing": MISSING_REFERENCES,
        }

    def render(
        self, kind: NoteKind, context: dict[str, Any], person: Interviewer
    ) -> tuple[str, str]:
        env = environment()
        subject_template = env.get_template(f"{kind.value}.subject.j2")
        body_template = env.get_template(f"{kind.value}.body.j2")
        for fact in FACT_FIELDS:
            if context.get(fact) and count_words(context[fact]) > FACT_WORDS:
                context[fact] = None
                self.dropped.append((person, fact, f"is over {FACT_WORDS} words"))
        if context.get("question"):
            self.ask(context, person)
        for first, second in (("strength_1", "strength_2"), ("topic_1", "topic_2")):
            if context.get(second) and not context.get(first):
                context[first], context[second] = context[second], None
        # A written note ends with the signature; the word limit counts it.
        sign = self.sender.sign if kind is not NoteKind.VOICEMAIL else None
        head = self.letter_head(person) if self.letter else None
        limit = WORD_LIMIT[kind] - (count_words(sign) if sign else 0)
        limit -= count_words(head) if head else 0
        while True:
            body = tidy(body_template.render(context))
            present = [fact for fact in OPTIONAL if context.get(fact)]
            if count_words(body) > limit and present:
                # Over the limit: leave out the longest optional fact and try again.
                fact = max(present, key=lambda f: count_words(context[f]))
                context[fact] = None
                self.dropped.append((person, fact, f"would take the note over {limit} words"))
                continue
            # Every draft passes our own linter: a thank-you that names too
            # little about its reader asks them one question about the role.
            if (
                kind is NoteKind.THANK_YOU
                and not context["question"]
                and self.generic(body, person)
            ):
                self.ask(context, person)
                continue
            break
        subject = " ".join(subject_template.render(context).split())
        if head:
            body = as_letter(body, letter_greeting(person.name, person.title))
        if sign:
            body = body.rstrip("\n") + "\n" + sign.strip() + "\n"
        elif kind is NoteKind.VOICEMAIL:
            if self.sender.name:
                body = body.replace("(your name)", self.sender.name)
            if self.sender.phone:
                body = body.replace("(your number)", self.sender.phone)
        return subject, body

    def letter_head(self, person: Interviewer) -> str:
        """The date and the address lines a letter opens with."""
        moment = self.moment or self.now
        lines = []
        if moment is not None:
            day = moment.astimezone(self.interview.tz).date()
            lines += [f"{day.day} {day:%B} {day.year}", ""]
        address = honorific(person.title)
        # 'Ms Patricia Doyle', not 'Patricia Doyle' over a line reading 'Ms'.
        lines += [f"{address} {person.name}" if address else person.name]
        if person.title and not address:
            lines.append(person.title)
        lines.append(self.interview.company)
        return "\n".join(lines)

    def ask(self, context: dict[str, Any], person: Interviewer) -> None:
        """Nothing on file names this reader: say something that is still about them.

        While the candidate is in the running, one question about the role;
        after a withdrawal or a rejection, where things stand and the full
        date of the interview, and nothing about what they said.
        """
        context["question"] = True
        self.asked.add(person.key)
        if context.get("closed"):
            day = self.interview.local_start.date()
            context["weekday"] = self.full_day(day)
            context["when"] = f"on {self.full_day(day)}"
            context["when_day"] = None
            context["dated"] = True

    def generic(self, body: str, person: Interviewer) -> bool:
        note = Note(name=person.key, body=body, kind=NoteKind.THANK_YOU, to=person.name)
        return is_generic(note, self.interview)

    def thank_you_facts(self, person: Interviewer) -> dict[str, Any]:
        i = self.index[person.key]
        debrief = self.interview.debrief
        # Topics by kind: the work is discussed; the candidate's own story and
        # logistics (relocation, a start date) are thanked for, not praised.
        work = [self.topic(t) for t in person.topics if topic_kind(t) == "work"][:2]
        side = [t for t in person.topics if topic_kind(t) != "work"]
        side_line = self.side_line(side[0], i) if side else None
        # After a withdrawal (or a rejection) the note thanks them and no longer
        # makes the case for hiring the candidate: no strengths, no selling point.
        closed = self.closed
        chosen = [] if closed else self.strength_of.get(i, [])
        strengths = [strength_clause(s) for s in chosen]
        day = self.when(self.interview.local_start.date())
        # A letter has dated the day already: "I left out when we met".
        day = "when we met" if self.letter else day
        # What was forgotten goes in every note, in different words (rule book).
        forgot = (
            None
            if closed
            else forgot_line(
                debrief.forgot_to_mention,
                self.form("forgot", i),
                day,
                self.topic_sharing(debrief.forgot_to_mention, person),
            )
        )
        stood_out = (
            self.stood_out_sentence(i, question=not closed) if self.stood_out_to == i else None
        )
        went_well = self.went_well.get(i)
        if side_line and chosen and strength_kind(chosen[0]) == "availability":
            # They discussed the notice period: the note confirms it, it is not news to them.
            about = [t for t in side if overlap(chosen[0], [t]) > 0]
            if about:
                side_line = confirming(side_line, strengths[0], about[0])
                chosen, strengths = chosen[1:], strengths[1:]
        return {
            "topic_1": work[0] if work else None,
            "topic_2": work[1] if len(work) > 1 else None,
            "side_line": side_line,
            "went_well": went_well,
            "strength_1": strengths[0] if strengths else None,
            "strength_2": strengths[1] if len(strengths) > 1 else None,
            "strength_kind": strength_kind(chosen[0]) if chosen else None,
            # Said after their topic only when it shares a word with what they discussed.
            "strength_related": bool(chosen) and overlap(chosen[0], person.topics) > 0,
            "forgot": forgot,
            "stood_out": stood_out,
            # Nothing on file names this reader: ask them one question about the role.
            "question": not (work or side_line or went_well or strengths or forgot or stood_out),
            "closed": closed,
            "outcome": self.interview.outcome.kind.value if self.interview.outcome else None,
        }

    def topic_sharing(self, text: str | None, person: Interviewer) -> str | None:
        """The first topic of `person` that shares a word with `text`, as the note says it."""
        if not text:
            return None
        for topic in person.topics:
            if overlap(text, [topic]) > 0:
                return self.topic(topic)
        return None

    def side_line(self, topic: str, i: int) -> str:
        """A logistics topic or the candidate's own story: thanked for, not praised."""
        phrase = self.topic(topic)
        if topic_kind(topic) == "logistics" and phrase.split()[0].lower() not in TOPIC_LEADS:
            phrase = f"the {phrase}"
        # The record lists it as a topic only: the two of them talked about
        # it; it does not say who asked, or that the reader explained it.
        if topic_kind(topic) == "own":
            return [
                f"I was glad we had the chance to talk about {phrase}.",
                f"Thank you for the chance to talk about {phrase}.",
            ][i % 2]
        return [
            f"Thank you, too, for talking about {phrase} with me.",
            f"I was glad we could discuss {phrase}.",
        ][i % 2]

    def withdrawal_facts(self) -> dict[str, Any]:
        """Whether the interview took place before the withdrawal, and its day.

        Withdrawn before it started, there is no conversation to look back on:
        the note thanks them for the invitation and gives up the interview.
        """
        outcome = self.interview.outcome
        before = outcome is not None and outcome.at.astimezone(
            UTC
        ) < self.interview.start.astimezone(UTC)
        day = self.interview.local_start.date()
        return {"before_interview": before, "interview_day": self.full_day(day)}

    @property
    def closed(self) -> bool:
        """The candidate withdrew or was turned down: interest is no longer the point."""
        outcome = self.interview.outcome
        return outcome is not None and outcome.kind in (OutcomeKind.WITHDRAWN, OutcomeKind.REJECTED)

    def timing_facts(self) -> dict[str, Any]:
        timeframe = self.timeframe
        sent = read_history(self.interview).check_in_sent
        given = self.decision_given()
        follow_up_on = timeframe.follow_up_on
        # "Get in touch if you have heard nothing by the 3rd": the day they gave
        # is the 3rd, the check-in goes the next working day; the note quotes
        # theirs, not the one worked out (issue 16's third review).
        not_heard_by = None
        if (
            self.interview.follow_up_on is None
            and follow_up_on is not None
            and timeframe.decision_by is not None
            and follow_up_on > timeframe.decision_by
        ):
            not_heard_by, follow_up_on = timeframe.decision_by, None
        # "Check back next week" names no day: the note names none either.
        loose = (
            follow_up_on is not None
            and self.interview.follow_up_on is None
            and not DAY_GIVEN.search(self.interview.next_step or "")
        )
        return {
            "reply_date": None,
            "follow_up_on": None if loose else self.some_day(follow_up_on),
            "follow_up_loose": loose,
            "not_heard_by": self.some_day(not_heard_by),
            "decision_by": self.some_day(timeframe.decision_by) if given else None,
            # A date worked out from "next week": said as roughly as it was given.
            "decision_around": (None if given else self.roughly(timeframe.decision_by)),
            # "We'll decide by Friday" is theirs; "The head will phone" is not the reader's.
            "decision_theirs": self.interview.decision_by is not None
            or bool(SPEAKS_FOR_THEM.search(self.interview.next_step or "")),
            "few_days": timeframe.few_days,
            "check_in_sent": self.some_day(
                sent.astimezone(self.interview.tz).date() if sent else None
            ),
            # "Please do not follow up": the one email may go (S3), but not say it follows up.
            "no_follow_up": timeframe.no_follow_up,
        }

    def decision_given(self) -> bool:
        """Whether the record gives the decision day as a day, not as "next week".

        The `decision_by` field does; so does a next step that names a weekday,
        a month or a number ("by Friday", "by November 25"). "We will call
        finalists next week" gives no day: the check-in names none.
        """
        if self.interview.decision_by is not None:
            return True
        return bool(DAY_GIVEN.search(self.interview.next_step or ""))

    def roughly(self, day: date | None) -> str | None:
        """A worked-out decision day as loosely as the record gave it.

        'by the end of January' for the end of a month, 'within a couple of
        weeks' for a span the record gives as one, 'shortly after our
        interview' within three days of it, else 'in the week of 9 March'.
        """
        if day is None:
            return None
        text = self.interview.next_step or ""
        if re.search(r"\bend of (?:the|this) month\b", text, re.I):
            return f"by the end of {day:%B}"
        # "in a couple of weeks", "within two weeks": a span, not a week one can name.
        span = DURATION.search(text)
        if span:
            return f"within {span.group(1).lower()}"
        if (day - self.interview.local_start.date()).days <= 3:
            return "shortly after our interview"
        monday = day - timedelta(days=day.weekday())
        return f"in the week of {monday.day} {monday:%B}"

    def reply_timing_facts(self, number: int) -> dict[str, Any]:
        """A later check-in answers their reply: its date and timeframe, not the interview's."""
        from followup.etiquette.planner import check_ins_of

        # Which reply opened the round does not depend on the policy, only when it opens.
        rounds = check_ins_of(self.interview).rounds
        request = rounds[number - 1].request if 0 < number <= len(rounds) else None
        if request is None:
            return self.timing_facts()
        replied = request.reply.at.astimezone(self.interview.tz).date()
        return {
            "reply_date": self.full_day(replied),
            "follow_up_on": self.some_day(request.follow_up_on),
            "follow_up_loose": False,
            "not_heard_by": None,
            "decision_by": self.some_day(request.decision_by),
            "decision_around": None,
            "decision_theirs": True,
            "few_days": request.few_days,
            "check_in_sent": None,
            # Their reply asked for this check-in: no earlier request against one holds.
            "no_follow_up": False,
        }

    # -- what would make them better -----------------------------------------------

    def hints(self, found: Sequence[Draft]) -> Iterator[Hint]:
        kinds = {d.kind for d in found}
        thanked = [d.to for d in found if d.kind is NoteKind.THANK_YOU]
        interview = self.interview
        for name in thanked:
            person = interview.interviewer(name or "")
            if person is None:
                continue
            where = f"interviewers[{self.index[person.key]}]"
            if not person.topics and person.key in self.asked and self.closed:
                yield Hint(
                    f"{where}.topics",
                    f"Add what you discussed with {person.name}: with nothing specific to them "
                    "on file, their thank-you can only thank them for their time on the day.",
                )
            elif not person.topics and person.key in self.asked:
                yield Hint(
                    f"{where}.topics",
                    f"Add what you discussed with {person.name}: with nothing specific to them "
                    "on file, their thank-you asks them a general question about the role instead.",
                )
            elif not person.topics:
                yield Hint(
                    f"{where}.topics",
                    f"Add what you discussed with {person.name}: without it their thank-you "
                    "cannot mention anything specific to them.",
                )
            if not person.title:
                yield Hint(
                    f"{where}.title",
                    f"Add {person.name}'s title: it shows you noted who they are.",
                )
        # After a withdrawal or a rejection a thank-you carries neither your
        # strengths nor what you forgot to say: no hint asks for them.
        if thanked and not interview.strengths and not self.closed:
            yield Hint(
                "strengths",
                "List one or two of your strengths that fit the role, so each thank-you can "
                "say why you would do the job well.",
            )
        wants_stood_out = {NoteKind.THANK_YOU, NoteKind.BRIDGE, NoteKind.STAY_IN_TOUCH}
        if kinds & wants_stood_out and not interview.debrief.stood_out:
            yield Hint(
                "debrief.stood_out",
                "Note what stood out to you about the company: it makes a note unmistakably yours.",
            )
        if (
            NoteKind.THANK_YOU in kinds
            and not interview.debrief.forgot_to_mention
            and not self.closed
        ):
            yield Hint(
                "debrief.forgot_to_mention",
                "If there was something you meant to say in the interview and did not, note "
                "it: a thank-you is the place to add it.",
            )
        if kinds & {NoteKind.CHECK_IN, NoteKind.VOICEMAIL} and not (
            self.timeframe.follow_up_on or self.timeframe.decision_by or self.timeframe.few_days
        ):
            yield Hint(
                "next_step",
                "Record what they said about timing (e.g. 'a decision by Friday'): the "
                "check-in should name the timeframe they gave.",
            )
        if NoteKind.VOICEMAIL in kinds and not interview.contact_person.phone:
            where = f"interviewers[{self.index[interview.contact_person.key]}]"
            yield Hint(f"{where}.phone", f"Add {interview.contact_person.name}'s phone number.")
        for person, fact, why in self.dropped:
            field_name, what = FACT_FIELDS[fact]
            field_name = field_name.format(i=self.index[person.key])
            yield Hint(
                field_name,
                f"The note to {person.name} leaves out {what}, which {why}; "
                "shorten it in the interview file to keep it.",
            )
        outcome = interview.outcome
        if (
            outcome is not None
            and outcome.kind is OutcomeKind.REJECTED
            and not outcome.keep_in_touch
            and read_history(interview).bridge_sent is None
        ):
            # Rule book: a bridge note only when the candidate wants to keep in touch.
            yield Hint(
                "outcome.keep_in_touch",
                f"No bridge note is drafted: the rejection does not say you would like to stay "
                f"in touch with {interview.company}. If you would, record it (keep in touch): "
                f"the plan then offers a bridge note to {interview.contact_person.name}, with "
                "your thanks and a request to be kept in mind for other openings.",
            )
        yield from self.setting_hints(kinds)

    def setting_hints(self, kinds: set[NoteKind]) -> Iterator[Hint]:
        """What your settings could add: a name to sign with, a number to say."""
        sender = self.sender
        written = kinds - {NoteKind.VOICEMAIL}
        if not sender.name and ((written and not sender.sign) or NoteKind.VOICEMAIL in kinds):
            yield Hint(
                "config.name",
                "Set your name, so the drafts are signed and the voicemail script says it: "
                'followup config name "Your Name".',
            )
        if NoteKind.VOICEMAIL in kinds and not sender.phone:
            yield Hint(
                "config.phone",
                "The voicemail script leaves '(your number)' for you to say: give your phone "
                'number once and the script will say it: followup config phone "+1 555 0100".',
            )
