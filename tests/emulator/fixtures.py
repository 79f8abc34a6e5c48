"""Ready-made pytest fixtures: a started emulator with a small standard server.

Import them into a conftest or test module::

    from tests.emulator.fixtures import discord_emulator, discord_world  # noqa: F401

``discord_world`` gives named handles (guild, channels, users, roles); ``discord_emulator`` is the
same emulator. Both patch discord.py (``Route.BASE``, ``DEFAULT_GATEWAY``) and set
``DISCORD_API_BASE``/``DISCORD_GATEWAY_URL`` in the environment for the test's duration.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass

import pytest
import pytest_asyncio

from . import permissions as perm
from .models import Channel, Guild, PermissionOverwrite, Role, User
from .server import DiscordEmulator

BOT_PERMISSIONS = (
    perm.VIEW_CHANNEL
    | perm.SEND_MESSAGES
    | perm.EMBED_LINKS
    | perm.ATTACH_FILES
    | perm.READ_MESSAGE_HISTORY
    | perm.ADD_REACTIONS
    | perm.USE_APPLICATION_COMMANDS
)
MODERATOR_PERMISSIONS = perm.MANAGE_MESSAGES | perm.KICK_MEMBERS | perm.MODERATE_MEMBERS | perm.MANAGE_THREADS


@dataclass
class StandardWorld:
    """Handles to everything ``populate_standard_world`` created."""

    emulator: DiscordEmulator
    guild: Guild
    bot: User
    owner: User
    member: User
    manager: User
    moderator: User
    bot_role: Role
    manager_role: Role
    moderator_role: Role
    general: Channel
    questions: Channel
    mod_channel: Channel
    read_only: Channel
    member_dm: Channel


def populate_standard_world(emu: DiscordEmulator) -> StandardWorld:
    """One guild: owner, a plain member (the default author), a member with Manage Server, a moderator;
    channels #general, #questions, #moderators (private to moderators and the bot), #announcements
    (read-only for @everyone); and the plain member's DM channel with the bot."""
    owner = emu.add_user("guild-owner")
    guild = emu.add_guild("Emulated Server", owner=owner)
    member = emu.add_user("parent")
    manager = emu.add_user("server-manager")
    moderator = emu.add_user("moderator")
    bot_role = emu.add_role(guild, emu.bot_user.username, permissions=BOT_PERMISSIONS, managed=True)
    manager_role = emu.add_role(guild, "Server Managers", permissions=perm.MANAGE_GUILD)
    moderator_role = emu.add_role(guild, "Moderators", permissions=MODERATOR_PERMISSIONS)
    guild.members[emu.bot_user.id].roles.append(bot_role.id)
    emu.add_member(guild, member)
    emu.add_member(guild, manager, roles=[manager_role])
    emu.add_member(guild, moderator, roles=[moderator_role])
    general = emu.add_text_channel(guild, "general", topic="General chat")
    questions = emu.add_text_channel(guild, "questions", topic="Ask the bot")
    mod_channel = emu.add_text_channel(
        guild,
        "moderators",
        overwrites=[
            PermissionOverwrite(id=guild.id, type=0, deny=perm.VIEW_CHANNEL),
            PermissionOverwrite(id=moderator_role.id, type=0, allow=perm.VIEW_CHANNEL),
            PermissionOverwrite(id=bot_role.id, type=0, allow=perm.VIEW_CHANNEL),
        ],
    )
    read_only = emu.add_text_channel(
        guild, "announcements", overwrites=[PermissionOverwrite(id=guild.id, type=0, deny=perm.SEND_MESSAGES)]
    )
    emu.default_user = member
    return StandardWorld(
        emulator=emu,
        guild=guild,
        bot=emu.bot_user,
        owner=owner,
        member=member,
        manager=manager,
        moderator=moderator,
        bot_role=bot_role,
        manager_role=manager_role,
        moderator_role=moderator_role,
        general=general,
        questions=questions,
        mod_channel=mod_channel,
        read_only=read_only,
        member_dm=emu.dm_channel(member),
    )


@pytest_asyncio.fixture
async def discord_world(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[StandardWorld]:
    """A started emulator with the standard world, discord.py patched to use it."""
    emu = DiscordEmulator()
    world = populate_standard_world(emu)
    async with emu:
        for key, value in emu.env().items():
            monkeypatch.setenv(key, value)
        with emu.patch_discord():
            yield world


@pytest_asyncio.fixture
async def discord_emulator(discord_world: StandardWorld) -> DiscordEmulator:
    """The ``discord_world`` emulator, for tests that only need the emulator itself."""
    return discord_world.emulator
