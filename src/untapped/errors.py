"""The UntappedError tree. Each class carries the exit code the CLI returns for it (contract §2)."""

from __future__ import annotations


class UntappedError(Exception):
    """Base of every error untapped reports to a user without a traceback."""

    exit_code = 3


class UsageError(UntappedError):
    """The command line asks for something that cannot be: exit code 2."""

    exit_code = 2


class InputError(UntappedError):
    """The input cannot be read: PATH missing, nothing readable, a malformed policy file."""

    exit_code = 3


class PolicyError(InputError):
    """`untapped.toml` is malformed: the message names the file, line and key."""

    def __init__(self, file: str, line: int | None, key: str | None, problem: str) -> None:
        self.file = file
        self.line = line
        self.key = key
        self.problem = problem
        where = file if line is None else f"{file}:{line}"
        what = f"key '{key}': " if key else ""
        super().__init__(f"{where}: {what}{problem}")
