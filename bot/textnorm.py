"""Text normalisation shared by the validator (duplicate phrasings) and the engine (matching).

Both must agree on when two phrasings are "the same", so there is one function.
"""

from __future__ import annotations

import re
import unicodedata

_CONTROL = {"Cc", "Cf", "Cs", "Co", "Cn"}
_NON_WORD = re.compile(r"[^a-z0-9]+")


def clean(text: str) -> str:
    """Drop control and zero-width characters, fold Unicode look-alikes, collapse spaces."""
    text = unicodedata.normalize("NFKC", text)
    kept = (" " if ch in "\t\n\r" else ch for ch in text if ch in "\t\n\r" or unicodedata.category(ch) not in _CONTROL)
    return " ".join("".join(kept).split())


def fold(text: str) -> str:
    """Lower case ASCII words only: accents removed, punctuation turned into spaces."""
    text = unicodedata.normalize("NFKD", clean(text).lower())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("'", "").replace("\u2019", "")
    return " ".join(_NON_WORD.sub(" ", text).split())


def has_letters(text: str) -> bool:
    return any(ch.isalpha() for ch in text)
