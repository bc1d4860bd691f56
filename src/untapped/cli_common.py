"""What the command modules share: JSON documents as printed, and errors as exit codes."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any, NoReturn

import click
import msgspec

from untapped.errors import UntappedError


def json_text(doc: Any) -> str:
    """A JSON document as the commands print it: indented by two, one final newline."""
    return msgspec.json.format(msgspec.json.encode(doc).decode(), indent=2) + "\n"


def fail(exc: UntappedError) -> NoReturn:
    """Say what went wrong on stderr and exit with the error's code (contract §2)."""
    click.echo(f"untapped: {exc}", err=True)
    sys.exit(exc.exit_code)


def document(build: Callable[[], dict[str, Any]], fmt: str) -> dict[str, Any] | None:
    """Build a command's JSON document (an input error exits with its code); print it and return
    None for `--format json`, else return it for the terminal rendering."""
    try:
        doc = build()
    except UntappedError as exc:
        fail(exc)
    if fmt == "json":
        click.echo(json_text(doc), nl=False)
        return None
    return doc
