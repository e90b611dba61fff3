"""Rows to core values and back: the store speaks `etiquette.model.Interview`.

Reading gathers an interview's rows into one frozen `Interview` for the rules;
writing lays an `Interview` out as rows (company, application, people, seats,
topics, debrief, contact log, outcome), reusing the company, application and
people already known, so an interviewer met in two rounds stays one person.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from django.db.models import QuerySet

from followup.etiquette.model import (
    Action,
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
from followup.store.invitation import NO_INVITATION, Invitation
from followup.store.planning import INSERT_ACTION, action_row
from followup.store.planning import db_instant as db_instant


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


class Bulk:
    """Many new interviews written with one `executemany` per table (an import).

    The same rows as `write` for each interview in turn, without building a
    Django model per row (that cost an import of 100,000 interviews minutes):
    companies, roles and people already stored or added by this import are
    matched from memory, and a person's facts are those of the last
    interview that names them. New rows get their IDs here, after the
    highest ever used (these tables AUTOINCREMENT), which is safe because the
    import holds the write lock for its whole transaction. Use inside
    `transaction.atomic()`, on Django's connection, so all of it commits or
    none.
    """

    def __init__(self, db: Any, user_id: int) -> None:
        from followup.store.server import QmarkConnection, is_psycopg

        self.postgres = is_psycopg(db)
        if self.postgres:
            # The IDs are chosen here, so no other import may choose them at
            # once (SQLite's write lock does this there): held to the commit.
            db.execute(
                "LOCK TABLE followup_company, followup_application, followup_person, "
                "followup_interview, followup_interviewer IN EXCLUSIVE MODE"
            )
            db = QmarkConnection(db)
        self.db = db
        self.user_id = user_id
        self.companies: dict[str, int] = dict(
            db.execute("SELECT key, id FROM followup_company WHERE user_id = ?", (user_id,))
        )
        self.applications: dict[tuple[int, str], int] = {
            (company, key): pk
            for company, key, pk in db.execute(
                "SELECT company_id, key, id FROM followup_application WHERE user_id = ?",
                (user_id,),
            )
        }
        # The people of the batch being written: read per batch for the
        # companies it names, so memory stays bounded by the batch.
        self.people: dict[tuple[int, str], list[Any]] = {}
        self.next_id = {table: self._after(table) for table in ("company", "application",
                        "person", "interview", "interviewer")}  # fmt: skip

    def _after(self, table: str) -> int:
        name = f"followup_{table}"
        if self.postgres:
            (used,) = self.db.execute(
                f"SELECT greatest((SELECT last_value FROM {_sequence(name)}), "
                f"coalesce((SELECT max(id) FROM {name}), 0))"
            ).fetchone()
            return int(used) + 1
        (used,) = self.db.execute(
            "SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = ?), 0), "
            f"coalesce((SELECT max(id) FROM {name}), 0))",
            (name,),
        ).fetchone()
        return int(used) + 1

    def _new_id(self, table: str) -> int:
        pk = self.next_id[table]
        self.next_id[table] = pk + 1
        return pk

    def write(
        self,
        interviews: Sequence[tuple[int | None, Interview]],
        now: datetime,
        invitations: Sequence[Invitation] | None = None,
    ) -> list[tuple[int, int]]:
        """Store `interviews` (with the ID given, else a new one); their (ID, application ID).

        `invitations`, one per interview in the same order, are the invitation
        columns each keeps (none given: empty, as Django's defaults)."""
        user = self.user_id
        stamp = db_instant(now)
        companies: list[tuple[Any, ...]] = []
        applications: list[tuple[Any, ...]] = []
        people: list[list[Any]] = []
        fresh: set[int] = set()  # people inserted by this batch (written with their last facts)
        changed: dict[int, list[Any]] = {}
        heads: list[tuple[Any, ...]] = []
        seats: list[tuple[Any, ...]] = []
        topics: list[tuple[Any, ...]] = []
        contacts: list[tuple[Any, ...]] = []
        outcomes: list[tuple[Any, ...]] = []
        debriefs: list[tuple[Any, ...]] = []
        written: list[tuple[int, int]] = []
        kept = invitations if invitations is not None else [NO_INVITATION] * len(interviews)
        self._read_people(interviews)
        for (pk, interview), invitation in zip(interviews, kept, strict=True):
            key = company_key(interview.company)
            company = self.companies.get(key)
            if company is None:
                company = self.companies[key] = self._new_id("company")
                companies.append((company, interview.company, key, user))
            role_key = company_key(interview.role)
            application = self.applications.get((company, role_key))
            if application is None:
                application = self._new_id("application")
                self.applications[(company, role_key)] = application
                applications.append((application, interview.role, role_key, user, company))
            if pk is None:
                pk = self._new_id("interview")
            written.append((pk, application))
            heads.append(
                (
                    pk,
                    db_instant(interview.start),
                    db_instant(interview.end),
                    interview.timezone,
                    interview.country,
                    interview.subdivision,
                    interview.next_step,
                    interview.decision_by.isoformat() if interview.decision_by else None,
                    interview.follow_up_on.isoformat() if interview.follow_up_on else None,
                    interview.no_calls,
                    interview.references_requested,
                    json.dumps(list(interview.strengths)),  # as Django's JSONField writes it
                    stamp,
                    stamp,
                    application,
                    user,
                    *invitation,
                )
            )
            met: dict[str, int] = {}
            for position, person in enumerate(interview.interviewers):
                facts = [person.name, person.title, person.email, person.phone]
                stored = self.people.get((company, person.key))
                if stored is None:
                    stored = [self._new_id("person"), company, person.key, *facts]
                    self.people[(company, person.key)] = stored
                    people.append(stored)
                    fresh.add(stored[0])
                elif stored[3:] != facts:
                    # The latest interview's facts about a person win (a new title...).
                    stored[3:] = facts
                    if stored[0] not in fresh:  # already in the database
                        changed[stored[0]] = stored
                met[person.key] = stored[0]
                seat = self._new_id("interviewer")
                seats.append((seat, position, person.contact, pk, user, stored[0]))
                topics.extend((i, text, seat, user) for i, text in enumerate(person.topics))
            contacts.extend(
                (
                    c.kind.value,
                    c.purpose.value if c.purpose else None,
                    db_instant(c.at),
                    c.answered,
                    c.override,
                    user,
                    pk,
                    met.get(slug(c.to)) if c.to else None,
                    c.check_back.isoformat() if c.check_back else None,
                    c.says,
                )
                for c in interview.contacts
            )
            if interview.outcome is not None:
                o = interview.outcome
                outcomes.append((o.kind.value, db_instant(o.at), o.keep_in_touch, pk, user))
            if not interview.debrief.is_empty:
                d = interview.debrief
                debriefs.append(
                    (d.went_well, d.went_poorly, d.stood_out, d.forgot_to_mention, user, pk)
                )
        db = self.db
        db.executemany(
            "INSERT INTO followup_company (id, name, key, user_id) VALUES (?, ?, ?, ?)", companies
        )
        db.executemany(
            "INSERT INTO followup_application (id, role, key, user_id, company_id) "
            "VALUES (?, ?, ?, ?, ?)",
            applications,
        )
        db.executemany(
            "INSERT INTO followup_person (id, company_id, key, name, title, email, phone, "
            "user_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(*p, user) for p in people],
        )
        db.executemany(
            "UPDATE followup_person SET name = ?, title = ?, email = ?, phone = ? WHERE id = ?",
            [(*p[3:], p[0]) for p in changed.values()],
        )
        db.executemany(
            'INSERT INTO followup_interview (id, start, "end", timezone, country, subdivision, '
            "next_step, decision_by, follow_up_on, no_calls, references_requested, strengths, "
            "created, updated, application_id, user_id, "
            "invite_uid, invite_sequence, location, video_link) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            heads,
        )
        db.executemany(
            "INSERT INTO followup_interviewer (id, position, is_contact, interview_id, user_id, "
            "person_id) VALUES (?, ?, ?, ?, ?, ?)",
            seats,
        )
        db.executemany(
            "INSERT INTO followup_topic (position, text, seat_id, user_id) VALUES (?, ?, ?, ?)",
            topics,
        )
        db.executemany(
            "INSERT INTO followup_contact (kind, purpose, at, answered, override, user_id, "
            "interview_id, person_id, check_back, says) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            contacts,
        )
        db.executemany(
            "INSERT INTO followup_outcome (kind, at, keep_in_touch, interview_id, user_id) "
            "VALUES (?, ?, ?, ?, ?)",
            outcomes,
        )
        db.executemany(
            "INSERT INTO followup_debrief (went_well, went_poorly, stood_out, "
            "forgot_to_mention, user_id, interview_id) VALUES (?, ?, ?, ?, ?, ?)",
            debriefs,
        )
        if self.postgres:
            # The next row Django adds takes an ID after those written here.
            for table, after in self.next_id.items():
                name = "followup_" + table
                self.db.execute(
                    f"SELECT setval('{_sequence(name)}', greatest(?, "
                    f"(SELECT last_value FROM {_sequence(name)}), "
                    f"(SELECT coalesce(max(id), 0) FROM {name})))",
                    (after - 1,),
                )
        self.people.clear()  # all written: the next batch reads those it names
        return written

    # Companies whose people are read at once (bound parameters of one IN list).
    PEOPLE_CHUNK = 500

    def _read_people(self, interviews: Sequence[tuple[int | None, Interview]]) -> None:
        """The stored people of the companies these interviews name, into `self.people`."""
        stored = sorted(
            {
                company
                for _, interview in interviews
                if interview.interviewers
                and (company := self.companies.get(company_key(interview.company))) is not None
            }
        )
        for i in range(0, len(stored), self.PEOPLE_CHUNK):
            chunk = stored[i : i + self.PEOPLE_CHUNK]
            marks = ", ".join("?" * len(chunk))
            for row in self.db.execute(
                "SELECT id, company_id, key, name, title, email, phone FROM followup_person "
                f"WHERE +user_id = ? AND company_id IN ({marks})",  # over the company index
                (self.user_id, *chunk),
            ):
                self.people[(row[1], row[2])] = list(row)

    def planned(self, rows: Sequence[tuple[Any, ...]], applications: Iterable[int]) -> None:
        """Store action rows planned already (`planning.planned_rows`), and recount
        whether their applications are active."""
        self.db.executemany(INSERT_ACTION, rows)
        recount_active(self.db, self.user_id, applications)


def store_actions(
    db: Any, user_id: int, rows: Sequence[tuple[int, int, Sequence[tuple[int, Action]]]]
) -> int:
    """Store open actions: (interview ID, application ID, [(position, action)]) each."""
    values = [
        action_row(user_id, application, interview, position, action)
        for interview, application, actions in rows
        for position, action in actions
    ]
    db.executemany(INSERT_ACTION, values)
    return len(values)


# What makes an application active, the agenda's count (agenda/query.py): an
# open move_on action still ahead, or a latest round that ended in "next round".
# Kept in two columns of the application by every write that changes either.
RECOUNT_SQL = """
UPDATE followup_application SET
    moves_on = (SELECT max(a.not_before) FROM followup_action AS a
                WHERE a.application_id = followup_application.id AND a.kind = 'move_on'),
    next_round = EXISTS (
        SELECT 1 FROM followup_interview AS i
        JOIN followup_outcome AS o ON o.interview_id = i.id
        WHERE i.application_id = followup_application.id AND o.kind = 'next_round'
          AND i.start = (SELECT max(j.start) FROM followup_interview AS j
                         WHERE j.application_id = followup_application.id))
WHERE user_id = ?"""
# Applications recounted by one statement (bound parameters of one IN list).
RECOUNT_CHUNK = 500


def recount_active(db: Any, user_id: int, applications: Iterable[int] | None = None) -> None:
    """Bring `moves_on` and `next_round` up to date for these applications of `user_id`
    (all of them when None), from the stored actions, rounds and outcomes."""
    if applications is None:
        db.execute(RECOUNT_SQL, (user_id,))
        return
    ids = sorted(set(applications))
    for i in range(0, len(ids), RECOUNT_CHUNK):
        chunk = ids[i : i + RECOUNT_CHUNK]
        marks = ", ".join("?" * len(chunk))
        db.execute(f"{RECOUNT_SQL} AND id IN ({marks})", (user_id, *chunk))


def _sequence(table: str) -> str:
    """The sequence of `table`'s identity column on PostgreSQL (Django's naming)."""
    return f"{table}_id_seq"
