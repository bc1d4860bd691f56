"""Which dialect wrote a text: every dialect scores it by evidence, the best score wins.

A text no dialect scores above `THRESHOLD` is `unknown`. Ties are broken by the margin, never by
the order of checks: when the two best scores are within `MARGIN`, the result says so in its
evidence.
"""

from __future__ import annotations

import msgspec

from untapped.dialects import all_dialects

THRESHOLD = 2.0
MARGIN = 0.5


class Detection(msgspec.Struct, frozen=True):
    dialect: str  # a dialect name, or "unknown"
    score: float
    evidence: tuple[str, ...]
    runner_up: str | None = None
    runner_up_score: float = 0.0


def detect(text: str) -> Detection:
    scores = []
    for dialect in all_dialects():
        sniff = dialect.sniff(text)
        scores.append((sniff.score, dialect.name, sniff.evidence))
    scores.sort(key=lambda s: (-s[0], s[1]))
    if not scores or scores[0][0] < THRESHOLD:
        best = scores[0] if scores else (0.0, "unknown", ())
        return Detection("unknown", best[0], (f"no dialect scored {THRESHOLD} or more",))
    score, name, evidence = scores[0]
    runner = scores[1] if len(scores) > 1 else None
    ev = evidence
    if runner is not None and score - runner[0] < MARGIN:
        ev = (*evidence, f"close call: {runner[1]} scored {runner[0]:g}")
    return Detection(name, score, ev, runner[1] if runner else None, runner[0] if runner else 0.0)
