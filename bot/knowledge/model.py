"""The knowledge base as typed data: what the loader produces and the engine reads."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal, get_args

#: "offtopic": a subject parents ask about near this one that the bot does not cover (driving, custody …). It is
#: matched like the others, so a question closest to it is declined by name; it is never an answer.
Kind = Literal["state", "topic", "case", "offtopic"]
KINDS: tuple[str, ...] = get_args(Kind)


@dataclass(frozen=True)
class Source:
    title: str
    url: str | None = None
    citation: str | None = None
    type: str = "other"
    note: str | None = None


@dataclass(frozen=True)
class Provision:
    """A sourced rule that is not the minimum age itself (interrogation, notification …)."""

    text: str
    citation: str | None = None


@dataclass(frozen=True)
class AgeException:
    """An offence the minimum age does not cover, and the lower floor that applies to it."""

    offense: str
    min_age: int | None = None

    def applies_at(self, age: int | None) -> bool:
        return age is None or self.min_age is None or age >= self.min_age

    def describe(self) -> str:
        """"murder" or "a Class A-G felony (from age 8)": how every front end lists an exception."""
        return self.offense if self.min_age is None else f"{self.offense} (from age {self.min_age})"


@dataclass(frozen=True)
class Entry:
    """What every entry has: an id, ways to ask for it, sources and a verified date."""

    id: str
    kind: Kind
    title: str
    summary: str
    phrasings: tuple[str, ...]
    aliases: tuple[str, ...]
    keywords: tuple[str, ...]
    sources: tuple[Source, ...]
    verified: date
    notes: str | None
    path: str
    line: int = 1

    @property
    def key(self) -> tuple[Kind, str]:
        return (self.kind, self.id)


@dataclass(frozen=True)
class StateEntry(Entry):
    name: str = ""
    min_age: int | None = None
    bars: Literal["arrest", "prosecution"] | None = None
    exceptions: tuple[AgeException, ...] = ()
    citation: str | None = None
    law_name: str | None = None
    effective: date | None = None
    instead: str | None = None
    juvenile_max_age: int | None = None
    other_limits: tuple[Provision, ...] = ()
    interrogation: tuple[Provision, ...] = ()
    notification: tuple[Provision, ...] = ()
    pending: str | None = None

    @property
    def code(self) -> str:
        return self.id


@dataclass(frozen=True)
class TopicEntry(Entry):
    details: tuple[str, ...] = ()
    authority: tuple[str, ...] = ()
    state_field: Literal["rule", "interrogation", "notification"] | None = None


@dataclass(frozen=True)
class CaseEntry(Entry):
    date: date | None = None
    place: str = ""
    state: str = ""
    age: int | None = None
    facts: tuple[str, ...] = ()
    outcome: str | None = None


@dataclass(frozen=True)
class OfftopicEntry(Entry):
    """A neighbouring subject the bot does not answer (its title is the subject as the bot names it): it states no
    fact, so it needs no source."""


@dataclass(frozen=True)
class KnowledgeBase:
    """A validated, immutable knowledge base; swapped whole on reload, never edited."""

    states: dict[str, StateEntry] = field(default_factory=dict)
    topics: dict[str, TopicEntry] = field(default_factory=dict)
    cases: dict[str, CaseEntry] = field(default_factory=dict)
    offtopics: dict[str, OfftopicEntry] = field(default_factory=dict)
    taught: tuple[tuple[Kind, str, str], ...] = ()
    root: str = ""
    version: str = ""

    def entries(self) -> list[Entry]:
        """The entries that answer: states, topics and cases."""
        return [*self.states.values(), *self.topics.values(), *self.cases.values()]

    def matchable(self) -> list[Entry]:
        """Everything a question is matched against: the answering entries and the subjects declined by name."""
        return [*self.entries(), *self.offtopics.values()]

    def get(self, kind: Kind, entry_id: str) -> Entry | None:
        table: dict[str, Entry] = {"state": self.states, "topic": self.topics, "case": self.cases,  # type: ignore[dict-item]
                                   "offtopic": self.offtopics}.get(kind, {})
        return table.get(entry_id)

    def counts(self) -> str:
        told = f"{len(self.states)} states, {len(self.topics)} topics, {len(self.cases)} cases"
        return f"{told}, {len(self.offtopics)} off-topic subjects" if self.offtopics else told

    def newest_verified(self) -> date | None:
        dates = [e.verified for e in self.entries()]
        return max(dates) if dates else None
