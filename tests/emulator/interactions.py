"""Building INTERACTION_CREATE payloads: slash commands (with subcommand groups), autocomplete,
and component clicks, with the fields discord.py 2.7 requires."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from . import payloads
from .models import Channel, Guild, Member, Role, User
from .permissions import channel_permissions

JSON = dict[str, Any]

PING = 1
APPLICATION_COMMAND = 2
MESSAGE_COMPONENT = 3
AUTOCOMPLETE = 4
MODAL_SUBMIT = 5

SUB_COMMAND = 1
SUB_COMMAND_GROUP = 2
STRING = 3
INTEGER = 4
BOOLEAN = 5
USER = 6
CHANNEL = 7
ROLE = 8
NUMBER = 10

#: Discord's current default upload limit for bots (10 MiB).
ATTACHMENT_SIZE_LIMIT = 10 * 1024 * 1024

Options = Mapping[str, Any] | Sequence[JSON] | None


def _option(name: str, value: Any, guild: Guild | None, resolved: JSON) -> JSON:
    """One option, inferring its type from the Python value and filling ``resolved`` for entities."""
    if isinstance(value, Member):
        value = value.user
    if isinstance(value, bool):
        return {"name": name, "type": BOOLEAN, "value": value}
    if isinstance(value, int):
        return {"name": name, "type": INTEGER, "value": value}
    if isinstance(value, float):
        return {"name": name, "type": NUMBER, "value": value}
    if isinstance(value, str):
        return {"name": name, "type": STRING, "value": value}
    if isinstance(value, User):
        resolved.setdefault("users", {})[str(value.id)] = payloads.user(value)
        member = guild.members.get(value.id) if guild is not None else None
        if member is not None:
            perms = channel_permissions(guild, None, value.id) if guild is not None else 0
            resolved.setdefault("members", {})[str(value.id)] = payloads.member(member, with_user=False, permissions=perms)
        return {"name": name, "type": USER, "value": str(value.id)}
    if isinstance(value, Channel):
        data = payloads.channel(value)
        data["permissions"] = "0"
        resolved.setdefault("channels", {})[str(value.id)] = data
        return {"name": name, "type": CHANNEL, "value": str(value.id)}
    if isinstance(value, Role):
        resolved.setdefault("roles", {})[str(value.id)] = payloads.role(value)
        return {"name": name, "type": ROLE, "value": str(value.id)}
    raise TypeError(f"cannot infer an option type for {name}={value!r}; pass a raw option dict instead")


def build_options(options: Options, guild: Guild | None, focused: str | None = None) -> tuple[list[JSON], JSON]:
    """Options from ``{name: value}`` (types inferred) or raw option dicts; marks ``focused`` for autocomplete."""
    resolved: JSON = {}
    if options is None:
        return [], resolved
    if isinstance(options, Mapping):
        built = [_option(name, value, guild, resolved) for name, value in options.items()]
    else:
        built = [dict(opt) for opt in options]
    if focused is not None:
        for opt in built:
            if opt["name"] == focused:
                opt["focused"] = True
                opt["value"] = str(opt.get("value", ""))
                break
        else:
            built.append({"name": focused, "type": STRING, "value": "", "focused": True})
    return built, resolved


def command_data(
    path: str,
    options: Options,
    *,
    guild: Guild | None,
    command: JSON | None,
    command_id: int,
    focused: str | None = None,
) -> JSON:
    """``data`` for a chat-input command; ``path`` like ``"kb status"`` nests subcommand (group) options."""
    parts = path.strip().lstrip("/").split()
    if not parts or len(parts) > 3:
        raise ValueError(f"command path must be 'name', 'name sub' or 'name group sub', got {path!r}")
    leaf_options, resolved = build_options(options, guild, focused)
    nested = leaf_options
    if len(parts) == 3:
        nested = [
            {
                "name": parts[1],
                "type": SUB_COMMAND_GROUP,
                "options": [{"name": parts[2], "type": SUB_COMMAND, "options": leaf_options}],
            }
        ]
    elif len(parts) == 2:
        nested = [{"name": parts[1], "type": SUB_COMMAND, "options": leaf_options}]
    data: JSON = {"id": str(command_id), "name": parts[0], "type": 1, "options": nested}
    if command is not None and command.get("guild_id"):
        data["guild_id"] = command["guild_id"]
    if resolved:
        data["resolved"] = resolved
    return data


def interaction_payload(
    *,
    interaction_id: int,
    application_id: int,
    token: str,
    interaction_type: int,
    data: JSON | None,
    channel: Channel,
    guild: Guild | None,
    user: User,
    bot_user: User,
    message: JSON | None = None,
    locale: str = "en-US",
    permissions: int | None = None,
    app_permissions: int | None = None,
) -> JSON:
    """A complete INTERACTION_CREATE payload for a guild or DM context."""
    channel_data = payloads.channel(channel)
    payload: JSON = {
        "id": str(interaction_id),
        "application_id": str(application_id),
        "type": interaction_type,
        "token": token,
        "version": 1,
        "channel_id": str(channel.id),
        "channel": channel_data,
        "locale": locale,
        "entitlements": [],
        "entitlement_sku_ids": [],
        "attachment_size_limit": ATTACHMENT_SIZE_LIMIT,
    }
    if data is not None:
        payload["data"] = data
    if guild is not None:
        member = guild.members.get(user.id) or Member(user=user)
        member_perms = channel_permissions(guild, channel, user.id) if permissions is None else permissions
        bot_perms = channel_permissions(guild, channel, bot_user.id) if app_permissions is None else app_permissions
        channel_data["permissions"] = str(member_perms)
        payload.update(
            guild_id=str(guild.id),
            guild={"id": str(guild.id), "locale": guild.locale, "features": list(guild.features)},
            guild_locale=guild.locale,
            member=payloads.member(member, permissions=member_perms),
            app_permissions=str(bot_perms),
            authorizing_integration_owners={"0": str(guild.id)},
            context=0,
        )
    else:
        payload.update(
            user=payloads.user(user),
            app_permissions=str(app_permissions if app_permissions is not None else 0),
            authorizing_integration_owners={"0": "0"},
            context=1,
        )
    if message is not None:
        payload["message"] = message
    return payload
