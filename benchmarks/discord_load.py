"""Load through the local Discord emulator: N questions from M simulated users, end to end.

    python benchmarks/discord_load.py --questions 2000 --users 50

Starts the emulator (tests/emulator) on 127.0.0.1 and the real bot against it, posts questions in an
ask-channel as fast as the bot answers them (each user waits for its reply before asking again), and
reports replies per second and the time from MESSAGE_CREATE to the reply's POST (p50, p99).
Bounded: it stops after --questions replies or --seconds, whichever comes first.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.config import Settings  # noqa: E402
from bot.discordbot.client import create_bot  # noqa: E402
from bot.knowledge.live import LiveKnowledge  # noqa: E402
from bot.moderation.store import Store  # noqa: E402
from tests.emulator import DiscordEmulator  # noqa: E402
from tests.emulator.fixtures import populate_standard_world  # noqa: E402

QUESTIONS = [
    "can police arrest a 6 year old in Florida?",
    "can they question my son without me?",
    "what happened to kaia rolle",
    "my 9 yo in texas got arrested at school, is that legal",
    "what is the driving age in ohio",
    "can cops handcuff a 7 year old in new york",
    "how do i get my kid's juvenile record sealed",
    "asdfgh",
]


async def run(total: int, users: int, seconds: float) -> dict[str, float]:
    emu = DiscordEmulator()
    world = populate_standard_world(emu)
    simulated = [emu.add_user(f"parent-{i}") for i in range(users)]
    for user in simulated:
        emu.add_member(world.guild, user)
    async with emu:
        with emu.patch_discord(), tempfile.TemporaryDirectory() as data:
            env = {**emu.env(), "ASK_CHANNEL_IDS": str(world.questions.id), "BOT_DATA_DIR": data,
                   "COOLDOWN_QUESTIONS": "1000000", "COOLDOWN_SECONDS": "1", "KB_RELOAD_POLL_SECONDS": "0",
                   "DISCORD_TOKEN": "load-test"}
            settings = Settings.from_env(env)
            bot = create_bot(settings, LiveKnowledge(settings.kb_dir), Store(settings.data_dir),
                             guild_ready_timeout=0.1)
            task = asyncio.create_task(bot.start("load-test"))
            await asyncio.wait_for(bot.wait_until_ready(), 15)
            latencies: list[float] = []
            deadline = time.perf_counter() + seconds
            sent = 0

            async def user_loop(user: object, index: int) -> None:
                nonlocal sent
                while sent < total and time.perf_counter() < deadline:
                    sent += 1
                    question = QUESTIONS[(sent + index) % len(QUESTIONS)]
                    before = len(emu.requests)
                    message = await emu.send_message(world.questions, question, author=user)
                    created = time.perf_counter()
                    reply = await emu.wait_for_request(
                        "POST", r"/channels/\d+/messages",
                        predicate=lambda r, mid=str(message["id"]): str(
                            ((r.json or {}).get("message_reference") or {}).get("message_id")) == mid,
                        since=before, timeout=10)
                    latencies.append((reply.received_at - created) * 1000)

            started = time.perf_counter()
            await asyncio.gather(*(user_loop(user, i) for i, user in enumerate(simulated)))
            elapsed = time.perf_counter() - started
            await bot.close()
            await asyncio.wait_for(task, 10)
    latencies.sort()
    return {"replies": len(latencies), "users": users, "seconds": round(elapsed, 2),
            "replies_per_second": round(len(latencies) / elapsed, 1),
            "p50_ms": round(statistics.median(latencies), 2),
            "p99_ms": round(latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))], 2)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=2000)
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=120.0, help="stop after this long in any case")
    args = parser.parse_args()
    result = asyncio.run(run(args.questions, args.users, args.seconds))
    print(" ".join(f"{k}={v}" for k, v in result.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
