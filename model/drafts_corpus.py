"""The sentences the product's own drafts write, as `fine` training sentences.

Run with the project's environment (it drafts with followup itself, over the
interviews the draft tests build): `make model` runs it before model/build.py.
Writes model/drafts.jsonl. The drafts must pass the linter (tests/test_draft*.py),
so the model must see that their sentences are fine.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).parent.parent
sys.path.insert(0, str(ROOT))

from tests.test_draft_honest import _realistic_strengths, _strength_notes  # noqa: E402

from followup.writing.lint import Context, _Reading  # noqa: E402
from followup.writing.text import sentences  # noqa: E402


def main() -> None:
    seen: set[tuple[str, str]] = set()
    for strength in _realistic_strengths():
        _, found = _strength_notes(strength)
        for draft in found:
            note = draft.as_note()
            for _, sentence in sentences(_Reading(note, Context()).core):
                text = " ".join(sentence.split())
                if len(text.split()) >= 2:
                    seen.add((text, note.kind.value))
    path = Path(__file__).with_name("drafts.jsonl")
    with path.open("w", encoding="utf-8") as f:
        for text, kind in sorted(seen):
            f.write(json.dumps({"text": text, "kind": kind, "label": "fine"}) + "\n")
    print(len(seen), "draft sentences ->", path)


if __name__ == "__main__":
    main()
