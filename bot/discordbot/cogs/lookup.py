"""Direct lookups: /state (with autocomplete), /case, /topics, /about."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.discordbot.choices import entry_choices, state_choices
from bot.discordbot.embeds import NONE, answer_embed, shorten
from bot.engine.answer import DISCLAIMER, Suggestion
from bot.engine.compose import human_date
from bot.engine.lookup import find_state, rank_entries
from bot.knowledge.live import LiveKnowledge


class Lookup(commands.Cog):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot

    @property
    def knowledge(self) -> LiveKnowledge:
        return self.bot.knowledge  # type: ignore[attr-defined]

    @app_commands.command(name="state", description="The minimum age of arrest in a state, optionally for a child's age")
    @app_commands.describe(state="Start typing a state", age="The child's age (optional)")
    async def state(self, interaction: discord.Interaction, state: str,
                    age: app_commands.Range[int, 0, 21] | None = None) -> None:
        found = find_state(self.knowledge.kb, state)
        if found is None:
            await interaction.response.send_message(
                f"I don't know the state “{shorten(state, 50)}”. Pick one from the list as you type.",
                ephemeral=True, allowed_mentions=NONE)
            return
        answer = self.knowledge.engine.answer_suggestion(Suggestion("", "state", found.code, found.code, age))
        await interaction.response.send_message(embed=answer_embed(answer), allowed_mentions=NONE)

    @state.autocomplete("state")
    async def state_autocomplete(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        return state_choices(self.knowledge.kb, current)

    @app_commands.command(name="case", description="A documented case of a young child's arrest")
    @app_commands.describe(name="Start typing a name or place")
    async def case(self, interaction: discord.Interaction, name: str) -> None:
        kb = self.knowledge.kb
        entry = kb.cases.get(name) or next(iter(rank_entries(list(kb.cases.values()), name, 1)), None)
        if entry is None:
            await interaction.response.send_message("I don't know that case. Pick one from the list as you type.",
                                                    ephemeral=True, allowed_mentions=NONE)
            return
        answer = self.knowledge.engine.answer_suggestion(Suggestion("", "case", entry.id))
        await interaction.response.send_message(embed=answer_embed(answer), allowed_mentions=NONE)

    @case.autocomplete("name")
    async def case_autocomplete(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        return entry_choices(list(self.knowledge.kb.cases.values()), current)

    @app_commands.command(name="topics", description="What I can answer")
    async def topics(self, interaction: discord.Interaction) -> None:
        kb = self.knowledge.kb
        embed = discord.Embed(title="What I can answer", colour=discord.Colour.blue(), description=(
            f"**Every state's rule** — ask “can police arrest a 6 year old in Texas?” or use /state "
            f"({len(kb.states)} jurisdictions).\n\n**Your child's rights**\n"
            + "\n".join(f"• {t.title}" for t in sorted(kb.topics.values(), key=lambda t: t.title))
            + "\n\n**Documented cases** (/case)\n" + "\n".join(f"• {c.title}" for c in kb.cases.values())
        )[:4096])
        embed.set_footer(text=DISCLAIMER)
        await interaction.response.send_message(embed=embed, ephemeral=True, allowed_mentions=NONE)

    @app_commands.command(name="about", description="What this bot is and where its answers come from")
    async def about(self, interaction: discord.Interaction) -> None:
        kb = self.knowledge.kb
        embed = discord.Embed(title="About this bot", colour=discord.Colour.blue(), description=(
            "I answer parents' questions about when a child can be arrested in the United States and what "
            "rights the child has. Every answer comes from a curated knowledge base: statutes, bill pages, court "
            "opinions and official agencies, with news or advocacy pages marked as such. Each answer shows its "
            "citation, its sources and the date it was last checked."))
        embed.add_field(name="Knowledge base", value=f"{kb.counts()}\nversion {kb.version}", inline=True)
        embed.add_field(name="Newest check", value=human_date(kb.newest_verified()), inline=True)
        embed.set_footer(text=DISCLAIMER)
        await interaction.response.send_message(embed=embed, ephemeral=True, allowed_mentions=NONE)


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Lookup(bot))
