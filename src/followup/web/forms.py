"""The web forms: what each field is, its value as typed, and its error.

Forms keep every value exactly as typed, so a page with errors shows the
input again with each error next to its field. Values are checked field by
field with the interview file's own parsers (the same sentences as the
command line), then as a whole by `parse_interview`, whose error names the
field it is about.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from django.http import QueryDict
from django.urls import reverse

from followup.errors import InputError
from followup.etiquette.model import Interview, Plan
from followup.fields import (
    MAX_ZONE_LENGTH,
    digits,
    parse_date,
    parse_email,
    parse_moment,
    parse_zone,
)
from followup.interview_file import Defaults, interview_to_mapping, parse_interview


@dataclass
class Field:
    name: str
    label: str
    kind: str = "text"
    value: str = ""
    error: str | None = None
    help: str | None = None
    required: bool = False
    choices: tuple[tuple[str, str], ...] = ()
    autocomplete: str = "off"
    rows: int = 3
    datalist: str | None = None
    hx: dict[str, str] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return "f-" + self.name

    @property
    def checked(self) -> bool:
        return self.value in ("on", "true", "1", "yes")


class Form:
    """An ordered set of fields, and errors that belong to no single field."""

    def __init__(self, fields: list[Field]) -> None:
        self.fields = {f.name: f for f in fields}
        self.errors: list[str] = []

    def __getitem__(self, name: str) -> Field:
        return self.fields[name]

    def value(self, name: str) -> str:
        return self.fields[name].value.strip()

    def fill(self, data: Mapping[str, Any]) -> None:
        for f in self.fields.values():
            if f.kind == "checkbox":
                f.value = "on" if data.get(f.name) else ""
            elif f.name in data:
                f.value = str(data.get(f.name) or "")

    def error(self, name: str, message: str) -> None:
        target = self.fields.get(name)
        if target is None:
            self.errors.append(f"{name}: {message}" if name else message)
        elif target.error is None:
            target.error = message

    @property
    def valid(self) -> bool:
        return not self.errors and not any(f.error for f in self.fields.values())

    @property
    def first_error_id(self) -> str | None:
        for f in self.fields.values():
            if f.error:
                return f.id
        return None


def local_input(moment: datetime, zone: ZoneInfo) -> str:
    """A moment as a datetime-local input's value in `zone`."""
    return moment.astimezone(zone).strftime("%Y-%m-%dT%H:%M")


def moment_of(form: Form, name: str, zone: ZoneInfo, default: datetime | None = None) -> datetime:
    text = form.value(name)
    if not text:
        if default is not None:
            return default
        raise InputError(name, "is required")
    return parse_moment(text, zone, name)


def lines(text: str) -> list[str]:
    return [line.strip(" -•\t") for line in text.splitlines() if line.strip(" -•\t")]


def topic_lines(text: str) -> list[str]:
    """Topics one per line or, as people also type them, separated by commas.

    Only topics: they are short noun phrases, while a strength ("cut costs by
    a third, in six months") may hold a comma of its own.
    """
    return [
        part.strip() for line in lines(text) for part in re.split(r"[,;]", line) if part.strip()
    ]


# -- the interview -------------------------------------------------------------

NO_CALLS = (("", "Not said"), ("yes", "Yes, they asked not to be called"), ("no", "No"))
ROW_FIELDS = ("name", "title", "email", "phone", "topics")


@dataclass
class Row:
    """One interviewer's fields; `key` ties the inputs together and survives removal of others."""

    key: str
    name: Field
    title: Field
    email: Field
    phone: Field
    topics: Field
    # The name as stored, when editing: a renamed interviewer keeps their contact log.
    was: str = ""

    @classmethod
    def blank(cls, key: str | None = None) -> Row:
        key = key or secrets.token_hex(3)
        p = f"iv-{key}-"
        return cls(
            key=key,
            name=Field(p + "name", "Name", required=True, autocomplete="off"),
            title=Field(p + "title", "Title"),
            email=Field(p + "email", "Email", kind="email"),
            phone=Field(p + "phone", "Phone", kind="tel"),
            topics=Field(
                p + "topics",
                "Topics you discussed",
                kind="textarea",
                rows=2,
                help="One per line, or separated by commas.",
            ),
        )

    @property
    def fields(self) -> tuple[Field, ...]:
        return (self.name, self.title, self.email, self.phone, self.topics)

    @property
    def empty(self) -> bool:
        return not any(f.value.strip() for f in self.fields)

    @property
    def has_error(self) -> bool:
        return any(f.error for f in self.fields)


def interview_fields() -> list[Field]:
    return [
        Field("company", "Company", required=True, autocomplete="organization"),
        Field("role", "Role", required=True, autocomplete="organization-title"),
        Field("start", "Starts", kind="datetime-local", required=True),
        Field("end", "Ends", kind="datetime-local", help="Leave empty for one hour."),
        Field(
            "timezone",
            "Time zone",
            required=True,
            datalist="zones",
            help="Where the interview's times are local, e.g. Europe/London.",
            # A new zone brings its country's holidays (InterviewForm.follow_zone).
            hx={
                "hx-post": reverse("web:region"),
                "hx-trigger": "change",
                "hx-target": "#region",
                "hx-swap": "outerHTML",
            },
        ),
        Field("country", "Country", required=True, help="Whose public holidays apply, e.g. GB."),
        Field("subdivision", "State or province", help="Optional, e.g. NY or ON."),
        Field(
            "next_step",
            "What they said about next steps",
            kind="textarea",
            rows=2,
            help="In their words, e.g. “We'll decide by Friday.”",
        ),
        Field("decision_by", "They decide by", kind="date", help="Wins over the sentence."),
        Field("follow_up_on", "They asked you to check back on", kind="date"),
        Field("no_calls", "They asked not to be called", kind="select", choices=NO_CALLS),
        Field("references_requested", "They asked for references", kind="checkbox"),
        Field(
            "strengths",
            "Your strengths for this role",
            kind="textarea",
            rows=3,
            help="One per line; the notes weave them in.",
        ),
    ]


class InterviewForm(Form):
    def __init__(self) -> None:
        super().__init__(interview_fields())
        self.rows: list[Row] = []
        self.contact: str = ""
        self.interviewers_error: str | None = None
        # The zone the country was last derived from: while the country is still
        # that zone's, a new zone brings its own (`follow_zone`).
        self.country_zone: str = ""

    @classmethod
    def blank(cls, defaults: Defaults, now: datetime) -> InterviewForm:
        form = cls()
        country, subdivision = region_for(defaults.timezone, defaults)
        form.fill({"timezone": defaults.timezone, "country": country, "subdivision": subdivision})
        form.country_zone = defaults.timezone
        form.rows = [Row.blank()]
        form.contact = form.rows[0].key
        return form

    @classmethod
    def from_post(cls, data: QueryDict) -> InterviewForm:
        form = cls()
        form.fill(data)
        for key in data.getlist("row"):
            if not key.isalnum() or len(key) > 12:
                continue
            row = Row.blank(key)
            for f in row.fields:
                f.value = data.get(f.name, "")
            row.was = data.get(f"iv-{key}-was", "")
            form.rows.append(row)
        form.contact = data.get("contact", "")
        form.country_zone = data.get("country_zone", "")[:MAX_ZONE_LENGTH]
        if "add_row" in data:
            form.rows.append(Row.blank())
        if not form.rows:
            form.rows.append(Row.blank())
        return form

    @classmethod
    def from_interview(cls, interview: Interview) -> InterviewForm:
        form = cls()
        data = interview_to_mapping(interview)
        zone = interview.tz
        form.fill(
            {
                **{k: v for k, v in data.items() if isinstance(v, str)},
                "start": local_input(interview.start, zone),
                "end": local_input(interview.end, zone),
                "no_calls": {None: "", True: "yes", False: "no"}[interview.no_calls],
                "references_requested": interview.references_requested,
                "strengths": "\n".join(interview.strengths),
            }
        )
        form.country_zone = interview.timezone
        for index, person in enumerate(interview.interviewers):
            # Keyed by position, so a link can point at one interviewer's field.
            row = Row.blank(f"p{index}")
            row.name.value = person.name
            row.title.value = person.title or ""
            row.email.value = person.email or ""
            row.phone.value = person.phone or ""
            row.topics.value = "\n".join(person.topics)
            row.was = person.name
            form.rows.append(row)
            if person is interview.contact_person:
                form.contact = row.key
        return form

    def mapping(self) -> dict[str, Any]:
        """The interview file's fields from the form (the rows left empty are dropped)."""
        people = []
        for row in self.rows:
            if row.empty:
                continue
            people.append(
                {
                    "name": row.name.value.strip() or None,
                    "title": row.title.value.strip() or None,
                    "email": row.email.value.strip() or None,
                    "phone": row.phone.value.strip() or None,
                    "topics": topic_lines(row.topics.value),
                    "contact": row.key == self.contact,
                }
            )
        if people and not any(p["contact"] for p in people):
            people[0]["contact"] = True
        return {
            "company": self.value("company") or None,
            "role": self.value("role") or None,
            "start": self.value("start") or None,
            "end": self.value("end") or None,
            "timezone": self.value("timezone"),
            "country": self.value("country") or None,
            "subdivision": self.value("subdivision") or None,
            "interviewers": people,
            "next_step": self.value("next_step") or None,
            "decision_by": self.value("decision_by") or None,
            "follow_up_on": self.value("follow_up_on") or None,
            "no_calls": {"yes": True, "no": False}.get(self.value("no_calls")),
            "references_requested": self["references_requested"].checked,
            "strengths": lines(self.value("strengths")),
        }

    def follow_zone(self, defaults: Defaults) -> bool:
        """Give the country (and state) of the zone just chosen, unless the candidate
        chose a country of their own; True when they changed."""
        from followup.places import country_code

        try:
            zone = parse_zone(self.value("timezone"))
        except InputError:
            return False  # the zone's own error comes with the preview or the save
        typed = self.value("country")
        if typed and not self.country_zone:
            return False
        if typed and country_code(typed) != country_code(
            region_for(self.country_zone, defaults)[0]
        ):
            return False  # typed by the candidate: theirs stays
        self.country_zone = zone
        country, subdivision = region_for(zone, defaults)
        if typed and country_code(typed) == country_code(country):
            return False
        self.fill({"country": country, "subdivision": subdivision})
        return True

    def renames(self) -> dict[str, str]:
        """Stored name -> new name, for the interviewers renamed in this form."""
        return {
            row.was: row.name.value.strip()
            for row in self.rows
            if row.was and row.name.value.strip() and row.name.value.strip() != row.was
        }

    def check(self, defaults: Defaults) -> Interview | None:
        """The interview, or None with every error placed next to its field."""
        for name in ("company", "role", "start", "timezone", "country"):
            if not self.value(name):
                self.error(name, "is required")
        zone = ZoneInfo("UTC")
        if self.value("timezone"):
            try:
                zone = ZoneInfo(parse_zone(self.value("timezone")))
            except InputError as exc:
                self.error("timezone", _message(exc))
        for name in ("start", "end"):
            if self.value(name):
                try:
                    parse_moment(self.value(name), zone, name)
                except InputError as exc:
                    self.error(name, _message(exc))
        for name in ("decision_by", "follow_up_on"):
            try:
                parse_date(self.value(name) or None, name)
            except InputError as exc:
                self.error(name, _message(exc))
        if self.value("no_calls") not in ("", "yes", "no"):
            self.error("no_calls", "choose one of the options")
        filled = [row for row in self.rows if not row.empty]
        for row in filled:
            if not row.name.value.strip():
                row.name.error = "is required"
            try:
                parse_email(row.email.value.strip() or None, "email")
            except InputError as exc:
                row.email.error = _message(exc)
        if not filled:
            self.interviewers_error = "add at least one interviewer (a name is enough)"
        return self._parse(defaults, filled)

    def _parse(self, defaults: Defaults, filled: list[Row]) -> Interview | None:
        """Every error of the whole interview at once, not just the first the parser meets.

        The parser stops at its first error; so each bad field is put aside
        (`_set_aside`) and the rest is parsed again, until the parser has no
        more to say. A field already in error keeps its first message.
        """
        data = _without_none(self.mapping())
        for f in self.fields.values():
            if f.error:
                _set_aside(data, f.name)
        for index, row in enumerate(filled):
            for f in row.fields:
                if f.error:
                    _set_aside(data, f"interviewers[{index}].{f.name.rpartition('-')[2]}")
        if self.interviewers_error:
            _set_aside(data, "interviewers")
        set_aside: set[str] = set()
        # Bounded: each round puts one more field aside, and there are few fields.
        for _ in range(len(self.fields) + 6 * len(filled) + 4):
            try:
                interview = parse_interview(data, defaults)
            except InputError as exc:
                self.place(exc)
                if exc.field in set_aside or not _set_aside(data, exc.field):
                    return None
                set_aside.add(exc.field)
                continue
            if not self.valid or self.interviewers_error or any(r.has_error for r in self.rows):
                return None
            return interview
        return None

    def place(self, exc: InputError) -> None:
        """Put an error from the interview parser or the store next to its field."""
        name = exc.field
        message = _message(exc)
        if name.startswith("interviewers["):
            index_text, _, rest = name.removeprefix("interviewers[").partition("]")
            filled = [row for row in self.rows if not row.empty]
            sub = rest.lstrip(".")
            if digits(index_text, 4) and int(index_text) < len(filled):
                row = filled[int(index_text)]
                target = getattr(row, sub, None) if sub in ROW_FIELDS else None
                if isinstance(target, Field):
                    target.error = target.error or message
                    return
            self.interviewers_error = self.interviewers_error or message
            return
        if name == "interviewers":
            self.interviewers_error = self.interviewers_error or message
            return
        self.error(name, message)

    @property
    def first_error_id(self) -> str | None:
        found = super().first_error_id
        if found:
            return found
        for row in self.rows:
            for f in row.fields:
                if f.error:
                    return f.id
        return "interviewers" if self.interviewers_error else None


def region_for(zone: str, defaults: Defaults) -> tuple[str, str]:
    """The holiday country and state a new interview in `zone` starts with.

    The zone's own country first: a Toronto interview keeps Canada's holidays,
    whatever your settings say (issue 16, as `followup add` asks); your state
    only with your own country.
    """
    from followup.places import country_code, zone_country

    country = zone_country(zone) or defaults.country
    own = country_code(country) == country_code(defaults.country)
    return country, (defaults.subdivision or "") if own else ""


def _message(exc: InputError) -> str:
    prefix = f"{exc.field}: "
    return exc.message[len(prefix) :] if exc.message.startswith(prefix) else exc.message


# What stands in for a field put aside: a value the parser takes, chosen so it
# raises no error of its own about the other fields (an early start makes no
# date "before the interview").
STAND_INS: dict[str, Any] = {
    "company": "-",
    "role": "-",
    "start": "2000-01-01T00:00",
    "timezone": "UTC",
    "country": "US",
}
# Optional: simply left out.
LEFT_OUT = ("end", "subdivision", "decision_by", "follow_up_on", "next_step", "strengths")


def _set_aside(data: dict[str, Any], name: str) -> bool:
    """Replace or drop field `name` of `data` so the parser can judge the others.

    False when the field is not one the form can set aside (the parser's
    error is then the last one found this round).
    """
    if name in STAND_INS:
        data[name] = STAND_INS[name]
        if name == "country":
            # A subdivision cannot be judged without its country.
            data.pop("subdivision", None)
        return True
    if name in LEFT_OUT:
        data.pop(name, None)
        return True
    if name == "interviewers":
        data["interviewers"] = [{"name": "-", "contact": True}]
        return True
    if name.startswith("interviewers["):
        index_text, _, sub = name.removeprefix("interviewers[").partition("].")
        people = data.get("interviewers") or []
        if not digits(index_text, 4) or int(index_text) >= len(people) or sub not in ROW_FIELDS:
            return False
        index = int(index_text)
        if sub == "name":
            people[index]["name"] = f"- {index}"
        else:
            people[index].pop(sub, None)
        return True
    return False


def _without_none(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if v is not None}


def message_of(exc: InputError) -> str:
    return _message(exc)


def field_sentence(exc: InputError) -> str:
    """An error of the new-interview form as one sentence naming the field as the form
    labels it: "Time zone: unknown time zone 'Torono' (did you mean America/Toronto?)."."""
    labels = {field.name: field.label for field in interview_fields()}
    label = labels.get(exc.field, exc.field.replace("_", " ").capitalize())
    text = _message(exc).rstrip(".")
    return f"{label}: {text}."


def fill_in(*names: str) -> str:
    """How the web asks for a date the next step may have misread: by the form's labels."""
    labels = {field.name: field.label for field in interview_fields()}
    return "fill in " + " or ".join(f"“{labels.get(name, name)}”" for name in names)


def web_warnings(interview: Interview, plan: Plan) -> list[str]:
    """The plan's warnings, with the fields named as the web's forms label them."""
    from followup.etiquette.planner import date_questions

    core = date_questions(interview, plan.derived)
    web = date_questions(interview, plan.derived, fill_in)
    return [web[core.index(w)] if w in core else w for w in plan.warnings]


def preview_warnings(interview: Interview, plan: Plan) -> list[str]:
    """What the next-step preview questions as you type: a far or impossible date read
    from the sentence ("by 4/12" as next April), and a zone an hour off all summer."""
    from followup.etiquette.planner import date_questions
    from followup.places import zone_warning

    found = date_questions(interview, plan.derived, fill_in)
    zone = zone_warning(interview.timezone)
    return [*found, zone[0].upper() + zone[1:] + "."] if zone else found
