"""`audit --format json` keeps to contract §3 (schema untapped/audit-v1, docs/schemas/)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from untapped.model.results import AuditResult
from untapped.pipeline import audit
from untapped.report import json_report

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT / "docs" / "schemas" / "audit-v1.json").read_text(encoding="utf-8"))
KINDS = {
    "mirror-local", "mirror-rspan", "mirror-erspan", "flow-export", "packet-capture",
    "traffic-export", "lawful-intercept", "syslog", "snmp-trap", "snmp-community", "aaa-server",
    "ntp", "dns", "config-archive", "automation", "tunnel", "ipsec-peer", "policy-redirect",
    "telemetry",
}  # fmt: skip


def check(doc: dict[str, Any]) -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    v = jsonschema.Draft202012Validator(SCHEMA)
    errors = list(v.iter_errors(doc))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:10])


def test_schema_enums_match_the_contract() -> None:
    props = SCHEMA["properties"]
    ch = props["channels"]["items"]["properties"]
    assert set(ch["kind"]["enum"]) == KINDS
    assert set(ch["trust"]["enum"]) == {"trusted", "internal", "external", "local", "unknown"}
    assert SCHEMA["$defs"]["severity"]["enum"] == ["critical", "high", "medium", "low", "info"]


def test_small_audit_document(small: AuditResult) -> None:
    doc = json.loads(json_report.render(small))
    check(doc)
    assert list(doc)[:7] == [
        "schema", "tool", "input", "devices", "channels", "findings", "diagnostics",
    ]  # fmt: skip
    assert doc["schema"] == "untapped/audit-v1"
    assert doc["input"] == "small"
    assert [d["file"] for d in doc["devices"]] == ["access1.cfg", "core1.cfg", "notes.txt"]
    assert doc["devices"][2]["dialect"] == "unknown"
    assert [c["id"] for c in doc["channels"]] == list(range(len(doc["channels"])))
    for f in doc["findings"]:
        if f["channel"] is not None:
            assert doc["channels"][f["channel"]]["device"] == f["device"]
    lines = doc["devices"][0]["lines"]
    assert lines["total"] == lines["recognized"] + lines["unrecognized"] + lines["blank_or_comment"]
    [w] = doc["waived"]
    assert w["rule"] == "EXF-006" and "CHG-1234" in w["reason"]
    assert all(f["rule"] != "EXF-006" for f in doc["findings"])
    assert any(d["kind"] == "unsupported" and d["file"] == "notes.txt" for d in doc["diagnostics"])


def test_single_file_path_gives_base_name(tmp_path: Path) -> None:
    sub = tmp_path / "deep" / "dir"
    sub.mkdir(parents=True)
    cfg = sub / "edge9.cfg"
    cfg.write_text("hostname edge9\nlogging host 198.51.100.7\nend\n")
    doc = json_report.to_dict(audit(cfg, dialect="cisco_ios", jobs=1))
    check(doc)
    assert doc["input"] == str(cfg)
    assert doc["devices"][0]["file"] == "edge9.cfg"
    assert {c["file"] for c in doc["channels"]} == {"edge9.cfg"}
    assert {f["file"] for f in doc["findings"]} == {"edge9.cfg"}


def test_nested_files_are_relative_to_path(tmp_path: Path) -> None:
    (tmp_path / "site" / "a").mkdir(parents=True)
    (tmp_path / "site" / "a" / "r1.cfg").write_text("hostname r1\nlogging host 10.1.1.1\nend\n")
    doc = json_report.to_dict(audit(tmp_path, dialect="cisco_ios", jobs=1))
    check(doc)
    assert doc["devices"][0]["file"] == "site/a/r1.cfg"
    assert doc["channels"][0]["file"] == "site/a/r1.cfg"


def test_waived_absent_when_no_waiver(tmp_path: Path) -> None:
    (tmp_path / "r1.cfg").write_text("hostname r1\nlogging host 10.1.1.1\nend\n")
    doc = json_report.to_dict(audit(tmp_path, dialect="cisco_ios", jobs=1))
    check(doc)
    assert "waived" not in doc


@pytest.mark.parametrize(
    "mutate",
    [
        lambda d: d["channels"][0].update(kind="carrier-pigeon"),
        lambda d: d["channels"][0].update(trust="maybe"),
        lambda d: d["findings"][0].update(severity="severe"),
        lambda d: d["devices"][0].update(file="/abs/r1.cfg"),
        lambda d: d.update(extra=1),
        lambda d: d["findings"][0].pop("channel"),
    ],
)
def test_schema_rejects_bad_shapes(small: AuditResult, mutate: Any) -> None:
    doc = json_report.to_dict(small)
    mutate(doc)
    with pytest.raises(AssertionError):
        check(doc)
