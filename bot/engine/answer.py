"""The one reply type every front end renders: Discord embeds, console text and JSON."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from bot.knowledge.model import Kind, Source

Status = Literal["answered", "clarify", "no_match"]

DISCLAIMER = (
    "General information, not legal advice. For your child's case, contact your county public defender's office "
    "and ask for a juvenile (youth) defender; see also The Gault Center: https://www.defendyouthrights.org/"
)


@dataclass(frozen=True)
class Section:
    """A titled part of an answer (the rule, exceptions, your state's law …)."""

    title: str
    text: str


@dataclass(frozen=True)
class Suggestion:
    """Something the bot can answer instead; front ends turn it into a button or a line."""

    label: str
    kind: Kind
    id: str
    state: str | None = None
    age: int | None = None

    @property
    def token(self) -> str:
        """A compact, stable reference (used as a Discord button custom_id)."""
        return ":".join(["ask", self.kind, self.id, self.state or "", "" if self.age is None else str(self.age)])

    @classmethod
    def from_token(cls, token: str) -> Suggestion | None:
        parts = token.split(":")
        if len(parts) != 5 or parts[0] != "ask" or parts[1] not in ("state", "topic", "case"):
            return None
        age = int(parts[4]) if parts[4].isdigit() else None
        return cls(label="", kind=parts[1], id=parts[2], state=parts[3] or None, age=age)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Answer:
    status: Status
    headline: str
    sections: tuple[Section, ...] = ()
    title: str | None = None
    entry: tuple[Kind, str] | None = None
    state: str | None = None
    age: int | None = None
    score: float = 0.0
    citation: str | None = None
    sources: tuple[Source, ...] = ()
    verified: date | None = None
    suggestions: tuple[Suggestion, ...] = ()
    disclaimer: str = DISCLAIMER
    #: For clarify and no_match: the entry the engine thought closest (moderators see it).
    closest: tuple[Kind, str] | None = None

    @property
    def answered(self) -> bool:
        return self.status == "answered"
