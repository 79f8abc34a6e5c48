"""Regular expressions that skip the texts they cannot match: RE2's and Hyperscan's "prefilter", in Python.

The slot reader runs some seventy patterns over every message, and most of them cannot match a given one.
Each pattern here knows a few literal strings at least one of which every match contains ("curfew" for the
curfew pattern; "cop", "police", "sheriff" … for the arrest words). Testing `needle in text` is a C substring
search, far cheaper than a regex search over a long story, so a pattern is searched only when one of its
needles is in the text. On the 1.5% longest questions this halves the time spent in slot patterns.

The needles are read from the pattern's parse tree (the `re` module's own parser) and are only ever a
necessary condition: when a pattern is too loose to yield useful ones (`\\w+ at`, case-insensitive parts),
it is simply always searched. tests/test_prefilter.py checks that every pattern finds exactly what it found
unfiltered, on every question of the labelled sets.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

try:  # Python 3.11+; the same parser was public as sre_parse before
    from re import _constants as _c
    from re import _parser as _parse
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _parse  # type: ignore[no-redef]

#: Sets of exact strings grow by product along a sequence ("(a|b) (c|d)" is four strings); past this many the
#: sequence is cut and the best part so far is kept.
MAX_STRINGS = 64
#: A needle shorter than this is in nearly every message: not worth testing.
MIN_NEEDLE = 2
#: Past this many needles, testing them all costs more than the search they would save (measured on the slot
#: patterns: 300 needles took as long as the search): such a pattern is always searched.
MAX_NEEDLES = 24

_Strings = frozenset[str]


class Prefiltered:
    """A compiled pattern with its needles. Behaves like the `re.Pattern` for search, match, finditer and sub."""

    __slots__ = ("compiled", "needles", "source")

    def __init__(self, compiled: re.Pattern[str]) -> None:
        self.source = compiled  # as written; `compiled` may be it behind a first-character test
        self.compiled = with_first_characters(compiled)
        self.needles: tuple[str, ...] | None = needles(compiled)

    def _may_match(self, text: str) -> bool:
        return self.needles is None or any(needle in text for needle in self.needles)

    def search(self, text: str, *args: int) -> re.Match[str] | None:
        return self.compiled.search(text, *args) if self._may_match(text) else None

    def match(self, text: str, *args: int) -> re.Match[str] | None:
        return self.compiled.match(text, *args) if self._may_match(text) else None

    def finditer(self, text: str, *args: int) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(text, *args) if self._may_match(text) else iter(())

    def sub(self, replacement: str | Callable[[re.Match[str]], str], text: str, count: int = 0) -> str:
        return self.compiled.sub(replacement, text, count) if self._may_match(text) else text

    @property
    def pattern(self) -> str:
        return self.source.pattern

    def __repr__(self) -> str:
        return f"Prefiltered({self.source.pattern[:40]!r}…, needles={self.needles})"


def compile(pattern: str, flags: int = 0) -> Prefiltered:
    return Prefiltered(re.compile(pattern, flags))


#: A first-character test pays only when it rules out most positions: not for a set this large.
MAX_FIRST_CHARACTERS = 26
#: \d among the first characters, written as itself.
DIGIT = "\\d"


def with_first_characters(compiled: re.Pattern[str]) -> re.Pattern[str]:
    """`compiled` behind a lookahead for the characters a match can start with: "(?=[abc])(?:…)". The `re` module tries
    a pattern that opens with a word boundary or a lookbehind at every position of the text; the lookahead turns most
    of them away at once (20-40% faster on the slot patterns without needles, and 5 times on the age pattern, which
    opens with lookbehinds). Returned unchanged when a match may be empty or start with any character."""
    if compiled.flags & re.IGNORECASE:
        return compiled
    try:
        first, consumes = _first_characters(list(_parse.parse(compiled.pattern, compiled.flags)))
        if not consumes or not first or len(first) > MAX_FIRST_CHARACTERS:
            return compiled
        chars = "".join(char if char == DIGIT else re.escape(char) for char in sorted(first))
        return re.compile(f"(?=[{chars}])(?:{compiled.pattern})", compiled.flags)
    except Exception:  # a pattern the wrapping does not suit (global flags, …): searched as written
        return compiled


def _first_characters(items: list[tuple[Any, Any]]) -> tuple[set[str] | None, bool]:
    """(the characters a match of this sequence can start with, whether every match consumes one): the set is None when
    unknown; when the sequence may consume nothing, it holds only what its own parts can start with."""
    found: set[str] = set()
    for op, av in items:
        if op is _c.AT or op in (_c.ASSERT, _c.ASSERT_NOT):  # match no characters: look at what follows
            continue
        if op is _c.LITERAL:
            return found | {chr(av)}, True
        if op is _c.IN:
            for kind, value in av:
                if kind is _c.LITERAL:
                    found.add(chr(value))
                elif kind is _c.RANGE and value[1] - value[0] < MAX_FIRST_CHARACTERS:
                    found.update(chr(code) for code in range(value[0], value[1] + 1))
                elif kind is _c.CATEGORY and value is _c.CATEGORY_DIGIT:
                    found.add(DIGIT)  # any digit \d matches, not only 0-9
                else:  # a negated set, \w, \s …
                    return None, False
            return found, True
        if op is _c.SUBPATTERN:
            _group, add_flags, _del_flags, sub = av
            if add_flags & re.IGNORECASE:
                return None, False
            inner, consumes = _first_characters(list(sub))
        elif op is _c.BRANCH:
            consumes = True
            for alternative in av[1]:
                part, always = _first_characters(list(alternative))
                if part is None:
                    return None, False
                found |= part
                consumes = consumes and always
            inner = found
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) or op is getattr(_c, "POSSESSIVE_REPEAT", None):
            low, _high, sub = av
            inner, consumes = _first_characters(list(sub))
            consumes = consumes and low > 0  # may be skipped: what follows can start the match too
        else:
            return None, False
        if inner is None:
            return None, False
        found |= inner
        if consumes:
            return found, True
    return found, False  # the whole sequence may match nothing


def needles(compiled: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings one of which every match of `compiled` contains, or None when no useful set is known."""
    if compiled.flags & re.IGNORECASE:
        return None
    try:
        tree = _parse.parse(compiled.pattern, compiled.flags)
    except Exception:
        return None
    exact, required = _sequence(list(tree))
    if exact is not None and "" not in exact and not (required is not None and _better(required, exact)):
        required = exact
    if not required or "" in required or _shortest(required) < MIN_NEEDLE:
        return None
    kept: list[str] = []
    for needle in sorted(required, key=len):  # "cop" present whenever "cops" is: the longer adds nothing
        if not any(short in needle for short in kept):
            kept.append(needle)
    return tuple(kept) if len(kept) <= MAX_NEEDLES else None


def _shortest(strings: _Strings) -> int:
    return min(map(len, strings)) if strings else 0


def _better(candidate: _Strings, than: _Strings | None) -> bool:
    """Fewer needles of at least four characters, else longer ones: "police" beats "cop|cops|officer|…", and
    "arrest" beats "a|an|the"."""
    def rank(strings: _Strings) -> tuple[int, int, int]:
        return (min(_shortest(strings), 4), -len(strings), _shortest(strings))
    return than is None or rank(candidate) > rank(than)


def _sequence(items: list[tuple[Any, Any]]) -> tuple[_Strings | None, _Strings | None]:
    """(exact, required) for a sequence of nodes: `exact`, the set of strings the whole sequence matches, when
    small and known; `required`, a set one of which every match contains (the most selective found)."""
    best: _Strings | None = None
    run: _Strings = frozenset({""})  # the exact strings of the current run of exact nodes
    whole: _Strings | None = frozenset({""})

    def keep(candidate: _Strings | None) -> None:
        nonlocal best
        if candidate and "" not in candidate and _better(candidate, best):
            best = candidate

    for op, av in items:
        exact, required = _node(op, av)
        if exact is not None and len(run) * len(exact) <= MAX_STRINGS:
            run = frozenset(a + b for a in run for b in exact)
        else:
            keep(run)
            run = exact if exact is not None and len(exact) <= MAX_STRINGS else frozenset({""})
            keep(required)
        if whole is not None and exact is not None and len(whole) * len(exact) <= MAX_STRINGS:
            whole = frozenset(a + b for a in whole for b in exact)
        else:
            whole = None
    keep(run)
    return whole, best


def _node(op: Any, av: Any) -> tuple[_Strings | None, _Strings | None]:
    if op is _c.LITERAL:
        return frozenset({chr(av)}), None
    if op is _c.AT or op in (_c.ASSERT, _c.ASSERT_NOT):  # \b, ^, $ and lookarounds match no characters
        return frozenset({""}), None
    if op is _c.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        if add_flags & re.IGNORECASE:  # "(?i:system)" also matches "System": no case-exact needle
            return None, None
        return _sequence(list(sub))
    if op is _c.BRANCH:
        return _branch([_sequence(list(alternative)) for alternative in av[1]])
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) or op is getattr(_c, "POSSESSIVE_REPEAT", None):
        low, high, sub = av
        exact, required = _sequence(list(sub))
        if low == 0:
            return (exact | {""}, None) if high == 1 and exact is not None else (None, None)
        if low == high == 1:
            return exact, required
        return None, required if required is not None else exact
    if op is _c.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is _c.LITERAL:
                chars.add(chr(value))
            elif kind is _c.RANGE and value[1] - value[0] < 12:
                chars.update(chr(code) for code in range(value[0], value[1] + 1))
            else:  # a negated set, \w, \s, \d …
                return None, None
        return (frozenset(chars), None) if len(chars) <= 12 else (None, None)
    return None, None  # ., backreferences, atomic groups …: anything at all


def _branch(alternatives: list[tuple[_Strings | None, _Strings | None]]) -> tuple[_Strings | None, _Strings | None]:
    """Alternatives: exact when every one is, else required when every one has a requirement (their union)."""
    if all(exact is not None for exact, _ in alternatives):
        union = frozenset().union(*(exact for exact, _ in alternatives if exact is not None))
        if len(union) <= MAX_STRINGS:
            return union, None
    required: set[str] = set()
    for exact, needed in alternatives:
        if exact is not None and "" not in exact and len(exact) <= MAX_STRINGS:
            needed = exact if needed is None or not _better(needed, exact) else needed
        if not needed or "" in needed:
            return None, None
        required |= needed
    return None, frozenset(required)
