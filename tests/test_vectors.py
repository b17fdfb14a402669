"""The static vectors: the tokenizer agrees with the reference, the shipped files match their record, and damage is caught."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from advocacy_cli import vectors
from advocacy_cli.vectors import Vectors, VectorsUnavailable, cosine

FIXTURE = Path(__file__).parent / "fixtures" / "wordpiece_ids.json"
DATA = Path(vectors.DATA_DIR)


@pytest.fixture(scope="module")
def shipped() -> Vectors:
    return vectors.load()


@pytest.fixture()
def copy(tmp_path: Path) -> Path:
    """A private copy of the shipped vectors to damage."""
    folder = tmp_path / "vectors"
    folder.mkdir()
    for name in vectors.FILES:
        shutil.copyfile(DATA / name, folder / name)
    return folder


def test_tokenizer_gives_the_reference_ids_for_every_fixture_text(shipped: Vectors) -> None:
    cases = json.loads(FIXTURE.read_text(encoding="utf-8"))["cases"]
    assert len(cases) >= 300
    wrong = [(case["text"], case["ids"], shipped.tokenize(case["text"])) for case in cases if shipped.tokenize(case["text"]) != case["ids"]]
    assert not wrong, wrong[:5]


def test_tokenizer_examples_read_as_wordpiece(shipped: Vectors) -> None:
    vocab = shipped.wordpiece.vocab
    assert shipped.tokenize("Unaffable!") == [vocab["una"], vocab["##ffa"], vocab["##ble"], vocab["!"]]
    assert shipped.tokenize("Café") == shipped.tokenize("cafe")
    assert shipped.tokenize("x" * 101) == [vocab["[UNK]"]]
    assert shipped.tokenize("a\x00b\u200bc") == shipped.tokenize("abc")
    assert vectors.tokenize("hello world") == [vocab["hello"], vocab["world"]]


def test_tokenizer_reads_only_the_first_max_chars() -> None:
    long_text = "word " * 10_000
    assert len(vectors.tokenize(long_text)) == len(vectors.tokenize(long_text[: vectors.MAX_CHARS]))


def test_record_matches_the_shipped_files() -> None:
    record = json.loads((DATA / "vectors.json").read_text(encoding="utf-8"))
    for name, digest in record["files"].items():
        assert hashlib.sha256((DATA / name).read_bytes()).hexdigest() == digest, name
    assert set(vectors.FILES) - {"vectors.json"} <= set(record["files"])
    rows, dims = record["rows"], record["dims"]
    text = (DATA / "vectors.json").read_text(encoding="utf-8")
    assert (vectors._declared(text, "rows", "x"), vectors._declared(text, "dims", "x")) == (rows, dims)
    assert (DATA / "vectors.i8").stat().st_size == rows * dims
    assert (DATA / "vectors.scales").stat().st_size == rows * 4
    assert len((DATA / "vocab.txt").read_text(encoding="utf-8").splitlines()) == rows
    assert record["source"]["model"] == "sentence-transformers/all-MiniLM-L6-v2"
    assert record["source"]["sha256"]["vocab.txt"] == hashlib.sha256((DATA / "vocab.txt").read_bytes()).hexdigest()
    assert (DATA / "VECTORS-LICENSE").read_text(encoding="utf-8").lstrip().startswith("Apache License")
    assert "all-MiniLM-L6-v2" in (DATA / "VECTORS-NOTICE").read_text(encoding="utf-8")


def test_related_sentences_are_closer_than_unrelated_ones(shipped: Vectors) -> None:
    falsehoods = shipped.sentence_vector("fighting falsehoods")
    disinformation = shipped.sentence_vector("disinformation")
    contract = shipped.sentence_vector("chapter contract")
    assert cosine(falsehoods, disinformation) > cosine(falsehoods, contract)
    censorship = shipped.sentence_vector("the government blocked Wikipedia in my country")
    blocking = shipped.sentence_vector("authorities are censoring access to the site")
    recipe = shipped.sentence_vector("how long should I bake the bread")
    assert cosine(censorship, blocking) > cosine(censorship, recipe) + 0.1


def test_sentence_vector_is_unit_length_and_repeatable(shipped: Vectors) -> None:
    vector = shipped.sentence_vector("Who do I write to about copyright?")
    assert vector is not None and len(vector) == shipped.dims
    assert sum(x * x for x in vector) == pytest.approx(1.0)
    assert vector == shipped.sentence_vector("who do i write to about COPYRIGHT ?")
    assert cosine(vector, vector) == pytest.approx(1.0)


@pytest.mark.parametrize("text", ["", "   \n\t", "\x00\x07", "[CLS] [SEP]", "😀 🙏"])
def test_text_without_known_tokens_has_no_vector(shipped: Vectors, text: str) -> None:
    assert shipped.sentence_vector(text) is None


def test_cosine_of_a_zero_vector_is_zero() -> None:
    assert cosine([0.0, 0.0], [1.0, 0.0]) == 0.0
    assert cosine([1.0, 0.0], [0.0, 2.0]) == 0.0
    assert cosine([1.0, 1.0], [2.0, 2.0]) == pytest.approx(1.0)


def test_rows_are_the_quantised_values_times_their_scale(shipped: Vectors) -> None:
    token = shipped.wordpiece.vocab["law"]
    raw = (DATA / "vectors.i8").read_bytes()[token * shipped.dims : (token + 1) * shipped.dims]
    expected = [(b - 256 if b > 127 else b) * shipped.scales[token] for b in raw]
    assert shipped.row(token) == pytest.approx(expected)
    assert any(expected)
    assert not any(shipped.row(shipped.wordpiece.vocab["[CLS]"]))


@pytest.mark.parametrize("missing", vectors.FILES)
def test_a_missing_file_raises_vectors_unavailable(copy: Path, missing: str) -> None:
    (copy / missing).unlink()
    with pytest.raises(VectorsUnavailable, match=str(copy)):
        Vectors(copy)


@pytest.mark.parametrize("name", ["vectors.i8", "vectors.scales", "vocab.txt"])
def test_a_truncated_file_raises_vectors_unavailable(copy: Path, name: str) -> None:
    data = (copy / name).read_bytes()
    (copy / name).write_bytes(data[: len(data) - 1000])
    with pytest.raises(VectorsUnavailable) as raised:
        Vectors(copy)
    assert "\n" not in str(raised.value)


@pytest.mark.parametrize("content", [b"", b"{not json", b'{\n  "rows": 10,\n  "dims": 4\n}', b'{\n  "rows": "many",\n  "dims": 128\n}', b"[]"])
def test_a_damaged_record_raises_vectors_unavailable(copy: Path, content: bytes) -> None:
    (copy / "vectors.json").write_bytes(content)
    with pytest.raises(VectorsUnavailable):
        Vectors(copy)


def test_an_empty_rows_file_raises_vectors_unavailable(copy: Path) -> None:
    (copy / "vectors.i8").write_bytes(b"")
    with pytest.raises(VectorsUnavailable):
        Vectors(copy)


def test_the_module_imports_neither_rich_nor_typer() -> None:
    code = "import sys, advocacy_cli.vectors as v; v.sentence_vector('a question'); print(' '.join(sys.modules))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    modules = set(done.stdout.split())
    for heavy in ("rich", "typer", "click", "numpy", "rapidfuzz", "advocacy_cli.matching"):
        assert heavy not in modules, heavy


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_any_text_gives_valid_ids_and_a_unit_vector_or_none(text: str) -> None:
    model = vectors.load()
    ids = model.tokenize(text)
    assert all(isinstance(i, int) and 0 <= i < model.rows for i in ids)
    vector = model.sentence_vector(text)
    assert vector is None or sum(x * x for x in vector) == pytest.approx(1.0)
