"""How well the linter reads tone and intent: precision and recall per code on
the training corpus and on the held-out set, printed in pytest's summary.

The held-out set (tests/lint_heldout/) was written by a separate author who
never saw the training data; it is never used to train or tune, only scored
here. Its figures are the ones that count. Its mistakes are not printed, so
that reading the test output does not turn it into training data.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.lint_scoring import Report, score_notes, score_sentences

ROOT = Path(__file__).parent.parent
TRAINING = ROOT / "model" / "corpus.jsonl"
HELDOUT = Path(__file__).parent / "lint_heldout"


def test_training_corpus_scores(request: pytest.FixtureRequest) -> None:
    scores = score_sentences(TRAINING, "training sentences (model/corpus.jsonl)")
    request.config.pluginmanager.register(
        Report("lint tone: training corpus", [scores], show_mistakes=False), "lint-training"
    )
    assert scores.items >= 1500
    # Fitted on these sentences: the figures say how much of it the model holds.
    assert scores.overall.precision >= 0.9
    assert scores.overall.recall >= 0.8


def test_heldout_scores(request: pytest.FixtureRequest) -> None:
    sentences = score_sentences(HELDOUT / "sentences.jsonl", "held-out sentences")
    notes = score_notes(HELDOUT / "notes", "held-out notes")
    request.config.pluginmanager.register(
        Report("lint tone: HELD-OUT (the figures that count)", [sentences, notes], False),
        "lint-heldout",
    )
    assert (sentences.items, notes.items) >= (300, 60)
    # Floors against regressions, well below the targets (precision 0.95,
    # recall 0.90) that docs/writing.md reports against. Plain floats, so a
    # failure shows no item of the set.
    figures = (sentences.overall.precision, notes.overall.precision)
    assert min(figures) >= 0.6, f"held-out precision fell: {figures[0]:.3f}, {figures[1]:.3f}"


HELDOUT_2 = Path(__file__).parent / "lint_heldout2"
# The second and third sets' authors labelled these codes only (a nameless
# "Dear Hiring Manager" is right to get missing_name, but was never asked about).
LABELLED_2 = frozenset({"asks_outcome", "negative", "informal", "generic", "spelling"})


HELDOUT_3 = Path(__file__).parent / "lint_heldout3"
HELDOUT_4 = Path(__file__).parent / "lint_heldout4"


@pytest.mark.parametrize(
    ("folder", "name", "sizes"),
    [
        # Written blind by another author after round three's model was built.
        (HELDOUT_2, "SECOND", (400, 70)),
        # Written blind by a third author while round four was built
        # (tests/lint_heldout3/README.md); each item carries its author's kind.
        (HELDOUT_3, "THIRD", (450, 64)),
        # Written blind by a fourth author on 3 December 2026, before round
        # five's model was built (tests/lint_heldout4/README.md).
        (HELDOUT_4, "FOURTH", (376, 82)),
    ],
)
def test_later_heldout_scores(
    request: pytest.FixtureRequest, folder: Path, name: str, sizes: tuple[int, int]
) -> None:
    short = f"held-out-{folder.name.removeprefix('lint_heldout')}"
    sentences = score_sentences(folder / "scored_sentences.jsonl", f"{short} sentences")
    notes = score_notes(folder / "notes", f"{short} notes", LABELLED_2)
    request.config.pluginmanager.register(
        Report(f"lint tone: {name} HELD-OUT", [sentences, notes], False), f"lint-{short}"
    )
    assert (sentences.items, notes.items) == sizes
    figures = (sentences.overall.precision, notes.overall.precision)
    assert min(figures) >= 0.6, f"{short} precision fell: {figures[0]:.3f}, {figures[1]:.3f}"


@pytest.mark.parametrize("command", [["--help"], ["agenda"]])
def test_help_and_agenda_load_no_model(command: list[str], tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    env = {**os.environ, "FOLLOWUP_HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "followup", *command],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-500:]
    loaded = {line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines()}
    assert not loaded & {"numpy", "tokenizers", "followup.writing.tone", "spellchecker"}
