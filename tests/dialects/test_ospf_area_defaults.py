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
