"""The prefilter skips only texts a pattern cannot match: needles read right, and the slot reader unchanged."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from bot.engine import prefilter
from bot.engine import slots as slot_reader
from bot.engine.prefilter import Prefiltered, needles, with_first_characters
from bot.textnorm import clean

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"\bcurfews?\b", ("curfew",)),
    (r"\b(cops?|police|sheriffs?)\b", ("cop", "police", "sheriff")),
    (r"(?:foo )?bar\b", ("bar",)),
    (r"\b(?<!the )(?<!that )driv(?:e|es|er)\b", ("drive",)),  # "drives" and "driver" hold "drive": one test does
    (r"\b\w+ at\b", (" at",)),
    (r"\b(?:can|could) (?:i|we) be (?:sued|charged)", tuple(f"{verb} {who} be {what}" for verb in ("can", "could")
                                                           for who in ("i", "we") for what in ("sued", "charged"))),
    (r"\b(?:1[89]|[2-9]\d) (?:years?|yrs?) old", (" yr old", " yrs old", " year old", " years old")),
    (r"(?:ab)+c", ("ab",)),
    # nothing every match must hold, or only a character: always searched
    (r"(?i:system)\s*:", None),  # case-insensitive: "System:" holds no "system"
    (r"(?i)police", None),
    (r"\b(a|bc)\b", None),
    (r"x{0,3}y", None),
    (r"\w+", None),
    (r"(?:police|\w+ly) came", (" came",)),
    (r"(?:police|\w+) came", (" came",)),
    (r"(?:police|\w+)", None),  # one alternative holds no literal
])
def test_needles_are_what_every_match_must_hold(pattern: str, expected: tuple[str, ...] | None) -> None:
    found = needles(re.compile(pattern))
    assert (sorted(found) if found else None) == (sorted(expected) if expected else None)


@pytest.mark.parametrize(("pattern", "first"), [
    (r"\b(?:cops?|police)\b", "[cp]"),
    (r"(?<!\bin )\b(\d{1,2}) years?", "[\\d]"),
    (r"\b(?:a )?bc", "[ab]"),  # "a " may be skipped: "b" can start a match too
    (r"(?:(?<!in )|(?=\d yo))\b(\d) yo", "[\\d]"),  # alternatives that consume nothing: what follows starts it
    # a match may start with any character, or be empty, or the pattern ignores case: left as written
    (r"\b\w+ at\b", None),
    (r"x{0,3}", None),
    (r"(?i)police", None),
])
def test_a_pattern_is_put_behind_the_characters_its_matches_start_with(pattern: str, first: str | None) -> None:
    wrapped = with_first_characters(re.compile(pattern))
    assert wrapped.pattern == (f"(?={first})(?:{pattern})" if first else pattern)


def test_a_text_without_a_needle_is_not_searched_and_one_with_it_is() -> None:
    curfew = prefilter.compile(r"\bcurfews?\b")
    assert curfew.search("what is the curfew in ohio") is not None
    assert curfew.search("what is the driving age in ohio") is None
    assert curfew.sub("X", "no such word") == "no such word" and curfew.sub("X", "a curfew") == "a X"
    assert list(curfew.finditer("curfews and curfew")) != [] and list(curfew.finditer("nothing")) == []
    assert curfew.match("curfew at 10") is not None and curfew.match("the curfew") is None


def _patterns() -> dict[str, Prefiltered]:
    found = {name: value for name, value in vars(slot_reader).items() if isinstance(value, Prefiltered)}
    found.update({f"near miss: {label}": pattern for label, pattern in slot_reader.NEAR_MISSES})
    found.update({f"age {i}": pattern for i, pattern in enumerate(slot_reader._AGE_PATTERNS)})
    return found


def test_every_slot_pattern_finds_what_it_found_unfiltered_on_every_labelled_question() -> None:
    """Over the 11,000 questions of benchmarks/questions.yaml, as raw, folded and digitised text: a text a pattern
    skips is one the pattern does not match (one it does not skip is searched as before)."""
    questions = [str(item["q"]) for item in yaml.safe_load((ROOT / "benchmarks" / "questions.yaml").read_text())]
    texts: set[str] = set()
    for question in questions:
        folded = slot_reader.fold(clean(question))
        texts.update((clean(question), folded, slot_reader.digitize(folded)))
    patterns = _patterns()
    assert len(patterns) > 60 and sum(p.needles is not None for p in patterns.values()) > 40
    skipped = 0
    for name, pattern in patterns.items():
        for text in texts:
            if not pattern._may_match(text):
                assert pattern.compiled.search(text) is None, (name, text)
                skipped += 1
    assert skipped > len(texts) * len(patterns) // 2  # and most searches are skipped


def test_every_slot_pattern_behind_its_first_characters_finds_what_it_finds_as_written() -> None:
    """On every tenth labelled question (raw, folded and digitised), the same matches, at the same places."""
    questions = [str(item["q"]) for item in yaml.safe_load((ROOT / "benchmarks" / "questions.yaml").read_text())][::10]
    texts: set[str] = set()
    for question in questions:
        folded = slot_reader.fold(clean(question))
        texts.update((clean(question), folded, slot_reader.digitize(folded)))
    patterns = _patterns()
    assert sum(p.compiled is not p.source for p in patterns.values()) > 60  # most are wrapped
    for name, pattern in patterns.items():
        if pattern.compiled is pattern.source:
            continue
        for text in texts:
            assert [m.group(0) for m in pattern.compiled.finditer(text)] == [
                m.group(0) for m in pattern.source.finditer(text)], (name, text)
