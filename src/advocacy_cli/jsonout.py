"""The one JSON writer: every JSON text the tool prints or exports goes through ``dumps``."""

from __future__ import annotations

import json
import re
from typing import Any

# Characters json.dumps leaves raw that a terminal acts on or that break lines and encoders (DEL, C1,
# bidi controls, line separators, lone surrogates): written as \uXXXX, so the decoded text stays exact.
_UNSAFE = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff]")


def _escape(found: re.Match[str]) -> str:
    return f"\\u{ord(found.group()):04x}"


def dumps(value: Any, indent: int | None = None, ascii_only: bool = False) -> str:
    """``value`` as JSON text whose every character is inert on a terminal and in line-based readers."""
    return _UNSAFE.sub(_escape, json.dumps(value, ensure_ascii=ascii_only, indent=indent))
