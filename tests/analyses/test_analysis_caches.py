"""Speed caches of the per-device analyses must never change what they compute."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

import pytest

from untapped import redact
from untapped.analyses import drift
from untapped.model.core import Secret, Span
from untapped.model.device import Device
from untapped.model.mgmt import User


@pytest.fixture
def fresh_salt(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    redact.salt.cache_clear()
    yield
    monkeypatch.undo()
    redact.salt.cache_clear()


def _device() -> tuple[Device, str]:
    dev = Device("r1", "r1.cfg", "cisco_ios")
    dev.users.append(User("eve", Span("r1.cfg", 2), 15, Secret("TopSecretPw", "plain")))
    dev.secret_lines = [2, 3]
    text = (
        "hostname r1\n"
        "username eve privilege 15 password 0 TopSecretPw\n"
        "snmp-server community Unmodelled RO\n"
    )
    return dev, text


def test_drift_redaction_follows_the_salt(
    monkeypatch: pytest.MonkeyPatch, fresh_salt: None
) -> None:
    dev, text = _device()
    seen = []
    for value in ("salt-a", "salt-b", "salt-a"):
        monkeypatch.setenv("UNTAPPED_SALT", value)
        redact.salt.cache_clear()
        facts = drift.device_facts(dev, text)
        # the memoised redaction equals the direct one under the salt in force
        want = [
            f"2\t{redact.redact_text(text.splitlines()[1].replace('TopSecretPw', redact.token('TopSecretPw')))}",
            f"3\t{redact.redact_text(text.splitlines()[2])}",
        ]
        assert facts["redacted"] == want
        assert facts["user"][0].endswith(f"secret={redact.token('TopSecretPw')}")
        seen.append(facts)
    assert seen[0] != seen[1] and seen[0] == seen[2]
    assert "TopSecretPw" not in repr(seen) and "Unmodelled" not in repr(seen)


def test_bdd_backend_loads_without_networkx() -> None:
    code = (
        "import sys\n"
        "from untapped.analyses.packets import PacketSpace\n"
        "s = PacketSpace('ipv4')\n"
        "assert s.subset(s.eq('proto', 6), s.true)\n"
        "assert 'networkx' not in sys.modules, 'networkx imported'\n"
        "import networkx\n"  # hidden only while dd loads
    )
    subprocess.run([sys.executable, "-c", code], check=True)
