"""Which keys each kind of entry may have, which are required, and what type each holds.

One table per kind: the validator reads it, and `knowledge/README.md` documents it.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.knowledge.model import KINDS

# Value types the validator understands.
STR = "text"
STR_LIST = "list of text"
AGE = "age (a whole number 0-21)"
AGE_OR_NULL = "age (a whole number 0-21) or null"
DATE = "date (YYYY-MM-DD)"
SOURCES = "list of sources"
PROVISIONS = "list of {text, citation}"
EXCEPTIONS = "list of {offense, min_age}"
STATE_CODE = "state code"


@dataclass(frozen=True)
class Field:
    type: str
    required: bool = False
    choices: tuple[str, ...] = ()


COMMON: dict[str, Field] = {
    "id": Field(STR, required=True),
    "phrasings": Field(STR_LIST, required=True),
    "aliases": Field(STR_LIST),
    "keywords": Field(STR_LIST),
    "sources": Field(SOURCES, required=True),
    "verified": Field(DATE, required=True),
    "notes": Field(STR),
}

STATE: dict[str, Field] = {
    **COMMON,
    "name": Field(STR, required=True),
    "min_age": Field(AGE_OR_NULL, required=True),
    "bars": Field(STR, choices=("arrest", "prosecution")),
    "exceptions": Field(EXCEPTIONS),
    "citation": Field(STR),
    "law_name": Field(STR),
    "effective": Field(DATE),
    "instead": Field(STR),
    "juvenile_max_age": Field(AGE, required=True),
    "summary": Field(STR, required=True),
    "other_limits": Field(PROVISIONS),
    "interrogation": Field(PROVISIONS),
    "notification": Field(PROVISIONS),
    "pending": Field(STR),
}

TOPIC: dict[str, Field] = {
    **COMMON,
    "title": Field(STR, required=True),
    "summary": Field(STR, required=True),
    "details": Field(STR_LIST),
    "authority": Field(STR_LIST, required=True),
    "state_field": Field(STR, choices=("rule", "interrogation", "notification")),
}

CASE: dict[str, Field] = {
    **COMMON,
    "title": Field(STR, required=True),
    "date": Field(DATE, required=True),
    "place": Field(STR, required=True),
    "state": Field(STATE_CODE, required=True),
    "age": Field(AGE),
    "summary": Field(STR, required=True),
    "facts": Field(STR_LIST),
    "outcome": Field(STR),
}

#: A subject declined by name. No sources or verified date: it states no fact, it only says "not this".
OFFTOPIC: dict[str, Field] = {
    "id": Field(STR, required=True),
    "subject": Field(STR, required=True),
    "phrasings": Field(STR_LIST, required=True),
    "keywords": Field(STR_LIST),
    "notes": Field(STR),
}

SOURCE: dict[str, Field] = {
    "title": Field(STR, required=True),
    "url": Field(STR),
    "citation": Field(STR),
    "type": Field(
        STR,
        choices=("statute", "bill", "legislature", "court", "agency", "news", "advocacy",
                 "research", "other"),
    ),
    "note": Field(STR),
}

PROVISION: dict[str, Field] = {"text": Field(STR, required=True), "citation": Field(STR)}
EXCEPTION: dict[str, Field] = {"offense": Field(STR, required=True), "min_age": Field(AGE_OR_NULL)}

TAUGHT_ITEM: dict[str, Field] = {
    "kind": Field(STR, required=True, choices=KINDS),
    "id": Field(STR, required=True),
    "phrasing": Field(STR, required=True),
    "by": Field(STR),
    "at": Field(DATE),
}

BY_FOLDER: dict[str, tuple[str, dict[str, Field]]] = {
    "states": ("state", STATE),
    "topics": ("topic", TOPIC),
    "cases": ("case", CASE),
    "offtopic": ("offtopic", OFFTOPIC),
}
