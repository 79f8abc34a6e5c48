"""Shared fixtures: the real knowledge base, loaded once, and an engine over it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bot.engine.engine import Engine
from bot.knowledge.loader import load_knowledge
from bot.knowledge.model import KnowledgeBase

ROOT = Path(__file__).resolve().parent.parent
KNOWLEDGE = ROOT / "knowledge"


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    result = load_knowledge(KNOWLEDGE)
    assert result.kb is not None, "\n".join(str(p) for p in result.problems)
    return result.kb


@pytest.fixture(scope="session")
def engine(kb: KnowledgeBase) -> Engine:
    return Engine(kb)


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test writes the developer's ./data or reads their .env settings."""
    monkeypatch.setenv("BOT_DATA_DIR", str(tmp_path / "data"))
    for name in ("DISCORD_TOKEN", "KB_DIR", "ASK_CHANNEL_IDS", "MOD_ROLE_ID", "SHARD_COUNT", "SHARD_IDS"):
        monkeypatch.delenv(name, raising=False)
    os.environ.setdefault("LOG_LEVEL", "WARNING")
