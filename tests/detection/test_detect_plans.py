"""The shipped table of marker plans (detect_plans.json) is what the markers give, the head scorer
gives the same scores with or without it, and compiles a marker's test only when a line needs it."""

from __future__ import annotations

import pytest

from untapped import detect_lines, detect_plans
from untapped.detect import head_scorer
from untapped.detect_lines import HeadScorer, line_plan, required_literal
from untapped.tools import gentables

IOS_HEAD = """\
version 15.2
service timestamps debug datetime msec
service password-encryption
hostname edge-1
!
aaa new-model
!
interface GigabitEthernet0/1
 description uplink
 ip address 192.0.2.1 255.255.255.0
 no shutdown
!
router bgp 65000
 neighbor 192.0.2.2 remote-as 65001
!
line vty 0 4
 transport input ssh
end
"""
JUNOS_HEAD = """\
system {
    host-name core-1;
}
interfaces {
    ge-0/0/0 {
        unit 0 {
            family inet {
                address 198.51.100.1/30;
            }
        }
    }
}
"""


def test_shipped_table_is_current() -> None:
    current = detect_plans.FILE.read_bytes()
    assert current == gentables.render(), (
        "src/untapped/detect_plans.json is stale: run `make docs` (or "
        "`python -m untapped.tools.gentables`) and commit it"
    )


def test_table_holds_every_shipped_marker() -> None:
    scorer = head_scorer()
    assert scorer is not None
    patterns = {m.pattern for s in scorer._sniffers for m in s.markers}
    assert patterns <= set(detect_plans.PLANS)
    assert all(detect_plans.PLANS[p] == line_plan(p) for p in patterns)


def test_gentables_main_writes_the_files(tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert gentables.main([str(tmp_path)]) == 0
    assert (tmp_path / "detect_plans.json").read_bytes() == gentables.render()
    assert (tmp_path / "catalog.json").read_bytes() == gentables.render_catalog()


@pytest.mark.parametrize("text", [IOS_HEAD, JUNOS_HEAD, IOS_HEAD + "\n" + JUNOS_HEAD])
def test_scores_same_without_the_table(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    scorer = head_scorer()
    assert scorer is not None
    with_table = HeadScorer(list(zip(scorer._names, scorer._sniffers, strict=True)))
    monkeypatch.setattr(detect_lines, "PLANS", {})  # every marker analysed here and now
    calls: list[str] = []
    real = detect_lines.line_plan

    def counting(pattern: str):  # type: ignore[no-untyped-def]
        calls.append(pattern)
        return real(pattern)

    monkeypatch.setattr(detect_lines, "line_plan", counting)
    without = HeadScorer(list(zip(scorer._names, scorer._sniffers, strict=True)))
    assert len(calls) == sum(len(s.markers) for s in scorer._sniffers)
    assert with_table.score(text) == without.score(text)
    assert with_table._sources == without._sources
    assert with_table._by_char == without._by_char


def test_a_marker_missing_from_the_table_is_analysed(monkeypatch: pytest.MonkeyPatch) -> None:
    scorer = head_scorer()
    assert scorer is not None
    sniffers = list(zip(scorer._names, scorer._sniffers, strict=True))
    full = HeadScorer(sniffers)
    one = scorer._sniffers[0].markers[0].pattern
    partial = dict(detect_plans.PLANS)
    del partial[one]
    monkeypatch.setattr(detect_lines, "PLANS", partial)
    assert HeadScorer(sniffers).score(IOS_HEAD) == full.score(IOS_HEAD)


def test_tests_are_compiled_on_first_use() -> None:
    scorer = head_scorer()
    assert scorer is not None
    fresh = HeadScorer(list(zip(scorer._names, scorer._sniffers, strict=True)))
    assert all(test is None for _, test, _, _ in fresh._tests)
    fresh.score(IOS_HEAD)
    compiled = sum(test is not None for _, test, _, _ in fresh._tests)
    assert 0 < compiled < len(fresh._tests)
    assert fresh.score(IOS_HEAD) == HeadScorer(
        list(zip(scorer._names, scorer._sniffers, strict=True))
    ).score(IOS_HEAD)


def test_missing_table_file_means_analysis_at_start_up(monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(detect_plans, "FILE", tmp_path / "absent.json")
    assert detect_plans.load() == {}


def test_a_table_of_another_shape_is_ignored(monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    old = tmp_path / "old.json"
    old.write_text('{"^hostname ": [["^hostname ", false, true, "h"]]}')  # 4 fields, not 5
    monkeypatch.setattr(detect_plans, "FILE", old)
    assert detect_plans.load() == {}
    (tmp_path / "bad.json").write_bytes(b"\xff{")
    monkeypatch.setattr(detect_plans, "FILE", tmp_path / "bad.json")
    assert detect_plans.load() == {}


@pytest.mark.parametrize(
    ("pattern", "literal"),
    [
        (r"^hostname \S+", "hostname "),
        (r"^\s+neighbor \S+ remote-as", " remote-as"),
        (r"^(interface|router) ", None),
        (r"^interface (Gi|Te)\S+ point-to-point", " point-to-point"),
        (r"^(?:ip )?route ", "route "),
        (r"(?i)^hostname", None),
        (r"^a", None),
        (r"^set system host-name", "set system host-name"),
    ],
)
def test_required_literal(pattern: str, literal: str | None) -> None:
    assert required_literal(pattern) == literal


def test_a_line_without_the_literal_skips_the_test() -> None:
    from untapped.dialects.base import Marker, MarkerSniffer

    scorer = HeadScorer([("x", MarkerSniffer([Marker(r"^hostname \S+", 2.0, "hostname")]))])
    assert scorer._tests[0][3] == "hostname "
    assert scorer.score("hostess one\nhost two\n") == [(0.0, "x", ())]
    assert scorer._tests[0][1] is None  # never tried, never compiled
    assert scorer.score("hostname r1\n") == [(2.0, "x", ("hostname (+2)",))]
    assert scorer._tests[0][1] is not None
