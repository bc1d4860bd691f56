"""The Junos grammar as data: the statement paths this dialect recognizes.

`GRAMMAR` (in `paths.py`) is an indented list of paths. Each line is a path relative to the end
of its parent line. Tokens: a keyword; `*` any one token (a name or value); `a|b` alternatives;
`...` as the last token: the statement takes any further tokens, and in the brace form any
children: the subtree is recognized as a whole (listed explicitly, never a catch-all for a top
hierarchy such as `system`); `&macro` as the last token: the node also takes the children of the
macro defined by a line `@macro` at indentation 0. A statement (set line, brace statement or block
header) is recognized when its whole path walks this tree.
"""

from __future__ import annotations

from typing import Any

from untapped.dialects.juniper_junos.paths import GRAMMAR

ANY = "*"
RESTKEY = "..."


class _Rest:
    __slots__ = ()


REST: Any = _Rest()
APPLY_WORDS = frozenset({"apply-groups", "apply-groups-except", "apply-macro", "apply-flags"})

SNode = dict[str, Any]


def compile_grammar(text: str) -> SNode:
    root: SNode = {}
    macros: dict[str, SNode] = {}
    links: list[tuple[SNode, str]] = []
    # stack of (indent, end nodes)
    stack: list[tuple[int, list[SNode]]] = []
    for raw in text.splitlines():
        body = raw.split("#", 1)[0].rstrip()
        if not body.strip():
            continue
        indent = len(body) - len(body.lstrip())
        toks = body.split()
        while stack and stack[-1][0] >= indent:
            stack.pop()
        if indent == 0 and toks[0].startswith("@"):
            macro: SNode = macros.setdefault(toks[0][1:], {})
            stack.append((indent, [macro]))
            continue
        parents = stack[-1][1] if stack else [root]
        ends: list[SNode] = []
        for parent in parents:
            ends.extend(_add_path(parent, toks, links))
        stack.append((indent, ends))
    for node, name in links:
        _merge(node, macros[name])
    return root


def _add_path(parent: SNode, toks: list[str], links: list[tuple[SNode, str]]) -> list[SNode]:
    nodes = [parent]
    for tok in toks:
        if tok == RESTKEY:
            for n in nodes:
                n[RESTKEY] = True
            return nodes
        if tok.startswith("&"):
            for n in nodes:
                links.append((n, tok[1:]))
            return nodes
        nxt: list[SNode] = []
        for n in nodes:
            for alt in tok.split("|"):
                nxt.append(n.setdefault(alt, {}))
        nodes = nxt
    return nodes


def _merge(node: SNode, macro: SNode) -> None:
    for k, v in macro.items():
        if k not in node:
            node[k] = v
        elif isinstance(v, dict) and isinstance(node[k], dict) and node[k] is not v:
            _merge(node[k], v)


ROOT: SNode = compile_grammar(GRAMMAR)
ROOT["groups"] = {ANY: ROOT}  # group contents are configuration at the top
ROOT["logical-systems"] = {ANY: ROOT}  # so is each logical system's configuration
ROOT["dynamic-profiles"] = {ANY: ROOT}
SUBTREE: SNode = {RESTKEY: True}  # below a header that ends in a `...` subtree


def walk(node: SNode, toks: list[str]) -> Any:
    """The schema node at the end of `toks` from `node`, REST, or None (not in the grammar)."""
    for tok in toks:
        nxt = node.get(tok)
        if nxt is None:
            if RESTKEY in node:
                return REST
            if tok in APPLY_WORDS:
                return REST
            nxt = node.get(ANY)
            if nxt is None:
                return None
        node = nxt
    return node


def accepts(toks: list[str]) -> bool:
    return walk(ROOT, toks) is not None


def split(node: SNode, toks: list[str]) -> list[list[str]] | None:
    """The statement paths of `toks` from `node`, or None when not in the grammar.

    The brace form writes several leaves of one object on a line (`server A key 1 prefer;`,
    `authentication-key 1 type md5 value V;`) where `display set` gives one line per leaf. When
    a token is not a child of the current node, it is looked up (as a keyword, never as a
    value) in the enclosing nodes of the same statement; if found there the statement is split,
    so both forms give the same paths: [server A key 1], [server A prefer]."""
    if walk(node, toks) is not None:
        return [toks]
    out: list[list[str]] = []
    cur: list[str] = []
    nodes: list[Any] = [node]
    i = 0
    n = len(toks)
    while i < n:
        tok = toks[i]
        here = nodes[-1]
        nxt = here.get(tok)
        if nxt is None:
            if RESTKEY in here or tok in APPLY_WORDS:
                cur.extend(toks[i:])
                break
            nxt = here.get(ANY)
            if nxt is None:
                k = len(nodes) - 2
                while k >= 1:
                    back = nodes[k].get(tok)
                    if back is not None and isinstance(back, dict):
                        break
                    k -= 1
                if k < 1:
                    return None
                out.append(cur)
                cur = [*cur[:k], tok]
                nodes = [*nodes[: k + 1], nodes[k][tok]]
                i += 1
                continue
        cur.append(tok)
        nodes.append(nxt)
        i += 1
    out.append(cur)
    return out
