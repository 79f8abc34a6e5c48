"""Render an `Answer` as plain text (console, logs of examples) and as the CLI's JSON contract."""

from __future__ import annotations

import textwrap
from typing import Any

from bot.engine.answer import Answer
from bot.engine.compose import human_date


def to_text(answer: Answer, width: int = 88) -> str:
    """The full reply as a person reads it; also the `text` field of the JSON contract."""
    lines: list[str] = []
    if answer.title and answer.answered:
        lines += [answer.title, "=" * min(len(answer.title), width), ""]
    lines += textwrap.wrap(answer.headline, width) or [answer.headline]
    for section in answer.sections:
        lines += ["", f"{section.title}:"]
        for paragraph in section.text.splitlines():
            lines += textwrap.wrap(paragraph, width, subsequent_indent="  ") or [""]
    if answer.suggestions and not answer.answered:
        heading = "" if answer.status == "clarify" else "You can ask me:"
        lines += ["", *([heading] if heading else [])] + [
            f"  {i}) {s.label}" for i, s in enumerate(answer.suggestions, 1)]
    if answer.answered:
        if answer.citation:
            lines += ["", *textwrap.wrap(f"Citation: {answer.citation}", width, subsequent_indent="  ")]
        lines += ["", "Sources:"]
        for source in answer.sources:
            where = source.url or source.citation or ""
            note = f" ({source.note})" if source.note and source.type in ("news", "advocacy") else ""
            lines.append(f"  • {source.title}: {where}{note}")
        lines.append(f"Last verified: {human_date(answer.verified)}")
    lines += ["", *textwrap.wrap(answer.disclaimer, width)]
    return "\n".join(lines)


def to_json(answer: Answer) -> dict[str, Any]:
    """The stable JSON contract of `python -m bot ask --json` (see the README)."""
    return {
        "status": answer.status,
        "text": to_text(answer),
        "entry": {"kind": answer.entry[0], "id": answer.entry[1]} if answer.entry and answer.answered else None,
        "state": answer.state if answer.answered else None,
        "age": answer.age,
        "score": round(float(answer.score), 2),
        "sources": [{"title": s.title, "url": s.url, "citation": s.citation} for s in answer.sources]
        if answer.answered else [],
        "verified": answer.verified.isoformat() if answer.verified and answer.answered else None,
        "suggestions": [s.label for s in answer.suggestions],
    }
