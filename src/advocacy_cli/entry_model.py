"""The entry model: which entry of the bundled FAQ a question is about, learned from our own labelled questions.

A softmax regression over two kinds of features of a question: its hashed words and word pairs (the
matching terms of matching.py, stemmed, greetings set aside) and its direction in the static vectors
(the semantic view's sentence vector). The word view and the semantic view compare a question with
what an entry says; this model has learned from a few thousand questions how people ask for each
entry in words the entry never uses ("lobbying" for public policy advocacy, "the T&S people" for
Trust and Safety). Trained by tools/train_entry_model.py on the data's phrasings and our tuning case
files, never on the held-out files or the shared development set.

It knows the entries it was trained for and nothing else: it is used only for a data file whose
entries have the same ids and questions, in the same order (the bundled FAQ; a copy with other answers
or contacts still qualifies). Files: data/entry_model.i8 (one signed byte per feature and entry) and
data/entry_model.json (what the bytes mean and how they were made).
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Sequence
from operator import mul as _mul
from pathlib import Path
from typing import Any

from advocacy_cli.model import Faq
from advocacy_cli.text import hashed_grams

FOLDER = Path(__file__).parent / "data"
RECORD = "entry_model.json"
WEIGHTS = "entry_model.i8"


def fingerprint(faq: Faq) -> str:
    """What the model must have been trained for: the entries' ids and questions, in order."""
    text = "\n".join(f"{entry.id}\t{entry.question}" for entry in faq.entries)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def features(terms: Sequence[str], bits: int) -> list[int]:
    """The buckets of ``terms`` and of each pair of neighbouring terms."""
    return hashed_grams(terms, bits)


class EntryModel:
    """The weights of one trained model; ``probabilities`` gives a question's distribution over the entries."""

    def __init__(self, record: dict[str, Any], raw: bytes) -> None:
        self.ids: tuple[str, ...] = tuple(record["ids"])
        # One more class after the entries: questions the FAQ does not answer (the data file's
        # meta.not_covered and the off-topic questions of the training files).
        self.outside: bool = bool(record.get("outside", False))
        self.bits: int = record["bits"]
        self.dims: int = record["dims"]
        self.fingerprint: str = record["fingerprint"]
        self.bias: list[float] = [float(b) for b in record["bias"]]
        self.word_scale: float = float(record["word_scale"])
        count = self.classes
        self._words = memoryview(raw).cast("b")  # row f (a bucket) holds one weight per entry
        dense = self._words[(1 << self.bits) * count :]
        scale = float(record["dense_scale"])
        # Per entry, its weights over the dims of the sentence vector (a column of the dense rows).
        self._columns = [[dense[i * count + k] * scale for i in range(self.dims)] for k in range(count)]

    @property
    def classes(self) -> int:
        """The entries, and the outside class when the model has one."""
        return len(self.ids) + self.outside

    def fits(self, faq: Faq) -> bool:
        return len(faq.entry_list()) == len(self.ids) and faq.entry_ids() == "\n".join(self.ids) and fingerprint(faq) == self.fingerprint

    def directions(self, dims: int) -> list[list[float]] | None:
        """Each entry's weights over the first dims of the sentence vector, for the semantic view to
        project questions on (SemanticView's ``extra``); None when vectors of ``dims`` dimensions are
        too short for them. A projection multiplies only the dims a direction has, half of them here."""
        if dims < self.dims:
            return None
        return [list(column) for column in self._columns]

    def probabilities(self, terms: Sequence[str], direction: Sequence[float], projections: Sequence[float] = ()) -> list[float]:
        """P(class | question) for each entry, in the data file's order, then (``outside``) for "none of
        them". ``projections``: the sentence vector's dot products with ``directions()``, when the
        semantic view has made them already."""
        count = self.classes
        z = list(self.bias)
        found = features(terms, self.bits)
        if found:
            weight = self.word_scale / math.sqrt(len(found))
            rows = self._words
            totals = map(sum, zip(*(rows[bucket * count : bucket * count + count] for bucket in found)))  # column sums, in C
            z = [b + total * weight for b, total in zip(z, totals)]
        if len(projections) == count:
            z = [v + p for v, p in zip(z, projections)]
        elif len(direction) >= self.dims:
            head = direction[: self.dims]  # the first dims of the sentence vector (its main components)
            z = [v + sum(map(_mul, head, column)) for v, column in zip(z, self._columns)]
        top = max(z)
        exps = [math.exp(v - top) for v in z]
        total = sum(exps)
        return [v / total for v in exps]


class EntryModelUnavailable(Exception):
    """The model's files are missing or do not agree with each other."""


def load(folder: Path | None = None) -> EntryModel:
    """The shipped model; raises EntryModelUnavailable when its files are missing or damaged."""
    folder = folder if folder is not None else FOLDER
    try:
        record = json.loads((folder / RECORD).read_text(encoding="utf-8"))
        raw = (folder / WEIGHTS).read_bytes()
    except (OSError, ValueError) as error:
        raise EntryModelUnavailable(f"cannot read the entry model: {error}") from None
    try:
        classes = len(record["ids"]) + bool(record.get("outside", False))
        size = ((1 << record["bits"]) + record["dims"]) * classes
        if len(raw) != size or len(record["bias"]) != classes:
            raise EntryModelUnavailable("the entry model's weights do not have the size its record gives")
        return EntryModel(record, raw)
    except (KeyError, TypeError, ValueError) as error:
        raise EntryModelUnavailable(f"the entry model's record is damaged: {error}") from None
