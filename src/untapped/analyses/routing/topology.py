"""Layer-3 topology: interfaces that share a subnet (inferred), optionally restricted to the
interfaces a layer-1 file says are cabled together.

Layer-1 file: one link per line, `device,interface,device,interface` (commas, tabs or spaces;
`#` comments), or a JSON document `{"edges": [{"node1": {"hostname": D, "interfaceName": I},
"node2": {...}}]}` (the shape of Batfish's layer1_topology.json) or a JSON list of 4-lists.
When a layer-1 file is given, an inferred edge is kept only when both interfaces appear in it and
are cabled to each other (directly), so that duplicated subnets in different sites do not join.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path

from untapped.analyses.routing.addr import (
    address_text,
    network_of,
    parse_interface_address,
    prefix_text,
)
from untapped.analyses.routing.model import L3Edge
from untapped.errors import InputError
from untapped.model.device import Device

Layer1 = list[tuple[str, str, str, str]]

_SPLIT = re.compile(r"[,\t ]+")


def load_layer1(path: str | Path) -> Layer1:
    """Read a layer-1 file (see the module doc). Raises InputError on a malformed file."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot read layer-1 file {path}: {exc.strerror or exc}") from exc
    stripped = text.lstrip()
    out: Layer1 = []
    if stripped.startswith(("{", "[")):
        try:
            doc = json.loads(text)
        except ValueError as exc:
            raise InputError(f"{path}: not valid JSON: {exc}") from exc
        items = doc.get("edges", []) if isinstance(doc, dict) else doc
        for n, item in enumerate(items, 1):
            try:
                if isinstance(item, dict):
                    a, b = item["node1"], item["node2"]
                    out.append(
                        (
                            str(a["hostname"]),
                            str(a["interfaceName"]),
                            str(b["hostname"]),
                            str(b["interfaceName"]),
                        )
                    )
                else:
                    d1, i1, d2, i2 = (str(x) for x in item)
                    out.append((d1, i1, d2, i2))
            except (KeyError, TypeError, ValueError) as exc:
                msg = f"{path}: edge {n} is not device,interface,device,interface"
                raise InputError(msg) from exc
        return out
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        parts = [x for x in _SPLIT.split(line) if x]
        if len(parts) != 4:
            raise InputError(f"{path} line {n}: expected device,interface,device,interface")
        out.append((parts[0], parts[1], parts[2], parts[3]))
    return out


def _norm(name: str) -> str:
    return name.lower()


def infer_edges(devices: list[Device], layer1: Layer1 | None = None) -> list[L3Edge]:
    """Every pair of up interfaces (on different devices or the same) sharing an IPv4 or IPv6
    subnet (host routes /32 and /128 excluded)."""
    by_subnet: dict[tuple[int, int, int], list[tuple[str, str, int]]] = defaultdict(list)
    for dev in devices:
        for itf in dev.interfaces.values():
            if itf.shutdown:
                continue
            for a in (*itf.addresses, *itf.addresses6):
                parsed = parse_interface_address(a.address)
                if parsed is None:
                    continue
                fam, ip, plen = parsed
                if plen >= (32 if fam == 4 else 128):
                    continue
                key = (fam, network_of(fam, ip, plen), plen)
                by_subnet[key].append((dev.name, itf.name, ip))
    cabled: set[tuple[str, str, str, str]] | None = None
    if layer1 is not None:
        cabled = set()
        for d1, i1, d2, i2 in layer1:
            cabled.add((d1, _norm(i1), d2, _norm(i2)))
            cabled.add((d2, _norm(i2), d1, _norm(i1)))
    edges: list[L3Edge] = []
    for (fam, net, plen), members in sorted(by_subnet.items()):
        if len(members) < 2:
            continue
        subnet = prefix_text(fam, net, plen)
        members.sort()
        for x in range(len(members)):
            d1, i1, a1 = members[x]
            for y in range(x + 1, len(members)):
                d2, i2, a2 = members[y]
                if (d1 == d2 and i1 == i2) or a1 == a2:
                    continue
                if cabled is not None and (d1, _norm(i1), d2, _norm(i2)) not in cabled:
                    continue
                edges.append(
                    L3Edge(
                        d1,
                        i1,
                        address_text(fam, a1),
                        d2,
                        i2,
                        address_text(fam, a2),
                        subnet,
                        "layer1" if cabled is not None else "inferred",
                    )
                )
    return edges
