"""Rows to core values and back: the store speaks `etiquette.model.Interview`.

Reading gathers an interview's rows into one frozen `Interview` for the rules;
writing lays an `Interview` out as rows (company, application, people, seats,
topics, debrief, contact log, outcome), reusing the company, application and
people already known, so an interviewer met in two rounds stays one person.
"""

from __future__ import annotations

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


def write(
    user: models.User,
    interview: Interview,
    row: models.Interview | None = None,
    *,
    pk: int | None = None,
) -> models.Interview:
    """Store `interview`'s facts, as a new row (optionally with id `pk`) or over `row`.

    Run inside a transaction: the old seats, topics, log, outcome and debrief
    of `row` are replaced as a whole.
    """
    company, _ = models.Company.objects.get_or_create(
        user=user, key=company_key(interview.company), defaults={"name": interview.company}
    )
    application, _ = models.Application.objects.get_or_create(
        user=user,
        company=company,
        key=company_key(interview.role),
        defaults={"role": interview.role},
    )
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

    people: dict[str, models.Person] = {}
    for position, person in enumerate(interview.interviewers):
        stored, created = models.Person.objects.get_or_create(
            user=user,
            company=company,
            key=person.key,
            defaults={
                "name": person.name,
                "title": person.title,
                "email": person.email,
                "phone": person.phone,
            },
        )
        if not created:
            # The latest interview's facts about a person win (a new title...).
            changed = False
            for name in ("name", "title", "email", "phone"):
                if getattr(stored, name) != getattr(person, name):
                    setattr(stored, name, getattr(person, name))
                    changed = True
            if changed:
                stored.save()
        people[person.key] = stored
        seat = models.Interviewer.objects.create(
            user=user, interview=row, person=stored, position=position, is_contact=person.contact
        )
        models.Topic.objects.bulk_create(
            models.Topic(user=user, seat=seat, position=i, text=text)
            for i, text in enumerate(person.topics)
        )
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
