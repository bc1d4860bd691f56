"""Statements VRP recognises specifically that the model does not need, as a keyword tree
(one space per level; a path with children is a block with its own child table)."""

from __future__ import annotations

from importlib import resources

from untapped.dialects._ioslike.engine import Mode
from untapped.dialects._vrplike.grammar import ATTACH, load_tree

ATTACH_VRP = {
    **ATTACH,
    ("root", "aaa"): "aaa",
    ("root", "hwtacacs-server template"): "hwtacacs",
    ("root", "radius-server template"): "radius",
    ("root", "radius-server group"): "radius",
    ("root", "ops"): "ops",
    ("root", "grpc"): "grpc",
    ("root", "configuration file auto-save"): "auto-save",
    ("aaa", "authentication-scheme"): "aaa scheme",
    ("aaa", "authorization-scheme"): "aaa scheme",
    ("aaa", "accounting-scheme"): "aaa scheme",
    ("aaa", "domain"): "aaa domain",
    ("ops", "assistant"): "assistant",
    ("grpc", "grpc server"): "grpc server",
    ("grpc", "grpc client"): "grpc server",
}

TREE = resources.files(__package__).joinpath("known_tree.txt").read_text("utf-8")


def register(m: dict[str, Mode]) -> None:
    load_tree(m, TREE, ATTACH_VRP)
