"""CLI commands of the control plane: `untapped routes` (contract §4, schema untapped/routes-v1)
and `untapped topology` (schema untapped/topology-v1)."""

from __future__ import annotations

from typing import Any

import click
import msgspec

from untapped.cli_common import document as _document

ROUTES_SCHEMA = "untapped/routes-v1"
TOPOLOGY_SCHEMA = "untapped/topology-v1"


def compute_path(
    path: str, dialect: str | None = None, layer1: str | None = None, jobs: int | None = None
) -> Any:
    """Load every configuration under `path` and compute its data plane."""
    from untapped.analyses.routing import compute, load_layer1
    from untapped.snapshot import load_devices

    devices, diags = load_devices(path, dialect=dialect, jobs=jobs)
    l1 = load_layer1(layer1) if layer1 else None
    dp = compute(devices, l1, with_fib=False)
    from untapped.analyses.routing import DeviceStatus

    for d in diags:  # files no dialect parsed: their routes are unknown
        if d.file not in dp.status:
            dp.status[d.file] = DeviceStatus(d.file, "unknown-dialect", notes=[d.text])
    return dp


def routes_document(
    path: str,
    device: str | None = None,
    vrf: str | None = None,
    protocol: str | None = None,
    dialect: str | None = None,
    layer1: str | None = None,
    jobs: int | None = None,
) -> dict[str, Any]:
    dp = compute_path(path, dialect, layer1, jobs)
    routes: list[dict[str, Any]] = []
    for (dev, v), rib in sorted(dp.ribs.items()):
        if (device is not None and dev != device) or (vrf is not None and v != vrf):
            continue
        for r in rib:
            if protocol is not None and r.protocol != protocol:
                continue
            routes.append(
                {
                    "device": r.device,
                    "vrf": r.vrf,
                    "prefix": r.prefix,
                    "protocol": r.protocol,
                    "next_hop_ip": r.next_hop_ip,
                    "next_hop_interface": r.next_hop_interface,
                    "admin_distance": r.admin_distance,
                    "metric": r.metric,
                }
            )
    devices = [
        {
            "name": st.device,
            "status": st.status,
            "unsupported": list(st.unsupported),
            "notes": list(st.notes),
        }
        for st in sorted(dp.status.values(), key=lambda s: s.device)
        if device is None or st.device == device
    ]
    return {
        "schema": ROUTES_SCHEMA,
        "routes": routes,
        "devices": devices,
        "converged": dp.converged,
    }


def topology_document(
    path: str, dialect: str | None = None, layer1: str | None = None, jobs: int | None = None
) -> dict[str, Any]:
    from untapped.analyses.routing import infer_edges, load_layer1
    from untapped.snapshot import load_devices

    devices, _ = load_devices(path, dialect=dialect, jobs=jobs)
    l1 = load_layer1(layer1) if layer1 else None
    edges = infer_edges(devices, l1)
    return {"schema": TOPOLOGY_SCHEMA, "edges": [msgspec.to_builtins(e) for e in edges]}


def register(main: click.Group) -> None:
    @main.command("routes")
    @click.argument("path", type=click.Path(path_type=str))
    @click.option("--device", default=None, help="Only this device.")
    @click.option("--vrf", default=None, help="Only this VRF ('default': the global table).")
    @click.option("--protocol", default=None, help="Only routes of this protocol (ospf, bgp...).")
    @click.option("--format", "fmt", type=click.Choice(("terminal", "json")), default="terminal")
    @click.option("--dialect", default=None, help="Force a dialect instead of detecting it.")
    @click.option(
        "--layer1", default=None, type=click.Path(path_type=str), help="Layer-1 cabling file."
    )
    @click.option("--jobs", "-j", type=int, default=None, help="Worker processes.")
    def routes(
        path: str,
        device: str | None,
        vrf: str | None,
        protocol: str | None,
        fmt: str,
        dialect: str | None,
        layer1: str | None,
        jobs: int | None,
    ) -> None:
        """The main RIB of every device and VRF, computed from the configurations."""
        doc = _document(
            lambda: routes_document(path, device, vrf, protocol, dialect, layer1, jobs), fmt
        )
        if doc is None:
            return
        click.echo(_terminal_routes(doc), nl=False)

    @main.command("topology")
    @click.argument("path", type=click.Path(path_type=str))
    @click.option("--format", "fmt", type=click.Choice(("terminal", "json")), default="terminal")
    @click.option("--dialect", default=None, help="Force a dialect instead of detecting it.")
    @click.option(
        "--layer1", default=None, type=click.Path(path_type=str), help="Layer-1 cabling file."
    )
    def topology(path: str, fmt: str, dialect: str | None, layer1: str | None) -> None:
        """Layer-3 adjacencies: interfaces that share a subnet (or the layer-1 file's links)."""
        doc = _document(lambda: topology_document(path, dialect, layer1), fmt)
        if doc is None:
            return
        click.echo(f"Layer-3 edges: {len(doc['edges'])}")
        for e in doc["edges"]:
            click.echo(
                f"  {e['device1']}:{e['interface1']} ({e['address1']}) <-> "
                f"{e['device2']}:{e['interface2']} ({e['address2']})  {e['subnet']}"
            )


def _terminal_routes(doc: dict[str, Any]) -> str:
    out: list[str] = []
    current = None
    for r in doc["routes"]:
        if (r["device"], r["vrf"]) != current:
            current = (r["device"], r["vrf"])
            out.append(f"{r['device']} vrf {r['vrf']}:")
        via = []
        if r["next_hop_ip"]:
            via.append(f"via {r['next_hop_ip']}")
        if r["next_hop_interface"]:
            via.append(r["next_hop_interface"])
        out.append(
            f"  {r['prefix']:<20} {r['protocol']:<9} [{r['admin_distance']}/{r['metric']}] "
            + ", ".join(via)
        )
    bad = [d for d in doc.get("devices", []) if d["status"] != "ok"]
    for d in bad:
        why = "; ".join(d["unsupported"] + d["notes"])
        out.append(f"! {d['name']}: {d['status']}: {why}")
    if not doc.get("converged", True):
        out.append("! the computation did not converge: routes of marked devices are unknown")
    return "\n".join(out) + "\n"
