"""One shared way to build interviews in tests: sensible facts, any field overridable."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from followup.etiquette.model import Contact, Debrief, Interview, Interviewer

NEW_YORK = ZoneInfo("America/New_York")


def local(text: str, zone: str = "America/New_York") -> datetime:
    """'2026-11-17 10:00' as an aware datetime in `zone`."""
    return datetime.fromisoformat(text).replace(tzinfo=ZoneInfo(zone))


def interviewer(name: str = "Priya Raman", **fields: Any) -> Interviewer:
    defaults: dict[str, Any] = {
        "title": "Engineering Manager",
        "email": f"{name.split()[0].lower()}@northwind.example",
        "phone": "+1 212 555 0142",
        "topics": ("streaming ingestion",),
    }
    defaults.update(fields)
    return Interviewer(name=name, **defaults)


def make_interview(**fields: Any) -> Interview:
    """Tuesday 17 November 2026, 10:00-11:00 in New York, two interviewers."""
    zone = fields.get("timezone", "America/New_York")
    start = fields.pop("start", None) or local("2026-11-17 10:00", zone)
    base = Interview(
        company="Northwind Analytics",
        role="Senior Data Engineer",
        start=start,
        end=fields.pop("end", None) or start + timedelta(hours=1),
        timezone=zone,
        interviewers=(
            interviewer("Priya Raman", topics=("streaming ingestion", "on-call rotation")),
            interviewer("Marcus Bell", title="Staff Engineer", topics=("data modelling",)),
        ),
        country="US",
        debrief=Debrief(went_well="The design exercise."),
        strengths=("cut warehouse costs by a third",),
    )
    return replace(base, **fields)


def with_contacts(interview: Interview, *contacts: Contact) -> Interview:
    return replace(interview, contacts=interview.contacts + contacts)
