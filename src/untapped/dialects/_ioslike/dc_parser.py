"""Data-centre IOS-like handlers (NX-OS, EOS): parser (see dc.py)."""

from __future__ import annotations

from typing import Any, ClassVar

from untapped.collect.files import Artifact
from untapped.dialects._ioslike.engine import KNOWN, LineParser, Mode
from untapped.model.core import Secret
from untapped.model.device import ParseResult
from untapped.model.taps import (
    FlowExporter,
)

H = Any  # handler return type: None, (Mode, obj) or UNRECOGNIZED


class DcParser(LineParser):
    """LineParser with the state the shared handlers need. Subclasses set `modes`, `declared`."""

    modes: ClassVar[dict[str, Mode]] = {}
    declared: frozenset[str] = frozenset()

    def __init__(self, artifact: Artifact, root: Mode) -> None:
        super().__init__(artifact, root)
        self.bgp_af: str | None = None
        self.bgp_vrf: str | None = None
        self.pending_transforms: dict[str, list[str]] = {}
        self.classic_flow_source: str | None = None
        self.enabled_features: dict[str, int] = {}  # NX-OS `feature X` -> line
        self.erspan_origin: str | None = None
        self.sflow: FlowExporter | None = None
        self.sflow_running: bool | None = None
        self.snmp_host_vrf: dict[str, str] = {}
        self.group_vrf: dict[str, str] = {}
        self.global_keys: dict[str, Secret] = {}  # `tacacs-server key`, `radius-server key`
        self.transports: list[Any] = []  # dial-out transports (EOS gNMI grpc-tunnel)
        self.extra: dict[str, Any] = {}  # dialect-specific state

    def fallback(self, mode: Mode, toks: list[str], start: int) -> Any:
        """EOS/NX-OS `default X` resets a statement the mode knows: recognised, nothing to do."""
        if toks[0] == "default" and len(toks) > 1:
            leaf, _ = mode.lookup(toks, 1)
            if leaf is not None:
                return KNOWN
        return None

    def finish(self) -> ParseResult:
        for srv in self.device.aaa.servers:
            if srv.key is None and srv.protocol in self.global_keys:
                srv.key = self.global_keys[srv.protocol]
        self.post()
        result = super().finish()
        result.device.features = self.declared
        return result

    def post(self) -> None:
        """Dialect hook run before the result is built (feature gating, defaults)."""
