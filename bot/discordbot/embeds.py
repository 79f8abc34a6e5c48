"""Render an `Answer` as a Discord embed, within Discord's limits, and its suggestions as buttons."""

from __future__ import annotations

import discord

from bot.engine.answer import Answer, Suggestion
from bot.engine.compose import human_date

# Discord's documented embed limits.
TITLE_MAX = 256
DESCRIPTION_MAX = 4096
FIELD_NAME_MAX = 256
FIELD_VALUE_MAX = 1024
FOOTER_MAX = 2048
FIELDS_MAX = 25
TOTAL_MAX = 6000
BUTTON_LABEL_MAX = 80

COLOURS = {"answered": discord.Colour.blue(), "clarify": discord.Colour.gold(), "no_match": discord.Colour.light_grey()}
NONE = discord.AllowedMentions.none()


def shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _sources(answer: Answer) -> str:
    lines = []
    for source in answer.sources:
        if source.url:
            lines.append(f"• [{shorten(source.title, 200)}]({source.url})")
        else:
            lines.append(f"• {shorten(source.title, 200)}: {source.citation}")
    text = ""
    for line in lines:  # whole lines only: a cut link would be broken markdown
        if len(text) + len(line) + 1 > FIELD_VALUE_MAX:
            break
        text += line + "\n"
    return text.strip() or "—"


def answer_embed(answer: Answer) -> discord.Embed:
    embed = discord.Embed(
        title=shorten(answer.title, TITLE_MAX) if answer.title and answer.answered else None,
        description=shorten(answer.headline, DESCRIPTION_MAX),
        colour=COLOURS[answer.status],
    )
    fields: list[tuple[str, str, bool]] = [
        (shorten(s.title, FIELD_NAME_MAX), shorten(s.text, FIELD_VALUE_MAX), False) for s in answer.sections
    ]
    if answer.answered:
        tail = [("Sources", _sources(answer), False),
                ("Last verified", human_date(answer.verified), True)]
        if answer.citation:
            tail.insert(0, ("Citation", shorten(answer.citation, FIELD_VALUE_MAX), False))
        # Sources, citation and date always fit: drop trailing sections first if needed.
        fields = fields[: FIELDS_MAX - len(tail)]
        budget = TOTAL_MAX - len(embed.description or "") - len(embed.title or "") - len(answer.disclaimer)
        budget -= sum(len(n) + len(v) for n, v, _ in tail)
        kept = []
        for name, value, inline in fields:
            if len(name) + len(value) > budget:
                break
            budget -= len(name) + len(value)
            kept.append((name, value, inline))
        fields = kept + tail
    for name, value, inline in fields:
        embed.add_field(name=name, value=value, inline=inline)
    embed.set_footer(text=shorten(answer.disclaimer, FOOTER_MAX))
    return embed


class SuggestionButton(discord.ui.DynamicItem[discord.ui.Button], template=r"ask:(?P<rest>[a-z]+:[^:]+:[A-Z]*:\d*)"):
    """A "did you mean" button. Dynamic, so it still works after a restart."""

    def __init__(self, suggestion: Suggestion) -> None:
        super().__init__(discord.ui.Button(label=shorten(suggestion.label or suggestion.id, BUTTON_LABEL_MAX),
                                           style=discord.ButtonStyle.secondary, custom_id=suggestion.token))
        self.suggestion = suggestion

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction, item: discord.ui.Button, match) -> SuggestionButton:  # type: ignore[override]
        suggestion = Suggestion.from_token(item.custom_id or "")
        if suggestion is None:
            raise ValueError("not a suggestion button")
        return cls(suggestion)

    async def callback(self, interaction: discord.Interaction) -> None:
        engine = interaction.client.knowledge.engine  # type: ignore[attr-defined]
        answer = engine.answer_suggestion(self.suggestion)
        await interaction.response.edit_message(embed=answer_embed(answer), view=None, allowed_mentions=NONE)


def suggestions_view(answer: Answer) -> discord.ui.View | None:
    if not answer.suggestions:
        return None
    view = discord.ui.View(timeout=None)
    for suggestion in answer.suggestions[:5]:
        view.add_item(SuggestionButton(suggestion))
    return view
