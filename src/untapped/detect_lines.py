"""Scoring a file's head for every dialect at once, line by line, with a cache of line results.

A `MarkerSniffer` scores a text by the set of its markers found in it (`re.search` of each marker,
MULTILINE). Most markers cannot match across a line break: for those, "found in the text" is the
same as "found in one of its lines", and a line's result does not depend on the file it comes
from. Configuration heads repeat most of their lines from device to device (`service timestamps
...`, `aaa new-model`), so the result of each line, for the markers of all dialects together, is
cached by the line's text: a head costs one dictionary lookup per line plus the few lines not seen
before. Markers that can cross a line break (a `\\n` in the pattern, a `\\s+` run that may take a
newline) are searched in the head text as before. The scores and evidence are exactly those of
each dialect's `sniff` on the head (checked against searching each marker separately).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from untapped.detect_plans import PLANS, Plan
from untapped.dialects.base import (
    Marker,
    MarkerSniffer,
    _c,
    _line_anchored_body,
    _line_start_chars,
    _parse_case_sensitive,
    _sre_parse,
    _top_alternatives,
)

_SPACE = _c.CATEGORY_SPACE
# categories whose characters never include "\n"
_NO_NEWLINE_CATEGORIES = frozenset(
    (_c.CATEGORY_NOT_SPACE, _c.CATEGORY_DIGIT, _c.CATEGORY_WORD, _c.CATEGORY_NOT_LINEBREAK)
)
_BOUNDARIES = frozenset((_c.AT_BEGINNING, _c.AT_END, _c.AT_BOUNDARY, _c.AT_NON_BOUNDARY))
_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT)
# A first character with this many tests gets one joined regex that first says whether any of them
# can match: in practice the indented lines' (200 tests); joining smaller sets costs more to compile
# than it saves (cold detection of 1,000 heads: 0.129 -> 0.082 s, best of 7; joining every set
# of 20 or more: 0.101).
JOIN_TESTS = 100
CACHE_LINES = 100_000  # distinct lines remembered (then the cache starts over)
_SEPARATORS = re.compile("[\x1c-\x1f]").search
_ODD_LINE_START = re.compile("^[^\x00-\x1b\x20-\x7f]", re.MULTILINE).search
# group references do not survive the renumbering of groups when patterns are joined
_GROUP_REFS = re.compile(r"\\[1-9]|\(\?P=|\(\?\(").search


def _class_has_newline(items: Any) -> bool | None:
    """Whether a character class contains "\\n" (None: not known)."""
    negate = False
    has = False
    for op, av in items:
        if op is _c.NEGATE:
            negate = True
        elif op is _c.LITERAL:
            has = has or av == 10
        elif op is _c.RANGE:
            has = has or av[0] <= 10 <= av[1]
        elif op is _c.CATEGORY:
            if av is _SPACE:
                has = True
            elif av not in _NO_NEWLINE_CATEGORIES:
                return None
        else:
            return None
    return has != negate


def _is_space_star(op: Any, av: Any) -> bool:
    """`\\s*` (any repeat of `\\s` from zero)."""
    if op not in _REPEATS or av[0] != 0:
        return False
    body = list(av[2])
    return len(body) == 1 and body[0][0] is _c.IN and list(body[0][1]) == [(_c.CATEGORY, _SPACE)]


def _local(seq: Any, tail: bool, dotall: bool) -> bool:
    """Whether a parsed (sub)pattern never consumes a "\\n" and looks no further than its own
    line. `tail`: the sequence ends the whole match, so a final `\\s*$` is line-local (it
    matches exactly when the rest of the line is blank, wherever the greedy run stops)."""
    items = list(seq)
    last = len(items) - 1
    j = 0
    while j <= last:
        op, av = items[j]
        if tail and j == last - 1 and _is_space_star(op, av) and items[last] == (_c.AT, _c.AT_END):
            return True
        end = tail and j == last
        if op is _c.LITERAL:
            if av == 10:
                return False
        elif op is _c.NOT_LITERAL:
            if av != 10:
                return False
        elif op is _c.ANY:
            if dotall:
                return False
        elif op is _c.IN:
            if _class_has_newline(av) is not False:
                return False
        elif op is _c.AT:
            if av not in _BOUNDARIES:
                return False
        elif op is _c.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if add_flags & re.DOTALL or del_flags:
                return False
            if not _local(sub, end, dotall):
                return False
        elif op is _c.BRANCH:
            if not all(_local(sub, end, dotall) for sub in av[1]):
                return False
        elif op in _REPEATS:
            if not _local(av[2], False, dotall):
                return False
        elif op is _c.ASSERT or op is _c.ASSERT_NOT:
            direction, sub = av
            if direction < 0 or not _local(sub, True, dotall):
                return False
        else:
            return False
        j += 1
    return True


def _alt_local(alt: str) -> bool:
    """Whether a pattern (or one top-level alternative of one) is line-local."""
    try:
        parsed = _sre_parse.parse(alt, re.MULTILINE)
    except re.error:
        return False
    if parsed.state.flags & (re.DOTALL | re.VERBOSE):
        return False
    return _local(parsed, True, False)


def _lead(alt: str, run: str) -> str | None:
    """The alternative after a leading `^\\s*` / `^\\s+` (`run` is "*" or "+"), or None."""
    prefix = "^\\s" + run
    if alt.startswith(prefix) and alt[len(prefix) : len(prefix) + 1] not in ("?", "+", "{", "*"):
        return alt[len(prefix) :]
    return None


def units(pattern: str) -> list[tuple[str, bool]] | None:
    """How to find `pattern` line by line: [(regex, after_blank)], the marker being found when
    one of the regexes is found in a line on its own (`after_blank`: in a line that follows a
    blank one); None when the pattern can match across lines in other ways.

    `^\\s*X` at a line start: a match that runs over blank lines into a later line is a match
    of that later line on its own. `^\\s+X`: the same, and a line starting with X right away
    is matched by a run through the line break before it: found when a line matches `^\\s+X`,
    or a line that follows a blank one matches `^\\s*X`."""
    if "(?" in pattern.replace("(?:", "").replace("(?=", "").replace("(?!", ""):
        return None  # inline flags, lookbehinds, named groups: not analysed
    if _line_anchored_body(pattern) is None:  # searched anywhere: all of it must be local
        return [(pattern, False)] if _alt_local(pattern) else None
    out: list[tuple[str, bool]] = []
    for alt in _top_alternatives(pattern):
        star, plus = _lead(alt, "*"), _lead(alt, "+")
        if star is not None:
            if not _alt_local(star):
                return None
        elif plus is not None:
            if not _alt_local(plus):
                return None
            out.append(("^\\s*" + plus, True))
        elif not _alt_local(alt):
            return None
        out.append((alt, False))
    return out


def _any_of(tests: list[tuple[str, bool]]) -> Callable[[str], bool] | None:
    """One test of whether any of `tests` ([(regex, anchored)]: `match` when anchored, else
    `search`) may be found in a line, or None when they cannot be joined into one regex."""
    if any(_GROUP_REFS(rx) for rx, _ in tests):
        return None
    anchored = "|".join(f"(?:{rx})" for rx, a in tests if a)
    loose = "|".join(f"(?:{rx})" for rx, a in tests if not a)
    match = re.compile(anchored, re.MULTILINE).match if anchored else None
    search = re.compile(loose, re.MULTILINE).search if loose else None
    if match is None:
        assert search is not None
        return lambda line: search(line) is not None
    if search is None:
        return lambda line: match(line) is not None
    return lambda line: match(line) is not None or search(line) is not None


def line_plan(pattern: str) -> Plan | None:
    """How `pattern` is found line by line (`units`, with each unit's anchoring and first
    characters), or None. A pure function of the pattern: the shipped markers' plans are kept
    in `detect_plans.PLANS` (written by `python -m untapped.tools.gentables`), since analysing
    the 373 patterns with `sre_parse` took ~0.1 s of every start-up."""
    found = units(pattern)
    if found is None:
        return None
    out = []
    for rx, after in found:
        anchored = _line_anchored_body(rx) is not None
        first = _line_start_chars(rx) if anchored else None
        chars = None if first is None else "".join(sorted(first))
        out.append((rx, after, anchored, chars, required_literal(rx)))
    return tuple(out)


def required_literal(pattern: str) -> str | None:
    """The longest run of literal characters (two or more) that every match of `pattern` must
    contain, or None: a line without it is not tried (nor the test compiled). Only runs in the
    pattern's main sequence and the groups it must go through count; a case-insensitive pattern
    has none."""
    parsed = _parse_case_sensitive(pattern)
    if parsed is None:
        return None
    runs: list[str] = []
    cur: list[str] = []

    def walk(items: Any) -> None:
        for op, av in items:
            if op is _c.LITERAL:
                cur.append(chr(av))
            elif op is _c.SUBPATTERN and not av[1] and not av[2]:  # a group, no inline flags
                walk(av[3])
            else:  # anything else may match variously (or nothing): the run ends here
                runs.append("".join(cur))
                cur.clear()

    walk(parsed)
    runs.append("".join(cur))
    best = max(runs, key=len)
    return best if len(best) >= 2 else None


_NO_PLAN: Any = object()


class HeadScorer:
    """Scores of several `MarkerSniffer`s on one short text (the caller checks it is no longer
    than any sniffer's window), sorted like `detect._score`: [(score, name, evidence)]."""

    def __init__(self, sniffers: list[tuple[str, MarkerSniffer]]) -> None:
        self._names = [name for name, _ in sniffers]
        self._sniffers = [s for _, s in sniffers]
        self._owner: list[tuple[int, int]] = []  # global marker id -> (sniffer, marker index)
        # (global marker id, test, after a blank line, a literal every match contains)
        tests: list[tuple[int, Any, bool, str | None]] = []
        sources: list[tuple[str, bool]] = []  # (regex, anchored) of each test
        by_char: dict[str, list[int]] = {}
        anywhere: list[int] = []  # tests tried on every line
        rest: list[Marker] = []  # markers searched in the whole text
        self._rest_ids: list[int] = []
        for si, sniffer in enumerate(self._sniffers):
            for k, m in enumerate(sniffer.markers):
                gid = len(self._owner)
                self._owner.append((si, k))
                plan = PLANS.get(m.pattern, _NO_PLAN)
                if plan is _NO_PLAN:  # a marker edited or added since the table was written
                    plan = line_plan(m.pattern)
                if plan is None:
                    rest.append(m)
                    self._rest_ids.append(gid)
                    continue
                for rx, after, anchored, first, literal in plan:
                    t = len(tests)
                    tests.append((gid, None, after, literal))  # compiled on first use
                    sources.append((rx, anchored))
                    if first is None:
                        anywhere.append(t)
                    else:
                        for ch in first:
                            by_char.setdefault(ch, []).append(t)
        self._tests = tests
        self._anywhere = tuple(anywhere)
        self._by_char = {ch: tuple(sorted(ts + anywhere)) for ch, ts in by_char.items()}
        # Most lines not seen before match no marker at all (a head's addresses, descriptions):
        # one joined regex says so at once instead of 200 tests one by one (JOIN_TESTS), joined
        # when a line first starts with that character
        self._sources = sources
        self._any_of: dict[str, Callable[[str], bool] | None] = {}
        self._rest = MarkerSniffer(rest, window=0) if rest else None
        # line -> (markers found in it, markers found in it when it follows a blank line, blank)
        self._lines: dict[str, tuple[tuple[int, ...], tuple[int, ...], bool]] = {}
        self._results: dict[frozenset[int], list[tuple[float, str, tuple[str, ...]]]] = {}

    def _compile(self, t: int) -> Any:
        """Test `t`, compiled on first use: only tests some line needs are compiled (105 of 450
        for a generated IOS head; 279 after 200 heads of every vendor in the corpus)."""
        rx, anchored = self._sources[t]
        compiled = re.compile(rx, re.MULTILINE)
        gid, _, after, literal = self._tests[t]
        test = compiled.match if anchored else compiled.search
        self._tests[t] = (gid, test, after, literal)
        return test

    def _line(self, line: str) -> tuple[tuple[int, ...], tuple[int, ...], bool]:
        hits: list[int] = []
        after: list[int] = []
        first = line[:1]
        tests = self._by_char.get(first, self._anywhere)
        if first in self._any_of:
            any_of = self._any_of[first]
        else:
            any_of = self._any_of[first] = (
                _any_of([self._sources[t] for t in tests]) if len(tests) >= JOIN_TESTS else None
            )
        if any_of is not None and not any_of(line):
            tests = ()
        for t in tests:
            gid, test, after_blank, literal = self._tests[t]
            if literal is not None and literal not in line:
                continue
            if test is None:
                test = self._compile(t)
            if test(line):
                (after if after_blank else hits).append(gid)
        entry = (tuple(hits), tuple(after), not line or line.isspace())
        if len(self._lines) >= CACHE_LINES:
            self._lines.clear()
        self._lines[line] = entry
        return entry

    def score(self, text: str) -> list[tuple[float, str, tuple[str, ...]]] | None:
        """The scores, or None for a text with a line that starts with a character `\\s` or
        `\\d` takes beyond ASCII (or a \\x1c-\\x1f separator): the sniffers' first-character
        tables know ASCII only, so such a text is left to each dialect's own `sniff`."""
        if (not text.isascii() or _SEPARATORS(text)) and _ODD_LINE_START(text):
            return None
        seen: set[int] = set()
        cache = self._lines
        blank = False
        for line in text.split("\n"):
            entry = cache.get(line)
            if entry is None:
                entry = self._line(line)
            if entry[0]:
                seen.update(entry[0])
            if blank and entry[1]:
                seen.update(entry[1])
            blank = entry[2]
        if self._rest is not None:
            ids = self._rest_ids
            seen.update(ids[k] for k in self._rest.found(text))
        key = frozenset(seen)
        out = self._results.get(key)
        if out is None:
            out = self._result(key)
            if len(self._results) >= CACHE_LINES:
                self._results.clear()
            self._results[key] = out
        return list(out)

    def _result(self, seen: frozenset[int]) -> list[tuple[float, str, tuple[str, ...]]]:
        found: list[set[int]] = [set() for _ in self._sniffers]
        for gid in seen:
            si, k = self._owner[gid]
            found[si].add(k)
        scores = []
        for si, sniffer in enumerate(self._sniffers):
            score = 0.0
            evidence: list[str] = []
            for k, m in enumerate(sniffer.markers):  # the order and sums of MarkerSniffer
                if k in found[si]:
                    score += m.weight
                    evidence.append(f"{m.why} ({m.weight:+g})")
            scores.append((score, self._names[si], tuple(evidence)))
        scores.sort(key=lambda s: (-s[0], s[1]))
        return scores
