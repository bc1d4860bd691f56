"""The Comware grammar: the shared VRP-like modes plus what only Comware has, and the parser."""

from __future__ import annotations

from typing import Any

from untapped.collect.files import Artifact
from untapped.dialects._ioslike.engine import Mode
from untapped.dialects._vrplike import common as C
from untapped.dialects._vrplike import grammar as G
from untapped.dialects._vrplike.parser import VrpLikeParser
from untapped.dialects.h3c_comware import handlers as H
from untapped.dialects.h3c_comware import known as K
from untapped.dialects.h3c_comware.features import FEATURES

_EXTRA_MODES = (
    "scheme",
    "domain",
    "local-user",
    "ike keychain",
    "ike profile",
    "rtm",
    "scheduler job",
    "scheduler schedule",
)


def _build() -> dict[str, Mode]:
    m = G.build()
    for name in _EXTRA_MODES:
        m[name] = Mode(name)
    root = m["root"]
    root.on("version", H.h_version)
    root.on("mirroring-group", H.h_mirroring_group)
    root.on("hwtacacs scheme", H.h_scheme).on("radius scheme", H.h_scheme)
    root.on("domain", H.h_domain)
    root.known("domain default enable", "domain default disable", "domain if-unknown")
    root.on("local-user", H.h_local_user)
    root.on("super password", H.h_super_password)
    root.on("line", C.h_line)
    root.on("qos policy", C.h_policy)
    root.on("ike keychain", H.h_keychain)
    root.on("ike profile", H.h_ike_profile)
    root.on("ipsec transform-set", C.h_ipsec_proposal)
    root.on("rtm cli-policy", H.h_rtm_cli_policy)
    root.on("rtm tcl-policy", H.h_rtm_tcl_policy)
    root.on("scheduler job", H.h_scheduler_job)
    root.on("scheduler schedule", H.h_scheduler_schedule)
    root.on("ip http enable", C.svc_handler("http"))
    root.on("ip https enable", C.svc_handler("https"))
    root.on("ip http port", C.port_handler("http"))
    root.on("ip https port", C.port_handler("https"))
    root.on("netconf ssh server enable", C.svc_handler("netconf"))
    root.on("netconf soap http enable", C.svc_handler("netconf-soap-http"))
    root.on("netconf soap https enable", C.svc_handler("netconf-soap-https"))
    root.on("password-recovery enable", C.svc_handler("password-recovery"))
    root.on("ntp-service source", C.h_ntp_source)
    root.on("sntp unicast-server", C.h_ntp_server)
    root.on("grpc enable", C.svc_handler("grpc"))
    root.on("cloud-management server domain", H.h_cloud_management)
    root.on("tftp-server acl", C.svc_handler("tftp-server"))

    i = m["interface"]
    i.on("mirroring-group", H.h_mirroring_group)
    m["vlan"].on("remote-probe vlan enable", C.h_vlan_remote_probe)

    sch = m["scheme"]
    for rank in ("primary", "secondary"):
        for role in ("authentication", "authorization", "accounting"):
            sch.on(f"{rank} {role}", H.h_scheme_server)
    sch.on("key", H.h_scheme_key)
    sch.on("vpn-instance", H.h_scheme_vrf)
    sch.on("nas-ip", H.h_scheme_nas_ip)
    dom = m["domain"]
    for svc in ("authentication", "authorization", "accounting"):
        dom.on(svc, H.h_domain_method)
    lu = m["local-user"]
    lu.on("password", H.h_user_password)
    lu.on("service-type", H.h_user_service)
    lu.on("authorization-attribute", H.h_user_attr)
    lu.on("level", H.h_user_attr)
    m["ike keychain"].on("pre-shared-key", H.h_keychain_psk)
    m["ike profile"].on("keychain", H.h_profile_keychain)
    m["ike profile"].on("proposal", H.h_profile_proposal)
    rtm = m["rtm"]
    rtm.on("event", H.h_rtm_event)
    rtm.on("action", H.h_rtm_action)
    m["scheduler job"].on("command", H.h_job_command)
    sched = m["scheduler schedule"]
    sched.on("job", H.h_schedule_job)
    sched.on("time", H.h_schedule_time)
    K.register(m)
    return m


MODES = _build()


class ComwareParser(VrpLikeParser):
    dialect_name = "h3c_comware"
    declared = FEATURES
    modes = MODES
    class_acl_deny = "platform"
    classifier_and_default = True  # `traffic classifier C` without operator: and

    def __init__(self, artifact: Artifact) -> None:
        super().__init__(artifact, MODES["root"])
        self.probes: dict[str, tuple[str, int]] = {}
        self.egress: dict[str, list[str]] = {}
        self.scheme_vrf: dict[str, str] = {}

    def finish_dialect(self) -> None:
        H.finish_mirrors(self)

    def extra(self) -> Any:
        return None
