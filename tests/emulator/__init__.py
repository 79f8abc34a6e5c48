"""A local Discord emulator (REST v10 + gateway) for end-to-end tests of discord.py bots.

See ``server.DiscordEmulator`` for the API and ``fixtures`` for the ready-made pytest fixtures.
"""

from .models import Channel, Guild, Member, PermissionOverwrite, Role, User
from .ratelimit import RateLimitRule
from .server import DiscordEmulator
from .state import (
    DispatchRecord,
    EmulatorTimeoutError,
    IdentifyRecord,
    InteractionRecord,
    RecordedFile,
    RecordedRequest,
)

__all__ = [
    "Channel",
    "DiscordEmulator",
    "DispatchRecord",
    "EmulatorTimeoutError",
    "Guild",
    "IdentifyRecord",
    "InteractionRecord",
    "Member",
    "PermissionOverwrite",
    "RateLimitRule",
    "RecordedFile",
    "RecordedRequest",
    "Role",
    "User",
]
