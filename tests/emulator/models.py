"""The emulated world: users, guilds, roles, members and channels, as plain dataclasses.

Tests build the world before a client connects; the gateway and REST layers render these
into Discord JSON (see ``payloads.py``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .permissions import DEFAULT_EVERYONE

TEXT_CHANNEL = 0
DM_CHANNEL = 1
VOICE_CHANNEL = 2
CATEGORY_CHANNEL = 4
NEWS_CHANNEL = 5


@dataclass
class User:
    """A Discord account (a person or a bot)."""

    id: int
    username: str
    bot: bool = False
    global_name: str | None = None
    discriminator: str = "0"
    avatar: str | None = None

    @property
    def mention(self) -> str:
        return f"<@{self.id}>"


@dataclass
class Role:
    """A guild role; the @everyone role has the guild's id."""

    id: int
    name: str
    permissions: int = 0
    position: int = 0
    managed: bool = False
    mentionable: bool = False
    hoist: bool = False
    color: int = 0

    @property
    def mention(self) -> str:
        return f"<@&{self.id}>"


@dataclass
class PermissionOverwrite:
    """A channel overwrite; ``type`` 0 targets a role, 1 a member."""

    id: int
    type: int
    allow: int = 0
    deny: int = 0


@dataclass
class Member:
    """A user's membership in a guild (role ids, nickname)."""

    user: User
    roles: list[int] = field(default_factory=list)
    nick: str | None = None
    joined_at: str | None = None


@dataclass
class Channel:
    """A guild channel or a DM channel (``guild_id`` None, ``recipients`` set)."""

    id: int
    name: str | None
    type: int = TEXT_CHANNEL
    guild_id: int | None = None
    position: int = 0
    topic: str | None = None
    parent_id: int | None = None
    nsfw: bool = False
    overwrites: list[PermissionOverwrite] = field(default_factory=list)
    recipients: list[User] = field(default_factory=list)
    last_message_id: int | None = None

    @property
    def mention(self) -> str:
        return f"<#{self.id}>"

    @property
    def is_dm(self) -> bool:
        return self.type == DM_CHANNEL


@dataclass
class Guild:
    """A server with its roles, channels and members, keyed by id."""

    id: int
    name: str
    owner_id: int
    roles: dict[int, Role] = field(default_factory=dict)
    channels: dict[int, Channel] = field(default_factory=dict)
    members: dict[int, Member] = field(default_factory=dict)
    locale: str = "en-US"
    features: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.id not in self.roles:
            self.roles[self.id] = Role(id=self.id, name="@everyone", permissions=DEFAULT_EVERYONE)

    @property
    def everyone_role(self) -> Role:
        return self.roles[self.id]

    def role_named(self, name: str) -> Role:
        """Look a role up by name (test convenience)."""
        for role in self.roles.values():
            if role.name == name:
                return role
        raise KeyError(name)

    def channel_named(self, name: str) -> Channel:
        """Look a channel up by name (test convenience)."""
        for channel in self.channels.values():
            if channel.name == name:
                return channel
        raise KeyError(name)
