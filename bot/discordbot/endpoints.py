"""Point discord.py at another API base or gateway (a proxy, or the local emulator in the tests)."""

from __future__ import annotations

import discord
import yarl
from discord.gateway import DiscordWebSocket

DEFAULT_API_BASE = "https://discord.com/api/v10"


def apply(api_base: str | None, gateway_url: str | None) -> None:
    """discord.py keeps both as class attributes; set them once, before the client connects."""
    discord.http.Route.BASE = (api_base or DEFAULT_API_BASE).rstrip("/")
    if gateway_url:
        DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway_url)


def override_bot_gateway(http: discord.http.HTTPClient, gateway_url: str | None) -> None:
    """Sharded clients ask /gateway/bot for the URL; make them use ours instead."""
    if not gateway_url:
        return
    original = http.get_bot_gateway

    async def get_bot_gateway():  # type: ignore[no-untyped-def]
        shards, _, limits = await original()
        return shards, gateway_url, limits

    http.get_bot_gateway = get_bot_gateway  # type: ignore[method-assign]
