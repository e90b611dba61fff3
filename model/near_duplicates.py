"""Check a hand-written round against the held-out sets and the corpus before it.

    .venv/bin/python model/near_duplicates.py [corpus_ninth | corpus_tenth]

Round ten (corpus_eighth.py): every sentence against every sentence of the
held-out sets' labelled sentences and notes (tests/lint_heldout*/) and the
corpus without the round; prints exact duplicates (same words) and near ones
(word Jaccard >= 0.6, or difflib ratio >= 0.8 between texts of similar
length). A near duplicate of a held-out text is reworded by hand before the
round is built; near duplicates of the corpus's own stock sentences ("Please
let me know if...") are only counted.
"""

from __future__ import annotations

import json
import re
import sys
from difflib import SequenceMatcher
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))

import importlib  # noqa: E402

import corpus  # noqa: E402


def norm(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9']+", text.lower()))


def others(module: str) -> list[tuple[str, str]]:
    out = []
    for folder in sorted((HERE.parent / "tests").glob("lint_heldout*")):
        for line in (folder / "sentences.jsonl").read_text("utf-8").splitlines():
            if line.strip():
                out.append((folder.name, json.loads(line)["text"]))
        notes = folder / "notes.jsonl"
        for line in notes.read_text("utf-8").splitlines() if notes.exists() else []:
            if line.strip():
                for part in re.split(r"(?<=[.!?])\s+|\n+", json.loads(line)["text"]):
                    if len(part.split()) >= 3:
                        out.append((folder.name + "/notes", part))
    # The corpus without the round checked (round twelve: corpus_ninth).
    flag = {"corpus_eighth": "eighth", "corpus_ninth": "ninth", "corpus_tenth": "tenth"}[module]
    before = (
        corpus.items(**{flag: False})
        if flag in ("ninth", "tenth")
        else corpus.items(eighth=False, ninth=False)
    )
    out += [("corpus", t) for t in {t for t, _, _ in before}]
    return out


def main() -> None:
    module = sys.argv[1] if len(sys.argv) > 1 else "corpus_ninth"
    round_ = importlib.import_module(module)
    mine = [t for texts, _, _ in round_.ROUND for t in texts]
    # The specificity model's lines of the round too (round twelve).
    names = ("BOILERPLATE_9", "SPECIFIC_9", "BOILERPLATE_10", "SPECIFIC_10")
    mine += [t for name in names for t in getattr(round_, name, [])]
    known = [(src, t, norm(t), set(norm(t).split())) for src, t in others(module)]
    counts = {"held-out": 0, "corpus": 0}
    seen: set[str] = set()
    for text in mine:
        n = norm(text)
        words = set(n.split())
        if n in seen:
            print("twice in the round:", text)
            counts["corpus"] += 1
        seen.add(n)
        for src, other, n2, words2 in known:
            j = len(words & words2) / len(words | words2)
            near = j >= 0.6 or (
                j >= 0.35
                and abs(len(n) - len(n2)) < 40
                and SequenceMatcher(None, n, n2).ratio() >= 0.8
            )
            if n == n2 or near:
                counts["corpus" if src == "corpus" else "held-out"] += 1
                if src != "corpus":
                    print("exact" if n == n2 else "near", src, "|", text, "|", other)
    print(len(mine), "sentences; exact or near duplicates:", counts)


if __name__ == "__main__":
    main()
