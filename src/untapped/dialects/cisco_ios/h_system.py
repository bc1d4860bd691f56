"""IOS global system statements: identity, services, accounts, AAA, lines, banners, boot."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from untapped.dialects._ioslike.addr import address_host, split_url_password, url_scheme
from untapped.dialects._ioslike.engine import UNRECOGNIZED
from untapped.dialects._ioslike.ios_delegated import (
    h_aaa_method as h_aaa_method,
)
from untapped.dialects._ioslike.ios_delegated import (
    h_legacy_server_host as h_legacy_server_host,
)
from untapped.dialects._ioslike.ios_delegated import (
    ref_interface as ref_interface,
)
from untapped.dialects._ioslike.ios_system import (
    SECRET_KINDS as SECRET_KINDS,
)
from untapped.dialects._ioslike.ios_system import (
    h_line_access_class as h_line_access_class,
)
from untapped.dialects._ioslike.ios_system import (
    h_line_exec_timeout as h_line_exec_timeout,
)
from untapped.dialects._ioslike.ios_system import (
    h_line_ipv6_access_class as h_line_ipv6_access_class,
)
from untapped.dialects._ioslike.ios_system import (
    h_line_session_limit as h_line_session_limit,
)
from untapped.dialects._ioslike.ios_system import (
    h_version as h_version,
)
from untapped.dialects._ioslike.ios_system import (
    secret_at as secret_at,
)
from untapped.model.mgmt import (
    AaaServer,
    AaaServerGroup,
    Banner,
    EnablePassword,
    Line,
    Service,
)
from untapped.model.taps import AutoConfig, BootImage, CallHome, ConfigArchive, LawfulIntercept

if TYPE_CHECKING:
    from untapped.dialects.cisco_ios.grammar import IosParser


def h_hostname(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.device.name = t[i].strip('"')
    p.device.hostname_line = ln


def h_domain(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if t[i] == "vrf":
        i += 2
    p.device.dns.domain = t[i]


def h_domain_lookup(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.device.dns.lookup = not neg


def set_service(p: IosParser, name: str, enabled: bool, ln: int, **kw: Any) -> None:
    old = p.device.services.get(name)
    if old is not None and not kw:
        old.enabled, old.line = enabled, ln
        return
    svc = Service(name, enabled, ln, **kw)
    if old is not None:
        svc.port = svc.port or old.port
        svc.acl = svc.acl or old.acl
        svc.enabled = old.enabled if not enabled and kw else enabled
    p.device.services[name] = svc


SERVICE_WORDS = {
    "password-encryption": "password-encryption",
    "finger": "finger",
    "pad": "pad",
    "tcp-small-servers": "tcp-small-servers",
    "udp-small-servers": "udp-small-servers",
    "call-home": "call-home",
    "config": "config",
    "internal": "internal",
    "dhcp": "dhcp",
    "password-recovery": "password-recovery",
    "tcp-keepalives-in": "tcp-keepalives-in",
    "tcp-keepalives-out": "tcp-keepalives-out",
    "sequence-numbers": "sequence-numbers",
    "compress-config": "compress-config",
    "slave-log": "slave-log",
    "unsupported-transceiver": "unsupported-transceiver",
    "nagle": "nagle",
    "counters": "counters",
    "linenumber": "linenumber",
    "prompt": "prompt",
    "alignment": "alignment",
    "old-slip-prompts": "old-slip-prompts",
    "exec-wait": "exec-wait",
    "hide-telnet-addresses": "hide-telnet-addresses",
    "pt-vty-logging": "pt-vty-logging",
    "telnet-zeroidle": "telnet-zeroidle",
    "private-config-encryption": "private-config-encryption",
    "udp-small-servers ": "x",
}


def h_service(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    word = t[i]
    if word == "timestamps":
        if not neg and len(t) > i + 1 and t[i + 1] == "log":
            p.device.logging.timestamps = True
        return None
    name = SERVICE_WORDS.get(word)
    if name is None:
        return UNRECOGNIZED
    set_service(p, name, not neg, ln)
    if name == "config" and not neg:
        p.device.auto_config.append(AutoConfig("service-config", p.device.span(ln)))
    if name == "call-home" and not neg:
        p.device.call_home.append(CallHome(p.device.span(ln), enabled=True))
    return None


def h_ip_service(name: str, port_arg: bool = False) -> Any:
    """`ip http server`, `ip finger`, `ip bootp server`... -> a Service on/off."""

    def handler(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
        if "access-list" in t[i:] and not neg:  # netconf-yang ssh ipv4 access-list name ACL
            acl = t[-1]
            old = p.device.services.get(name)
            set_service(p, name, old.enabled if old else False, ln, acl=acl)
            p.ref("ip access-list", acl, " ".join(t[:i]) + " ssh access-list", ln)
            return None
        set_service(p, name, not neg, ln)
        return None

    return handler


def h_http(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    word = t[i]
    if word == "server":
        set_service(p, "http", not neg, ln)
    elif word == "secure-server":
        set_service(p, "https", not neg, ln)
    elif word == "access-class" and not neg:
        acl = t[-1]
        for name in ("http", "https"):
            svc = p.device.services.get(name)
            if svc is None:
                p.device.services[name] = Service(name, False, ln, acl=acl)
            else:
                svc.acl = acl
        p.ref("ip access-list", acl, "ip http access-class", ln)
    elif word == "port" and not neg:
        svc = p.device.services.setdefault("http", Service("http", False, ln))
        svc.port = int(t[i + 1])
    elif word == "secure-port" and not neg:
        svc = p.device.services.setdefault("https", Service("https", False, ln))
        svc.port = int(t[i + 1])
    return None


def h_vstack(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if len(t) == i or (neg and len(t) == i):
        set_service(p, "smart-install", not neg, ln)
    return None


def h_username(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    from untapped.model.mgmt import User

    name = t[i]
    user = next((u for u in p.device.users if u.name == name), None)
    if neg:
        p.device.users = [u for u in p.device.users if u.name != name]
        return None
    if user is None:
        user = User(name, p.device.span(ln))
        p.device.users.append(user)
    j = i + 1
    while j < len(t):
        word = t[j]
        if word == "privilege":
            user.privilege = int(t[j + 1])
            j += 2
        elif word in ("secret", "password"):
            kind = "md5" if word == "secret" else "plain"
            user.secret, j = secret_at(p, t, j + 1, ln, kind)
        elif word == "nopassword":
            user.nopassword = True
            j += 1
        elif word == "algorithm-type":
            j += 2
        elif word == "view":
            user.role = f"view {t[j + 1]}"
            p.ref("parser view", t[j + 1], "username view", ln)
            j += 2
        elif word == "autocommand":
            break
        else:
            j += 1
    return None


def h_enable(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    word = t[i - 1]  # `enable secret|password [level N] [TYPE] VALUE`
    if neg:
        return None
    is_secret = word == "secret"
    j = i
    level = 15
    if j < len(t) and t[j] == "level":
        level = int(t[j + 1])
        j += 2
    sec, _ = secret_at(p, t, j, ln, "md5" if is_secret else "plain")
    p.device.enable.append(EnablePassword(p.device.span(ln), sec, level, is_secret))
    return None


# ---- AAA ----------------------------------------------------------------------------------
def h_aaa_new_model(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    p.device.aaa.new_model = not neg


def h_aaa_group_server(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    proto = t[i]
    name = t[i + 1]
    if neg:
        return None
    group = AaaServerGroup(
        name, "tacacs+" if proto.startswith("tacacs") else proto, p.device.span(ln)
    )
    p.device.aaa.groups.append(group)
    p.define("aaa server group", name, ln)
    from untapped.dialects.cisco_ios.grammar import AAA_GROUP_MODE

    return AAA_GROUP_MODE, group


def h_group_server(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    group: AaaServerGroup = obj
    if t[i - 1] == "name":  # `server name NAME`: a `tacacs server NAME` / `radius server NAME`
        group.servers.append(t[i])
        p.ref(f"{group.protocol} server", t[i], "aaa group server", ln)
        for srv in p.device.aaa.servers:
            if srv.name == t[i] and srv.group is None:
                srv.group = group.name
    else:
        group.servers.append(t[i])
        p.device.aaa.servers.append(
            AaaServer(group.protocol, t[i], p.device.span(ln), group=group.name)
        )
        j = i + 1
        srv = p.device.aaa.servers[-1]
        while j < len(t):
            if t[j] == "key":
                srv.key, j = secret_at(p, t, j + 1, ln, "plain")
            else:
                j += 1
    return None


def h_group_server_private(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    group: AaaServerGroup = obj
    srv = AaaServer(group.protocol, t[i], p.device.span(ln), group=group.name, vrf=group.vrf)
    j = i + 1
    while j < len(t):
        if t[j] == "key":
            srv.key, j = secret_at(p, t, j + 1, ln, "plain")
        elif t[j] in ("port", "auth-port") and j + 1 < len(t):
            srv.port = int(t[j + 1])
            j += 2
        else:
            j += 1
    group.servers.append(t[i])
    p.device.aaa.servers.append(srv)
    return None


def h_group_vrf(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    group: AaaServerGroup = obj
    group.vrf = t[i]
    for srv in p.device.aaa.servers:
        if srv.group == group.name:
            srv.vrf = t[i]
    p.ref("vrf", t[i], "aaa group server vrf", ln)


def h_group_source(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    group: AaaServerGroup = obj
    group.source_interface = t[i]
    ref_interface(p, t[i], "aaa group server source-interface", ln)


def h_server_block(proto: str) -> Any:
    """`tacacs server NAME` / `radius server NAME` blocks."""

    def handler(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
        if neg:
            return None
        srv = AaaServer(proto, "", p.device.span(ln), name=t[i])
        p.device.aaa.servers.append(srv)
        p.define(f"{proto} server", t[i], ln)
        from untapped.dialects.cisco_ios.grammar import AAA_SERVER_MODE

        return AAA_SERVER_MODE, srv

    return handler


def h_server_address(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    srv: AaaServer = obj
    j = i
    if t[j] in ("ipv4", "ipv6"):
        j += 1
    srv.address = t[j]
    srv.span = p.device.span(ln)
    j += 1
    while j < len(t):
        if t[j] in ("auth-port",) and j + 1 < len(t):
            srv.port = int(t[j + 1])
            j += 2
        else:
            j += 1


def h_server_key(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    srv: AaaServer = obj
    srv.key, _ = secret_at(p, t, i, ln, "plain")


def h_server_port(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    srv: AaaServer = obj
    srv.port = int(t[i])


def h_server_global_key(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`tacacs-server key K` applies to servers without their own key."""
    sec, _ = secret_at(p, t, i, ln, "plain")
    proto = "tacacs+" if t[0].startswith("tacacs") or t[1:2] == ["tacacs-server"] else "radius"
    for srv in p.device.aaa.servers:
        if srv.protocol == proto and srv.key is None:
            srv.key = sec


# ---- lines --------------------------------------------------------------------------------
def h_line(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    kind = t[i]
    j = i + 1
    if kind in ("0", "1", "2") or kind.isdigit():
        kind = "tty"
        j = i
    if kind == "console":
        kind = "con"
    nums = [int(x) for x in t[j:] if x.isdigit()]
    if len(t) > j and "/" in t[j]:
        nums = [0]
    first = nums[0] if nums else 0
    last = nums[-1] if nums else first
    line = Line(kind, first, last, p.device.span(ln))
    p.device.lines.append(line)
    from untapped.dialects.cisco_ios.grammar import LINE_MODE

    return LINE_MODE, line


def h_line_transport(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    line: Line = obj
    direction = t[i]
    values = t[i + 1 :]
    if direction == "input":
        line.transport_input = [] if neg else values
    elif direction == "output":
        line.transport_output = [] if neg else values
    elif direction == "preferred":
        return None
    else:
        return UNRECOGNIZED
    return None


def h_line_login(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    line: Line = obj
    if neg:
        line.login = "none"
        return None
    if i >= len(t):
        line.login = "password"
    elif t[i] == "local":
        line.login = "local"
    elif t[i] == "authentication":
        line.login = "authentication"
        line.login_list = t[i + 1] if i + 1 < len(t) else "default"
        if line.login_list != "default":
            p.ref("aaa method list", line.login_list, "line login authentication", ln)
    else:
        line.login = t[i]
    return None


def h_line_password(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    line: Line = obj
    if not neg:
        line.password, _ = secret_at(p, t, i, ln, "plain")


def h_line_no_exec(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    line: Line = obj
    line.no_exec = neg


def h_line_privilege(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    line: Line = obj
    if t[i] == "level":
        line.privilege = int(t[i + 1])


def h_line_aaa(which: str) -> Any:
    def handler(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
        line: Line = obj
        target = line.authorization if which == "authorization" else line.accounting
        target.append(" ".join(t[i:]))
        if len(t) > i + 1 and t[-1] != "default":
            p.ref("aaa method list", t[-1], f"line {which}", ln)

    return handler


# ---- banners and blocks -------------------------------------------------------------------
def h_banner(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`banner motd ^C ... ^C` with any delimiter, on one line or many."""
    if neg:
        return None
    kind = t[i]
    raw = p.lines[ln - 1].strip()
    pos = raw.find(kind) + len(kind)
    rest = raw[pos:].lstrip()
    if not rest:
        return UNRECOGNIZED
    if rest.startswith("^C"):
        delim, body = "^C", rest[2:]
    else:
        delim, body = rest[0], rest[1:]
    if delim in body:
        text = body.split(delim, 1)[0]
        p.device.banners.append(_banner(p, kind, ln, ln, text))
        return None
    if not any(delim in line for line in p.lines[p.i :]):
        # never swallow the rest of the file: the following lines are read as statements
        p.warn(ln, f"banner {kind}: closing delimiter {delim!r} not found")
        p.device.banners.append(_banner(p, kind, ln, ln, body))
        return None
    taken = p.take_block(lambda s: delim in s)
    end = ln + len(taken)
    parts = [body, *taken]
    if taken and delim in taken[-1]:
        parts[-1] = taken[-1].split(delim, 1)[0]
    else:
        p.warn(ln, f"banner {kind}: closing delimiter {delim!r} not found")
    p.device.banners.append(_banner(p, kind, ln, end, "\n".join(parts).strip("\n")))
    return None


def _banner(p: IosParser, kind: str, ln: int, end: int, text: str) -> Banner:
    return Banner(kind, p.device.span(ln, end), text)


def h_certificate(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    """`certificate [ca] SERIAL` followed by hex lines and `quit` (a `key-string` likewise)."""
    if not any(line.strip() == "quit" for line in p.lines[p.i :]):
        p.warn(ln, "certificate: no closing 'quit' line")
        return None
    p.take_block(lambda s: s.strip() == "quit")
    return None


# ---- boot, archive, auto-config -----------------------------------------------------------
def h_boot_system(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if neg:
        return None
    args = [
        a for a in t[i:] if a not in ("flash", "tftp", "ftp", "rcp", "rom", "mop", "switch", "all")
    ]
    loc = args[-1] if args else " ".join(t[i:])
    if len(t) > i + 1 and t[i] in ("tftp", "ftp", "rcp"):
        loc = f"{t[i]}://{t[-1]}/{t[i + 1]}" if len(t) > i + 2 else f"{t[i]}:{t[i + 1]}"
    scheme = url_scheme(loc)
    remote = scheme in ("tftp", "ftp", "http", "https", "rcp", "scp", "sftp")
    p.device.boot.append(BootImage(p.device.span(ln), loc, remote))
    if remote:
        p.device.auto_config.append(
            AutoConfig("boot-system", p.device.span(ln), url=loc, host=address_host(loc))
        )
    return None


def h_boot_network(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if not neg:
        url = t[-1]
        p.device.auto_config.append(
            AutoConfig("boot-network", p.device.span(ln), url=url, host=address_host(url))
        )


def h_cns(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if neg:
        return None
    host = None
    for k, tok in enumerate(t):
        if tok in ("server", "trusted-server") and k + 1 < len(t):
            cand = (
                t[k + 1]
                if t[k + 1] not in ("all-agents", "config", "exec", "image")
                else (t[k + 2] if k + 2 < len(t) else None)
            )
            host = cand
    p.device.auto_config.append(
        AutoConfig("cns", p.device.span(ln), host=host, detail=" ".join(t[i : i + 2]))
    )
    return None


def h_archive(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    from untapped.dialects.cisco_ios.grammar import ARCHIVE_MODE

    return ARCHIVE_MODE, None


def h_archive_path(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if neg:
        return None
    url, passwords = split_url_password(t[i])
    p.device.archives.append(
        ConfigArchive(
            url,
            p.device.span(ln),
            "archive",
            address_host(url) if "://" in url else None,
            url_scheme(url),
            password=p.secret(passwords[0], "plain", ln) if passwords else None,
        )
    )
    return None


def h_archive_log(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    from untapped.dialects.cisco_ios.grammar import ARCHIVE_LOG_MODE

    p.device.logging.config_change = True
    return ARCHIVE_LOG_MODE, None


def h_callhome(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    from untapped.dialects.cisco_ios.grammar import CALLHOME_MODE

    return CALLHOME_MODE, None


def h_callhome_dest(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    if t[i] == "address" and len(t) > i + 2 and not neg:
        p.device.call_home.append(CallHome(p.device.span(ln), destination=t[i + 2]))
    return None


def h_parser_view(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    from untapped.dialects.cisco_ios.grammar import VIEW_MODE

    name = t[i]
    p.define("parser view", name, ln)
    if "li-view" in t[i + 1 :] or name == "li-view":
        p.device.lawful_intercept.append(LawfulIntercept("li-view", name, p.device.span(ln)))
    return VIEW_MODE, name


def h_li_view(p: IosParser, t: list[str], i: int, ln: int, neg: bool, obj: Any) -> Any:
    # `li-view PASSWORD user NAME password PASSWORD`: only the fact is kept, never the text.
    p.device.lawful_intercept.append(
        LawfulIntercept("li-view", "li-view", p.device.span(ln), detail="li-view users configured")
    )
    p._secret_lines.add(ln)
