"""Questions: `/ask`, mentions, DMs and ask-channels. Matching is the engine's; this cog only delivers."""

from __future__ import annotations

import asyncio
import logging
import re

import discord
from discord import app_commands
from discord.ext import commands

from bot.discordbot.embeds import NONE, answer_embed, suggestions_view
from bot.engine.answer import Answer

log = logging.getLogger("bot.discord.ask")
QUESTION_MAX = 2000


class Ask(commands.Cog):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot
        settings = bot.settings  # type: ignore[attr-defined]
        # One per-user budget shared by /ask and chat questions.
        self.cooldown = commands.CooldownMapping.from_cooldown(
            settings.cooldown_questions, settings.cooldown_seconds, commands.BucketType.user)
        self._warned: set[int] = set()

    def _retry_after(self, message: discord.Message) -> float:
        bucket = self.cooldown.get_bucket(message)
        return (bucket.update_rate_limit() or 0.0) if bucket else 0.0

    async def _answer(self, question: str, guild_id: int | None, channel_kind: str) -> Answer:
        answer = self.bot.knowledge.engine.answer(question)  # type: ignore[attr-defined]
        log.debug("question %r -> %s %s", question, answer.status, answer.entry)
        if not answer.answered:
            await asyncio.to_thread(self.bot.store.record_unanswered_safely, question, answer,  # type: ignore[attr-defined]
                                    source="discord", guild_id=guild_id, channel_kind=channel_kind)
        return answer

    @app_commands.command(name="ask",
                          description="Ask about a child's arrest or rights (e.g. can police arrest a 6 year old in Florida?)")
    @app_commands.describe(question="Your question, in your own words", private="Only you see the answer")
    async def ask(self, interaction: discord.Interaction,
                  question: app_commands.Range[str, 1, QUESTION_MAX], private: bool = False) -> None:
        bucket = self.cooldown.get_bucket(_InteractionKey(interaction))
        retry = bucket.update_rate_limit() if bucket else None
        if retry:
            raise app_commands.CommandOnCooldown(bucket, retry)  # type: ignore[arg-type]
        answer = await self._answer(question, interaction.guild_id, _channel_kind(interaction.channel))
        view = suggestions_view(answer)
        kwargs = {"view": view} if view else {}
        await interaction.response.send_message(embed=answer_embed(answer), ephemeral=private,
                                                allowed_mentions=NONE, **kwargs)

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        if message.author.bot or message.webhook_id is not None:
            return
        if not self._is_question(message):
            return
        question = self._question_text(message)
        retry = self._retry_after(message)
        if retry:
            if message.author.id not in self._warned:  # say it once per burst, not on every message
                self._warned.add(message.author.id)
                await message.reply(f"Slow down a little — you can ask again in {retry:.0f} seconds.",
                                    allowed_mentions=NONE, mention_author=False, delete_after=15)
            return
        self._warned.discard(message.author.id)
        answer = await self._answer(question, message.guild.id if message.guild else None, _channel_kind(message.channel))
        view = suggestions_view(answer)
        kwargs = {"view": view} if view else {}
        try:
            await message.reply(embed=answer_embed(answer), allowed_mentions=NONE, mention_author=False, **kwargs)
        except discord.HTTPException:
            log.exception("could not reply to a question")

    def _is_question(self, message: discord.Message) -> bool:
        me = self.bot.user
        if message.guild is None:
            return True
        if message.channel.id in self.bot.settings.ask_channel_ids:  # type: ignore[attr-defined]
            return True
        # A real mention of the bot, not @everyone or a role.
        return me is not None and any(user.id == me.id for user in message.mentions)

    def _question_text(self, message: discord.Message) -> str:
        text = message.content
        if self.bot.user is not None:
            text = re.sub(rf"<@!?{self.bot.user.id}>", " ", text)
        return text[: QUESTION_MAX * 3]


class _InteractionKey:
    """Lets the message-based cooldown mapping bucket an interaction by its user."""

    def __init__(self, interaction: discord.Interaction) -> None:
        self.author = interaction.user
        self.guild = interaction.guild
        self.channel = interaction.channel


def _channel_kind(channel: object) -> str:
    if isinstance(channel, discord.DMChannel):
        return "dm"
    if isinstance(channel, discord.Thread):
        return "thread"
    return "guild"


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Ask(bot))
