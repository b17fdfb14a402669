"""A disk cache of parsed FAQ files and their search index, so a large data file is read and indexed once.

Two cache files per data file, in ``$XDG_CACHE_HOME/advocacy-cli/`` (or ``~/.cache/advocacy-cli/``),
named after a checksum of the data file's resolved path: the validated Faq, and the matcher's index.
Each header records what the payload was made from: the resolved path, size and mtime_ns of the
data file, the tool's version, the Python that wrote it, the field names of the model classes
and, for the index, the matching code it was built with. Any difference, a bad checksum, or any
error at all means "no cache": the file is parsed or indexed as usual and the cache rewritten.
A cache can make a run faster, never make it fail or give other results.

Payloads are ``marshal`` data made of strings, numbers, bytes, tuples and dicts only (no pickle:
nothing in them can run code); the frozen dataclasses are rebuilt from it. Even the bundled file
is cached: reading both payloads takes under a millisecond, parsing and indexing it about twelve.
"""

from __future__ import annotations

import marshal
import os
import sys
import zlib
from dataclasses import fields
from pathlib import Path
from stat import S_ISREG
from types import MappingProxyType
from typing import Any

from advocacy_cli import __version__
from advocacy_cli.model import Category, Contact, Entry, Faq, Meta, Topic

MIN_SIZE = 0  # data files smaller than this (bytes) are not cached
FOLDER_NAME = "advocacy-cli"
_MAGIC = b"advocacy-cli faq cache\n"
_FORMAT = 1  # bump when the payload layout below changes
_FAQ_FIELDS = ("meta", "categories", "contacts", "topics", "entries", "source_path")


def cache_folder() -> Path | None:
    """Where cache files go: $XDG_CACHE_HOME/advocacy-cli, else ~/.cache/advocacy-cli; None if neither is known."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):  # the XDG spec says to ignore a relative path
        home = os.path.expanduser("~")
        if not os.path.isabs(home):
            return None
        base = os.path.join(home, ".cache")
    return Path(base) / FOLDER_NAME


def _signature(kind: str) -> tuple[Any, ...]:
    """What a cache file must have been written by: this format, version, Python and model shape
    (and, for an index, the matching code, which can change between releases while developing)."""
    shapes = tuple((cls.__name__, _field_names(cls)) for cls in (Faq, Meta, Category, Contact, Topic, Entry))
    made_by: tuple[Any, ...] = (_FORMAT, kind, __version__, sys.implementation.cache_tag, marshal.version, sys.byteorder, shapes)
    if kind == "index":
        from advocacy_cli import matching

        code = os.stat(matching.__file__)
        made_by += (matching.INDEX_FORMAT, code.st_size, code.st_mtime_ns)
    return made_by


class Slot:
    """One cache file ('faq' or 'index') of one data file, as it is now (size and mtime taken first)."""

    def __init__(self, folder: Path, resolved: str, size: int, mtime_ns: int, kind: str = "faq") -> None:
        self.folder = folder
        self.kind = kind
        # crc32 rather than hashlib, whose import alone costs more than this whole lookup; the header
        # holds the full path, so two paths sharing a name merely take turns in one cache file.
        name = zlib.crc32(resolved.encode("utf-8", "surrogatepass"))
        self.path = folder / f"{kind}-{name:08x}-{len(resolved)}.cache"
        self.header = (_signature(kind), resolved, size, mtime_ns)

    def load(self) -> Any:
        """The cached payload if the cache file is there, intact and made from this very data file."""
        try:
            data = self.path.read_bytes()
            if not data.startswith(_MAGIC):
                return None
            start = len(_MAGIC) + 4
            length = int.from_bytes(data[len(_MAGIC) : start], "little")
            header, payload_length, checksum = marshal.loads(data[start : start + length])
            payload = data[start + length :]
            if header != self.header or len(payload) != payload_length or zlib.adler32(payload) != checksum:
                return None
            return marshal.loads(payload)
        except Exception:  # unreadable, truncated or corrupt: parse the data file instead
            return None

    def store(self, value: Any) -> None:
        """Write the cache file atomically (temporary file + rename); give up quietly on any error."""
        temporary = None
        try:
            payload = marshal.dumps(value)
            header = marshal.dumps((self.header, len(payload), zlib.adler32(payload)))
            self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            import tempfile

            handle, temporary = tempfile.mkstemp(prefix=f".{self.kind}-", suffix=".tmp", dir=self.folder)
            with os.fdopen(handle, "wb") as stream:
                stream.write(_MAGIC + len(header).to_bytes(4, "little") + header + payload)
            os.replace(temporary, self.path)
            temporary = None
        except Exception:  # read-only or full disk, no home, a value marshal cannot write: no cache
            pass
        finally:
            if temporary is not None:
                try:
                    os.unlink(temporary)
                except OSError:
                    pass


def slot_for(path: Path, kind: str = "faq") -> Slot | None:
    """The cache slot for the data file ``path``, or None when it is small, missing or has no cache folder."""
    try:
        stat = path.stat()
        if stat.st_size < MIN_SIZE or not S_ISREG(stat.st_mode):
            return None
        folder = cache_folder()
        if folder is None:
            return None
        return Slot(folder, str(path.resolve()), stat.st_size, stat.st_mtime_ns, kind)
    except (OSError, RuntimeError, ValueError):
        return None


# --- Faq <-> plain data --------------------------------------------------------------------------
def _field_names(cls: Any) -> tuple[str, ...]:
    """The fields of a record (NamedTuple) or of the Faq (dataclass), in order."""
    return tuple(getattr(cls, "_fields", None) or (f.name for f in fields(cls) if f.init))


def _values(obj: Any) -> tuple[Any, ...]:
    return tuple(getattr(obj, name) for name in _field_names(obj))


def load_faq(slot: Slot, source_path: str) -> Faq | None:
    """The Faq cached in ``slot``, or None."""
    payload = slot.load()
    if payload is None:
        return None
    try:
        return _decode(payload, source_path)
    except Exception:  # a payload of another shape: treat it as no cache
        return None


def store_faq(slot: Slot, faq: Faq) -> None:
    try:
        payload = _encode(faq)
    except ValueError:
        return
    slot.store(payload)


def _encode(faq: Faq) -> tuple[Any, ...]:
    if _field_names(faq) != _FAQ_FIELDS:
        raise ValueError("Faq has fields this cache does not know")
    for mapping in (faq.categories, faq.contacts, faq.topics):
        if any(key != value.key for key, value in mapping.items()):
            raise ValueError("a mapping key differs from its object's key")
    return (
        _values(faq.meta),
        tuple(_values(c) for c in faq.categories.values()),
        tuple(_values(c) for c in faq.contacts.values()),
        tuple(_values(t) for t in faq.topics.values()),
        tuple(_values(e) for e in faq.entries),
    )


def _decode(payload: tuple[Any, ...], source_path: str) -> Faq:
    meta, categories, contacts, topics, entries = payload
    # Mapping keys are the objects' own keys, as the loader builds them.
    return Faq(
        meta=Meta(*meta),
        categories=MappingProxyType({c.key: c for c in (Category(*row) for row in categories)}),
        contacts=MappingProxyType({c.key: c for c in (Contact(*row) for row in contacts)}),
        topics=MappingProxyType({t.key: t for t in (Topic(*row) for row in topics)}),
        entries=tuple([Entry(*row) for row in entries]),
        source_path=source_path,
    )
