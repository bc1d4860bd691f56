"""A fast, table-driven parser for indentation-structured configuration text.

Each configuration mode (global, interface, router bgp, ...) is a `Mode`: a trie of statement
token paths. A leaf is a handler (code that fills the model), `KNOWN` (a statement the grammar
recognises specifically but the model does not need), or a `Block` (a known statement that opens a
child mode). The engine walks the lines once, keeps a stack of open blocks by indentation, and
accounts for every line: recognized, unrecognized (with a diagnostic) or blank/comment.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from untapped.collect.files import Artifact
from untapped.dialects._structures import CANONICAL
from untapped.model.core import Definition, Diagnostic, LineCounts, Reference, Secret, Span
from untapped.model.device import Device, ParseResult
from untapped.redact import _QUICK, redact_text

# redact_text returns a line unchanged unless one of these words is in it (its own quick test,
# a loop over the words): here one regex search, for handlers that redact every statement
_SECRET_HINT = re.compile("|".join(re.escape(w) for w in _QUICK)).search


def redacted(text: str, lower: str | None = None) -> str:
    """`redact_text(text)`, with the common no-secret line answered by one regex search
    (`lower`: `text.lower()` when the caller has it)."""
    if _SECRET_HINT(text.lower() if lower is None else lower) is None:
        return text
    return redact_text(text)


END = ""  # trie key of a leaf (no token is empty)
ANY = "*"  # trie key that matches any one token


class _Known:
    __slots__ = ()

    def __repr__(self) -> str:
        return "KNOWN"


KNOWN: Any = _Known()


class Block:
    """A known statement that opens a child mode whose lines the model does not need."""

    __slots__ = ("mode",)

    def __init__(self, mode: Mode) -> None:
        self.mode = mode


# A handler: (parser, tokens, index of first argument, line number, negated, block object)
# returns None (recognized), a (Mode, obj) pair to open a child block, or False (unrecognized).
Handler = Callable[..., Any]
UNRECOGNIZED = False


class Mode:
    """A configuration mode: a trie from statement token paths to handlers."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.trie: dict[str, Any] = {}

    def _node(self, path: str) -> dict[str, Any]:
        node = self.trie
        for tok in path.split():
            node = node.setdefault(tok, {})
        return node

    def on(self, path: str, handler: Handler) -> Mode:
        self._node(path)[END] = handler
        return self

    def known(self, *paths: str) -> Mode:
        for path in paths:
            node = self._node(path)
            node.setdefault(END, KNOWN)
        return self

    def known_all(self, paths: Iterable[str]) -> Mode:
        return self.known(*paths)

    def block(self, path: str, mode: Mode) -> Mode:
        self._node(path)[END] = Block(mode)
        return self

    def lookup(self, toks: list[str], i: int) -> tuple[Any, int]:
        node = self.trie
        best: Any = None
        best_i = i
        n = len(toks)
        while i < n:
            nxt = node.get(toks[i])
            if nxt is None:
                nxt = node.get(toks[i].lower())
                if nxt is None:
                    nxt = node.get(ANY)
                    if nxt is None:
                        break
            node = nxt
            i += 1
            leaf = node.get(END)
            if leaf is not None:
                best = leaf
                best_i = i
                if len(node) == 1:  # a leaf with no longer statement below: nothing deeper
                    break
        return best, best_i

    def resolve(self, toks: list[str], i: int) -> tuple[Any, int, bool]:
        """Like `lookup`, but a KNOWN entry never shadows a handler on the same path: the
        deepest handler (or Block) wins, and the flag says whether a KNOWN entry matched deeper
        (then a line the handler rejects still counts as recognized)."""
        node = self.trie
        best: Any = None
        best_i = i
        known_deeper = False
        n = len(toks)
        while i < n:
            nxt = node.get(toks[i])
            if nxt is None:
                nxt = node.get(toks[i].lower())
                if nxt is None:
                    nxt = node.get(ANY)
                    if nxt is None:
                        break
            node = nxt
            i += 1
            leaf = node.get(END)
            if leaf is None:
                continue
            if leaf is KNOWN:
                if best is None or best is KNOWN:
                    best, best_i = leaf, i
                else:
                    known_deeper = True
            else:
                best, best_i, known_deeper = leaf, i, False
            if len(node) == 1:  # a leaf with no longer statement below: nothing deeper
                break
        return best, best_i, known_deeper


UNKNOWN_MODE = Mode("unknown")  # children of an unrecognized block: all unrecognized


def split_lines(text: str) -> list[str]:
    """Lines as stored: split on LF (CRLF and stray CR removed by stripping); a CR-only file is
    split on CR. A final newline does not start a line."""
    if "\n" not in text and "\r" in text:
        lines = text.split("\r")
    else:
        lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


class LineParser:
    """Walks the lines of one artifact through a root `Mode`. Dialects subclass it to add state."""

    comment_prefixes: tuple[str, ...] = ("!",)
    # Structures the platform has without configuring them (the default VRF, NX-OS's management
    # VRF...): referenced ones are recorded as definitions without lines, so that references to
    # them are not "undefined".
    builtin_structures: tuple[tuple[str, str], ...] = (("vrf", "default"), ("vrf", "global"))
    negation_words: tuple[str, ...] = ("no",)  # first tokens that negate a statement (VRP: undo)
    # VRP-like: a comment line (`#`) closes the blocks at its indentation; when lenient, not if
    # the next statement is one the innermost open block knows (files with `#` inside blocks)
    comments_close_blocks = False
    comments_close_lenient = False
    dialect_name = "unknown"
    # When True, lines indented under a one-line statement (a KNOWN leaf or a handler that opens
    # no block) are unrecognized instead of being matched against the enclosing mode: a block's
    # children need a child table. Off by default (the behaviour dialects were written against).
    strict_children = False
    # When True, a line the current mode does not know is tried as an unindented child of the
    # block just closed without any indented child (hand-written or tool-flattened configs).
    flat_children = False

    def __init__(self, artifact: Artifact, root: Mode) -> None:
        self.artifact = artifact
        self.file = artifact.origin
        self.root = root
        self.lines = split_lines(artifact.text)
        self.i = 0  # index of the next line to read
        self.counts = LineCounts(total=len(self.lines))
        self.diagnostics: list[Diagnostic] = []
        self.device = Device(name="", file=self.file, dialect=self.dialect_name)
        self._defs: dict[tuple[str, str], list[int]] = {}
        self._refs: list[Reference] = []
        self._secret_lines: set[int] = set()
        self.features: set[str] = set()
        self.text = ""  # the stripped statement being parsed
        if artifact.note:
            self.diagnostics.append(Diagnostic(self.file, 0, "encoding", artifact.note))

    # ---- helpers for handlers -------------------------------------------------------------
    def define(self, type_: str, name: str, line: int) -> None:
        """Record a named structure; the type is mapped to its vendor-neutral name."""
        key = (CANONICAL.get(type_, type_), name)
        lines = self._defs.get(key)
        if lines is None:
            self._defs[key] = [line]
        else:
            lines.append(line)

    def ref(self, type_: str, name: str, context: str, line: int) -> None:
        self._refs.append(Reference(CANONICAL.get(type_, type_), name, context, line))

    def secret(self, value: str, kind: str, line: int) -> Secret:
        self._secret_lines.add(line)
        return Secret(value, kind)

    def warn(self, line: int, message: str) -> None:
        self.diagnostics.append(Diagnostic(self.file, line, "warning", message))

    def take_block(self, until: Callable[[str], bool], include_end: bool = True) -> list[str]:
        """Consume following lines up to (and, if include_end, including) the first for which
        `until(raw_line)` is true; they count as recognized. Returns the consumed raw lines."""
        out: list[str] = []
        n = len(self.lines)
        while self.i < n:
            raw = self.lines[self.i]
            if until(raw):
                if include_end:
                    out.append(raw)
                    self.i += 1
                    self.counts.recognized += 1
                return out
            out.append(raw)
            self.i += 1
            self.counts.recognized += 1
        return out

    def take_indented(self, indent: int) -> list[tuple[int, str]]:
        """Consume following lines indented deeper than `indent` (blank lines included while the
        block goes on); they count as recognized. Returns (line number, stripped text)."""
        out: list[tuple[int, str]] = []
        n = len(self.lines)
        while self.i < n:
            raw = self.lines[self.i]
            s = raw.strip()
            if s and len(raw) - len(raw.lstrip()) <= indent:
                break
            self.i += 1
            if s:
                self.counts.recognized += 1
                out.append((self.i, s))
            else:
                self.counts.blank_or_comment += 1
        return out

    def unrecognized(self, line: int, text: str) -> None:
        self.counts.unrecognized += 1
        self.diagnostics.append(
            Diagnostic(self.file, line, "unrecognized", redact_text(text)[:240])
        )

    def is_comment(self, stripped: str) -> bool:
        return stripped.startswith(self.comment_prefixes)

    # ---- the walk -------------------------------------------------------------------------
    def run(self) -> ParseResult:
        # Speed: the line counter, the counts, the current mode and block object are locals
        # (`self.i` is synchronised around every call that may read or move it: handlers,
        # fallbacks, `close`); the trie walk of `Mode.resolve` is inlined.
        lines = self.lines
        n = len(lines)
        counts = self.counts
        stack: list[tuple[int, Mode, Any, int]] = [(-1, self.root, None, 0)]
        comment = self.comment_prefixes
        negs = self.negation_words
        closing = self.comments_close_blocks
        pending = -1  # indentation of a block-closing comment seen since the last statement
        lenient = self.comments_close_lenient
        prev = 0  # number of the last statement line
        # a block closed, without any indented child, by a line at its own indentation: some
        # configurations (hand-written, or flattened by tools) give a block's children no
        # indentation. A following line the current mode does not know, but that block's mode
        # does, is taken as its child; a line the current mode knows is never swallowed by it.
        orphan: tuple[int, Mode, Any, int] | None = None
        strict = self.strict_children
        flat = self.flat_children
        rec = blank = 0  # added to self.counts at the end (handlers update it directly)
        top = -1  # indentation of the innermost open block
        mode = self.root
        obj: Any = None
        known = KNOWN
        block_type = Block
        unknown_mode = UNKNOWN_MODE
        deferred = -1  # indentation of a statement whose deeper lines are unrecognized
        deferred_line = 0
        i = self.i
        while i < n:
            raw = lines[i]
            i += 1
            stripped = raw.strip()
            if not stripped or stripped.startswith(comment):
                blank += 1
                if closing and stripped:
                    cind = len(raw) - len(raw.lstrip())
                    if pending < 0 or cind < pending:
                        pending = cind
                continue
            indent = raw.find(stripped[0])  # leading whitespace: strip() removed exactly that
            if deferred >= 0:
                # the lines under a one-line or unrecognized statement are unrecognized: its
                # block is opened only when a deeper line comes (else it would be closed at once)
                if indent > deferred:
                    stack.append((deferred, unknown_mode, None, deferred_line))
                    top, mode, obj = deferred, unknown_mode, None
                deferred = -1
            if indent <= top:
                while indent <= stack[-1][0]:
                    closed = stack.pop()
                    _, _, done, start = closed
                    if prev > start and done is not None:
                        self.i = i
                        self.close(done, start, prev)
                    if flat and closed[0] == indent and prev == start:
                        if closed[1] is not unknown_mode:
                            orphan = closed  # closed with no indented child
                top, mode, obj, _ = stack[-1]
            last = prev
            prev = i
            toks = stripped.split()
            neg = False
            start = 0
            if toks[0] in negs and len(toks) > 1:
                neg = True
                start = 1
            # ---- Mode.resolve, inlined ----
            node = mode.trie
            leaf: Any = None
            argi = start
            known_deeper = False
            ti = start
            nt = len(toks)
            while ti < nt:
                tok = toks[ti]
                nxt = node.get(tok)
                if nxt is None:
                    nxt = node.get(tok.lower())
                    if nxt is None:
                        nxt = node.get(ANY)
                        if nxt is None:
                            break
                node = nxt
                ti += 1
                here = node.get(END)
                if here is None:
                    continue
                if here is known:
                    if leaf is None or leaf is known:
                        leaf, argi = here, ti
                    else:
                        known_deeper = True
                else:
                    leaf, argi, known_deeper = here, ti, False
                if len(node) == 1:  # a leaf with no longer statement below: nothing deeper
                    break
            if pending >= 0:
                # a closing comment ended the blocks at its indentation, unless this statement
                # is one the innermost block knows (files that put `#` inside a block)
                if (leaf is None or not lenient) and pending <= stack[-1][0]:
                    while pending <= stack[-1][0]:
                        _, _, done, bstart = stack.pop()
                        if last > bstart and done is not None:
                            self.i = i
                            self.close(done, bstart, last)
                    top, mode, obj, _ = stack[-1]
                    leaf, argi, known_deeper = mode.resolve(toks, start)
                pending = -1
            cur = obj  # the block object the statement belongs to
            if leaf is None:
                self.i = i
                leaf = self.fallback(mode, toks, start)
                if leaf is None and orphan is not None and orphan[0] == indent:
                    leaf, argi = orphan[1].lookup(toks, start)
                    if leaf is None:
                        leaf = self.fallback(orphan[1], toks, start)
                    if leaf is not None:
                        cur = orphan[2]  # an unindented child of the block just closed
                if leaf is None:
                    self.unrecognized(i, stripped)
                    deferred, deferred_line = indent, i
                    continue
            else:
                orphan = None
            if leaf is known:
                rec += 1
                if strict:  # lines indented under a one-line statement are not its parent's
                    deferred, deferred_line = indent, i
                continue
            if type(leaf) is block_type:
                rec += 1
                stack.append((indent, leaf.mode, cur, i))
                top, mode, obj = indent, leaf.mode, cur
                continue
            self.text = stripped
            self.i = line_no = i
            try:
                result = leaf(self, toks, argi, line_no, neg, cur)
            except (IndexError, ValueError, KeyError):
                result = UNRECOGNIZED
            i = self.i  # a handler may have consumed following lines
            if result is UNRECOGNIZED:
                if not known_deeper:
                    self.unrecognized(line_no, stripped)
                    deferred, deferred_line = indent, line_no
                    continue
                result = None  # the handler did not model it, but the grammar knows it
            rec += 1
            prev = i
            if result is None:
                if strict:  # a one-line statement has no children
                    deferred, deferred_line = indent, line_no
                continue
            child_mode, child_obj = result
            stack.append((indent, child_mode, child_obj, line_no))
            top, mode, obj = indent, child_mode, child_obj
        self.i = i
        counts.recognized += rec
        counts.blank_or_comment += blank
        while len(stack) > 1:
            _, _, done, start = stack.pop()
            if prev > start and done is not None:
                self.close(done, start, prev)
        return self.finish()

    def close(self, obj: Any, start: int, end: int) -> None:
        """A block opened at line `start` ended at line `end`: extend the object's span."""
        try:  # (try/except, not getattr/contextlib.suppress: this runs for every block)
            span = obj.span
            if type(span) is Span and span.line == start and (span.end or start) < end:
                obj.span = Span(span.file, start, end)
        except AttributeError:  # no span, or a frozen object: it keeps its span
            pass

    def fallback(self, mode: Mode, toks: list[str], start: int) -> Any:
        """Hook for dialects: a leaf for a statement the trie does not know, or None."""
        return None

    def finish(self) -> ParseResult:
        dev = self.device
        if not dev.name:
            dev.name = self.default_name()
        referenced = {(r.type, r.name) for r in self._refs}
        for key in self.builtin_structures:
            if key in referenced and key not in self._defs:
                self._defs[key] = []
        dev.definitions = [Definition(t, n, tuple(lines)) for (t, n), lines in self._defs.items()]
        dev.references = self._refs
        dev.secret_lines = sorted(self._secret_lines)
        dev.features = frozenset(self.features)
        return ParseResult(dev, self.counts, self.diagnostics)

    def default_name(self) -> str:
        base = self.file.rsplit("/", 1)[-1]
        for suffix in (".cfg", ".conf", ".txt", ".config", ".ios", ".running"):
            if base.lower().endswith(suffix):
                return base[: -len(suffix)]
        return base
