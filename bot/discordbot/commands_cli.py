"""`python -m bot run | sync | invite`: starting the Discord bot and setting it up."""

from __future__ import annotations

import argparse
import asyncio
import base64
import binascii
import logging
import signal
import sys

import discord
from discord.ext import commands

from bot.config import Settings
from bot.discordbot.client import create_bot
from bot.knowledge.live import LiveKnowledge
from bot.moderation.store import Store

log = logging.getLogger("bot")

#: Only what the bot uses: read the channel, reply with embeds (and the /map image), in threads too.
INVITE_PERMISSIONS = discord.Permissions(view_channel=True, send_messages=True, send_messages_in_threads=True,
                                         embed_links=True, attach_files=True, read_message_history=True)
NO_TOKEN = ("DISCORD_TOKEN is not set. Put it in the environment or in .env (see .env.example). "
            "To try the bot without Discord, run: python -m bot chat")


def _setup_logging(settings: Settings) -> None:
    discord.utils.setup_logging(level=getattr(logging, settings.log_level, logging.INFO), root=True)


def _knowledge(settings: Settings) -> LiveKnowledge:
    from bot.cli import live_or_fail

    return live_or_fail(settings.kb_dir)


def _check_shards(settings: Settings) -> None:
    from bot.cli import CliError

    if settings.shard_ids is not None and settings.shard_count is None:
        raise CliError("SHARD_IDS needs SHARD_COUNT (the total number of shards in the cluster).")
    if settings.shard_ids and settings.shard_count and max(settings.shard_ids) >= settings.shard_count:
        raise CliError("every id in SHARD_IDS must be below SHARD_COUNT.")


def run(args: argparse.Namespace, settings: Settings) -> int:
    if args.kb:
        settings = Settings(**{**settings.__dict__, "kb_dir": args.kb})
    if not settings.token:
        print(NO_TOKEN, file=sys.stderr)
        return 2
    _check_shards(settings)
    _setup_logging(settings)
    knowledge = _knowledge(settings)
    log.info("knowledge base: %s (version %s)", knowledge.kb.counts(), knowledge.kb.version)
    return asyncio.run(_run(settings, knowledge))


async def _run(settings: Settings, knowledge: LiveKnowledge) -> int:
    store = Store(settings.data_dir, settings.unanswered_retention_days)
    message_content = True
    while True:
        bot = create_bot(settings, knowledge, store, message_content=message_content)
        stopping = asyncio.Event()

        def stop(bot: commands.Bot = bot, stopping: asyncio.Event = stopping) -> None:
            stopping.set()
            asyncio.get_running_loop().create_task(bot.close())

        loop = asyncio.get_running_loop()
        for signum in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(signum, stop)
        try:
            async with bot:
                await bot.start(settings.token or "")
            return 0
        except discord.PrivilegedIntentsRequired:
            if not message_content:
                raise
            log.warning("The message content intent is not enabled for this application in the Developer Portal. "
                        "Continuing without it: slash commands, mentions and DMs still work; ask-channels do not.")
            message_content = False
        except discord.LoginFailure:
            log.error("Discord refused the token (DISCORD_TOKEN). Reset it in the Developer Portal.")
            return 2
        finally:
            for signum in (signal.SIGTERM, signal.SIGINT):
                loop.remove_signal_handler(signum)
            if stopping.is_set():
                return 0  # noqa: B012 - a requested shutdown is a clean exit


def sync(args: argparse.Namespace, settings: Settings) -> int:
    if not settings.token:
        print(NO_TOKEN, file=sys.stderr)
        return 2
    _setup_logging(settings)
    guild_id = args.guild or settings.guild_id
    return asyncio.run(_sync(settings, _knowledge(settings), guild_id))


async def _sync(settings: Settings, knowledge: LiveKnowledge, guild_id: int | None) -> int:
    """Register commands once, explicitly: Discord limits command creations per day."""
    store = Store(settings.data_dir, settings.unanswered_retention_days)
    bot = create_bot(settings, knowledge, store)
    async with bot:
        await bot.login(settings.token or "")
        if guild_id:
            guild = discord.Object(id=guild_id)
            bot.tree.copy_global_to(guild=guild)
            synced = await bot.tree.sync(guild=guild)
            print(f"Synced {len(synced)} commands to guild {guild_id} (available at once).")
        else:
            synced = await bot.tree.sync()
            print(f"Synced {len(synced)} global commands (Discord may take up to an hour to show them).")
    return 0


def application_id(settings: Settings) -> int | None:
    """The bot's application id, read from the token's first part (no network needed)."""
    if not settings.token:
        return None
    first = settings.token.split(".")[0]
    try:
        decoded = base64.b64decode(first + "=" * (-len(first) % 4), validate=False).decode()
    except (binascii.Error, UnicodeDecodeError):
        return None
    return int(decoded) if decoded.isdigit() else None


def invite_url(app_id: int) -> str:
    return discord.utils.oauth_url(app_id, permissions=INVITE_PERMISSIONS, scopes=("bot", "applications.commands"))


def invite(args: argparse.Namespace, settings: Settings) -> int:
    app_id = getattr(args, "app_id", None) or application_id(settings)
    if app_id is None:
        print("Set DISCORD_TOKEN (or pass --app-id, the Application ID from the Developer Portal) "
              "to build the invite URL.", file=sys.stderr)
        return 2
    print(invite_url(app_id))
    return 0
