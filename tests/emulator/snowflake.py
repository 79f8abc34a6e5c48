"""Snowflake ids shaped like Discord's, so ``discord.utils.snowflake_time`` gives sensible timestamps."""

from __future__ import annotations

import datetime
import threading
import time

DISCORD_EPOCH_MS = 1420070400000


class SnowflakeGenerator:
    """Hands out strictly increasing snowflakes; ordering matters because Discord sorts by id."""

    def __init__(self) -> None:
        self._last = 0
        self._lock = threading.Lock()

    def next(self) -> int:
        with self._lock:
            candidate = (int(time.time() * 1000) - DISCORD_EPOCH_MS) << 22
            self._last = max(candidate, self._last + 1)
            return self._last


def snowflake_datetime(snowflake: int) -> datetime.datetime:
    """The creation time encoded in a snowflake (UTC)."""
    ms = (snowflake >> 22) + DISCORD_EPOCH_MS
    return datetime.datetime.fromtimestamp(ms / 1000, tz=datetime.timezone.utc)


def iso_timestamp(snowflake: int | None = None) -> str:
    """ISO-8601 timestamp as Discord formats it; from a snowflake's time, or now."""
    moment = snowflake_datetime(snowflake) if snowflake else datetime.datetime.now(datetime.timezone.utc)
    return moment.isoformat()
