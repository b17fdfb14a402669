"""The edge between the command line and the core: finds and reads the data file, keeps the caches,
and builds the Faq and the matcher once per process.

Everything that touches the disk for the core is here; loader, matching, semantic, danger and
routing are pure functions of what this module hands them.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from advocacy_cli import environment
from advocacy_cli.errors import DataError

if TYPE_CHECKING:
    from advocacy_cli.matching import Matcher
    from advocacy_cli.model import Faq

MAX_DATA_BYTES = 256 * 1024 * 1024  # far above any FAQ; stops `--data /dev/zero` from eating all memory


def bundled_data_path() -> Path:
    """The FAQ shipped inside the package (data/faq.toml in the repository, linked into the package).

    For a package on the file system this is the path importlib.resources gives; that module is
    imported only where the package is not (a zip file), since it costs about 8 ms of start-up.
    """
    packaged = Path(__file__).parent / "data" / "faq.toml"
    if packaged.is_file():
        return packaged
    from importlib.resources import files  # pragma: no cover - a package inside a zip file

    return Path(str(files("advocacy_cli").joinpath("data", "faq.toml")))


def resolve_data_path(option: str | os.PathLike[str] | None) -> Path:
    """--data wins over $ADVOCACY_CLI_DATA, which wins over the bundled file."""
    if option:
        return Path(option)
    chosen = os.environ.get(environment.DATA)
    if chosen:
        return Path(chosen)
    return bundled_data_path()


def read_data(path: Path) -> bytes:
    """The bytes of the data file ``path``; DataError (FILE: file: why) when it cannot be read."""
    name = str(path)
    try:
        with open(path, "rb") as stream:
            data = stream.read(MAX_DATA_BYTES + 1)
    except FileNotFoundError:
        raise DataError([f"{name}: file: cannot read the data file: no such file"]) from None
    except IsADirectoryError:
        raise DataError([f"{name}: file: cannot read the data file: it is a directory"]) from None
    except PermissionError:
        raise DataError([f"{name}: file: cannot read the data file: permission denied"]) from None
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        if path.is_dir():
            reason = "it is a directory"
        raise DataError([f"{name}: file: cannot read the data file: {reason.lower()}"]) from None
    if len(data) > MAX_DATA_BYTES:
        raise DataError([f"{name}: file: larger than {MAX_DATA_BYTES // (1024 * 1024)} MB; not a FAQ data file"])
    return data


def load_faq(path: str | os.PathLike[str], use_cache: bool = True) -> Faq:
    """The validated Faq of ``path``: from the cache when it holds one made from these very bytes
    (never for ``validate``, which checks the file itself), else parsed and then cached."""
    return Session(Path(path)).faq(use_cache=use_cache)


def semantic_wanted(option: bool | None) -> bool:
    """--semantic/--no-semantic wins over $ADVOCACY_CLI_SEMANTIC (0, off, no, false turn it off)."""
    return option if option is not None else not environment.switched_off(environment.SEMANTIC)


class Session:
    """One data file as one run of the tool uses it: read once, parsed or taken from the cache once."""

    def __init__(self, data: Path | None = None, semantic: bool | None = None) -> None:
        self.data = data
        self.path = resolve_data_path(data)
        self.semantic_option = semantic
        self.semantic = semantic_wanted(semantic)
        self.warnings: list[str] = []  # one line each, for the command line to show once
        self._key: tuple[int, bytes] | None = None
        self._faq: Faq | None = None
        self._matcher: Matcher | None = None

    def _slot(self, kind: str, made_by: tuple[Any, ...] = ()) -> Any:
        from advocacy_cli import cache

        return cache.slot_for(self.path, self._key, kind, made_by) if self._key is not None else None

    def faq(self, use_cache: bool = True) -> Faq:
        if self._faq is None:
            from advocacy_cli import cache

            data = read_data(self.path)
            self._key = cache.content_key(data)
            slot = self._slot("faq") if use_cache else None
            name = str(self.path)

            def parse() -> Faq:
                from advocacy_cli.loader import parse_faq  # only when no cache holds the file: the parser costs start-up

                return parse_faq(data, name)

            faq = cache.load_faq(slot, name, lambda: parse().entries) if slot is not None else None
            if faq is None:
                faq = parse()
                if slot is not None:
                    cache.store_faq(slot, faq)
            self._faq = faq
        return self._faq

    def matcher(self) -> Matcher:
        if self._matcher is None:
            from advocacy_cli import matching

            faq = self.faq()
            slot = self._slot("index", matching.code_stamp())
            state = slot.load() if slot is not None else None
            index = matching.Index(faq, state, slot.store if slot is not None else None)
            view, model = self._semantic_view(faq) if self.semantic else (None, None)
            self._matcher = matching.Matcher(faq, index, view, model)
        return self._matcher

    def token_memory(self) -> "TokenMemory | None":
        """The per-token dot products of the semantic view, for a batch (None without the view)."""
        view = self.matcher().semantic
        return TokenMemory(self, view) if view is not None and view.full_scan else None

    def _entry_model(self, faq: Faq) -> Any:
        """The entry model when it was trained for ``faq`` (else None; one warning when its files are damaged)."""
        from advocacy_cli import entry_model

        try:
            model = entry_model.load()
        except entry_model.EntryModelUnavailable as error:
            self.warnings.append(f"matching without the entry model: {error}")
            return None
        return model if model.fits(faq) else None

    def _semantic_view(self, faq: Faq) -> tuple[Any, Any]:
        """The semantic view of ``faq`` and the entry model that goes with it (None where none fits), or
        (None, None) with one warning when the vectors cannot be read: the model needs them."""
        from advocacy_cli import semantic, vectors

        try:
            table = vectors.load()
        except vectors.VectorsUnavailable as error:
            self.warnings.append(f"semantic matching is off, matching by words only: {error}")
            return None, None
        model = self._entry_model(faq)
        slot = self._slot("semantic", semantic.code_stamp(table))
        state = slot.load() if slot is not None else None
        from advocacy_cli.danger_meaning import WEIGHTS

        view = semantic.SemanticView(faq, table, state, model.directions(table.dims) if model is not None else None, danger=WEIGHTS)
        if slot is not None and view.state is not None and view.state is not state:
            slot.store(view.state)
        return view, model


class TokenMemory:
    """The semantic view's per-token dot products (SemanticView._token) beyond one process: passed
    back by the workers of a batch (batch.Sharing) and kept in the cache for the next batch on the
    same data file, so a token costs its hundred dot products once. They are kept exactly (float64),
    so an answer is the same whether they were computed now, by a worker or in an earlier batch."""

    def __init__(self, session: Session, view: Any) -> None:
        from advocacy_cli.semantic import code_stamp

        self.view = view
        self.slot = session._slot("tokens", (*code_stamp(view.table), view.others_digest())) if view.full_scan else None
        self.parts: list[tuple[bytes, bytes]] = []  # (ids, dot products) from the cache and the workers
        self.reported = 0
        loaded = self.slot.load() if self.slot is not None else None
        if type(loaded) is tuple and len(loaded) == 2 and view.adopt_tokens(*loaded):
            self.parts.append(loaded)
        self.loaded = len(self.parts)

    def mark(self) -> None:
        self.reported = self.view.learned_count

    def news(self) -> tuple[bytes, bytes]:
        found = self.view.learned_tokens(self.reported)
        self.reported = self.view.learned_count
        return found

    def absorb(self, news: Any) -> None:
        if type(news) is tuple and len(news) == 2 and news[0] and self.view.adopt_tokens(*news):
            self.parts.append(news)

    def save(self) -> None:
        """Keep what this batch learned in the cache (as many tokens as the cache file may hold)."""
        own = self.view.learned_tokens()
        if self.slot is None or (len(self.parts) == self.loaded and not own[0]):
            return
        width = self.view.token_width
        size = 4 + 8 * width  # bytes per token
        room = max((self.slot.limit - 4096) // size, 0)
        ids: list[bytes] = []
        dots: list[bytes] = []
        seen: set[bytes] = set()
        for part_ids, part_dots in [*self.parts, own]:
            for k in range(len(part_ids) // 4):
                token = part_ids[4 * k : 4 * k + 4]
                if token in seen or len(ids) >= room:
                    continue
                seen.add(token)
                ids.append(token)
                dots.append(part_dots[k * 8 * width : (k + 1) * 8 * width])
        self.slot.store((b"".join(ids), b"".join(dots)))
