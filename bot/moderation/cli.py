"""`python -m bot kb …`: the moderator commands on the command line (the same as Discord's /kb)."""

from __future__ import annotations

import argparse
import getpass
from collections.abc import Callable

from bot.config import Settings
from bot.knowledge.live import LiveKnowledge
from bot.moderation.store import Store
from bot.moderation.taught import TaughtEditor, stale


def _live(args: argparse.Namespace, settings: Settings) -> LiveKnowledge:
    from bot.cli import live_or_fail  # bot.cli imports this module to register the kb commands

    return live_or_fail(args.kb or settings.kb_dir)


def _store(settings: Settings) -> Store:
    return Store(settings.data_dir, settings.unanswered_retention_days)


def _who() -> str:
    return f"cli:{getpass.getuser()}"


def cmd_unanswered(args: argparse.Namespace, settings: Settings) -> int:
    store = _store(settings)
    store.purge()
    groups = store.unanswered(args.days)
    if not groups:
        print(f"No unanswered questions in the last {args.days} days.")
    for group in groups:
        closest = f"  (closest: {group.closest})" if group.closest else ""
        print(f"{group.count:>4}×  {group.question}{closest}")
    return 0


def cmd_teach(args: argparse.Namespace, settings: Settings) -> int:
    editor = TaughtEditor(_live(args, settings), _store(settings))
    result = editor.teach(args.question, args.entry, _who())
    print(result.message)
    for problem in result.problems:
        print(problem)
    return 0 if result.ok else 1


def cmd_untaught(args: argparse.Namespace, settings: Settings) -> int:
    editor = TaughtEditor(_live(args, settings), _store(settings))
    result = editor.untaught(args.question, _who())
    print(result.message)
    return 0 if result.ok else 1


def cmd_reload(args: argparse.Namespace, settings: Settings) -> int:
    """On the command line a reload is a validation that is recorded in the audit trail."""
    from bot.cli import cmd_validate

    code = cmd_validate(args, settings)
    _store(settings).audit(_who(), "reload", "ok" if code == 0 else "failed")
    return code


def cmd_stale(args: argparse.Namespace, settings: Settings) -> int:
    rows = stale(_live(args, settings), args.days if args.days is not None else settings.stale_after_days)
    if not rows:
        print("Every entry was verified recently.")
    for ref, title, verified in rows:
        print(f"{verified.isoformat()}  {ref}  {title}")
    return 0


def cmd_history(args: argparse.Namespace, settings: Settings) -> int:
    rows = _store(settings).history(args.limit)
    if not rows:
        print("No changes recorded yet.")
    for row in rows:
        print(f"{row.at}  {row.moderator}  {row.action}  {row.detail}")
    return 0


def register(sub: argparse._SubParsersAction, add: Callable[..., argparse.ArgumentParser]) -> None:
    kb = sub.add_parser("kb", help="moderator commands: unanswered, teach, untaught, reload, stale, history")
    kb_sub = kb.add_subparsers(dest="kb_command", required=True)

    def add_kb(name: str, func: Callable[[argparse.Namespace, Settings], int], help_text: str) -> argparse.ArgumentParser:
        command = kb_sub.add_parser(name, help=help_text, description=help_text)
        command.set_defaults(func=func)
        command.add_argument("--kb", default=None, help="knowledge base folder")
        return command

    add_kb("unanswered", cmd_unanswered, "questions the bot could not answer, grouped").add_argument(
        "days", nargs="?", type=int, default=7)
    teach = add_kb("teach", cmd_teach, "teach a phrasing for an entry (e.g. topic:questioning, state:FL)")
    teach.add_argument("question")
    teach.add_argument("entry")
    add_kb("untaught", cmd_untaught, "remove a taught phrasing").add_argument("question")
    add_kb("reload", cmd_reload, "validate the knowledge base (the running bot reloads it by itself)")
    add_kb("stale", cmd_stale, "entries not verified for a long time").add_argument(
        "days", nargs="?", type=int, default=None)
    add_kb("history", cmd_history, "who changed what and when").add_argument("--limit", type=int, default=20)
