"""Fine-tune the static token vectors on the tone labels (model2vec's trainer).

    nice -n 10 .model-venv/bin/python model/finetune.py

An experiment of round four, measured and not shipped (docs/writing.md):
model2vec's StaticModelForClassification trains the token vectors together
with a classifier head; its vectors (`to_static_model()`) then replace the
frozen ones under the same logistic regression. Measured on "new words":
fitted on rounds one to three only, scored on round four's sentences
(never seen), each model's recall at 97% precision with the threshold
picked on round four itself (an oracle for both, so the comparison is
fair, not the figure).
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))

import build  # noqa: E402
import corpus  # noqa: E402

from followup.writing import tone  # noqa: E402


def oracle_recall(probs: np.ndarray, y: np.ndarray, labels: list[str]) -> dict[str, float]:
    out = {}
    for i, label in enumerate(labels):
        if label == "fine":
            continue
        best = 0.0
        for t in np.arange(0.05, 1.0, 0.01):
            flagged = probs[:, i] >= t
            if flagged.sum() and (y[flagged] == i).mean() >= 0.97:
                best = max(best, float((flagged & (y == i)).sum() / (y == i).sum()))
        out[label] = round(best, 3)
    return out


def main() -> None:
    labels = list(tone.LABELS)
    rows = corpus.items()
    fourth = set(corpus.fourth_texts())
    old = [r for r in rows if r[0] not in fourth]
    new = [r for r in rows if r[0] in fourth]
    y_old = np.array([labels.index(r[2]) for r in old])
    y_new = np.array([labels.index(r[2]) for r in new])

    def feats(encoder: tone.Encoder, part: list[corpus.Item]) -> np.ndarray:
        texts = [tone.mask_names(t) for t, _, _ in part]
        return tone.features(encoder.encode(texts), texts, [k for _, k, _ in part])

    vectors = build.frozen_vectors()
    frozen = build.encoder_of(vectors)
    tuned = build.encoder_of(
        build.finetuned(vectors, [tone.mask_names(t) for t, _, _ in old], [r[2] for r in old])
    )
    for name, encoder in (("frozen", frozen), ("fine-tuned", tuned)):
        model = build.fit(feats(encoder, old), y_old)
        probs = model.predict_proba(feats(encoder, new))
        print(
            name,
            "recall on new words at 97% precision (oracle threshold):",
            oracle_recall(probs, y_new, labels),
            flush=True,
        )


if __name__ == "__main__":
    main()
