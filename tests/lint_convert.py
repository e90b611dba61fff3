"""Turn a held-out set whose author gave each item a kind of message (sets 3,
4 and 5: sentences.jsonl, notes.jsonl as its author wrote them) into the layout
tests/lint_scoring.py reads: the linter's kind per sentence and one note file
per note with `expected.yaml`.

The author's kinds map onto the linter's: a reply to a rejection is a bridge
note; a note about an offer has no kind of its own, and is linted as a
stay-in-touch note (not a thank-you, whose rule that it name something from
the interview does not apply to it).
Each set's own convert.py calls `convert(its folder, its ordinal)`.
"""

from __future__ import annotations

import json
from pathlib import Path

KIND = {
    "thank_you": "thank_you",
    "check_in": "check_in",
    "rejection_reply": "bridge",
    "withdrawal": "withdrawal",
    "offer": "stay_in_touch",
}


def convert(here: Path, ordinal: str) -> None:
    rows = []
    for line in (here / "sentences.jsonl").read_text("utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            rows.append({"text": item["text"], "kind": KIND[item["kind"]], "label": item["label"]})
    (here / "scored_sentences.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8"
    )
    folder = here / "notes"
    folder.mkdir(exist_ok=True)
    expected = [f"# {ordinal} held-out set: file name -> expected codes; never used to tune"]
    lines = (here / "notes.jsonl").read_text("utf-8").splitlines()
    for number, line in enumerate(filter(str.strip, lines), 1):
        item = json.loads(line)
        name = f"note-{number:02d}.txt"
        text = item["text"].strip()
        # A note pasted with its Subject: or To: line keeps it in the header, beside Kind:.
        joiner = "\n" if text.lower().startswith(("subject:", "to:")) else "\n\n"
        body = f"Kind: {KIND[item['kind']]}{joiner}{text}\n"
        (folder / name).write_text(body, "utf-8")
        expected.append(f"{name}: {json.dumps(sorted(item['codes']))}")
    (folder / "expected.yaml").write_text("\n".join(expected) + "\n", "utf-8")
