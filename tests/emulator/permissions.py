"""Discord permission bits and the standard resolution algorithm (roles, owner, admin, channel overwrites).

The emulator computes permissions itself so that ``member.permissions`` in interactions and
403s on message sends reflect the configured roles, as they would on Discord.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .models import Channel, Guild

CREATE_INSTANT_INVITE = 1 << 0
KICK_MEMBERS = 1 << 1
BAN_MEMBERS = 1 << 2
ADMINISTRATOR = 1 << 3
MANAGE_CHANNELS = 1 << 4
MANAGE_GUILD = 1 << 5
ADD_REACTIONS = 1 << 6
VIEW_AUDIT_LOG = 1 << 7
VIEW_CHANNEL = 1 << 10
SEND_MESSAGES = 1 << 11
MANAGE_MESSAGES = 1 << 13
EMBED_LINKS = 1 << 14
ATTACH_FILES = 1 << 15
READ_MESSAGE_HISTORY = 1 << 16
MENTION_EVERYONE = 1 << 17
USE_EXTERNAL_EMOJIS = 1 << 18
CONNECT = 1 << 20
SPEAK = 1 << 21
CHANGE_NICKNAME = 1 << 26
MANAGE_NICKNAMES = 1 << 27
MANAGE_ROLES = 1 << 28
MANAGE_WEBHOOKS = 1 << 29
USE_APPLICATION_COMMANDS = 1 << 31
MANAGE_THREADS = 1 << 34
CREATE_PUBLIC_THREADS = 1 << 35
SEND_MESSAGES_IN_THREADS = 1 << 38
MODERATE_MEMBERS = 1 << 40

ALL_PERMISSIONS = (1 << 51) - 1

#: Roughly what Discord gives @everyone in a freshly created server.
DEFAULT_EVERYONE = (
    CREATE_INSTANT_INVITE
    | ADD_REACTIONS
    | VIEW_CHANNEL
    | SEND_MESSAGES
    | EMBED_LINKS
    | ATTACH_FILES
    | READ_MESSAGE_HISTORY
    | USE_EXTERNAL_EMOJIS
    | CONNECT
    | SPEAK
    | CHANGE_NICKNAME
    | USE_APPLICATION_COMMANDS
    | CREATE_PUBLIC_THREADS
    | SEND_MESSAGES_IN_THREADS
)


def base_permissions(guild: Guild, user_id: int) -> int:
    """Guild-level permissions: @everyone plus the member's roles; owner and admins get everything."""
    if user_id == guild.owner_id:
        return ALL_PERMISSIONS
    member = guild.members.get(user_id)
    perms = guild.everyone_role.permissions
    if member is not None:
        for role_id in member.roles:
            role = guild.roles.get(role_id)
            if role is not None:
                perms |= role.permissions
    if perms & ADMINISTRATOR:
        return ALL_PERMISSIONS
    return perms


def channel_permissions(guild: Guild, channel: Channel | None, user_id: int) -> int:
    """Permissions in a channel after applying overwrites in Discord's order (everyone, roles, member)."""
    perms = base_permissions(guild, user_id)
    if perms == ALL_PERMISSIONS or channel is None:
        return perms
    overwrites = {ow.id: ow for ow in channel.overwrites}
    everyone = overwrites.get(guild.id)
    if everyone is not None:
        perms = (perms & ~everyone.deny) | everyone.allow
    member = guild.members.get(user_id)
    role_ids = set(member.roles) if member is not None else set()
    allow = deny = 0
    for ow in channel.overwrites:
        if ow.type == 0 and ow.id in role_ids:
            allow |= ow.allow
            deny |= ow.deny
    perms = (perms & ~deny) | allow
    own = overwrites.get(user_id)
    if own is not None and own.type == 1:
        perms = (perms & ~own.deny) | own.allow
    if not perms & VIEW_CHANNEL:
        return 0
    return perms
