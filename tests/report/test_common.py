"""Files in reports are relative to the audited PATH (contract §3)."""

from __future__ import annotations

from pathlib import Path

import pytest

from untapped.model.core import LineCounts
from untapped.model.results import AuditResult, DeviceSummary
from untapped.report.common import locate, relative_file


def _result(input_: str, *files: str) -> AuditResult:
    devs = [DeviceSummary(f, f, "cisco_ios", LineCounts()) for f in files]
    return AuditResult(input_, devs, [], [], [])


@pytest.mark.parametrize(
    ("input_", "file", "expected"),
    [
        ("configs", "configs/untapped.toml", ("untapped.toml", True)),
        ("configs/", "configs/untapped.toml", ("untapped.toml", True)),
        (".", "untapped.toml", ("untapped.toml", True)),
        ("configs", "other/p.toml", ("other/p.toml", False)),
        ("configs", "configs/a.cfg", ("configs/a.cfg", True)),  # a device file: unchanged
    ],
)
def test_locate(input_: str, file: str, expected: tuple[str, bool]) -> None:
    assert locate(_result(input_, "configs/a.cfg"), file) == expected


def test_absolute_and_relative_mix(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "cfgs").mkdir()
    monkeypatch.chdir(tmp_path)
    res = _result("cfgs")
    assert relative_file(res, str(tmp_path / "cfgs" / "untapped.toml")) == "untapped.toml"
    res = _result(str(tmp_path / "cfgs"))
    assert relative_file(res, "cfgs/untapped.toml") == "untapped.toml"


def test_single_file_input(tmp_path: Path) -> None:
    cfg = tmp_path / "r1.cfg"
    cfg.write_text("hostname r1\n")
    res = _result(str(cfg), "r1.cfg")
    assert relative_file(res, "r1.cfg") == "r1.cfg"
    assert locate(res, str(tmp_path / "untapped.toml")) == ("untapped.toml", True)
