"""The set-form fast paths give what the general paths give.

- Plain `set` lines walk the tree inline in the read loop, starting from where the previous line
  diverges; the same statements spaced differently, interleaved with lines that take the general
  path (quoted values, `delete`, `deactivate`, comments), or in another order must give the same
  model and the same line accounting.
- IPv4 filter prefixes are computed without `ipaddress`: the results must be those of
  `ipaddress.ip_network(..., strict=False)`.
"""

from __future__ import annotations

import ipaddress
import random
from pathlib import Path
from typing import Any

import pytest

from tests.dialects.juniper_junos.test_forms import _strip
from untapped.collect.files import Artifact
from untapped.dialects import get
from untapped.dialects.juniper_junos.map_filters import _V4_NETS, _v4_wildcard
from untapped.model.serialize import device_to_builtins

CASES = Path(__file__).resolve().parent / "cases"

SET_TEXT = """\
set system host-name fast1
set system login user ops uid 2001
set system login user ops class super-user
set system login user ops authentication encrypted-password "$6$abc$defghijklmnop"
set system syslog host 192.0.2.10 any notice
set system syslog host 192.0.2.10 authorization info
set system ntp server 192.0.2.123 prefer
set interfaces ge-0/0/0 description uplink
set interfaces ge-0/0/0 unit 0 family inet filter input EDGE
set interfaces ge-0/0/0 unit 0 family inet address 198.51.100.1/30
set interfaces ge-0/0/0 unit 0 family inet6 address 2001:db8::1/64
set interfaces ge-0/0/1 unit 0
set interfaces ge-0/0/1 unit 0 family inet address 198.51.100.5/30
# a comment between statements
set interfaces ge-0/0/1 unit 0 description "to the core"
set interfaces ge-0/0/1 unit 0 family inet address 198.51.100.9/30
set interfaces ge-0/0/2 unit 0 family inet address 198.51.100.13/30
delete interfaces ge-0/0/2
set interfaces ge-0/0/2 unit 0 family inet address 198.51.100.17/30
deactivate interfaces ge-0/0/1 unit 0 family inet address 198.51.100.9/30
set interfaces ge-0/0/3 unit 0 bogus-statement here
set interfaces ge-0/0/3 unit 0 family inet address 198.51.100.21/30
set firewall family inet filter EDGE term ssh from source-address 192.0.2.0/24
set firewall family inet filter EDGE term ssh from source-address 203.0.113.7/32
set firewall family inet filter EDGE term ssh from protocol tcp
set firewall family inet filter EDGE term ssh from destination-port ssh
set firewall family inet filter EDGE term ssh then accept
set firewall family inet filter EDGE term rest then discard
set protocols bgp group EXT neighbor 192.0.2.1 peer-as 64501
set protocols bgp group EXT neighbor 192.0.2.1 description "peer one"
set protocols bgp group EXT neighbor 192.0.2.2 peer-as 64502
set routing-options autonomous-system 64500
"""


def _parse(text: str) -> tuple[Any, Any, list[tuple[int, str, str]]]:
    result = get("juniper_junos").parse(Artifact("input", text))  # type: ignore[attr-defined]
    diags = [(d.line, d.kind, d.text) for d in result.diagnostics]
    return device_to_builtins(result.device), result.lines, diags


def test_spacing_does_not_change_the_result() -> None:
    spaced = "\n".join(
        "set  " + line[4:].replace(" ", " \t ", 2) if line.startswith("set ") else line
        for line in SET_TEXT.splitlines()
    )
    a_dev, a_lines, a_diags = _parse(SET_TEXT)
    b_dev, b_lines, b_diags = _parse(spaced + "\n")
    assert a_dev == b_dev
    assert a_lines == b_lines
    assert [d[:2] for d in a_diags] == [d[:2] for d in b_diags]


def test_each_line_alone_after_a_reset_gives_the_same_tree() -> None:
    """Every plain line also parsed after a line that takes the general path (a comment):
    the cached walk restarts from the top and must build the same tree."""
    lines = SET_TEXT.splitlines()
    broken = "\n".join(x for line in lines for x in (line, "#")) + "\n"
    a_dev, a_lines, _ = _parse(SET_TEXT)
    b_dev, b_lines, _ = _parse(broken)
    assert _strip(a_dev) == _strip(b_dev)
    assert a_lines.recognized == b_lines.recognized
    assert a_lines.unrecognized == b_lines.unrecognized


def test_unrecognized_statement_is_reported_once() -> None:
    _, lines, diags = _parse(SET_TEXT)
    bad = [d for d in diags if d[1] == "unrecognized"]
    assert [d[0] for d in bad] == [21]
    assert lines.recognized + lines.unrecognized + lines.blank_or_comment == lines.total


@pytest.mark.parametrize(
    "case", sorted(p.name for p in CASES.iterdir() if (p / "input.set").exists())
)
def test_set_cases_parse_the_same_line_by_line_and_whole(case: str) -> None:
    """A set-form case parsed whole equals its lines fed with a blank line between each pair
    (the blank line takes the general path and resets the cached walk)."""
    text = (CASES / case / "input.set").read_text("utf-8")
    loose = "\n".join(x for line in text.splitlines() for x in (line, "")) + "\n"
    a_dev, a_lines, _ = _parse(text)
    b_dev, b_lines, _ = _parse(loose)
    assert _strip(a_dev) == _strip(b_dev)
    assert a_lines.recognized == b_lines.recognized
    assert a_lines.unrecognized == b_lines.unrecognized


def test_v4_wildcard_matches_ipaddress() -> None:
    rng = random.Random(4)
    cases = [
        "10.1.2.3/24",
        "0.0.0.0/0",
        "1.2.3.4/32",
        "1.2.3.4/33",
        "01.2.3.4/8",
        "0.1.2.3/8",
        "1.2.3.4/024",
        "1.2.3/8",
        "1.2.3.4/255.255.0.0",
        "1.2.3.4/0.0.0.255",
        "256.1.1.1/8",
        "1.2.3.4/",
        "1.2.3.4/8/9",
        "1.2.3.\uff14/8",
        "1.2.3.4/+8",
        "1.2.3.4 /8",
    ]
    cases += [
        ".".join(str(rng.randrange(300)) for _ in range(4)) + f"/{rng.randrange(36)}"
        for _ in range(3000)
    ]
    for a in cases:
        _V4_NETS.clear()
        try:
            net = ipaddress.ip_network(a, strict=False)
            want: tuple[str, str] | None = (str(net.network_address), str(net.hostmask))
        except ValueError:
            want = None
        assert _v4_wildcard(a) == want, a
        assert _v4_wildcard(a) == want, a  # and from the cache


def test_quoted_set_tokens_match_the_scanner() -> None:
    """`_set_tokens` splits plain quoted lines on quotes; the result must be the scanner's."""
    from untapped.dialects.juniper_junos.reader import Reader, scan_tokens

    reader = Reader("x", [])
    rng = random.Random(3)
    alphabet = ["a", "b", " ", " ", '"', '"', "\t", "x y", "\\", "#", "[", "]", "{", "}", ";"]
    alphabet += ["/", "*", "1", ".", "-", "\u00a0", "\u2003", "$9$"]
    for _ in range(20000):
        s = ("set " + "".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 16)))).strip()
        assert reader._set_tokens(s) == scan_tokens(s), s
