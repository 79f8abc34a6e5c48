"""Builders for Discord JSON objects (API v10 shapes) from the emulator's models.

Every field discord.py reads with ``data[...]`` (not ``.get``) must be present, or its parsers raise.
"""

from __future__ import annotations

import re
from typing import Any

from .models import Channel, Guild, Member, Role, User
from .snowflake import iso_timestamp

JSON = dict[str, Any]

_USER_MENTION = re.compile(r"<@!?(\d+)>")
_ROLE_MENTION = re.compile(r"<@&(\d+)>")


def user(u: User) -> JSON:
    return {
        "id": str(u.id),
        "username": u.username,
        "discriminator": u.discriminator,
        "global_name": u.global_name,
        "avatar": u.avatar,
        "bot": u.bot,
        "system": False,
        "public_flags": 0,
        "flags": 0,
        "banner": None,
        "accent_color": None,
        "avatar_decoration_data": None,
        "primary_guild": None,
        "collectibles": None,
    }


def self_user(u: User) -> JSON:
    """``GET /users/@me`` and READY's ``user``: the bot account with its private fields."""
    return {**user(u), "verified": True, "mfa_enabled": False, "email": None, "locale": "en-US", "premium_type": 0}


def member(m: Member, *, with_user: bool = True, permissions: int | None = None) -> JSON:
    """A guild member; messages carry it without ``user``, interactions with ``permissions``."""
    data: JSON = {
        "roles": [str(r) for r in m.roles],
        "nick": m.nick,
        "avatar": None,
        "banner": None,
        "joined_at": m.joined_at or iso_timestamp(),
        "premium_since": None,
        "deaf": False,
        "mute": False,
        "flags": 0,
        "pending": False,
        "communication_disabled_until": None,
    }
    if with_user:
        data["user"] = user(m.user)
    if permissions is not None:
        data["permissions"] = str(permissions)
    return data


def role(r: Role) -> JSON:
    return {
        "id": str(r.id),
        "name": r.name,
        "permissions": str(r.permissions),
        "position": r.position,
        "color": r.color,
        "colors": {"primary_color": r.color, "secondary_color": None, "tertiary_color": None},
        "hoist": r.hoist,
        "managed": r.managed,
        "mentionable": r.mentionable,
        "icon": None,
        "unicode_emoji": None,
        "flags": 0,
    }


def channel(c: Channel) -> JSON:
    if c.is_dm:
        return {
            "id": str(c.id),
            "type": c.type,
            "last_message_id": str(c.last_message_id) if c.last_message_id else None,
            "recipients": [user(u) for u in c.recipients],
            "flags": 0,
        }
    return {
        "id": str(c.id),
        "type": c.type,
        "guild_id": str(c.guild_id),
        "name": c.name,
        "position": c.position,
        "topic": c.topic,
        "nsfw": c.nsfw,
        "parent_id": str(c.parent_id) if c.parent_id else None,
        "rate_limit_per_user": 0,
        "last_message_id": str(c.last_message_id) if c.last_message_id else None,
        "permission_overwrites": [
            {"id": str(o.id), "type": o.type, "allow": str(o.allow), "deny": str(o.deny)} for o in c.overwrites
        ],
        "flags": 0,
    }


def guild_create(g: Guild, *, members: list[Member], large_threshold: int = 250) -> JSON:
    """A full GUILD_CREATE payload (``members`` already filtered by the session's intents)."""
    return {
        "id": str(g.id),
        "name": g.name,
        "icon": None,
        "splash": None,
        "discovery_splash": None,
        "banner": None,
        "description": None,
        "owner_id": str(g.owner_id),
        "afk_channel_id": None,
        "afk_timeout": 300,
        "verification_level": 0,
        "default_message_notifications": 0,
        "explicit_content_filter": 0,
        "mfa_level": 0,
        "nsfw_level": 0,
        "premium_tier": 0,
        "premium_subscription_count": 0,
        "premium_progress_bar_enabled": False,
        "preferred_locale": g.locale,
        "system_channel_id": None,
        "system_channel_flags": 0,
        "rules_channel_id": None,
        "public_updates_channel_id": None,
        "safety_alerts_channel_id": None,
        "vanity_url_code": None,
        "features": list(g.features),
        "roles": [role(r) for r in g.roles.values()],
        "emojis": [],
        "stickers": [],
        "channels": [channel(c) for c in g.channels.values()],
        "threads": [],
        "members": [member(m) for m in members],
        "member_count": len(g.members),
        "presences": [],
        "voice_states": [],
        "stage_instances": [],
        "guild_scheduled_events": [],
        "soundboard_sounds": [],
        "large": len(g.members) > large_threshold,
        "unavailable": False,
        "lazy": True,
        "joined_at": iso_timestamp(),
        "application_id": None,
        "max_members": 500000,
        "max_video_channel_users": 25,
        "incidents_data": None,
    }


def application(app_id: int, bot: User, owner: User, *, flags: int = 0) -> JSON:
    """``GET /oauth2/applications/@me``; ``interactions_endpoint_url`` must be None or discord.py warns."""
    return {
        "id": str(app_id),
        "name": bot.username,
        "icon": None,
        "description": "",
        "summary": "",
        "rpc_origins": [],
        "bot_public": True,
        "bot_require_code_grant": False,
        "bot": user(bot),
        "owner": user(owner),
        "team": None,
        "verify_key": "0" * 64,
        "flags": flags,
        "tags": [],
        "redirect_uris": [],
        "interactions_endpoint_url": None,
        "approximate_guild_count": 1,
        "integration_types_config": {"0": {}},
    }


def mentioned_ids(content: str) -> tuple[list[int], list[int]]:
    """User and role ids mentioned in message content (``<@id>``, ``<@!id>``, ``<@&id>``)."""
    users = [int(m) for m in _USER_MENTION.findall(content or "")]
    roles = [int(m) for m in _ROLE_MENTION.findall(content or "")]
    return list(dict.fromkeys(users)), list(dict.fromkeys(roles))


def message(
    *,
    message_id: int,
    channel: Channel,
    guild: Guild | None,
    author: User,
    content: str = "",
    mentions: list[User] | None = None,
    mention_roles: list[int] | None = None,
    embeds: list[JSON] | None = None,
    components: list[JSON] | None = None,
    attachments: list[JSON] | None = None,
    flags: int = 0,
    message_type: int = 0,
    reference: JSON | None = None,
    referenced_message: JSON | None = None,
    include_member: bool = True,
    extra: JSON | None = None,
) -> JSON:
    """A full message object as MESSAGE_CREATE and ``POST /channels/{id}/messages`` return it."""
    data: JSON = {
        "id": str(message_id),
        "type": message_type,
        "channel_id": str(channel.id),
        "author": user(author),
        "content": content,
        "timestamp": iso_timestamp(message_id),
        "edited_timestamp": None,
        "tts": False,
        "mention_everyone": "@everyone" in (content or ""),
        "mentions": [],
        "mention_roles": [str(r) for r in (mention_roles or [])],
        "attachments": attachments or [],
        "embeds": embeds or [],
        "components": components or [],
        "pinned": False,
        "flags": flags,
    }
    if guild is not None:
        data["guild_id"] = str(guild.id)
        author_member = guild.members.get(author.id)
        if include_member and author_member is not None:
            data["member"] = member(author_member, with_user=False)
    for mentioned in mentions or []:
        entry = user(mentioned)
        mentioned_member = guild.members.get(mentioned.id) if guild is not None else None
        if mentioned_member is not None:
            entry["member"] = member(mentioned_member, with_user=False)
        data["mentions"].append(entry)
    if reference is not None:
        data["message_reference"] = reference
        data["referenced_message"] = referenced_message
    if extra:
        data.update(extra)
    return data


def attachment(attachment_id: int, channel_id: int, filename: str, size: int, content_type: str | None) -> JSON:
    url = f"https://cdn.discordapp.com/attachments/{channel_id}/{attachment_id}/{filename}"
    return {
        "id": str(attachment_id),
        "filename": filename,
        "size": size,
        "url": url,
        "proxy_url": url.replace("cdn.discordapp.com", "media.discordapp.net"),
        "content_type": content_type,
    }
