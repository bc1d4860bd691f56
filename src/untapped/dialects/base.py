"""The Dialect protocol: what every vendor dialect provides, and the feature vocabulary.

A dialect declares the features it populates; the conformance suite (tests/dialects) checks each
declared feature against the dialect's golden cases and fails on an undeclared feature that is
silently empty. Analyses read `Device.features` to say "unknown" instead of passing silently.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from typing import Any, Protocol

import msgspec

from untapped.collect.files import Artifact
from untapped.model.device import ParseResult

# The regex parser of the standard library, to read a marker's possible first characters (private
# modules without type stubs: typed as Any; a failure there only makes a marker slower to test).
_sre_parse: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")

# Feature name -> the Device fields it covers.
FEATURES: dict[str, tuple[str, ...]] = {
    "hostname": ("name",),
    "interfaces": ("interfaces",),
    "vlans": ("vlans",),
    "vrfs": ("vrfs",),
    "static_routes": ("static_routes",),
    "ospf": ("ospf",),
    "bgp": ("bgp",),
    "acls": ("acls",),
    "object_groups": ("object_groups",),
    "prefix_lists": ("prefix_lists",),
    "route_maps": ("route_maps",),
    "qos_policies": ("class_maps", "policy_maps"),
    "users": ("users", "enable"),
    "aaa": ("aaa",),
    "snmp": ("snmp",),
    "logging": ("logging",),
    "ntp": ("ntp",),
    "dns": ("dns",),
    "lines": ("lines",),
    "services": ("services",),
    "ssh": ("ssh",),
    "banners": ("banners",),
    "key_chains": ("key_chains",),
    "mirror": ("mirror_sessions",),
    "flow_export": ("flow_exporters", "flow_monitors"),
    "traffic_export": ("traffic_exports",),
    "capture": ("captures",),
    "lawful_intercept": ("lawful_intercept",),
    "archive": ("archives",),
    "automation": ("automations",),
    "tunnels": ("interfaces",),
    "crypto": ("crypto_peers", "crypto_proposals"),
    "telemetry": ("telemetry",),
    "wccp": ("wccp",),
    "auto_config": ("auto_config", "boot"),
    "call_home": ("call_home",),
    "references": ("definitions", "references"),
}


class Sniff(msgspec.Struct, frozen=True):
    """How strongly a text looks like a dialect, and the evidence (marker descriptions)."""

    score: float
    evidence: tuple[str, ...] = ()


class Dialect(Protocol):
    name: str
    title: str
    features: frozenset[str]

    def sniff(self, text: str) -> Sniff: ...

    def parse(self, artifact: Artifact) -> ParseResult: ...


class Marker(msgspec.Struct, frozen=True):
    """A line pattern that is evidence for (positive weight) or against (negative) a dialect."""

    pattern: str
    weight: float
    why: str


def _top_alternatives(pattern: str) -> list[str]:
    """Split a regex at its top-level `|` (outside groups and character classes)."""
    parts: list[str] = []
    depth = 0
    in_class = False
    cur: list[str] = []
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            cur.append(pattern[i : i + 2])
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append("".join(cur))
            cur = []
            i += 1
            continue
        cur.append(ch)
        i += 1
    parts.append("".join(cur))
    return parts


def _line_anchored_body(pattern: str) -> str | None:
    """The pattern without its `^` when every top-level alternative starts with `^` (so it can
    only match at a line start), else None."""
    alts = _top_alternatives(pattern)
    if not all(a.startswith("^") for a in alts):
        return None
    return "|".join(a[1:] for a in alts)


_SPECIAL = frozenset("\\.^$*+?{}[]()|")
_QUANT = frozenset(("*", "+", "?", "{"))
_Seq = Any  # a parsed regex (re._parser.SubPattern): a sequence of (opcode, argument)
_CATEGORY_CHARS = {
    _c.CATEGORY_DIGIT: "0123456789",
    _c.CATEGORY_SPACE: " \t\n\r\f\v",
}


def _first_chars(seq: _Seq) -> tuple[frozenset[str] | None, bool]:
    """(the characters a match of the parsed pattern `seq` can start with, or None when that is
    not known; whether it can match the empty string)."""
    out: set[str] = set()
    for op, av in seq:
        first, nullable = _first_of(op, av)
        if first is None:
            return None, False
        out |= first
        if not nullable:
            return frozenset(out), False
    return frozenset(out), True


def _first_of(op: Any, av: Any) -> tuple[frozenset[str] | None, bool]:
    if op is _c.LITERAL:
        return frozenset((chr(av),)), False
    if op is _c.AT:
        # only the line/text start is zero-width at a line start for sure; `$` and the others
        # are left unknown
        return (
            (frozenset(), True) if av in (_c.AT_BEGINNING, _c.AT_BEGINNING_LINE) else (None, False)
        )
    if op is _c.IN:
        chars: set[str] = set()
        for iop, iav in av:
            if iop is _c.LITERAL:
                chars.add(chr(iav))
            elif iop is _c.RANGE and iav[1] - iav[0] < 256:
                chars.update(chr(x) for x in range(iav[0], iav[1] + 1))
            elif iop is _c.CATEGORY and iav in _CATEGORY_CHARS:
                chars.update(_CATEGORY_CHARS[iav])
            else:  # NEGATE, \w and the like
                return None, False
        return frozenset(chars), False
    if op is _c.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        if add_flags & re.IGNORECASE:
            return None, False
        return _first_chars(sub)
    if op is _c.BRANCH:
        out: set[str] = set()
        nullable = False
        for sub in av[1]:
            first, n = _first_chars(sub)
            if first is None:
                return None, False
            out |= first
            nullable = nullable or n
        return frozenset(out), nullable
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        lo, _hi, sub = av
        first, n = _first_chars(sub)
        return first, (n or lo == 0) if first is not None else False
    return None, False  # lookarounds, `.`, back-references...


def _parse_case_sensitive(pattern: str) -> Any:
    """The `sre_parse` tree of `pattern` (MULTILINE), or None when it is invalid or ignores case
    (then the characters it matches are not the ones written)."""
    try:
        parsed = _sre_parse.parse(pattern, re.MULTILINE)
    except re.error:
        return None
    if parsed.state.flags & re.IGNORECASE:
        return None
    return parsed


def _line_start_chars(pattern: str) -> frozenset[str] | None:
    """The characters a line must start with for `pattern` to match there, when `pattern` can
    only match at a line start (every alternative starts with `^`) and that set is known; else
    None."""
    parsed = _parse_case_sensitive(pattern)
    if parsed is None:
        return None
    body = list(parsed)
    alts = [body]
    if len(body) == 1 and body[0][0] is _c.BRANCH:
        alts = list(body[0][1][1])
    for alt in alts:  # each alternative must begin with a line-start anchor
        if (
            not alt
            or alt[0][0] is not _c.AT
            or alt[0][1]
            not in (
                _c.AT_BEGINNING,
                _c.AT_BEGINNING_LINE,
            )
        ):
            return None
    first, nullable = _first_chars(body)
    if first is None or nullable:
        return None
    return first


class MarkerSniffer:
    """Score a text by line markers (vendor knowledge as data). Only the first `window` lines are
    read; each marker counts once. The score is the sum of the weights of the markers seen.

    Speed: a marker that can only match at a line start (`^...`, the usual case) is tried only at
    the line starts whose first character can begin a match (computed once from the parsed
    pattern): one dict lookup per line selects the few candidates, and each is `match`ed at that
    position of the text, so the result is exactly that of searching each marker separately.
    Other markers are searched one by one."""

    def __init__(self, markers: list[Marker], window: int = 3000) -> None:
        self.markers = markers
        self.window = window
        # The search tables are built on first use: detection scores file heads from the markers
        # themselves (detect_lines) and needs these only for long or undecided texts; building
        # all dialects' tables (regex compilation mostly) cost ~0.18 CPU s per process.
        self._built = False

    def _build(self) -> None:
        markers = self.markers
        self._built = True
        self._res = [(re.compile(m.pattern, re.MULTILINE), m) for m in markers]
        by_char: dict[str, list[int]] = {}
        anywhere: list[int] = []  # anchored, but the first character is not known
        loose: list[int] = []
        for k, m in enumerate(markers):
            if _line_anchored_body(m.pattern) is None:
                loose.append(k)
                continue
            first = _line_start_chars(m.pattern)
            if first is None:
                anywhere.append(k)
                continue
            for ch in first:
                by_char.setdefault(ch, []).append(k)
        self._todo = len(markers) - len(loose)
        self._loose = loose
        # first character of a line -> the markers to try there, in marker order
        self._anywhere = tuple(anywhere)
        self._by_char = {ch: tuple(sorted(ks + anywhere)) for ch, ks in by_char.items()}
        self._compiled = [r.match for r, _ in self._res]
        # all anchored markers in one alternation of zero-width lookaheads behind a literal
        # "\n": the regex engine skips from line start to line start in C and stops at a line
        # where some marker matches (the first in marker order; the later ones are re-tested)
        bodies: list[str] = []
        for k, m in enumerate(markers):
            if k in loose:
                continue
            for j, alt in enumerate(_top_alternatives(m.pattern)):
                alt = alt[1:]  # without its "^"
                # A branch that starts with a plain literal character is skipped by the regex
                # engine with one comparison; others are zero-width lookaheads.
                if alt[:1] and alt[0] not in _SPECIAL and alt[1:2] not in _QUANT:
                    # the empty named group comes last: it must be the last group closed
                    bodies.append(f"{re.escape(alt[0])}(?={alt[1:]})(?P<m{k}_{j}>)")
                    continue
                first = _line_start_chars("^" + alt)
                if first:
                    # a character class first (skipped as fast as a literal), then the branch
                    # checked from the line start by a lookbehind of fixed width
                    cls = "".join(re.escape(ch) for ch in sorted(first))
                    bodies.append(f"[{cls}](?<=\\n(?=(?:{alt}))(?s:.))(?P<m{k}_{j}>)")
                else:
                    bodies.append(f"(?=(?P<m{k}_{j}>{alt}))")
        self._combined: re.Pattern[str] | None = None
        if bodies:
            try:
                self._combined = re.compile("\\n(?:" + "|".join(bodies) + ")", re.MULTILINE)
            except re.error:  # e.g. a marker with its own named groups: the per-line walk
                self._combined = None

    def __call__(self, text: str) -> Sniff:
        seen = self.found(text)
        score = 0.0
        evidence: list[str] = []
        for k, m in enumerate(self.markers):
            if k in seen:
                score += m.weight
                evidence.append(f"{m.why} ({m.weight:+g})")
        return Sniff(score, tuple(evidence))

    def found(self, text: str) -> set[int]:
        """The indexes of the markers found in the text's window."""
        if not self._built:
            self._build()
        head = text if len(text) < 200_000 else text[:200_000]
        if self.window:
            cut = 0
            for _ in range(self.window):
                cut = head.find("\n", cut + 1)
                if cut < 0:
                    break
            if cut > 0:
                head = head[:cut]
        res = self._res
        seen: set[int] = set()
        if self._combined is not None:
            by_char = self._by_char
            anywhere = self._anywhere
            match = self._compiled
            todo = self._todo
            lined = "\n" + head  # position p + 1 of `lined` is position p of `head`
            for mt in self._combined.finditer(lined):
                name = mt.lastgroup
                if name is None:
                    continue
                first = int(name[1:].split("_", 1)[0])
                seen.add(first)
                pos = mt.start() + 1
                # markers tried before `first` failed on this line; later ones may match it too
                for k in by_char.get(lined[pos : pos + 1], anywhere):
                    if k > first and k not in seen and match[k](lined, pos):
                        seen.add(k)
                if len(seen) >= todo:
                    break
        elif self._todo:
            by_char = self._by_char
            anywhere = self._anywhere
            match = self._compiled
            todo = self._todo
            find = head.find
            pos = 0
            while True:
                for k in by_char.get(head[pos : pos + 1], anywhere):
                    if k not in seen and match[k](head, pos):
                        seen.add(k)
                nxt = find("\n", pos)
                if nxt < 0 or len(seen) >= todo:
                    break
                pos = nxt + 1
        for k in self._loose:
            if res[k][0].search(head):
                seen.add(k)
        return seen


class MarkerDialect:
    """The shape most dialects share: a marker sniffer (evidence as data) and a parse function.
    A package then only states its name, features, markers and parser."""

    def __init__(
        self,
        name: str,
        title: str,
        features: frozenset[str],
        markers: list[Marker],
        parse: Callable[[Artifact], ParseResult],
        file_names: frozenset[str] = frozenset(),
    ) -> None:
        self.name = name
        self.title = title
        self.features = features
        # Lower-case file names only this vendor's software writes (evidence for detection).
        self.file_names = file_names
        self._sniff = MarkerSniffer(markers)
        self._parse = parse

    @property
    def head_sniffer(self) -> MarkerSniffer:
        """What `sniff` is on a text no longer than the sniffer's window (detect_lines)."""
        return self._sniff

    def sniff(self, text: str) -> Sniff:
        return self._sniff(text)

    def parse(self, artifact: Artifact) -> ParseResult:
        return self._parse(artifact)
