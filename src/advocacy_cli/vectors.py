"""The static vectors: a WordPiece tokenizer, int8 rows read through mmap, sentence vectors and their cosine."""

from __future__ import annotations

import mmap
import os
import sys
import unicodedata
from array import array
from itertools import repeat
from operator import mul as _mul

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing would double this module's import time
if TYPE_CHECKING:
    from collections.abc import Sequence

# The longest text read: a question is far shorter, and the tokenizer is pure Python.
MAX_CHARS = 4000
# BertTokenizer's limit: a longer word becomes [UNK] without being split.
MAX_WORD_CHARS = 100
UNK = "[UNK]"
SPECIAL_TOKENS = ("[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]")
DATA_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
FILES = ("vectors.json", "vectors.i8", "vectors.scales", "vocab.txt")

# BERT counts every non-alphanumeric printable ASCII character as punctuation, not only the P* categories.
_ASCII_PUNCTUATION = frozenset(chr(c) for c in (*range(33, 48), *range(58, 65), *range(91, 97), *range(123, 127)))
_ASCII_WHITESPACE = frozenset(" \t\n\r")
_CJK_RANGES = (
    (0x4E00, 0x9FFF),
    (0x3400, 0x4DBF),
    (0x20000, 0x2A6DF),
    (0x2A700, 0x2B73F),
    (0x2B740, 0x2B81F),
    (0x2B920, 0x2CEAF),  # sic: the reference (HF tokenizers) starts this block at 0x2B920, not 0x2B820
    (0xF900, 0xFAFF),
    (0x2F800, 0x2FA1F),
)


class VectorsUnavailable(Exception):
    """The vectors are missing, truncated or inconsistent; the caller falls back to lexical matching."""


def _declared(record: str, field: str, folder: str) -> int:
    """A top-level positive integer of vectors.json, read without the json module (importing it costs more than the rest).

    The record is written by tools/build_vectors.py with an indent of two, so a top-level key starts a line with two
    spaces; nested keys are indented further.
    """
    at = record.find(f'\n  "{field}":')
    if record.lstrip()[:1] != "{" or at == -1:
        raise VectorsUnavailable(f"{folder}/vectors.json does not declare {field}")
    digits = record[at + len(field) + 6 :].lstrip().split(",", 1)[0].split("}", 1)[0].strip()
    if not digits.isdigit() or int(digits) == 0:
        raise VectorsUnavailable(f"{folder}/vectors.json: {field} must be a positive integer, not {digits[:20]!r}")
    return int(digits)


def _is_cjk(code: int) -> bool:
    return any(low <= code <= high for low, high in _CJK_RANGES)


def _clean(text: str) -> str:
    """BERT's cleaning: control characters, NUL and U+FFFD dropped, whitespace made a space, CJK ideographs spaced.

    Characters and categories follow Python's unicodedata; about 500 code points that Unicode assigned to rare
    scripts after the reference's tables were made (combining marks, punctuation) are split or dropped here but
    kept inside a word there. Either way such a word carries no vector ([UNK]).
    """
    if text.isascii():
        if text.isprintable():
            return text
        return "".join(" " if ch in _ASCII_WHITESPACE else ch for ch in text if ch.isprintable() or ch in _ASCII_WHITESPACE)
    category = unicodedata.category
    out = []
    for ch in text:
        if ch in _ASCII_WHITESPACE:
            out.append(" ")
            continue
        code = ord(ch)
        if code == 0 or code == 0xFFFD:
            continue
        kind = category(ch)
        if kind[0] == "C" and kind != "Cn":  # the reference keeps code points its tables do not know
            continue
        if kind == "Zs" or ch in "\u2028\u2029":
            out.append(" ")
        elif code >= 0x3400 and _is_cjk(code):
            out.append(f" {ch} ")
        else:
            out.append(ch)
    return "".join(out)


def _strip_accents(text: str) -> str:
    if text.isascii():
        return text
    category = unicodedata.category
    return "".join(ch for ch in unicodedata.normalize("NFD", text) if category(ch) != "Mn")


def _split_punctuation(word: str) -> list[str]:
    """Each punctuation character becomes a word of its own, as BERT's basic tokenizer does."""
    category = unicodedata.category
    pieces: list[str] = []
    start = 0
    for index, ch in enumerate(word):
        if ch in _ASCII_PUNCTUATION or (not ch.isascii() and category(ch)[0] == "P"):
            if start < index:
                pieces.append(word[start:index])
            pieces.append(ch)
            start = index + 1
    if start == 0:
        return [word]
    if start < len(word):
        pieces.append(word[start:])
    return pieces


def _lower(text: str) -> str:
    # The reference lowercases character by character: capital sigma is always "σ", never the final "ς".
    return text.lower() if text.isascii() else text.replace("\u03a3", "\u03c3").lower()


def basic_words(text: str) -> list[str]:
    """The words BERT's basic tokenizer (do_lower_case=True) makes of ``text``, before WordPiece."""
    cleaned = _lower(_strip_accents(_clean(text)))
    if cleaned.isascii() and cleaned.isalnum():
        return [cleaned]
    words: list[str] = []
    for chunk in cleaned.split():
        words.extend(_split_punctuation(chunk))
    return words


class WordPiece:
    """Greedy longest-match-first WordPiece over a vocabulary, with ``##`` continuations (BERT's)."""

    def __init__(self, vocab: dict[str, int]) -> None:
        if UNK not in vocab:
            raise VectorsUnavailable(f"the vocabulary has no {UNK} token")
        self.vocab = vocab
        self.unk_id = vocab[UNK]
        self.specials = {token: vocab[token] for token in SPECIAL_TOKENS if token in vocab}
        self._words: dict[str, tuple[int, ...]] = {}

    def word_ids(self, word: str) -> tuple[int, ...]:
        known = self._words.get(word)
        if known is not None:
            return known
        ids = self._split(word)
        if len(self._words) < 50_000:  # a cache for repeated words, bounded so odd input cannot grow it for ever
            self._words[word] = ids
        return ids

    def _split(self, word: str) -> tuple[int, ...]:
        if len(word) > MAX_WORD_CHARS:
            return (self.unk_id,)
        vocab = self.vocab
        ids = []
        start, length = 0, len(word)
        while start < length:
            end = length
            found = None
            while start < end:
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                found = vocab.get(piece)
                if found is not None:
                    break
                end -= 1
            if found is None:
                return (self.unk_id,)
            ids.append(found)
            start = end
        return tuple(ids)

    def tokenize(self, text: str) -> list[int]:
        """Token ids of ``text`` (its first MAX_CHARS characters), without [CLS] and [SEP]."""
        ids: list[int] = []
        for part, special in self._special_split(text[:MAX_CHARS]):
            if special is not None:
                ids.append(special)
                continue
            for word in basic_words(part):
                ids.extend(self.word_ids(word))
        return ids

    def _special_split(self, text: str) -> list[tuple[str, int | None]]:
        """The text cut around special tokens written out in it ("[SEP]"), which the reference keeps whole."""
        if "[" not in text:
            return [(text, None)]
        parts: list[tuple[str, int | None]] = []
        start = index = 0
        while (index := text.find("[", index)) != -1:
            end = text.find("]", index)
            if end == -1:
                break
            special = self.specials.get(text[index : end + 1])
            if special is None:
                index += 1
                continue
            parts.append((text[start:index], None))
            parts.append(("", special))
            start = index = end + 1
        parts.append((text[start:], None))
        return parts


class Vectors:
    """The shipped vectors of one folder: vocabulary, int8 rows (memory-mapped) and one scale per row."""

    def __init__(self, folder: str | os.PathLike[str] = DATA_DIR) -> None:
        folder = os.fspath(folder)
        self.folder = folder
        try:
            self._load(folder)
        except (OSError, ValueError) as exc:  # ValueError covers undecodable text and an empty mmap
            raise VectorsUnavailable(f"cannot read the vectors in {folder}: {exc}") from None

    def _load(self, folder: str) -> None:
        with open(os.path.join(folder, "vectors.json"), "rb") as stream:
            record = stream.read().decode("utf-8")
        rows, dims = _declared(record, "rows", folder), _declared(record, "dims", folder)
        with open(os.path.join(folder, "vocab.txt"), "rb") as stream:
            tokens = stream.read().decode("utf-8").split("\n")
        if tokens and tokens[-1] == "":
            tokens.pop()
        if len(tokens) != rows:
            raise VectorsUnavailable(f"{folder}/vocab.txt has {len(tokens)} tokens, vectors.json says {rows}")
        vocab = dict(zip(tokens, range(rows)))
        scales = array("f")
        with open(os.path.join(folder, "vectors.scales"), "rb") as stream:
            raw = stream.read()
        if len(raw) != rows * scales.itemsize:
            raise VectorsUnavailable(f"{folder}/vectors.scales has {len(raw)} bytes, expected {rows * scales.itemsize}")
        scales.frombytes(raw)
        if sys.byteorder == "big":
            scales.byteswap()
        with open(os.path.join(folder, "vectors.i8"), "rb") as stream:
            size = os.fstat(stream.fileno()).st_size
            if size != rows * dims:
                raise VectorsUnavailable(f"{folder}/vectors.i8 has {size} bytes, expected {rows} x {dims}")
            self._rows = mmap.mmap(stream.fileno(), 0, access=mmap.ACCESS_READ)
        self._view = memoryview(self._rows).cast("b")
        self.rows, self.dims = rows, dims
        self.scales = scales
        self.wordpiece = WordPiece(vocab)

    def tokenize(self, text: str) -> list[int]:
        return self.wordpiece.tokenize(text)

    def row(self, token_id: int) -> list[float]:
        """The de-quantised vector of one token id (all zeros for special tokens)."""
        start = token_id * self.dims
        return list(map(_mul, self._view[start : start + self.dims], repeat(self.scales[token_id], self.dims)))

    def sentence_vector(self, text: str) -> tuple[float, ...] | None:
        """The mean of the rows of the text's tokens, L2-normalised; None when no token carries a vector."""
        return self.ids_vector(self.tokenize(text))

    def ids_vector(self, ids: Sequence[int]) -> tuple[float, ...] | None:
        """The normalised mean of the rows of ``ids`` (special tokens and [UNK] carry no vector and are skipped)."""
        dims, view, scales = self.dims, self._view, self.scales
        weights: dict[int, float] = {}
        for token_id in ids:  # a repeated token costs one row read, with its scale counted once per use
            scale = scales[token_id]
            if scale != 0.0:
                weights[token_id] = weights.get(token_id, 0.0) + scale
        if not weights:
            return None
        rows = [list(map(_mul, view[start : start + dims], repeat(weight, dims))) for start, weight in ((token_id * dims, weight) for token_id, weight in weights.items())]
        total = list(map(sum, zip(*rows)))  # column sums in C: far faster than adding row by row
        # The mean's 1/n is left out: it does not change the direction, and the norm removes it.
        norm = sum(map(_mul, total, total)) ** 0.5
        if norm == 0.0:
            return None
        return tuple(value / norm for value in total)


def cosine(a: Sequence[float], b: Sequence[float]) -> float:
    """Cosine similarity of two vectors; 0.0 when either is all zeros."""
    dot = sum(map(float.__mul__, a, b))
    norms = (sum(x * x for x in a) * sum(y * y for y in b)) ** 0.5
    return dot / norms if norms else 0.0


_default: Vectors | None = None


def load(folder: str | os.PathLike[str] | None = None) -> Vectors:
    """The vectors of ``folder``, or the shipped ones (read once per process); raises VectorsUnavailable."""
    global _default
    if folder is not None:
        return Vectors(folder)
    if _default is None:
        _default = Vectors(DATA_DIR)
    return _default


def tokenize(text: str) -> list[int]:
    """Token ids of ``text`` under the shipped vocabulary, as all-MiniLM-L6-v2's BertTokenizer gives them."""
    return load().tokenize(text)


def sentence_vector(text: str) -> tuple[float, ...] | None:
    """The shipped vectors' sentence vector of ``text`` (see Vectors.sentence_vector)."""
    return load().sentence_vector(text)
