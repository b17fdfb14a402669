"""Writing text to stdout or to a file: atomically, never over an existing file unless asked."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from advocacy_cli.errors import OutputError


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
    if path.exists() and not force:
        raise OutputError(f"'{target}' already exists; use --force to overwrite it")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(f"cannot write to '{target}': no such folder '{folder}'")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise OutputError(f"cannot write to '{target}': {(exc.strerror or 'not writable').lower()}") from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        if path.exists() and force:
            os.chmod(temporary, path.stat().st_mode & 0o777)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(temporary, 0o666 & ~umask)
        os.replace(temporary, path)
    except BaseException as exc:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise OutputError(f"cannot write to '{target}': {(exc.strerror or 'write failed').lower()}") from None
        raise
