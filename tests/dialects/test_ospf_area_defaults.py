"""Who originates a default route into a stub or NSSA area, as each dialect states it."""

from __future__ import annotations

from untapped.collect.files import Artifact
from untapped.dialects import get
from untapped.model.net import OspfArea


def _areas(dialect: str, text: str) -> dict[str, OspfArea]:
    dev = get(dialect).parse(Artifact("r.cfg", text)).device
    return {aid: a for o in dev.ospf for aid, a in o.areas.items()}


def test_ios_nssa_default_information_originate() -> None:
    a = _areas(
        "cisco_ios",
        "router ospf 1\n area 1 nssa default-information-originate\n area 2 nssa\n"
        " area 3 nssa no-summary\n area 4 stub\n",
    )
    assert (a["1"].kind, a["1"].default_lsa) == ("nssa", True)
    assert (a["2"].kind, a["2"].default_lsa) == ("nssa", None)
    assert (a["3"].kind, a["3"].default_lsa) == ("totally-nssa", None)
    assert (a["4"].kind, a["4"].default_lsa) == ("stub", None)


def test_vrp_nssa_default_route_advertise() -> None:
    a = _areas(
        "huawei_vrp",
        "ospf 1\n area 0.0.0.1\n  nssa default-route-advertise\n area 0.0.0.2\n  nssa\n",
    )
    assert (a["0.0.0.1"].kind, a["0.0.0.1"].default_lsa) == ("nssa", True)
    assert (a["0.0.0.2"].kind, a["0.0.0.2"].default_lsa) == ("nssa", None)


def test_junos_defaults_only_when_configured() -> None:
    a = _areas(
        "juniper_junos",
        "protocols {\n ospf {\n"
        "  area 0.0.0.1 { stub default-metric 10 no-summaries; }\n"
        "  area 0.0.0.2 { stub no-summaries; }\n"
        "  area 0.0.0.3 { nssa { default-lsa { default-metric 7; } no-summaries; } }\n"
        "  area 0.0.0.4 { nssa; }\n"
        " }\n}\n",
    )
    assert (a["0.0.0.1"].kind, a["0.0.0.1"].default_lsa, a["0.0.0.1"].default_cost) == (
        "totally-stub",
        True,
        10,
    )
    assert (a["0.0.0.2"].kind, a["0.0.0.2"].default_lsa) == ("totally-stub", False)
    assert (a["0.0.0.3"].kind, a["0.0.0.3"].default_lsa, a["0.0.0.3"].default_cost) == (
        "totally-nssa",
        True,
        7,
    )
    assert (a["0.0.0.4"].kind, a["0.0.0.4"].default_lsa) == ("nssa", False)


def test_area_ranges_per_dialect() -> None:
    ios = _areas(
        "cisco_ios",
        "router ospf 1\n area 1 range 10.1.0.0 255.255.0.0\n"
        " area 1 range 10.9.0.0 255.255.0.0 not-advertise\n"
        " area 2 range 10.2.0.0 255.255.0.0 advertise cost 40\n",
    )
    assert [(r.prefix, r.advertise, r.cost) for r in ios["1"].ranges] == [
        ("10.1.0.0/16", True, None),
        ("10.9.0.0/16", False, None),
    ]
    assert [(r.prefix, r.advertise, r.cost) for r in ios["2"].ranges] == [("10.2.0.0/16", True, 40)]
    nxos = _areas("cisco_nxos", "feature ospf\nrouter ospf 1\n  area 0.0.0.1 range 10.1.0.0/16\n")
    assert [r.prefix for r in nxos["0.0.0.1"].ranges] == ["10.1.0.0/16"]
    vrp = _areas(
        "huawei_vrp",
        "ospf 1\n area 0.0.0.1\n  abr-summary 10.1.0.0 255.255.0.0 cost 30\n"
        "  abr-summary 10.9.0.0 255.255.0.0 not-advertise\n",
    )
    assert [(r.prefix, r.advertise, r.cost) for r in vrp["0.0.0.1"].ranges] == [
        ("10.1.0.0/16", True, 30),
        ("10.9.0.0/16", False, None),
    ]
    junos = _areas(
        "juniper_junos",
        "protocols {\n ospf {\n  area 0.0.0.1 {\n   area-range 10.1.0.0/16 override-metric 50;\n"
        "   area-range 10.9.0.0/16 restrict;\n  }\n }\n}\n",
    )
    assert [(r.prefix, r.advertise, r.cost) for r in junos["0.0.0.1"].ranges] == [
        ("10.1.0.0/16", True, 50),
        ("10.9.0.0/16", False, None),
    ]
