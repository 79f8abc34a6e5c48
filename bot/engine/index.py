"""The matching index: every phrasing normalised once, ranked with rapidfuzz per question.

Built once per knowledge base (and rebuilt only on reload); nothing here parses
YAML or reads files.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from bot.engine import slots as slot_reader
from bot.knowledge.model import Kind, KnowledgeBase

#: Words that say little about what is asked (after slot stripping).
STOPWORDS = frozenset(
    "a an the my our his her their your its is are was were be been being do does did i we you it to of "
    "in on at for and or so if that this there these those what whats about with hi hello hey please "
    "thanks thank just really im ive id hes shes theyre there our us me mine he she they them him would "
    "could should will shall am as by from into than then also any some very much ok okay yes no quick "
    "wondering wonder know tell".split()
)

#: Parents' many words for the same idea, folded to one so phrasings need not list them all.
SYNONYMS: dict[str, str] = {}
for canonical, words in {
    "child": "kid kids son sons daughter daughters boy boys girl girls children toddler toddlers youngster "
             "grandson granddaughter grandchild grandkid baby minor minors student students kiddo child childs "
             "teen teens teenager teenagers youth stepson stepdaughter nephew niece",
    "police": "cop cops officer officers policeman policemen policewoman sro sros deputy deputies sheriff "
              "sheriffs trooper law enforcement",
    "arrest": "arrested arresting arrests arrestable",
    "handcuff": "handcuffed handcuffs handcuffing cuffed cuffs cuff zip tied zip tie zip ties restrained "
                "restraint restraints shackled",
    "interrogate": "question questioned questioning questions interrogated interrogation interrogating "
                   "interview interviewed interviewing",
    "charge": "charged charges charging prosecute prosecuted prosecution prosecuting",
    "jail": "juvie jailed detention detained lockup locked prison",
    "lawyer": "attorney attorneys lawyers counsel defender",
    "parent": "mom mum mother dad father parents guardian guardians grandma grandmother grandpa",
    "young": "younger youngest little small",
    "old": "older age aged",
}.items():
    for word in words.split():
        SYNONYMS[word] = canonical


def normalise(text: str) -> str:
    """Stopwords out, synonyms folded: the form both phrasings and questions are compared in."""
    words = [SYNONYMS.get(w, w) for w in text.split() if w not in STOPWORDS]
    return " ".join(words)


@dataclass(frozen=True)
class Hit:
    kind: Kind
    id: str
    score: float
    via: str  # the phrasing (or alias) that matched


class Index:
    """Normalised phrasings and aliases of every entry, as rapidfuzz choices."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        choices: list[str] = []
        owners: list[tuple[Kind, str]] = []
        originals: list[str] = []
        aliases: list[tuple[re.Pattern[str], tuple[Kind, str], str]] = []
        taught = [(kind, entry_id, phrasing) for kind, entry_id, phrasing in kb.taught]
        for entry in kb.entries():
            for phrasing in entry.phrasings:
                self._add(phrasing, entry.key, choices, owners, originals)
            for alias in entry.aliases:
                folded = slot_reader.digitize(slot_reader.fold(alias))
                if folded:
                    aliases.append((re.compile(rf"\b{re.escape(folded)}\b"), entry.key, alias))
        for kind, entry_id, phrasing in taught:
            self._add(phrasing, (kind, entry_id), choices, owners, originals)
        self.choices = choices
        self.owners = owners
        self.originals = originals
        # Longest alias first, so "kaia rolle act" wins over "kaia rolle".
        self.aliases = sorted(aliases, key=lambda a: -len(a[0].pattern))
        self.vocabulary = frozenset(w for c in choices for w in c.split()) | frozenset(
            w for _, _, a in aliases for w in slot_reader.fold(a).split())

    @staticmethod
    def _add(phrasing: str, key: tuple[Kind, str], choices: list[str], owners: list[tuple[Kind, str]],
             originals: list[str]) -> None:
        text = slot_reader.read(phrasing).stripped
        normal = normalise(text)
        if normal:
            choices.append(normal)
            owners.append(key)
            originals.append(phrasing)

    def alias_hit(self, folded: str) -> Hit | None:
        for pattern, (kind, entry_id), alias in self.aliases:
            if pattern.search(folded):
                return Hit(kind, entry_id, 100.0, alias)
        return None

    def rank(self, stripped: str, limit: int = 5) -> list[Hit]:
        """The best-scoring entries, one hit per entry, best first.

        Score = mean of token_set_ratio (a phrasing inside a longer story still scores)
        and token_sort_ratio (a one-word question does not score 100 against every
        phrasing that contains the word). WRatio was tried first and rejected: its
        partial matching gives 85.5 to any pair sharing one short word.
        """
        query = normalise(stripped)
        if not query or not self.choices:
            return []
        best: dict[tuple[Kind, str], Hit] = {}
        for _, set_score, position in process.extract(
            query, self.choices, scorer=fuzz.token_set_ratio, limit=max(limit * 8, 40), score_cutoff=40,
        ):
            score = (set_score + fuzz.token_sort_ratio(query, self.choices[position])) / 2
            key = self.owners[position]
            if key not in best or best[key].score < score:
                best[key] = Hit(key[0], key[1], round(score, 2), self.originals[position])
        return sorted(best.values(), key=lambda h: -h.score)[:limit]
