"""Dialect grammars load when a dialect first parses, not when detection runs (start-up cost)."""

from __future__ import annotations

import subprocess
import sys

CODE = """
import sys
from untapped import dialects
from untapped.detect import detect
for name in dialects.names():
    dialects.get(name).features
detect("hostname r1\\ninterface GigabitEthernet0/1\\n ip address 10.0.0.1 255.255.255.0\\n")
before = sorted(m for m in sys.modules if m.endswith((".grammar", ".parser")) and "untapped" in m)
from untapped.collect.files import Artifact
dialects.get("huawei_vrp").parse(Artifact("r.cfg", "sysname r1\\n"))
after = sorted(m for m in sys.modules if m.endswith((".grammar", ".parser")) and "untapped" in m)
print(before)
print(after)
"""


def test_only_the_parsing_dialect_loads_its_grammar() -> None:
    out = subprocess.run(
        [sys.executable, "-c", CODE], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert out[0] == "['untapped.dialects.cisco_ios.grammar']"
    assert "untapped.dialects.huawei_vrp.grammar" in out[1]
    assert "untapped.dialects.juniper_junos.parser" not in out[1]
