"""The console script: a thin layer over the public API (contract §2).

Exit codes: 0 = ran, nothing at or above --fail-on; 1 = findings at or above it (waived findings
do not count); 2 = usage error (bad option, unknown dialect or rule, a format not implemented
yet); 3 = input error (PATH missing, nothing readable, malformed policy, output not writable).
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from typing import Any, NoReturn

import click

from untapped.errors import UntappedError
from untapped.model.core import SEVERITY_RANK
from untapped.version import __version__

FORMATS = ("terminal", "json", "sarif", "html", "junit")
IMPLEMENTED_FORMATS = ("terminal", "json", "sarif", "html", "junit")
FRAMEWORKS = ("cis", "stig", "nsa", "mlps2")
FAIL_ON = ("critical", "high", "medium", "low", "info", "never")


def _fail(exc: UntappedError) -> NoReturn:
    click.echo(f"untapped: {exc}", err=True)
    sys.exit(exc.exit_code)


def _write(text: str, output: str | None, color: bool | None = None) -> None:
    if output is None or output == "-":
        click.echo(text, nl=False, color=color)
        return
    try:
        Path(output).write_text(text, encoding="utf-8")
    except OSError as exc:
        click.echo(f"untapped: cannot write {output}: {exc.strerror or exc}", err=True)
        sys.exit(3)


def exceeds(result: Any, fail_on: str) -> bool:
    """True when a (non-waived) finding is at or above `fail_on` ("never": never)."""
    if fail_on == "never":
        return False
    limit = SEVERITY_RANK[fail_on]
    return any(SEVERITY_RANK[f.severity] >= limit for f in result.findings)


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
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="terminal",
    show_default=True,
    help="Report format (html: one self-contained file, best with --output).",
)
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
    help="Exit with 1 when a finding at or above this severity is found (waived ones excepted).",
)
@click.option("--dialect", default=None, help="Force a dialect instead of detecting it.")
@click.option("--show-secrets", is_flag=True, help="Show secrets instead of redacted hashes.")
@click.option(
    "--color/--no-color",
    default=None,
    help="Colour the terminal report (default: only when writing to a terminal).",
)
@click.option(
    "--framework",
    type=click.Choice(FRAMEWORKS),
    default=None,
    help="Add a per-control compliance table for this framework (terminal, json, html).",
)
@click.option("--jobs", "-j", type=int, default=None, help="Worker processes (default: all cores).")
def audit(
    path: str,
    policy: str | None,
    fmt: str,
    output: str | None,
    fail_on: str,
    dialect: str | None,
    show_secrets: bool,
    color: bool | None,
    framework: str | None,
    jobs: int | None,
) -> None:
    """Audit the configurations under PATH: the tap map, findings and parse coverage."""
    if fmt not in IMPLEMENTED_FORMATS:
        raise click.UsageError(
            f"--format {fmt} is not implemented yet; use one of: {', '.join(IMPLEMENTED_FORMATS)}"
        )
    if jobs is not None and jobs < 1:
        raise click.BadParameter("must be at least 1", param_hint="--jobs")
    from untapped.pipeline import audit as run_audit

    try:
        # no report reads the drift facts (only the snapshot store): not computed
        result = run_audit(path, policy, dialect=dialect, jobs=jobs, facts=False)
    except UntappedError as exc:
        _fail(exc)
    to_stdout = output is None or output == "-"
    tty = to_stdout and sys.stdout.isatty()
    if color is None:
        color = tty and fmt == "terminal"
    width = shutil.get_terminal_size((80, 24)).columns if tty else None
    text = render(
        result, fmt, show_secrets=show_secrets, color=color, width=width, framework=framework
    )
    if framework is not None:
        from untapped.report import compliance

        if fmt == "terminal":
            text += "\n" + compliance.render_framework(result, framework)
        elif fmt == "json":
            import json as _json

            doc = _json.loads(text)
            doc["compliance"] = {
                "framework": framework,
                "controls": compliance.control_table(result, framework),
            }
            text = _json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
    _write(text, output, color=color if to_stdout else None)
    if exceeds(result, fail_on):
        sys.exit(1)


def render(
    result: Any,
    fmt: str,
    show_secrets: bool = False,
    color: bool = False,
    width: int | None = None,
    framework: str | None = None,
    read: Any = None,
) -> str:
    """Render an AuditResult in one of the implemented formats.

    Secrets never reach an AuditResult in clear (parsers keep them in `Secret` values and redact
    free text), so `show_secrets` changes only the html report, which prints configuration
    excerpts read from the audited files (redacted unless `show_secrets`). `framework` adds the
    per-control compliance section to the html report (the CLI adds it to terminal and json);
    `read` gives the html report the text of a file by name (default: read under the input)."""
    if fmt == "json":
        from untapped.report import json_report

        return json_report.render(result)
    if fmt == "sarif":
        from untapped.report import sarif

        return sarif.render(result)
    if fmt == "terminal":
        from untapped.report import terminal

        return terminal.render(result, width=width, color=color)
    if fmt == "junit":
        from untapped.report import compliance

        return compliance.render_junit(result)
    if fmt == "html":
        import datetime as _dt

        from untapped.report import html

        now = _dt.datetime.now(_dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
        return html.render(
            result, framework=framework, show_secrets=show_secrets, generated=now, read=read
        )
    raise click.UsageError(f"--format {fmt} is not implemented yet")


@main.command()
@click.argument("rule_id", required=False)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(("terminal", "json")),
    default="terminal",
    show_default=True,
)
@click.option(
    "--framework",
    type=click.Choice(("cis", "stig", "nsa", "mlps2")),
    help="list the framework's controls and the rules that evidence each",
)
def rules(rule_id: str | None, fmt: str, framework: str | None) -> None:
    """List the rule catalog, or explain one rule (RULE_ID, e.g. TAP-003)."""
    from untapped.report import rules_report

    try:
        if framework is not None and rule_id is None:
            text = rules_report.render_framework(framework, fmt)
        else:
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

from untapped.cli_analysis import register as _register_analysis  # noqa: E402

_register_analysis(main)

from untapped.cli_routing import register as _register_routing  # noqa: E402

_register_routing(main)

from untapped.cli_dataplane import register as _register_dataplane  # noqa: E402

_register_dataplane(main)
