"""Speed caches of the per-device analyses must never change what they compute."""

from __future__ import annotations

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


def _network_strings_before(dev: Device) -> list[str]:
    """device_network_strings as it was before inet_pton (the reference)."""
    from untapped.analyses.channels import _networks_of, _v4_int

    out: list[str] = []
    for iface in dev.interfaces.values():
        for a in iface.addresses:
            addr, _, plen_s = a.address.partition("/")
            value = _v4_int(addr)
            if value is None or not plen_s.isdigit() or int(plen_s) > 32:
                out.extend(str(n) for n in _networks_of(a.address))
                continue
            plen = int(plen_s)
            if plen == 0 or value >> 16 == 0xA9FE:
                continue
            v = value & ~((1 << (32 - plen)) - 1) & 0xFFFFFFFF
            out.append(f"{v >> 24}.{v >> 16 & 255}.{v >> 8 & 255}.{v & 255}/{plen}")
        for a in iface.addresses6:
            out.extend(str(n) for n in _networks_of(a.address))
    return out


ODD_ADDRESSES = [
    "10.1.2.3/30",
    "10.1.2.3/32",
    "10.1.2.3/0",
    "10.1.2.3/1",
    "010.001.002.003/24",  # leading zeros: inet_pton refuses, _v4_int reads them
    "10.1.2.3/030",
    "10.1.2.3/33",
    "10.1.2.3",
    "10.1.2/24",
    "10.1.2.256/24",
    "1.2.3.4.5/24",
    "255.255.255.255/31",
    "169.254.10.1/16",
    "169.253.10.1/16",
    "10.1.2.3/-1",
    "10.1.2.3/ 24",
    " 10.1.2.3/24",
    "10.1.2.3\x00/24",
    "١٠.1.2.3/24",  # non-ASCII digits
    "10.1.2.3/٢٤",
    "1.2.3.4/24/5",
    "",
    "/",
    "0x0a.1.2.3/24",
    "10.1.2.3%eth0/24",
]


def test_device_network_strings_unchanged_on_odd_input() -> None:
    from untapped.analyses.channels import device_addresses, device_network_strings
    from untapped.model.net import IfAddress, Interface

    dev = Device("r1", "r1.cfg", "cisco_ios")
    for n, text in enumerate(ODD_ADDRESSES):
        name = f"Gi0/{n}"
        dev.interfaces[name] = Interface(name, Span("r1.cfg", n), addresses=[IfAddress(text)])
    dev.interfaces["v6"] = Interface(
        "v6",
        Span("r1.cfg", 99),
        addresses6=[IfAddress("2001:db8::1/64"), IfAddress("fe80::1/64"), IfAddress("::/0")],
    )
    assert device_network_strings(dev) == _network_strings_before(dev)
    assert "10.1.2.0/30" in device_network_strings(dev)
    assert device_addresses(dev) == {
        a.address.split("/", 1)[0]
        for i in dev.interfaces.values()
        for a in (*i.addresses, *i.addresses6)
    }


def test_is_ip_agrees_with_ipaddress() -> None:
    import ipaddress

    from untapped.analyses.channels import _is_ip

    def reference(text: str) -> bool:
        try:
            ipaddress.ip_address(text)
            return True
        except ValueError:
            return False

    texts = [
        *(t.partition("/")[0] for t in ODD_ADDRESSES),
        *ODD_ADDRESSES,
        "0.0.0.0",
        "255.255.255.255",
        "1.2.3.04",
        "1.2.3.4 ",
        "2001:db8::1",
        "fe80::1%Gi0/1",
        "::ffff:1.2.3.4",
        "Null0",
        "GigabitEthernet0/1",
        "vlan 10",
    ]
    for text in texts:
        assert _is_ip(text) == reference(text), text
