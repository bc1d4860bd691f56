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


SNIFFERS = """
from untapped import dialects
from untapped.detect import detect, head_scorer
head_scorer()
head = "version 17.9\\nservice password-encryption\\nhostname r1\\nboot-start-marker\\n"
detect(head + "interface Loopback0\\n ip address 10.0.0.1 255.255.255.255\\n" * 30)
sniffers = [getattr(dialects.get(n), "head_sniffer", None) for n in dialects.names()]
sniffers = [s for s in sniffers if s is not None]
print(len(sniffers), sum(s._built for s in sniffers))
ios = dialects.get("cisco_ios").head_sniffer
print(sorted(ios.found("hostname r1\\n" + "interface Loopback0\\n" * 4000)) != [], ios._built)
"""


def test_marker_search_tables_are_built_on_first_use() -> None:
    """Detection scores a decisive head (of a text longer than the head) from the markers
    themselves: no dialect builds its search tables (regex compilation, ~0.18 CPU s per process)
    until a text needs them."""
    out = subprocess.run(
        [sys.executable, "-c", SNIFFERS], capture_output=True, text=True, check=True
    ).stdout.split()
    assert int(out[0]) >= 9 and out[1] == "0"
    assert out[2:] == ["True", "True"]


BDD = """
import sys
from untapped.analyses import packets
packets.load_backend()
print("networkx" in sys.modules, any(m == "dd" or m.startswith("dd.") for m in sys.modules))
space = packets.PacketSpace("ipv4")
print(space.example(space.network("src", __import__("ipaddress").ip_network("10.0.0.0/8"))) is not None)
import networkx  # hidden only while dd loaded: still importable afterwards
print(networkx.__name__)
"""


def test_bdd_library_loads_without_networkx() -> None:
    """`dd` imports networkx only to draw diagrams: hidden while dd loads (~0.2 CPU s per
    process), and importable again afterwards."""
    out = subprocess.run(
        [sys.executable, "-c", BDD], capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == ["False", "True", "True", "networkx"]
