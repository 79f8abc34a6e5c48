"""Everything the emulator remembers: the world, created messages, synced commands, interactions,
and a log of every REST request and gateway dispatch for tests to inspect and wait on."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from .models import DM_CHANNEL, Channel, Guild, User
from .snowflake import SnowflakeGenerator

T = TypeVar("T")


class EmulatorTimeoutError(TimeoutError):
    """A bounded wait in the emulator expired; the message says what was awaited and what was seen."""


@dataclass
class RecordedFile:
    """One uploaded file from a multipart request."""

    field: str
    filename: str | None
    content_type: str | None
    data: bytes


@dataclass
class RecordedRequest:
    """One REST request as the emulator received it, plus the answer it gave."""

    index: int
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    json: Any
    files: list[RecordedFile]
    received_at: float
    received_wall: float
    route: str | None = None
    params: dict[str, str] = field(default_factory=dict)
    status: int | None = None
    response: Any = None
    response_headers: dict[str, str] = field(default_factory=dict)
    completed_at: float | None = None

    @property
    def completed(self) -> bool:
        return self.status is not None

    @property
    def ok(self) -> bool:
        return self.status is not None and 200 <= self.status < 300

    def __repr__(self) -> str:
        return f"<RecordedRequest #{self.index} {self.method} {self.path} -> {self.status}>"


@dataclass
class DispatchRecord:
    """One gateway DISPATCH (op 0) sent, or buffered for a later RESUME, to a session."""

    session_id: str
    seq: int
    event: str
    data: dict[str, Any]
    sent_at: float
    delivered: bool


@dataclass
class IdentifyRecord:
    """An IDENTIFY (op 2) the emulator received."""

    session_id: str
    intents: int | None
    shard: tuple[int, int] | None
    token: str | None
    payload: dict[str, Any]


@dataclass
class InteractionRecord:
    """An interaction the emulator dispatched and how the bot has answered it so far."""

    id: int
    token: str
    type: int
    payload: dict[str, Any]
    channel_id: int | None
    guild_id: int | None
    created_at: float
    response_type: int | None = None
    response: Any = None
    original_message_id: int | None = None
    loading: bool = False
    followup_ids: list[int] = field(default_factory=list)

    @property
    def responded(self) -> bool:
        return self.response_type is not None


class Notifier:
    """Wakes every waiter whenever something is recorded, so any condition can be awaited with a timeout."""

    def __init__(self) -> None:
        self._event = asyncio.Event()

    def changed(self) -> None:
        event, self._event = self._event, asyncio.Event()
        event.set()

    async def wait_for(self, check: Callable[[], T | None], timeout: float, what: Callable[[], str] | str) -> T:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            event = self._event
            result = check()
            if result is not None and result is not False:
                return result
            remaining = deadline - loop.time()
            if remaining <= 0:
                message = what() if callable(what) else what
                raise EmulatorTimeoutError(f"timed out after {timeout}s waiting for {message}")
            # also re-check periodically, for conditions on state outside the emulator
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(event.wait(), min(remaining, 0.05))


@dataclass
class EmulatorState:
    """The emulator's single source of truth, shared by the REST and gateway layers."""

    bot_user: User
    application_id: int
    owner_user: User
    snowflakes: SnowflakeGenerator
    users: dict[int, User] = field(default_factory=dict)
    guilds: dict[int, Guild] = field(default_factory=dict)
    channels: dict[int, Channel] = field(default_factory=dict)
    messages: dict[int, dict[str, Any]] = field(default_factory=dict)
    global_commands: list[dict[str, Any]] = field(default_factory=list)
    guild_commands: dict[int, list[dict[str, Any]]] = field(default_factory=dict)
    interactions: dict[str, InteractionRecord] = field(default_factory=dict)
    requests: list[RecordedRequest] = field(default_factory=list)
    dispatched: list[DispatchRecord] = field(default_factory=list)
    identifies: list[IdentifyRecord] = field(default_factory=list)
    notifier: Notifier = field(default_factory=Notifier)

    def __post_init__(self) -> None:
        self.users.setdefault(self.bot_user.id, self.bot_user)
        self.users.setdefault(self.owner_user.id, self.owner_user)

    def new_id(self) -> int:
        return self.snowflakes.next()

    def guild_of(self, channel: Channel) -> Guild | None:
        return self.guilds.get(channel.guild_id) if channel.guild_id is not None else None

    def dm_channel_for(self, user: User) -> Channel:
        """The bot's DM channel with ``user``, created on first use (as ``POST /users/@me/channels`` does)."""
        for channel in self.channels.values():
            if channel.type == DM_CHANNEL and any(r.id == user.id for r in channel.recipients):
                return channel
        channel = Channel(id=self.new_id(), name=None, type=DM_CHANNEL, recipients=[user])
        self.channels[channel.id] = channel
        return channel

    def commands_for(self, guild_id: int | None) -> list[dict[str, Any]]:
        if guild_id is None:
            return self.global_commands
        return self.guild_commands.setdefault(guild_id, [])

    def find_command(self, name: str, guild_id: int | None) -> dict[str, Any] | None:
        """A synced chat-input command by name: the guild's own first, then global (as Discord resolves)."""
        pools = ([self.guild_commands.get(guild_id, [])] if guild_id is not None else []) + [self.global_commands]
        for pool in pools:
            for command in pool:
                if command["name"] == name and command.get("type", 1) == 1:
                    return command
        return None

    def record_request(self, **kwargs: Any) -> RecordedRequest:
        record = RecordedRequest(index=len(self.requests), **kwargs)
        self.requests.append(record)
        return record

    def complete_request(
        self, record: RecordedRequest, status: int, response: Any, headers: dict[str, str] | None = None
    ) -> None:
        record.status = status
        record.response = response
        record.response_headers = dict(headers or {})
        record.completed_at = time.perf_counter()
        self.notifier.changed()
