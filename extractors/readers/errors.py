"""Errors that say which file and what is wrong with it, so a batch can go on."""

from __future__ import annotations

from pathlib import Path


class ReadError(Exception):
    """A file that yields no article; the message is meant for the user, not a traceback."""

    def __init__(self, path: Path, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")

    def __str__(self) -> str:
        return f"{self.path}: {self.problem}"

    def __reduce__(self):  # keep it picklable for worker processes
        return (type(self), (self.path, self.problem))


class FormatError(Exception):
    """A content problem found by a format reader, which does not know the path."""

    def __init__(self, problem: str) -> None:
        self.problem = problem
        super().__init__(problem)
