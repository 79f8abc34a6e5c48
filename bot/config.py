"""Settings from the environment and `.env`; every setting and its default lives here."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from dotenv import load_dotenv

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def _ids(value: str) -> frozenset[int]:
    return frozenset(int(part) for part in value.replace(",", " ").split() if part.isdigit())


def _int(value: str | None, default: int | None) -> int | None:
    try:
        return int(value) if value not in (None, "") else default
    except ValueError:
        return default


@dataclass(frozen=True)
class Settings:
    kb_dir: Path = PROJECT_ROOT / "knowledge"
    token: str | None = field(default=None, repr=False)  # never printed
    api_base: str | None = None
    gateway_url: str | None = None
    guild_id: int | None = None
    ask_channel_ids: frozenset[int] = frozenset()
    mod_role_id: int | None = None
    mod_log_channel_id: int | None = None
    shard_count: int | None = None
    shard_ids: tuple[int, ...] | None = None
    log_level: str = "INFO"
    data_dir: Path = PROJECT_ROOT / "data"
    unanswered_retention_days: int = 30
    stale_after_days: int = 365
    cooldown_questions: int = 5
    cooldown_seconds: int = 60
    reload_poll_seconds: int = 30

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None, dotenv: bool = True) -> Settings:
        """Read settings; `.env` fills in what the real environment does not set."""
        if env is None:
            if dotenv:
                load_dotenv(override=False)
            env = dict(os.environ)
        shard_ids = env.get("SHARD_IDS", "").strip()
        return cls(
            kb_dir=Path(env.get("KB_DIR") or PROJECT_ROOT / "knowledge"),
            token=env.get("DISCORD_TOKEN") or None,
            api_base=env.get("DISCORD_API_BASE") or None,
            gateway_url=env.get("DISCORD_GATEWAY_URL") or None,
            guild_id=_int(env.get("DISCORD_GUILD_ID"), None),
            ask_channel_ids=_ids(env.get("ASK_CHANNEL_IDS", "")),
            mod_role_id=_int(env.get("MOD_ROLE_ID"), None),
            mod_log_channel_id=_int(env.get("MOD_LOG_CHANNEL_ID"), None),
            shard_count=_int(env.get("SHARD_COUNT"), None),
            shard_ids=tuple(sorted(_ids(shard_ids))) if shard_ids else None,
            log_level=(env.get("LOG_LEVEL") or "INFO").upper(),
            data_dir=Path(env.get("BOT_DATA_DIR") or PROJECT_ROOT / "data"),
            unanswered_retention_days=_int(env.get("UNANSWERED_RETENTION_DAYS"), 30) or 30,
            stale_after_days=_int(env.get("STALE_AFTER_DAYS"), 365) or 365,
            cooldown_questions=_int(env.get("COOLDOWN_QUESTIONS"), 5) or 5,
            cooldown_seconds=_int(env.get("COOLDOWN_SECONDS"), 60) or 60,
            reload_poll_seconds=_int(env.get("KB_RELOAD_POLL_SECONDS"), 30) or 0,
        )
