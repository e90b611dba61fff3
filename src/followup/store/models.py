"""The stored facts of every interview, and the open actions derived from them.

Facts (companies, applications, people, interviews, the contact log,
outcomes, debriefs, settings) are what the candidate told us. `Action` rows
are derived: `services.replan` recomputes an interview's open actions with the
rules core after every change and stores their instants in indexed columns,
so "what is due now" across all interviews is one indexed query.

Every row belongs to a user: the local app has one (`local`); a server mode
will have many without reshaping the data. Instants are stored in UTC; each
interview keeps its IANA zone for the wall-clock rules.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import AbstractUser
from django.db import models


class User(AbstractUser):
    # The fingerprint of the rules that computed this user's stored actions
    # (location.rules_stamp); a different one means they must be recomputed.
    rules_stamp = models.CharField(max_length=32, blank=True, default="")


class Owned(models.Model):
    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="+")

    class Meta:
        abstract = True


class Company(Owned):
    name = models.CharField(max_length=200)
    # Case- and space-insensitive, so "Northwind" and "northwind " are one company.
    key = models.CharField(max_length=200)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "key"], name="company_unique_per_user")
        ]

    def __str__(self) -> str:
        return self.name


class Application(Owned):
    """One role applied for at one company; its interviews are its rounds."""

    company = models.ForeignKey(Company, on_delete=models.CASCADE, related_name="applications")
    role = models.CharField(max_length=200)
    key = models.CharField(max_length=200)
    # Whether it is active (still waiting for an answer), kept by every write
    # that replans one of its rounds (convert.recount_active), so the agenda
    # counts active applications over an index instead of over every action:
    # the latest not_before of its open move_on actions (active until then) ...
    moves_on = models.DateTimeField(null=True, blank=True)
    # ... and whether its latest round ended in "next round" (active for good).
    next_round = models.BooleanField(db_default=False)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["company", "key"], name="application_unique_role")
        ]
        indexes = [
            models.Index(fields=["user", "next_round", "moves_on"], name="application_user_active")
        ]

    def __str__(self) -> str:
        return f"{self.role} at {self.company}"


class Person(Owned):
    """Someone at a company; met in two rounds, they are still one person."""

    company = models.ForeignKey(Company, on_delete=models.CASCADE, related_name="people")
    name = models.CharField(max_length=200)
    # etiquette.model.slug(name): how interviewers are matched everywhere.
    key = models.CharField(max_length=200)
    title = models.CharField(max_length=200, null=True, blank=True)
    email = models.CharField(max_length=320, null=True, blank=True)
    phone = models.CharField(max_length=64, null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["company", "key"], name="person_unique_per_company")
        ]

    def __str__(self) -> str:
        return self.name


class Interview(Owned):
    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="interviews"
    )
    start = models.DateTimeField()
    end = models.DateTimeField()
    timezone = models.CharField(max_length=64)
    country = models.CharField(max_length=8)
    subdivision = models.CharField(max_length=16, null=True, blank=True)
    next_step = models.TextField(null=True, blank=True)
    decision_by = models.DateField(null=True, blank=True)
    follow_up_on = models.DateField(null=True, blank=True)
    # None: not said; the next-step sentence may still say "don't call us".
    no_calls = models.BooleanField(null=True)
    references_requested = models.BooleanField(default=False)
    strengths: models.JSONField[Any] = models.JSONField(default=list)
    # The UID of the calendar invitation it was added from, to know its updates.
    invite_uid = models.CharField(max_length=255, blank=True, default="")
    # Its SEQUENCE then: an older copy of the invitation is not news.
    invite_sequence = models.PositiveIntegerField(default=0)
    # Where it takes place, as the invitation said (shown, not planned on).
    location = models.CharField(max_length=500, blank=True, default="")
    video_link = models.CharField(max_length=1000, blank=True, default="")
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        indexes = [models.Index(fields=["user", "start"], name="interview_user_start")]

    def __str__(self) -> str:
        return f"#{self.pk} {self.application}"


class Interviewer(Owned):
    """A person's seat at one interview: order, whether they are the contact, topics."""

    interview = models.ForeignKey(Interview, on_delete=models.CASCADE, related_name="seats")
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="seats")
    position = models.PositiveSmallIntegerField()
    is_contact = models.BooleanField(default=False)

    class Meta:
        ordering = ["position"]
        constraints = [
            models.UniqueConstraint(fields=["interview", "person"], name="seat_unique_person")
        ]


class Topic(Owned):
    """Something discussed with one person at one interview."""

    seat = models.ForeignKey(Interviewer, on_delete=models.CASCADE, related_name="topics")
    position = models.PositiveSmallIntegerField()
    text = models.CharField(max_length=2000)  # fields.LIMITS["topic"]

    class Meta:
        ordering = ["position"]


class Debrief(Owned):
    interview = models.OneToOneField(Interview, on_delete=models.CASCADE, related_name="debrief")
    went_well = models.TextField(null=True, blank=True)
    went_poorly = models.TextField(null=True, blank=True)
    stood_out = models.TextField(null=True, blank=True)
    forgot_to_mention = models.TextField(null=True, blank=True)


class Contact(Owned):
    """One entry of the contact log: the candidate's contact, or the employer's reply."""

    interview = models.ForeignKey(Interview, on_delete=models.CASCADE, related_name="contacts")
    kind = models.CharField(max_length=16)  # etiquette.model.ContactKind
    purpose = models.CharField(max_length=32, null=True, blank=True)  # Purpose
    person = models.ForeignKey(
        Person, on_delete=models.PROTECT, null=True, blank=True, related_name="contacts"
    )
    at = models.DateTimeField()
    answered = models.BooleanField(null=True)
    # The candidate's reason for recording a contact the guardrails refused.
    override = models.TextField(null=True, blank=True)
    # Replies only: the day they asked to hear back, and their words about it.
    check_back = models.DateField(null=True, blank=True)
    says = models.TextField(null=True, blank=True)

    class Meta:
        ordering = ["at", "id"]


class Outcome(Owned):
    interview = models.OneToOneField(Interview, on_delete=models.CASCADE, related_name="outcome")
    kind = models.CharField(max_length=16)  # etiquette.model.OutcomeKind
    at = models.DateTimeField()
    keep_in_touch = models.BooleanField(default=False)


class Setting(Owned):
    """One value of config.SETTINGS for one user, as JSON."""

    name = models.CharField(max_length=64)
    value: models.JSONField[Any] = models.JSONField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "name"], name="setting_unique_name")]


class Action(Owned):
    """An open action of an interview's plan (derived; rewritten by `services.replan`).

    Status is not stored: it follows from `now` and the three instants
    (not_yet before not_before, pending until due, overdue after). Done and
    cancelled actions are not stored at all.
    """

    # No index of its own: the (user, due), (user, not_before) and (user,
    # expires) indexes begin with it, and PostgreSQL's planner, offered the
    # single-column one, chose it over (user, due) for the coach's board
    # (12 ms against 1.4 ms by EXPLAIN ANALYZE, bench/server/page_bench.py).
    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="+", db_index=False)
    interview = models.ForeignKey(Interview, on_delete=models.CASCADE, related_name="actions")
    # Denormalised so the agenda can count active applications without a join.
    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="+")
    action_id = models.CharField(max_length=250)  # "thank_you:" + a person key (200)
    kind = models.CharField(max_length=32)
    to_name = models.CharField(max_length=200, null=True, blank=True)
    channel = models.CharField(max_length=16)
    not_before = models.DateTimeField()
    due = models.DateTimeField()
    # After this instant the action is no longer listed (the prepare reminder).
    expires = models.DateTimeField(null=True, blank=True)
    why = models.TextField()
    sources = models.CharField(max_length=64)  # source ids, space-separated: "S0 S2"
    position = models.PositiveSmallIntegerField()

    class Meta:
        ordering = ["interview", "position"]
        indexes = [
            models.Index(fields=["user", "not_before"], name="action_user_not_before"),
            models.Index(fields=["user", "due"], name="action_user_due"),
            models.Index(fields=["user", "expires"], name="action_user_expires"),
            # (action_user_kind_app, for the old count of active applications, went in 0006.)
        ]
        constraints = [
            models.UniqueConstraint(fields=["interview", "action_id"], name="action_unique_id")
        ]
