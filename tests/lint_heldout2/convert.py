"""Turn the second held-out set (sentences.jsonl, notes.jsonl as its author
wrote them, without a note kind) into the layout tests/lint_scoring.py reads:
a `kind` per sentence and one note file per note with `expected.yaml`.

The kind is chosen from the text alone, never from the label: a note that
says it is checking in or following up is a check-in, any other a thank-you.
Run from the repository root: python -m tests.lint_heldout2.convert
"""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).parent
CHECK_IN = re.compile(r"check(?:ing)?[ -]in|follow(?:ing)?[ -]up|touch base|any update", re.I)


def kind_of(text: str) -> str:
    return "check_in" if CHECK_IN.search(text) else "thank_you"


def main() -> None:
    rows = []
    for line in (HERE / "sentences.jsonl").read_text("utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            label = "fine" if item["label"] == "ok" else item["label"]
            rows.append({"text": item["text"], "kind": kind_of(item["text"]), "label": label})
    (HERE / "scored_sentences.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8"
    )
    folder = HERE / "notes"
    folder.mkdir(exist_ok=True)
    expected = ["# second held-out set: file name -> expected codes; never used to tune"]
    lines = (HERE / "notes.jsonl").read_text("utf-8").splitlines()
    for number, line in enumerate(filter(str.strip, lines), 1):
        item = json.loads(line)
        name = f"note-{number:02d}.txt"
        body = f"Kind: {kind_of(item['text'])}\n\n{item['text'].strip()}\n"
        (folder / name).write_text(body, "utf-8")
        expected.append(f"{name}: {json.dumps(sorted(item['codes']))}")
    (folder / "expected.yaml").write_text("\n".join(expected) + "\n", "utf-8")


if __name__ == "__main__":
    main()
