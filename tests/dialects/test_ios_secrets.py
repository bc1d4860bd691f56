"""No secret of an IOS configuration reaches any output: every kind of password, key, community
and pre-shared key is parsed, audited and rendered in json, sarif and terminal formats, and only
<redacted:...> tokens come out. Equal secrets give equal tokens."""

from __future__ import annotations

from pathlib import Path

import pytest

from untapped.cli import render
from untapped.collect.files import read_artifact
from untapped.dialects import get
from untapped.model.serialize import device_to_builtins
from untapped.pipeline import audit
from untapped.redact import token

# value -> how it appears in the configuration below
SECRETS = {
    "Type0UserPass": "type 0 password",
    "094F471A1A0A5D": "type 7 password",
    "$1$kD3f$Qw8eWm1Nd0m8jN6x3lq9s/": "type 5 secret",
    "$8$dsYGNam3K1SIJO$7nv/35M/qr6t.dVc7UY9zrJDWRVqncHub1PE9UlMQFs": "type 8 secret",
    "$9$nhEmQVczB7dqsO$X.HsgL6x1il0RxkOSSvyQYwucySCt7qFm4v7pqCxkKM": "type 9 secret",
    "$9$6Hv0dK4wP3YpPE$yK3xLhJ1x8cQxkOq0hD1TQ0HJr8bq4k1WQk8n5lTz1A": "enable secret",
    "EnablePlainPw": "enable password",
    "TacLegacyKey01": "tacacs-server key",
    "TacBlockKey02": "tacacs server key",
    "RadLegacyKey03": "radius-server key",
    "RadBlockKey04": "radius server key",
    "Comm-RO-Alpha": "snmp community RO",
    "Comm-RW-Bravo": "snmp community RW",
    "SnmpAuthPw55": "snmp v3 auth",
    "SnmpPrivPw66": "snmp v3 priv",
    "IsakmpPsk7788": "isakmp key",
    "KeyringPsk9900": "keyring psk",
    "Ikev2PskLocal1": "ikev2 local psk",
    "Ikev2PskRemote2": "ikev2 remote psk",
    "ChainKeyString3": "key-chain key",
    "OspfMd5Value4": "ospf md5 key",
    "OspfAuthKey5": "ospf authentication key",
    "BgpPeerPw6": "bgp neighbor password",
    "NtpKeyValue7": "ntp key",
    "VtyLinePw8": "line password",
    "ArchiveFtpPw9": "archive url password",
    "KronFtpPw10": "kron url password",
    "TunnelKey11": "tunnel key",
    "WccpPw12": "wccp password",
    "LiViewPw13": "li-view password",
    "LiUserPw14": "li-view user password",
    "UnknownCmdPw15": "password in an unrecognized statement",
    "HsrpKeyStr16": "hsrp md5 key-string",
    "NhrpKy17": "nhrp authentication",
    "VrrpTxt18": "vrrp text authentication",
    "SipDigest19": "sip-ua credentials",
}

CONFIG = """\
version 17.6
service password-encryption
hostname sec-lab-01
!
enable secret 9 $9$6Hv0dK4wP3YpPE$yK3xLhJ1x8cQxkOq0hD1TQ0HJr8bq4k1WQk8n5lTz1A
enable password EnablePlainPw
username u0 privilege 5 password 0 Type0UserPass
username u7 password 7 094F471A1A0A5D
username u5 secret 5 $1$kD3f$Qw8eWm1Nd0m8jN6x3lq9s/
username u8 secret 8 $8$dsYGNam3K1SIJO$7nv/35M/qr6t.dVc7UY9zrJDWRVqncHub1PE9UlMQFs
username u9 privilege 15 secret 9 $9$nhEmQVczB7dqsO$X.HsgL6x1il0RxkOSSvyQYwucySCt7qFm4v7pqCxkKM
li-view LiViewPw13 user li-op password LiUserPw14
!
aaa new-model
tacacs-server host 203.0.113.5 key TacLegacyKey01
radius-server host 203.0.113.6 key RadLegacyKey03
tacacs server TAC
 address ipv4 198.51.100.5
 key TacBlockKey02
radius server RAD
 address ipv4 198.51.100.6 auth-port 1812 acct-port 1813
 key 0 RadBlockKey04
!
snmp-server community Comm-RO-Alpha RO
snmp-server community Comm-RW-Bravo RW
snmp-server user v3user v3group v3 auth sha SnmpAuthPw55 priv aes 128 SnmpPrivPw66
snmp-server host 192.0.2.7 version 2c Comm-RO-Alpha
!
crypto isakmp key IsakmpPsk7788 address 192.0.2.50
crypto keyring KR
 pre-shared-key address 192.0.2.51 key KeyringPsk9900
crypto ikev2 keyring IKR
 peer P1
  address 192.0.2.52
  pre-shared-key local Ikev2PskLocal1
  pre-shared-key remote Ikev2PskRemote2
!
key chain KC
 key 1
  key-string ChainKeyString3
!
archive
 path ftp://backup:ArchiveFtpPw9@192.0.2.60/$h
kron policy-list K1
 cli copy running-config ftp://k:KronFtpPw10@192.0.2.61/x.cfg
!
ip wccp 61 password 0 WccpPw12
!
interface GigabitEthernet0/0
 ip address 10.210.1.1 255.255.255.0
 ip ospf message-digest-key 1 md5 OspfMd5Value4
 ip ospf authentication-key OspfAuthKey5
 standby 1 ip 10.210.1.254
 standby 1 authentication md5 key-string 0 HsrpKeyStr16
 vrrp 2 authentication text VrrpTxt18
 ip nhrp authentication NhrpKy17
!
sip-ua
 credentials username 5550100 password 0 SipDigest19 realm voip.example.net
!
interface Tunnel1
 tunnel source GigabitEthernet0/0
 tunnel destination 192.0.2.99
 tunnel key TunnelKey11
!
router bgp 65200
 neighbor 10.210.1.2 remote-as 65201
 neighbor 10.210.1.2 password BgpPeerPw6
!
ntp authentication-key 5 md5 NtpKeyValue7
!
frobnicate widget password UnknownCmdPw15
!
line vty 0 4
 password 0 VtyLinePw8
 login
!
end
"""


@pytest.fixture(scope="module")
def snapshot(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("secrets")
    (root / "sec-lab-01.cfg").write_text(CONFIG, encoding="utf-8")
    return root


@pytest.mark.parametrize("fmt", ["json", "sarif", "terminal"])
def test_no_secret_in_any_output(snapshot: Path, fmt: str) -> None:
    result = audit(snapshot, jobs=1)
    out = render(result, fmt)  # the default: --show-secrets is not needed to be safe
    assert "sec-lab-01" in out
    leaked = [f"{what} ({value})" for value, what in SECRETS.items() if value in out]
    assert not leaked, f"{fmt} output shows secrets: {leaked}"


def test_no_secret_in_the_model(snapshot: Path) -> None:
    art = read_artifact(snapshot / "sec-lab-01.cfg", "sec-lab-01.cfg")
    result = get("cisco_ios").parse(art)  # type: ignore[arg-type]
    text = repr(device_to_builtins(result.device)) + repr(result.diagnostics)
    leaked = [f"{what} ({value})" for value, what in SECRETS.items() if value in text]
    assert not leaked, f"the serialized model shows secrets: {leaked}"
    assert "<redacted:" in text
    # the unrecognized statement is reported, redacted
    assert any(d.kind == "unrecognized" and "frobnicate" in d.text for d in result.diagnostics)


def test_equal_secrets_give_equal_tokens(snapshot: Path) -> None:
    art = read_artifact(snapshot / "sec-lab-01.cfg", "sec-lab-01.cfg")
    dev = device_to_builtins(get("cisco_ios").parse(art).device)  # type: ignore[arg-type]
    community = dev["snmp"]["communities"][0]["secret"]["value"]
    host = dev["snmp"]["hosts"][0]["community"]["value"]
    assert community == host == token("Comm-RO-Alpha")
    assert community != dev["snmp"]["communities"][1]["secret"]["value"]


def test_secret_lines_are_recorded(snapshot: Path) -> None:
    art = read_artifact(snapshot / "sec-lab-01.cfg", "sec-lab-01.cfg")
    dev = get("cisco_ios").parse(art).device  # type: ignore[arg-type]
    lines = CONFIG.splitlines()
    for value, what in SECRETS.items():
        if what.startswith("password in an unrecognized"):
            continue
        numbers = [n for n, line in enumerate(lines, 1) if value in line]
        assert numbers and set(numbers) <= set(dev.secret_lines), f"{what}: {numbers}"
