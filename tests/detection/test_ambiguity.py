"""A narrow detection says so: in the evidence of the device and as a warning diagnostic of the
audit; `--dialect` forcing replaces detection (and its warning) altogether."""

from __future__ import annotations

from pathlib import Path

import pytest

from untapped import detect as det
from untapped.dialects.base import Sniff
from untapped.pipeline import work_on

CONFIG = "hostname core1\n!\ninterface Loopback0\n ip address 192.0.2.1 255.255.255.255\n!\nend\n"


class _Fixed:
    """A real dialect whose sniff is replaced by a fixed score."""

    def __init__(self, name: str, score: float) -> None:
        self.name = name
        self.score = score

    def sniff(self, text: str) -> Sniff:
        return Sniff(self.score, (f"fixed {self.score:g}",))


def _with_scores(monkeypatch: pytest.MonkeyPatch, ios: float, eos: float) -> None:
    fakes = [_Fixed("cisco_ios", ios), _Fixed("arista_eos", eos)]
    monkeypatch.setattr(det, "all_dialects", lambda: fakes)
    monkeypatch.setattr(det, "head_scorer", lambda: None)  # the real dialects' line scorer


def test_narrow_lead_is_ambiguous(monkeypatch: pytest.MonkeyPatch) -> None:
    _with_scores(monkeypatch, 12.0, 11.0 + 0.5)
    found = det.detect(CONFIG)
    assert found.dialect == "cisco_ios"
    assert found.runner_up == "arista_eos"
    assert found.evidence[-1] == "ambiguous: cisco_ios 12 vs arista_eos 11.5; use --dialect"


def test_clear_lead_is_not_ambiguous(monkeypatch: pytest.MonkeyPatch) -> None:
    _with_scores(monkeypatch, 12.0, 11.0)
    found = det.detect(CONFIG)
    assert found.dialect == "cisco_ios"
    assert not [e for e in found.evidence if e.startswith(det.AMBIGUOUS_PREFIX)]


def test_runner_up_without_evidence_is_not_ambiguous(monkeypatch: pytest.MonkeyPatch) -> None:
    _with_scores(monkeypatch, 2.5, 0.0)
    assert not [e for e in det.detect(CONFIG).evidence if e.startswith("ambiguous")]


def test_audit_warns_of_a_narrow_detection(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    cfg = tmp_path / "core1.cfg"
    cfg.write_text(CONFIG)
    _with_scores(monkeypatch, 12.0, 11.5)
    work = work_on(str(cfg), "core1.cfg", None)
    assert work.summary.dialect == "cisco_ios"
    assert "fixed 12" in work.summary.evidence  # why the dialect was chosen
    warnings = [d for d in work.diagnostics if d.kind == "warning"]
    assert [(w.file, w.line, w.text) for w in warnings] == [
        ("core1.cfg", 0, "ambiguous: cisco_ios 12 vs arista_eos 11.5; use --dialect")
    ]


def test_forced_dialect_has_no_ambiguity(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    cfg = tmp_path / "core1.cfg"
    cfg.write_text(CONFIG)
    _with_scores(monkeypatch, 12.0, 11.5)
    work = work_on(str(cfg), "core1.cfg", "arista_eos")
    assert work.summary.dialect == "arista_eos"
    assert work.summary.evidence == ["--dialect arista_eos"]
    assert not [d for d in work.diagnostics if d.kind == "warning"]


def test_real_evidence_is_reported() -> None:
    found = det.detect("feature bgp\nvrf context mgmt\ninterface mgmt0\n  vrf member management\n")
    assert found.dialect == "cisco_nxos"
    assert any("'feature X'" in e for e in found.evidence)
