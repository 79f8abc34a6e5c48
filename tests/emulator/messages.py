"""Creating, editing and deleting messages in the emulator's store, echoing them over the gateway
like Discord does (MESSAGE_CREATE/UPDATE/DELETE for the bot's own messages, except ephemeral ones)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from . import payloads
from .gateway import Gateway
from .models import Channel, User
from .snowflake import iso_timestamp
from .state import EmulatorState, RecordedFile

JSON = dict[str, Any]

EPHEMERAL = 1 << 6
LOADING = 1 << 7
#: Flags a sender may set; Discord ignores the rest.
SETTABLE_FLAGS = (1 << 2) | EPHEMERAL | (1 << 12) | (1 << 15)

DEFAULT = 0
REPLY = 19
CHAT_INPUT_COMMAND = 20


class MessageService:
    """The one place messages come into being, so REST, interactions and tests agree on their shape."""

    def __init__(self, state: EmulatorState, gateway: Gateway, *, echo_bot_messages: bool = True) -> None:
        self.state = state
        self.gateway = gateway
        self.echo_bot_messages = echo_bot_messages

    def mentions_in(self, content: str, extra: Sequence[User] = ()) -> tuple[list[User], list[int]]:
        user_ids, role_ids = payloads.mentioned_ids(content)
        users = [self.state.users[i] for i in user_ids if i in self.state.users]
        for u in extra:
            if all(u.id != known.id for known in users):
                users.append(u)
        return users, role_ids

    def _attachments(self, channel: Channel, body: JSON, files: Sequence[RecordedFile]) -> list[JSON]:
        described = {str(a.get("id")): a for a in body.get("attachments") or []}
        kept = [a for a in body.get("attachments") or [] if "url" in a]  # existing attachments on edit
        created = []
        for index, f in enumerate(files):
            meta = described.get(str(index), {})
            item = payloads.attachment(
                self.state.new_id(), channel.id, meta.get("filename") or f.filename or f"file{index}", len(f.data), f.content_type
            )
            if meta.get("description"):
                item["description"] = meta["description"]
            created.append(item)
        return kept + created

    async def create(
        self,
        channel: Channel,
        author: User,
        body: JSON | None,
        files: Sequence[RecordedFile] = (),
        *,
        message_type: int | None = None,
        extra: JSON | None = None,
        include_member: bool = True,
        force_flags: int = 0,
        echo: bool = True,
    ) -> JSON:
        """Store a new message from ``author`` built from a REST-style body; echo it unless ephemeral."""
        body = body or {}
        guild = self.state.guild_of(channel)
        message_id = self.state.new_id()
        content = body.get("content") or ""
        users, roles = self.mentions_in(content)
        reference = body.get("message_reference")
        referenced = None
        if reference:
            referenced = self.state.messages.get(int(reference["message_id"]))
            reference = {"type": 0, "channel_id": str(channel.id), **reference}
            if guild is not None:
                reference.setdefault("guild_id", str(guild.id))
        flags = (int(body.get("flags") or 0) & SETTABLE_FLAGS) | force_flags
        data = payloads.message(
            message_id=message_id,
            channel=channel,
            guild=guild,
            author=author,
            content=content,
            mentions=users,
            mention_roles=roles,
            embeds=body.get("embeds"),
            components=body.get("components"),
            attachments=self._attachments(channel, body, files),
            flags=flags,
            message_type=message_type if message_type is not None else (REPLY if reference else DEFAULT),
            reference=reference,
            referenced_message=referenced,
            include_member=include_member,
            extra=extra,
        )
        if body.get("tts"):
            data["tts"] = True
        if body.get("nonce") is not None:
            data["nonce"] = body["nonce"]
        if body.get("poll"):
            data["poll"] = body["poll"]
        self.store(data)
        if echo and self.echo_bot_messages and not flags & EPHEMERAL:
            await self.gateway.dispatch("MESSAGE_CREATE", data, guild_id=guild.id if guild else None, require_session=False)
        return data

    def store(self, data: JSON) -> None:
        message_id = int(data["id"])
        self.state.messages[message_id] = data
        channel = self.state.channels.get(int(data["channel_id"]))
        if channel is not None:
            channel.last_message_id = message_id
        self.state.notifier.changed()

    async def edit(self, message_id: int, body: JSON | None, files: Sequence[RecordedFile] = (), *, echo: bool = True) -> JSON:
        """Apply a PATCH body to a stored message (fields present replace old ones); clears the loading flag."""
        body = body or {}
        data = self.state.messages[message_id]
        channel = self.state.channels[int(data["channel_id"])]
        for key in ("content", "embeds", "components"):
            if key in body:
                data[key] = body[key] if body[key] is not None else ([] if key != "content" else "")
        if "content" in body:
            users, roles = self.mentions_in(data["content"])
            data["mentions"] = [payloads.user(u) for u in users]
            data["mention_roles"] = [str(r) for r in roles]
        if "attachments" in body or files:
            data["attachments"] = self._attachments(channel, body, files)
        flags = int(data.get("flags") or 0) & ~LOADING
        if body.get("flags") is not None:
            flags = (flags & ~SETTABLE_FLAGS) | (int(body["flags"]) & SETTABLE_FLAGS) | (flags & EPHEMERAL)
        data["flags"] = flags
        data["edited_timestamp"] = iso_timestamp()
        self.state.notifier.changed()
        if echo and self.echo_bot_messages and not flags & EPHEMERAL:
            await self.gateway.dispatch("MESSAGE_UPDATE", data, guild_id=channel.guild_id, require_session=False)
        return data

    async def delete(self, message_id: int, *, echo: bool = True) -> None:
        data = self.state.messages.pop(message_id)
        self.state.notifier.changed()
        if echo and self.echo_bot_messages and not int(data.get("flags") or 0) & EPHEMERAL:
            event: JSON = {"id": data["id"], "channel_id": data["channel_id"]}
            if "guild_id" in data:
                event["guild_id"] = data["guild_id"]
            await self.gateway.dispatch(
                "MESSAGE_DELETE", event, guild_id=int(data["guild_id"]) if "guild_id" in data else None, require_session=False
            )
