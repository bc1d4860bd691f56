"""Which dialect wrote a text: every dialect scores it by evidence, the best score wins.

A text no dialect scores above `THRESHOLD` is `unknown`. Ties are broken by the margin, never by
the order of checks: when the two best scores are within `AMBIGUOUS` points, the result says so in
its evidence ("ambiguous: A 3 vs B 2.5; use --dialect"), and the audit repeats it as a warning.
"""

from __future__ import annotations

from functools import cache

import msgspec

from untapped.detect_lines import HeadScorer
from untapped.dialects import all_dialects
from untapped.dialects.base import MarkerSniffer

THRESHOLD = 2.0
MARGIN = 0.5  # kept for callers; AMBIGUOUS supersedes it
# A lead of less than this over a runner-up that has evidence of its own is a narrow call.
AMBIGUOUS = 1.0
AMBIGUOUS_PREFIX = "ambiguous: "
# Detection is decided on the head of a file when the head is already decisive: vendors announce
# themselves in the first lines (version headers, boot markers, `feature`, `!! IOS XR`, braces).
# Only when the head is not conclusive are the sniffers run again on their full window.
HEAD_LINES = 40
DECISIVE = 3.0  # head score lead over the runner-up (and THRESHOLD reached) that settles it
HEAD_CHARS = 200_000  # a sniffer reads at most this many characters (MarkerSniffer)


class Detection(msgspec.Struct, frozen=True):
    dialect: str  # a dialect name, or "unknown"
    score: float
    evidence: tuple[str, ...]
    runner_up: str | None = None
    runner_up_score: float = 0.0


def _head(text: str, lines: int) -> str | None:
    """The first `lines` lines of text, or None when the text is not longer than that."""
    cut = -1
    for _ in range(lines):
        cut = text.find("\n", cut + 1)
        if cut < 0:
            return None
    return text[:cut]


def _score(text: str) -> list[tuple[float, str, tuple[str, ...]]]:
    scores = []
    for dialect in all_dialects():
        sniff = dialect.sniff(text)
        scores.append((sniff.score, dialect.name, sniff.evidence))
    scores.sort(key=lambda s: (-s[0], s[1]))
    return scores


@cache
def head_scorer() -> HeadScorer | None:
    """All dialects' head sniffers scored together line by line (detect_lines), when every
    dialect has one whose window covers the head; else None (each dialect sniffs on its own)."""
    sniffers = []
    for dialect in all_dialects():
        sniffer = getattr(dialect, "head_sniffer", None)
        if not isinstance(sniffer, MarkerSniffer):
            return None
        if sniffer.window and sniffer.window < HEAD_LINES:
            return None
        sniffers.append((dialect.name, sniffer))
    return HeadScorer(sniffers)


def _score_head(head: str) -> list[tuple[float, str, tuple[str, ...]]]:
    scorer = head_scorer()
    scores = None if scorer is None or len(head) >= HEAD_CHARS else scorer.score(head)
    return _score(head) if scores is None else scores


def detect(text: str) -> Detection:
    head = _head(text, HEAD_LINES)
    scores = None
    if head is not None:
        scores = _score_head(head)
        lead = scores[0][0] - (scores[1][0] if len(scores) > 1 else 0.0)
        if not scores or scores[0][0] < THRESHOLD or lead < DECISIVE:
            scores = None  # not conclusive: read the whole window
    if scores is None:
        scores = _score(text)
    if not scores or scores[0][0] < THRESHOLD:
        best = scores[0] if scores else (0.0, "unknown", ())
        return Detection("unknown", best[0], (f"no dialect scored {THRESHOLD} or more",))
    score, name, evidence = scores[0]
    runner = scores[1] if len(scores) > 1 else None
    ev = evidence
    if runner is not None and runner[0] > 0 and score - runner[0] < AMBIGUOUS:
        ev = (
            *evidence,
            f"{AMBIGUOUS_PREFIX}{name} {score:g} vs {runner[1]} {runner[0]:g}; use --dialect",
        )
    return Detection(name, score, ev, runner[1] if runner else None, runner[0] if runner else 0.0)
