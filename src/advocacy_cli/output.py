"""Writing text to stdout or to a file: atomically, never over an existing file unless asked."""

from __future__ import annotations

import os
import signal
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from advocacy_cli.errors import OutputError


def is_terminal(target: str) -> bool:
    """Whether ``target`` ('-' = stdout) is a terminal, which nothing from the data may act on."""
    if target == "-":
        return bool(sys.stdout is not None and sys.stdout.isatty())
    import stat

    try:
        if not stat.S_ISCHR(os.stat(target).st_mode):  # only a character device can be a terminal
            return False
        handle = os.open(target, os.O_WRONLY | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_NONBLOCK", 0))
    except (OSError, ValueError):
        return False
    try:
        return os.isatty(handle)
    finally:
        os.close(handle)


def write_output(text: str, target: str, force: bool = False) -> None:
    """Write ``text`` to ``target`` ('-' = stdout) through a temporary file in the same folder."""
    if target == "-":
        # An export is a UTF-8 file whatever the locale: bytes, so no '?' for unencodable text and no
        # newline translation (CSV's \r\n would become \r\r\n on Windows).
        sys.stdout.flush()
        binary = getattr(sys.stdout, "buffer", None)
        if binary is None:
            sys.stdout.write(text)
            sys.stdout.flush()
            return
        binary.write(text.encode("utf-8"))
        binary.flush()
        return
    if os.path.basename(target) in ("", ".", ".."):  # 'name/' names a folder, never a file 'name'
        folder = Path(target)
        if folder.is_dir():
            raise OutputError(f"cannot write to '{target}': it is a directory")
        raise OutputError(f"cannot write to '{target}': no such folder '{target}'")
    path = Path(target)
    if path.is_dir():
        raise OutputError(f"cannot write to '{target}': it is a directory")
    if path.exists() and not path.is_file():
        # /dev/stdout, /dev/null, a named pipe: write through it. Replacing it with a regular file
        # (what the atomic rename would do, and as root could) would break the system, not the export.
        try:
            with open(path, "w", encoding="utf-8", newline="") as stream:
                stream.write(text)
        except OSError as exc:
            raise OutputError(f"cannot write to '{target}': {(exc.strerror or 'write failed').lower()}") from None
        return
    if os.path.lexists(path) and not force:  # lexists: a dangling symlink is there too
        raise OutputError(f"'{target}' already exists; use --force to overwrite it")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(f"cannot write to '{target}': no such folder '{folder}'")
    with cleanup_on_termination():
        _write_atomically(text, target, path, folder, force)


def replace_atomically(
    path: Path,
    data: bytes,
    prefix: str,
    mode: int | None = None,
    sync: bool = False,
    place: Callable[[str, Path], None] = os.replace,
) -> None:
    """The one atomic write of the tool: ``data`` goes to a temporary file beside ``path`` (named
    ``prefix``...``.tmp``), which ``place`` then moves onto ``path`` (by default os.replace, so a
    reader sees the old file or the new one, never half of one). ``mode`` sets its permissions,
    ``sync`` flushes it to the disk first. On any failure the temporary file is removed and the
    error raised as it came (OSError for the file system)."""
    handle, temporary = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            if sync:
                stream.flush()
                os.fsync(stream.fileno())
        if mode is not None:
            os.chmod(temporary, mode)
        place(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise


def _write_atomically(text: str, target: str, path: Path, folder: Path, force: bool) -> None:
    """Write the export through replace_atomically: with ``force`` by renaming over ``path``;
    without, by linking it to ``path``, which fails if the name exists by then, so two exports at
    once cannot overwrite each other (no check-then-rename race)."""
    if force and path.is_file():
        mode = path.stat().st_mode & 0o777
    else:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    try:
        replace_atomically(
            folder / path.name,
            text.encode("utf-8"),
            # The temporary name must fit where the target's name fits (255 bytes on most systems).
            prefix=f".{path.name[:32]}.",
            mode=mode,
            sync=True,
            place=os.replace if force else lambda temporary, _: _link_into_place(temporary, path, target),
        )
    except OSError as exc:
        raise OutputError(f"cannot write to '{target}': {(exc.strerror or 'write failed').lower()}") from None


def _link_into_place(temporary: str, path: Path, target: str) -> None:
    """Give the finished file its name only if that name is free; then drop the temporary name."""
    try:
        os.link(temporary, path, follow_symlinks=False)
    except FileExistsError:
        raise OutputError(f"'{target}' already exists; use --force to overwrite it") from None
    except OSError:
        # A file system without hard links: create the name exclusively and copy into it.
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
        except FileExistsError:
            raise OutputError(f"'{target}' already exists; use --force to overwrite it") from None
        try:
            with open(temporary, "rb") as source, os.fdopen(fd, "wb") as stream:
                stream.write(source.read())
                stream.flush()
                os.fsync(stream.fileno())
        except BaseException:
            os.unlink(path)
            raise
    os.unlink(temporary)


class _Terminated(BaseException):
    """SIGTERM or SIGHUP arrived while a temporary file existed: clean up, then die of the signal."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


class cleanup_on_termination:
    """While the block runs, SIGTERM and SIGHUP raise _Terminated (cleanup code runs, as for Ctrl-C);
    after it, the signal is delivered again with its previous handler, so the exit status still
    says which signal ended the process. A signal the process was started ignoring (SIGHUP under
    nohup) stays ignored: the write goes on to the end."""

    SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))

    def __enter__(self) -> None:
        self.previous: dict[int, object] = {}
        for signum in self.SIGNALS:
            try:
                if signal.getsignal(signum) == signal.SIG_IGN:
                    continue
                self.previous[signum] = signal.signal(signum, self._raise)
            except (ValueError, OSError):  # not the main thread: leave signals alone
                pass

    @staticmethod
    def _raise(signum: int, frame: object) -> None:
        raise _Terminated(signum)

    def __exit__(self, kind: object, error: object, traceback: object) -> None:
        for signum, handler in self.previous.items():
            signal.signal(signum, handler)  # type: ignore[arg-type]
        if isinstance(error, _Terminated):
            signal.raise_signal(error.signum)
            # Still alive: the previous handler ignores the signal or returned. Stop like Ctrl-C would.
            raise KeyboardInterrupt from None
