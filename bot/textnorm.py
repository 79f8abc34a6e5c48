"""Text normalisation shared by the validator (duplicate phrasings) and the engine (matching).

Both must agree on when two phrasings are "the same", so there is one function.
"""

from __future__ import annotations

import re
import unicodedata

_CONTROL = {"Cc", "Cf", "Cs", "Co", "Cn"}
_NON_WORD = re.compile(r"[^a-z0-9]+")
#: The only control characters plain ASCII can hold (tab, newline and carriage return become spaces).
_ASCII_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean(text: str) -> str:
    """Drop control and zero-width characters, fold Unicode look-alikes, collapse spaces."""
    if text.isascii():  # most messages: the same result without a per-character pass (a third of load time)
        return " ".join(_ASCII_CONTROL.sub("", text).split())
    text = unicodedata.normalize("NFKC", text)
    kept = (" " if ch in "\t\n\r" else ch for ch in text if ch in "\t\n\r" or unicodedata.category(ch) not in _CONTROL)
    return " ".join("".join(kept).split())


def fold(text: str) -> str:
    """Lower case ASCII words only: accents removed, punctuation turned into spaces."""
    text = clean(text).lower()
    if not text.isascii():  # ASCII has no accents to take off
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("'", "").replace("\u2019", "")
    return " ".join(_NON_WORD.sub(" ", text).split())


def has_letters(text: str) -> bool:
    return any(ch.isalpha() for ch in text)
