"""Junos configuration tree -> model: system (users, AAA, syslog, NTP, DNS, services) and SNMP."""

from __future__ import annotations

from untapped.dialects.juniper_junos.mapping_base import (
    EMPTY,
    FACILITIES,
    PREDEFINED_CLASSES,
    MapperBase,
    _is_ip,
    _port,
)
from untapped.dialects.juniper_junos.tree import Node
from untapped.model.mgmt import (
    AaaMethodList,
    AaaServer,
    Banner,
    DnsServer,
    LogHost,
    NtpServer,
    Service,
    SnmpCommunity,
    SnmpGroup,
    SnmpHost,
    SnmpUser,
    SnmpView,
    User,
)
from untapped.model.taps import (
    Automation,
    AutomationAction,
    ConfigArchive,
    LawfulIntercept,
)
from untapped.model.urls import address_host, url_scheme


class _SystemMapper(MapperBase):
    def system(self, s: Node) -> None:
        dev = self.dev
        keys = s.kids
        for addr, an in s.items("name-server"):
            dev.dns.servers.append(
                DnsServer(addr, self.span(an.line), vrf=an.val("routing-instance"))
            )
        dev.dns.domain = s.val("domain-name")
        # users
        if "root-authentication" in keys or "login" in keys:
            ra = s.get("root-authentication")
            if ra is not None:
                u = User("root", self.span(ra.line), role="super-user", privilege=15)
                if (pw := ra.val("encrypted-password")) is not None:
                    u.secret = self.secret(pw, ra.leaf_line("encrypted-password"))
                u.ssh_key = any(
                    ra.has(k) for k in ("ssh-rsa", "ssh-ecdsa", "ssh-ed25519", "ssh-dsa")
                )
                dev.users.append(u)
            login = s.get("login") or EMPTY
            for uname, un in login.items("user"):
                u = User(uname, self.span(un.line), role=un.val("class"))
                auth = un.get("authentication") or EMPTY
                if (pw := auth.val("encrypted-password")) is not None:
                    u.secret = self.secret(pw, auth.leaf_line("encrypted-password"))
                u.ssh_key = any(
                    auth.has(k) for k in ("ssh-rsa", "ssh-ecdsa", "ssh-ed25519", "ssh-dsa")
                )
                if (cls := u.role) is not None:
                    if cls not in PREDEFINED_CLASSES:  # Junos built-ins need no definition
                        self.ref("login class", cls, "login user class", un.leaf_line("class"))
                    if cls == "super-user":
                        u.privilege = 15
                    elif cls == "read-only":
                        u.privilege = 1
                dev.users.append(u)
            for cname, cn in login.items("class"):
                self.define("login class", cname, cn.line)
                perms = cn.vals("permissions")
                tap = [p for p in perms if p.startswith("flow-tap")]
                if tap:
                    dev.lawful_intercept.append(
                        LawfulIntercept(
                            "flow-tap",
                            cname,
                            self.span(cn.line_of("permissions")),
                            detail="login class permissions " + " ".join(tap),
                        )
                    )
            if (msg := login.val("message")) is not None:
                dev.banners.append(Banner("motd", self.span(login.leaf_line("message")), msg))
            if (msg := login.val("announcement")) is not None:
                dev.banners.append(Banner("exec", self.span(login.leaf_line("announcement")), msg))
        # AAA
        if (
            "authentication-order" in keys
            or "tacplus-server" in keys
            or "radius-server" in keys
            or "accounting" in keys
        ):
            order = s.vals("authentication-order")
            if order:
                dev.aaa.methods.append(
                    AaaMethodList(
                        "authentication",
                        "login",
                        "default",
                        tuple(order),
                        s.line_of("authentication-order"),
                    )
                )
            for proto, key in (("tacacs+", "tacplus-server"), ("radius", "radius-server")):
                for addr, an in s.items(key):
                    self._aaa(proto, addr, an, ["authentication"])
            acct = s.get("accounting", "destination")
            if acct is not None:
                for proto, key in (("tacacs+", "tacplus"), ("radius", "radius")):
                    for addr, an in acct.items(key, "server"):
                        self._aaa(proto, addr, an, ["accounting"])
        # syslog
        if "syslog" in keys:
            sl = s.get("syslog") or EMPTY
            src = sl.val("source-address")
            dev.logging.source_interface = src
            for addr, hn in sl.items("host"):
                h = LogHost(
                    addr,
                    self.span(hn.line),
                    vrf=hn.val("routing-instance") or sl.val("routing-instance"),
                )
                h.port = _port(hn.val("port"))
                h.source_interface = hn.val("source-address")
                if (tr := hn.val("transport")) is not None:
                    h.transport = tr
                levels = [lv for fac, fn in hn.kids.items() if fac in FACILITIES for lv in fn.kids]
                h.level = levels[0] if levels else None
                dev.logging.hosts.append(h)
            if sl.kids:
                dev.logging.enabled = True
            if sl.has("file"):
                dev.logging.buffered = True
        # trace messages sent to a remote syslog host
        if "tracing" in keys:
            for addr, tn in s.items("tracing", "destination-override", "syslog", "host"):
                dev.logging.hosts.append(LogHost(addr, self.span(tn.line), level="tracing"))
        # ntp
        if "ntp" in keys:
            ntp = s.get("ntp") or EMPTY
            for kind, peer in (("server", False), ("peer", True)):
                for addr, nn in ntp.items(kind):
                    srv = NtpServer(
                        addr, self.span(nn.line), vrf=nn.val("routing-instance"), peer=peer
                    )
                    if (k := nn.val("key")) and k.isdigit():
                        srv.key = int(k)
                    srv.prefer = nn.has("prefer")
                    dev.ntp.servers.append(srv)
            for kid, kn in ntp.items("authentication-key"):
                if kid.isdigit():
                    dev.ntp.keys.append(int(kid))
                if (v := kn.val("value")) is not None:
                    self.secret(v, kn.leaf_line("value"))
            dev.ntp.trusted_keys = [int(k) for k in ntp.vals("trusted-key") if k.isdigit()]
            dev.ntp.authenticate = bool(dev.ntp.trusted_keys)
            dev.ntp.source_interface = ntp.val("source-address")
        # services
        if "services" in keys:
            self.system_services(s.get("services"))
        # archival
        if "archival" in keys:
            arch = s.get("archival", "configuration")
            if arch is not None:
                kind = (
                    "transfer-on-commit"
                    if arch.has("transfer-on-commit")
                    else "transfer-interval"
                    if arch.has("transfer-interval")
                    else "archive"
                )
                for raw_url, un in arch.items("archive-sites"):
                    url, url_pw = self.url(raw_url, un.line)
                    pw = un.val("password")
                    secret = self.secret(pw, un.leaf_line("password")) if pw else url_pw
                    dev.archives.append(
                        ConfigArchive(
                            url,
                            self.span(un.line),
                            kind=kind,
                            host=address_host(url) if "://" in url else None,
                            scheme=url_scheme(url),
                            vrf=arch.val("routing-instance"),
                            password=secret,
                        )
                    )
        # scripts
        if "scripts" in keys:
            scripts = s.get("scripts") or EMPTY
            for kind in ("op", "commit", "event"):
                for fname, fn in scripts.items(kind, "file"):
                    auto = Automation(fname, self.span(fn.line), kind=f"{kind}-script")
                    src = fn.val("source")
                    if src is not None:
                        src = self.url(src, fn.leaf_line("source"))[0]
                    if src is not None and "://" in src:
                        self._script_source(fname, src, fn.leaf_line("source"))
                    dev.automations.append(auto)

    def _aaa(self, proto: str, addr: str, an: Node, roles: list[str]) -> None:
        srv = AaaServer(proto, addr, self.span(an.line), roles=list(roles))
        if (sec := an.val("secret")) is not None:
            srv.key = self.secret(sec, an.leaf_line("secret"))
        srv.port = _port(an.val("port"))
        srv.source_interface = an.val("source-address")
        srv.vrf = an.val("routing-instance")
        self.dev.aaa.servers.append(srv)

    def system_services(self, sv: Node | None) -> None:
        if sv is None:
            return
        dev = self.dev
        simple = {
            "ssh": "ssh",
            "telnet": "telnet",
            "ftp": "ftp-server",
            "finger": "finger",
            "tftp-server": "tftp-server",
            "xnm-clear-text": "xnm-clear-text",
            "xnm-ssl": "xnm-ssl",
            "rest": "rest",
            "extension-service": "extension-service",
            "outbound-ssh": "outbound-ssh",
            "dhcp": "dhcp-server",
            "dhcp-local-server": "dhcp-server",
            "dns": "dns-server",
        }
        for key, name in simple.items():
            n = sv.get(key)
            if n is not None:
                port = _port(n.val("port") or n.val("http", "port") or n.val("https", "port"))
                dev.services[name] = Service(name, True, n.line, port=port)
        grpc = sv.get("extension-service", "request-response", "grpc")
        if grpc is not None:
            clear = grpc.get("clear-text")
            tls = grpc.get("ssl")
            port = _port((clear or tls or EMPTY).val("port"))
            dev.services["grpc"] = Service(
                "grpc", True, grpc.line, port=port, detail="clear-text" if clear else "tls"
            )
        nc = sv.get("netconf")
        if nc is not None:
            dev.services["netconf"] = Service(
                "netconf", True, nc.line, port=_port(nc.val("ssh", "port"))
            )
        wm = sv.get("web-management")
        if wm is not None:
            for proto in ("http", "https"):
                pn = wm.get(proto)
                if pn is not None:
                    dev.services[proto] = Service(proto, True, pn.line, port=_port(pn.val("port")))
        ft = sv.get("flow-tap-dtcp")
        if ft is not None:
            dev.services["flow-tap-dtcp"] = Service("flow-tap-dtcp", True, ft.line)
            dev.lawful_intercept.append(
                LawfulIntercept(
                    "dtcp",
                    "flow-tap-dtcp",
                    self.span(ft.line),
                    detail="system services flow-tap-dtcp",
                )
            )
        ssh = sv.get("ssh")
        if ssh is not None:
            pv = ssh.vals("protocol-version")
            if pv == ["v2"]:
                dev.ssh.version = 2
            elif pv:
                dev.ssh.version = 1
            dev.ssh.port = _port(ssh.val("port"))
            dev.ssh.ciphers = ssh.vals("ciphers")
            dev.ssh.macs = ssh.vals("macs")
            dev.ssh.kex = ssh.vals("key-exchange")
            if (rl := ssh.val("root-login")) is not None:
                dev.services["ssh"].detail = f"root-login {rl}"
        for cname, cn in sv.items("outbound-ssh", "client"):
            if (sec := cn.val("secret")) is not None:
                self.secret(sec, cn.leaf_line("secret"))
            for host, hn in cn.kids.items():
                if _is_ip(host):
                    auto = Automation(
                        cname, self.span(cn.line), kind="outbound-ssh", trigger="always"
                    )
                    auto.actions.append(
                        AutomationAction(
                            hn.line,
                            "outbound-ssh",
                            f"outbound-ssh {host}",
                            url=f"ssh://{host}",
                            host=host,
                        )
                    )
                    dev.automations.append(auto)

    def snmp(self) -> None:
        sn = self.root.get("snmp")
        if sn is None:
            return
        snmp = self.dev.snmp
        snmp.enabled = True
        snmp.location = sn.val("location")
        snmp.contact = sn.val("contact")
        for cl, cn in sn.items("client-list"):
            self.define("snmp client-list", cl, cn.line)
        for com, cn in sn.items("community"):
            auth = cn.val("authorization") or "read-only"
            c = SnmpCommunity(self.secret(com, cn.line, "plain"), self.span(cn.line))
            c.access = "rw" if auth == "read-write" else "ro"
            c.view = cn.val("view")
            if c.view:
                self.ref("snmp view", c.view, "snmp community view", cn.leaf_line("view"))
            if (clname := cn.val("client-list-name")) is not None:
                c.acl = clname
                self.ref(
                    "snmp client-list",
                    clname,
                    "snmp community client-list-name",
                    cn.leaf_line("client-list-name"),
                )
            elif cn.vals("clients"):
                c.acl = "clients"
            c.vrf = cn.val("routing-instance")
            snmp.communities.append(c)
        for vname, vn in sn.items("view"):
            self.define("snmp view", vname, vn.line)
            v = SnmpView(vname, self.span(vn.line))
            for oid, on in vn.items("oid"):
                (v.excluded if on.has("exclude") else v.included).append(oid)
            snmp.views.append(v)
        for gname, gn in sn.items("trap-group"):
            version = gn.val("version")
            for addr, tn in gn.items("targets"):
                h = SnmpHost(addr, self.span(tn.line), version=version, kind="trap")
                h.community = self.secret(gname, gn.line, "plain")
                h.vrf = gn.val("routing-instance")
                snmp.hosts.append(h)
            snmp.traps = True
        if (ti := sn.val("trap-options", "source-address")) is not None:
            snmp.source_interface = ti
        v3 = sn.get("v3")
        if v3 is not None:
            snmp.versions = ["v3"]
            for uname, un in v3.items("usm", "local-engine", "user"):
                u = SnmpUser(uname, self.span(un.line))
                for k, kn in un.kids.items():
                    if k.startswith("authentication-"):
                        u.auth = k.split("-", 1)[1]
                        if (key := kn.val("authentication-key")) is not None:
                            u.secret = self.secret(key, kn.leaf_line("authentication-key"))
                    elif k.startswith("privacy-"):
                        u.priv = k.split("-", 1)[1]
                        if (key := kn.val("privacy-key")) is not None:
                            self.secret(key, kn.leaf_line("privacy-key"))
                snmp.users.append(u)
            for _tname, tn in v3.items("target-address"):
                taddr = tn.val("address")
                if taddr is None:
                    continue
                h = SnmpHost(taddr, self.span(tn.line), version="v3", kind="trap")
                h.vrf = tn.val("routing-instance")
                h.port = _port(tn.val("port"))
                params = tn.val("target-parameters")
                h.user = v3.val("target-parameters", params or "", "parameters", "security-name")
                h.user = h.user or params
                snmp.hosts.append(h)
            vacm = v3.get("vacm") or EMPTY
            for gname, gn in vacm.items("access", "group"):
                g = SnmpGroup(gname, self.span(gn.line))
                for _model, mn in gn.items("default-context-prefix", "security-model"):
                    for level, ln in mn.items("security-level"):
                        g.security = {
                            "none": "noauth",
                            "authentication": "auth",
                            "privacy": "priv",
                        }.get(level, level)
                        g.read_view = ln.val("read-view")
                        g.write_view = ln.val("write-view")
                        g.notify_view = ln.val("notify-view")
                snmp.groups.append(g)
