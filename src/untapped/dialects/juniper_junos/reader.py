"""Reading Junos text, both forms, into a `Node` tree with line accounting.

The brace form (`show configuration`) is tokenized line by line with a fast path for the common
`words;` / `words {` / `}` lines and a small scanner for quotes, `[ ]` lists, `/* */` comments
and `#` comments. The set form (`display set`) is one statement per line: `set`, `deactivate`,
`activate`, `delete`, `protect`... Both give statement paths, each checked against the grammar
(`schema`) for accounting and inserted into the tree.
"""

from __future__ import annotations

import re
from typing import Any

from untapped.dialects.juniper_junos import schema as S
from untapped.dialects.juniper_junos.tree import Node, delete, find, insert
from untapped.model.core import Diagnostic, LineCounts
from untapped.redact import redact_text, token

_RESTKEY = S.RESTKEY
_ANY = S.ANY
_SUBTREE = S.SUBTREE
_APPLY_WORDS = S.APPLY_WORDS

_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|/\*|\*/|[{};\[\]]|#|[^\s{};\[\]"#]+|"')
_HASHED = re.compile(r"\$[1-9]\$[^\s\";]*")
_URL_PW = re.compile(r"(://[^:/@\s\"]+:)([^@\s\"]+)@")
_QUOTED = re.compile(r'"(?:[^"\\]|\\.)*"')
# characters after which a set line's tokens need the scanner (`_TOKEN`), not a split on quotes
_SCANNED = ("\\", "[", "]", "#", "{", "}", ";", "/*", "*/")


def redact_junos(text: str) -> str:
    """Redact what `redact_text` cannot know in Junos text: `$9$`/`$1$`/`$6$`... values after
    any keyword, passwords in URLs, every quoted value of a `## SECRET-DATA` line."""
    if "## SECRET-DATA" in text:
        text = _QUOTED.sub(lambda m: token(m.group()[1:-1]), text)
    if "$" in text:
        text = _HASHED.sub(lambda m: token(m.group()), text)
    if "://" in text:
        text = _URL_PW.sub(lambda m: m.group(1) + token(m.group(2)) + "@", text)
    return redact_text(text)


SET_VERBS = frozenset(
    {"set", "deactivate", "activate", "delete", "protect", "unprotect", "insert", "annotate"}
)
NOOP_VERBS = frozenset({"protect", "unprotect"})
ORDER_VERBS = frozenset({"insert", "annotate"})
PREFIXES = frozenset({"inactive:", "protect:", "replace:", "delete:", "active:", "unprotect:"})


def scan_tokens(s: str) -> list[str] | None:
    """The tokens of a statement by the full scanner (escapes, lists, comments); None when a
    quote is left open."""
    out = []
    for m in _TOKEN.finditer(s):
        t = m.group()
        if t == "#":
            break
        if t in ("[", "]"):
            out.append(t)
            continue
        if t == '"':
            return None
        out.append(unquote(t))
    return out


def unquote(tok: str) -> str:
    if len(tok) >= 2 and tok[0] == '"' and tok[-1] == '"':
        inner = tok[1:-1]
        if "\\" in inner:
            inner = inner.replace('\\"', '"').replace("\\\\", "\\")
        return inner
    return tok


class Reader:
    def __init__(self, file: str, lines: list[str]) -> None:
        self.file = file
        self.lines = lines
        self.counts = LineCounts(total=len(lines))
        self.diagnostics: list[Diagnostic] = []
        self.root = Node(0)
        # brace state
        self.stack: list[tuple[list[str], Any, Node]] = []  # (path, schema node, tree node)
        self.path: list[str] = []
        self.snode: Any = S.ROOT
        self.tnode: Node = self.root
        self.in_comment = False
        self.pending: list[str] = []  # tokens of a statement spanning lines
        self.pending_lines: list[int] = []
        self.in_list: list[str] | None = None
        self.open_quote: str | None = None
        self.cur = 0
        self.inactive_paths: list[list[str]] = []  # where `inactive:` / `deactivate` apply
        self.has_apply = False
        self.cur_ok = False
        self.last_path: list[str] = []
        self.last_snodes: list[Any] = [S.ROOT]
        self.last_tnodes: list[Node] = [self.root]

    # ---- accounting ---------------------------------------------------------------------
    def _verdict(self, lines: list[int], ok: bool, text: str) -> None:
        if not lines:
            # another statement on a line already counted: a bad one makes the line unrecognized
            if not ok and self.cur_ok:
                self.cur_ok = False
                self.counts.recognized -= 1
                lines = [self.cur]
            else:
                return
        elif ok:
            self.counts.recognized += len(lines)
            if lines[-1] == self.cur:
                self.cur_ok = True
            return
        else:
            if lines[-1] == self.cur:
                self.cur_ok = False
        self.counts.unrecognized += len(lines)
        for ln in lines:
            self.diagnostics.append(
                Diagnostic(self.file, ln, "unrecognized", redact_junos(text.strip())[:240])
            )

    # ---- the walk -----------------------------------------------------------------------
    def run(self) -> Node:
        counts = self.counts
        lines = self.lines
        skip = 0
        busy = False  # inside a comment, quote, list or statement spanning lines (`_slow` state)
        stack = self.stack  # the open brace blocks (the list is only ever changed in place)
        # `apply-groups` anywhere: the groups are applied after the read (a superset of the
        # lines that hold the statement; without such a statement applying them is a no-op)
        self.has_apply = "apply-groups" in "\n".join(lines)
        for idx, raw in enumerate(lines):
            if idx < skip:
                continue  # joined into a set statement with a quoted value spanning lines
            s = raw.strip()
            if (
                not stack  # first: inside a brace block (most brace lines) nothing else is read
                and s[:4] == "set "
                and not busy
                and '"' not in s
                and "[" not in s
                and "#" not in s
                and "/*" not in s
                and s[-1] != ";"
                and s[-1] != "{"
            ):
                # a plain `set` statement: the cached walk, else it may split or is reported
                toks = s.split()
                line_no = idx + 1
                if self._set_cached(toks, line_no):
                    continue
                self.cur = line_no
                self._set_line(toks, line_no, raw, False)
                continue
            line_no = idx + 1
            self.cur = line_no
            if busy:
                self._slow(s, line_no, raw)
                busy = self._busy()
                continue
            if not s:
                counts.blank_or_comment += 1
                continue
            c0 = s[0]
            if c0 == "#" or c0 == "!" or (c0 == "{" and s[-1] == "}" and " " not in s):
                counts.blank_or_comment += 1  # comment, `## Last commit`, `{master:0}` prompt
                continue
            if s == "}":
                self._close()
                counts.blank_or_comment += 1
                continue
            if '"' not in s and "[" not in s and "#" not in s and "/*" not in s:
                last_c = s[-1]
                if last_c == ";" and s.count(";") == 1 and "{" not in s and "}" not in s:
                    toks = s[:-1].split()
                    snode = self.snode
                    if toks and snode is not None and toks[0] not in PREFIXES:
                        # the common case, inline: a plain leaf statement
                        parts = S.split(snode, toks)
                        if parts is not None:
                            counts.recognized += 1
                            self.cur_ok = True
                            tnode = self.tnode
                            for part in parts:
                                insert(tnode, part, line_no)
                            continue
                    self._statement(toks, [line_no], raw)
                    continue
                if last_c == "{" and s.count("{") == 1 and ";" not in s and "}" not in s:
                    self._open(s[:-1].split(), [line_no], raw)
                    continue
                if not stack:
                    toks = s.split()
                    verb = toks[0]
                    if verb == "set" and len(toks) > 1:
                        if self._set_cached(toks, line_no):
                            continue
                        self._set_line(toks, line_no, raw, False)
                        continue
                    if verb in SET_VERBS:
                        self._set_line(toks, line_no, raw)
                        continue
            elif not stack and s.split(None, 1)[0] in SET_VERBS and not s.endswith((";", "{")):
                stoks = self._set_tokens(s)
                if stoks is not None:
                    self._set_line(stoks, line_no, raw)
                    continue
                joined = self._set_multiline(idx)
                if joined:
                    skip = joined
                    continue
            self._slow(s, line_no, raw)
            busy = self._busy()
        if self.pending_lines:
            self._verdict(self.pending_lines, False, "unterminated statement")
        return self.root

    def _busy(self) -> bool:
        return bool(
            self.in_comment
            or self.open_quote is not None
            or self.pending
            or self.in_list is not None
        )

    # ---- set form -----------------------------------------------------------------------
    def _set_tokens(self, s: str) -> list[str] | None:
        if not any(c in s for c in _SCANNED):
            # only plain quoted values (no escapes, lists, comments, braces): the text between
            # quotes is one token each, the rest splits on whitespace, as the scanner does
            parts = s.split('"')
            if len(parts) % 2 == 0:
                return None  # a quote left open
            out = parts[0].split()
            for k in range(1, len(parts), 2):
                out.append(parts[k])
                out.extend(parts[k + 1].split())
            return out
        return scan_tokens(s)

    def _set_multiline(self, idx: int) -> int:
        """A set statement whose quoted value spans lines (`display set` keeps the newlines):
        join up to 100 following lines until the quote closes. Returns the index after the
        statement, or 0 when it never closes."""
        text = self.lines[idx].strip()
        for end in range(idx + 1, min(idx + 100, len(self.lines))):
            text += "\n" + self.lines[end]
            toks = self._set_tokens(text.strip())
            if toks is None:
                continue
            before = self.counts.unrecognized
            self._set_line(toks, idx + 1, self.lines[idx])
            extra = end - idx
            if self.counts.unrecognized > before:
                self.counts.unrecognized += extra
                for ln in range(idx + 2, end + 2):
                    self.diagnostics.append(
                        Diagnostic(self.file, ln, "unrecognized", "(continued statement)")
                    )
            else:
                self.counts.recognized += extra
            return end + 1
        return 0

    def _set_cached(self, toks: list[str], line_no: int) -> bool:
        """`display set` repeats long prefixes: walk the grammar and the tree from where the
        previous set line diverges. `toks` is the whole line (`set` first); `last_snodes[j]` /
        `last_tnodes[j]` are the grammar and tree nodes after the first j path tokens of the
        previous line. False when the plain grammar walk fails (the caller then splits the
        statement or reports it)."""
        last = self.last_path
        j = 1
        m = len(last)
        if len(toks) < m:
            m = len(toks)
        while j < m and last[j] == toks[j]:
            j += 1
        snodes = self.last_snodes
        tnodes = self.last_tnodes
        del snodes[j:]
        del tnodes[j:]
        sn = snodes[-1]
        tn = tnodes[-1]
        s_add = snodes.append
        t_add = tnodes.append
        for tok in toks[j:]:
            nxt = sn.get(tok)
            if nxt is None:
                if _RESTKEY in sn or tok in _APPLY_WORDS:
                    nxt = _SUBTREE
                else:
                    nxt = sn.get(_ANY)
                    if nxt is None:
                        self.last_path = []
                        del snodes[1:]
                        del tnodes[1:]
                        return False
            sn = nxt
            kids = tn.kids
            kid = kids.get(tok)
            if kid is None:
                kid = kids[tok] = Node(line_no)
            tn = kid
            s_add(sn)
            t_add(tn)
        self.counts.recognized += 1
        self.last_path = toks
        return True

    def _set_line(self, toks: list[str], line_no: int, raw: str, cached: bool = True) -> None:
        verb = toks[0]
        path = toks[1:]
        if verb == "set" and "[" not in path:
            if cached and path and self._set_cached(toks, line_no):
                return
            parts = S.split(S.ROOT, path) if path else None
            if parts is None:
                self._verdict([line_no], False, raw)
                insert(self.root, path, line_no)
            else:
                self.counts.recognized += 1
                for p in parts:
                    insert(self.root, p, line_no)
            return
        self.last_path = []  # the tree may change below: forget the cached walk
        paths = _expand_lists(path)
        split = [S.split(S.ROOT, p) for p in paths]
        ok = bool(path) and all(sp is not None for sp in split)
        if ok and verb == "set":
            paths = [q for sp in split if sp is not None for q in sp]
        if verb in NOOP_VERBS:
            ok = bool(path) and S.accepts(path)
        elif verb in ORDER_VERBS:
            # `insert PATH before|after KEY`, `annotate PATH "text"`: the path must be known
            cut = (
                path.index("before")
                if "before" in path
                else path.index("after")
                if "after" in path
                else len(path) - 1
            )
            ok = cut > 0 and S.accepts(path[:cut])
        self._verdict([line_no], ok, raw)
        if verb == "set":
            for p in paths:
                insert(self.root, p, line_no)
        elif verb == "deactivate":
            node = find(self.root, path)
            if node is None:
                node = insert(self.root, path, line_no)
            node.inactive = True
            self.inactive_paths.append(path)
        elif verb == "activate":
            node = find(self.root, path)
            if node is not None:
                node.inactive = False
        elif verb == "delete":
            delete(self.root, path)

    # ---- brace form ---------------------------------------------------------------------
    def _close(self) -> None:
        if self.stack:
            self.path, self.snode, self.tnode = self.stack.pop()

    def _open(self, toks: list[str], lines: list[int], raw: str) -> None:
        flags, toks = _flags(toks)
        snode = S.walk(self.snode, toks) if self.snode is not None else None
        if snode is S.REST:
            snode = S.SUBTREE  # inside a subtree the grammar lists as a whole (`X ...`)
        self._verdict(lines, snode is not None and bool(toks), raw)
        self.stack.append((self.path, self.snode, self.tnode))
        full = self.path + toks
        if "delete:" in flags:
            delete(self.root, full)
        node = insert(self.tnode, toks, (lines[0] if lines else self.cur))
        if "inactive:" in flags:
            node.inactive = True
            self.inactive_paths.append(full)
        self.path = full
        self.snode = snode
        self.tnode = node

    def _statement(self, toks: list[str], lines: list[int], raw: str) -> None:
        flags, toks = _flags(toks)
        if not toks:
            self.counts.blank_or_comment += len(lines)
            return
        paths = _expand_lists(toks)
        ok = self.snode is not None
        if ok:
            split = [S.split(self.snode, p) for p in paths]
            ok = all(sp is not None for sp in split)
            if ok:
                paths = [q for sp in split if sp is not None for q in sp]
        self._verdict(lines, ok, raw)
        if "delete:" in flags:
            delete(self.root, self.path + toks)
            return
        line = lines[0] if lines else self.cur
        for p in paths:
            insert(self.tnode, p, line)
            if "inactive:" in flags:
                # `inactive: address A;` deactivates A, as `deactivate ... address A` does
                head = find(self.tnode, p[:2])
                if head is not None:
                    head.inactive = True
                    self.inactive_paths.append(self.path + p[:2])

    def _slow(self, s: str, line_no: int, raw: str) -> None:
        """Scanner for lines with quotes, lists, comments, or statements spanning lines.

        Each line is counted once: in the verdict of the statement that ends on it or spans
        it, else as blank/comment (comments, closing braces)."""
        text = s
        pos = 0
        n = len(text)
        counted = False
        while pos < n:
            if self.in_comment:
                end = text.find("*/", pos)
                if end < 0:
                    break
                self.in_comment = False
                pos = end + 2
                continue
            if self.open_quote is not None:
                end = _quote_end(text, pos)
                if end < 0:
                    self.open_quote += "\n" + text[pos:]
                    break
                tok = unquote(self.open_quote + "\n" + text[pos : end + 1])
                (self.in_list if self.in_list is not None else self.pending).append(tok)
                self.open_quote = None
                pos = end + 1
                continue
            m = _TOKEN.search(text, pos)
            if m is None:
                break
            t = m.group()
            pos = m.end()
            if t == "/*":
                self.in_comment = True
                continue
            if t == "*/":
                continue
            if t == "#":
                break
            if t == '"':
                self.open_quote = text[m.start() :]
                if line_no not in self.pending_lines and not counted:
                    self.pending_lines.append(line_no)
                    counted = True
                break
            if not counted and line_no not in self.pending_lines:
                self.pending_lines.append(line_no)
                counted = True
            if t == "[":
                self.in_list = []
                continue
            if t == "]":
                if self.in_list is not None:
                    self.pending.append("[")
                    self.pending.extend(self.in_list)
                    self.pending.append("]")
                self.in_list = None
                continue
            if self.in_list is not None:
                self.in_list.append(unquote(t))
                continue
            if t == ";":
                self._statement(self.pending, self.pending_lines, raw)
                self.pending, self.pending_lines = [], []
                continue
            if t == "{":
                if self.pending:
                    self._open(self.pending, self.pending_lines, raw)
                else:
                    self._verdict(self.pending_lines, False, raw)
                    self.stack.append((self.path, self.snode, self.tnode))
                    self.snode = None
                self.pending, self.pending_lines = [], []
                continue
            if t == "}":
                if self.pending:  # a statement without `;` before `}`
                    self._statement(self.pending, self.pending_lines, raw)
                elif self.pending_lines:
                    self.counts.blank_or_comment += len(self.pending_lines)
                self.pending, self.pending_lines = [], []
                self._close()
                continue
            self.pending.append(unquote(t))
        if not counted:
            self.counts.blank_or_comment += 1
        elif (
            not self.pending
            and self.in_list is None
            and self.open_quote is None
            and self.pending_lines
        ):
            # content that ended on this line without completing a statement
            self.counts.blank_or_comment += len(self.pending_lines)
            self.pending_lines = []


def _quote_end(text: str, pos: int) -> int:
    i = pos
    n = len(text)
    while i < n:
        c = text[i]
        if c == "\\":
            i += 2
            continue
        if c == '"':
            return i
        i += 1
    return -1


def _flags(toks: list[str]) -> tuple[tuple[str, ...], list[str]]:
    if toks and toks[0] in PREFIXES:
        i = 0
        while i < len(toks) and toks[i] in PREFIXES:
            i += 1
        return tuple(toks[:i]), toks[i:]
    return (), toks


def _expand_lists(toks: list[str]) -> list[list[str]]:
    """`members [ a b ]` -> [[members, a], [members, b]]."""
    if "[" not in toks:
        return [toks]
    i = toks.index("[")
    try:
        j = toks.index("]", i)
    except ValueError:
        return [toks[:i] + toks[i + 1 :]]
    head, items, tail = toks[:i], toks[i + 1 : j], toks[j + 1 :]
    if not items:
        return [head + tail]
    out: list[list[str]] = []
    for it in items:
        out.extend(_expand_lists([*head, it, *tail]))
    return out
