"""Junos configuration tree -> model: forwarding-options (mirroring, sampling), services, event-options."""

from __future__ import annotations

from untapped.dialects.juniper_junos.mapping_base import EMPTY, MapperBase, _port
from untapped.dialects.juniper_junos.reader import redact_junos
from untapped.dialects.juniper_junos.tree import Node
from untapped.model.taps import (
    Automation,
    AutomationAction,
    FlowExporter,
    LawfulIntercept,
    MirrorDestination,
    MirrorSession,
    MirrorSource,
    PacketCapture,
    Telemetry,
)
from untapped.model.urls import address_host


class _TapsMapper(MapperBase):
    def forwarding_options(self) -> None:
        fo = self.root.get("forwarding-options")
        if fo is None:
            return
        pm = fo.get("port-mirroring")
        if pm is not None:
            self._port_mirror("port-mirroring", pm)
            for iname, inode in pm.items("instance"):
                self.define("port-mirroring instance", iname, inode.line)
                self._port_mirror(iname, inode)
        for aname, an in fo.items("analyzer"):
            self.define("analyzer", aname, an.line)
            ms = MirrorSession(aname, self.span(an.line))
            inp = an.get("input") or EMPTY
            for d, direction in (("ingress", "rx"), ("egress", "tx")):
                for ifname, inn in inp.items(d, "interface"):
                    ms.sources.append(MirrorSource("interface", ifname, direction, inn.line))  # type: ignore[arg-type]
                for vl, vn in inp.items(d, "vlan"):
                    ms.sources.append(MirrorSource("vlan", vl, direction, vn.line))  # type: ignore[arg-type]
            out = an.get("output") or EMPTY
            for ifname, on in out.items("interface"):
                ms.destinations.append(MirrorDestination("interface", ifname, on.line))
            for vl, vn in out.items("vlan"):
                ms.kind = "rspan-source"
                vid = self.root.val("vlans", vl, "vlan-id")
                if vid is not None and vid.isdigit() and int(vid) in self.dev.vlans:
                    self.dev.vlans[int(vid)].remote_span = True
                self.ref("vlan", vl, "analyzer output vlan", vn.line)
                ms.destinations.append(MirrorDestination("vlan", vid or vl, vn.line))
            for ip, ipn in out.items("ip-address"):
                ms.kind = "gre"
                ms.destinations.append(MirrorDestination("ip", ip, ipn.line))
            self.dev.mirror_sessions.append(ms)
        pc = fo.get("packet-capture")
        if pc is not None and not pc.has("disable"):
            cap = PacketCapture("packet-capture", self.span(pc.line))
            cap.destination = pc.val("file", "filename")
            self._captures.append(cap)
            self.dev.captures.append(cap)
        samp = fo.get("sampling")
        if samp is not None:
            self._sampling("sampling", samp)
            for iname, inode in samp.items("instance"):
                self.define("sampling instance", iname, inode.line)
                self._sampling(iname, inode)

    def _port_mirror(self, name: str, pm: Node) -> None:
        sources = self._filter_sources("port-mirror", name)
        for fam, fn in pm.items("family"):
            out = fn.get("output") or pm.get("output")
            if out is None:
                continue
            ms = MirrorSession(name if fam == "inet" else f"{name} {fam}", self.span(fn.line))
            ms.sources = list(sources)
            for ifname, on in out.items("interface"):
                hops = on.vals("next-hop")
                for hop in hops:
                    ms.kind = "other"
                    ms.destinations.append(MirrorDestination("ip", hop, on.leaf_line("next-hop")))
                if not hops:
                    ms.destinations.append(MirrorDestination("interface", ifname, on.line))
                self.ref("interface", ifname, "port-mirroring output interface", on.line)
            for hop, hn in out.items("next-hop"):
                ms.kind = "other"
                ms.destinations.append(MirrorDestination("ip", hop, hn.line))
            for ip, ipn in out.items("ip-address"):
                ms.kind = "other"
                ms.destinations.append(MirrorDestination("ip", ip, ipn.line))
            self.dev.mirror_sessions.append(ms)

    def _filter_sources(self, action: str, instance: str) -> list[MirrorSource]:
        """Interfaces whose filters send traffic to port-mirroring (or to the instance)."""
        out: list[MirrorSource] = []
        for fname, pmap in self.dev.policy_maps.items():
            hit = False
            for cls in pmap.classes:
                for act, vals in cls.actions:
                    if act == "mirror" and (
                        (instance == "port-mirroring" and vals == ("port-mirroring",))
                        or (len(vals) > 1 and vals[1] == instance)
                    ):
                        hit = True
            if not hit:
                continue
            for unit, direction in self.filter_users.get(fname, []):
                out.append(MirrorSource("interface", unit, "rx" if direction == "input" else "tx"))
            if not self.filter_users.get(fname):
                out.append(MirrorSource("filter", fname))
        for ifname, it in self.dev.interfaces.items():
            _ = ifname, it
        return out

    def _sampling(self, name: str, sn: Node) -> None:
        for fam, fn in sn.items("family"):
            out = fn.get("output") or sn.get("output")
            if out is None:
                continue
            for addr, an in out.items("flow-server"):
                version = an.val("version") or ("ipfix" if an.has("version-ipfix") else None)
                exp = FlowExporter(
                    name if fam == "inet" else f"{name} {fam}",
                    self.span(an.line),
                    protocol="ipfix"
                    if version in ("ipfix", "10") or an.has("version-ipfix")
                    else "jflow",
                    destination=addr,
                    destination_line=an.line,
                    port=_port(an.val("port")),
                    version=version,
                )
                inl = out.get("inline-jflow") or EMPTY
                exp.source = inl.val("source-address") or out.val("source-address")
                exp.vrf = an.val("routing-instance")
                self.dev.flow_exporters.append(exp)

    def services(self) -> None:
        sv = self.root.get("services")
        if sv is None:
            return
        dev = self.dev
        ft = sv.get("flow-tap")
        if ft is not None:
            detail = " ".join(f"{k} {' '.join(v.kids)}".strip() for k, v in ft.kids.items())
            dev.lawful_intercept.append(
                LawfulIntercept("flow-tap", "flow-tap", self.span(ft.line), detail=detail or None)
            )
        dfc = sv.get("dynamic-flow-capture")
        if dfc is not None:
            for gname, gn in dfc.items("capture-group") or [("dynamic-flow-capture", dfc)]:
                dest = None
                for cname, cn in gn.items("content-destination"):
                    dest = cn.val("address") or dest
                    _ = cname
                dev.lawful_intercept.append(
                    LawfulIntercept("dfc", gname, self.span(gn.line), destination=dest)
                )
        fm = sv.get("flow-monitoring")
        if fm is not None:
            for ver in ("version9", "version-ipfix"):
                for tname, tn in fm.items(ver, "template"):
                    self.define("flow-monitoring template", tname, tn.line)
        for iname, inode in sv.items("inline-monitoring", "instance"):
            self.define("inline-monitoring instance", iname, inode.line)
            for cname, cn in inode.items("collector"):
                dest = cn.val("destination-address")
                if dest is None:
                    continue
                dev.flow_exporters.append(
                    FlowExporter(
                        f"{iname} {cname}",
                        self.span(cn.line),
                        protocol="ipfix",
                        destination=dest,
                        destination_line=cn.leaf_line("destination-address"),
                        port=_port(cn.val("destination-port")),
                        source=cn.val("source-address"),
                        vrf=cn.val("routing-instance"),
                        version="inline-monitoring",
                    )
                )
        an = sv.get("analytics")
        if an is not None:
            profiles = {n: pn for n, pn in an.items("export-profile")}
            for name, sn in an.items("streaming-server"):
                self.define("streaming-server", name, sn.line)
                addr = sn.val("remote-address")
                if addr is None:
                    continue
                proto = None
                for _pname, pn in profiles.items():
                    proto = pn.val("transport") or proto
                dev.telemetry.append(
                    Telemetry(
                        name,
                        addr,
                        self.span(sn.line),
                        port=_port(sn.val("remote-port")),
                        protocol=proto or "udp",
                        encoding=next((pn.val("format") for pn in profiles.values()), None),
                    )
                )
            for sname, sn in an.items("sensor"):
                for srv in sn.vals("server-name"):
                    self.ref("streaming-server", srv, "analytics sensor server-name", sn.line)
                for prof in sn.vals("export-name"):
                    self.ref("export-profile", prof, "analytics sensor export-name", sn.line)
                _ = sname
            for pname, pn in profiles.items():
                self.define("export-profile", pname, pn.line)
        for name, rn in sv.items("rpm", "probe"):
            self.define("rpm probe", name, rn.line)

    def event_options(self) -> None:
        eo = self.root.get("event-options")
        if eo is None:
            return
        dests: dict[str, list[str]] = {}
        for dname, dn in eo.items("destinations"):
            self.define("event destination", dname, dn.line)
            urls: list[str] = []
            for raw_url, un in dn.items("archive-sites"):
                urls.append(self.url(raw_url, un.line)[0])
                if (pw := un.val("password")) is not None:
                    self.secret(pw, un.leaf_line("password"))
            dests[dname] = urls
        for pname, pn in eo.items("policy"):
            self.define("event policy", pname, pn.line)
            auto = Automation(
                pname,
                self.span(pn.line),
                kind="event-policy",
                trigger=" ".join(pn.vals("events")) or None,
            )
            then = pn.get("then") or EMPTY
            for cmd, cn in then.items("execute-commands", "commands"):
                auto.actions.append(AutomationAction(cn.line, "cli", redact_junos(cmd)))
            for key in ("execute-commands", "upload"):
                up = then.get(key)
                if up is None:
                    continue
                if key == "upload":
                    for fname, fn in up.items("filename"):
                        for dname in fn.vals("destination"):
                            self.ref(
                                "event destination",
                                dname,
                                "event policy upload",
                                fn.line_of("destination"),
                            )
                            for url in dests.get(dname, []):
                                auto.actions.append(
                                    AutomationAction(
                                        fn.line,
                                        "copy",
                                        f"upload filename {fname} destination {dname}",
                                        url=url,
                                        host=address_host(url),
                                    )
                                )
                else:
                    for dname in up.vals("destination"):
                        self.ref(
                            "event destination",
                            dname,
                            "event policy execute-commands",
                            up.line_of("destination"),
                        )
                        for url in dests.get(dname, []):
                            auto.actions.append(
                                AutomationAction(
                                    up.line_of("destination"),
                                    "copy",
                                    f"execute-commands output to {dname}",
                                    url=url,
                                    host=address_host(url),
                                )
                            )
            for sname, sn in then.items("event-script"):
                auto.actions.append(AutomationAction(sn.line, "script", f"event-script {sname}"))
                for dname in sn.vals("destination"):
                    self.ref(
                        "event destination",
                        dname,
                        "event policy event-script",
                        sn.line_of("destination"),
                    )
                    for url in dests.get(dname, []):
                        auto.actions.append(
                            AutomationAction(
                                sn.line,
                                "copy",
                                f"event-script {sname} output to {dname}",
                                url=url,
                                host=address_host(url),
                            )
                        )
            if then.has("raise-trap"):
                auto.actions.append(
                    AutomationAction(then.line_of("raise-trap"), "snmp-trap", "raise-trap")
                )
            self.dev.automations.append(auto)
        for sname, sn in eo.items("event-script", "file"):
            auto = Automation(sname, self.span(sn.line), kind="event-script")
            if (src := sn.val("source")) is not None and "://" in src:
                src = self.url(src, sn.leaf_line("source"))[0]
                self._script_source(sname, src, sn.leaf_line("source"))
            self.dev.automations.append(auto)
        for gname, gn in eo.items("generate-event"):
            self.define("generate-event", gname, gn.line)
