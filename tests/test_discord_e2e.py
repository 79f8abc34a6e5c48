"""The real bot, end to end, against the local Discord emulator (HTTP + websocket, no mocks).

Each test starts the project's own bot (`bot.discordbot.client.create_bot`, as `python -m bot run`
does) pointed at the emulator through DISCORD_API_BASE and DISCORD_GATEWAY_URL.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import signal
import sys
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import pytest_asyncio
from discord.ext import commands

from bot.config import Settings
from bot.discordbot.client import create_bot
from bot.knowledge.live import LiveKnowledge
from bot.moderation.store import Store
from tests.conftest import KNOWLEDGE, ROOT
from tests.emulator.fixtures import StandardWorld, discord_world

__all__ = ["discord_world"]

MESSAGES = r"/channels/\d+/messages"
EPHEMERAL = 1 << 6


@dataclass
class Running:
    bot: commands.Bot
    world: StandardWorld
    kb_dir: Path

    @property
    def emu(self):
        return self.world.emulator


def bot_settings(world: StandardWorld, kb_dir: Path, data_dir: Path, **extra: str) -> Settings:
    env = {**world.emulator.env(), "KB_DIR": str(kb_dir), "BOT_DATA_DIR": str(data_dir),
           "ASK_CHANNEL_IDS": str(world.questions.id), "MOD_ROLE_ID": str(world.moderator_role.id),
           "KB_RELOAD_POLL_SECONDS": "0", "COOLDOWN_QUESTIONS": "50", "DISCORD_TOKEN": "emulator-token", **extra}
    return Settings.from_env(env)


async def start_bot(world: StandardWorld, tmp_path: Path, **extra: str) -> tuple[commands.Bot, asyncio.Task, Path]:
    kb_dir = tmp_path / "knowledge"
    if not kb_dir.exists():
        shutil.copytree(KNOWLEDGE, kb_dir)
    settings = bot_settings(world, kb_dir, tmp_path / "data", **extra)
    knowledge = LiveKnowledge(settings.kb_dir)
    bot = create_bot(settings, knowledge, Store(settings.data_dir), guild_ready_timeout=0.1)
    task = asyncio.create_task(bot.start(settings.token or ""))
    await asyncio.wait_for(bot.wait_until_ready(), timeout=10)
    return bot, task, kb_dir


@pytest_asyncio.fixture
async def running(discord_world: StandardWorld, tmp_path: Path) -> AsyncIterator[Running]:
    bot, task, kb_dir = await start_bot(discord_world, tmp_path)
    try:
        yield Running(bot, discord_world, kb_dir)
    finally:
        await bot.close()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await asyncio.wait_for(task, timeout=5)


def embed_text(body: dict) -> str:
    """Everything a user reads in the embeds of a message or interaction response body."""
    data = body.get("data", body)
    parts = []
    for embed in data.get("embeds") or []:
        parts += [embed.get("title") or "", embed.get("description") or ""]
        parts += [f"{f['name']}: {f['value']}" for f in embed.get("fields") or []]
        parts.append((embed.get("footer") or {}).get("text", ""))
    return "\n".join(parts)


async def ask_in_channel(run: Running, content: str, channel=None, **kwargs) -> tuple[dict, object]:
    question = await run.emu.send_message(channel or run.world.general, content, **kwargs)
    reply = await run.emu.wait_for_request("POST", MESSAGES)
    return question, reply


# --- questions in chat ------------------------------------------------------------------------------
async def test_mention_gets_a_sourced_reply_that_references_it_and_pings_nobody(running: Running) -> None:
    me = running.world.bot
    question, reply = await ask_in_channel(running, f"<@{me.id}> can police arrest a 6 year old in Florida?")
    body = reply.json
    text = embed_text(body)
    assert "No, not in Florida" in text and "Fla. Stat. § 985.031" in text
    assert "Last verified" in text and "not legal advice" in text
    assert str(body["message_reference"]["message_id"]) == question["id"]
    assert body["allowed_mentions"]["parse"] == [] and not body["allowed_mentions"].get("replied_user")


async def test_messages_from_bots_are_ignored(running: Running) -> None:
    other_bot = running.emu.add_user("another-bot", bot=True)
    await running.emu.send_message(running.world.questions, "can police arrest a 6 year old in Florida?",
                                   author=other_bot)
    with pytest.raises(Exception):  # noqa: B017 - the emulator's bounded wait times out
        await running.emu.wait_for_request("POST", MESSAGES, timeout=1.0)


async def test_ask_channel_and_dm_questions_are_answered(running: Running) -> None:
    _, reply = await ask_in_channel(running, "what happened to kaia rolle", channel=running.world.questions)
    assert "Kaia Rolle" in embed_text(reply.json)
    await running.emu.send_dm(running.world.member, "can they question my son without me?")
    dm_reply = await running.emu.wait_for_request("POST", MESSAGES)
    assert "question" in embed_text(dm_reply.json).lower()


async def test_plain_chat_without_mention_is_left_alone(running: Running) -> None:
    await running.emu.send_message(running.world.general, "can police arrest a 6 year old in Florida?")
    with pytest.raises(Exception):  # noqa: B017
        await running.emu.wait_for_request("POST", MESSAGES, timeout=1.0)


@pytest.mark.parametrize("content", [
    "x" * 5000,
    "🙂🙂🙂🙂",
    "@everyone @here <@&1> <@2> <@3> can you arrest <@4>",
])
async def test_odd_messages_get_polite_replies_and_the_bot_lives_on(running: Running, content: str) -> None:
    me = running.world.bot
    _, reply = await ask_in_channel(running, f"<@{me.id}> {content}")
    assert reply.ok and reply.json["allowed_mentions"]["parse"] == []
    assert "not legal advice" in embed_text(reply.json)
    _, again = await ask_in_channel(running, f"<@{me.id}> what happened to kaia rolle")
    assert "Kaia Rolle" in embed_text(again.json)


async def test_connection_dropped_mid_conversation_resumes_and_answers(running: Running) -> None:
    me = running.world.bot
    await ask_in_channel(running, f"<@{me.id}> what happened to kaia rolle")
    resumes = running.emu.resumes
    await running.emu.drop_connection()
    await running.emu.wait_for_resume(count=resumes + 1, timeout=15)
    _, reply = await ask_in_channel(running, f"<@{me.id}> can police arrest a 6 year old in Florida?")
    assert "No, not in Florida" in embed_text(reply.json)


async def test_rate_limited_send_still_arrives(running: Running) -> None:
    running.emu.rate_limit_next("POST", MESSAGES, retry_after=0.3)
    me = running.world.bot
    await running.emu.send_message(running.world.general, f"<@{me.id}> what happened to kaia rolle")
    reply = await running.emu.wait_for_request("POST", MESSAGES, status=200, timeout=10)
    assert "Kaia Rolle" in embed_text(reply.json)
    assert running.emu.find_requests("POST", MESSAGES, status=429, since=0)


async def test_cooldown_says_slow_down(discord_world: StandardWorld, tmp_path: Path) -> None:
    bot, task, _ = await start_bot(discord_world, tmp_path, COOLDOWN_QUESTIONS="2", COOLDOWN_SECONDS="60")
    try:
        emu = discord_world.emulator
        for _ in range(2):
            await emu.send_message(discord_world.questions, "what happened to kaia rolle")
            await emu.wait_for_request("POST", MESSAGES)
        await emu.send_message(discord_world.questions, "what happened to kaia rolle")
        slow = await emu.wait_for_request("POST", MESSAGES)
        assert "Slow down" in slow.json["content"]
    finally:
        await bot.close()
        with contextlib.suppress(Exception):
            await asyncio.wait_for(task, 5)


# --- slash commands ---------------------------------------------------------------------------------
async def slash(run: Running, command: str, options: dict | None = None, user=None):
    payload = await run.emu.send_slash_command(command, options or {}, channel_id=run.world.general, user=user)
    response = await run.emu.wait_for_interaction_response(payload)
    return payload, response


async def test_state_with_and_without_age(running: Running) -> None:
    _, with_age = await slash(running, "state", {"state": "FL", "age": 6})
    assert "No, not in Florida" in embed_text(with_age.json)
    _, without = await slash(running, "state", {"state": "FL"})
    assert "In Florida, a child younger than 7" in embed_text(without.json)
    _, unknown = await slash(running, "state", {"state": "Atlantis"})
    assert unknown.json["data"]["flags"] & EPHEMERAL


async def test_state_autocomplete_ranks_names_as_you_type(running: Running) -> None:
    payload = await running.emu.send_autocomplete("state", {"state": "flo"}, "state", channel_id=running.world.general)
    response = await running.emu.wait_for_interaction_response(payload)
    assert response.json["type"] == 8
    choices = response.json["data"]["choices"]
    assert 0 < len(choices) <= 25 and choices[0]["value"] == "FL"
    payload = await running.emu.send_autocomplete("state", {"state": ""}, "state", channel_id=running.world.general)
    everything = (await running.emu.wait_for_interaction_response(payload)).json["data"]["choices"]
    assert len(everything) == 25


async def test_ask_private_is_ephemeral(running: Running) -> None:
    _, response = await slash(running, "ask", {"question": "what happened to kaia rolle", "private": True})
    assert response.json["data"]["flags"] & EPHEMERAL
    assert "Kaia Rolle" in embed_text(response.json)
    _, public = await slash(running, "ask", {"question": "what happened to kaia rolle"})
    assert not (public.json["data"].get("flags") or 0) & EPHEMERAL


async def test_clarify_buttons_answer_when_pressed(running: Running) -> None:
    payload, response = await slash(running, "ask", {"question": "can police arrest a 6 year old in texas or florida"})
    buttons = [c for row in response.json["data"]["components"] for c in row["components"]]
    assert [b["label"][:30] for b in buttons][:2] and len(buttons) == 2
    message = running.emu.interaction(payload).original_message_id
    florida = next(b for b in buttons if ":FL:" in b["custom_id"])
    click = await running.emu.click_button(message, florida["custom_id"], user=running.world.member)
    pressed = await running.emu.wait_for_interaction_response(click)
    assert pressed.json["type"] == 7  # the clarify message is updated in place with the answer
    assert "No, not in Florida" in embed_text(pressed.json)


async def test_topics_about_and_case(running: Running) -> None:
    _, topics = await slash(running, "topics")
    assert "What I can answer" in embed_text(topics.json)
    _, about = await slash(running, "about")
    assert "states" in embed_text(about.json) and "version" in embed_text(about.json)
    _, case = await slash(running, "case", {"name": "kaia-rolle"})
    assert "Orlando" in embed_text(case.json)


# --- moderators -------------------------------------------------------------------------------------
KB_COMMANDS = [("kb status", {}), ("kb reload", {}), ("kb unanswered", {}), ("kb stale", {}), ("kb history", {}),
               ("kb teach", {"question": "is my kid safe from the cops", "entry": "topic:minimum-age"}),
               ("kb untaught", {"question": "is my kid safe from the cops"})]


@pytest.mark.parametrize(("command", "options"), KB_COMMANDS)
async def test_every_kb_command_is_denied_to_a_plain_member(running: Running, command: str, options: dict) -> None:
    _, response = await slash(running, command, options, user=running.world.member)
    assert response.json["data"]["flags"] & EPHEMERAL
    assert "Only moderators" in response.json["data"]["content"]


async def test_kb_status_allowed_to_manage_server_and_to_the_moderator_role(running: Running) -> None:
    for user in (running.world.manager, running.world.moderator):
        _, response = await slash(running, "kb status", user=user)
        assert "Serving:" in response.json["data"]["content"], user


async def test_kb_reload_with_a_broken_file_keeps_the_old_knowledge_base(running: Running) -> None:
    florida = running.kb_dir / "states" / "FL.yaml"
    florida.write_text(florida.read_text(encoding="utf-8").replace("sources:", "soruces:"), encoding="utf-8")
    payload = await running.emu.send_slash_command("kb reload", {}, channel_id=running.world.general,
                                                   user=running.world.manager)
    followup = await running.emu.wait_for_request("POST", r"/webhooks/\d+/[^/]+", timeout=10)
    assert payload and "Reload refused" in followup.json["content"]
    assert "FL.yaml:" in followup.json["content"] and "soruces" in followup.json["content"]
    _, answer = await slash(running, "ask", {"question": "can police arrest a 6 year old in Florida?"})
    assert "No, not in Florida" in embed_text(answer.json)
    _, status = await slash(running, "kb status", user=running.world.manager)
    assert "Problems on disk" in status.json["data"]["content"]


async def test_teach_then_ask(running: Running) -> None:
    question = "is my little one safe from cops in sunshine land"
    _, before = await slash(running, "ask", {"question": question})
    assert "Florida" not in embed_text(before.json).split("\n")[0]
    _, taught = await slash(running, "kb teach", {"question": question, "entry": "state:FL"},
                            user=running.world.moderator)
    assert "Taught" in taught.json["data"]["content"]
    _, after = await slash(running, "ask", {"question": question})
    assert "Minimum age of arrest: Florida" in embed_text(after.json)
    _, history = await slash(running, "kb history", user=running.world.manager)
    assert "teach" in history.json["data"]["content"] and str(running.world.moderator.id) in history.json["data"]["content"]


async def test_a_moderator_teaches_a_question_to_a_declined_subject(running: Running) -> None:
    question = "is the principal allowed to keep my kid inside during recess all week"
    payload = await running.emu.send_autocomplete("kb teach", {"question": question, "entry": "school disc"}, "entry",
                                                  channel_id=running.world.general, user=running.world.moderator)
    choices = (await running.emu.wait_for_interaction_response(payload)).json["data"]["choices"]
    assert choices[0]["value"] == "offtopic:school-discipline"
    _, taught = await slash(running, "kb teach", {"question": question, "entry": "offtopic:school-discipline"},
                            user=running.world.moderator)
    assert "Taught" in taught.json["data"]["content"]
    _, after = await slash(running, "ask", {"question": question})
    assert "school discipline (detention, suspension or expulsion), which I don't cover" in embed_text(after.json)


# --- the process ------------------------------------------------------------------------------------
@contextlib.asynccontextmanager
async def bot_process(world: StandardWorld, tmp_path: Path, **extra: str) -> AsyncIterator[asyncio.subprocess.Process]:
    """`python -m bot run` as a deployment starts it, pointed at the emulator; killed if a test leaves it running."""
    env = {**os.environ, **world.emulator.env(), "DISCORD_TOKEN": "emulator-token",
           "BOT_DATA_DIR": str(tmp_path / "data"), "LOG_LEVEL": "INFO", "KB_RELOAD_POLL_SECONDS": "0", **extra}
    process = await asyncio.create_subprocess_exec(sys.executable, "-m", "bot", "run", cwd=ROOT, env=env,
                                                   stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    try:
        yield process
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()


async def stop_and_read_log(process: asyncio.subprocess.Process) -> tuple[int, str]:
    process.send_signal(signal.SIGTERM)
    code = await asyncio.wait_for(process.wait(), timeout=15)
    _, err = await process.communicate()
    return code, err.decode()


async def test_sigterm_closes_cleanly(discord_world: StandardWorld, tmp_path: Path) -> None:
    async with bot_process(discord_world, tmp_path) as process:
        await discord_world.emulator.wait_for_identify(timeout=20)
        await asyncio.sleep(0.3)
        code, log = await stop_and_read_log(process)
    assert code == 0, log
    assert "shutting down" in log
    assert "emulator-token" not in log
    assert "Traceback" not in log


async def test_without_the_message_content_intent_it_reconnects_and_still_answers_mentions(
        discord_world: StandardWorld, tmp_path: Path) -> None:
    """A server admin who never ticked "Message Content Intent": Discord closes with 4014; the bot comes back
    without it, and mentions (whose content Discord still delivers) are answered."""
    discord_world.emulator.gateway.enabled_privileged_intents = 0
    async with bot_process(discord_world, tmp_path) as process:
        accepted = await discord_world.emulator.wait_for_identify(timeout=20)
        assert not int(accepted.intents or 0) & (1 << 15)
        await asyncio.sleep(0.3)
        me = discord_world.bot
        await discord_world.emulator.send_message(discord_world.general, f"<@{me.id}> what happened to kaia rolle")
        reply = await discord_world.emulator.wait_for_request("POST", MESSAGES, timeout=15)
        code, log = await stop_and_read_log(process)
    assert "Kaia Rolle" in embed_text(reply.json)
    assert "message content intent is not enabled" in log
    assert code == 0 and "Traceback" not in log


async def test_map_posts_the_picture_with_a_text_table(running: Running) -> None:
    payload = await running.emu.send_slash_command("map", {}, channel_id=running.world.general)
    followup = await running.emu.wait_for_request("POST", r"/webhooks/\d+/[^/]+", timeout=15)
    names = sorted(f.filename for f in followup.files)
    assert payload and names == ["minimum-ages.png", "states.txt"]
    png = next(f for f in followup.files if f.filename.endswith(".png"))
    assert png.data[:8] == b"\x89PNG\r\n\x1a\n"
    assert followup.json["allowed_mentions"]["parse"] == []


async def test_compare_shows_states_side_by_side(running: Running) -> None:
    _, response = await slash(running, "compare", {"first": "FL", "second": "texas"})
    text = embed_text(response.json)
    assert "Florida: minimum age 7" in text and "Texas: minimum age 10" in text
    _, same = await slash(running, "compare", {"first": "FL", "second": "FL"})
    assert same.json["data"]["flags"] & EPHEMERAL


async def test_sync_registers_the_commands(discord_world: StandardWorld, tmp_path: Path) -> None:
    from bot.discordbot.commands_cli import _sync

    settings = bot_settings(discord_world, KNOWLEDGE, tmp_path / "data")
    assert await _sync(settings, LiveKnowledge(KNOWLEDGE), discord_world.guild.id) == 0
    names = {c["name"] for c in discord_world.emulator.commands(discord_world.guild)}
    assert {"ask", "state", "case", "topics", "about", "kb", "map", "compare"} <= names
    kb = next(c for c in discord_world.emulator.commands(discord_world.guild) if c["name"] == "kb")
    assert str(kb["default_member_permissions"]) == str(1 << 5)  # Manage Server


async def test_sharded_mode_connects_and_answers(discord_world: StandardWorld, tmp_path: Path) -> None:
    bot, task, _ = await start_bot(discord_world, tmp_path, SHARD_COUNT="2")
    try:
        assert bot.shard_count == 2
        assert sorted(tuple(i.shard) for i in discord_world.emulator.identifies if i.shard) == [(0, 2), (1, 2)]
        await discord_world.emulator.send_message(discord_world.questions, "what happened to kaia rolle")
        reply = await discord_world.emulator.wait_for_request("POST", MESSAGES, timeout=10)
        assert "Kaia Rolle" in embed_text(reply.json)
    finally:
        await bot.close()
        with contextlib.suppress(Exception):
            await asyncio.wait_for(task, 5)
