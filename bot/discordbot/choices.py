"""Autocomplete choices built from the engine's rankings (the ranking itself lives in bot/engine/lookup.py)."""

from __future__ import annotations

from discord import app_commands

from bot.discordbot.embeds import shorten
from bot.engine.lookup import rank_entries, rank_states
from bot.knowledge.model import Entry, KnowledgeBase

CHOICE_NAME_MAX = 100


def state_choices(kb: KnowledgeBase, current: str) -> list[app_commands.Choice[str]]:
    choices = []
    for entry in rank_states(kb, current):
        floor = "no minimum" if entry.min_age is None else f"minimum age {entry.min_age}"
        choices.append(app_commands.Choice(name=shorten(f"{entry.name} ({entry.code}) — {floor}", CHOICE_NAME_MAX),
                                           value=entry.code))
    return choices


def entry_choices(entries: list[Entry], current: str, with_kind: bool = False) -> list[app_commands.Choice[str]]:
    return [app_commands.Choice(name=shorten(f"{e.title} ({e.kind})" if with_kind else e.title, CHOICE_NAME_MAX),
                                value=f"{e.kind}:{e.id}" if with_kind else e.id)
            for e in rank_entries(entries, current)]
