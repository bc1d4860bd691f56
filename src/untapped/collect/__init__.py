"""Where configuration text comes from: files and directories (and, later, archives and SSH)."""

from untapped.collect.files import Artifact, ReadProblem, decode_bytes, iter_artifacts

__all__ = ["Artifact", "ReadProblem", "decode_bytes", "iter_artifacts"]
