"""untapped.toml: unknown keys and malformed values are input errors naming file, line and key;
report.salt sets the redaction salt (UNTAPPED_SALT still wins)."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import ipaddress
from collections.abc import Iterator
from pathlib import Path

import pytest

from untapped import redact
from untapped.errors import InputError, PolicyError
from untapped.pipeline import audit
from untapped.policy import load_policy, parse_policy

GOOD = """\
[owner]
networks = ["10.0.0.0/8", "2001:db8::/32"]

[trusted]
collectors    = ["10.9.0.10"]
log_hosts     = ["10.9.0.20", "syslog.example.net"]
snmp_managers = ["10.9.0.30"]
aaa_servers   = ["10.9.0.40", "10.9.0.41"]
ntp_servers   = ["10.9.0.50"]
dns_servers   = ["10.9.0.53"]
archive_hosts = ["10.9.0.60"]
tunnel_peers  = ["203.0.113.9"]
mirror_ports  = ["leaf1:Ethernet48"]

[report]
salt = "team-salt"

[[waiver]]
rule = "MGMT-012"
device = "lab-*"
reason = "lab devices have no banner"
expires = 2027-06-30

[[waiver]]
rule = "TAP-*"
reason = "lab mirror ports"
"""


def test_contract_example_parses() -> None:
    p = parse_policy(GOOD, "untapped.toml")
    assert p.owner_networks == [
        ipaddress.ip_network("10.0.0.0/8"),
        ipaddress.ip_network("2001:db8::/32"),
    ]
    assert [e.text for e in p.trusted["log_hosts"]] == ["10.9.0.20", "syslog.example.net"]
    assert p.trusted_for("mirror-erspan")[0].text == "10.9.0.10"
    assert p.salt == "team-salt"
    w1, w2 = p.waivers
    assert (w1.rule, w1.device, w1.expires, w1.line) == (
        "MGMT-012",
        "lab-*",
        dt.date(2027, 6, 30),
        18,
    )
    assert w2.device == "*" and w2.expires is None and w2.line == 24
    assert p.waiver_for("MGMT-012", "lab-3") is w1
    assert p.waiver_for("TAP-003", "core1") is w2
    assert p.waiver_for("EXF-008", "core1") is None
    assert w1.expired(dt.date(2027, 7, 1)) and not w1.expired(dt.date(2027, 6, 30))


def _err(text: str) -> PolicyError:
    with pytest.raises(PolicyError) as info:
        parse_policy(text, "site/untapped.toml")
    assert info.value.exit_code == 3
    assert isinstance(info.value, InputError)
    return info.value


BAD = [
    # (policy text, line, key, words in the message)
    ('[trusted]\ncolectors = ["10.9.0.10"]\n', 2, "trusted.colectors", "unknown key"),
    ('[owner]\nnetworks = ["10.0.0.0/8"]\n\n[onwer]\nx = 1\n', 4, "onwer", "unknown key"),
    ('[owner]\nnetwork = ["10.0.0.0/8"]\n', 2, "owner.network", "unknown key"),
    ('[owner]\nnetworks = ["10.0.0.0/33"]\n', 2, "owner.networks", "not an IP address"),
    ('[owner]\nnetworks = ["ten.0.0.0/8"]\n', 2, "owner.networks", "not an IP address"),
    ("[owner]\nnetworks = [10]\n", 2, "owner.networks", "as a string"),
    ('[owner]\nnetworks = "10.0.0.0/8"\n', 2, "owner.networks", "list"),
    ('\n[trusted]\nlog_hosts = ["10.0.0.300"]\n', 3, "trusted.log_hosts", "not an address"),
    ('[trusted]\nlog_hosts = ["bad host!"]\n', 2, "trusted.log_hosts", "not an address"),
    ("[trusted]\nlog_hosts = [1]\n", 2, "trusted.log_hosts", "strings"),
    ('[trusted]\nlog_hosts = "10.1.1.1"\n', 2, "trusted.log_hosts", "list"),
    ('[trusted]\nmirror_ports = ["Ethernet48"]\n', 2, "trusted.mirror_ports", "device:interface"),
    (
        '[[waiver]]\nrule = "EXF-008"\ndevice = "r1"\nexpires = 2027-01-01\n',
        1,
        "waiver.reason",
        "needs a reason",
    ),
    (
        '[[waiver]]\nrule = "EXF-008"\nreason = "   "\n',
        3,
        "waiver.reason",
        "needs a reason",
    ),
    (
        '[[waiver]]\nrule = "EXF-008"\nreason = "ok"\n\n[[waiver]]\nrule = "EXF-009"\n'
        'reason = "ok"\nexpires = "soon"\n',
        8,
        "waiver.expires",
        "expected a date",
    ),
    (
        '[[waiver]]\nrule = "EXF-008"\nreason = "ok"\nexpires = "2027-06-30"\n',
        4,
        "waiver.expires",
        "got '2027-06-30' (a TOML date is written without quotes)",
    ),
    (
        '[[waiver]]\nrule = "EXF-008"\nreason = "ok"\nexpires = 2027-06-30T10:00:00\n',
        4,
        "waiver.expires",
        "expected a date",
    ),
    ('[[waiver]]\nrule = "exf8"\nreason = "ok"\n', 2, "waiver.rule", "rule id"),
    ('[[waiver]]\nrule = "EXF-999"\nreason = "ok"\n', 2, "waiver.rule", "no rule EXF-999"),
    ('[[waiver]]\nrule = "EXF-008"\nreason = "ok"\nowner = "me"\n', 4, "waiver.owner", "unknown"),
    ('[[waiver]]\nrule = "EXF-008"\nreason = "ok"\ndevice = ""\n', 4, "waiver.device", "device"),
    ("[report]\nsalt = 42\n", 2, "report.salt", "non-empty string"),
    ('[report]\nsalt = "x"\ncolor = true\n', 3, "report.color", "unknown key"),
]


@pytest.mark.parametrize(("text", "line", "key", "words"), BAD)
def test_malformed_policy_names_file_line_key(text: str, line: int, key: str, words: str) -> None:
    e = _err(text)
    assert (e.file, e.line, e.key) == ("site/untapped.toml", line, key), str(e)
    assert words in e.problem
    assert str(e).startswith(f"site/untapped.toml:{line}: key '{key}': ")


def test_invalid_toml_names_the_line() -> None:
    e = _err('[owner]\nnetworks = ["10.0.0.0/8",,]\n')
    assert e.line == 2
    assert "not valid TOML" in e.problem
    e = _err('[owner]\nnetworks = ["10.0.0.0/8"\n\n')  # error at the end of the document
    assert e.line == 3
    e = _err("[[waiver]]\nexpires = 2027-13-01\n")
    assert e.line == 2


def test_load_policy_errors(tmp_path: Path) -> None:
    with pytest.raises(PolicyError, match="cannot read policy"):
        load_policy(tmp_path / "missing.toml")
    bad = tmp_path / "gbk.toml"
    bad.write_bytes("[owner]\n# 网络\nnetworks = []\n".encode("gbk"))
    with pytest.raises(PolicyError, match="not UTF-8"):
        load_policy(bad)
    good = tmp_path / "ok.toml"
    good.write_text(GOOD)
    assert load_policy(good).file == str(good)


# ---- report.salt ---------------------------------------------------------------------------------
@pytest.fixture
def no_env_salt(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv("UNTAPPED_SALT", raising=False)
    redact.use_salt(None)
    redact.salt.cache_clear()
    yield
    redact.use_salt(None)
    redact.salt.cache_clear()


def _tok(salt: str, value: str) -> str:
    return (
        "<redacted:" + hmac.new(salt.encode(), value.encode(), hashlib.sha256).hexdigest()[:8] + ">"
    )


def test_policy_salt_sets_tokens(no_env_salt: None) -> None:
    redact.use_salt("team-salt")
    assert redact.token("hunter2") == _tok("team-salt", "hunter2")
    redact.use_salt("other")
    assert redact.token("hunter2") == _tok("other", "hunter2")


def test_env_salt_wins_over_policy(no_env_salt: None, monkeypatch: pytest.MonkeyPatch) -> None:
    redact.use_salt("team-salt")
    monkeypatch.setenv("UNTAPPED_SALT", "ci-salt")
    redact.salt.cache_clear()
    assert redact.token("hunter2") == _tok("ci-salt", "hunter2")


def test_audit_uses_report_salt(no_env_salt: None, tmp_path: Path) -> None:
    cfg = tmp_path / "r1.cfg"
    cfg.write_text(
        "version 15.2\nhostname r1\nfrobnicate password hunter2\nlogging host 10.1.1.1\nend\n"
    )
    (tmp_path / "untapped.toml").write_text('[report]\nsalt = "team-salt"\n')
    result = audit(tmp_path, dialect="cisco_ios", jobs=1)
    texts = " ".join(d.text for d in result.diagnostics)
    assert "hunter2" not in texts
    assert _tok("team-salt", "hunter2") in texts
    # without the policy salt, another salt (the per-user one) is used
    (tmp_path / "untapped.toml").write_text("[owner]\n")
    result = audit(tmp_path, dialect="cisco_ios", jobs=1)
    texts = " ".join(d.text for d in result.diagnostics)
    assert "hunter2" not in texts and _tok("team-salt", "hunter2") not in texts


def test_owner_sensitive_subnets() -> None:
    from untapped.policy import parse_policy

    pol = parse_policy('[owner]\nnetworks = ["10.0.0.0/8"]\nsensitive = ["10.20.0.0/16"]\n')
    assert [str(n) for n in pol.sensitive] == ["10.20.0.0/16"]


def test_owner_sensitive_malformed() -> None:
    import pytest

    from untapped.errors import PolicyError
    from untapped.policy import parse_policy

    with pytest.raises(PolicyError) as exc:
        parse_policy('[owner]\n\nsensitive = ["10.20.0.0/33"]\n', "p.toml")
    assert str(exc.value).startswith("p.toml:3: key 'owner.sensitive'")
    with pytest.raises(PolicyError):
        parse_policy('[owner]\nsensitive = "10.20.0.0/16"\n')
