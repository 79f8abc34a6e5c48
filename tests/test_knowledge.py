"""The shipped knowledge base: complete, sourced, recent, and its generated docs up to date."""

from __future__ import annotations

from datetime import date, timedelta

from bot.knowledge.jurisdictions import REQUIRED
from bot.knowledge.model import KnowledgeBase
from bot.render.table import states_markdown
from tests.conftest import ROOT

MAX_AGE = timedelta(days=730)  # 24 months


def test_all_fifty_states_and_dc_are_present(kb: KnowledgeBase) -> None:
    missing = sorted(REQUIRED - set(kb.states))
    assert not missing, f"missing jurisdictions: {missing}"


def test_every_entry_is_sourced_and_recently_verified(kb: KnowledgeBase) -> None:
    today = date.today()
    for entry in kb.entries():
        assert any(s.url or s.citation for s in entry.sources), entry.path
        assert today - entry.verified <= MAX_AGE, f"{entry.path}: verified {entry.verified}, over 24 months ago"


def test_no_minimum_age_without_a_citation(kb: KnowledgeBase) -> None:
    for state in kb.states.values():
        if state.min_age is not None:
            assert state.citation and state.bars, state.path
        else:
            assert state.instead, state.path


def test_required_topics_and_cases(kb: KnowledgeBase) -> None:
    for topic in ("minimum-age", "gault", "miranda-age", "questioning", "confessions", "parent-notification",
                  "restraints-school", "after-arrest", "records", "infancy-defense", "international-standard",
                  "if-arrested", "find-a-lawyer"):
        assert topic in kb.topics, topic
    assert "kaia-rolle" in kb.cases
    assert len(kb.cases) >= 5


def test_docs_states_table_is_up_to_date(kb: KnowledgeBase) -> None:
    """Regenerate with: python -m bot states --markdown > docs/states.md"""
    assert (ROOT / "docs" / "states.md").read_text(encoding="utf-8") == states_markdown(kb)


def test_docs_map_is_up_to_date(kb: KnowledgeBase) -> None:
    """Regenerate with: python -m bot map --out docs/map.png"""
    from bot.render.map import data_digest, stored_digest

    assert stored_digest((ROOT / "docs" / "map.png").read_bytes()) == data_digest(kb)
