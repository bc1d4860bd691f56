"""Known Junos statement paths (see `schema` for the notation): vendor knowledge as data, kept
in grammar_paths.txt beside this module."""

from importlib import resources

GRAMMAR = resources.files(__package__).joinpath("grammar_paths.txt").read_text("utf-8")
