"""Explainable severity: every rule has a rating whose table severity is the rule's default, and
exposure (no ACL, any source, sources outside the owner's networks) raises it."""

from __future__ import annotations

import ipaddress
from pathlib import Path

from untapped.pipeline import audit
from untapped.policy import Policy
from untapped.rules.catalog import catalog, get_rule
from untapped.rules.rating import EASES, EXPOSURES, FIXES, IMPACTS, derive, rate


def test_every_rule_is_rated_consistently() -> None:
    for r in catalog().values():
        g = r.rating
        assert g is not None, r.id
        assert g.impact in IMPACTS and g.ease in EASES and g.fix in FIXES, r.id
        assert derive(g.impact, g.ease) == r.severity, r.id
        assert set(g.exposure) <= set(EXPOSURES), r.id


def test_exposure_raises_and_analysis_severity_stands() -> None:
    r = get_rule("MGMT-008")
    assert rate(r, "medium")[0] == "medium"
    sev, imp = rate(r, "medium", ("no-acl",))
    assert sev == "high" and imp.exposure == ("no-acl",) and derive(imp.impact, imp.ease) == sev
    # the analysis judged it (e.g. trust of a channel): severity stands, the rating explains it
    sev, imp = rate(get_rule("EXF-008"), "low")
    assert sev == "low" and derive(imp.impact, imp.ease) == "low"


BASE = """hostname r1
interface GigabitEthernet0/0
 ip address 10.1.1.1 255.255.255.0
ip access-list standard SNMP-IN
 permit 10.1.1.0 0.0.0.255
ip access-list standard SNMP-OUT
 permit 203.0.113.0 0.0.0.255
snmp-server community Qx7-nw2 RO {acl}
end
"""


def _mgmt008(tmp_path: Path, acl: str) -> tuple[str, tuple[str, ...]]:
    d = tmp_path / (acl or "none")
    d.mkdir()
    (d / "r1.cfg").write_text(BASE.format(acl=acl))
    res = audit(d, Policy(owner_networks=[ipaddress.ip_network("10.0.0.0/8")]), jobs=1)
    [f] = [f for f in res.findings if f.rule == "MGMT-008"]
    assert f.rating is not None
    return f.severity, f.rating.exposure


def test_same_community_worse_when_exposed(tmp_path: Path) -> None:
    assert _mgmt008(tmp_path, "SNMP-IN") == ("medium", ())
    assert _mgmt008(tmp_path, "SNMP-OUT") == ("high", ("outside-owner",))
    assert _mgmt008(tmp_path, "") == ("high", ("no-acl",))


def test_waivers_apply_to_hardening_findings(tmp_path: Path) -> None:
    import datetime as dt

    d = tmp_path / "w"
    d.mkdir()
    (d / "r1.cfg").write_text(BASE.format(acl="SNMP-IN"))
    (d / "untapped.toml").write_text(
        '[[waiver]]\nrule = "LOG-007"\ndevice = "r1"\nreason = "lab"\nexpires = 2999-12-31\n'
        '[[waiver]]\nrule = "LOG-008"\ndevice = "r1"\nreason = "old"\nexpires = 2001-01-01\n'
    )
    res = audit(d, jobs=1, today=dt.date(2026, 11, 27))
    assert [f.rule for f in res.waived] == ["LOG-007"]
    assert "LOG-007" not in {f.rule for f in res.findings}
    assert {"LOG-008", "POL-001"} <= {f.rule for f in res.findings}
