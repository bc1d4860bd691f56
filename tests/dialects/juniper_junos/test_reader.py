"""The Junos reader on hostile input: every line accounted once, never a traceback."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from untapped.collect.files import Artifact
from untapped.dialects import get

CASES = Path(__file__).resolve().parent / "cases"
NASTY = [
    "",
    "}",
    "{",
    "[",
    "]",
    ";",
    "set",
    "delete",
    "deactivate",
    "inactive:",
    "inactive: ;",
    "delete: {",
    "system { host-name",
    'system { host-name "unterminated',
    "/* never closed\nsystem {\n",
    "system {\n    host-name r1;\n}\n}\n}\n",
    "interfaces { ge-0/0/0 { unit 0 { family inet { address [ 10.0.0.1/24 10.0.0.2/24 ; } } } }",
    "set interfaces ge-0/0/0 unit 0 family inet address [ 10.0.0.1/24",
    'set system login message "a \\" b',
    "system {\r\n    host-name crlf;\r\n}\r\n",
    "\x00\x01\x02 binary \xff\xfe junk {\n;;;\n",
    "a" * 100_000,
    "system { " * 500 + "}" * 10,
    "set groups G interfaces <*> unit <*> family inet\nset apply-groups G\nset apply-groups G\n",
    "groups { A { apply-groups A; system { host-name x; } } }\napply-groups [ A A ];",
    "inactive: x;\n" + "a { " * 3000,
    "groups { G { a { b; } } }\napply-groups G;\n" + "a { " * 3000,
    "set " + "a " * 5000 + "\ndeactivate a\n",
    "groups { G { " + "a { " * 3000 + "}" * 3000 + "} }\napply-groups G;\n",
    "system { host-name r1; frobnicate; }\n",
]


def _check(text: str) -> None:
    result = get("juniper_junos").parse(Artifact("nasty.conf", text))  # type: ignore[attr-defined]
    lines = result.lines
    assert lines.total == lines.recognized + lines.unrecognized + lines.blank_or_comment
    unrec = [d for d in result.diagnostics if d.kind == "unrecognized"]
    assert len(unrec) == lines.unrecognized


@pytest.mark.parametrize("text", NASTY)
def test_nasty_input(text: str) -> None:
    _check(text)


def test_mutated_golden_inputs() -> None:
    rng = random.Random(7)
    for path in sorted(CASES.glob("*/input*")):
        text = path.read_text("utf-8")
        for _ in range(30):
            chars = list(text)
            for _ in range(rng.randint(1, 40)):
                if not chars:
                    break
                i = rng.randrange(len(chars))
                op = rng.random()
                if op < 0.4:
                    del chars[i]
                elif op < 0.8:
                    chars.insert(i, rng.choice('{}[];"#/*\n '))
                else:
                    chars[i] = rng.choice("abc01{}\"'")
            _check("".join(chars))


def test_one_line_leaves_split_like_display_set() -> None:
    brace = "system {\n    ntp {\n        server 10.0.0.1 key 1 prefer;\n    }\n}\n"
    flat = "set system ntp server 10.0.0.1 key 1\nset system ntp server 10.0.0.1 prefer\n"
    a = get("juniper_junos").parse(Artifact("a", brace))  # type: ignore[attr-defined]
    b = get("juniper_junos").parse(Artifact("b", flat))  # type: ignore[attr-defined]
    sa, sb = a.device.ntp.servers[0], b.device.ntp.servers[0]
    assert (sa.key, sa.prefer) == (sb.key, sb.prefer) == (1, True)
    assert a.lines.unrecognized == b.lines.unrecognized == 0
