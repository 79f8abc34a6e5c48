"""/kb: moderators keep the knowledge base current. Every subcommand passes `moderator_check` first."""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime

import discord
from discord import app_commands
from discord.ext import commands, tasks

from bot.discordbot.checks import MODERATOR_PERMISSIONS, moderator_check
from bot.discordbot.choices import entry_choices
from bot.discordbot.embeds import NONE, shorten
from bot.knowledge.live import LiveKnowledge, ReloadResult
from bot.moderation.store import Store
from bot.moderation.taught import TaughtEditor, stale

log = logging.getLogger("bot.discord.moderation")
MESSAGE_MAX = 1900
DIGEST_EVERY_HOURS = 24 * 7


def _problems_text(result: ReloadResult) -> str:
    lines = [str(p) for p in result.problems]
    text = "\n".join(lines)
    return shorten(text, MESSAGE_MAX - 200)


def _ago(moment: datetime | None) -> str:
    if moment is None:
        return "never"
    return discord.utils.format_dt(moment, "R")


class Moderation(commands.Cog):
    kb = app_commands.Group(name="kb", description="Moderators: keep the knowledge base current",
                            default_permissions=MODERATOR_PERMISSIONS, guild_only=True)

    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot
        self.editor = TaughtEditor(self.knowledge, self.store)

    @property
    def knowledge(self) -> LiveKnowledge:
        return self.bot.knowledge  # type: ignore[attr-defined]

    @property
    def store(self) -> Store:
        return self.bot.store  # type: ignore[attr-defined]

    async def interaction_check(self, interaction: discord.Interaction) -> bool:  # type: ignore[override]
        return moderator_check(interaction)

    async def cog_load(self) -> None:
        seconds = self.bot.settings.reload_poll_seconds  # type: ignore[attr-defined]
        if seconds > 0:
            self.watch.change_interval(seconds=seconds)
            self.watch.start()
        self.digest.start()

    async def cog_unload(self) -> None:
        self.watch.cancel()
        self.digest.cancel()

    # --- automatic work -------------------------------------------------------------------------------
    @tasks.loop(seconds=30)
    async def watch(self) -> None:
        """Reload when files under knowledge/ change, with the same rule as /kb reload."""
        if not await asyncio.to_thread(self.knowledge.changed_on_disk):
            return
        result = await asyncio.to_thread(self.knowledge.reload)
        await asyncio.to_thread(self.store.audit, "auto", "reload", "ok" if result.ok else "failed")
        if result.ok:
            log.info("knowledge base reloaded from disk: %s", result.counts)
        else:
            log.warning("knowledge base on disk is invalid (%d problems); still serving the previous one",
                        len(result.problems))
            await self._mod_log(f"⚠️ The knowledge base on disk does not validate; I keep serving the previous one.\n"
                                f"```\n{_problems_text(result)}\n```")

    @tasks.loop(hours=DIGEST_EVERY_HOURS)
    async def digest(self) -> None:
        await asyncio.to_thread(self.store.purge)
        if self.digest.current_loop == 0:
            return  # not on start-up; once a week after that
        unanswered = await asyncio.to_thread(self.store.counts, 7)
        old = stale(self.knowledge, self.bot.settings.stale_after_days)  # type: ignore[attr-defined]
        await self._mod_log(f"Weekly digest: {unanswered} unanswered question(s) this week, {len(old)} stale entr"
                            f"{'y' if len(old) == 1 else 'ies'}. Use /kb unanswered and /kb stale.")

    async def _mod_log(self, text: str) -> None:
        channel_id = self.bot.settings.mod_log_channel_id  # type: ignore[attr-defined]
        channel = self.bot.get_channel(channel_id) if channel_id else None
        if isinstance(channel, discord.abc.Messageable):
            try:
                await channel.send(text, allowed_mentions=NONE)
            except discord.HTTPException:
                log.warning("could not post to the moderator log channel")

    # --- commands -----------------------------------------------------------------------------------
    @kb.command(name="reload", description="Validate the knowledge base and swap it in (the old one stays on failure)")
    async def reload(self, interaction: discord.Interaction) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        result = await asyncio.to_thread(self.knowledge.reload)
        await asyncio.to_thread(self.store.audit, str(interaction.user.id), "reload", "ok" if result.ok else "failed")
        if result.ok:
            text = f"Reloaded: {result.counts} ({result.seconds * 1000:.0f} ms)."
        else:
            text = (f"Reload refused: {len(result.problems)} problem(s). I keep answering from the previous "
                    f"knowledge base.\n```\n{_problems_text(result)}\n```")
            await self._mod_log(f"⚠️ A reload by a moderator failed ({len(result.problems)} problem(s)).")
        await interaction.followup.send(text, ephemeral=True, allowed_mentions=NONE)

    @kb.command(name="status", description="Entries, load time, last reload and problems")
    async def status(self, interaction: discord.Interaction) -> None:
        status = self.knowledge.status
        kb = self.knowledge.kb
        lines = [
            f"**Serving:** {kb.counts()} (version {kb.version}, {status.files} files)",
            f"**Loaded:** {_ago(status.loaded_at)} in {status.load_seconds * 1000:.0f} ms",
            f"**Last reload attempt:** {_ago(status.last_attempt_at)}; reloads {status.reloads}, "
            f"failed {status.failed_reloads}",
        ]
        if status.last_problems:
            lines.append(f"**Problems on disk (not served):**\n```\n"
                         f"{shorten(chr(10).join(str(p) for p in status.last_problems), 1200)}\n```")
        else:
            lines.append("**Problems:** none")
        await interaction.response.send_message("\n".join(lines), ephemeral=True, allowed_mentions=NONE)

    @kb.command(name="unanswered", description="Questions I could not answer, grouped, most frequent first")
    @app_commands.describe(days="How many days back (default 7)")
    async def unanswered(self, interaction: discord.Interaction, days: app_commands.Range[int, 1, 365] = 7) -> None:
        groups = await asyncio.to_thread(self.store.unanswered, days)
        if not groups:
            text = f"No unanswered questions in the last {days} days."
        else:
            text = "\n".join(f"`{g.count:>3}×` {shorten(g.question, 150)}" + (f" — closest: `{g.closest}`" if g.closest else "")
                             for g in groups[:20])
        await interaction.response.send_message(shorten(text, MESSAGE_MAX), ephemeral=True, allowed_mentions=NONE)

    @kb.command(name="teach", description="Teach me a new phrasing for an entry")
    @app_commands.describe(question="The question as people ask it", entry="The entry it should lead to")
    async def teach(self, interaction: discord.Interaction, question: app_commands.Range[str, 3, 300], entry: str) -> None:
        result = await asyncio.to_thread(self.editor.teach, question, entry, str(interaction.user.id))
        text = result.message
        if result.problems:
            text += "\n```\n" + shorten("\n".join(str(p) for p in result.problems), 1200) + "\n```"
        await interaction.response.send_message(text, ephemeral=True, allowed_mentions=NONE)

    @teach.autocomplete("entry")
    async def entry_autocomplete(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        # Off-topic subjects too: a moderator may teach that a question belongs to one, so it is declined by name.
        return entry_choices(self.knowledge.kb.matchable(), current, with_kind=True)

    @kb.command(name="untaught", description="Remove a phrasing taught earlier")
    async def untaught(self, interaction: discord.Interaction, question: str) -> None:
        result = await asyncio.to_thread(self.editor.untaught, question, str(interaction.user.id))
        await interaction.response.send_message(result.message, ephemeral=True, allowed_mentions=NONE)

    @untaught.autocomplete("question")
    async def taught_autocomplete(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        taught = await asyncio.to_thread(self.editor.taught_phrasings)
        matching = [p for p in taught if current.lower() in p.lower()][:25]
        return [app_commands.Choice(name=shorten(p, 100), value=p[:100]) for p in matching]

    @kb.command(name="stale", description="Entries not verified for a long time, oldest first")
    async def stale_entries(self, interaction: discord.Interaction,
                            days: app_commands.Range[int, 1, 3650] | None = None) -> None:
        after = days if days is not None else self.bot.settings.stale_after_days  # type: ignore[attr-defined]
        rows = stale(self.knowledge, after)
        text = ("\n".join(f"`{verified.isoformat()}` {ref} — {shorten(title, 80)}" for ref, title, verified in rows[:25])
                or f"Every entry was verified in the last {after} days.")
        await interaction.response.send_message(shorten(text, MESSAGE_MAX), ephemeral=True, allowed_mentions=NONE)

    @kb.command(name="history", description="Who changed what and when")
    async def history(self, interaction: discord.Interaction) -> None:
        rows = await asyncio.to_thread(self.store.history, 20)
        text = "\n".join(f"`{r.at}` {r.action} by {r.moderator}: {shorten(r.detail, 120)}" for r in rows) or "No changes yet."
        await interaction.response.send_message(shorten(text, MESSAGE_MAX), ephemeral=True, allowed_mentions=NONE)




async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Moderation(bot))
