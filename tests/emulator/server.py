"""``DiscordEmulator``: an aiohttp server on 127.0.0.1 speaking enough Discord REST + gateway for an
unmodified discord.py client, plus helpers for tests to build a world, inject events and inspect requests."""

from __future__ import annotations

import contextlib
import re
import secrets
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from types import TracebackType
from typing import Any

from aiohttp import web

from . import interactions, payloads
from .gateway import INVALID_SESSION, RECONNECT, Gateway
from .interactions import Options
from .messages import REPLY, MessageService
from .models import TEXT_CHANNEL, Channel, Guild, Member, PermissionOverwrite, Role, User
from .permissions import ADD_REACTIONS, ATTACH_FILES, EMBED_LINKS, READ_MESSAGE_HISTORY, SEND_MESSAGES, VIEW_CHANNEL
from .ratelimit import RateLimitRule
from .rest import RestApi
from .snowflake import SnowflakeGenerator, iso_timestamp
from .state import DispatchRecord, EmulatorState, IdentifyRecord, InteractionRecord, RecordedRequest

JSON = dict[str, Any]

#: What a bot can do in a DM, reported as ``app_permissions`` there.
DM_PERMISSIONS = VIEW_CHANNEL | SEND_MESSAGES | EMBED_LINKS | ATTACH_FILES | READ_MESSAGE_HISTORY | ADD_REACTIONS

RequestMatcher = Callable[[RecordedRequest], bool]


class DiscordEmulator:
    """A local fake Discord. Build the world, ``start()``, point discord.py at ``api_base``/``gateway_url``.

    Usage::

        async with DiscordEmulator() as emu:
            guild = emu.add_guild("Test")
            ...
            with emu.patch_discord():   # Route.BASE + DiscordWebSocket.DEFAULT_GATEWAY
                await client.start("any-token")
    """

    def __init__(
        self,
        *,
        bot_name: str = "Emulator Bot",
        bot_id: int | None = None,
        application_id: int | None = None,
        owner_name: str = "app-owner",
        token: str | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        shards: int = 1,
        heartbeat_interval_ms: int = 41250,
        interaction_deadline: float | None = 3.0,
        echo_bot_messages: bool = True,
        enforce_message_content_intent: bool = True,
        api_version: int = 10,
    ) -> None:
        snowflakes = SnowflakeGenerator()
        bot = User(id=bot_id or snowflakes.next(), username=bot_name, bot=True, discriminator="0001")
        owner = User(id=snowflakes.next(), username=owner_name)
        self.state = EmulatorState(bot_user=bot, application_id=application_id or bot.id, owner_user=owner, snowflakes=snowflakes)
        self.host = host
        self.port = port
        self.api_version = api_version
        self.default_user: User | None = None
        self.gateway = Gateway(
            self.state,
            resume_url=lambda: f"{self.gateway_url}/resume",
            token=token,
            heartbeat_interval_ms=heartbeat_interval_ms,
            enforce_message_content_intent=enforce_message_content_intent,
        )
        self.messages = MessageService(self.state, self.gateway, echo_bot_messages=echo_bot_messages)
        self.rest = RestApi(
            self.state,
            self.gateway,
            self.messages,
            gateway_url=lambda: self.gateway_url,
            token=token,
            shards=shards,
            interaction_deadline=interaction_deadline,
        )
        self._runner: web.AppRunner | None = None
        self._checkpoint = 0
        self._patch_stack: contextlib.ExitStack | None = None

    # -- lifecycle ----------------------------------------------------------------------------------

    async def start(self) -> DiscordEmulator:
        """Bind 127.0.0.1 on a free port (unless ``port`` was given) and start serving."""
        app = web.Application(client_max_size=64 * 1024 * 1024)
        for path in ("/gateway", "/gateway/", "/gateway/resume", "/"):
            app.router.add_route("GET", path, self.gateway.handle)
        app.router.add_route("*", "/{tail:.*}", self.rest.handle)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False, shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        self.port = self._runner.addresses[0][1]
        return self

    async def stop(self) -> None:
        """Close gateway sockets, stop serving, and undo ``patch_discord`` if still active."""
        if self._patch_stack is not None:
            self._patch_stack.close()
            self._patch_stack = None
        await self.gateway.close()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> DiscordEmulator:
        return await self.start()

    async def __aexit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        await self.stop()

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def api_base(self) -> str:
        """Value for ``discord.http.Route.BASE``."""
        return f"{self.base_url}/api/v{self.api_version}"

    @property
    def gateway_url(self) -> str:
        """The websocket URL (what ``GET /gateway/bot`` returns; what ``DISCORD_GATEWAY_URL`` should be)."""
        return f"ws://{self.host}:{self.port}/gateway"

    def env(self) -> dict[str, str]:
        """Environment variables for running a bot process against the emulator."""
        return {"DISCORD_API_BASE": self.api_base, "DISCORD_GATEWAY_URL": self.gateway_url}

    @contextlib.contextmanager
    def patch_discord(self) -> Iterator[DiscordEmulator]:
        """Point discord.py at the emulator: ``Route.BASE`` and ``DiscordWebSocket.DEFAULT_GATEWAY``.

        A plain ``Client`` never calls ``GET /gateway``: it connects straight to ``DEFAULT_GATEWAY``
        (and goes back to it after an invalidated session), so both must be patched.
        """
        import discord.gateway
        import discord.http
        import yarl

        old_base = discord.http.Route.BASE
        old_gateway = discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY
        discord.http.Route.BASE = self.api_base
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(self.gateway_url)
        try:
            yield self
        finally:
            discord.http.Route.BASE = old_base
            discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = old_gateway

    def install(self) -> None:
        """``patch_discord`` without a ``with`` block; undone by ``stop()``."""
        if self._patch_stack is None:
            self._patch_stack = contextlib.ExitStack()
            self._patch_stack.enter_context(self.patch_discord())

    # -- building the world -------------------------------------------------------------------------

    @property
    def bot_user(self) -> User:
        return self.state.bot_user

    @property
    def application_id(self) -> int:
        return self.state.application_id

    @property
    def owner_user(self) -> User:
        """The application's owner (``GET /oauth2/applications/@me``), i.e. ``commands.Bot.is_owner``."""
        return self.state.owner_user

    @property
    def interaction_deadline(self) -> float | None:
        """Seconds the bot has for the initial interaction response (Discord: 3); later -> 404 10062. None = off."""
        return self.rest.interaction_deadline

    @interaction_deadline.setter
    def interaction_deadline(self, seconds: float | None) -> None:
        self.rest.interaction_deadline = seconds

    @property
    def guilds(self) -> dict[int, Guild]:
        return self.state.guilds

    def add_user(self, username: str, *, id: int | None = None, bot: bool = False, global_name: str | None = None) -> User:
        user = User(id=id or self.state.new_id(), username=username, bot=bot, global_name=global_name)
        self.state.users[user.id] = user
        return user

    def add_guild(self, name: str, *, id: int | None = None, owner: User | None = None, locale: str = "en-US") -> Guild:
        """A guild with @everyone; its owner and the bot are members. Configure before the client connects."""
        owner = owner or self.state.owner_user
        self.state.users.setdefault(owner.id, owner)
        guild = Guild(id=id or self.state.new_id(), name=name, owner_id=owner.id, locale=locale)
        self.state.guilds[guild.id] = guild
        self.add_member(guild, owner)
        self.add_member(guild, self.state.bot_user)
        return guild

    def add_role(
        self, guild: Guild, name: str, *, permissions: int = 0, position: int | None = None, managed: bool = False
    ) -> Role:
        role = Role(
            id=self.state.new_id(),
            name=name,
            permissions=permissions,
            position=position if position is not None else len(guild.roles),
            managed=managed,
        )
        guild.roles[role.id] = role
        return role

    def add_member(self, guild: Guild, user: User, *, roles: Sequence[Role | int] = (), nick: str | None = None) -> Member:
        self.state.users.setdefault(user.id, user)
        role_ids = [r.id if isinstance(r, Role) else int(r) for r in roles]
        member = Member(user=user, roles=role_ids, nick=nick, joined_at=iso_timestamp())
        guild.members[user.id] = member
        return member

    def add_text_channel(
        self,
        guild: Guild,
        name: str,
        *,
        topic: str | None = None,
        overwrites: Sequence[PermissionOverwrite] = (),
        parent_id: int | None = None,
        type: int = TEXT_CHANNEL,
    ) -> Channel:
        channel = Channel(
            id=self.state.new_id(),
            name=name,
            type=type,
            guild_id=guild.id,
            position=len(guild.channels),
            topic=topic,
            parent_id=parent_id,
            overwrites=list(overwrites),
        )
        guild.channels[channel.id] = channel
        self.state.channels[channel.id] = channel
        return channel

    def dm_channel(self, user: User) -> Channel:
        """The bot's DM channel with ``user`` (created if needed)."""
        return self.state.dm_channel_for(user)

    def get_channel(self, channel: Channel | int | str) -> Channel:
        channel_id = channel.id if isinstance(channel, Channel) else int(channel)
        try:
            return self.state.channels[channel_id]
        except KeyError:
            raise KeyError(f"unknown channel {channel_id}; add it with add_text_channel() or dm_channel()") from None

    def get_user(self, user: User | Member | int | str) -> User:
        if isinstance(user, Member):
            return user.user
        if isinstance(user, User):
            return user
        return self.state.users[int(user)]

    # -- gateway control ----------------------------------------------------------------------------

    @property
    def resumes(self) -> int:
        """How many RESUMEs the gateway accepted."""
        return self.gateway.resumes

    @property
    def identifies(self) -> list[IdentifyRecord]:
        return self.state.identifies

    @property
    def dispatched(self) -> list[DispatchRecord]:
        return self.state.dispatched

    async def drop_connection(self, code: int | None = None) -> int:
        """Abruptly kill the bot's gateway socket(s) (TCP abort; or a close frame with ``code``).
        Sessions stay resumable; events sent meanwhile are replayed on RESUME. Returns sockets dropped."""
        return await self.gateway.drop_connections(code)

    async def request_reconnect(self) -> int:
        """Send op 7 RECONNECT; discord.py closes and RESUMEs."""
        return await self.gateway.send_op(RECONNECT)

    async def invalidate_session(self, resumable: bool = False) -> int:
        """Send op 9 INVALID_SESSION (discord.py waits ~5s before re-IDENTIFYing when not resumable)."""
        return await self.gateway.send_op(INVALID_SESSION, resumable)

    async def wait_for_identify(self, *, count: int = 1, timeout: float = 5.0) -> IdentifyRecord:
        """Wait until ``count`` IDENTIFYs happened (READY and GUILD_CREATEs have then been sent)."""
        return await self.state.notifier.wait_for(
            lambda: self.state.identifies[count - 1] if len(self.state.identifies) >= count else None,
            timeout,
            lambda: f"IDENTIFY #{count} (seen {len(self.state.identifies)})",
        )

    async def wait_for_resume(self, *, count: int | None = None, timeout: float = 5.0) -> int:
        """Wait until ``count`` RESUMEs in total (default: one more than now); returns the total."""
        target = count if count is not None else self.gateway.resumes + 1
        return await self.state.notifier.wait_for(
            lambda: self.gateway.resumes if self.gateway.resumes >= target else None,
            timeout,
            lambda: f"RESUME #{target} (seen {self.gateway.resumes})",
        )

    async def wait_for_dispatch(
        self, event: str, predicate: Callable[[JSON], bool] | None = None, *, delivered: bool = True, timeout: float = 5.0
    ) -> DispatchRecord:
        """Wait for a dispatch of ``event`` (by default one actually written to a live socket)."""

        def find() -> DispatchRecord | None:
            for record in self.state.dispatched:
                wanted = record.event == event and (record.delivered or not delivered)
                if wanted and (predicate is None or predicate(record.data)):
                    return record
            return None

        return await self.state.notifier.wait_for(find, timeout, f"dispatch of {event}")

    async def dispatch(self, event: str, data: JSON, *, guild_id: int | None = None) -> list[DispatchRecord]:
        """Send any raw gateway event (for events without a helper)."""
        self.mark()
        return await self.gateway.dispatch(event, data, guild_id=guild_id)

    # -- events from users --------------------------------------------------------------------------

    def _author(self, user: User | Member | int | None) -> User:
        if user is None:
            if self.default_user is None:
                raise ValueError("no author given and emulator.default_user is not set")
            return self.default_user
        return self.get_user(user)

    async def send_message(
        self,
        channel_id: Channel | int,
        content: str = "",
        author: User | Member | int | None = None,
        mentions: Sequence[User | Member | int] | None = None,
        *,
        mention_roles: Sequence[Role | int] | None = None,
        embeds: list[JSON] | None = None,
        attachments: Sequence[str | JSON] | None = None,
        reply_to: JSON | int | None = None,
        extra: JSON | None = None,
    ) -> JSON:
        """A user posts in a channel (guild or DM) -> MESSAGE_CREATE. Returns the message payload.

        Mentions are parsed from ``<@id>``/``<@&id>`` in ``content`` and merged with ``mentions``.
        ``attachments`` items may be filenames (a fake attachment is made) or attachment dicts.
        """
        channel = self.get_channel(channel_id)
        guild = self.state.guild_of(channel)
        author_user = self._author(author)
        users, roles = self.messages.mentions_in(content, [self.get_user(u) for u in (mentions or [])])
        for role in mention_roles or []:
            role_id = role.id if isinstance(role, Role) else int(role)
            if role_id not in roles:
                roles.append(role_id)
        message_id = self.state.new_id()
        reference = referenced = None
        if reply_to is not None:
            target_id = int(reply_to["id"]) if isinstance(reply_to, Mapping) else int(reply_to)
            referenced = self.state.messages.get(target_id)
            reference = {"type": 0, "message_id": str(target_id), "channel_id": str(channel.id)}
            if guild is not None:
                reference["guild_id"] = str(guild.id)
        attachment_payloads = [
            payloads.attachment(self.state.new_id(), channel.id, a, 1024, None) if isinstance(a, str) else dict(a)
            for a in (attachments or [])
        ]
        data = payloads.message(
            message_id=message_id,
            channel=channel,
            guild=guild,
            author=author_user,
            content=content,
            mentions=users,
            mention_roles=roles,
            embeds=embeds,
            attachments=attachment_payloads,
            message_type=REPLY if reference else 0,
            reference=reference,
            referenced_message=referenced,
            extra=extra,
        )
        self.messages.store(data)
        self.mark()
        await self.gateway.dispatch("MESSAGE_CREATE", data, guild_id=guild.id if guild else None)
        return data

    async def send_dm(self, user: User | Member | int, content: str, **kwargs: Any) -> JSON:
        """``user`` sends the bot a direct message."""
        author = self.get_user(user)
        return await self.send_message(self.dm_channel(author), content, author, **kwargs)

    async def send_interaction(
        self,
        interaction_type: int,
        data: JSON | None,
        *,
        channel_id: Channel | int,
        user: User | Member | int | None = None,
        message: JSON | int | None = None,
        locale: str = "en-US",
        permissions: int | None = None,
        app_permissions: int | None = None,
    ) -> JSON:
        """Dispatch INTERACTION_CREATE of any type; returns the payload (``id``/``token`` identify it later).

        ``permissions``/``app_permissions`` override the values computed from roles and overwrites.
        """
        channel = self.get_channel(channel_id)
        guild = self.state.guild_of(channel)
        author = self._author(user)
        message_payload = self._message_payload(message) if message is not None else None
        if guild is None and app_permissions is None:
            app_permissions = DM_PERMISSIONS
        interaction_id = self.state.new_id()
        token = "aW50ZXJhY3Rpb246" + secrets.token_urlsafe(48)
        payload = interactions.interaction_payload(
            interaction_id=interaction_id,
            application_id=self.state.application_id,
            token=token,
            interaction_type=interaction_type,
            data=data,
            channel=channel,
            guild=guild,
            user=author,
            bot_user=self.state.bot_user,
            message=message_payload,
            locale=locale,
            permissions=permissions,
            app_permissions=app_permissions,
        )
        self.state.interactions[token] = InteractionRecord(
            id=interaction_id,
            token=token,
            type=interaction_type,
            payload=payload,
            channel_id=channel.id,
            guild_id=guild.id if guild else None,
            created_at=time.perf_counter(),
        )
        self.mark()
        await self.gateway.dispatch("INTERACTION_CREATE", payload, guild_id=guild.id if guild else None)
        return payload

    def _command_data(self, command: str, options: Options, channel: Channel, focused: str | None) -> JSON:
        guild = self.state.guild_of(channel)
        name = command.strip().lstrip("/").split()[0]
        synced = self.state.find_command(name, guild.id if guild else None)
        command_id = int(synced["id"]) if synced else self.state.new_id()
        return interactions.command_data(command, options, guild=guild, command=synced, command_id=command_id, focused=focused)

    async def send_slash_command(
        self,
        command: str,
        options: Options = None,
        *,
        channel_id: Channel | int,
        user: User | Member | int | None = None,
        **kwargs: Any,
    ) -> JSON:
        """A user runs ``/command`` (``"kb status"`` for subcommands, ``"a b c"`` for groups).

        ``options`` is ``{name: value}`` (str/int/float/bool/User/Member/Channel/Role, types inferred)
        or a list of raw option dicts. If the bot synced the command, its id and guild_id are used.
        """
        channel = self.get_channel(channel_id)
        data = self._command_data(command, options, channel, None)
        return await self.send_interaction(interactions.APPLICATION_COMMAND, data, channel_id=channel, user=user, **kwargs)

    async def send_autocomplete(
        self,
        command: str,
        options: Options,
        focused: str,
        *,
        channel_id: Channel | int,
        user: User | Member | int | None = None,
        **kwargs: Any,
    ) -> JSON:
        """A user is typing option ``focused`` of ``/command``; the bot should answer with choices (type 8)."""
        channel = self.get_channel(channel_id)
        data = self._command_data(command, options, channel, focused)
        return await self.send_interaction(interactions.AUTOCOMPLETE, data, channel_id=channel, user=user, **kwargs)

    async def send_component(
        self,
        custom_id: str,
        *,
        message: JSON | int,
        user: User | Member | int | None = None,
        component_type: int = 2,
        values: Sequence[str] | None = None,
        **kwargs: Any,
    ) -> JSON:
        """A user clicks a button (``component_type`` 2) or picks from a select (3, with ``values``) on ``message``."""
        message_payload = self._message_payload(message)
        data: JSON = {"custom_id": custom_id, "component_type": component_type}
        if values is not None:
            data["values"] = list(values)
        channel = self.get_channel(int(message_payload["channel_id"]))
        return await self.send_interaction(
            interactions.MESSAGE_COMPONENT, data, channel_id=channel, user=user, message=message_payload, **kwargs
        )

    async def click_button(self, message: JSON | int, custom_id: str, user: User | Member | int | None = None) -> JSON:
        """Shorthand for ``send_component(custom_id, message=message, user=user)``."""
        return await self.send_component(custom_id, message=message, user=user)

    def _message_payload(self, message: JSON | int | str) -> JSON:
        if isinstance(message, Mapping):
            return self.state.messages.get(int(message["id"]), dict(message))
        try:
            return self.state.messages[int(message)]
        except KeyError:
            raise KeyError(f"unknown message {message}: not created through the emulator") from None

    # -- inspecting what the bot did ----------------------------------------------------------------

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every REST request received, in arrival order (including 429'd and unknown ones)."""
        return self.state.requests

    @property
    def unknown_requests(self) -> list[RecordedRequest]:
        """Requests to routes the emulator does not implement (answered 404)."""
        return [r for r in self.state.requests if r.route is None]

    @property
    def internal_errors(self) -> list[str]:
        """Emulator bugs hit while handling requests (should stay empty)."""
        return self.rest.internal_errors

    def mark(self) -> int:
        """Set the default ``since`` of ``wait_for_request`` to "from now"; returns the index.

        Every ``send_*`` helper calls this, so a wait after an event only matches the bot's reaction to it.
        """
        self._checkpoint = len(self.state.requests)
        return self._checkpoint

    @staticmethod
    def _matcher(
        method: str | RequestMatcher | None, path: str | None, predicate: RequestMatcher | None, status: int | None
    ) -> RequestMatcher:
        if callable(method):
            predicate, method = method, None
        path_re = re.compile(path) if path is not None else None

        def match(r: RecordedRequest) -> bool:
            return (
                (method is None or r.method == method.upper())
                and (path_re is None or path_re.fullmatch(r.path) is not None)
                and (status is None or r.status == status)
                and (predicate is None or predicate(r))
            )

        return match

    def find_requests(
        self,
        method: str | RequestMatcher | None = None,
        path: str | None = None,
        *,
        predicate: RequestMatcher | None = None,
        status: int | None = None,
        since: int = 0,
    ) -> list[RecordedRequest]:
        """Completed requests matching ``method`` and ``path`` (regex, full match) and/or a predicate."""
        match = self._matcher(method, path, predicate, status)
        return [r for r in self.state.requests[since:] if r.completed and match(r)]

    async def wait_for_request(
        self,
        method: str | RequestMatcher | None = None,
        path: str | None = None,
        *,
        predicate: RequestMatcher | None = None,
        status: int | None = None,
        since: int | None = None,
        timeout: float = 5.0,
    ) -> RecordedRequest:
        """The first completed request since the last ``send_*``/``mark()`` (or ``since``) that matches.

        ``method`` may itself be a predicate. ``path`` is a regex matched against the path without
        ``/api/v10``, e.g. ``r"/channels/\\d+/messages"``.
        """
        start = self._checkpoint if since is None else since
        match = self._matcher(method, path, predicate, status)

        def find() -> RecordedRequest | None:
            return next((r for r in self.state.requests[start:] if r.completed and match(r)), None)

        def describe() -> str:
            seen = ", ".join(f"{r.method} {r.path} -> {r.status}" for r in self.state.requests[start:]) or "nothing"
            return f"request {method or ''} {path or ''} (since #{start}; seen: {seen})"

        return await self.state.notifier.wait_for(find, timeout, describe)

    def interaction(self, interaction: JSON | int | str) -> InteractionRecord:
        """The record of an interaction sent by ``send_*`` (by payload, id, or token)."""
        key = interaction["id"] if isinstance(interaction, Mapping) else interaction
        for record in self.state.interactions.values():
            if str(record.id) == str(key) or record.token == key:
                return record
        raise KeyError(f"unknown interaction {key}")

    async def wait_for_interaction_response(self, interaction: JSON | int | str, *, timeout: float = 5.0) -> RecordedRequest:
        """The successful callback request (``POST /interactions/{id}/{token}/callback``) for an interaction."""
        record = self.interaction(interaction)
        path = rf"/interactions/{record.id}/[^/]+/callback"
        return await self.wait_for_request("POST", path, predicate=lambda r: r.ok, since=0, timeout=timeout)

    def message(self, message_id: int | str) -> JSON:
        """A stored message (sent by a user via the emulator, or created by the bot)."""
        return self.state.messages[int(message_id)]

    def commands(self, guild: Guild | int | None = None) -> list[JSON]:
        """Application commands the bot synced (global, or for ``guild``)."""
        guild_id = guild.id if isinstance(guild, Guild) else guild
        return list(self.state.commands_for(guild_id))

    def rate_limit_next(
        self, method: str, path_pattern: str, retry_after: float = 0.2, *, count: int = 1, is_global: bool = False
    ) -> RateLimitRule:
        """Answer the next ``count`` matching requests with 429 (``retry_after`` seconds); later ones succeed."""
        rule = RateLimitRule(method.upper(), path_pattern, retry_after, is_global=is_global, remaining=count)
        self.rest.rate_limits.append(rule)
        return rule

    async def wait_until(self, check: Callable[[], Any], *, timeout: float = 5.0, what: str = "condition") -> Any:
        """Wait (bounded) until ``check()`` is truthy; re-checked whenever the emulator records something."""
        return await self.state.notifier.wait_for(check, timeout, what)
