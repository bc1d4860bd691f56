"""Drift as pure functions: facts from a model, the diff of two AuditResults, the drift rules."""

from __future__ import annotations

from untapped.analyses import drift
from untapped.analyses.drift import Side, diff, is_privileged
from untapped.model.core import LineCounts, Secret, Span
from untapped.model.device import Device
from untapped.model.mgmt import SnmpHost, User
from untapped.model.net import Interface
from untapped.model.results import AuditResult, Channel, DeviceSummary
from untapped.report import diff_report


def _result(channels: list[Channel], facts: dict[str, list[str]] | None = None) -> AuditResult:
    dev = DeviceSummary("r1", "r1.cfg", "cisco_ios", LineCounts(10, 10, 0, 0))
    return AuditResult("x", [dev], channels, [], [], facts={"r1.cfg": facts or {}})


def _ch(kind: str, dest: str | None, trust: str = "internal", i: int = 0, **attrs: str) -> Channel:
    return Channel(i, "r1", "r1.cfg", 5, kind, dest, None, None, trust, dict(attrs))  # type: ignore[arg-type]


def _side(result: AuditResult, sha: str = "a") -> Side:
    return Side("s", "snapshot", result, {"r1.cfg": sha})


def test_no_change_is_empty() -> None:
    r = _result([_ch("syslog", "10.0.0.1")], {"user": ["admin\tprivilege=15 role= secret=x"]})
    d = diff(_side(r), _side(r))
    assert d.empty and d.drift == []
    assert "No change." in diff_report.render_diff_text(d)


def test_interception_added_external_is_raised() -> None:
    old = _result([])
    new = _result([_ch("mirror-erspan", "192.0.2.7", "external"), _ch("flow-export", "10.9.0.1")])
    d = diff(_side(old), _side(new, "b"))
    sev = {(f.rule, f.message.split(" ")[1], f.severity) for f in d.drift}
    assert ("TAP-023", "mirror-erspan", "critical") in sev  # catalog high, +1 for external
    assert ("TAP-023", "flow-export", "high") in sev
    assert any(f.rule == "HYG-006" and f.severity == "low" for f in d.drift)
    assert drift.worst(d.drift) == "critical"


def test_changed_channel_same_key() -> None:
    old = _result([_ch("syslog", "10.0.0.1", "trusted", transport="udp")])
    new = _result([_ch("syslog", "10.0.0.1", "trusted", transport="tcp")])
    d = diff(_side(old), _side(new))
    assert len(d.channels_changed) == 1 and d.channels_changed[0].fields == ["attrs"]
    assert [f.rule for f in d.drift if f.rule != "HYG-006"] == ["EXF-022"]
    doc = diff_report.diff_to_dict(d)
    assert doc["management"]["changed"][0]["key"]["destination"] == "10.0.0.1"


def test_channel_lines_moving_is_not_a_change() -> None:
    a = _ch("ntp", "10.0.0.5")
    b = _ch("ntp", "10.0.0.5")
    b.line = 99
    d = diff(_side(_result([a])), _side(_result([b])))
    assert d.empty


def test_privileged_accounts() -> None:
    assert is_privileged("privilege=15 role= secret=x")
    assert is_privileged("privilege= role=network-admin secret=")
    assert is_privileged("privilege= role=super-user secret=")
    assert not is_privileged("privilege=1 role= secret=x")
    old = _result([], {"user": ["ops\tprivilege=1 role= secret=a"]})
    new = _result(
        [],
        {"user": ["ops\tprivilege=15 role= secret=a", "eve\tprivilege=15 role= secret=b"]},
    )
    d = diff(_side(old), _side(new))
    assert [u.key for u in d.users_added] == ["eve"]
    assert [u.name for u in d.users_changed] == ["ops"]
    assert sum(f.rule == "AAA-006" for f in d.drift) == 2  # a new admin, a raised one


def test_acl_and_binding_drift() -> None:
    old = _result([], {"acl": ["IN\tpermit ip 10.0.0.0 0.0.0.255 any"]})
    new = _result(
        [],
        {
            "acl": ["IN\tpermit ip 10.0.0.0 0.0.0.255 any", "IN\tpermit ip host 192.0.2.1 any"],
            "binding": ["Gi0/1\tflow-monitor FM input"],
        },
    )
    d = diff(_side(old), _side(new))
    assert [f.value for f in d.acl_added] == ["permit ip host 192.0.2.1 any"]
    assert any(f.rule == "TAP-023" and "flow-monitor" in f.message for f in d.drift)
    doc = diff_report.diff_to_dict(d)
    assert doc["bindings"]["added"] == [
        {"device": "r1", "interface": "Gi0/1", "binding": "flow-monitor FM input"}
    ]


def test_device_added_and_removed() -> None:
    a = _result([])
    b = AuditResult("x", [DeviceSummary("r2", "r2.cfg", "cisco_ios", LineCounts())], [], [], [])
    d = diff(_side(a), Side("n", "path", b, {"r2.cfg": "z"}))
    assert d.devices_added == ["r2"] and d.devices_removed == ["r1"]
    assert {f.message.split(" since")[0] for f in d.drift} == {"device added", "device removed"}


def test_device_facts_never_hold_secrets() -> None:
    dev = Device("r1", "r1.cfg", "cisco_ios")
    dev.users.append(User("eve", Span("r1.cfg", 2), 15, Secret("TopSecretPw", "plain")))
    dev.snmp.hosts.append(SnmpHost("10.0.0.9", Span("r1.cfg", 3), "2c", community=Secret("C0mm")))
    dev.interfaces["Gi0/1"] = Interface("Gi0/1", Span("r1.cfg", 4), policy_route_map="PBR")
    dev.secret_lines = [2, 3]
    text = "hostname r1\nusername eve privilege 15 password 0 TopSecretPw\nsnmp-server host 10.0.0.9 version 2c C0mm\n"
    facts = drift.device_facts(dev, text)
    flat = repr(facts)
    assert "TopSecretPw" not in flat and "C0mm" not in flat
    assert facts["user"][0].startswith("eve\tprivilege=15")
    assert facts["binding"] == ["Gi0/1\tpolicy-route-map PBR"]
    red = drift.redact_config(text, facts["redacted"])
    assert "TopSecretPw" not in red and "C0mm" not in red and red.startswith("hostname r1\n")
