"""Every draft of the 30 review records, as plain text a reader can judge.

Each record in `records/` is an interview file (`interview:`) with the moment
the drafts are made (`now:`) and, where the record needs them, the settings in
force (`settings:`, e.g. `references`). The output gives each record's key
facts in a few lines, then each draft with To, Subject and body.

    .venv/bin/python -m tests.drafts.render              # print to stdout
    .venv/bin/python -m tests.drafts.render --update     # rewrite snapshot.txt
    .venv/bin/python -m tests.drafts.render --out FILE   # any file (e.g. the review)

`tests/drafts/test_snapshot.py` compares the output with `snapshot.txt`, so
every wording change shows as a diff in review.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from followup.etiquette.model import Interview, Plan
from followup.etiquette.planner import plan
from followup.interview_file import Defaults, load_yaml, parse_interview
from followup.writing.drafting import Drafts, Sender, drafts, send_day

HERE = Path(__file__).parent
RECORDS = HERE / "records"
SNAPSHOT = HERE / "snapshot.txt"
# Who signs every review draft: a settings name, as a real user has.
SENDER_NAME = "Alex Morgan"


@dataclass(frozen=True)
class Record:
    name: str
    summary: str
    interview: Interview
    now: datetime
    settings: Mapping[str, Any]
    raw: Mapping[str, Any]


def _summary(text: str) -> str:
    lines = [line.removeprefix("#").strip() for line in text.splitlines() if line.startswith("#")]
    return " ".join(lines)


def records() -> list[Record]:
    found = []
    for path in sorted(RECORDS.glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        data = load_yaml(text)
        interview = parse_interview(data["interview"], Defaults())
        now = datetime.fromisoformat(str(data["now"])).replace(tzinfo=ZoneInfo(interview.timezone))
        found.append(
            Record(
                name=path.stem,
                summary=_summary(text),
                interview=interview,
                now=now,
                settings=data.get("settings") or {},
                raw=data["interview"],
            )
        )
    return found


def sender_for(record: Record) -> Sender:
    from followup.writing.drafting import references_of

    return Sender(name=SENDER_NAME, references=references_of(record.settings.get("references")))


def make(record: Record) -> tuple[Plan, Drafts]:
    interview = record.interview.as_of(record.now)
    planned = plan(interview, record.now)
    sender = sender_for(record)
    made = drafts(interview, planned, sender, now=record.now)
    return planned, made


def _facts(record: Record) -> Iterator[str]:
    i = record.interview
    panel = ", ".join(f"{p.name} ({p.title})" if p.title else p.name for p in i.interviewers)
    yield f"Record: {record.summary}"
    yield (
        f"{i.role} at {i.company}, interviewed {i.start:%a %d %b %Y %H:%M} ({i.timezone}); "
        f"drafted {record.now:%a %d %b %H:%M}. Panel: {panel}."
    )
    debrief = record.raw.get("debrief") or {}
    bits = [f"{key}: {' '.join(str(value).split())}" for key, value in debrief.items()]
    strengths = record.raw.get("strengths") or []
    if strengths:
        bits.append("strengths: " + "; ".join(strengths))
    if record.raw.get("next_step"):
        bits.append(f"next step: {record.raw['next_step']}")
    # What a reply said, too: a check-in may quote the day it asked for (record 13).
    sent = [
        f"{c.get('purpose', c.get('kind'))} {c.get('kind')} {c.get('at')}"
        + (f" ({' '.join(str(c['says']).split())})" if c.get("says") else "")
        for c in record.raw.get("contacts") or []
    ]
    if sent:
        bits.append("logged: " + "; ".join(sent))
    outcome = record.raw.get("outcome")
    if outcome:
        bits.append(f"outcome: {outcome['kind']} {outcome['at']}")
    refs = (record.settings or {}).get("references")
    if refs:
        bits.append("references on file: " + ", ".join(r["name"] for r in refs))
    if bits:
        yield "Notes: " + " | ".join(bits)


def render_one(record: Record) -> str:
    planned, made = make(record)
    out = [f"## {record.name}", "", *_facts(record), ""]
    if not made.drafts and not made.notices:
        out += ["(no draft: nothing to write at this moment)", ""]
        # Why not, where the record can say: the candidate reads it, not the employer.
        why = [h for h in made.hints if h.field.startswith("outcome")]
        out += [f"(hint) {h.field}: {h.message}" for h in why] + ([""] if why else [])
    for draft in made.drafts:
        action = planned.action(draft.action_id)
        assert action is not None
        day = send_day(action, record.now, record.interview.tz)
        ids = " + ".join((draft.action_id, *draft.covers))
        out.append(f"--- {draft.kind.value} ({ids}), to go {day:%a %d %b} ---")
        if draft.needs:
            out.append(f"({draft.needs})")
        if draft.carries:
            out.append(f"({draft.carries})")
        if draft.heading:
            # A letter as it is printed: its date and address, then the body;
            # the note file's To/Kind lines are for the linter, not the post.
            out += ["(a letter, as printed: date and address, then the body)", draft.heading, ""]
            out.append(draft.body.rstrip("\n"))
        else:
            out.append(draft.note_text().rstrip("\n"))
        out.append("")
    for notice in made.notices:
        out += [f"(notice) {notice.message}", ""]
    return "\n".join(out)


def render() -> str:
    return "\n".join(render_one(r) for r in records())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", help="write to this file")
    parser.add_argument("--update", action="store_true", help=f"rewrite {SNAPSHOT.name}")
    args = parser.parse_args(argv)
    text = render()
    if args.update:
        SNAPSHOT.write_text(text, encoding="utf-8")
    elif args.out:
        Path(args.out).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
