"""Cross-check of the computed RIBs against the `display ip routing-table` outputs of the Huawei
manual examples in the corpus (`<model>__<page>__<device>.cfg` + `.display.txt`), for examples
whose devices are all present. Skipped when the corpus is absent; nothing is copied from it.

Compared per displayed public table: the set of destinations (prefix + protocol class), and for
the destinations both have, the preference and cost. InLoopBack0/127/8 and broadcast host
entries of newer releases are ignored, as are tables of protocols untapped does not compute
(IS-IS, RIP, BGP VPN routes...) when the device is marked partial.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

from untapped.analyses.routing import compute
from untapped.collect.files import Artifact
from untapped.dialects import get
from untapped.model.device import Device

_ROW = re.compile(
    r"^\s*(\d+\.\d+\.\d+\.\d+/\d+)\s+(\S+)\s+(\d+)\s+(\d+)\s+\S*\s+(\d+\.\d+\.\d+\.\d+)\s+(\S+)\s*$"
)
_CLASS = {
    "direct": "direct",
    "static": "static",
    "ospf": "ospf",
    "o_ase": "ospfE",
    "o_nssa": "ospfE",
    "ibgp": "ibgp",
    "ebgp": "bgp",
    "unr": "unr",
}


def _cls(proto: str) -> str:
    p = proto.lower()
    if p in ("connected", "local"):
        return "direct"
    if p in ("ospf", "ospfia"):
        return "ospf"
    if p.startswith("ospfe"):
        return "ospfE"
    return _CLASS.get(p, p)


def parse_table(text: str) -> list[dict[str, Any]] | None:
    """The first plain `display ip routing-table` (public table) of a display file."""
    lines = text.splitlines()
    start = None
    for i, ln in enumerate(lines):
        s = ln.strip()
        if re.search(r"display ip routing-table\s*$", s):
            start = i
            break
    if start is None:
        return None
    rows: list[dict[str, Any]] = []
    for ln in lines[start + 1 :]:
        s = ln.strip()
        if s.startswith(("<", "[")) and "display" in s:
            break
        if s.startswith("Routing Tables:") and "Public" not in s:
            break
        m = _ROW.match(ln)
        if m:
            rows.append(
                {
                    "prefix": m.group(1),
                    "proto": m.group(2),
                    "pre": int(m.group(3)),
                    "cost": int(m.group(4)),
                    "next_hop": m.group(5),
                    "interface": m.group(6),
                }
            )
    return rows


def _ignored(row: dict[str, Any]) -> bool:
    pfx = row["prefix"]
    if pfx.startswith("127.") or row["interface"].lower().startswith("inloopback"):
        return True
    if pfx.endswith("/32") and pfx.split("/")[0].endswith(".255"):
        return True
    if row["proto"] == "Direct" and pfx.endswith("/32") and pfx[:-3] == row["next_hop"]:
        return True  # the peer's host route on a point-to-point link
    return pfx == "255.255.255.255/32"


def examples(corpus: Path) -> list[tuple[str, Path, list[Path]]]:
    root = corpus / "huawei_vrp"
    groups: dict[str, list[Path]] = defaultdict(list)
    for cfg in root.glob("*.cfg"):
        groups[cfg.name.rsplit("__", 1)[0]].append(cfg)
    out = []
    for disp in sorted(root.glob("*.display.txt")):
        group = disp.name.rsplit("__", 1)[0]
        cfg = disp.with_name(disp.name[: -len(".display.txt")] + ".cfg")
        if cfg.exists():
            out.append((group, cfg, sorted(groups[group])))
    return out


def _parse(path: Path) -> Device | None:
    text = path.read_text(encoding="utf-8", errors="replace")
    try:
        return get("huawei_vrp").parse(Artifact(path.name, text)).device
    except Exception:  # a parser problem is not this test's subject
        return None


def cross_check(corpus: Path) -> dict[str, int]:
    figures = defaultdict(int)
    cache: dict[str, Any] = {}
    for group, cfg, members in examples(corpus):
        disp = cfg.with_name(cfg.name[: -len(".cfg")] + ".display.txt")
        rows = parse_table(disp.read_text(encoding="utf-8", errors="replace"))
        if not rows:
            continue
        if group not in cache:
            devs = [d for d in (_parse(p) for p in members) if d is not None]
            cache.clear()
            cache[group] = (compute(devs, with_fib=False), {d.file: d.name for d in devs})
        dp, names = cache[group]
        name = names.get(cfg.name)
        if name is None:
            continue
        shown = {(r["prefix"], _cls(r["proto"])): r for r in rows if not _ignored(r)}
        mine: dict[tuple[str, str], Any] = {}
        for r in dp.ribs.get((name, "default"), []):
            mine.setdefault((r.prefix, _cls(r.protocol)), r)
        figures["tables"] += 1
        if dp.status[name].status == "ok":
            figures["tables_ok_devices"] += 1
        figures["shown"] += len(shown)
        figures["computed"] += len(mine)
        both = set(shown) & set(mine)
        figures["matched"] += len(both)
        figures["exact"] += sum(
            1
            for k in both
            if shown[k]["pre"] == mine[k].admin_distance and shown[k]["cost"] == mine[k].metric
        )
        if set(shown) == set(mine):
            figures["identical_tables"] += 1
        if dp.status[name].status == "ok":
            figures["shown_ok_devices"] += len(shown)
            figures["matched_ok_devices"] += len(both)
    return dict(figures)


def test_huawei_manual_routing_tables(corpus: Path) -> None:
    fig = cross_check(corpus)
    if not fig.get("tables"):
        pytest.skip("no Huawei routing-table examples in the corpus")
    print(fig)
    # Floors measured when this test was written (see docs/performance.md); regressions fail.
    assert fig["matched"] / fig["shown"] >= 0.62
    assert fig["exact"] / max(1, fig["matched"]) >= 0.92
