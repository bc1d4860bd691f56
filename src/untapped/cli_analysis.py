"""CLI commands of the reference and ACL analyses: refs, acl-lines, acl-search, acl-diff."""

from __future__ import annotations

import sys
from functools import partial
from typing import Any

import click
import msgspec

from untapped.cli_common import document as _document
from untapped.cli_common import fail as _fail
from untapped.cli_common import json_text as _json
from untapped.errors import UntappedError

REFS_SCHEMA = "untapped/refs-v1"
ACL_LINES_SCHEMA = "untapped/acl-lines-v1"


def _refs_of(device: Any, lines: list[str]) -> Any:
    from untapped.analyses.references import analyse

    return analyse(device, lines)


def refs_document(path: str, dialect: str | None = None, jobs: int | None = None) -> dict[str, Any]:
    from untapped.snapshot import map_devices

    mapped = map_devices(path, _refs_of, dialect=dialect, jobs=jobs)
    undefined: list[dict[str, Any]] = []
    unused: list[dict[str, Any]] = []
    for m in mapped:
        if m.value is None:
            continue
        for u in m.value.undefined:
            undefined.append(
                {
                    "device": m.name,
                    "file": m.file,
                    "type": u.type,
                    "name": u.name,
                    "context": u.context,
                    "lines": u.lines,
                }
            )
        for s in m.value.unused:
            unused.append(
                {"device": m.name, "file": m.file, "type": s.type, "name": s.name, "lines": s.lines}
            )
    return {"schema": REFS_SCHEMA, "undefined": undefined, "unused": unused}


def _acl_lines_of(device: Any, lines: list[str]) -> Any:
    from untapped.analyses.acl_tasks import acl_lines

    return acl_lines(device, lines)


def acl_lines_document(
    path: str, dialect: str | None = None, jobs: int | None = None
) -> dict[str, Any]:
    from untapped.snapshot import map_devices

    mapped = map_devices(path, _acl_lines_of, dialect=dialect, jobs=jobs)
    out: list[dict[str, Any]] = []
    for m in mapped:
        for rep in m.value or []:
            for u in rep.unreachable:
                out.append(
                    {
                        "device": m.name,
                        "file": m.file,
                        "acl": u.acl,
                        "index": u.index,
                        "line": u.line,
                        "text": u.text,
                        "reason": u.reason,
                        "blocking": [
                            {"index": i, "line": ln, "text": t} for i, ln, t in u.blocking
                        ],
                    }
                )
    return {"schema": ACL_LINES_SCHEMA, "unreachable": out}


def _search_on(device_name: str, query: Any, device: Any, lines: list[str]) -> Any:
    from untapped.analyses.acl_tasks import acl_search

    if device.name != device_name:
        return None
    return acl_search(device, query)


def _digest(device: Any, lines: list[str]) -> Any:
    from untapped.model.device import Device

    return Device(
        device.name,
        device.file,
        device.dialect,
        acls=device.acls,
        object_groups=device.object_groups,
        prefix_lists=device.prefix_lists,
    )


def acl_search_document(path: str, device_name: str, query: Any) -> dict[str, Any] | None:
    """The acl-search-v1 document for one query, or None when no device has that name."""
    from untapped.snapshot import map_devices

    mapped = map_devices(path, partial(_search_on, device_name, query), jobs=1)
    answers = [m.value for m in mapped if m.value is not None]
    if not answers:
        return None
    ans = answers[0]
    return {
        "schema": "untapped/acl-search-v1",
        "device": device_name,
        "acl": query.acl,
        "action": query.action,
        "found": ans.found,
        "exact": ans.exact,
        "packet": ans.packet,
        "line": ans.line,
        "text": ans.text,
        "problem": ans.problem,
    }


def acl_diff_document(old: str, new: str, jobs: int | None = None) -> dict[str, Any]:
    """The acl-diff-v1 document: same-named ACLs of two snapshots, packets whose action changed."""
    from untapped.analyses.acl_tasks import acl_diff
    from untapped.snapshot import map_devices

    before = [m.value for m in map_devices(old, _digest, jobs=jobs) if m.value is not None]
    after = [m.value for m in map_devices(new, _digest, jobs=jobs) if m.value is not None]
    changes = acl_diff(before, after)
    return {"schema": "untapped/acl-diff-v1", "changes": [msgspec.to_builtins(c) for c in changes]}


def register(main: click.Group) -> None:
    @main.command("refs")
    @click.argument("path", type=click.Path(path_type=str))
    @click.option("--format", "fmt", type=click.Choice(("terminal", "json")), default="terminal")
    @click.option("--dialect", default=None)
    def refs(path: str, fmt: str, dialect: str | None) -> None:
        """Undefined references and unused structures (ACLs, route-maps, prefix-lists...)."""
        doc = _document(lambda: refs_document(path, dialect), fmt)
        if doc is None:
            return
        click.echo(f"Undefined references: {len(doc['undefined'])}")
        for u in doc["undefined"]:
            lines = ",".join(str(x) for x in u["lines"])
            click.echo(
                f"  {u['device']}: {u['type']} {u['name']!r} used by {u['context']} (line {lines})"
            )
        click.echo(f"Unused structures: {len(doc['unused'])}")
        for s in doc["unused"]:
            click.echo(f"  {s['device']}: {s['type']} {s['name']!r} (line {s['lines'][0]})")

    @main.command("acl-lines")
    @click.argument("path", type=click.Path(path_type=str))
    @click.option("--format", "fmt", type=click.Choice(("terminal", "json")), default="terminal")
    @click.option("--dialect", default=None)
    def acl_lines_cmd(path: str, fmt: str, dialect: str | None) -> None:
        """ACL lines that can never match a packet (shadowed by earlier lines, or empty)."""
        doc = _document(lambda: acl_lines_document(path, dialect), fmt)
        if doc is None:
            return
        click.echo(f"Unreachable ACL lines: {len(doc['unreachable'])}")
        for u in doc["unreachable"]:
            click.echo(f"  {u['device']} {u['acl']} line {u['line']}: {u['text']}  [{u['reason']}]")
            for b in u["blocking"]:
                click.echo(f"      blocked by line {b['line']}: {b['text']}")

    @main.command("acl-search")
    @click.argument("path", type=click.Path(path_type=str))
    @click.option("--device", "device_name", required=True)
    @click.option("--acl", required=True)
    @click.option("--action", type=click.Choice(("permit", "deny")), required=True)
    @click.option("--src", default=None, help="source address or prefix")
    @click.option("--dst", default=None, help="destination address or prefix")
    @click.option("--proto", default=None, help="protocol name or number")
    @click.option("--sport", type=int, default=None)
    @click.option("--dport", type=int, default=None)
    @click.option("--format", "fmt", type=click.Choice(("terminal", "json")), default="terminal")
    def acl_search_cmd(
        path: str,
        device_name: str,
        acl: str,
        action: str,
        src: str | None,
        dst: str | None,
        proto: str | None,
        sport: int | None,
        dport: int | None,
        fmt: str,
    ) -> None:
        """A concrete example packet that receives ACTION from ACL on DEVICE, or none."""
        from untapped.analyses.acl_tasks import SearchQuery

        q = SearchQuery(acl, action, src, dst, proto, sport, dport)
        try:
            doc = acl_search_document(path, device_name, q)
        except UntappedError as exc:
            _fail(exc)
            return
        except ValueError as exc:
            click.echo(f"untapped: {exc}", err=True)
            sys.exit(2)
        if doc is None:
            click.echo(f"untapped: no device named {device_name!r} under {path}", err=True)
            sys.exit(3)
        if fmt == "json":
            click.echo(_json(doc), nl=False)
        elif doc["problem"]:
            click.echo(doc["problem"])
        elif not doc["found"]:
            click.echo("none")
        else:
            pkt = " ".join(f"{k}={v}" for k, v in doc["packet"].items())
            where = (
                f"line {doc['line']}: {doc['text']}"
                if doc["line"]
                else "the implicit default action"
            )
            click.echo(f"{action}: {pkt}\n  decided by {where}")
        if doc["problem"] and "no ACL" in doc["problem"]:
            sys.exit(3)

    @main.command("acl-diff")
    @click.argument("old", type=click.Path(path_type=str))
    @click.argument("new", type=click.Path(path_type=str))
    @click.option("--format", "fmt", type=click.Choice(("terminal", "json")), default="terminal")
    def acl_diff_cmd(old: str, new: str, fmt: str) -> None:
        """For same-named ACLs in two snapshots: example packets whose action changed."""
        doc = _document(lambda: acl_diff_document(old, new), fmt)
        if doc is None:
            return
        changes = doc["changes"]
        click.echo(f"ACLs whose behaviour changed: {len(changes)}")
        for c in changes:
            click.echo(
                f"  {c['device']} {c['acl']}"
                + ("" if c["exact"] else " (changed text; not exactly analysable)")
            )
            if c["now_permitted"]:
                click.echo(
                    f"    now permitted: {c['now_permitted']} (line {c['now_permitted_line']})"
                )
            if c["now_denied"]:
                click.echo(f"    now denied:    {c['now_denied']} (line {c['now_denied_line']})")
