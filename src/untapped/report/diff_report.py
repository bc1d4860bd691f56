"""`untapped diff` output: the untapped/diff-v1 JSON document (docs/diff.md) and the terminal
text, rendered from an analyses.drift.Diff (reports only read results)."""

from __future__ import annotations

from typing import Any

import msgspec

from untapped.analyses.drift import (
    ChannelChange,
    Diff,
    FactChange,
    Side,
    _show,
    _user_words,
    _where,
    count_by_severity,
    is_privileged,
)
from untapped.model.results import Channel, Finding

DIFF_SCHEMA = "untapped/diff-v1"


def _channel_dict(c: Channel) -> dict[str, Any]:
    return {
        "id": c.id,
        "device": c.device,
        "file": c.file,
        "line": c.line,
        "kind": c.kind,
        "destination": c.destination,
        "vrf": c.vrf,
        "source": c.source,
        "trust": c.trust,
        "attrs": dict(sorted(c.attrs.items())),
    }


def _finding_dict(f: Finding) -> dict[str, Any]:
    return {
        "rule": f.rule,
        "severity": f.severity,
        "category": f.category,
        "device": f.device,
        "file": f.file,
        "line": f.line,
        "title": f.title,
        "message": f.message,
        "channel": f.channel,
    }


def _user_fields(value: str) -> dict[str, Any]:
    fields = dict(part.split("=", 1) for part in value.split(" ") if "=" in part)
    priv = fields.get("privilege", "")
    return {
        "privilege": int(priv) if priv.isdigit() else None,
        "role": fields.get("role") or None,
        "secret": fields.get("secret") or None,  # a <redacted:HASH8> token, or "nopassword"
        "privileged": is_privileged(value),
    }


def _side_dict(s: Side) -> dict[str, Any]:
    return {
        "ref": s.ref,
        "kind": s.kind,
        "name": s.name,
        "created": s.created,
        "input": s.result.input,
        "devices": len(s.result.devices),
        "channels": len(s.result.channels),
    }


def diff_to_dict(d: Diff) -> dict[str, Any]:
    from untapped.version import __version__

    m_added, m_removed, m_changed = d.management_changes()

    def change(cc: ChannelChange) -> dict[str, Any]:
        dev, kind, dest, vrf = cc.new.key()
        return {
            "key": {"device": dev, "kind": kind, "destination": dest or None, "vrf": vrf or None},
            "fields": cc.fields,
            "old": _channel_dict(cc.old),
            "new": _channel_dict(cc.new),
        }

    def user(fc: FactChange) -> dict[str, Any]:
        return {"device": fc.device, "name": fc.key, **_user_fields(fc.value)}

    return {
        "schema": DIFF_SCHEMA,
        "tool": {"name": "untapped", "version": __version__},
        "old": _side_dict(d.old),
        "new": _side_dict(d.new),
        "summary": {
            "changed": not d.empty,
            "devices": {
                "added": len(d.devices_added),
                "removed": len(d.devices_removed),
                "changed": len(d.devices_changed),
            },
            "channels": {
                "added": len(d.channels_added),
                "removed": len(d.channels_removed),
                "changed": len(d.channels_changed),
            },
            "findings": {"added": len(d.findings_added), "removed": len(d.findings_removed)},
            "drift": count_by_severity(d.drift),
        },
        "devices": {
            "added": d.devices_added,
            "removed": d.devices_removed,
            "changed": d.devices_changed,
        },
        "channels": {
            "added": [_channel_dict(c) for c in d.channels_added],
            "removed": [_channel_dict(c) for c in d.channels_removed],
            "changed": [change(c) for c in d.channels_changed],
        },
        "management": {
            "added": [_channel_dict(c) for c in m_added],
            "removed": [_channel_dict(c) for c in m_removed],
            "changed": [change(c) for c in m_changed],
        },
        "findings": {
            "added": [_finding_dict(f) for f in d.findings_added],
            "removed": [_finding_dict(f) for f in d.findings_removed],
        },
        "users": {
            "added": [user(u) for u in d.users_added],
            "removed": [user(u) for u in d.users_removed],
            "changed": [
                {
                    "device": u.device,
                    "name": u.name,
                    "old": _user_fields(u.old),
                    "new": _user_fields(u.new),
                }
                for u in d.users_changed
            ],
        },
        "acl_lines": {
            "added": [{"device": f.device, "acl": f.key, "text": f.value} for f in d.acl_added],
            "removed": [{"device": f.device, "acl": f.key, "text": f.value} for f in d.acl_removed],
        },
        "bindings": {
            "added": [
                {"device": f.device, "interface": f.key, "binding": f.value}
                for f in d.bindings_added
            ],
            "removed": [
                {"device": f.device, "interface": f.key, "binding": f.value}
                for f in d.bindings_removed
            ],
        },
        "configs": {
            "changed": [
                {
                    "device": c.device,
                    "file": c.file,
                    "old_sha256": c.old_sha,
                    "new_sha256": c.new_sha,
                }
                for c in d.configs_changed
            ]
        },
        "drift": [_finding_dict(f) for f in d.drift],
    }


def render_diff_json(d: Diff) -> str:
    return msgspec.json.format(msgspec.json.encode(diff_to_dict(d)).decode(), indent=2) + "\n"


def render_diff_text(d: Diff) -> str:
    """The terminal form: one line per change, `+` added, `-` removed, `~` changed."""
    out: list[str] = []
    w = out.append
    w(f"untapped diff {d.old.ref} -> {d.new.ref}")
    if d.empty and not d.drift:
        w("No change.")
        return "\n".join(out) + "\n"
    sections: list[tuple[str, list[str]]] = [
        (
            "Devices",
            [f"+ {x}" for x in d.devices_added]
            + [f"- {x}" for x in d.devices_removed]
            + [f"~ {x}" for x in d.devices_changed],
        ),
        (
            "Channels",
            [f"+ {c.device}: {_where(c)} [{c.trust}] (line {c.line})" for c in d.channels_added]
            + [f"- {c.device}: {_where(c)} [{c.trust}]" for c in d.channels_removed]
            + [
                f"~ {c.new.device}: {_where(c.new)}: "
                + ", ".join(
                    f"{f} {_show(getattr(c.old, f))} -> {_show(getattr(c.new, f))}"
                    for f in c.fields
                )
                for c in d.channels_changed
            ],
        ),
        (
            "Local users",
            [f"+ {u.device}: {u.key} ({_user_words(u.value)})" for u in d.users_added]
            + [f"- {u.device}: {u.key}" for u in d.users_removed]
            + [
                f"~ {u.device}: {u.name} ({_user_words(u.old)} -> {_user_words(u.new)}"
                + (
                    ", password changed"
                    if _user_fields(u.old)["secret"] != _user_fields(u.new)["secret"]
                    else ""
                )
                + ")"
                for u in d.users_changed
            ],
        ),
        (
            "ACL lines",
            [f"+ {f.device}: {f.key}: {f.value}" for f in d.acl_added]
            + [f"- {f.device}: {f.key}: {f.value}" for f in d.acl_removed],
        ),
        (
            "Interface bindings",
            [f"+ {f.device}: {f.key}: {f.value}" for f in d.bindings_added]
            + [f"- {f.device}: {f.key}: {f.value}" for f in d.bindings_removed],
        ),
        (
            "Findings",
            [f"+ {f.severity:<8} {f.rule} {f.device}: {f.message}" for f in d.findings_added]
            + [f"- {f.severity:<8} {f.rule} {f.device}: {f.message}" for f in d.findings_removed],
        ),
        (
            "Drift",
            [f"{f.severity.upper():<8} {f.rule} {f.device}: {f.message}" for f in d.drift],
        ),
    ]
    for title, lines in sections:
        if lines:
            w("")
            w(f"{title} ({len(lines)}):")
            out.extend(f"  {ln}" for ln in lines)
    counts = count_by_severity(d.drift)
    w("")
    w("Drift findings: " + (", ".join(f"{n} {s}" for s, n in counts.items() if n) or "none"))
    return "\n".join(out) + "\n"
