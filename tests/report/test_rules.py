"""The rule catalog: every rule an analysis raises is catalogued and implemented, curated rules
have readable titles, rationale, remediation and frameworks, and `untapped rules` renders it
(rules-v1 as contract §4)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest

from untapped import dialects
from untapped.analyses.hardening import CHECKS
from untapped.report import rules_report
from untapped.rules.catalog import FRAMEWORKS, catalog, evaluated_dialects, get_rule

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "src" / "untapped"
RULE_ID = re.compile(r"[\"']((?:TAP|EXF|MGMT|AAA|CRY|LOG|CP|HYG|POL|REF|ACL|RTE)-\d{3})[\"']")
DIALECTS = (
    "cisco_ios", "cisco_nxos", "cisco_iosxr", "cisco_asa", "arista_eos", "juniper_junos",
    "huawei_vrp", "h3c_comware", "frr",
)  # fmt: skip


def raised_ids() -> set[str]:
    ids: set[str] = set()
    for path in [*(SRC / "analyses").rglob("*.py"), SRC / "pipeline.py"]:
        ids.update(RULE_ID.findall(path.read_text(encoding="utf-8")))
    ids.update(CHECKS)  # hardening checks said as data in the catalog
    return ids


def curated_ids() -> list[str]:
    """The rules the taps analysis raises, and the TAP/EXF family: curated in catalog.toml."""
    cat = catalog()
    fam = [r for r in cat if r.startswith(("TAP-", "EXF-"))]
    return sorted({*fam, "MGMT-005", "MGMT-006", "MGMT-007", "CRY-007", "CRY-009", "HYG-002"})


def test_every_raised_rule_is_catalogued_and_implemented() -> None:
    ids = raised_ids()
    assert len(ids) > 30
    cat = catalog()
    missing = sorted(ids - set(cat))
    assert not missing, f"raised but not in catalog.toml: {missing}"
    not_impl = sorted(i for i in ids if not cat[i].implemented)
    assert not not_impl, f"raised but not marked implemented: {not_impl}"


def test_implemented_rules_are_raised_somewhere() -> None:
    ids = raised_ids()
    stale = sorted(r.id for r in catalog().values() if r.implemented and r.id not in ids)
    assert not stale, f"marked implemented but no analysis raises them: {stale}"


def test_catalog_shape() -> None:
    cat = catalog()
    assert len(cat) >= 118
    features = set(dialects.FEATURES)
    for r in cat.values():
        assert re.fullmatch(r"[A-Z]+-\d{3}", r.id)
        assert set(r.frameworks) <= set(FRAMEWORKS), r.id
        assert set(r.needs) <= features, (r.id, r.needs)
        assert set(r.intended) <= set(DIALECTS), r.id
        assert set(r.remediation) <= {*DIALECTS, "any"}, r.id


@pytest.mark.parametrize("rule_id", curated_ids())
def test_curated_rule(rule_id: str) -> None:
    r = get_rule(rule_id)
    assert "Ext" not in r.title.split(), r.title
    assert r.title[0].isupper(), r.title
    assert 30 <= len(r.rationale) <= 400, r.rationale
    assert r.rationale.count(". ") <= 2, "1-3 sentences"
    if r.implemented:
        assert r.needs, "an implemented rule says which features it reads"
    if "cisco_ios" in r.intended:
        assert r.fix_for("cisco_ios"), "remediation for cisco_ios"
    if r.id not in ("TAP-016", "TAP-023", "EXF-020", "EXF-022"):  # no configuration to undo
        assert r.remediation, "remediation for at least one dialect"


def test_frameworks_from_rules_md() -> None:
    assert get_rule("MGMT-007").frameworks == {"cis": ("1.5.5",)}
    assert get_rule("EXF-008").frameworks["stig"] == ("V-220139",)
    assert get_rule("EXF-010").frameworks["stig"] == ("V-215854",)
    assert get_rule("TAP-024").frameworks["cis"] == ("1.5.4",)


def test_evaluated_dialects_follow_features() -> None:
    # implemented rules are evaluated where the dialect declares the needed features
    for r in catalog().values():
        got = evaluated_dialects(r)
        if not r.implemented:
            assert got == ()
            continue
        for name in dialects.names():
            feats = set(dialects.get(name).features)
            scoped = r.scope == "any" or name in r.intended
            scoped = scoped and (not r.filled_by or name in r.filled_by)
            assert (name in got) == (set(r.needs).issubset(feats) and scoped), (r.id, name)
    assert "cisco_ios" in evaluated_dialects(get_rule("TAP-003"))
    assert evaluated_dialects(get_rule("HYG-001")) == ()  # not implemented: evaluated nowhere


def test_rules_json_is_rules_v1() -> None:
    doc = json.loads(rules_report.render(None, "json"))
    schema = json.loads((ROOT / "docs" / "schemas" / "rules-v1.json").read_text("utf-8"))
    jsonschema.Draft202012Validator(schema).validate(doc)
    assert doc["schema"] == "untapped/rules-v1"
    by = {r["id"]: r for r in doc["rules"]}
    assert list(by["TAP-003"]) == ["id", "title", "category", "severity", "dialects", "frameworks"]
    assert by["TAP-003"]["severity"] == "critical"
    assert "cisco_ios" in by["TAP-003"]["dialects"]
    assert by["HYG-001"]["dialects"] == []
    one = json.loads(rules_report.render("tap-003", "json"))
    assert one["rules"] == [by["TAP-003"]]


def test_rules_terminal_list_and_explain() -> None:
    text = rules_report.render(None, "terminal")
    assert "TAP-003" in text and "POL-001" in text
    expl = rules_report.render("EXF-008", "terminal")
    for needle in ("What it checks:", "Why it matters:", "How to fix it:", "cisco_ios:",
                   "no logging host", "juniper_junos:", "Frameworks:", "stig: V-220139",
                   "Sources:"):  # fmt: skip
        assert needle in expl, needle
    with pytest.raises(KeyError):
        rules_report.render("NOPE-001", "terminal")


def test_frameworks_cover_the_sources() -> None:
    """Every STIG V-id and numbered CIS item a rule cites in its sources is in its frameworks."""
    for r in catalog().values():
        for src in r.sources:
            for vid in re.findall(r"V-\d{6}", src):
                if src.startswith(("STIG", "STIG-")):
                    assert vid in r.frameworks.get("stig", ()), (r.id, src)
            m = re.fullmatch(r"CIS (\d+(?:\.\d+)*)", src)
            if m:
                assert m.group(1) in r.frameworks.get("cis", ()), (r.id, src)
            m = re.fullmatch(r"MLPS -(\d\d)", src)
            if m:
                assert f"L3-CES1-{m.group(1)}" in r.frameworks.get("mlps2", ()), (r.id, src)
    assert get_rule("MGMT-001").frameworks == {
        "cis": ("1.2.2",),
        "stig": ("V-215845",),
        "mlps2": ("L3-CES1-03",),
    }
    assert get_rule("MGMT-010").frameworks["cis"] == ("1.2.6", "1.2.7", "1.2.8", "1.2.9")


def test_rules_framework_mlps2_lists_controls_and_rules() -> None:
    from click.testing import CliRunner

    from untapped.cli import main
    from untapped.rules.frameworks import controls_of

    res = CliRunner().invoke(main, ["rules", "--framework", "mlps2"])
    assert res.exit_code == 0, res.output
    controls = controls_of("mlps2")
    assert len(controls) >= 10 and "L3-CES1-03" in controls
    lines = res.output.splitlines()
    for control, rule_ids in controls.items():
        at = lines.index(control)
        listed = []
        for ln in lines[at + 1 :]:
            if not ln.startswith("  "):
                break
            listed.append(ln.split()[0])
        assert listed == rule_ids, control
    assert "MGMT-001" in controls["L3-CES1-03"]
    res = CliRunner().invoke(main, ["rules", "--framework", "mlps2", "--format", "json"])
    doc = json.loads(res.output)
    assert doc["schema"] == "untapped/rules-v1"
    assert all("mlps2" in r["frameworks"] for r in doc["rules"])
