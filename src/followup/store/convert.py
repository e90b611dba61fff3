"""Rows to core values and back: the store speaks `etiquette.model.Interview`.

Reading gathers an interview's rows into one frozen `Interview` for the rules;
writing lays an `Interview` out as rows (company, application, people, seats,
topics, debrief, contact log, outcome), reusing the company, application and
people already known, so an interviewer met in two rounds stays one person.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from django.db.models import QuerySet

from followup.etiquette.model import (
    Contact,
    ContactKind,
    Debrief,
    Interview,
    Interviewer,
    Outcome,
    OutcomeKind,
    Purpose,
    slug,
)
from followup.store import models


def company_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def with_facts(queryset: QuerySet[models.Interview]) -> QuerySet[models.Interview]:
    """Interview rows with everything `to_core` reads, in a fixed number of queries."""
    return queryset.select_related("application__company", "outcome", "debrief").prefetch_related(
        "seats__person", "seats__topics", "contacts__person"
    )


def to_core(row: models.Interview) -> Interview:
    zone = ZoneInfo(row.timezone)

    def local(value: datetime) -> datetime:
        return value.astimezone(zone)

    seats = list(row.seats.all())
    people = tuple(
        Interviewer(
            name=seat.person.name,
            title=seat.person.title,
            email=seat.person.email,
            phone=seat.person.phone,
            topics=tuple(t.text for t in seat.topics.all()),
            contact=seat.is_contact,
        )
        for seat in seats
    )
    debrief = getattr(row, "debrief", None)
    outcome = getattr(row, "outcome", None)
    return Interview(
        company=row.application.company.name,
        role=row.application.role,
        start=local(row.start),
        end=local(row.end),
        timezone=row.timezone,
        country=row.country,
        subdivision=row.subdivision,
        interviewers=people,
        next_step=row.next_step,
        decision_by=row.decision_by,
        follow_up_on=row.follow_up_on,
        no_calls=row.no_calls,
        references_requested=row.references_requested,
        debrief=Debrief(
            went_well=debrief.went_well,
            went_poorly=debrief.went_poorly,
            stood_out=debrief.stood_out,
            forgot_to_mention=debrief.forgot_to_mention,
        )
        if debrief is not None
        else Debrief(),
        strengths=tuple(row.strengths),
        contacts=tuple(
            Contact(
                kind=ContactKind(c.kind),
                at=local(c.at),
                purpose=Purpose(c.purpose) if c.purpose else None,
                to=c.person.name if c.person else None,
                answered=c.answered,
                override=c.override,
                check_back=c.check_back,
                says=c.says,
            )
            for c in row.contacts.all()
        ),
        outcome=Outcome(
            kind=OutcomeKind(outcome.kind),
            at=local(outcome.at),
            keep_in_touch=outcome.keep_in_touch,
        )
        if outcome is not None
        else None,
    )


def utc(value: datetime) -> datetime:
    return value.astimezone(UTC)


class Known:
    """Companies, applications and people already read or made in this transaction.

    An import of thousands of interviews asks the database once per company,
    role and person instead of once per interview.
    """

    def __init__(self) -> None:
        self.companies: dict[str, models.Company] = {}
        self.applications: dict[tuple[int, str], models.Application] = {}
        self.people: dict[tuple[int, str], models.Person] = {}
        # True once everything the user has is loaded: then a miss is new.
        self.complete = False

    @classmethod
    def everything(cls, user: models.User) -> Known:
        """All of a user's companies, applications and people (for a bulk import)."""
        known = cls()
        known.companies = {c.key: c for c in models.Company.objects.filter(user=user)}
        known.applications = {
            (a.company_id, a.key): a for a in models.Application.objects.filter(user=user)
        }
        known.people = {(p.company_id, p.key): p for p in models.Person.objects.filter(user=user)}
        known.complete = True
        return known


def _company(user: models.User, name: str, known: Known) -> models.Company:
    key = company_key(name)
    if key not in known.companies:
        if known.complete:
            known.companies[key] = models.Company.objects.create(user=user, key=key, name=name)
        else:
            known.companies[key], _ = models.Company.objects.get_or_create(
                user=user, key=key, defaults={"name": name}
            )
    return known.companies[key]


def _application(
    user: models.User, company: models.Company, role: str, known: Known
) -> models.Application:
    key = (company.pk, company_key(role))
    if key not in known.applications:
        if known.complete:
            known.applications[key] = models.Application.objects.create(
                user=user, company=company, key=key[1], role=role
            )
        else:
            known.applications[key], _ = models.Application.objects.get_or_create(
                user=user, company=company, key=key[1], defaults={"role": role}
            )
    return known.applications[key]


def _person(
    user: models.User, company: models.Company, person: Interviewer, known: Known
) -> models.Person:
    key = (company.pk, person.key)
    facts = {
        "name": person.name,
        "title": person.title,
        "email": person.email,
        "phone": person.phone,
    }
    stored = known.people.get(key)
    if stored is None:
        if known.complete:
            stored, created = (
                models.Person.objects.create(user=user, company=company, key=person.key, **facts),
                True,
            )
        else:
            stored, created = models.Person.objects.get_or_create(
                user=user, company=company, key=person.key, defaults=facts
            )
        known.people[key] = stored
        if created:
            return stored
    # The latest interview's facts about a person win (a new title...).
    changed = [name for name, value in facts.items() if getattr(stored, name) != value]
    if changed:
        for name in changed:
            setattr(stored, name, facts[name])
        stored.save(update_fields=changed)
    return stored


def write(
    user: models.User,
    interview: Interview,
    row: models.Interview | None = None,
    *,
    pk: int | None = None,
    known: Known | None = None,
) -> models.Interview:
    """Store `interview`'s facts, as a new row (optionally with id `pk`) or over `row`.

    Run inside a transaction: the old seats, topics, log, outcome and debrief
    of `row` are replaced as a whole.
    """
    known = known or Known()
    company = _company(user, interview.company, known)
    application = _application(user, company, interview.role, known)
    facts = {
        "application": application,
        "start": utc(interview.start),
        "end": utc(interview.end),
        "timezone": interview.timezone,
        "country": interview.country,
        "subdivision": interview.subdivision,
        "next_step": interview.next_step,
        "decision_by": interview.decision_by,
        "follow_up_on": interview.follow_up_on,
        "no_calls": interview.no_calls,
        "references_requested": interview.references_requested,
        "strengths": list(interview.strengths),
    }
    if row is None:
        row = models.Interview.objects.create(user=user, pk=pk, **facts)
    else:
        for name, value in facts.items():
            setattr(row, name, value)
        row.save()
        row.contacts.all().delete()
        row.seats.all().delete()
        models.Outcome.objects.filter(interview=row).delete()
        models.Debrief.objects.filter(interview=row).delete()

    people = {p.key: _person(user, company, p, known) for p in interview.interviewers}
    # SQLite returns the new primary keys from a bulk insert, so topics can follow.
    seats = models.Interviewer.objects.bulk_create(
        models.Interviewer(
            user=user,
            interview=row,
            person=people[person.key],
            position=position,
            is_contact=person.contact,
        )
        for position, person in enumerate(interview.interviewers)
    )
    topics = [
        models.Topic(user=user, seat=seat, position=i, text=text)
        for seat, person in zip(seats, interview.interviewers, strict=True)
        for i, text in enumerate(person.topics)
    ]
    if topics:
        models.Topic.objects.bulk_create(topics)
    if interview.contacts:
        models.Contact.objects.bulk_create(
            models.Contact(
                user=user,
                interview=row,
                kind=c.kind.value,
                purpose=c.purpose.value if c.purpose else None,
                person=people.get(slug(c.to)) if c.to else None,
                at=utc(c.at),
                answered=c.answered,
                override=c.override,
                check_back=c.check_back,
                says=c.says,
            )
            for c in interview.contacts
        )
    if interview.outcome is not None:
        models.Outcome.objects.create(
            user=user,
            interview=row,
            kind=interview.outcome.kind.value,
            at=utc(interview.outcome.at),
            keep_in_touch=interview.outcome.keep_in_touch,
        )
    if not interview.debrief.is_empty:
        d = interview.debrief
        models.Debrief.objects.create(
            user=user,
            interview=row,
            went_well=d.went_well,
            went_poorly=d.went_poorly,
            stood_out=d.stood_out,
            forgot_to_mention=d.forgot_to_mention,
        )
    return row


def write_many(
    user: models.User, interviews: Sequence[tuple[int | None, Interview]], known: Known
) -> list[models.Interview]:
    """Store many new interviews with a few bulk inserts per table (an import's batch).

    The same rows as `write` for each in turn: companies, roles and people
    are matched through `known` (which must be `complete`), and a person's
    facts are those of the last interview that names them. Run inside a
    transaction.
    """
    assert known.complete, "write_many needs Known.everything"
    new_companies: list[models.Company] = []
    new_applications: list[models.Application] = []
    for _, interview in interviews:
        key = company_key(interview.company)
        if key not in known.companies:
            company = models.Company(user=user, key=key, name=interview.company)
            known.companies[key] = company
            new_companies.append(company)
    models.Company.objects.bulk_create(new_companies)
    for _, interview in interviews:
        company = known.companies[company_key(interview.company)]
        app_key = (company.pk, company_key(interview.role))
        if app_key not in known.applications:
            application = models.Application(
                user=user, company=company, key=app_key[1], role=interview.role
            )
            known.applications[app_key] = application
            new_applications.append(application)
    models.Application.objects.bulk_create(new_applications)

    new_people: list[models.Person] = []
    changed: dict[int, tuple[models.Person, set[str]]] = {}
    rows: list[models.Interview] = []
    met: list[dict[str, models.Person]] = []
    for pk, interview in interviews:
        company = known.companies[company_key(interview.company)]
        application = known.applications[(company.pk, company_key(interview.role))]
        people: dict[str, models.Person] = {}
        for person in interview.interviewers:
            facts = {
                "name": person.name,
                "title": person.title,
                "email": person.email,
                "phone": person.phone,
            }
            stored = known.people.get((company.pk, person.key))
            if stored is None:
                stored = models.Person(user=user, company=company, key=person.key, **facts)
                known.people[(company.pk, person.key)] = stored
                new_people.append(stored)
            else:
                # The latest interview's facts about a person win (a new title...).
                names = {name for name, value in facts.items() if getattr(stored, name) != value}
                for name in names:
                    setattr(stored, name, facts[name])
                if names and stored.pk is not None:
                    changed.setdefault(stored.pk, (stored, set()))[1].update(names)
            people[person.key] = stored
        met.append(people)
        rows.append(
            models.Interview(
                user=user,
                pk=pk,
                application=application,
                start=utc(interview.start),
                end=utc(interview.end),
                timezone=interview.timezone,
                country=interview.country,
                subdivision=interview.subdivision,
                next_step=interview.next_step,
                decision_by=interview.decision_by,
                follow_up_on=interview.follow_up_on,
                no_calls=interview.no_calls,
                references_requested=interview.references_requested,
                strengths=list(interview.strengths),
            )
        )
    models.Person.objects.bulk_create(new_people)
    for stored, names in changed.values():
        stored.save(update_fields=sorted(names))
    models.Interview.objects.bulk_create(rows)

    seat_rows: list[models.Interviewer] = []
    for row, people, (_, interview) in zip(rows, met, interviews, strict=True):
        seat_rows.extend(
            models.Interviewer(
                user=user,
                interview=row,
                person=people[person.key],
                position=position,
                is_contact=person.contact,
            )
            for position, person in enumerate(interview.interviewers)
        )
    # SQLite returns the new primary keys from a bulk insert, so topics can follow.
    seats = iter(models.Interviewer.objects.bulk_create(seat_rows))
    topics: list[models.Topic] = []
    contacts: list[models.Contact] = []
    outcomes: list[models.Outcome] = []
    debriefs: list[models.Debrief] = []
    for row, people, (_, interview) in zip(rows, met, interviews, strict=True):
        for person in interview.interviewers:
            seat = next(seats)
            topics.extend(
                models.Topic(user=user, seat=seat, position=i, text=text)
                for i, text in enumerate(person.topics)
            )
        contacts.extend(
            models.Contact(
                user=user,
                interview=row,
                kind=c.kind.value,
                purpose=c.purpose.value if c.purpose else None,
                person=people.get(slug(c.to)) if c.to else None,
                at=utc(c.at),
                answered=c.answered,
                override=c.override,
                check_back=c.check_back,
                says=c.says,
            )
            for c in interview.contacts
        )
        if interview.outcome is not None:
            outcomes.append(
                models.Outcome(
                    user=user,
                    interview=row,
                    kind=interview.outcome.kind.value,
                    at=utc(interview.outcome.at),
                    keep_in_touch=interview.outcome.keep_in_touch,
                )
            )
        if not interview.debrief.is_empty:
            d = interview.debrief
            debriefs.append(
                models.Debrief(
                    user=user,
                    interview=row,
                    went_well=d.went_well,
                    went_poorly=d.went_poorly,
                    stood_out=d.stood_out,
                    forgot_to_mention=d.forgot_to_mention,
                )
            )
    models.Topic.objects.bulk_create(topics)
    models.Contact.objects.bulk_create(contacts)
    models.Outcome.objects.bulk_create(outcomes)
    models.Debrief.objects.bulk_create(debriefs)
    return rows
