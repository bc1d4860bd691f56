"""The Junos configuration tree: one node per path token, built from either form.

`interfaces ge-0/0/0 unit 0 family inet address 10.0.0.1/24` (set form) and the same statement in
the brace form both give the path interfaces > ge-0/0/0 > unit > 0 > family > inet > address >
10.0.0.1/24. `[ a b ]` lists give one path per element, as `display set` does. Inactive nodes are
kept (and reported) but pruned before the model is built; groups are then applied.
"""

from __future__ import annotations

from fnmatch import fnmatchcase

import msgspec

APPLY_KEYS = frozenset({"apply-groups", "apply-groups-except", "apply-macro", "apply-flags"})


class Node(msgspec.Struct, eq=False, gc=False):
    """One tree node: `Node(line)`. A C-level struct (created ~2x faster than a slotted class
    with an `__init__`; a set-form line creates several), compared by identity, not tracked by
    the cycle collector (the tree has no back references: children only)."""

    line: int
    kids: dict[str, Node] = {}
    inactive: bool = False

    # ---- reading helpers (used by the model mapping) -------------------------------------
    # Each helper walks `path` itself (no call to `get`): the mapping calls them several times
    # per configuration line.
    def get(self, *path: str) -> Node | None:
        node = self
        for key in path:
            nxt = node.kids.get(key)
            if nxt is None:
                return None
            node = nxt
        return node

    def has(self, *path: str) -> bool:
        node = self
        for key in path:
            nxt = node.kids.get(key)
            if nxt is None:
                return False
            node = nxt
        return True

    def val(self, *path: str) -> str | None:
        """The first value under `path` (`host-name r1` -> 'r1')."""
        node = self
        for key in path:
            nxt = node.kids.get(key)
            if nxt is None:
                return None
            node = nxt
        for k in node.kids:
            return k
        return None

    def vals(self, *path: str) -> list[str]:
        node = self
        for key in path:
            nxt = node.kids.get(key)
            if nxt is None:
                return []
            node = nxt
        return list(node.kids)

    def items(self, *path: str) -> list[tuple[str, Node]]:
        """Named children (apply-groups and friends are not names)."""
        node = self
        for key in path:
            nxt = node.kids.get(key)
            if nxt is None:
                return []
            node = nxt
        kids = node.kids
        if APPLY_KEYS.isdisjoint(kids):
            return list(kids.items())
        return [(k, v) for k, v in kids.items() if k not in APPLY_KEYS]

    def line_of(self, *path: str) -> int:
        node = self.get(*path)
        return node.line if node is not None else self.line

    def leaf_line(self, *path: str) -> int:
        """The line of the value under `path` (the statement that set it)."""
        node = self.get(*path)
        if node is None:
            return self.line
        for kid in node.kids.values():
            return kid.line
        return node.line


def insert(root: Node, path: list[str], line: int) -> Node:
    node = root
    for tok in path:
        kid = node.kids.get(tok)
        if kid is None:
            kid = Node(line)
            node.kids[tok] = kid
        node = kid
    return node


def find(root: Node, path: list[str]) -> Node | None:
    node: Node | None = root
    for tok in path:
        assert node is not None
        node = node.kids.get(tok)
        if node is None:
            return None
    return node


def delete(root: Node, path: list[str]) -> bool:
    if not path:
        root.kids.clear()
        return True
    parent = find(root, path[:-1])
    if parent is None or path[-1] not in parent.kids:
        return False
    del parent.kids[path[-1]]
    return True


def prune_inactive(root: Node, paths: list[list[str]], out: list[tuple[int, str]]) -> None:
    """Remove the inactive subtrees found at `paths` (outermost first), noting (line, path) of
    each removed root. A path under one already removed, or re-activated, is skipped."""
    for path in sorted(paths, key=len):
        if not path:
            continue
        parent = find(root, path[:-1])
        if parent is None:
            continue
        node = parent.kids.get(path[-1])
        if node is None or not node.inactive:
            continue
        del parent.kids[path[-1]]
        out.append((node.line, " ".join(path)))
    out.sort()


MAX_DEPTH = 64  # deeper than any real Junos hierarchy; group inheritance stops there


# ---- groups -------------------------------------------------------------------------------
APPLY = "apply-groups"
EXCEPT = "apply-groups-except"


def apply_groups(root: Node) -> list[tuple[str, Node]]:
    """Inherit `groups NAME {...}` into the configuration where `apply-groups` says so; return
    the `apply-groups` / `apply-groups-except` nodes met (for references).

    Junos semantics: a group applied at a level contributes its statements at the same paths
    below that level; statements already in the configuration win; among groups, the first
    listed wins. `<pattern>` keys in a group match existing keys by wildcard and are not copied.
    `apply-groups-except` stops inherited groups for a subtree.
    """
    groups_node = root.kids.get("groups")
    uses: list[tuple[str, Node]] = []
    if groups_node is None:
        collect(root, frozenset({APPLY, EXCEPT}), uses)
        return uses
    groups = {name: node for name, node in groups_node.kids.items()}
    _expand(root, [], groups, True, [], uses)
    return uses


def _at(gnode: Node, path: list[str]) -> list[Node]:
    """The nodes of a group at `path` (keys matched exactly or by `<wildcard>`)."""
    nodes = [gnode]
    for key in path:
        nxt: list[Node] = []
        for n in nodes:
            exact = n.kids.get(key)
            if exact is not None:
                nxt.append(exact)
            for gk, gv in n.kids.items():
                if gk.startswith("<") and gk.endswith(">") and fnmatchcase(key, gk[1:-1]):
                    nxt.append(gv)
        nodes = nxt
        if not nodes:
            break
    return nodes


def _expand(
    node: Node,
    active: list[tuple[str, list[Node]]],
    groups: dict[str, Node],
    top: bool,
    path: list[str],
    uses: list[tuple[str, Node]],
) -> None:
    if len(path) > MAX_DEPTH:
        return
    # groups applied at this level
    ag = node.kids.get(APPLY)
    if ag is not None:
        uses.append((APPLY, ag))
        names = [n for n in ag.kids if n not in {a for a, _ in active}]
        for n in names:
            if n in groups:
                at = _at(groups[n], path)
                if at:
                    active = [*active, (n, at)]
    ex = node.kids.get(EXCEPT)
    if ex is not None:
        uses.append((EXCEPT, ex))
        drop = set(ex.kids)
        active = [(n, gn) for n, gn in active if n not in drop]
    if not active:
        for key, kid in node.kids.items():
            if kid.kids and not (top and key == "groups"):
                path.append(key)
                _scan(kid, groups, path, uses)
                path.pop()
        return
    # contribute group statements at this level (config first, then groups in order)
    single = len(active) == 1 and len(active[0][1]) == 1
    plain: set[str] = set()  # keys copied here whose group content has nothing to expand
    for _, gnodes in active:
        for gnode in gnodes:
            for key, gkid in gnode.kids.items():
                if key.startswith("<") or key in (APPLY, EXCEPT):
                    continue
                if top and key == "groups":
                    continue
                if key not in node.kids:
                    if single:
                        copy, is_plain = _fresh_plain(gkid)
                        node.kids[key] = copy
                        if is_plain:
                            plain.add(key)
                    else:
                        node.kids[key] = _fresh(gkid)
    wild = [[_wildcards(g) for g in gnodes] for _, gnodes in active]
    if single and not wild[0][0]:
        # the common case: one group, one node of it here, no wildcards
        name, gnodes = active[0]
        gkids = gnodes[0].kids
        for key, kid in list(node.kids.items()):
            if top and key == "groups":
                continue
            exact = gkids.get(key)
            if exact is not None:
                if key in plain:
                    continue  # a whole copy of the group's content: expanding it adds nothing
                path.append(key)
                _expand(kid, [(name, [exact])], groups, False, path, uses)
                path.pop()
            elif kid.kids:
                path.append(key)
                _scan(kid, groups, path, uses)
                path.pop()
        return
    for key, kid in list(node.kids.items()):
        if top and key == "groups":
            continue
        sub: list[tuple[str, list[Node]]] = []
        for (name, gnodes), wilds in zip(active, wild, strict=True):
            nxt: list[Node] = []
            for gnode, gwild in zip(gnodes, wilds, strict=True):
                exact = gnode.kids.get(key)
                if exact is not None:
                    nxt.append(exact)
                for pattern, gv in gwild:
                    if fnmatchcase(key, pattern):
                        nxt.append(gv)
            if nxt:
                sub.append((name, nxt))
        if sub:
            path.append(key)
            _expand(kid, sub, groups, False, path, uses)
            path.pop()
        elif kid.kids:  # no group reaches below: only a nested apply-groups can
            path.append(key)
            _scan(kid, groups, path, uses)
            path.pop()


def _scan(
    node: Node, groups: dict[str, Node], path: list[str], uses: list[tuple[str, Node]]
) -> None:
    """`_expand` below a level where no group applies (most of the tree): only an
    `apply-groups` / `apply-groups-except` key changes that; the rest is a plain walk."""
    kids = node.kids
    if APPLY in kids or EXCEPT in kids:
        _expand(node, [], groups, False, path, uses)
        return
    if len(path) > MAX_DEPTH:
        return
    for key, kid in kids.items():
        if kid.kids:
            path.append(key)
            _scan(kid, groups, path, uses)
            path.pop()


def _wildcards(node: Node) -> list[tuple[str, Node]]:
    """The `<pattern>` children of a group node, as (pattern, node)."""
    return [(k[1:-1], v) for k, v in node.kids.items() if k[:1] == "<" and k[-1:] == ">"]


def _fresh(node: Node, depth: int = 0) -> Node:
    """A copy of group content without its wildcard keys."""
    out = Node(node.line)
    if depth < MAX_DEPTH:
        out.kids = {k: _fresh(v, depth + 1) for k, v in node.kids.items() if not k.startswith("<")}
    return out


def _fresh_plain(node: Node, depth: int = 0) -> tuple[Node, bool]:
    """`_fresh(node)`, and whether the group content is plain: no wildcard keys and no
    apply-groups(-except) anywhere below, within MAX_DEPTH (so that expanding a copy of it
    with its own group can add nothing)."""
    out = Node(node.line)
    if depth >= MAX_DEPTH:
        return out, False
    plain = True
    kids: dict[str, Node] = {}
    for k, v in node.kids.items():
        if k.startswith("<"):
            plain = False
            continue
        if k in (APPLY, EXCEPT):
            plain = False
        copy, sub_plain = _fresh_plain(v, depth + 1)
        if not sub_plain:
            plain = False
        kids[k] = copy
    out.kids = kids
    return out, plain


def collect(node: Node, keys: frozenset[str], out: list[tuple[str, Node]], depth: int = 0) -> None:
    """Every node under one of `keys` (e.g. apply-groups), outside the `groups` definitions."""
    if depth > MAX_DEPTH:
        return
    for k, v in node.kids.items():
        if k in keys:
            out.append((k, v))
        elif v.kids and not (depth == 0 and k == "groups"):
            collect(v, keys, out, depth + 1)
