"""End-to-end checks of the Discord emulator against a minimal, plain discord.py bot defined here
(not the project's bot): login/READY, messages, slash commands, autocomplete, buttons, RESUME, 429s."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator

import aiohttp
import discord
import pytest
import yarl
from discord import app_commands
from discord.ext import commands

from tests.emulator import DiscordEmulator
from tests.emulator.fixtures import StandardWorld, discord_emulator, discord_world, populate_standard_world
from tests.emulator.permissions import MANAGE_GUILD

__all__ = ["discord_emulator", "discord_world"]  # fixtures, re-exported so pytest finds them here

MESSAGES = r"/channels/\d+/messages"
READY_TIMEOUT = 10.0
TOPICS = ["arrest age", "arrest warrant", "juvenile court", "miranda rights"]


class ClickView(discord.ui.View):
    def __init__(self, bot: MiniBot) -> None:
        super().__init__(timeout=60)
        self.bot = bot

    @discord.ui.button(label="Click me", custom_id="mini:click")
    async def click(self, interaction: discord.Interaction, button: discord.ui.Button[ClickView]) -> None:
        self.bot.clicks.append(interaction.user.id)
        await interaction.response.edit_message(content=f"clicked by {interaction.user.name}", view=None)


class MiniBot(commands.Bot):
    """The smallest bot that exercises what the real one will: replies, app commands, a view."""

    def __init__(self, *, message_content: bool = True) -> None:
        intents = discord.Intents.default()
        intents.message_content = message_content
        intents.members = True
        # guild_ready_timeout: discord.py waits this long after the last GUILD_CREATE before on_ready.
        super().__init__(command_prefix="!", intents=intents, guild_ready_timeout=0.1)
        self.seen: list[discord.Message] = []
        self.clicks: list[int] = []
        self.errors: list[BaseException] = []
        self.resumed = asyncio.Event()
        self._add_commands()

    def _add_commands(self) -> None:
        @self.tree.command(name="ping", description="Check the bot is alive")
        async def ping(interaction: discord.Interaction) -> None:
            await interaction.response.send_message(f"pong from {interaction.guild.name if interaction.guild else 'DM'}")

        kb = app_commands.Group(name="kb", description="Knowledge base")
        admin = app_commands.Group(name="admin", description="Admin tools", parent=kb)

        @kb.command(name="status", description="Knowledge base status")
        @app_commands.checks.has_permissions(manage_guild=True)
        async def status(interaction: discord.Interaction, verbose: bool = False) -> None:
            await interaction.response.send_message(f"kb ok verbose={verbose}", ephemeral=True)

        @status.error
        async def status_error(interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
            await interaction.response.send_message(f"denied: {type(error).__name__}", ephemeral=True)

        @kb.command(name="search", description="Search topics")
        async def search(interaction: discord.Interaction, query: str) -> None:
            await interaction.response.defer(thinking=True)
            await interaction.followup.send(f"results for {query}")
            await interaction.edit_original_response(content=f"final results for {query}")

        @search.autocomplete("query")
        async def search_autocomplete(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
            return [app_commands.Choice(name=t, value=t) for t in TOPICS if t.startswith(current)]

        @self.tree.command(name="slow", description="Answers after 0.5s without deferring")
        async def slow(interaction: discord.Interaction) -> None:
            await asyncio.sleep(0.5)
            try:
                await interaction.response.send_message("too late")
            except discord.NotFound as exc:
                self.errors.append(exc)

        @admin.command(name="reload", description="Reload the knowledge base")
        async def reload(interaction: discord.Interaction) -> None:
            await interaction.response.send_message("reloaded", view=ClickView(self))

        self.tree.add_command(kb)

    async def setup_hook(self) -> None:
        await self.tree.sync()

    async def on_resumed(self) -> None:
        self.resumed.set()

    async def on_message(self, message: discord.Message) -> None:
        self.seen.append(message)
        if message.author.bot:
            return
        if message.content == "buttons":
            await message.channel.send("Pick one", view=ClickView(self))
        elif message.content == "too long":
            try:
                await message.channel.send("x" * 2001)
            except discord.HTTPException as exc:
                self.errors.append(exc)
        else:
            await message.reply(f"echo: {message.content}")


@contextlib.asynccontextmanager
async def running(client: discord.Client, token: str = "emulator-token") -> AsyncIterator[discord.Client]:
    """Run ``client`` until the block ends; every wait bounded so a broken emulator fails fast."""
    task = asyncio.create_task(client.start(token))
    try:
        ready = asyncio.ensure_future(client.wait_until_ready())
        done, _ = await asyncio.wait({ready, task}, timeout=READY_TIMEOUT, return_when=asyncio.FIRST_COMPLETED)
        if ready not in done:
            ready.cancel()
            if task.done():
                task.result()  # re-raise the client's startup error
            raise TimeoutError("client did not become ready")
        yield client
    finally:
        await asyncio.wait_for(client.close(), 5)
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.wait_for(task, 5)


@pytest.mark.asyncio
async def test_login_ready_guild_visible(discord_world: StandardWorld) -> None:
    emu, world = discord_world.emulator, discord_world
    bot = MiniBot()
    async with running(bot):
        guild = bot.get_guild(world.guild.id)
        assert guild is not None and guild.name == "Emulated Server"
        assert guild.owner_id == world.owner.id
        assert {c.name for c in guild.text_channels} == {"general", "questions", "moderators", "announcements"}
        assert {m.id for m in guild.members} >= {world.bot.id, world.member.id, world.manager.id, world.moderator.id}
        assert guild.get_member(world.manager.id).guild_permissions.manage_guild
        assert not guild.get_member(world.member.id).guild_permissions.manage_guild
        assert guild.get_role(world.moderator_role.id).name == "Moderators"
        assert bot.user.id == world.bot.id
        assert bot.application_id == emu.application_id
        assert (await bot.is_owner(emu.owner_user)) is True

    identify = emu.identifies[0]
    assert identify.intents == bot.intents.value
    assert identify.token == "emulator-token"
    assert [r.path for r in emu.requests[:2]] == ["/users/@me", "/oauth2/applications/@me"]
    assert emu.requests[0].headers["Authorization"] == "Bot emulator-token"
    assert emu.gateway.heartbeats >= 1
    assert not emu.unknown_requests and not emu.internal_errors


@pytest.mark.asyncio
async def test_message_create_and_reply(discord_world: StandardWorld) -> None:
    emu, world = discord_world.emulator, discord_world
    bot = MiniBot()
    async with running(bot):
        sent = await emu.send_message(world.general.id, f"hi {world.bot.mention}", author=world.member)
        request = await emu.wait_for_request("POST", MESSAGES)
        assert request.path == f"/channels/{world.general.id}/messages"
        assert request.json["content"] == f"echo: hi {world.bot.mention}"
        assert request.json["message_reference"]["message_id"] == int(sent["id"])
        dispatch = next(d for d in emu.dispatched if d.event == "MESSAGE_CREATE" and d.data["id"] == sent["id"])
        assert 0 < request.received_at - dispatch.sent_at < 5  # MESSAGE_CREATE -> reply latency
        received = bot.seen[0]
        assert received.author.id == world.member.id and received.guild.id == world.guild.id
        assert received.mentions[0].id == world.bot.id
        # The bot's reply is stored and echoed back as MESSAGE_CREATE, as Discord does.
        reply = emu.message(request.response["id"])
        assert reply["referenced_message"]["id"] == sent["id"]
        await emu.wait_until(lambda: any(m.id == int(reply["id"]) for m in bot.seen), what="echo of the reply")


@pytest.mark.asyncio
async def test_dm_message_has_no_guild(discord_world: StandardWorld) -> None:
    emu, world = discord_world.emulator, discord_world
    bot = MiniBot()
    async with running(bot):
        sent = await emu.send_dm(world.member, "hello in private")
        assert "guild_id" not in sent
        request = await emu.wait_for_request("POST", MESSAGES)
        assert request.path == f"/channels/{world.member_dm.id}/messages"
        assert isinstance(bot.seen[0].channel, discord.DMChannel) and bot.seen[0].guild is None
        # A bot-initiated DM goes through POST /users/@me/channels first.
        await bot.get_user(world.manager.id).send("psst")
        dm_open = await emu.wait_for_request("POST", "/users/@me/channels")
        assert dm_open.json == {"recipient_id": world.manager.id}


@pytest.mark.asyncio
async def test_message_content_needs_intent(discord_world: StandardWorld) -> None:
    emu, world = discord_world.emulator, discord_world
    bot = MiniBot(message_content=False)
    async with running(bot):
        await emu.send_message(world.general, "no intent, no content")
        await emu.wait_for_request("POST", MESSAGES)
        await emu.send_message(world.general, f"{world.bot.mention} mentioned")
        await emu.wait_for_request("POST", MESSAGES)
        assert [m.content for m in bot.seen if not m.author.bot] == ["", f"{world.bot.mention} mentioned"]


@pytest.mark.asyncio
async def test_commands_sync_and_slash_commands(discord_world: StandardWorld) -> None:
    emu, world = discord_world.emulator, discord_world
    bot = MiniBot()
    async with running(bot):
        synced = emu.commands()
        assert {c["name"] for c in synced} == {"ping", "kb", "slow"}
        assert all(c["id"] and c["application_id"] == str(emu.application_id) for c in synced)
        assert emu.find_requests("PUT", rf"/applications/{emu.application_id}/commands")

        ping = await emu.send_slash_command("ping", channel_id=world.questions)
        callback = await emu.wait_for_interaction_response(ping)
        assert callback.json["type"] == 4
        assert callback.json["data"]["content"] == "pong from Emulated Server"
        assert callback.query == {"with_response": "1"}
        assert callback.response["interaction"]["id"] == ping["id"]
        assert callback.response["resource"]["message"]["content"] == "pong from Emulated Server"
        assert ping["data"]["id"] == next(c["id"] for c in synced if c["name"] == "ping")
        required = {"application_id", "token", "version", "locale", "app_permissions", "entitlements"}
        required |= {"authorizing_integration_owners", "context", "attachment_size_limit", "member", "guild_id"}
        assert required <= ping.keys()

        allowed = await emu.send_slash_command("kb status", {"verbose": True}, channel_id=world.general, user=world.manager)
        assert int(allowed["member"]["permissions"]) & MANAGE_GUILD
        assert allowed["data"]["options"] == [
            {"name": "status", "type": 1, "options": [{"name": "verbose", "type": 5, "value": True}]}
        ]
        answer = await emu.wait_for_interaction_response(allowed)
        assert answer.json["data"]["content"] == "kb ok verbose=True"
        assert answer.json["data"]["flags"] & 64  # ephemeral

        denied = await emu.send_slash_command("kb status", channel_id=world.general, user=world.member)
        assert not int(denied["member"]["permissions"]) & MANAGE_GUILD
        answer = await emu.wait_for_interaction_response(denied)
        assert answer.json["data"]["content"] == "denied: MissingPermissions"

        grouped = await emu.send_slash_command("kb admin reload", channel_id=world.general, user=world.manager)
        answer = await emu.wait_for_interaction_response(grouped)
        assert answer.json["data"]["content"] == "reloaded"
        assert grouped["data"]["options"][0]["type"] == 2  # SUB_COMMAND_GROUP


@pytest.mark.asyncio
async def test_autocomplete_returns_choices(discord_world: StandardWorld) -> None:
    emu, world = discord_world.emulator, discord_world
    bot = MiniBot()
    async with running(bot):
        typing = await emu.send_autocomplete("kb search", {"query": "arr"}, focused="query", channel_id=world.questions)
        callback = await emu.wait_for_interaction_response(typing)
        assert callback.json["type"] == 8
        assert callback.json["data"]["choices"] == [
            {"name": "arrest age", "value": "arrest age"},
            {"name": "arrest warrant", "value": "arrest warrant"},
        ]


@pytest.mark.asyncio
async def test_defer_followup_and_edit_original(discord_world: StandardWorld) -> None:
    emu, world = discord_world.emulator, discord_world
    bot = MiniBot()
    async with running(bot):
        emu.rate_limit_next("POST", r"/webhooks/\d+/[^/]+", retry_after=0.1)  # the followup is retried
        run = await emu.send_slash_command("kb search", {"query": "miranda"}, channel_id=world.questions)
        callback = await emu.wait_for_interaction_response(run)
        assert callback.json == {"type": 5}
        followups = [await emu.wait_for_request("POST", r"/webhooks/\d+/[^/]+", status=s) for s in (429, 200)]
        assert followups[1].json["content"] == "results for miranda"
        edit = await emu.wait_for_request("PATCH", r"/webhooks/\d+/[^/]+/messages/@original")
        assert edit.json["content"] == "final results for miranda"
        record = emu.interaction(run)
        # The first followup after a thinking defer replaces the loading message (same id).
        assert followups[1].response["id"] == str(record.original_message_id)
        assert emu.message(record.original_message_id)["content"] == "final results for miranda"


@pytest.mark.asyncio
async def test_button_click_reaches_view(discord_world: StandardWorld) -> None:
    emu, world = discord_world.emulator, discord_world
    bot = MiniBot()
    async with running(bot):
        await emu.send_message(world.general, "buttons")
        posted = await emu.wait_for_request("POST", MESSAGES)
        button = posted.json["components"][0]["components"][0]
        assert button["custom_id"] == "mini:click"

        click = await emu.click_button(posted.response["id"], "mini:click", user=world.moderator)
        assert click["message"]["id"] == posted.response["id"]
        callback = await emu.wait_for_interaction_response(click)
        assert callback.json["type"] == 7
        assert callback.json["data"]["content"] == "clicked by moderator"
        assert bot.clicks == [world.moderator.id]
        assert emu.message(posted.response["id"])["content"] == "clicked by moderator"

        # A view sent as an interaction response is keyed by response_message_id.
        reload = await emu.send_slash_command("kb admin reload", channel_id=world.general, user=world.manager)
        await emu.wait_for_interaction_response(reload)
        original = emu.interaction(reload).original_message_id
        await emu.click_button(original, "mini:click", user=world.member)
        await emu.wait_until(lambda: len(bot.clicks) == 2, what="second click")


@pytest.mark.asyncio
async def test_drop_connection_resumes_and_replays(discord_world: StandardWorld) -> None:
    emu, world = discord_world.emulator, discord_world
    bot = MiniBot()
    async with running(bot):
        assert await emu.drop_connection() == 1
        # Sent while the socket is down: buffered and replayed on RESUME with its sequence number.
        await emu.send_message(world.general, "while down")
        await asyncio.wait_for(bot.resumed.wait(), 5)
        assert emu.resumes == 1
        assert emu.gateway.connection_paths == ["/gateway", "/gateway/resume"]  # resume_gateway_url was used
        first = await emu.wait_for_request("POST", MESSAGES)
        assert first.json["content"] == "echo: while down"

        await emu.send_message(world.general, "after resume")
        second = await emu.wait_for_request("POST", MESSAGES)
        assert second.json["content"] == "echo: after resume"
        assert bot.ws.sequence == emu.gateway.live_sessions()[0].seq
        assert len(emu.identifies) == 1  # resumed, not re-identified


@pytest.mark.asyncio
async def test_rate_limited_send_is_retried(discord_emulator: DiscordEmulator, discord_world: StandardWorld) -> None:
    emu, world = discord_emulator, discord_world
    assert emu is world.emulator
    bot = MiniBot()
    async with running(bot):
        rule = emu.rate_limit_next("POST", MESSAGES, retry_after=0.2)
        await emu.send_message(world.general, "under pressure")
        posted = await emu.wait_for_request("POST", MESSAGES, status=200)
        limited = emu.find_requests("POST", MESSAGES, status=429)
        assert len(limited) == 1 and rule.hits == [limited[0].index]
        assert limited[0].response == {"message": "You are being rate limited.", "retry_after": 0.2, "global": False}
        assert limited[0].response_headers["Via"] == "1.1 google"
        assert limited[0].response_headers["X-RateLimit-Remaining"] == "0"
        assert posted.received_at - limited[0].received_at >= 0.2
        assert posted.json["content"] == "echo: under pressure"


@pytest.mark.asyncio
async def test_discord_errors_are_realistic(discord_world: StandardWorld) -> None:
    emu, world = discord_world.emulator, discord_world
    bot = MiniBot()
    async with running(bot):
        await emu.send_message(world.general, "too long")
        await emu.wait_for_request("POST", MESSAGES, status=400)
        error = bot.errors[0]
        assert isinstance(error, discord.HTTPException) and error.code == 50035

        with pytest.raises(discord.Forbidden):
            await bot.get_channel(world.read_only.id).send("no posting here")

        with pytest.raises(discord.NotFound):
            await bot.http.request(discord.http.Route("GET", "/not/a/route"))
        assert [r.path for r in emu.unknown_requests] == ["/not/a/route"]

        # Answering an interaction twice is rejected like on Discord (40060).
        ping = await emu.send_slash_command("ping", channel_id=world.general)
        await emu.wait_for_interaction_response(ping)
        url = f"{emu.api_base}/interactions/{ping['id']}/{ping['token']}/callback"
        async with aiohttp.ClientSession() as session, session.post(url, json={"type": 4, "data": {"content": "again"}}) as resp:
            assert resp.status == 400
            assert resp.headers["Content-Type"] == "application/json"
            assert (await resp.json())["code"] == 40060

        # Discord gives 3s for the first response; here 0.2s, so the slow command's answer is refused.
        emu.interaction_deadline = 0.2
        slow = await emu.send_slash_command("slow", channel_id=world.general)
        refused = await emu.wait_for_request("POST", rf"/interactions/{slow['id']}/[^/]+/callback")
        assert refused.status == 404 and refused.response["code"] == 10062
        await emu.wait_until(lambda: len(bot.errors) == 2, what="NotFound in the bot")
        assert isinstance(bot.errors[1], discord.NotFound)


@pytest.mark.asyncio
async def test_gateway_bot_discovery_and_direct_url(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only Route.BASE is patched: AutoShardedClient finds the websocket via GET /gateway/bot."""
    async with DiscordEmulator(token="secret-token") as emu:
        world = populate_standard_world(emu)
        monkeypatch.setattr(discord.http.Route, "BASE", emu.api_base)
        monkeypatch.setattr(discord.gateway.DiscordWebSocket, "DEFAULT_GATEWAY", yarl.URL("ws://127.0.0.1:9/unused"))
        client = discord.AutoShardedClient(intents=discord.Intents.default(), guild_ready_timeout=0.1)
        task = asyncio.create_task(client.start("secret-token"))
        try:
            await asyncio.wait_for(client.wait_until_ready(), READY_TIMEOUT)
            assert client.get_guild(world.guild.id) is not None
            assert emu.identifies[0].shard == (0, 1)
            gateway_bot = emu.find_requests("GET", "/gateway/bot")[0]
            assert gateway_bot.response["url"] == emu.gateway_url
            assert gateway_bot.response["session_start_limit"]["max_concurrency"] == 1
        finally:
            await asyncio.wait_for(client.close(), 5)
            with contextlib.suppress(asyncio.CancelledError):
                await asyncio.wait_for(task, 5)

        # A client handed the gateway URL directly (e.g. via DISCORD_GATEWAY_URL) connects too.
        monkeypatch.setattr(discord.gateway.DiscordWebSocket, "DEFAULT_GATEWAY", yarl.URL(emu.env()["DISCORD_GATEWAY_URL"]))
        plain = discord.Client(intents=discord.Intents.default(), guild_ready_timeout=0.1)
        started = time.perf_counter()
        async with running(plain, token="secret-token"):
            assert plain.get_guild(world.guild.id) is not None
        assert time.perf_counter() - started < READY_TIMEOUT
        assert len(emu.identifies) == 2

        # A wrong token is refused at login, like Discord.
        bad = discord.Client(intents=discord.Intents.default())
        with pytest.raises(discord.LoginFailure):
            await asyncio.wait_for(bad.login("wrong-token"), 5)
        await bad.close()
