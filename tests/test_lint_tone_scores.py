"""How well the linter reads tone and intent: precision and recall per code on
the training corpus and on the held-out set, printed in pytest's summary.

THE held-out set is the one listed in HELDOUT: a set written blind, never
used to train or tune, only scored here, whose figures are the ones that
count. Its mistakes are not printed, so that reading the test output does
not turn them into training data. Sets 6 to 8, each written blind before the
round it judged, were scored once after it and then studied by the next
round; round ten retired them into training. Sets 9 and 10
(tests/lint_heldout9/, lint_heldout10/), written blind by two authors while
round ten was built, were scored once after it and studied by round eleven;
set 11 (tests/lint_heldout11/), written blind meanwhile, was scored once
after round eleven and then studied; set 12, written blind during round
twelve, was scored once after it and studied by round thirteen; set 13,
written blind during round thirteen, was scored once after it and studied
by its second pass; set 14, written blind during that pass, was scored
once after it and studied by round fourteen; set 15, written blind during
round fourteen, was scored once after it and studied by round fifteen; sets
16 and 17 were written blind by two authors during round fifteen: set 16
was scored once after it and studied by round sixteen, and set 17 was
scored once after round sixteen and then studied. HELDOUT is empty until
the next blind set (docs/writing.md gives each set's one score).

The retired sets (tests/lint_heldout/ to lint_heldout3/ since round six,
lint_heldout4/ and lint_heldout5/ since round seven, lint_heldout6/ to
lint_heldout8/ since round ten) were scored until decisions had been made on
them; their labelled sentences (and the sentences of their notes without a
tone code) are training data (model/corpus.py, `retired_sentences`). They are
still scored, under titles that say so: their figures show how much of its
training the linter holds, not how it does on unseen text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.lint_scoring import Report, score_notes, score_sentences

ROOT = Path(__file__).parent.parent
TRAINING = ROOT / "model" / "corpus.jsonl"
HERE = Path(__file__).parent
# The later sets' authors labelled these codes only (a nameless "Dear Hiring
# Manager" is right to get missing_name, but was never asked about).
LABELLED_2 = frozenset({"asks_outcome", "negative", "informal", "generic", "spelling"})


def test_training_corpus_scores(request: pytest.FixtureRequest) -> None:
    scores = score_sentences(TRAINING, "training sentences (model/corpus.jsonl)")
    request.config.pluginmanager.register(
        Report("lint tone: training corpus", [scores], show_mistakes=False), "lint-training"
    )
    assert scores.items >= 1500
    # Fitted on these sentences: the figures say how much of it the model holds.
    assert scores.overall.precision >= 0.9
    assert scores.overall.recall >= 0.8


@pytest.mark.parametrize(
    ("folder", "sentences_file", "codes", "sizes"),
    [
        # Written blind on 2 December 2026 (its README); every code labelled.
        ("lint_heldout", "sentences.jsonl", None, (369, 65)),
        # Written blind after round three's model was built.
        ("lint_heldout2", "scored_sentences.jsonl", LABELLED_2, (400, 70)),
        # Written blind while round four was built; each item carries its author's kind.
        ("lint_heldout3", "scored_sentences.jsonl", LABELLED_2, (450, 64)),
        # Written blind on 3 December 2026 before round five was built; retired in round seven.
        ("lint_heldout4", "scored_sentences.jsonl", LABELLED_2, (376, 82)),
        # Written blind on 3 December 2026 by a fifth author while round six
        # was built; retired in round seven.
        ("lint_heldout5", "scored_sentences.jsonl", LABELLED_2, (343, 70)),
        # Scored once as held-out after round seven (docs/writing.md: sentences
        # 0.965 / 0.881, notes 0.847 / 0.813), studied in round eight, retired
        # in round ten.
        ("lint_heldout6", "scored_sentences.jsonl", LABELLED_2, (417, 97)),
        # Scored once after round eight (sentences 0.979 / 0.856, notes 0.836 /
        # 0.836), studied in round nine, retired in round ten.
        ("lint_heldout7", "scored_sentences.jsonl", LABELLED_2, (359, 82)),
        # Scored once after round nine (sentences 0.966 / 0.872, notes 0.851 /
        # 0.983), studied and retired in round ten.
        ("lint_heldout8", "scored_sentences.jsonl", LABELLED_2, (320, 76)),
    ],
)
def test_retired_heldout_scores(
    request: pytest.FixtureRequest,
    folder: str,
    sentences_file: str,
    codes: frozenset[str] | None,
    sizes: tuple[int, int],
) -> None:
    """Sets 1-3 (round six), 4-5 (round seven) and 6-8 (round ten): training
    data, NOT held-out any more."""
    short = f"retired-{folder.removeprefix('lint_heldout') or '1'}"
    sentences = score_sentences(HERE / folder / sentences_file, f"{short} sentences (training)")
    notes = score_notes(HERE / folder / "notes", f"{short} notes (partly training)", codes)
    title = f"lint tone: {folder} RETIRED, now training (not held-out)"
    request.config.pluginmanager.register(Report(title, [sentences, notes], False), f"lint-{short}")
    assert (sentences.items, notes.items) == sizes
    # Trained on their sentences: the linter should hold most of them.
    assert sentences.overall.precision >= 0.9
    assert sentences.overall.recall >= 0.8


@pytest.mark.parametrize(
    ("number", "sizes"),
    [
        # Scored once as held-out after round ten (docs/writing.md: sentences
        # 0.989 / 0.947, notes 0.973 / 0.783); studied in round eleven.
        (9, (329, 85)),
        # Scored once with set 9 (sentences 0.989 / 0.951, notes 0.967 /
        # 0.744); studied in round eleven.
        (10, (316, 75)),
        # Scored once as held-out after round eleven (sentences 0.983 / 0.918,
        # notes 0.739 / 0.723), then studied for its false alarms (the
        # sign-off in another language, lint._Reading._sign_off_above) and,
        # in round twelve, with sets 9 and 10 for its misses.
        (11, (336, 85)),
        # Scored once as held-out after round twelve (sentences 0.955 / 0.929,
        # notes 0.955 / 0.955); studied in round thirteen.
        (12, (337, 84)),
        # Scored once as held-out after round thirteen (sentences 0.981 / 0.912,
        # notes 0.867 / 0.929); studied in round thirteen's second pass.
        (13, (322, 83)),
        # Scored once as held-out after round thirteen's second pass (sentences
        # 0.988 / 0.908, notes 0.938 / 0.938); studied in round fourteen.
        (14, (319, 85)),
        # Scored once as held-out after round fourteen (sentences 0.994 / 0.953,
        # notes 0.833 / 1.000); its false alarms then read ("gud" is casual).
        (15, (313, 80)),
        # Scored once as held-out after round fifteen (sentences 0.994 / 0.953,
        # notes 0.778 / 0.955); studied in round sixteen.
        (16, (309, 82)),
        # Scored once as held-out after round sixteen (sentences 0.988 / 0.932,
        # notes 0.955 / 1.000); studied in round sixteen's second pass.
        (17, (320, 80)),
    ],
)
def test_studied_set_scores(
    request: pytest.FixtureRequest, number: int, sizes: tuple[int, int]
) -> None:
    """Sets 9 to 17: written blind and scored once as held-out, then studied
    to mend the note-level rules (rounds eleven and after). Not trained on
    (the model was not rebuilt on them), but no longer unseen: NOT held-out."""
    folder = HERE / f"lint_heldout{number}"
    sentences = score_sentences(folder / "scored_sentences.jsonl", f"set-{number} (studied)")
    notes = score_notes(folder / "notes", f"set-{number} notes (studied)", LABELLED_2)
    title = f"lint tone: lint_heldout{number} STUDIED (not held-out)"
    request.config.pluginmanager.register(
        Report(title, [sentences, notes], False), f"lint-set-{number}"
    )
    assert (sentences.items, notes.items) == sizes
    assert min(sentences.overall.precision, notes.overall.precision) >= 0.6


# THE held-out sets: (set number, (sentences, notes)), each folder
# tests/lint_heldout<number>/ in the layout of tests/lint_convert.py. Sets 1
# to 8 are retired into training, sets 9 to 17 studied (above), each after
# its one scoring; the blind set written while the last round was built, and
# never read by the rounds that build the model or choose its rules, goes
# here with its sizes.
HELDOUT: list[tuple[int, tuple[int, int]]] = []


@pytest.mark.parametrize(
    ("number", "sizes"),
    HELDOUT
    or [pytest.param(0, (0, 0), marks=pytest.mark.skip(reason="no unseen held-out set yet"))],
)
def test_heldout_scores(
    request: pytest.FixtureRequest, number: int, sizes: tuple[int, int]
) -> None:
    """THE held-out sets (their README.md): never trained or tuned on."""
    folder = HERE / f"lint_heldout{number}"
    sentences = score_sentences(folder / "scored_sentences.jsonl", f"held-out-{number} sentences")
    notes = score_notes(folder / "notes", f"held-out-{number} notes", LABELLED_2)
    request.config.pluginmanager.register(
        Report(
            f"lint tone: HELD-OUT (set {number}, the figures that count)", [sentences, notes], False
        ),
        f"lint-heldout-{number}",
    )
    assert (sentences.items, notes.items) == sizes
    # Floors against regressions, well below the targets (precision 0.95,
    # recall 0.90) that docs/writing.md reports against. Plain floats, so a
    # failure shows no item of the set.
    figures = (sentences.overall.precision, notes.overall.precision)
    assert min(figures) >= 0.6, f"held-out precision fell: {figures[0]:.3f}, {figures[1]:.3f}"


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
