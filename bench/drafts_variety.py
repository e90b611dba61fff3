"""How varied and how long the drafts are (issue #11), on interviews we did not tune on.

    .venv/bin/python bench/drafts_variety.py            # 50 generated interviews
    .venv/bin/python bench/drafts_variety.py --records  # the 30 review records (tuned on)

The 50 interviews are made from a fixed seed: companies, roles, panels of one
to four, topics, strengths and debrief lines drawn from lists below that the
review records do not use. Prints:

- distinct opening sentences of the thank-yous, with the company, role,
  weekday and time words masked (so two notes differ by their form, not their
  names), against the number of thank-yous;
- the pairwise likeness of a panel's thank-yous (Jaccard index of three-word
  runs, names masked: `writing.text.likeness`, the linter's own measure);
- distinct closing sentences of the check-ins (topics masked), and how many
  drafts call a topic the employer's own work ("your work on ...");
- pairs of drafts to one person that would go on the same day (issue #11:
  one message a day to one person; the check-in carries a late thank-you);
- words per note, by kind.

Run it on an older checkout with PYTHONPATH=<that checkout>/src to compare.
"""

from __future__ import annotations

import argparse
import itertools
import os
import random
import re
import statistics
import sys
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from followup.etiquette.model import Debrief, Interview, Interviewer
from followup.etiquette.planner import plan
from followup.writing.drafting import Sender, drafts
from followup.writing.kinds import NoteKind
from followup.writing.text import count_words, likeness

COMPANIES = [
    "Harrow Robotics", "Juniper Bank", "Quayside Theatre", "Redwood Clinic", "Ostara Foods",
    "Vantage Insurance", "Lowther Schools Trust", "Cirrus Airlines", "Fennel Studio",
    "Basalt Mining", "Marlow Library", "Beacon Hospice",
]  # fmt: skip
ROLES = [
    "Backend Engineer", "Theatre Technician", "Practice Nurse", "Quality Manager",
    "Claims Analyst", "Teaching Assistant", "Cabin Crew Supervisor", "Motion Designer",
    "Site Geologist", "Librarian", "Care Coordinator", "Payroll Officer",
]  # fmt: skip
PEOPLE = [
    "Nadia Brooks", "Owen Hale", "Dr. Lena Park", "Tomas Rivera", "Grace Liu", "Ibrahim Sow",
    "Claire Dunn", "Mrs. Joy Peters", "Ravi Menon", "Elsa Berg", "Kofi Asante", "Maya Cohen",
]  # fmt: skip
TITLES = ["Director", "Team Lead", "Head of Operations", "Senior Manager", "Recruiter", None]
TOPICS = [
    "the spring production schedule", "patient recall", "supplier audits", "API rate limits",
    "fraud triage", "reading interventions", "cabin safety drills", "title sequences",
    "core logging", "the summer reading scheme", "discharge planning", "pension auto-enrolment",
    "the start date", "relocation support", "my move into management",
]  # fmt: skip
STRENGTHS = [
    "cut supplier defects by a quarter", "ran a reading recovery programme for two years",
    "fluent in French", "trained fourteen new starters", "can start in March",
    "rebuilt the claims triage rules", "eight years in community nursing",
    "led a team of six technicians",
]  # fmt: skip
WENT_WELL = [
    "{first} liked my audit checklist.", "{first} and I compared notes on rota planning.",
    "{first} asked about my last project.", "good chat overall", None,
]  # fmt: skip
STOOD_OUT = [
    "Every new starter gets a mentor for six months.", "They publish their audit results.",
    "the team is understaffed and behind on audits", None,
]  # fmt: skip
FORGOT = [
    "I forgot to mention that I hold a forklift licence.",
    "I led the move to a new records system last year.", "i'm a qualified first aider", None,
]  # fmt: skip


def generated(count: int, seed: int = 11) -> list[tuple[Interview, datetime]]:
    pick = random.Random(seed)
    found = []
    for n in range(count):
        zone = ZoneInfo("Europe/London")
        start = datetime(2026, 3, 2, 9, tzinfo=zone) + timedelta(days=pick.randrange(0, 200))
        start = start.replace(hour=pick.choice([9, 10, 13, 15]))
        names = pick.sample(PEOPLE, pick.randint(1, 4))
        panel = tuple(
            Interviewer(
                name=name,
                title=pick.choice(TITLES),
                email=f"p{n}{k}@example.com",
                topics=tuple(pick.sample(TOPICS, pick.randint(0, 2))),
                contact=k == 0,
            )
            for k, name in enumerate(names)
        )
        first = names[0].split()[-1] if "." in names[0] else names[0].split()[0]
        went = pick.choice(WENT_WELL)
        interview = Interview(
            company=pick.choice(COMPANIES),
            role=pick.choice(ROLES),
            start=start,
            end=start + timedelta(hours=1),
            timezone="Europe/London",
            interviewers=panel,
            country="GB",
            debrief=Debrief(
                went_well=went.format(first=first) if went else None,
                stood_out=pick.choice(STOOD_OUT),
                forgot_to_mention=pick.choice(FORGOT),
            ),
            strengths=tuple(pick.sample(STRENGTHS, pick.randint(0, 3))),
        )
        # Written 2 to 30 hours after the end: on time, the next day, or late.
        found.append((interview, interview.end + timedelta(hours=pick.randint(2, 30))))
    return found


def from_records() -> list[tuple[Interview, datetime]]:
    sys.path.insert(0, os.getcwd())
    from tests.drafts.render import records

    return [(r.interview.as_of(r.now), r.now) for r in records()]


def masked_opening(body: str, interview: Interview) -> str:
    paragraphs = body.split("\n\n")
    opening = re.split(r"(?<=[.;])\s", paragraphs[1])[0] if len(paragraphs) > 1 else ""
    for word in (interview.company, interview.role):
        opening = opening.replace(word, "<X>")
    return re.sub(
        r"\b(?:today|yesterday|on \w+day(?: \d+ \w+)?|last week|\w+day's)\b", "<when>", opening
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", action="store_true")
    parser.add_argument("--count", type=int, default=50)
    args = parser.parse_args()
    cases = from_records() if args.records else generated(args.count)
    openings: list[str] = []
    likeness_scores: list[float] = []
    words: dict[str, list[int]] = {}
    closes: list[str] = []
    their_work = 0
    same_day = 0
    for interview, now in cases:
        planned = plan(interview, now)
        made = drafts(interview, planned, Sender(name="Alex Morgan"), now=now)
        for d in made.drafts:
            if d.kind is NoteKind.CHECK_IN:
                close = d.body.split("\n\n")[-3]
                for topic in (t for p in interview.interviewers for t in p.topics):
                    close = close.replace(topic.removeprefix("the "), "<topic>")
                closes.append(close)
            their_work += len(re.findall(r"your work on|contributing to", d.body))
        days = []
        for d in made.drafts:
            action = planned.action(d.action_id)
            if action is not None and d.kind is not NoteKind.VOICEMAIL:
                moment = max(now, action.not_before, key=lambda m: m.timestamp())
                days.append((d.to, moment.astimezone(interview.tz).date()))
        same_day += len(days) - len(set(days))
        notes = [d for d in made.drafts if d.kind is NoteKind.THANK_YOU]
        openings += [masked_opening(d.body, interview) for d in notes]
        mask = [w for p in interview.interviewers for w in re.findall(r"\w+", p.name)]
        for a, b in itertools.combinations(notes, 2):
            likeness_scores.append(likeness(a.body, b.body, mask=mask))
        for d in made.drafts:
            words.setdefault(d.kind.value, []).append(count_words(d.body))
    load = os.getloadavg()
    print(f"interviews: {len(cases)}  thank-yous: {len(openings)}  load: {load[0]:.2f}")
    distinct = len(set(openings))
    print(
        f"distinct opening sentences (names masked): {distinct} of {len(openings)} "
        f"({distinct / max(1, len(openings)):.0%})"
    )
    if likeness_scores:
        print(
            f"pairwise likeness within a panel: {len(likeness_scores)} pairs, "
            f"mean {statistics.mean(likeness_scores):.3f}, max {max(likeness_scores):.3f}"
        )
    print(
        f"distinct check-in closing sentences (topics masked): {len(set(closes))} of "
        f"{len(closes)}; topics called the employer's work: {their_work}"
    )
    print(f"drafts to one person on a day they already get one: {same_day}")
    for kind, counts in sorted(words.items()):
        print(
            f"words per {kind}: n={len(counts)} mean {statistics.mean(counts):.0f} "
            f"min {min(counts)} max {max(counts)}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
