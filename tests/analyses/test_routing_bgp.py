"""BGP unit tests: best-path tie-breakers one by one, and oscillation detection."""

from __future__ import annotations

import sys
from pathlib import Path as FsPath
from typing import Any

import msgspec
import pytest

from untapped.analyses.routing import compute
from untapped.analyses.routing.bgp_path import Path, best
from untapped.collect.files import Artifact
from untapped.dialects import get
from untapped.model.device import Device

KEY = (4, 0x0A000000, 24)


def path(**kw: object) -> Path:
    p = Path(KEY)
    p.as_path = (65001,)
    p.next_hop = (4, 1)
    for k, v in kw.items():
        setattr(p, k, v)
    return p


def winner(*paths: Path, **kw: object) -> Path:
    return best(list(paths), **kw)[0]  # type: ignore[arg-type]


def test_weight_beats_local_pref() -> None:
    a = path(weight=100, local_pref=100)
    b = path(weight=0, local_pref=500)
    assert winner(a, b) is a


def test_local_pref_beats_as_path_length() -> None:
    a = path(local_pref=200, as_path=(1, 2, 3, 4))
    b = path(local_pref=100, as_path=(1,))
    assert winner(a, b) is a


def test_locally_originated_beats_learned() -> None:
    a = path(local=True, as_path=())
    b = path(as_path=())
    assert winner(b, a) is a


def test_shorter_as_path_then_origin() -> None:
    a = path(as_path=(1, 2))
    b = path(as_path=(3,))
    assert winner(a, b) is b
    c = path(as_path=(3,), origin=2)
    d = path(as_path=(4,), origin=0)
    assert winner(c, d) is d


def test_med_only_between_paths_from_the_same_neighbour_as() -> None:
    a = path(as_path=(1, 9), med=50, peer_ip=1)
    b = path(as_path=(1, 9), med=10, peer_ip=2)
    assert winner(a, b) is b  # same neighbour AS: lower MED
    c = path(as_path=(2, 9), med=50, peer_ip=1)
    d = path(as_path=(3, 9), med=10, peer_ip=2)
    assert winner(c, d) is c  # different neighbour AS: MED ignored, lowest neighbour address
    assert winner(c, d, always_compare_med=True) is d


def test_ebgp_over_ibgp_then_igp_metric_then_router_id() -> None:
    a = path(ebgp=False, peer_rid=1)
    b = path(ebgp=True, peer_rid=9)
    assert winner(a, b) is b
    c = path(igp_metric=20, peer_rid=1)
    d = path(igp_metric=10, peer_rid=9)
    assert winner(c, d) is d
    e = path(peer_rid=5, peer_ip=1)
    f = path(peer_rid=3, peer_ip=9)
    assert winner(e, f) is f
    g = path(originator=7, peer_rid=1)
    h = path(originator=2, peer_rid=8)
    assert winner(g, h) is h  # reflected: the originator id counts


def test_multipath_needs_equal_paths() -> None:
    a = path(ebgp=True, peer_ip=1)
    b = path(ebgp=True, peer_ip=2)
    c = path(ebgp=True, peer_ip=3, as_path=(65002,))
    got = best([a, b, c], multipath=4)
    assert got[0] is a and b in got and c not in got
    assert best([a, b], multipath=1) == [a]


def _dev(text: str, name: str) -> Device:
    return get("cisco_ios").parse(Artifact(name, text)).device


def _bad_gadget() -> list[Device]:
    """Griffin's BAD GADGET: d originates P; a, b, c each prefer the path through their
    clockwise neighbour over the direct one and refuse everything else. No stable state."""
    asn = {"a": 1, "b": 2, "c": 3, "d": 100}
    nxt = {"a": "b", "b": "c", "c": "a"}
    links = {("a", "d"): 1, ("b", "d"): 2, ("c", "d"): 3, ("a", "b"): 4, ("b", "c"): 5}
    links[("a", "c")] = 6
    cfg: dict[str, list[str]] = {n: [f"hostname {n}"] for n in asn}
    bgp: dict[str, list[str]] = {n: [f"router bgp {asn[n]}"] for n in asn}
    extra: dict[str, list[str]] = {n: [] for n in asn}
    for (x, y), k in links.items():
        for me, other, host in ((x, y, 1), (y, x, 2)):
            cfg[me] += [
                f"interface GigabitEthernet0/{k}",
                f" ip address 10.0.{k}.{host} 255.255.255.0",
            ]
            peer = f"10.0.{k}.{3 - host}"
            bgp[me].append(f" neighbor {peer} remote-as {asn[other]}")
            if me == "d":
                continue
            if other == nxt[me]:
                bgp[me].append(f" neighbor {peer} route-map PREFER in")
                extra[me] += [
                    f"ip as-path access-list 1 permit ^{asn[other]}_100$",
                    "route-map PREFER permit 10",
                    " match as-path 1",
                    " set local-preference 200",
                ]
            elif other != "d":
                bgp[me].append(f" neighbor {peer} route-map NONE in")
                extra[me] += ["route-map NONE deny 10"]
    cfg["d"] += ["interface Loopback0", " ip address 192.0.2.1 255.255.255.0"]
    bgp["d"].append(" network 192.0.2.0 mask 255.255.255.0")
    return [_dev("\n".join(cfg[n] + bgp[n] + extra[n]) + "\n", f"{n}.cfg") for n in asn]


def test_bad_gadget_oscillation_is_reported_not_looped() -> None:
    dp = compute(_bad_gadget(), max_iterations=10)
    assert dp.converged is False
    bad = [s for s in dp.status.values() if s.status == "not-converged"]
    assert bad and any("oscillates" in n for s in bad for n in s.notes)


def test_good_gadget_converges() -> None:
    devs = _bad_gadget()
    for d in devs:  # remove the preferences: plain shortest AS path, stable
        d.route_maps.clear()
        if d.bgp is not None:
            for nb in d.bgp.neighbors:
                nb.route_map_in = None
    dp = compute(devs)
    assert dp.converged
    rib = {r.prefix: r for r in dp.ribs[("a", "default")]}
    assert rib["192.0.2.0/24"].as_path == (100,)


def _eager_only(monkeypatch: pytest.MonkeyPatch) -> None:
    from untapped.analyses.routing import bgp

    def eager(ctxs: Any, edges: Any, tables: Any) -> Any:
        return bgp._run(ctxs, tables, lazy=False)

    eager.__module__ = bgp.compute.__module__
    monkeypatch.setattr(bgp, "compute", eager)


def _summary(dp: Any) -> tuple[object, ...]:
    ribs = sorted((dv, [msgspec.json.encode(r) for r in rib]) for dv, rib in dp.ribs.items())
    status = sorted((n, s.status, s.notes) for n, s in dp.status.items())
    return ribs, status, dp.iterations, dp.converged


def test_lazy_selection_falls_back_when_an_upstream_oscillates(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """e, an iBGP peer of a (BAD GADGET), only listens: its best path is selected lazily until
    its adj-RIB-in changes too often; then the whole propagation runs eagerly again, and e is
    reported like an eager run reports it. (A low change limit makes e's adj-RIB-in overflow.)"""
    from untapped.analyses.routing import bgp

    monkeypatch.setattr(bgp, "MAX_CHANGES", 2)
    runs: list[bool] = []
    run = bgp._run

    def counted(ctxs: Any, tables: Any, lazy: bool) -> Any:
        got = run(ctxs, tables, lazy)
        runs.append(got is None)
        return got

    monkeypatch.setattr(bgp, "_run", counted)
    devs = _bad_gadget()
    a = next(d for d in devs if d.name == "a")
    e_lines = ["hostname e"]
    a_lines: list[str] = []
    a_bgp = ["router bgp 1"]
    e_bgp = ["router bgp 1"]
    for k in (7, 8):  # two sessions between a and e: two adj-RIB-in changes per change of a
        e_lines += [f"interface GigabitEthernet0/{k}", f" ip address 10.0.{k}.2 255.255.255.0"]
        a_lines += [f"interface GigabitEthernet0/{k}", f" ip address 10.0.{k}.1 255.255.255.0"]
        e_bgp.append(f" neighbor 10.0.{k}.1 remote-as 1")
        a_bgp += [f" neighbor 10.0.{k}.2 remote-as 1", f" neighbor 10.0.{k}.2 next-hop-self"]
    e = _dev("\n".join(e_lines + e_bgp) + "\n", "e.cfg")
    a2 = _dev("\n".join(a_lines + a_bgp) + "\n", "a2.cfg")
    a.interfaces.update(a2.interfaces)
    assert a.bgp is not None and a2.bgp is not None
    a.bgp.neighbors.extend(a2.bgp.neighbors)
    lazy = compute([*devs, e], max_iterations=10)
    assert True in runs  # the lazy run gave up at least once
    assert [r.prefix for r in lazy.ribs[("e", "default")] if r.protocol == "ibgp"]
    monkeypatch.setattr(bgp, "_run", run)
    _eager_only(monkeypatch)
    eager = compute([*devs, e], max_iterations=10)
    assert _summary(lazy) == _summary(eager)


def test_lazy_selection_gives_the_eager_result(monkeypatch: pytest.MonkeyPatch) -> None:
    sys.path.insert(0, str(FsPath(__file__).resolve().parents[2] / "benchmarks"))
    from routing_bench import fabric

    devs = [_dev(text, name) for name, text in sorted(fabric(40, 4).items())]
    lazy = compute(devs)
    _eager_only(monkeypatch)
    eager = compute(devs)
    assert _summary(lazy) == _summary(eager)
    assert sum(len(r) for r in lazy.ribs.values()) > 1000
