"""A disk cache of parsed FAQ files and what the matcher builds from them, so a large data file is read and indexed once.

Used only by the session (the edge); the core never reads or writes it. Up to four cache files per data file, in ``$XDG_CACHE_HOME/advocacy-cli/`` (or ``~/.cache/advocacy-cli/``),
named after a checksum of the data file's resolved path: the validated Faq, the matcher's lexical index,
its semantic view and, after a batch, the semantic view's per-token dot products (each checked for
shape by the module that made it before use).
Each header records what the payload was made from: the resolved path, the length and a BLAKE2b
digest of the data file's bytes (its content, not its size and mtime, which ``cp -p``, ``rsync -t``,
``tar x`` or a coarse clock keep across an edit), the tool's version, the Python that wrote it, the
field names of the model classes and, for what the matcher builds, a stamp of the code that built it. Any
difference, a bad checksum, a payload of the wrong shape, or any error at all means "no cache":
the file is parsed or indexed as usual and the cache rewritten. A cache can make a run faster,
never make it fail or give other results.

Only a regular file owned by the user, writable by nobody else and not larger than a bound set by
the data file's size is read (never a symlink, a FIFO or a device). Payloads are ``marshal`` data
made of strings, numbers, bytes, tuples and dicts only (no pickle: nothing in them can run code);
a damaged file fails its checksum before ``marshal`` sees it, and what it decodes to is checked
field by field before use. Every data file is cached, the bundled one too: reading the file and its
digest plus both payloads takes about a millisecond, parsing and indexing it about twelve.

The Faq's entries are kept as one blob of separately marshalled rows with their offsets, and read
one at a time as they are used (_CachedEntries; the index does the same with its lists): a question
on a file of ten thousand entries reads the few dozen it ranks, not all of them. Each is checked
when first read; one that fails makes every entry come from the data file itself.
"""

from __future__ import annotations

import marshal
import os
import sys
import zlib
from array import array
from collections.abc import Callable, Iterator
from dataclasses import fields
from itertools import accumulate, chain
from operator import itemgetter
from pathlib import Path
from stat import S_ISREG
from types import MappingProxyType
from typing import Any

try:  # the module hashlib takes blake2b from; hashlib itself also loads OpenSSL, several ms at start-up
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - a Python built without it
    from hashlib import blake2b

from advocacy_cli import __version__
from advocacy_cli.model import Category, Contact, Entry, Faq, Meta, Topic

_MAGIC = b"advocacy-cli faq cache\n"  # then: header length, header crc32 (4 bytes each), header, payload
_FORMAT = 4  # bump when the file or payload layout below changes
_FAQ_FIELDS = ("meta", "categories", "contacts", "topics", "entries", "source_path")
_DIGEST_SIZE = 16
# A cache file may be this much larger than its data file (the index of a FAQ is a few times its
# size); anything bigger is not read, so a damaged or hostile cache cannot fill the memory.
_SIZE_FACTOR, _SIZE_SLACK = 16, 1024 * 1024


def content_key(data: bytes) -> tuple[int, bytes]:
    """What a cache entry is keyed on: the length and a digest of the data file's bytes."""
    return (len(data), blake2b(data, digest_size=_DIGEST_SIZE).digest())


def cache_folder() -> Path | None:
    """Where cache files go: $XDG_CACHE_HOME/advocacy-cli, else ~/.cache/advocacy-cli; None if neither is known."""
    from advocacy_cli.environment import user_folder

    return user_folder("cache")


def _signature(kind: str, made_by: tuple[Any, ...]) -> tuple[Any, ...]:
    """What a cache file must have been written by: this format, version, Python and model shape,
    and what the caller says made the payload (the code that builds an index, say)."""
    shapes = tuple((cls.__name__, _field_names(cls)) for cls in (Faq, Meta, Category, Contact, Topic, Entry))
    return (_FORMAT, kind, __version__, sys.implementation.cache_tag, marshal.version, sys.byteorder, shapes, made_by)


class Slot:
    """One cache file (of kind 'faq', 'index', 'semantic', 'tokens') of the data file whose bytes have content key ``key``."""

    def __init__(self, folder: Path, resolved: str, key: tuple[int, bytes], kind: str = "faq", made_by: tuple[Any, ...] = ()) -> None:
        self.folder = folder
        self.kind = kind
        self.resolved = resolved
        self.key = key
        # crc32 rather than a digest: the header holds the full path, so two paths sharing a name
        # merely take turns in one cache file.
        name = zlib.crc32(resolved.encode("utf-8", "surrogatepass"))
        self.path = folder / f"{kind}-{name:08x}-{len(resolved)}.cache"
        self.header = (_signature(kind, made_by), resolved, key)
        self.limit = _SIZE_SLACK + _SIZE_FACTOR * key[0]

    def _read(self) -> bytes | None:
        """The cache file's bytes if it is a regular file of ours of a sane size; never blocks."""
        flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
        handle = os.open(self.path, flags)  # O_NOFOLLOW: a symlink fails here; O_NONBLOCK: a FIFO cannot hang
        with open(handle, "rb") as stream:
            info = os.fstat(handle)
            if not S_ISREG(info.st_mode) or info.st_size > self.limit:
                return None
            if hasattr(os, "geteuid") and (info.st_uid != os.geteuid() or info.st_mode & 0o022):
                return None  # written, or writable, by someone else
            data = stream.read(self.limit + 1)
        return data if len(data) <= self.limit else None

    def load(self) -> Any:
        """The cached payload if the cache file is there, intact and made from this very content
        (its shape is for the caller to check)."""
        try:
            data = self._read()
            if data is None or not data.startswith(_MAGIC):
                return None
            # The header's own length and checksum come first: marshal only ever reads bytes whose
            # checksum matched (a damaged size field in marshal data can make it allocate gigabytes).
            start = len(_MAGIC) + 8
            length = int.from_bytes(data[len(_MAGIC) : len(_MAGIC) + 4], "little")
            raw_header = data[start : start + length]
            if len(raw_header) != length or zlib.crc32(raw_header) != int.from_bytes(data[len(_MAGIC) + 4 : start], "little"):
                return None
            header, payload_length, checksum = marshal.loads(raw_header)
            payload = memoryview(data)[start + length :]  # a view: a large payload is not copied first
            if header != self.header or len(payload) != payload_length or zlib.crc32(payload) != checksum:
                return None
            return marshal.loads(payload)
        except Exception:  # unreadable, truncated, corrupt or of another shape: parse the data file instead
            return None

    def store(self, value: Any) -> None:
        """Write the cache file atomically (output.replace_atomically); give up quietly on any error."""
        try:
            payload = marshal.dumps(value)
            header = marshal.dumps((self.header, len(payload), zlib.crc32(payload)))
            self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            from advocacy_cli.output import replace_atomically

            blob = _MAGIC + len(header).to_bytes(4, "little") + zlib.crc32(header).to_bytes(4, "little") + header + payload
            replace_atomically(self.path, blob, prefix=f".{self.kind}-")
        except Exception:  # read-only or full disk, no home, a value marshal cannot write: no cache
            pass


def slot_for(path: Path, key: tuple[int, bytes], kind: str = "faq", made_by: tuple[Any, ...] = ()) -> Slot | None:
    """The cache slot of ``kind`` for the data file ``path`` whose bytes have content key ``key``,
    or None when there is no cache folder or the path is not a regular file."""
    try:
        if not S_ISREG(path.stat().st_mode):
            return None
        folder = cache_folder()
        if folder is None:
            return None
        return Slot(folder, str(path.resolve()), key, kind, made_by)
    except (OSError, RuntimeError, ValueError):
        return None


# --- Faq <-> plain data --------------------------------------------------------------------------
def _field_names(cls: Any) -> tuple[str, ...]:
    """The fields of a record (NamedTuple) or of the Faq (dataclass), in order."""
    return tuple(getattr(cls, "_fields", None) or (f.name for f in fields(cls) if f.init))


def _values(obj: Any) -> tuple[Any, ...]:
    return tuple(getattr(obj, name) for name in _field_names(obj))


def load_faq(slot: Slot, source_path: str, fallback: Callable[[], tuple[Entry, ...]]) -> Faq | None:
    """The Faq cached in ``slot``, or None. Its entries are read one at a time as they are used;
    ``fallback`` gives them all from the data file itself should one of them fail its check."""
    payload = slot.load()
    if payload is None:
        return None
    try:
        faq = _decode(payload, source_path, fallback)
    except Exception:  # a payload of another shape: treat it as no cache
        return None
    return faq


def store_faq(slot: Slot, faq: Faq) -> None:
    try:
        payload = _encode(faq)
    except ValueError:
        return
    slot.store(payload)


def _encode(faq: Faq) -> tuple[Any, ...]:
    """The Faq as plain data: the small tables as tuples, the entries as one blob of separately
    marshalled rows with their offsets, so a run reads only the entries it uses."""
    if _field_names(faq) != _FAQ_FIELDS:
        raise ValueError("Faq has fields this cache does not know")
    for mapping in (faq.categories, faq.contacts, faq.topics):
        if any(key != value.key for key, value in mapping.items()):
            raise ValueError("a mapping key differs from its object's key")
    ids = [entry.id for entry in faq.entries]
    if any(not entry_id or "\n" in entry_id for entry_id in ids):
        raise ValueError("an entry id this cache cannot list")
    rows = [marshal.dumps(_values(entry)) for entry in faq.entries]
    return (
        _values(faq.meta),
        tuple(_values(c) for c in faq.categories.values()),
        tuple(_values(c) for c in faq.contacts.values()),
        tuple(_values(t) for t in faq.topics.values()),
        "\n".join(ids),
        array("I", accumulate(map(len, rows), initial=0)).tobytes(),
        b"".join(rows),
    )


def _decode(payload: tuple[Any, ...], source_path: str, fallback: Callable[[], tuple[Entry, ...]]) -> Faq | None:
    """The Faq in ``payload``, or None unless every small record has the model's fields and types and
    every reference resolves, as the loader guarantees for a file it accepted. The entries are
    checked the same way, each when it is first read (_CachedEntries)."""
    if type(payload) is not tuple or len(payload) != 7:
        return None
    meta, categories, contacts, topics, ids_text, offsets, blob = payload
    if not (_records((meta,), Meta) and _records(categories, Category) and _records(contacts, Contact) and _records(topics, Topic)):
        return None
    if type(ids_text) is not str or type(offsets) is not bytes or type(blob) is not bytes:
        return None
    ids = ids_text.split("\n") if ids_text else []
    first, second = itemgetter(0), itemgetter(1)
    contact_keys = set(map(first, contacts))
    category_keys = set(map(first, categories))
    if len(contact_keys) != len(contacts) or len(category_keys) != len(categories) or len(set(map(first, topics))) != len(topics) or len(set(ids)) != len(ids):
        return None
    if not set(chain.from_iterable(map(second, topics))) <= contact_keys or len(offsets) != 4 * (len(ids) + 1):
        return None
    bounds = array("I")
    bounds.frombytes(offsets)
    entries = _CachedEntries(ids_text, ids, bounds, blob, frozenset(contact_keys), frozenset(category_keys), fallback)
    # Mapping keys are the objects' own keys, as the loader builds them.
    return Faq.deferred(
        Meta(*meta),
        MappingProxyType({c.key: c for c in (Category(*row) for row in categories)}),
        MappingProxyType({c.key: c for c in (Contact(*row) for row in contacts)}),
        MappingProxyType({t.key: t for t in (Topic(*row) for row in topics)}),
        entries,
        source_path,
    )


class _CachedEntries:
    """A cached Faq's entries (model.DeferredEntries), each decoded and checked (its fields' types,
    its id, its contacts and category) the first time it is asked for. One that fails its check (a
    damaged or foreign cache) makes every entry come from the data file itself from then on: a
    cache can make a run faster, never make it fail."""

    def __init__(self, ids_text: str, ids: list[str], bounds: array, blob: bytes, contacts: frozenset[str], categories: frozenset[str], fallback: Callable[[], tuple[Entry, ...]]) -> None:
        self.ids_text = ids_text
        self._ids = ids
        self._bounds = bounds
        self._blob = blob
        self._contacts = contacts
        self._categories = categories
        self._fallback = fallback
        self._read: dict[int, Entry] = {}
        self._parsed: tuple[Entry, ...] | None = None

    def __len__(self) -> int:
        return len(self._ids)

    def __getitem__(self, index: int) -> Entry:
        if self._parsed is not None:
            return self._parsed[index]
        found = self._read.get(index)
        if found is None:
            count = len(self._ids)
            if not -count <= index < count:
                raise IndexError("entry index out of range")
            index %= count
            found = self._read.get(index) or self._decode(index)
        return found

    def __iter__(self) -> Iterator[Entry]:
        return (self[k] for k in range(len(self._ids)))

    def _decode(self, k: int) -> Entry:
        try:
            row = marshal.loads(self._blob[self._bounds[k] : self._bounds[k + 1]])
            sound = _records((row,), Entry) and row[0] == self._ids[k] and set(row[4]) <= self._contacts and (not self._categories or row[1] in self._categories)
        except Exception:  # bytes marshal cannot read: the cache is damaged
            sound = False
        if not sound:
            self._parsed = self._fallback()
            return self._parsed[k]
        entry = self._read[k] = Entry(*row)
        return entry


def _kinds(cls: Any) -> tuple[str, ...]:
    return tuple(getattr(a, "__forward_arg__", a) for a in (cls.__annotations__[name] for name in cls._fields))


def _records(rows: Any, cls: Any) -> bool:
    """Whether ``rows`` is a tuple of tuples with exactly the fields and types of the record ``cls``.

    Checked a column at a time with loops that run in C (``str.join`` raises TypeError on anything
    but text), so a cached FAQ of ten thousand entries is checked in milliseconds.
    """
    kinds = _kinds(cls)
    if type(rows) is not tuple or not set(map(type, rows)) <= {tuple} or not set(map(len, rows)) <= {len(kinds)}:
        return False
    for column, kind in zip(zip(*rows), kinds):
        if kind == "str":
            if not set(map(type, column)) <= {str}:
                return False
        elif kind == "tuple[str, ...]":
            if not set(map(type, column)) <= {tuple} or not set(map(type, chain.from_iterable(column))) <= {str}:
                return False
        else:  # a field type this check does not know: never trust the payload
            return False
    return True
