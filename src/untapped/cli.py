"""The console script: a thin layer over the public API (contract §2)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from untapped.errors import UntappedError
from untapped.model.core import SEVERITY_RANK
from untapped.version import __version__

FORMATS = ("terminal", "json", "sarif", "html", "junit")
FAIL_ON = ("critical", "high", "medium", "low", "info", "never")


def _fail(exc: UntappedError) -> None:
    click.echo(f"untapped: {exc}", err=True)
    sys.exit(exc.exit_code)


def _write(text: str, output: str | None) -> None:
    if output is None or output == "-":
        click.echo(text, nl=False)
        return
    try:
        Path(output).write_text(text, encoding="utf-8")
    except OSError as exc:
        click.echo(f"untapped: cannot write {output}: {exc.strerror or exc}", err=True)
        sys.exit(3)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="untapped")
def main() -> None:
    """untapped: is this network equipment tapped? Audits device configurations for every
    channel that copies, diverts or sends traffic or management data off the box."""


@main.command()
@click.argument("path", type=click.Path(path_type=str))
@click.option(
    "--policy",
    type=click.Path(path_type=str),
    default=None,
    help="Policy file (default: PATH/untapped.toml when present).",
)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="terminal", show_default=True)
@click.option(
    "--output",
    "-o",
    type=click.Path(path_type=str),
    default=None,
    help="Write the report to a file instead of standard output.",
)
@click.option(
    "--fail-on",
    type=click.Choice(FAIL_ON),
    default="never",
    show_default=True,
    help="Exit with 1 when a finding at or above this severity is found.",
)
@click.option("--dialect", default=None, help="Force a dialect instead of detecting it.")
@click.option("--show-secrets", is_flag=True, help="Show secrets instead of redacted hashes.")
@click.option("--jobs", "-j", type=int, default=None, help="Worker processes (default: all cores).")
def audit(
    path: str,
    policy: str | None,
    fmt: str,
    output: str | None,
    fail_on: str,
    dialect: str | None,
    show_secrets: bool,
    jobs: int | None,
) -> None:
    """Audit the configurations under PATH: the tap map, findings and parse coverage."""
    from untapped.pipeline import audit as run_audit

    try:
        result = run_audit(path, policy, dialect=dialect, jobs=jobs)
    except UntappedError as exc:
        _fail(exc)
        return
    text = render(result, fmt, show_secrets=show_secrets)
    _write(text, output)
    if fail_on != "never":
        limit = SEVERITY_RANK[fail_on]
        if any(SEVERITY_RANK[f.severity] >= limit for f in result.findings):
            sys.exit(1)


def render(result: Any, fmt: str, show_secrets: bool = False) -> str:
    if fmt == "json":
        from untapped.report import json_report

        return json_report.render(result)
    if fmt == "sarif":
        from untapped.report import sarif

        return sarif.render(result)
    if fmt == "terminal":
        from untapped.report import terminal

        return terminal.render(result)
    raise click.UsageError(f"--format {fmt} is not available yet")


@main.command()
@click.argument("rule_id", required=False)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(("terminal", "json")),
    default="terminal",
    show_default=True,
)
def rules(rule_id: str | None, fmt: str) -> None:
    """List the rule catalog, or explain one rule."""
    from untapped.report import rules_report

    try:
        text = rules_report.render(rule_id, fmt)
    except KeyError:
        click.echo(f"untapped: no rule {rule_id!r} (see `untapped rules`)", err=True)
        sys.exit(2)
    _write(text, None)


# The snapshot store's commands (snapshot save, history, show, diff, watch).
from untapped.cli_store import register as _register_store  # noqa: E402

_register_store(main)

if __name__ == "__main__":  # pragma: no cover
    main()
