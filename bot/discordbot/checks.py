"""Who may use moderator commands: one rule, checked in code and mirrored in default permissions."""

from __future__ import annotations

import discord
from discord import app_commands

#: What Discord shows the /kb group to by default; the real check is `is_moderator`.
MODERATOR_PERMISSIONS = discord.Permissions(manage_guild=True)


class NotModerator(app_commands.CheckFailure):
    """Raised for members without Manage Server or the moderator role."""


def is_moderator(user: discord.abc.User, mod_role_id: int | None) -> bool:
    """Manage Server in this guild, or the configured moderator role. Never true in DMs."""
    if not isinstance(user, discord.Member):
        return False
    if user.guild_permissions.manage_guild:
        return True
    return mod_role_id is not None and any(role.id == mod_role_id for role in user.roles)


def moderator_check(interaction: discord.Interaction) -> bool:
    settings = interaction.client.settings  # type: ignore[attr-defined]
    if not is_moderator(interaction.user, settings.mod_role_id):
        raise NotModerator("moderators only")
    return True
