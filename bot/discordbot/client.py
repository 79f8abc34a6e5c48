"""The discord.py bot: settings, the live knowledge base, cogs, and kind error handling."""

from __future__ import annotations

import asyncio
import logging
import traceback

import discord
from discord import app_commands
from discord.ext import commands

from bot.config import Settings
from bot.discordbot import endpoints
from bot.discordbot.checks import NotModerator
from bot.discordbot.embeds import NONE, SuggestionButton
from bot.knowledge.live import LiveKnowledge
from bot.moderation.store import Store

log = logging.getLogger("bot.discord")

EXTENSIONS = ("bot.discordbot.cogs.ask", "bot.discordbot.cogs.lookup", "bot.discordbot.cogs.moderation",
              "bot.discordbot.cogs.maps")
OOPS = "Sorry, something went wrong on my side. Please try again in a moment."


def intents(message_content: bool = True) -> discord.Intents:
    """Guilds and messages; message content is privileged and optional (mentions and DMs work without it)."""
    chosen = discord.Intents.default()
    chosen.message_content = message_content
    chosen.members = False
    chosen.presences = False
    return chosen


class ArrestBotMixin:
    """Shared by the single-process and the sharded bot."""

    settings: Settings
    knowledge: LiveKnowledge
    store: Store

    async def setup_hook(self) -> None:
        for extension in EXTENSIONS:
            try:
                await self.load_extension(extension)  # type: ignore[attr-defined]
            except Exception:  # one broken cog must not take the bot down
                log.exception("could not load %s", extension)
        self.add_dynamic_items(SuggestionButton)  # type: ignore[attr-defined]
        self.tree.on_error = self.on_app_command_error  # type: ignore[attr-defined]

    async def on_ready(self) -> None:
        user = self.user  # type: ignore[attr-defined]
        log.info("connected as %s (id %s) to %d guild(s)", user, getattr(user, "id", "?"), len(self.guilds))  # type: ignore[attr-defined]

    async def on_app_command_error(self, interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        if isinstance(error, NotModerator):
            message = "Only moderators (Manage Server, or the moderator role) can use this command."
        elif isinstance(error, app_commands.CommandOnCooldown):
            message = f"Slow down a little — you can ask again in {error.retry_after:.0f} seconds."
        elif isinstance(error, app_commands.CheckFailure):
            message = "You can't use this command here."
        else:
            original = getattr(error, "original", error)
            log.error("error in /%s:\n%s", getattr(interaction.command, "qualified_name", "?"),
                      "".join(traceback.format_exception(original)))
            message = OOPS
        await send_error(interaction, message)

    async def on_command_error(self, context: commands.Context, error: commands.CommandError) -> None:
        if isinstance(error, commands.CommandNotFound):
            return  # a mention that is a question, handled by the ask cog
        if isinstance(error, commands.CheckFailure):
            await context.reply("You can't use that command here.", allowed_mentions=NONE, mention_author=False)
            return
        log.error("error in command %s:\n%s", context.command, "".join(traceback.format_exception(error)))
        await context.reply(OOPS, allowed_mentions=NONE, mention_author=False)

    async def close(self) -> None:
        log.info("shutting down")
        await super().close()  # type: ignore[misc]
        await asyncio.to_thread(self.store.close)


async def send_error(interaction: discord.Interaction, message: str) -> None:
    """Errors are always ephemeral, whether or not the interaction was already answered."""
    try:
        if interaction.response.is_done():
            await interaction.followup.send(message, ephemeral=True, allowed_mentions=NONE)
        else:
            await interaction.response.send_message(message, ephemeral=True, allowed_mentions=NONE)
    except discord.HTTPException:
        log.warning("could not send an error reply")


class ArrestBot(ArrestBotMixin, commands.Bot):
    pass


class ShardedArrestBot(ArrestBotMixin, commands.AutoShardedBot):
    pass


def create_bot(settings: Settings, knowledge: LiveKnowledge, store: Store, message_content: bool = True,
               **client_options: object) -> commands.Bot:
    """A sharded bot when SHARD_COUNT or SHARD_IDS is set, a plain one otherwise.

    `client_options` go to discord.py unchanged (the tests shorten `guild_ready_timeout`).
    """
    endpoints.apply(settings.api_base, settings.gateway_url)
    options: dict[str, object] = dict(
        command_prefix=commands.when_mentioned,
        help_command=None,
        intents=intents(message_content),
        allowed_mentions=NONE,
        activity=discord.Activity(type=discord.ActivityType.listening, name="/ask"),
        **client_options,
    )
    bot: commands.Bot
    if settings.shard_count is not None or settings.shard_ids is not None:
        bot = ShardedArrestBot(shard_count=settings.shard_count, shard_ids=list(settings.shard_ids or ()) or None,
                               **options)
        endpoints.override_bot_gateway(bot.http, settings.gateway_url)
    else:
        bot = ArrestBot(**options)
    bot.settings = settings  # type: ignore[attr-defined]
    bot.knowledge = knowledge  # type: ignore[attr-defined]
    bot.store = store  # type: ignore[attr-defined]
    return bot
