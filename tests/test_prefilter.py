"""The prefilter skips only texts a pattern cannot match: needles read right, and the slot reader unchanged."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from bot.engine import prefilter
from bot.engine import slots as slot_reader
from bot.engine.prefilter import Prefiltered, needles
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
