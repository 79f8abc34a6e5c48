"""/map (the tile-grid picture, with a text table for screen readers) and /compare (states side by side)."""

from __future__ import annotations

import asyncio
import io

import discord
from discord import app_commands
from discord.ext import commands

from bot.discordbot.choices import state_choices
from bot.discordbot.embeds import NONE, answer_embed
from bot.engine.compose import compare_answer
from bot.engine.lookup import find_state
from bot.knowledge.model import KnowledgeBase
from bot.render.table import states_table

ATTACHMENT_TABLE = "states.txt"


class Maps(commands.Cog):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot
        self._cache: tuple[str, bytes] | None = None  # (knowledge-base version, PNG)

    @property
    def kb(self) -> KnowledgeBase:
        return self.bot.knowledge.kb  # type: ignore[attr-defined]

    async def _png(self) -> bytes:
        from bot.render.map import render_map

        kb = self.kb
        if self._cache is None or self._cache[0] != kb.version:
            self._cache = (kb.version, await asyncio.to_thread(render_map, kb))
        return self._cache[1]

    @app_commands.command(name="map", description="A map of minimum ages of arrest, by state")
    async def map(self, interaction: discord.Interaction) -> None:
        from bot.render.map import text_alternative

        await interaction.response.defer(thinking=True)
        png = await self._png()
        image = discord.File(io.BytesIO(png), filename="minimum-ages.png", description=text_alternative(self.kb)[:1024])
        table = discord.File(io.BytesIO(states_table(self.kb).encode()), filename=ATTACHMENT_TABLE)
        await interaction.followup.send(
            content="Minimum age of arrest or prosecution by state. The same as text (for screen readers): "
                    f"`{ATTACHMENT_TABLE}`. Ask /state for one state's rule and sources.",
            files=[image, table], allowed_mentions=NONE)

    @app_commands.command(name="compare", description="Two or more states side by side")
    @app_commands.describe(first="A state", second="Another state", third="(optional)", fourth="(optional)")
    async def compare(self, interaction: discord.Interaction, first: str, second: str,
                      third: str | None = None, fourth: str | None = None) -> None:
        typed = [t for t in (first, second, third, fourth) if t]
        found = [find_state(self.kb, t) for t in typed]
        unknown = [t for t, s in zip(typed, found, strict=True) if s is None]
        if unknown:
            await interaction.response.send_message(
                f"I don't know {', '.join(unknown)}. Pick states from the list as you type.",
                ephemeral=True, allowed_mentions=NONE)
            return
        states = list({s.code: s for s in found if s}.values())
        if len(states) < 2:
            await interaction.response.send_message("Pick at least two different states.", ephemeral=True,
                                                    allowed_mentions=NONE)
            return
        await interaction.response.send_message(embed=answer_embed(compare_answer(states)), allowed_mentions=NONE)

    @compare.autocomplete("first")
    @compare.autocomplete("second")
    @compare.autocomplete("third")
    @compare.autocomplete("fourth")
    async def state_autocomplete(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        return state_choices(self.kb, current)


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Maps(bot))
