"""Command line: `python -m bot ask|chat|states|validate|run|sync|invite|kb|map`.

The `ask --json` and `states --json` outputs are a contract other tools rely on
(see the README); keep them stable.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from bot.config import Settings
from bot.engine.answer import Answer
from bot.engine.engine import Engine
from bot.knowledge.live import InvalidKnowledgeBase, LiveKnowledge
from bot.knowledge.loader import KnowledgeBaseNotFound, LoadResult, load_knowledge
from bot.knowledge.model import KnowledgeBase
from bot.moderation.cli import register as register_kb
from bot.moderation.store import Store
from bot.render.table import states_json, states_markdown, states_table
from bot.render.text import to_json, to_text


class CliError(Exception):
    """A problem the user can fix; printed as one friendly message, exit code 2."""


def load_or_fail(kb_dir: Path) -> KnowledgeBase:
    result = _load(kb_dir)
    if result.kb is None:
        problems = "\n".join(str(p) for p in result.problems)
        raise CliError(f"the knowledge base at '{kb_dir}' is invalid ({len(result.problems)} problems):\n{problems}\n"
                       "Run `python -m bot validate` after fixing them.")
    return result.kb


def live_or_fail(kb_dir: Path) -> LiveKnowledge:
    """The reloadable knowledge base for long-running commands, or one friendly error."""
    try:
        return LiveKnowledge(kb_dir)
    except InvalidKnowledgeBase as exc:
        raise CliError("the knowledge base is invalid:\n" + "\n".join(str(p) for p in exc.problems)) from None


def _load(kb_dir: Path) -> LoadResult:
    try:
        return load_knowledge(kb_dir)
    except KnowledgeBaseNotFound as exc:
        raise CliError(str(exc)) from None


def cmd_ask(args: argparse.Namespace, settings: Settings) -> int:
    engine = Engine(load_or_fail(args.kb or settings.kb_dir))
    recorder = _recorder(args, settings)
    if args.question == ["-"]:
        for line in sys.stdin:
            answer = engine.answer(line.rstrip("\n"))
            recorder(line, answer)
            _emit(answer, args.json)
        return 0
    question = " ".join(args.question)
    answer = engine.answer(question)
    recorder(question, answer)
    _emit(answer, args.json)
    return 0


def _emit(answer: Answer, as_json: bool) -> None:
    if as_json:
        print(json.dumps(to_json(answer), ensure_ascii=False), flush=True)
    else:
        print(to_text(answer), flush=True)


def _recorder(args: argparse.Namespace, settings: Settings) -> Callable[[str, Answer], None]:
    """Records questions the bot could not answer, for moderators (unless --no-log)."""
    if getattr(args, "no_log", False):
        return lambda question, answer: None
    store = Store(settings.data_dir, settings.unanswered_retention_days)

    def record(question: str, answer: Answer) -> None:
        store.record_unanswered_safely(question, answer, source="cli")

    return record


def cmd_chat(args: argparse.Namespace, settings: Settings) -> int:
    kb = load_or_fail(args.kb or settings.kb_dir)
    engine = Engine(kb)
    recorder = _recorder(args, settings)
    print(f"Child-arrest law bot ({kb.counts()}). Ask a question; an empty line or Ctrl-D quits.")
    previous: Answer | None = None
    while True:
        try:
            question = input("\nyou> ")
        except (EOFError, KeyboardInterrupt):
            print()
            return 0
        if not question.strip():
            return 0
        answer = engine.answer(question, previous)
        recorder(question, answer)
        if answer.status == "clarify" and answer.suggestions:
            print(to_text(answer))
            choice = input("number (or Enter to skip)> ").strip()
            if choice.isdigit() and 1 <= int(choice) <= len(answer.suggestions):
                answer = engine.answer_suggestion(answer.suggestions[int(choice) - 1])
            else:
                continue
        print(to_text(answer))
        previous = answer if answer.answered else previous


def cmd_states(args: argparse.Namespace, settings: Settings) -> int:
    kb = load_or_fail(args.kb or settings.kb_dir)
    if args.json:
        print(json.dumps(states_json(kb), ensure_ascii=False, indent=2))
    elif args.markdown:
        print(states_markdown(kb), end="")
    else:
        print(states_table(kb))
    return 0


def cmd_validate(args: argparse.Namespace, settings: Settings) -> int:
    kb_dir = args.kb or settings.kb_dir
    result = _load(kb_dir)
    if result.kb is None:
        for problem in result.problems:
            print(problem)
        print(f"{len(result.problems)} problem(s) in {kb_dir}; the knowledge base was not loaded.", file=sys.stderr)
        return 1
    print(f"OK: {result.kb.counts()} in {kb_dir} ({result.files} files, version {result.kb.version})")
    return 0


def cmd_map(args: argparse.Namespace, settings: Settings) -> int:
    from bot.render.map import render_map, text_alternative

    kb = load_or_fail(args.kb or settings.kb_dir)
    out = Path(args.out)
    try:
        out.write_bytes(render_map(kb))
    except OSError as exc:
        raise CliError(f"cannot write {out}: {exc.strerror}") from None
    print(f"Wrote {out}. {text_alternative(kb)}")
    return 0


def _discord_command(name: str) -> Callable[[argparse.Namespace, Settings], int]:
    """Discord commands import discord.py only when used, so the engine CLI stays light."""

    def run(args: argparse.Namespace, settings: Settings) -> int:
        from bot.discordbot import commands_cli

        return getattr(commands_cli, name)(args, settings)

    return run


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)

    def add(name: str, func: Callable[[argparse.Namespace, Settings], int], help_text: str) -> argparse.ArgumentParser:
        command = sub.add_parser(name, help=help_text, description=help_text)
        command.set_defaults(func=func)
        command.add_argument("--kb", type=Path, default=None, help="knowledge base folder (default: $KB_DIR or knowledge/)")
        return command

    ask = add("ask", cmd_ask, "answer one question (or '-' for one question per line on stdin)")
    ask.add_argument("--json", action="store_true", help="one JSON object per answer")
    ask.add_argument("--no-log", action="store_true", help="do not record unanswered questions")
    ask.add_argument("question", nargs="+", help="the question, or '-' to read questions from standard input")
    chat = add("chat", cmd_chat, "ask questions interactively")
    chat.add_argument("--no-log", action="store_true", help="do not record unanswered questions")
    states = add("states", cmd_states, "every jurisdiction with its minimum age")
    states.add_argument("--json", action="store_true", help="a JSON list for tools")
    states.add_argument("--markdown", action="store_true", help="the Markdown table in docs/states.md")
    add("validate", cmd_validate, "check the knowledge base and report every problem as path:line")
    add("run", _discord_command("run"), "run the Discord bot (needs DISCORD_TOKEN)")
    sync = add("sync", _discord_command("sync"), "register slash commands with Discord")
    sync.add_argument("--guild", type=int, default=None, help="sync to one guild only (instant)")
    invite = add("invite", _discord_command("invite"), "print the bot's OAuth2 invite URL")
    invite.add_argument("--app-id", type=int, default=None, help="the Application ID (default: read from the token)")
    add("map", cmd_map, "draw the map of minimum ages as a PNG").add_argument(
        "--out", default="minimum-ages.png", help="where to write the PNG (default: minimum-ages.png)")
    register_kb(sub, add)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    settings = Settings.from_env()
    try:
        return int(args.func(args, settings) or 0)
    except CliError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130
