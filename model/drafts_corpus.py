"""The sentences the product's own drafts write, as `fine` training sentences.

Run with the project's environment (it drafts with followup itself, over the
interviews the draft tests build): `make model` runs it before model/build.py.
Writes model/drafts.jsonl. The drafts must pass the linter (tests/test_draft*.py),
so the model must see that their sentences, and the clauses of them it reads
alone (`lint._clauses`), are fine.
"""

from __future__ import annotations

import json
import sys
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).parent.parent
sys.path.insert(0, str(ROOT))

from tests.drafts.render import make, records  # noqa: E402
from tests.factories import local, make_interview  # noqa: E402
from tests.test_draft_honest import (  # noqa: E402
    CLOSED,
    _realistic_strengths,
    _strength_notes,
    bare_panel,
    written,
)

from followup.etiquette.model import Outcome  # noqa: E402
from followup.writing.drafting import Draft  # noqa: E402
from followup.writing.lint import Context, _clauses, _Reading  # noqa: E402
from followup.writing.text import sentences  # noqa: E402


def closed_notes() -> list[Draft]:
    """Round seven: the drafts written after a withdrawal or a rejection (the
    thank-yous still due, the withdrawal, the bridge note), as
    tests/test_draft_honest.py writes them for a bare panel of 1 to 5."""
    out: list[Draft] = []
    for kind in CLOSED:
        for size in (1, 2, 3, 4, 5):
            for day in ("2026-11-05", "2026-11-23"):
                start = local(f"{day} 10:00")
                interview = make_interview(
                    interviewers=bare_panel(size),
                    strengths=(),
                    start=start,
                    outcome=Outcome(kind, start + timedelta(hours=3), keep_in_touch=True),
                )
                out += written(interview, start + timedelta(hours=4))
    return out


def main() -> None:
    seen: set[tuple[str, str]] = set()
    found_all = [d for s in _realistic_strengths() for d in _strength_notes(s)[1]]
    # Round thirteen: the drafts of tests/drafts' records too (a CTO's thank-you
    # "It is perhaps worth saying that I shipped ..." had come out negative).
    recorded = [d for record in records() for d in make(record)[1].drafts]
    for found in (found_all, closed_notes(), recorded):
        for draft in found:
            note = draft.as_note()
            for _, sentence in sentences(_Reading(note, Context()).core):
                text = " ".join(sentence.split())
                if len(text.split()) >= 2:
                    seen.add((text, note.kind.value))
                    # Round twelve: the later clauses the linter reads alone
                    # ("I am sorry not to have written sooner.") are fine too.
                    seen.update((clause, note.kind.value) for _, clause in _clauses(text))
    path = Path(__file__).with_name("drafts.jsonl")
    with path.open("w", encoding="utf-8") as f:
        for text, kind in sorted(seen):
            f.write(json.dumps({"text": text, "kind": kind, "label": "fine"}) + "\n")
    print(len(seen), "draft sentences ->", path)


if __name__ == "__main__":
    main()
