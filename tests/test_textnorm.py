"""Cleaning and folding: the same text whether it arrives as plain ASCII or as Unicode."""

from __future__ import annotations

import pytest

from bot.textnorm import clean, fold


@pytest.mark.parametrize(("text", "cleaned", "folded"), [
    ("can police\tarrest a\n6 year old?", "can police arrest a 6 year old?", "can police arrest a 6 year old"),
    ("zero\x00width\x7f and bell\x07", "zerowidth and bell", "zerowidth and bell"),  # ASCII controls dropped
    ("Café in Montréal", "Café in Montréal", "cafe in montreal"),  # accents come off
    ("ﬁrst\u200bgrader’s ＴＸ", "firstgrader’s TX", "firstgraders tx"),  # ligature, zero-width, full-width
    ("   ", "", ""),
])
def test_clean_and_fold(text: str, cleaned: str, folded: str) -> None:
    assert clean(text) == cleaned
    assert fold(text) == folded
