"""The environment the tool reads: the names of its variables and the user folders it keeps files in."""

from __future__ import annotations

import os
from pathlib import Path

DATA = "ADVOCACY_CLI_DATA"  # a FAQ data file to use instead of the bundled one
SEMANTIC = "ADVOCACY_CLI_SEMANTIC"  # 0/off/no/false: match by words only, without the semantic view
HISTORY = "ADVOCACY_CLI_HISTORY"  # 0/off/no/false/none: no history file; a path: keep it there
JOBS = "ADVOCACY_CLI_JOBS"  # the most processes a long `ask -` batch may use (1: this one only)
FOLDER_NAME = "advocacy-cli"
OFF_WORDS = frozenset({"0", "off", "no", "false", "none"})

# kind -> (XDG variable, fallback under the home folder, Windows variable)
_FOLDERS = {
    "cache": ("XDG_CACHE_HOME", (".cache",), "LOCALAPPDATA"),
    "state": ("XDG_STATE_HOME", (".local", "state"), "LOCALAPPDATA"),
}


def switched_off(name: str) -> bool:
    """Whether the variable ``name`` is set to one of the words that turn a feature off."""
    return os.environ.get(name, "").strip().casefold() in OFF_WORDS


def user_folder(kind: str) -> Path | None:
    """This tool's folder of ``kind`` ('cache' or 'state') as the XDG spec places it, or None when no
    absolute place can be known (no home, a relative $XDG_*_HOME is ignored as the spec says)."""
    variable, fallback, windows = _FOLDERS[kind]
    if os.name == "nt":
        base = os.environ.get(windows, "")
        return Path(base) / FOLDER_NAME / kind if os.path.isabs(base) else None
    base = os.environ.get(variable, "")
    if os.path.isabs(base):
        return Path(base) / FOLDER_NAME
    home = os.environ.get("HOME") or os.path.expanduser("~")
    if not os.path.isabs(home):
        return None
    return Path(home, *fallback, FOLDER_NAME)
