"""The few exception types the core raises; cli.py turns each into a message and an exit code."""

from __future__ import annotations


class AdvocacyError(Exception):
    """Base class: every error the tool reports without a traceback."""

    exit_code = 1


class UsageError(AdvocacyError):
    """The user asked for something that does not exist or cannot be done (exit 2)."""

    exit_code = 2


class CasesError(UsageError):
    """A cases file for ``eval`` has problems (exit 2); ``problems`` holds one ``FILE:LINE: what`` each."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = list(problems)


class DataError(AdvocacyError):
    """The FAQ data file is missing, unreadable or invalid (exit 3).

    ``problems`` holds one line per problem, each ``FILE:LINE: field: what is wrong``.
    """

    exit_code = 3

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = list(problems)


class OutputError(AdvocacyError):
    """A file could not be written (exit 2: the path the user gave is the problem)."""

    exit_code = 2
