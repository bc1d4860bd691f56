"""The VRP grammar: the shared VRP-like modes plus what only VRP has, and the VrpParser."""

from __future__ import annotations

from untapped.collect.files import Artifact
from untapped.dialects._ioslike.engine import Mode
from untapped.dialects._vrplike import common as C
from untapped.dialects._vrplike import grammar as G
from untapped.dialects._vrplike.common import h_capture, svc_handler
from untapped.dialects._vrplike.parser import VrpLikeParser
from untapped.dialects.huawei_vrp import handlers as H
from untapped.dialects.huawei_vrp import known as K
from untapped.dialects.huawei_vrp.features import FEATURES


def _build() -> dict[str, Mode]:
    m = G.build()
    for name in ("hwtacacs", "radius", "aaa", "aaa scheme", "aaa domain", "ops", "assistant"):
        m[name] = Mode(name)
    for name in ("auto-save", "grpc", "grpc server"):
        m[name] = Mode(name)
    root = m["root"]
    root.on("observe-port", H.h_observe_port)
    root.on("hwtacacs-server template", H.h_hwtacacs_template)
    root.on("radius-server template", H.h_radius_template)
    root.on("radius-server group", H.h_radius_template)
    root.on("aaa", H.h_aaa)
    root.on("ops", H.h_ops)
    root.on("configuration file auto-save", H.h_auto_save)
    root.on("set save-configuration", H.h_backup_to_server)
    root.on("grpc", H.h_grpc)
    root.on("capture-packet", h_capture)
    root.on("ftp server-source", svc_handler("ftp-server"))

    m["interface"].on("port-mirroring", C.h_if_port_mirroring)
    m["interface"].on("port-observing observe-index", C.h_observe_port_index)
    m["vlan"].on("mirroring to observe-port", C.h_vlan_mirroring)
    m["vlan"].on("port-mirroring", C.h_vlan_mirroring)

    for mode in (m["hwtacacs"], m["radius"]):
        for srv in ("hwtacacs-server", "radius-server"):
            for role in ("authentication", "authorization", "accounting"):
                mode.on(f"{srv} {role}", H.h_template_server)
            mode.on(f"{srv} shared-key", H.h_template_key)
            mode.on(f"{srv} shared-key-cipher", H.h_template_key)
            mode.on(f"{srv} source-ip", H.h_template_source)
            mode.on(f"{srv} source interface", H.h_template_source)
    aaa = m["aaa"]
    aaa.on("local-user", H.h_local_user)
    for s in ("authentication-scheme", "authorization-scheme", "accounting-scheme"):
        aaa.on(s, H.h_scheme)
    aaa.on("domain", H.h_domain)
    sch = m["aaa scheme"]
    for s in ("authentication-mode", "authorization-mode", "accounting-mode"):
        sch.on(s, H.h_scheme_mode)
    dom = m["aaa domain"]
    for s in (
        "authentication-scheme",
        "authorization-scheme",
        "accounting-scheme",
        "hwtacacs-server",
        "radius-server",
    ):
        dom.on(s, H.h_domain_ref)
    ops = m["ops"]
    ops.on("assistant", H.h_assistant)
    ops.on("script-assistant", H.h_script_assistant)
    asst = m["assistant"]
    asst.on("condition", H.h_condition)
    asst.on("execute", H.h_execute)
    m["auto-save"].on("backup-to-server", H.h_backup_to_server)
    m["auto-save"].known("auto-save interval", "auto-save delay", "auto-save enable")
    grpc = m["grpc"]
    grpc.on("grpc server", H.h_grpc_server)
    grpc.on("grpc client", H.h_grpc_server)
    gs = m["grpc server"]
    gs.on("server enable", H.h_grpc_enable)
    gs.on("server-port", H.h_grpc_port)
    gs.known("source-ip", "idle-timeout", "ssl-policy", "ssl-verify", "server-source")
    K.register(m)
    return m


MODES = _build()


class VrpParser(VrpLikeParser):
    dialect_name = "huawei_vrp"
    declared = FEATURES
    modes = MODES
    comments_close_lenient = True  # manuals and some releases put `#` inside bgp views

    def __init__(self, artifact: Artifact) -> None:
        super().__init__(artifact, MODES["root"])
