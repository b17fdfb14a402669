"""Builds the static word-piece vectors shipped in src/advocacy_cli/data from all-MiniLM-L6-v2 (run by hand only).

The method is the one published as model2vec (Tulkens and van Dongen, "Model2Vec: fast state-of-the-art static
embeddings", MinishLab, 2024): every vocabulary token is passed alone through the sentence transformer, the
mean-pooled output is its vector, PCA reduces the dimensions, and each row is scaled by a SIF weight estimated from
the token's vocabulary rank (Zipf's law). Sentences are then the mean of their tokens' rows, L2-normalised at run
time. Here the rows are also quantised to int8 with one float32 scale per row.

With --learn, the rows are then trained before PCA, as model2vec's tokenlearn does, to bring the mean of a text's rows closer to
the sentence transformer's own embedding of the text: the texts are the messages and FAQ sentences of our own case
files that nothing holds out (corpus_files(): those the two trained models already learn from; never the held-out files, the other FAQs under tests/cases/otherfaq* or
../shared/eval), each long message also sentence by sentence. Texts that are mostly not in Latin script are left
out, since the model reads English only. Cosine loss, Adam, a fixed seed and a fixed number of threads. The shipped
vectors are the plain distillation: the trained ones rank far better by cosine alone, but the matcher as a whole
(words, meaning, word by word and the entry model together) gained little from them (see the README).

    pip install -e '.[vectors]'
    python tools/build_vectors.py --model-dir DIR --dims 256 [--out src/advocacy_cli/data] [--learn]

DIR holds model.safetensors, vocab.txt and config.json of sentence-transformers/all-MiniLM-L6-v2 at the revision
below; both files are checked against their published SHA-256 before anything is computed.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import platform
import re
import sys
from pathlib import Path

MODEL_ID = "sentence-transformers/all-MiniLM-L6-v2"
MODEL_REVISION = "1110a243fdf4706b3f48f1d95db1a4f5529b4d41"
EXPECTED_SHA256 = {
    "model.safetensors": "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db",
    "vocab.txt": "07eced375cec144d27c900241f3e339478dec958f92fddbc551f295c992038a3",
}
SIF_COEFFICIENT = 1e-4
BATCH = 512
# The learning stage: our own texts (see the docstring), the model's embedding of each, the rows trained towards them.
MAX_TOKENS = 254  # the model reads 256 with [CLS] and [SEP]
LEARN_EPOCHS = 3
LEARN_RATE = 2e-3
LEARN_BATCH = 256
LEARN_THREADS = 2
NOT_LATIN = 0.2  # a text with more than this share of non-ASCII characters is left out
# Rows left at zero: they never stand for text ([unused*] are placeholders, the others are markers).
DROPPED = re.compile(r"^\[(unused\d+|PAD|UNK|CLS|SEP|MASK)\]$")
REPO = Path(__file__).resolve().parent.parent
LICENSE_NAME = "VECTORS-LICENSE"


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def verified_inputs(model_dir: Path) -> dict[str, str]:
    """The input checksums, or exit with a message naming the file that is missing or differs."""
    found = {}
    for name, expected in EXPECTED_SHA256.items():
        path = model_dir / name
        if not path.is_file():
            sys.exit(f"build_vectors: {path} is missing")
        actual = sha256_of(path)
        if actual != expected:
            sys.exit(f"build_vectors: {path} has SHA-256 {actual}, expected {expected} ({MODEL_ID}@{MODEL_REVISION})")
        found[name] = actual
    return found


def token_embeddings(model_dir: Path, vocabulary: list[str], keep: list[int]):
    """Mean-pooled last hidden state of [CLS] token [SEP] for each kept token id, as float64 (rows follow `keep`)."""
    import numpy as np
    import torch
    from transformers import AutoModel

    torch.manual_seed(0)
    torch.set_num_threads(1)  # one thread: the same sums in the same order on every rebuild
    torch.use_deterministic_algorithms(True)
    model = AutoModel.from_pretrained(str(model_dir), local_files_only=True).eval()
    cls_id, sep_id = vocabulary.index("[CLS]"), vocabulary.index("[SEP]")
    out = np.zeros((len(keep), model.config.hidden_size), dtype=np.float64)
    with torch.inference_mode():
        for start in range(0, len(keep), BATCH):
            ids = torch.tensor([[cls_id, token, sep_id] for token in keep[start : start + BATCH]], dtype=torch.long)
            mask = torch.ones_like(ids)
            hidden = model(input_ids=ids, attention_mask=mask, token_type_ids=torch.zeros_like(ids)).last_hidden_state
            out[start : start + len(ids)] = hidden.float().mean(dim=1).numpy()
            print(f"\rembedded {min(start + BATCH, len(keep))}/{len(keep)} tokens", end="", file=sys.stderr)
    print(file=sys.stderr)
    return np.nan_to_num(out)


def corpus_files() -> list[Path]:
    """The case files the danger word model and the entry model learn from (neither reads a held-out file), and the bundled FAQ."""
    import train_danger_words
    import train_entry_model

    names = dict.fromkeys((*train_danger_words.FILES, *train_entry_model.FILES))
    return [*(REPO / "tests" / "cases" / name for name in names), REPO / "data" / "faq.toml"]


def corpus_texts(files: list[Path]) -> list[str]:
    """The queries of the case files and the texts of the bundled FAQ, each long one also sentence by sentence, once each."""
    import tomllib

    texts: list[str] = []
    for path in files:
        if path.suffix == ".toml":
            faq = tomllib.loads(path.read_text(encoding="utf-8"))
            for entry in faq["entries"]:
                texts += [entry["question"], entry["answer"], *entry.get("variants", ()), *entry.get("keywords", ())]
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            query = json.loads(line).get("query") if line.strip() else None
            if isinstance(query, str) and query.strip():
                texts.append(query.strip())
    sentences = []
    for text in texts:
        parts = [part.strip() for part in re.split(r"(?<=[.?!])\s+", text) if len(part.strip()) > 12]
        if len(parts) > 1:
            sentences += parts
    latin = (text for text in dict.fromkeys(texts + sentences) if sum(ord(c) > 127 for c in text) <= NOT_LATIN * len(text))
    return list(latin)


def learn(rows, keep: list[int], vocabulary: list[str], model_dir: Path, texts: list[str]):
    """The rows (float64, following ``keep``) trained so that the sum of a text's rows points where the model's
    embedding of the text (mean-pooled, normalised, centred on the corpus mean) points."""
    import numpy as np
    import torch
    from transformers import AutoModel

    sys.path.insert(0, str(REPO / "src"))
    from advocacy_cli.vectors import WordPiece

    torch.manual_seed(0)
    torch.set_num_threads(LEARN_THREADS)
    wordpiece = WordPiece({token: index for index, token in enumerate(vocabulary)})
    kept = np.zeros(len(vocabulary), dtype=bool)
    kept[keep] = True
    ids = [[i for i in wordpiece.tokenize(text) if kept[i]][:MAX_TOKENS] for text in texts]
    usable = [k for k, row in enumerate(ids) if row]
    model = AutoModel.from_pretrained(str(model_dir), local_files_only=True).eval()
    cls_id, sep_id = vocabulary.index("[CLS]"), vocabulary.index("[SEP]")
    target = np.zeros((len(usable), model.config.hidden_size), dtype=np.float64)
    order = sorted(range(len(usable)), key=lambda k: len(ids[usable[k]]))  # like lengths together: less padding
    with torch.inference_mode():
        for start in range(0, len(order), 128):
            chunk = order[start : start + 128]
            width = max(len(ids[usable[k]]) for k in chunk) + 2
            batch = torch.zeros((len(chunk), width), dtype=torch.long)
            mask = torch.zeros_like(batch)
            for row, k in enumerate(chunk):
                sequence = [cls_id, *ids[usable[k]], sep_id]
                batch[row, : len(sequence)] = torch.tensor(sequence)
                mask[row, : len(sequence)] = 1
            hidden = model(input_ids=batch, attention_mask=mask, token_type_ids=torch.zeros_like(batch)).last_hidden_state
            pooled = (hidden * mask[..., None]).sum(1) / mask.sum(1, keepdim=True)
            target[chunk] = torch.nn.functional.normalize(pooled, dim=1).double().numpy()
            print(f"\rembedded {min(start + 128, len(order))}/{len(order)} texts", end="", file=sys.stderr)
    print(file=sys.stderr)
    target -= target.mean(axis=0)
    target /= np.linalg.norm(target, axis=1, keepdims=True)

    table = torch.nn.EmbeddingBag(len(vocabulary), rows.shape[1], mode="sum")
    start_rows = np.zeros((len(vocabulary), rows.shape[1]), dtype=np.float32)
    start_rows[keep] = rows
    table.weight.data = torch.tensor(start_rows)
    goal = torch.tensor(target, dtype=torch.float32)
    optimiser = torch.optim.Adam(table.parameters(), lr=LEARN_RATE)
    rng = np.random.default_rng(0)
    for epoch in range(LEARN_EPOCHS):
        shuffled = rng.permutation(len(usable))
        total = 0.0
        for start in range(0, len(shuffled), LEARN_BATCH):
            chunk = shuffled[start : start + LEARN_BATCH]
            flat, offsets = [], []
            for k in chunk:
                offsets.append(len(flat))
                flat += ids[usable[k]]
            optimiser.zero_grad()
            summed = table(torch.tensor(flat), torch.tensor(offsets))
            loss = (1 - torch.nn.functional.cosine_similarity(summed, goal[torch.tensor(chunk)])).mean()
            loss.backward()
            optimiser.step()
            total += loss.item() * len(chunk)
        print(f"epoch {epoch + 1}: mean cosine distance {total / len(usable):.4f}", file=sys.stderr)
    return table.weight.data.double().numpy()[keep], len(usable)


def pca(matrix, dims: int):
    """Principal components by eigendecomposition of the covariance, each component's sign fixed by its largest score."""
    import numpy as np

    centred = matrix - matrix.mean(axis=0)
    covariance = centred.T @ centred / (len(matrix) - 1)
    values, vectors = np.linalg.eigh(covariance)
    order = np.argsort(values)[::-1][:dims]
    scores = centred @ vectors[:, order]
    signs = np.sign(scores[np.argmax(np.abs(scores), axis=0), np.arange(scores.shape[1])])
    explained = float(values[order].sum() / values.sum())
    return scores * signs, explained


def sif_weights(count: int):
    """model2vec's weight: a / (a + p(rank)), with p from Zipf's law over the vocabulary order."""
    import numpy as np

    inverse_rank = 1.0 / np.arange(2, count + 2)
    probability = inverse_rank / inverse_rank.sum()
    return SIF_COEFFICIENT / (SIF_COEFFICIENT + probability)


def quantise(rows):
    """int8 rows and one float32 scale per row (scale = max |x| / 127; an all-zero row has scale 0)."""
    import numpy as np

    peak = np.abs(rows).max(axis=1)
    scales = (peak / 127.0).astype(np.float32)
    safe = np.where(scales > 0, scales, 1.0).astype(np.float64)
    quantised = np.clip(np.rint(rows / safe[:, None]), -127, 127).astype(np.int8)
    return quantised, scales


def notice_text(dims: int, rows: int, learned: bool) -> str:
    trained = (
        """- trained further, as model2vec's tokenlearn does: the rows were adjusted so that the mean of a
  text's rows comes closer to the model's own embedding of that text, over texts of this
  repository's own test cases and FAQ;
"""
        if learned
        else ""
    )
    weighted = f"""- each row weighted by a SIF weight (coefficient {SIF_COEFFICIENT}) estimated from the token's
  vocabulary rank with Zipf's law;
"""
    reduced = f"- reduced from 384 to {dims} dimensions with PCA;\n"
    order = weighted + trained + reduced if learned else reduced + weighted
    return f"""Static word-piece vectors for advocacy-cli (vectors.i8, vectors.scales, vocab.txt, vectors.json)

Derived from the sentence embedding model {MODEL_ID}
(revision {MODEL_REVISION}), Copyright the sentence-transformers
authors (Nils Reimers and contributors), itself fine-tuned from nreimers/MiniLM-L6-H384-uncased
(MiniLM, Copyright Microsoft Corporation) and released under the Apache License, Version 2.0.
vocab.txt is the model's WordPiece vocabulary, copied unchanged.

How the vectors were derived (tools/build_vectors.py in this repository):
- distilled with the model2vec method (S. Tulkens and T. van Dongen, "Model2Vec: fast
  state-of-the-art static embeddings", MinishLab, 2024): each vocabulary token was passed alone
  between [CLS] and [SEP] through the model and the mean of the output states kept;
{order}- quantised to int8 with one float32 scale per row.
The special tokens and the [unused*] placeholders are left as zero rows. {rows} rows in all.

These files are modified versions of the model's weights and vocabulary and are distributed under
the Apache License, Version 2.0 (full text in VECTORS-LICENSE beside this file). The rest of
advocacy-cli is under its own licence (LICENSE at the top of the repository).
"""


def tool_versions() -> dict[str, str]:
    import numpy
    import safetensors
    import torch
    import transformers

    return {
        "python": platform.python_version(),
        "torch": torch.__version__,
        "transformers": transformers.__version__,
        "safetensors": safetensors.__version__,
        "numpy": numpy.__version__,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model-dir", type=Path, required=True)
    parser.add_argument("--dims", type=int, default=128)
    parser.add_argument("--out", type=Path, default=REPO / "src" / "advocacy_cli" / "data")
    parser.add_argument("--cache", type=Path, help="an .npy file keeping the token embeddings between builds of several --dims")
    parser.add_argument("--learn", action="store_true", help="train the rows towards the model's sentence embeddings of our own texts")
    args = parser.parse_args()

    import numpy as np

    inputs = verified_inputs(args.model_dir)
    if not (args.out / LICENSE_NAME).is_file():
        sys.exit(f"build_vectors: {args.out / LICENSE_NAME} (the Apache-2.0 text) is missing")
    vocab_path = args.model_dir / "vocab.txt"
    vocabulary = vocab_path.read_text(encoding="utf-8").splitlines()
    keep = [index for index, token in enumerate(vocabulary) if not DROPPED.match(token)]
    if args.cache and args.cache.is_file():
        embedded = np.load(args.cache)
        if embedded.shape[0] != len(keep):
            sys.exit(f"build_vectors: {args.cache} holds {embedded.shape[0]} rows, expected {len(keep)}")
    else:
        embedded = token_embeddings(args.model_dir, vocabulary, keep)
        if args.cache:
            np.save(args.cache, embedded)

    weights = sif_weights(len(keep))[:, None]  # rank = position among the kept tokens, as model2vec does
    learned = None
    if not args.learn:
        reduced, explained = pca(embedded, args.dims)
        rows = reduced * weights
    else:
        files = corpus_files()
        trained, used = learn((embedded - embedded.mean(axis=0)) * weights, keep, vocabulary, args.model_dir, corpus_texts(files))
        rows, explained = pca(trained, args.dims)  # the weights are in the trained rows already
        learned = {
            "files": {str(path.relative_to(REPO)): sha256_of(path) for path in files},
            "texts": used,
            "target": "the model's mean-pooled, normalised embedding of each text, centred on their mean and normalised",
            "loss": "1 - cosine(sum of the text's rows, target)",
            "epochs": LEARN_EPOCHS,
            "rate": LEARN_RATE,
            "batch": LEARN_BATCH,
            "threads": LEARN_THREADS,
            "max_tokens": MAX_TOKENS,
            "left_out": f"texts with more than {NOT_LATIN} of non-ASCII characters",
        }
    full = np.zeros((len(vocabulary), args.dims), dtype=np.float64)
    full[keep] = rows
    quantised, scales = quantise(full)

    out = args.out
    (out / "vectors.i8").write_bytes(quantised.tobytes(order="C"))
    (out / "vectors.scales").write_bytes(scales.astype("<f4").tobytes())
    (out / "vocab.txt").write_bytes(vocab_path.read_bytes())
    (out / "VECTORS-NOTICE").write_text(notice_text(args.dims, len(vocabulary), learned is not None), encoding="utf-8")
    record = {
        "source": {"model": MODEL_ID, "revision": MODEL_REVISION, "licence": "Apache-2.0", "sha256": inputs},
        "method": "model2vec: mean-pooled output of [CLS] token [SEP] per vocabulary token, "
        + ("Zipf/SIF rank weights, rows trained towards the model's sentence embeddings of our own texts (tokenlearn), PCA" if learned else "PCA, Zipf/SIF rank weights"),
        "parameters": {
            "dims": args.dims,
            "pca_explained_variance": round(explained, 4),
            "weighting": {"kind": "sif-zipf-rank", "coefficient": SIF_COEFFICIENT},
            "zero_rows": DROPPED.pattern,
            "quantisation": {"rows": "int8, row-major", "scales": "float32 little-endian, one per row", "value": "int8 * scale"},
            "sentence": "mean of the token rows, L2-normalised",
            **({"learning": learned} if learned else {}),
        },
        "rows": len(vocabulary),
        "dims": args.dims,
        "files": {name: sha256_of(out / name) for name in ("vectors.i8", "vectors.scales", "vocab.txt", "VECTORS-NOTICE", LICENSE_NAME)},
        "tools": tool_versions(),
    }
    (out / "vectors.json").write_text(json.dumps(record, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {len(vocabulary)} x {args.dims} to {out} (PCA keeps {explained:.1%} of the variance)")


if __name__ == "__main__":
    main()
