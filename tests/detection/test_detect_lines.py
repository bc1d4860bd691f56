"""Head scoring line by line (detect_lines) gives exactly the scores and evidence of searching
each marker of each dialect in the text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from untapped.detect import HEAD_LINES, _head, _score, _score_head, head_scorer
from untapped.detect_lines import JOIN_TESTS, HeadScorer, _any_of, units
from untapped.dialects import all_dialects
from untapped.dialects.base import Marker, MarkerSniffer


def _truth(text: str, scorer: HeadScorer) -> list[tuple[float, str, tuple[str, ...]]]:
    out = []
    for name, sniffer in zip(scorer._names, scorer._sniffers, strict=True):
        score = 0.0
        evidence: list[str] = []
        for m in sniffer.markers:
            if re.search(m.pattern, text, re.MULTILINE):
                score += m.weight
                evidence.append(f"{m.why} ({m.weight:+g})")
        out.append((score, name, tuple(evidence)))
    out.sort(key=lambda s: (-s[0], s[1]))
    return out


def _variants(text: str) -> list[str]:
    lines = text.split("\n")
    return [
        text,
        "\n" + text,
        text.replace("\n", "\n\n"),
        text.replace("\n", "\n \t\n"),
        "\n\n".join(x.lstrip() for x in lines),
        "\n".join(x.lstrip() if i % 3 else " " for i, x in enumerate(lines)),
        text.replace("\n", "\r\n"),
    ]


SAMPLES = [
    "version 17.3\nservice timestamps log datetime msec\nhostname r1\n!\ninterface "
    "GigabitEthernet0/1\n ip address 10.0.0.1 255.255.255.0\n!\nrouter ospf 1\n "
    "network 10.0.0.0 0.0.0.255 area 0\n!\nend\n",
    "frr version 8.4\nfrr defaults traditional\nhostname r2\n!\ninterface eth0\n ip address "
    "10.1.1.1/24\nexit\n!\nrouter bgp 65001\n neighbor 10.1.1.2 remote-as external\n "
    "address-family ipv4 unicast\n  network 10.9.0.0/16\n exit-address-family\nexit\n",
    "hostname xr1\nrouter static\n address-family ipv4 unicast\n  0.0.0.0/0 192.0.2.1\n!\n"
    "route-policy PASS\n  pass\nend-policy\n!\nrouter pim\n address-family ipv4\n!\n"
    "mpls ldp\n log neighbor\n!\ninterface Bundle-Ether1\n   description x\n",
    "system {\n    host-name j1;\n}\ninterfaces {\n    ge-0/0/0 {\n        unit 0 {\n"
    "            family inet address 10.0.0.1/31;\n        }\n    }\n}\n",
    "#\nsysname vrp1\n#\ninterface GigabitEthernet0/0/1\n undo shutdown\n#\nreturn\n",
    "!\nfeature bgp\ninterface Ethernet1/1\n  no shutdown\ninterface mgmt0\n  vrf member "
    "management\nip route vrf management 0.0.0.0/0 192.0.2.1\n",
    "neighbor 10.0.0.1 remote-as internal\n\nneighbor 10.0.0.2 interface\n\t\n"
    "network 10.0.0.0/8\n  \nredistribute kernel\n",
]


def test_same_as_each_marker_searched() -> None:
    scorer = head_scorer()
    assert scorer is not None
    for sample in SAMPLES:
        for text in _variants(sample):
            assert scorer.score(text) == _truth(text, scorer)


def test_units_of_markers() -> None:
    # a marker that cannot cross a line break is one test per line
    assert units(r"^ip cef\s*$") == [(r"^ip cef\s*$", False)]
    # `^\s+X`: also found in a line right after a blank one that starts with X at once
    assert units(r"^\s+neighbor \S+") == [(r"^\s*neighbor \S+", True), (r"^\s+neighbor \S+", False)]
    # spanning lines: searched in the whole text
    assert units(r"^interface \S+\n {3}[a-z]") is None
    assert units(r"^router \S+\s+address-family") is None  # `\s+` in the middle
    assert units(r"(?s)^a.*b") is None


def test_blank_run_before_unindented_line() -> None:
    scorer = HeadScorer([("x", MarkerSniffer([Marker(r"^\s+neighbor ", 1.0, "n")]))])
    assert scorer.score("a\n\nneighbor 1")[0][0] == 1.0
    assert scorer.score("a\nneighbor 1")[0][0] == 0.0
    assert scorer.score("a\n \nneighbor 1")[0][0] == 1.0


def test_joined_tests_of_indented_lines() -> None:
    # enough indented markers for one joined regex to screen the lines first (JOIN_TESTS)
    markers = [Marker(rf"^\s+opt{k}( \d+)?$", 1.0, f"o{k}") for k in range(JOIN_TESTS)]
    markers += [Marker(r"^\s*(a|b)+ x", 1.0, "ab"), Marker(r"peer \d+", 1.0, "peer")]
    markers.append(Marker(r"^\s+(\w+) \1$", 1.0, "twice"))  # searched in the whole text
    scorer = HeadScorer([("x", MarkerSniffer(markers))])
    text = "top\n opt3\n opt7 12\n optX\n  ab x\n peer 9\n zz zz\n\nopt5\n other\n"
    for variant in _variants(text):
        assert scorer.score(variant) == _truth(variant, scorer)
    assert scorer._any_of[" "] is not None
    # groups are renumbered when patterns are joined: a group reference is never joined
    assert _any_of([(r"^\s+(\w+) \1$", True), (r"^\s+x", True)]) is None


def test_corpus_heads(corpus: Path) -> None:
    scorer = head_scorer()
    assert scorer is not None
    files = sorted(p for p in corpus.rglob("*") if p.is_file())[::7]
    assert files
    for f in files:
        text = f.read_bytes().decode("utf-8", "replace")
        head = _head(text, HEAD_LINES)
        if head is None:
            continue
        for variant in _variants(head)[:3]:
            got = scorer.score(variant)
            if got is not None:  # None: left to each dialect's sniff (non-ASCII line starts)
                assert got == _truth(variant, scorer), f


@pytest.mark.parametrize("dialect", [d.name for d in all_dialects()])
def test_head_sniffer_is_sniff_on_short_texts(dialect: str) -> None:
    d = next(x for x in all_dialects() if x.name == dialect)
    sniffer = getattr(d, "head_sniffer", None)
    assert isinstance(sniffer, MarkerSniffer)
    for sample in SAMPLES:
        assert sniffer(sample) == d.sniff(sample)


def test_unicode_line_starts_are_left_to_the_sniffers() -> None:
    scorer = head_scorer()
    assert scorer is not None
    # `\s` and `\d` take more than the sniffers' ASCII first-character tables
    assert scorer.score("hostname r1\n\xa0neighbor 10.0.0.1 remote-as 1\n") is None
    assert scorer.score("hostname r1\n\x1c\n") is None
    assert scorer.score("hostname r1\n description caf\xe9\n") is not None
    text = "version 15.2\nhostname r1\n\u3000interface Gi0/1\n"
    assert _score_head(text) == _score(text)


def test_head_is_the_first_lines_of_a_longer_text() -> None:
    def reference(text: str, lines: int) -> str | None:
        parts = text.split("\n")
        return "\n".join(parts[:lines]) if len(parts) > lines else None

    for text in ("", "a", "\n" * 39, "\n" * 40, "x\n" * 40, "x\n" * 39 + "y", "a\r\nb\n" * 30):
        for lines in (1, 2, HEAD_LINES):
            assert _head(text, lines) == reference(text, lines), (text, lines)
