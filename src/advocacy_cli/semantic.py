"""The semantic view of a Faq: vectors of its entries from the static word vectors, and how close a question is to each.

Each entry has two vectors: the mean of its phrasings (question and variants) and the mean of its
question and answer; an entry is as close to a question as the closer of the two. Measured on our
own case files (tests/cases/real-tune.jsonl and the bike co-op FAQ, which has no variants), the
pair beats either alone and every mix of phrasings and answer sentences we tried.

The cosine of a question to an entry is computed from per-token dot products, which are kept
across questions: a question's tokens mostly recur in a batch, so most questions cost a few
hundred additions instead of a dot product with every entry vector. Files with more than
FULL_SCAN entries compare a question only with the lexical candidates.
"""

from __future__ import annotations

import math
import re
from array import array
from collections.abc import Collection, Iterable, Sequence
from operator import add as _add
from operator import mul as _mul
from typing import Any, NamedTuple

from advocacy_cli.model import Faq

FORMAT = 1  # bump when the state layout below changes
VECTORS_PER_ENTRY = 2
# Entries a question is compared with in full, their vectors built once and cached. Above this, a
# question is compared with the lexical candidates only, whose vectors are built when first needed
# (a 10,000-entry file would otherwise take minutes to build and a hundred MB to hold).
FULL_SCAN = 2000
LARGE_CANDIDATES = 20  # lexical candidates (best first) a question is compared with in a larger file
MAX_CACHED_TOKENS = 50_000  # per-token dot products kept for a batch...
# ...and at most this many dot products in all (about 64 MB as Python floats): a file of 2,000 entries has
# over 4,000 dot products a token, and a long batch meets thousands of tokens.
MAX_CACHED_VALUES = 2_000_000
# Per-token dot products pay off once tokens recur, in a batch; before that question, a question's
# vector is compared with the entry vectors directly (one dot product per entry vector).
REUSE_AFTER = 8
# A misspelt word ("organizatons", "foundatoin") falls apart into word pieces that mean nothing, so a
# word of at least CORRECT_FROM letters that is neither a whole word of the vocabulary nor a word of the
# data file is read as the vocabulary's word it is one slip from (two, from 8 letters), when there is one
# with the same first letter. (Misspelt questions of tests/cases/real-tune.jsonl, holdout.jsonl and
# real-blind2.jsonl: the cosine to the right entry rises from 0.35-0.64 to 0.6-0.75.)
CORRECT_FROM = 5
# Word by word (SemanticView.alignment): each word of the question is matched with the word of the entry
# nearest to it in meaning, and the entry's question words with those of the question, at most this many
# pairs' dot products kept (a batch meets the same pairs again and again).
MAX_CACHED_PAIRS = 200_000
ALIGN_REVERSE = 0.5  # the entry question's words found in the question weigh half as much as the other way round
ALIGN_LIGHT = 0.15  # question words weighing less than this share of the heaviest are left out (as many pairs fewer, same top-1)
_ENDINGS = ("s", "es", "ed", "d", "ing", "ly", "er", "ers", "est", "ness", "ment", "ments")
_LETTERS = re.compile(rf"[^\W\d_]{{{CORRECT_FROM},}}")


class Closeness(NamedTuple):
    """How close one question is to the entries (cosine, -1 to 1) and to what the FAQ does not cover."""

    entries: dict[int, float]  # entry number -> cosine (every entry, or the candidates asked for)
    outside: float  # the closest out-of-scope phrase of the data file (0.0 when it has none)
    vector: Sequence[float] = ()  # the question's vector, not normalised (see ``direction``)
    norm: float = 1.0  # its length
    projections: tuple[float, ...] = ()  # its normalised vector's dot products with the view's extra directions (see SemanticView)
    danger: float | None = None  # ... and with the danger direction, when the view has one
    tokens: tuple[int, ...] = ()  # the question's token ids that carry a vector, in order (for SemanticView.alignment)

    @property
    def direction(self) -> tuple[float, ...]:
        """The question's normalised vector (made when asked for: a batch mostly needs only the dot products)."""
        return tuple(x / self.norm for x in self.vector)


def code_stamp(table: Any) -> tuple[Any, ...]:
    """What a cached state must have been built with: this layout and these very vectors."""
    return (FORMAT, table.rows, table.dims, table.folder, _vectors_signature(table))


def _vectors_signature(table: Any) -> tuple[float, ...]:
    # A few scales stand for the whole artefact: a rebuilt or damaged file changes them.
    step = max(table.rows // 7, 1)
    return tuple(round(table.scales[i], 9) for i in range(0, table.rows, step))


def _mean_direction(table: Any, texts: Iterable[str]) -> array:
    """The normalised sum of the normalised vectors of ``texts`` (zeros when none has a vector)."""
    total = [0.0] * table.dims
    for text in texts:
        vector = table.sentence_vector(text)
        if vector is not None:
            total = list(map(_add, total, vector))
    norm = math.sqrt(sum(x * x for x in total))
    return array("f", (x / norm for x in total) if norm else total)


def build_state(faq: Faq, table: Any) -> dict[str, Any]:
    """The semantic view of ``faq`` as plain data (float32 bytes), so it can be cached as it is."""
    rows = array("f")
    for entry in faq.entries:
        rows.extend(_mean_direction(table, (entry.question, *entry.variants)))
        rows.extend(_mean_direction(table, (entry.question, entry.answer)))
    outside = array("f")
    for phrase in faq.meta.not_covered:
        outside.extend(_mean_direction(table, (phrase,)))
    return {
        "format": FORMAT,
        "dims": table.dims,
        "ids": "\n".join(e.id for e in faq.entries),
        "rows": rows.tobytes(),
        "outside": outside.tobytes(),
    }


def state_is_sound(state: Any, faq: Faq, dims: int) -> bool:
    """Whether a (cached, so possibly damaged) state has the layout above and is for ``faq``."""
    try:
        return (
            type(state) is dict
            and set(state) == {"format", "dims", "ids", "rows", "outside"}
            and state["format"] == FORMAT
            and state["dims"] == dims
            and state["ids"] == faq.entry_ids()
            and type(state["rows"]) is bytes
            and len(state["rows"]) == 4 * dims * VECTORS_PER_ENTRY * len(faq.entry_list())
            and type(state["outside"]) is bytes
            and len(state["outside"]) == 4 * dims * len(faq.meta.not_covered)
        )
    except Exception:
        return False


def _unpack(raw: bytes, dims: int) -> list[list[float]]:
    # Python lists, not arrays: operator.mul over two lists of floats is about three times faster
    # than over an array, whose items are boxed one by one.
    values = array("f")
    values.frombytes(raw)
    return [values[i : i + dims].tolist() for i in range(0, len(values), dims)]


class SemanticView:
    """The entry vectors of one Faq and the question-side arithmetic; build once, ask many times."""

    def __init__(self, faq: Faq, table: Any, state: dict[str, Any] | None = None, extra: list[list[float]] | None = None, danger: Sequence[float] | None = None) -> None:
        """``extra``: more directions (the entry model's weight columns) that a question's vector is
        projected on, with the same per-token reuse as the entry vectors; full scans only. A direction
        may be shorter than the vectors: it is a projection on their first dims (map stops at the shorter).
        ``danger``: one more such direction (danger_meaning's weights), whose projection is Closeness.danger."""
        self.table = table
        self.dims = table.dims
        self.count = len(faq.entry_list())
        self.full_scan = self.count <= FULL_SCAN
        self.asked = 0
        self._faq_words: frozenset[str] | None = None  # the data file's own words, made when a question has an unknown one
        self._corrections: dict[str, str] = {}
        self._by_start: dict[tuple[str, int], list[str]] | None = None
        self.faq = faq
        self._align: tuple[list[frozenset[int]], list[list[int]], dict[int, float]] | None = None  # made when first asked (alignment)
        self._rarest = 0.0
        self._units: dict[int, tuple[list[float], float]] = {}
        self._near: dict[int, dict[int, float]] = {}  # token id -> cosines to other tokens (alignment)
        self._pair_count = 0
        # token id -> (its row, its dot products with every entry row and outside phrase), in a batch;
        # the row is None for a token whose dot products came from elsewhere (adopt_tokens) until it is used
        self._tokens: dict[int, tuple[list[float] | None, list[float]]] = {}
        self._learned: list[int] = []  # the tokens whose dot products were computed here, in that order
        if self.full_scan:
            if state is None or not state_is_sound(state, faq, table.dims):
                state = build_state(faq, table)
            self.state: dict[str, Any] | None = state
            self.rows = _unpack(state["rows"], self.dims)  # entry k: rows[2k] (phrasings), rows[2k + 1] (question + answer)
            self.outside = _unpack(state["outside"], self.dims)
            self.extra = extra or []
            self.has_danger = danger is not None and len(danger) == self.dims
            if self.has_danger:
                self.extra = [*self.extra, list(danger)]  # type: ignore[arg-type]
        else:
            self.has_danger = False
            self.state = None  # nothing worth caching: vectors are made for the candidates a question brings
            self.rows = []
            self._made: dict[int, tuple[list[float], list[float]]] = {}
            self.outside = [_mean_direction(table, (phrase,)).tolist() for phrase in faq.meta.not_covered]
            self.extra = []
        # How many dot products one token has: with every entry vector, out-of-scope phrase and extra direction.
        self.token_width = len(self.rows) + len(self.outside) + len(self.extra)
        self.token_room = min(MAX_CACHED_TOKENS, MAX_CACHED_VALUES // max(self.token_width, 1))

    def _pair(self, k: int) -> tuple[list[float], list[float]]:
        """Entry ``k``'s vectors, made on first use (large files only): one vector, of the question
        and its first phrasings read as one text, stands for both."""
        found = self._made.get(k)
        if found is None:
            entry = self.faq.entry_list()[k]
            vector = self.table.sentence_vector(" ".join((entry.question, *entry.variants[:2])))
            row = list(vector) if vector is not None else [0.0] * self.dims
            found = self._made[k] = (row, row)
        return found

    def _token(self, token_id: int) -> tuple[list[float], list[float]]:
        """A token's row and its dot products with every entry vector and out-of-scope phrase, kept."""
        found = self._tokens.get(token_id)
        if found is None:
            row = self.table.row(token_id)
            dots = [sum(map(_mul, row, other)) for other in self.rows]
            dots.extend(sum(map(_mul, row, other)) for other in self.outside)
            dots.extend(sum(map(_mul, row, other)) for other in self.extra)
            if len(self._tokens) < self.token_room:
                self._tokens[token_id] = (row, dots)
                self._learned.append(token_id)
            return row, dots
        if found[0] is None:
            found = self._tokens[token_id] = (self.table.row(token_id), found[1])
        return found  # type: ignore[return-value]

    # -- the per-token dot products, shared between the processes of a batch and kept across batches --
    def others_digest(self) -> bytes:
        """What a token's dot products depend on besides its row: every entry vector, out-of-scope
        phrase and extra direction, in order (a digest of their exact values)."""
        from hashlib import blake2b

        digest = blake2b(digest_size=16)
        for group in (self.rows, self.outside, self.extra):
            digest.update(len(group).to_bytes(4, "little"))
            for vector in group:
                digest.update(array("d", vector).tobytes())
        return digest.digest()

    def learned_tokens(self, start: int = 0, most: int | None = None) -> tuple[bytes, bytes]:
        """The tokens whose dot products were computed here, from the ``start``-th on (at most ``most``):
        their ids (int32) and dot products (float64, exactly as computed), as bytes."""
        chosen = self._learned[start:] if most is None else self._learned[start : start + most]
        dots = array("d")
        for token_id in chosen:
            dots.extend(self._tokens[token_id][1])
        return array("i", chosen).tobytes(), dots.tobytes()

    @property
    def learned_count(self) -> int:
        return len(self._learned)

    def adopt_tokens(self, ids: bytes, dots: bytes) -> bool:
        """Take dot products computed elsewhere for these same vectors (``learned_tokens``); False,
        taking nothing, when they do not have the right shape."""
        if not self.full_scan or type(ids) is not bytes or type(dots) is not bytes or len(ids) % 4 or len(dots) % 8:
            return False
        width = self.token_width
        numbers = array("i")
        numbers.frombytes(ids)
        values = array("d")
        values.frombytes(dots)
        if len(values) != width * len(numbers) or any(not 0 <= n < self.table.rows for n in numbers):
            return False
        for k, token_id in enumerate(numbers):
            if len(self._tokens) >= self.token_room:
                break
            if token_id not in self._tokens:
                self._tokens[token_id] = (None, values[k * width : (k + 1) * width].tolist())
        return True

    def _corrected(self, found: re.Match[str]) -> str:
        """A word of the question, or the vocabulary's word it is a slip of (see CORRECT_FROM)."""
        word = found.group().lower()
        if word in self.table.wordpiece.vocab:
            return found.group()
        known = self._corrections.get(word)
        if known is None:
            known = self._correction(word)
            if len(self._corrections) < 50_000:
                self._corrections[word] = known
        return known or found.group()

    def _correction(self, word: str) -> str:
        if self._faq_words is None:
            words: set[str] = set()
            for entry in self.faq.entries:
                for text in (entry.question, *entry.variants, *entry.keywords, entry.answer):
                    words.update(w.lower() for w in _LETTERS.findall(text))
            self._faq_words = frozenset(words)
        if word in self._faq_words:
            return ""
        vocab = self.table.wordpiece.vocab
        if any(word.endswith(ending) and word[: -len(ending)] in vocab for ending in _ENDINGS):
            return ""  # a known word with an ending the vocabulary keeps apart ("slows"): not a slip
        if self._by_start is None:
            self._by_start = {}
            for token in self.table.wordpiece.vocab:
                if len(token) >= CORRECT_FROM - 1 and token.isalpha():
                    self._by_start.setdefault((token[0], len(token)), []).append(token)
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        allowed = 1 if len(word) < 8 else 2
        candidates = [token for size in range(len(word) - allowed, len(word) + allowed + 1) for token in self._by_start.get((word[0], size), ())]
        hit = process.extractOne(word, candidates, scorer=OSA.distance, score_cutoff=allowed)
        return hit[0] if hit is not None else ""

    def closeness(self, question: str, candidates: Iterable[int] = ()) -> Closeness | None:
        """Cosines of ``question`` to every entry (or, for a large Faq, to ``candidates``); None when
        no word of the question has a vector."""
        counts: dict[int, int] = {}
        scales = self.table.scales
        if self.full_scan:
            question = _LETTERS.sub(self._corrected, question)
        for token_id in self.table.tokenize(question):
            if scales[token_id] != 0.0:  # special tokens and [UNK] carry no vector
                counts[token_id] = counts.get(token_id, 0) + 1
        if not counts:
            return None
        tokens = tuple(token_id for token_id, count in counts.items() for _ in range(count))
        self.asked += 1
        reuse = self.full_scan and self.asked > REUSE_AFTER
        rows: list[list[float]] = []
        dot_rows: list[list[float]] = []
        for token_id, count in counts.items():
            if reuse:
                row, dots = self._token(token_id)
                dot_rows.extend([dots] * count)
            else:
                row = self.table.row(token_id)
            rows.extend([row] * count)  # a word said twice weighs twice, as in the mean of the token rows
        # Column sums through zip run in C: several times faster than adding the rows one by one.
        total = list(map(sum, zip(*rows)))
        sums = list(map(sum, zip(*dot_rows))) if reuse else []
        norm = math.sqrt(sum(map(_mul, total, total)))
        if norm == 0.0:
            return None
        wanted: Iterable[int] = range(self.count) if self.full_scan else list(candidates)[:LARGE_CANDIDATES]
        if not self.full_scan:
            entries = {}
            for k in wanted:
                phrasings, with_answer = self._pair(k)
                entries[k] = max(sum(map(_mul, total, phrasings)), sum(map(_mul, total, with_answer))) / norm
            outside = max((sum(map(_mul, total, other)) for other in self.outside), default=0.0) / norm
            return Closeness(entries, outside, total, norm, tokens=tokens)
        if not reuse:  # the question's vector against every entry, and what is not covered
            sums = [sum(map(_mul, total, row)) for row in self.rows]
            sums.extend(sum(map(_mul, total, other)) for other in self.outside)
            sums.extend(sum(map(_mul, total, other)) for other in self.extra)
        entries = {k: max(sums[VECTORS_PER_ENTRY * k], sums[VECTORS_PER_ENTRY * k + 1]) / norm for k in wanted}
        ends = len(self.rows) + len(self.outside)
        outside = max(sums[len(self.rows) : ends], default=0.0) / norm if self.outside else 0.0
        projections = tuple(x / norm for x in sums[ends:])
        if self.has_danger:
            return Closeness(entries, outside, total, norm, projections[:-1], projections[-1], tokens)
        return Closeness(entries, outside, total, norm, projections, tokens=tokens)

    # -- word by word: for data files whose entries are only a question and an answer --
    def alignment(self, tokens: Sequence[int], candidates: Iterable[int]) -> dict[int, float]:
        """How well the words of a question (``tokens``, from its Closeness) are met, word by word, by
        each candidate entry, 0 to 1: each question word counts for its closeness in meaning to the
        nearest word of the entry's question and answer, weighed by its vector's weight and by how few
        entries have it (words weighing less than ALIGN_LIGHT of the heaviest are left out); and, at
        ALIGN_REVERSE, each word of the entry's question for the nearest word of the question. A
        paraphrase rarely shares the entry's nouns, but its words sit near them one by one, which the
        mean of all the words blurs."""
        if self._align is None:
            self._align = self._alignment_index()
        words, asked, rarity = self._align
        weight = {t: rarity.get(t, self._rarest) * self._unit(t)[1] for t in tokens}
        heaviest = max(weight.values(), default=0.0)
        if heaviest <= 0.0:
            return {}
        counted = [(t, weight[t]) for t in tokens if weight[t] >= ALIGN_LIGHT * heaviest]
        total = sum(w for _, w in counted)
        distinct = list(weight)
        out: dict[int, float] = {}
        for k in candidates:
            own = words[k]
            covered = sum(w * self._nearest(t, own) for t, w in counted) / total if own else 0.0
            back_weights = [self._unit(t)[1] for t in asked[k]]
            back_total = sum(back_weights)
            back = sum(w * self._nearest(t, distinct) for t, w in zip(asked[k], back_weights)) / back_total if back_total > 0.0 else 0.0
            out[k] = (covered + ALIGN_REVERSE * back) / (1.0 + ALIGN_REVERSE)
        return out

    def _nearest(self, token_id: int, others: Collection[int]) -> float:
        """The highest cosine of a token's vector to those of ``others`` (1.0 when it is one of them); the
        cosines are kept for the pairs a batch meets again (at most MAX_CACHED_PAIRS)."""
        known = self._near.get(token_id)
        if known is None:
            known = {token_id: 1.0}
            if self._pair_count < MAX_CACHED_PAIRS:
                self._near[token_id] = known
        missing = [s for s in others if s not in known]
        if missing:
            row = self._unit(token_id)[0]
            for s in missing:
                reverse = self._near.get(s)
                found = reverse.get(token_id) if reverse is not None else None  # the same pair the other way round
                known[s] = sum(map(_mul, row, self._unit(s)[0])) if found is None else found
            self._pair_count += len(missing)
        return max(map(known.__getitem__, others))

    def _alignment_index(self) -> tuple[list[frozenset[int]], list[list[int]], dict[int, float]]:
        """Each entry's words (question and answer, token ids with a vector), its question's words, and
        each word's rarity across entries (log(1 + n / (1 + entries with the word)))."""
        scales = self.table.scales
        words: list[frozenset[int]] = []
        asked: list[list[int]] = []
        having: dict[int, int] = {}
        for entry in self.faq.entry_list():
            question = [t for t in self.table.tokenize(entry.question) if scales[t] != 0.0]
            own = frozenset(question).union(t for t in self.table.tokenize(entry.answer) if scales[t] != 0.0)
            words.append(own)
            asked.append(list(dict.fromkeys(question)))
            for t in own:
                having[t] = having.get(t, 0) + 1
        n = len(words)
        self._rarest = math.log(1.0 + n)
        return words, asked, {t: math.log(1.0 + n / (1.0 + count)) for t, count in having.items()}

    def _unit(self, token_id: int) -> tuple[list[float], float]:
        """A token's row scaled to length 1, and its length (the weight the vectors give the token)."""
        found = self._units.get(token_id)
        if found is None:
            row = self.table.row(token_id)
            length = math.sqrt(sum(map(_mul, row, row)))
            found = ([x / length for x in row] if length else row, length)
            if len(self._units) < MAX_CACHED_TOKENS:
                self._units[token_id] = found
        return found
