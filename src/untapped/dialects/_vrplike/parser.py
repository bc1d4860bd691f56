"""The VRP-like line parser: the IOS-like engine with `#`/`!` comments and `undo` negation, plus
the state the two dialects need to resolve mirrors and policies at the end of a file."""

from __future__ import annotations

from typing import Any, ClassVar

from untapped.collect.files import Artifact
from untapped.dialects._ioslike.engine import LineParser, Mode
from untapped.model.device import ParseResult
from untapped.model.taps import MirrorDestination, MirrorSession, MirrorSource


class VrpLikeParser(LineParser):
    comment_prefixes = ("#", "!")
    negation_words = ("undo",)
    comments_close_blocks = True
    features: Any
    declared: frozenset[str] = frozenset()
    modes: ClassVar[dict[str, Mode]] = {}
    # what a deny rule of an ACL matched by a traffic classifier does: "drop" (VRP: the packet
    # is discarded whatever the behavior) or "platform" (Comware: depends on the device)
    class_acl_deny: ClassVar[str] = "drop"
    classifier_and_default: ClassVar[bool] = False  # operator of `traffic classifier` unsaid

    def __init__(self, artifact: Artifact, root: Mode) -> None:
        super().__init__(artifact, root)
        # mirroring: index -> session (VRP observe-port, Comware mirroring-group)
        self.mirrors: dict[str, MirrorSession] = {}
        # (index, source) bindings seen before their session was defined
        self.mirror_sources: list[tuple[str, MirrorSource]] = []
        self.mirror_dests: list[tuple[str, MirrorDestination]] = []
        self.netstream_source: str | None = None
        self.bgp_vrf: str | None = None
        self.bgp_af: str | None = None
        self.aaa_group: Any = None
        self.behaviors: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        self.policy_links: list[tuple[Any, str]] = []
        self.sflow_source: str | None = None
        self.group_keys: dict[tuple[str | None, str], Any] = {}

    def mirror(self, index: str, line: int, kind: str = "local") -> MirrorSession:
        sess = self.mirrors.get(index)
        if sess is None:
            sess = MirrorSession(index, self.device.span(line), kind)  # type: ignore[arg-type]
            self.mirrors[index] = sess
            self.device.mirror_sessions.append(sess)
            self.define("monitor session", index, line)
        return sess

    def finish_dialect(self) -> None:
        """Hook: dialect-specific resolution before the result is built."""

    def finish(self) -> ParseResult:
        for index, src in self.mirror_sources:
            sess = self.mirrors.get(index)
            if sess is None:
                sess = self.mirror(index, src.line)
            sess.sources.append(src)
        for index, dst in self.mirror_dests:
            sess = self.mirrors.get(index)
            if sess is None:
                sess = self.mirror(index, dst.line)
            sess.destinations.append(dst)
        from untapped.dialects._vrplike.common import finish_aaa, finish_crypto, resolve_policies

        resolve_policies(self)
        finish_aaa(self)
        finish_crypto(self)
        self.finish_dialect()
        for exp in self.device.flow_exporters:
            if exp.source is None and self.netstream_source and exp.protocol == "netstream":
                exp.source = self.netstream_source
        result = super().finish()
        result.device.features = self.declared
        return result
