"""Name lookups for pickers (Discord autocomplete, CLI): states, cases and entries ranked as you type."""

from __future__ import annotations

from rapidfuzz import fuzz, process

from bot.engine import slots as slot_reader
from bot.knowledge.model import Entry, KnowledgeBase, StateEntry
from bot.textnorm import fold

MAX_CHOICES = 25  # Discord's limit for autocomplete


def rank_states(kb: KnowledgeBase, typed: str, limit: int = MAX_CHOICES) -> list[StateEntry]:
    """States whose name or code fits what was typed so far; alphabetical when nothing was typed."""
    states = sorted(kb.states.values(), key=lambda s: s.name)
    query = fold(typed)
    if not query:
        return states[:limit]
    exact = [s for s in states if s.code.lower() == query]
    prefix = [s for s in states if fold(s.name).startswith(query) and s not in exact]
    names = {s.code: fold(s.name) for s in states}
    fuzzy = [kb.states[code] for _, _, code in process.extract(query, names, scorer=fuzz.WRatio, limit=limit,
                                                                score_cutoff=60)]
    ranked = list(dict.fromkeys([*exact, *prefix, *fuzzy]))
    return ranked[:limit]


def find_state(kb: KnowledgeBase, typed: str) -> StateEntry | None:
    """A state from a picker value or free text ("FL", "florida", "Flordia", "Orlando")."""
    value = typed.strip()
    if value.upper() in kb.states:
        return kb.states[value.upper()]
    folded = slot_reader.digitize(fold(value))
    found, _ = slot_reader.read_states(folded, value.upper() if len(value) == 2 else value)
    for code, _ in found:
        if code in kb.states:
            return kb.states[code]
    return None


def rank_entries(entries: list[Entry], typed: str, limit: int = MAX_CHOICES) -> list[Entry]:
    """Entries by title and aliases, for case and teach pickers."""
    query = fold(typed)
    if not query:
        return sorted(entries, key=lambda e: e.title)[:limit]
    labels = {index: fold(" ".join([e.title, e.id, *e.aliases])) for index, e in enumerate(entries)}
    hits = process.extract(query, labels, scorer=fuzz.WRatio, limit=limit, score_cutoff=50)
    return [entries[index] for _, _, index in hits]
