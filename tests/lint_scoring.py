"""Scoring the linter on labelled sentences and labelled notes, per code.

Used on the training corpus (model/corpus.jsonl, tests/lint_corpus/), on
the retired held-out sets (tests/lint_heldout/ to lint_heldout8/, training
data since rounds six, seven and ten) and on the held-out set (the next
tests/lint_heldout<N>/, written separately and never used to train or tune).
All are linted as a user would: a sentence inside a plain note of its kind,
a note file on its own.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from followup.writing.lint import lint
from followup.writing.note import Note, parse_note

TONE_CODES = ("asks_outcome", "negative", "informal")
# Findings about the whole note, given the line of its start: not about a line.
WHOLE_NOTE = frozenset({"too_long", "generic", "duplicate", "stopped"})


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def line(self, name: str) -> str:
        return (
            f"{name:<13} precision {self.precision:.3f}  recall {self.recall:.3f}  "
            f"(TP {self.tp}, FP {self.fp}, FN {self.fn})"
        )


@dataclass
class Scores:
    title: str
    items: int = 0
    codes: dict[str, Tally] = field(default_factory=dict)
    mistakes: list[str] = field(default_factory=list)
    # Notes only: findings of a code the note was not labelled with, on its
    # greeting or signature lines (issue 12: none is allowed).
    edge_alarms: int | None = None

    def add(self, name: str, wanted: set[str], found: set[str]) -> None:
        self.items += 1
        for code in wanted | found:
            tally = self.codes.setdefault(code, Tally())
            if code in wanted and code in found:
                tally.tp += 1
            elif code in found:
                tally.fp += 1
                self.mistakes.append(f"false alarm {code}: {name}")
            else:
                tally.fn += 1
                self.mistakes.append(f"missed {code}: {name}")

    @property
    def overall(self) -> Tally:
        total = Tally()
        for tally in self.codes.values():
            total.tp += tally.tp
            total.fp += tally.fp
            total.fn += tally.fn
        return total

    def lines(self) -> list[str]:
        out = [f"{self.title}: {self.items} items", "  " + self.overall.line("overall")]
        out += ["  " + self.codes[code].line(code) for code in sorted(self.codes)]
        if self.edge_alarms is not None:
            out.append(f"  false alarms on a greeting or signature line: {self.edge_alarms}")
        return out


def findings(text: str, kind: str = "thank_you") -> dict[str, list[str]]:
    """A note's messages by code, linted as a user would; `text` is the note
    after its Kind: header."""
    note = parse_note(f"Kind: {kind}\n\n" + text, "note.txt")
    found: dict[str, list[str]] = {}
    for finding in lint([note]):
        found.setdefault(finding.code.value, []).append(finding.message)
    return found


def sentence_note(text: str, kind: str) -> str:
    return f"Kind: {kind}\n\nDear Alex,\n\n{text}\n\nBest regards,\nSam Patel\n"


def score_sentences(path: Path, title: str) -> Scores:
    """Each sentence in a plain note of its kind: which tone codes the linter reports."""
    scores = Scores(title)
    for row in path.read_text("utf-8").splitlines():
        if not row.strip():
            continue
        item: dict[str, Any] = json.loads(row)
        note = parse_note(sentence_note(item["text"], item["kind"]), "s.txt")
        found = {f.code.value for f in lint([note])} & set(TONE_CODES)
        wanted = {item["label"]} - {"fine"}
        scores.add(f"[{item['kind']}] {item['text']}", wanted, found)
    return scores


def score_notes(folder: Path, title: str, codes: frozenset[str] | None = None) -> Scores:
    """Each note file linted on its own against `expected.yaml`; with `codes`,
    only those codes are scored (the ones the set's author was asked to label)."""
    scores = Scores(title, edge_alarms=0)
    expected: dict[str, list[str]] = yaml.safe_load((folder / "expected.yaml").read_text())
    for name in sorted(expected):
        note = parse_note((folder / name).read_text(encoding="utf-8"), name)
        findings = lint([note])
        found = {f.code.value for f in findings}
        if codes is not None:
            found &= codes
        scores.add(name, set(expected[name]), found)
        # On a clean note any code about a line counts, but one case: "the greeting names
        # nobody" on "Dear Sir," or "Dear Hiring Committee," is the advice to
        # name the interviewer, not a misreading of the line (the sets'
        # authors did not label missing_name); "no greeting" on a greeting the
        # linter did not see, or a name it did not find, counts.
        edges = edge_lines(note)
        scores.edge_alarms = (scores.edge_alarms or 0) + sum(
            f.line in edges
            and f.code.value not in expected[name]
            and (not expected[name] or codes is None or f.code.value in codes)
            and not f.message.startswith("the greeting names nobody")
            and f.code.value not in WHOLE_NOTE
            for f in findings
        )
    return scores


def edge_lines(note: Note) -> frozenset[int]:
    """The file lines of a note's greeting and its sign-off and signature,
    found from the text alone, not as the linter reads them (a misread
    signature must still count): the first line of the body, and the lines
    after the last one that ends a sentence or runs past eight words."""
    lines = note.body.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), 0)
    found = {first}
    for row in range(len(lines) - 1, first, -1):
        line = lines[row].strip()
        if line.endswith((".", "!", "?")) or len(line.split()) > 8:
            break
        found.add(row)
    return frozenset(note.body_line + row for row in found)


class Report:
    """Adds the figures to pytest's terminal summary (shown without -s)."""

    def __init__(self, title: str, scores: list[Scores], show_mistakes: bool) -> None:
        self.title = title
        self.scores = scores
        self.show_mistakes = show_mistakes

    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        terminalreporter.write_sep("-", self.title)
        for scores in self.scores:
            for line in scores.lines():
                terminalreporter.write_line(line)
            if self.show_mistakes:
                for mistake in scores.mistakes:
                    terminalreporter.write_line(f"    {mistake}")
