"""Data-centre IOS-like handlers (NX-OS, EOS): mgmt (see dc.py)."""

from __future__ import annotations

from typing import Any

from untapped.dialects._ioslike.dc_base import (
    TYPE_KINDS,
    after,
    hash_kind,
    secret_after,
    set_service,
    unq,
)
from untapped.dialects._ioslike.dc_parser import DcParser, H
from untapped.dialects._ioslike.engine import UNRECOGNIZED
from untapped.model.core import Secret
from untapped.model.mgmt import (
    AaaServer,
    AaaServerGroup,
    Banner,
    DnsServer,
    KeyChain,
    KeyChainKey,
    Line,
    SnmpCommunity,
    SnmpUser,
    User,
)
from untapped.model.net import (
    Vrf,
)


# ---- users and AAA -------------------------------------------------------------------------
def h_username(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """NX-OS `username U password 5 H role R`; EOS `username U privilege 15 role R secret
    sha512 H` / `nopassword` / `sshkey ...`."""
    name = t[i]
    if neg:
        p.device.users = [u for u in p.device.users if u.name != name]
        return None
    user = next((u for u in p.device.users if u.name == name), None)
    if user is None:
        user = User(name, p.device.span(ln))
        p.device.users.append(user)
    j = i + 1
    n = len(t)
    while j < n:
        word = t[j]
        if word == "privilege" and j + 1 < n:
            user.privilege = int(t[j + 1])
            j += 2
        elif word in ("password", "secret"):
            j += 1
            if j < n and t[j] in ("sha512", "md5"):
                value = t[j + 1]
                user.secret = p.secret(value, hash_kind(value, "hash"), ln)
                j += 2
            else:
                user.secret, j = secret_after(p, t, j, ln)
        elif word == "nopassword":
            user.nopassword = True
            j += 1
        elif word == "role" and j + 1 < n:
            user.role = t[j + 1]
            p.ref("role", t[j + 1], "username role", ln) if t[j + 1] not in BUILTIN_ROLES else None
            j += 2
        elif word in ("sshkey", "ssh-key"):
            user.ssh_key = True
            p.secret(" ".join(t[j + 1 :]), "plain", ln)
            break
        elif word in ("expire", "shell", "group") and j + 1 < n:
            j += 2
        elif word == "keypair":
            break
        else:
            j += 1
    return None


BUILTIN_ROLES = frozenset(
    {
        "network-admin",
        "network-operator",
        "vdc-admin",
        "vdc-operator",
        "priv-15",
        "priv-14",
        "priv-0",
        "priv-1",
        "dev-ops",
        "san-admin",
    }
)


def h_server_host(proto: str) -> Any:
    """`tacacs-server host A [port P] [key [7] K] [timeout N]`, `radius-server host A ...`
    (NX-OS, keys in quotes), EOS `tacacs-server host A [vrf V] [key 7 K]`."""
    from untapped.dialects._ioslike.ios_delegated import h_legacy_server_host

    ios = h_legacy_server_host(proto)

    def handler(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
        if neg:
            return None
        vrf = _vrf_tail(t, i + 1)
        ios(p, t, i, ln, neg, obj)
        srv = p.device.aaa.servers[-1]
        srv.vrf = vrf
        if vrf:
            p.ref("vrf", vrf, f"{t[0]} host vrf", ln)
        if srv.key is not None:
            srv.key = Secret(unq(srv.key.value), srv.key.kind)
        return None

    return handler


def h_aaa_method(service: str) -> Any:
    """`aaa authentication login default group G local` as IOS, plus NX-OS `aaa accounting
    default group G` (no kind) and EOS `aaa accounting commands all default start-stop ...`."""
    from untapped.dialects._ioslike.ios_delegated import h_aaa_method as ios_method
    from untapped.model.mgmt import AaaMethodList

    ios = ios_method(service)

    def handler(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
        if t[i] == "default":
            kind, j = "default", i
        elif t[i] == "commands" and t[i + 1] == "all":
            kind, j = "commands all", i + 2
        else:
            got = ios(p, t, i, ln, neg, obj)
            last = p.device.aaa.methods[-1] if p.device.aaa.methods else None
            if not neg and last is not None and last.line == ln:
                _more_groups(p, last.methods, f"aaa {service}", ln)  # IOS took the first of each
            return got
        if neg:
            return None
        methods = tuple(t[j + 1 :])
        p.device.aaa.methods.append(AaaMethodList(service, kind, t[j], methods, ln))
        g = after(list(methods), "group")
        if g and g not in _BUILTIN_GROUPS:
            p.ref("aaa server group", g, f"aaa {service}", ln)
        _more_groups(p, methods, f"aaa {service}", ln)
        return None

    return handler


_BUILTIN_GROUPS = ("tacacs+", "radius", "ldap")
_METHOD_WORDS = frozenset({"local", "none", "group", "enable", "line", "if-needed", "krb5"})


def _more_groups(p: DcParser, methods: tuple[str, ...], context: str, ln: int) -> None:
    """NX-OS writes `group G1 G2 ... [local|none]`: every name after the first of each `group`
    is a server group too."""
    for k, m in enumerate(methods):
        if m != "group":
            continue
        for g in methods[k + 2 :]:
            if g in _METHOD_WORDS:
                break
            if g not in _BUILTIN_GROUPS:
                p.ref("aaa server group", g, context, ln)


def h_server_global_key(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    if neg:
        return None
    sec, _ = secret_after(p, t, i, ln)
    p.global_keys["tacacs+" if t[0].startswith("tacacs") else "radius"] = sec
    return None


def h_aaa_group(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """`aaa group server tacacs+|radius|ldap NAME`."""
    if neg:
        return None
    proto = "tacacs+" if t[i].startswith("tacacs") else t[i]
    name = t[i + 1]
    group = AaaServerGroup(name, proto, p.device.span(ln))
    p.device.aaa.groups.append(group)
    p.define("aaa server group", name, ln)
    return p.modes["aaa_group"], group


def _group_servers(p: DcParser, group: AaaServerGroup) -> list[AaaServer]:
    return [s for s in p.device.aaa.servers if s.group == group.name]


def h_group_server(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """`server A [vrf V]` inside `aaa group server`: the group names a configured host."""
    group: AaaServerGroup = obj
    if neg:
        return None
    addr = t[i]
    group.servers.append(addr)
    vrf = after(t, "vrf") or group.vrf
    known = [s for s in p.device.aaa.servers if s.address == addr and s.protocol == group.protocol]
    if known and known[0].group is None:
        srv = known[0]
        srv.group = group.name
    else:
        srv = AaaServer(group.protocol, addr, p.device.span(ln), group=group.name)
        if known:
            srv.key = known[0].key
            srv.port = known[0].port
        p.device.aaa.servers.append(srv)
    if vrf:
        srv.vrf = vrf
    if group.source_interface:
        srv.source_interface = group.source_interface
    return None


def h_group_vrf(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    group: AaaServerGroup = obj
    if neg:
        return None
    group.vrf = t[i]
    p.ref("vrf", t[i], "aaa group server use-vrf", ln)
    for srv in _group_servers(p, group):
        srv.vrf = t[i]
    return None


def h_group_source(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    group: AaaServerGroup = obj
    if neg:
        return None
    group.source_interface = t[i]
    for srv in _group_servers(p, group):
        srv.source_interface = t[i]
    return None


# ---- SNMP ----------------------------------------------------------------------------------
RW_GROUPS = frozenset({"network-admin", "rw", "vdc-admin"})


def h_snmp_community(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """NX-OS `snmp-server community C [group G | ro | rw] [use-acl A]`, EOS `snmp-server
    community C [view V] ro|rw [ipv6 A6] [A]`."""
    if neg:
        return None
    j = i
    kind = "plain"
    if t[j] in ("0", "7") and j + 1 < len(t):
        kind = "plain" if t[j] == "0" else "type7"
        j += 1
    com = SnmpCommunity(p.secret(unq(t[j]), kind, ln), p.device.span(ln))
    j += 1
    n = len(t)
    while j < n:
        word = t[j]
        low = word.lower()
        if low in ("ro", "rw"):
            com.access = low
        elif low == "group" and j + 1 < n:
            com.access = "rw" if t[j + 1] in RW_GROUPS else "ro"
            com.view = None
            j += 1
        elif low == "view" and j + 1 < n:
            com.view = t[j + 1]
            p.ref("snmp view", t[j + 1], "snmp-server community view", ln)
            j += 1
        elif low in ("use-acl", "use-ipv4acl") and j + 1 < n:
            com.acl = t[j + 1]
            p.ref("ip access-list", t[j + 1], "snmp-server community use-acl", ln)
            j += 1
        elif low in ("ipv6", "use-ipv6acl") and j + 1 < n:
            com.acl6 = t[j + 1]
            p.ref("ipv6 access-list", t[j + 1], "snmp-server community ipv6", ln)
            j += 1
        elif low == "vrf" and j + 1 < n:
            com.vrf = t[j + 1]
            j += 1
        elif com.acl is None:
            com.acl = word
            p.ref("ip access-list", word, "snmp-server community", ln)
        j += 1
    p.device.snmp.communities.append(com)
    p.device.snmp.enabled = True
    return None


def h_snmp_host(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """NX-OS `snmp-server host A traps|informs version 2c C [udp-port P]` and `snmp-server host
    A use-vrf V` (a second line that sets the VRF); EOS `snmp-server host A [vrf V] [traps]
    version 2c C`. The host itself is read as IOS reads it."""
    from untapped.dialects._ioslike.ios_delegated import h_snmp_host as ios_snmp_host

    if neg:
        return None
    addr = t[i]
    rest = t[i + 1 :]
    if rest and rest[0] in ("use-vrf", "filter-vrf", "source-interface"):
        if rest[0] == "use-vrf":
            p.snmp_host_vrf[addr] = rest[1]
            p.ref("vrf", rest[1], "snmp-server host use-vrf", ln)
            for h in p.device.snmp.hosts:
                if h.address == addr:
                    h.vrf = rest[1]
        return None
    ios_snmp_host(p, t, i, ln, neg, obj)  # type: ignore[arg-type]
    host = p.device.snmp.hosts[-1]
    host.vrf = host.vrf or after(t, "use-vrf") or p.snmp_host_vrf.get(addr)
    if host.community is not None:
        host.community = Secret(unq(host.community.value), host.community.kind)
    p.device.snmp.enabled = True
    return None


def h_snmp_user(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """NX-OS `snmp-server user U [G] auth md5|sha K [priv [aes-128] K] [localizedkey]`; EOS
    `snmp-server user U G v3 auth sha K priv aes K`."""
    if neg:
        return None
    user = SnmpUser(t[i], p.device.span(ln))
    j = i + 1
    n = len(t)
    if j < n and t[j] not in ("auth", "v1", "v2c", "v3", "remote"):
        user.group = t[j]
        j += 1
    while j < n:
        word = t[j]
        if word in ("v1", "v2c", "v3"):
            user.version = word
        elif word == "auth" and j + 2 < n:
            user.auth = t[j + 1]
            user.secret = p.secret(t[j + 2], "plain", ln)
            j += 2
        elif word == "priv" and j + 1 < n:
            k = j + 1
            if t[k] in ("aes-128", "des", "aes", "3des", "aes192", "aes256", "aes-256"):
                user.priv = t[k]
                k += 1
            else:
                user.priv = "des"
            if k < n:
                p.secret(t[k], "plain", ln)
            j = k
        elif word == "use-ipv4acl" and j + 1 < n:
            user.acl = t[j + 1]
            p.ref("ip access-list", t[j + 1], "snmp-server user use-ipv4acl", ln)
            j += 1
        j += 1
    p.device.snmp.users.append(user)
    return None


# ---- logging, NTP, DNS ---------------------------------------------------------------------
def _vrf_tail(t: list[str], j: int) -> str | None:
    for k in range(j, len(t) - 1):
        if t[k] in ("use-vrf", "vrf"):
            return t[k + 1]
    return None


def h_logging_server(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """NX-OS `logging server A [level] [port P] [use-vrf V]`; EOS `logging host A [P] [protocol
    tcp]` and `logging vrf V host A [P]`; the host read as IOS reads `logging host`."""
    from untapped.dialects._ioslike.ios_delegated import h_logging_host

    if neg:
        return None
    vrf = None
    if t[1] == "vrf":
        vrf = t[2]
        i = 4
    h_logging_host(p, t, i, ln, neg, obj)  # type: ignore[arg-type]
    host = p.device.logging.hosts[-1]
    host.vrf = vrf or host.vrf or after(t, "use-vrf")
    proto = after(t, "protocol")
    if proto:
        host.transport = proto
    if "secure" in t:
        host.transport = "tls"
    if t[1] in ("host", "vrf") and i + 1 < len(t) and t[i + 1].isdigit():
        host.port = int(t[i + 1])
    if host.vrf:
        p.ref("vrf", host.vrf, "logging server vrf", ln)
    return None


def h_logging_source(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """NX-OS `logging source-interface X`, EOS `logging [vrf V] source-interface X`."""
    if not neg:
        p.device.logging.source_interface = t[-1]


def h_logging_level(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """`logging trap L` (EOS), `logging logfile NAME L`, `logging console [L]`..."""
    word = t[i - 1]
    if word == "trap":
        p.device.logging.trap_level = None if neg else (t[i] if i < len(t) else "informational")
    elif word == "console":
        p.device.logging.console_level = "off" if neg else (t[i] if i < len(t) else "debugging")
    elif word in ("buffered", "logfile"):
        p.device.logging.buffered = not neg
        for tok in t[i:]:
            if tok.isdigit() and int(tok) > 7:
                p.device.logging.buffer_size = int(tok)
    elif word in ("timestamp", "format"):
        p.device.logging.timestamps = not neg
    return None


def h_ntp_server(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """NX-OS `ntp server A [prefer] [key N] [use-vrf V]`; EOS `ntp server [vrf V] A [prefer]
    [iburst] [key N] [local-interface X]`; read as IOS reads `ntp server`."""
    from untapped.dialects._ioslike.ios_delegated import h_ntp_server as ios_ntp

    if neg:
        return None
    ios_ntp(p, t, i, ln, neg, obj)  # type: ignore[arg-type]
    srv = p.device.ntp.servers[-1]
    srv.vrf = srv.vrf or after(t, "use-vrf")
    srv.source_interface = srv.source_interface or after(t, "local-interface")
    if srv.vrf:
        p.ref("vrf", srv.vrf, "ntp server vrf", ln)
    return None


def h_ntp_auth_key(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """`ntp authentication-key N md5 K [7]` (NX-OS), `ntp authentication-key N md5 [7] K` (EOS)."""
    if neg:
        return None
    p.device.ntp.keys.append(int(t[i]))
    vals = [x for x in t[i + 2 :] if x not in ("0", "7")]
    if vals:
        p.secret(unq(vals[0]), "type7" if "7" in t[i + 2 :] else "plain", ln)
    return None


def h_ntp_source(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    if not neg:
        p.device.ntp.source_interface = t[-1]


def h_name_server(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """NX-OS `ip name-server A [B...] [use-vrf V]` (also inside `vrf context V`); EOS
    `ip name-server [vrf V] A [B...]`."""
    if neg:
        return None
    vrf = obj.name if isinstance(obj, Vrf) else None
    j = i
    if t[j] == "vrf":
        vrf = t[j + 1]
        j += 2
    addrs: list[str] = []
    n = len(t)
    while j < n:
        if t[j] in ("use-vrf", "vrf") and j + 1 < n:
            vrf = t[j + 1]
            j += 2
            continue
        addrs.append(t[j])
        j += 1
    if vrf:
        p.ref("vrf", vrf, "ip name-server vrf", ln)
    for a in addrs:
        p.device.dns.servers.append(DnsServer(a, p.device.span(ln), vrf))
    return None


def h_domain_name(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    if not neg:
        p.device.dns.domain = t[i]
        p.device.domain = t[i]


def h_domain_lookup(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    p.device.dns.lookup = not neg


# ---- lines ---------------------------------------------------------------------------------
def h_line(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    kind = {"console": "con", "vty": "vty", "aux": "aux"}.get(t[i])
    if kind is None:
        return UNRECOGNIZED
    line = Line(kind, 0, 0, p.device.span(ln))
    p.device.lines.append(line)
    return p.modes["line"], line


def h_banner_delim(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """NX-OS `banner motd #text#` with any delimiter, over one or many lines."""
    if neg:
        return None
    kind = t[i]
    raw = p.lines[ln - 1].strip()
    rest = raw[raw.find(kind) + len(kind) :].lstrip()
    if not rest:
        return UNRECOGNIZED
    delim, body = rest[0], rest[1:]
    if delim in body:
        p.device.banners.append(Banner(kind, p.device.span(ln), body.split(delim, 1)[0]))
        return None
    taken = p.take_block(lambda s: delim in s)
    parts = [body, *taken]
    if taken and delim in taken[-1]:
        parts[-1] = taken[-1].split(delim, 1)[0]
    p.device.banners.append(
        Banner(kind, p.device.span(ln, ln + len(taken)), "\n".join(parts).strip("\n"))
    )
    return None


def h_banner_eof(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """EOS `banner login|motd` followed by text lines up to `EOF`."""
    if neg:
        return None
    kind = t[i]
    taken = p.take_block(lambda s: s.strip() == "EOF")
    text = "\n".join(taken[:-1] if taken and taken[-1].strip() == "EOF" else taken)
    p.device.banners.append(Banner(kind, p.device.span(ln, ln + len(taken)), text))
    return None


def h_key_chain(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    if neg:
        return None
    name = t[i]
    kc = p.device.key_chains.get(name)
    if kc is None:
        kc = p.device.key_chains[name] = KeyChain(name, p.device.span(ln))
    p.define("key chain", name, ln)
    return p.modes["key_chain"], kc


def h_key(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    kc: KeyChain = obj
    key = KeyChainKey(int(t[i]), ln)
    kc.keys.append(key)
    kc.span = p.device.span(kc.span.line, ln)
    return p.modes["key"], (kc, key)


def h_key_string(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    kc, key = obj
    kc.span = p.device.span(kc.span.line, ln)
    if t[i - 1] in ("send-lifetime",):
        key.send_lifetime = True
    elif t[i - 1] in ("accept-lifetime",):
        key.accept_lifetime = True
    elif not neg:
        key.secret, _ = secret_after(p, t, i, ln)
    return None


# ---- SSH server settings -------------------------------------------------------------------
SSH_LISTS = {
    "ciphers": "ciphers",
    "cipher": "ciphers",
    "macs": "macs",
    "mac": "macs",
    "kexalgos": "kex",
    "key-exchange": "kex",
}


def h_ssh(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """NX-OS `ssh key rsa N`, `ssh login-attempts N`, `ssh ciphers|macs|kexalgos ...`; EOS
    `management ssh` children `cipher ...`, `key-exchange ...`, `mac ...`, `server-port N`."""
    ssh = p.device.ssh
    k = 1 if neg else 0
    word = t[k + 1] if t[k] == "ssh" else t[k]
    args = t[i:]
    if word == "key":
        nums = [int(x) for x in args if x.isdigit()]
        ssh.key_bits = None if neg else (nums[0] if nums else None)
    elif word == "login-attempts":
        ssh.retries = None if neg else int(args[0])
    elif word in SSH_LISTS:
        target = getattr(ssh, SSH_LISTS[word])
        target[:] = [] if neg else [a for a in args if a not in ("all", "weak")]
    elif word == "server-port":
        ssh.port = None if neg else int(args[0])
        set_service(p, "ssh", True, ln, port=ssh.port)
    else:
        return UNRECOGNIZED
    return None


def h_secret_last(p: DcParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> H:
    """A statement whose last token is a key/password (`shared-key 7 K`, `authentication key
    K`, `password 7 K`...): the model does not use it, but it is a secret all the same."""
    if neg or i >= len(t):
        return None
    j = len(t) - 1
    if j - 1 >= i and t[j - 1] in TYPE_KINDS:
        j -= 1
    secret_after(p, t, j, ln)
    return None
