"""Shared machinery for line-oriented, indentation-structured dialects (IOS and its relatives,
VRP and Comware): the mode/trie parsing engine, address and port helpers."""
