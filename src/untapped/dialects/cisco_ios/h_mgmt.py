"""IOS SNMP, logging, NTP, DNS and SSH statements."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from untapped.dialects._ioslike.addr import is_ip
from untapped.dialects._ioslike.engine import UNRECOGNIZED
from untapped.dialects._ioslike.ios_delegated import (
    h_logging_host as h_logging_host,
)
from untapped.dialects._ioslike.ios_delegated import (
    h_ntp_server as h_ntp_server,
)
from untapped.dialects._ioslike.ios_delegated import (
    h_snmp_host as h_snmp_host,
)
from untapped.dialects._ioslike.ios_mgmt import (
    h_ntp_authenticate as h_ntp_authenticate,
)
from untapped.dialects._ioslike.ios_mgmt import (
    h_ntp_trusted as h_ntp_trusted,
)
from untapped.dialects._ioslike.ios_mgmt import (
    h_snmp_contact as h_snmp_contact,
)
from untapped.dialects._ioslike.ios_mgmt import (
    h_snmp_group as h_snmp_group,
)
from untapped.dialects._ioslike.ios_mgmt import (
    h_snmp_location as h_snmp_location,
)
from untapped.dialects._ioslike.ios_mgmt import (
    h_snmp_traps as h_snmp_traps,
)
from untapped.dialects._ioslike.ios_mgmt import (
    h_snmp_view as h_snmp_view,
)
from untapped.dialects.cisco_ios.h_system import ref_interface, secret_at, set_service
from untapped.model.mgmt import (
    DnsServer,
    SnmpCommunity,
    SnmpUser,
)

if TYPE_CHECKING:
    from untapped.dialects.cisco_ios.grammar import IosParser

SNMP_VERSIONS = ("1", "2c", "3")


# ---- SNMP ---------------------------------------------------------------------------------
def h_snmp_community(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if neg:
        return None
    j = i
    kind = "plain"
    if t[j] in ("0", "7") and j + 1 < len(t):
        kind = "plain" if t[j] == "0" else "type7"
        j += 1
    com = SnmpCommunity(p.secret(t[j], kind, ln), p.device.span(ln))
    j += 1
    while j < len(t):
        word = t[j]
        low = word.lower()
        if low in ("ro", "rw"):
            com.access = low
        elif low == "view" and j + 1 < len(t):
            com.view = t[j + 1]
            p.ref("snmp view", t[j + 1], "snmp-server community view", ln)
            j += 1
        elif low == "ipv6" and j + 1 < len(t):
            com.acl6 = t[j + 1]
            p.ref("ipv6 access-list", t[j + 1], "snmp-server community ipv6", ln)
            j += 1
        elif low == "vrf" and j + 1 < len(t):
            com.vrf = t[j + 1]
            j += 1
        elif com.acl is None:
            com.acl = word
            p.ref("ip access-list", word, "snmp-server community", ln)
        j += 1
    p.device.snmp.communities.append(com)
    p.device.snmp.enabled = True
    return None


def h_snmp_user(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if neg:
        return None
    user = SnmpUser(t[i], p.device.span(ln), group=t[i + 1] if i + 1 < len(t) else None)
    j = i + 2
    while j < len(t):
        word = t[j]
        if word in ("v1", "v2c", "v3"):
            user.version = word
        elif word == "auth" and j + 2 < len(t):
            user.auth = t[j + 1]
            user.secret = p.secret(t[j + 2], "plain", ln)
            j += 2
        elif word == "priv" and j + 1 < len(t):
            k = j + 1
            algo = t[k]
            if k + 1 < len(t) and t[k + 1] in ("128", "192", "256"):
                algo += " " + t[k + 1]
                k += 1
            user.priv = algo
            p.secret(t[k + 1] if k + 1 < len(t) else "", "plain", ln)
            j = k + 1
        elif word == "access" and j + 1 < len(t):
            user.acl = t[j + 1]
            p.ref("ip access-list", t[j + 1], "snmp-server user access", ln)
            j += 1
        j += 1
    if user.group:
        p.ref("snmp group", user.group, "snmp-server user", ln)
    p.device.snmp.users.append(user)
    return None


def h_snmp_source(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if t[i] in ("traps", "informs"):
        i += 1
    p.device.snmp.source_interface = t[i]
    ref_interface(p, t[i], "snmp-server source interface", ln)


# ---- logging ------------------------------------------------------------------------------
LOG_LEVELS = (
    "emergencies",
    "alerts",
    "critical",
    "errors",
    "warnings",
    "notifications",
    "informational",
    "debugging",
)


def h_logging_bare(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`logging 10.1.1.1` (old form of logging host)."""
    if is_ip(t[i]):
        return h_logging_host(p, t, i, ln, neg, obj)
    return UNRECOGNIZED


def h_logging_trap(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.device.logging.trap_level = None if neg else (t[i] if i < len(t) else "informational")


def h_logging_buffered(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.device.logging.buffered = not neg
    for tok in t[i:]:
        if tok.isdigit() and int(tok) > 7:
            p.device.logging.buffer_size = int(tok)


def h_logging_console(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.device.logging.console_level = "off" if neg else (t[i] if i < len(t) else "debugging")


def h_logging_on(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.device.logging.enabled = not neg


def h_logging_source(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if not neg:
        p.device.logging.source_interface = t[i]
        ref_interface(p, t[i], "logging source-interface", ln)
        if i + 2 < len(t) and t[i + 1] == "vrf":
            pass


def h_login_on(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    word = t[i - 1]  # `login on-success|on-failure log [every N]`
    if word == "on-success":
        p.device.logging.login_success = not neg
    elif word == "on-failure":
        p.device.logging.login_failure = not neg
    else:
        return UNRECOGNIZED
    return None


def h_login_block(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.device.aaa.login_block = not neg


def h_ntp_key(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if not neg:
        p.device.ntp.keys.append(int(t[i]))
        p.secret(t[-1], "plain", ln)


def h_ntp_source(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.device.ntp.source_interface = t[i]
    ref_interface(p, t[i], "ntp source", ln)


def h_ntp_master(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.device.ntp.master = not neg


def h_ntp_access_group(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    j = i
    if t[j] in ("ipv4", "ipv6"):
        j += 1
    kind, acl = t[j], t[j + 1]
    p.device.ntp.access_groups.append((kind, acl))
    p.ref("ip access-list", acl, f"ntp access-group {kind}", ln)


# ---- DNS ----------------------------------------------------------------------------------
def h_name_server(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if neg:
        return None
    j = i
    vrf = None
    if t[j] == "vrf":
        vrf = t[j + 1]
        j += 2
    for addr in t[j:]:
        p.device.dns.servers.append(DnsServer(addr, p.device.span(ln), vrf))
    return None


def h_dns_server(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.device.dns.server_enabled = not neg
    set_service(p, "dns-server", not neg, ln)


# ---- SSH ----------------------------------------------------------------------------------
def h_ip_ssh(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    ssh = p.device.ssh
    word = t[i]
    if word == "version":
        ssh.version = int(t[i + 1]) if not neg else None
    elif word == "time-out":
        ssh.timeout = int(t[i + 1])
    elif word == "authentication-retries":
        ssh.retries = int(t[i + 1])
    elif word == "port":
        ssh.port = int(t[i + 1])
        set_service(p, "ssh", True, ln, port=ssh.port)
    elif word == "source-interface":
        ssh.source_interface = t[i + 1]
        ref_interface(p, t[i + 1], "ip ssh source-interface", ln)
    elif word == "server" and i + 2 < len(t) and t[i + 1] == "algorithm":
        kind, values = t[i + 2], t[i + 3 :]
        target = {"encryption": ssh.ciphers, "mac": ssh.macs, "kex": ssh.kex}.get(kind)
        if target is not None:
            target[:] = values
    return None


def h_crypto_key_generate(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    for k, tok in enumerate(t):
        if tok == "modulus" and k + 1 < len(t):
            p.device.ssh.key_bits = int(t[k + 1])


_ = secret_at  # re-exported helper for sibling modules
