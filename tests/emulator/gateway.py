"""The emulated gateway websocket: HELLO, IDENTIFY/READY/GUILD_CREATE, heartbeats, RESUME with replay,
member chunking, and per-session dispatch honouring intents and shards.

Frames are plain JSON text; discord.py asks for ``compress=zlib-stream`` but handles text frames.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSMsgType, web

from . import payloads
from .state import DispatchRecord, EmulatorState, IdentifyRecord

_log = logging.getLogger(__name__)

DISPATCH, HEARTBEAT, IDENTIFY, PRESENCE_UPDATE, VOICE_STATE_UPDATE = 0, 1, 2, 3, 4
RESUME, RECONNECT, REQUEST_GUILD_MEMBERS, INVALID_SESSION, HELLO, HEARTBEAT_ACK = 6, 7, 8, 9, 10, 11

INTENT_GUILD_MEMBERS = 1 << 1
INTENT_GUILD_MESSAGES = 1 << 9
INTENT_DIRECT_MESSAGES = 1 << 12
INTENT_MESSAGE_CONTENT = 1 << 15
INTENT_GUILD_PRESENCES = 1 << 8
PRIVILEGED_INTENTS = INTENT_GUILD_MEMBERS | INTENT_GUILD_PRESENCES | INTENT_MESSAGE_CONTENT

#: Close codes after which Discord (and discord.py) consider the session finished, not resumable.
CLEAN_CLOSE_CODES = (1000, 1001)


def _frame(op: int, d: Any, s: int | None = None, t: str | None = None) -> str:
    return json.dumps({"op": op, "d": d, "s": s, "t": t}, separators=(",", ":"))


@dataclass(eq=False)
class GatewayConnection:
    """One websocket; becomes bound to a session by IDENTIFY or RESUME."""

    ws: web.WebSocketResponse
    request: web.Request
    path: str
    session: GatewaySession | None = None
    heartbeats: int = 0
    dropped: bool = False


@dataclass(eq=False)
class GatewaySession:
    """A Discord gateway session: survives disconnects and can be RESUMEd from its backlog."""

    session_id: str
    intents: int | None
    shard: tuple[int, int] | None
    large_threshold: int
    seq: int = 0
    backlog: list[tuple[int, str]] = field(default_factory=list)
    connection: GatewayConnection | None = None
    resumes: int = 0
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    def wants(self, intent: int) -> bool:
        return self.intents is None or bool(self.intents & intent)

    def handles_guild(self, guild_id: int | None) -> bool:
        """Discord's shard routing: ``(guild_id >> 22) % num_shards``; DMs go to shard 0."""
        if self.shard is None:
            return True
        shard_id, count = self.shard
        if guild_id is None:
            return shard_id == 0
        return (guild_id >> 22) % count == shard_id


class Gateway:
    """Owns the websocket endpoint and all sessions; ``dispatch`` fans events out to the right ones."""

    def __init__(
        self,
        state: EmulatorState,
        *,
        resume_url: Callable[[], str],
        token: str | None,
        heartbeat_interval_ms: int,
        enforce_message_content_intent: bool,
        application_flags: int = 0,
    ) -> None:
        self.state = state
        self._resume_url = resume_url
        self.token = token
        self.heartbeat_interval_ms = heartbeat_interval_ms
        self.enforce_message_content_intent = enforce_message_content_intent
        self.application_flags = application_flags
        #: Privileged intents switched on in the (emulated) Developer Portal; IDENTIFY asking for any
        #: other privileged intent is closed with 4014, as Discord does.
        self.enabled_privileged_intents = PRIVILEGED_INTENTS
        self.sessions: dict[str, GatewaySession] = {}
        self.connections: set[GatewayConnection] = set()
        self.connection_paths: list[str] = []
        self.presence_updates: list[dict[str, Any]] = []
        self.resumes = 0
        self.heartbeats = 0
        self.invalid_resumes = 0

    # -- websocket endpoint -------------------------------------------------------------------------

    async def handle(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(max_msg_size=0, compress=False, timeout=2.0)
        await ws.prepare(request)
        conn = GatewayConnection(ws=ws, request=request, path=request.path)
        self.connections.add(conn)
        self.connection_paths.append(request.path)
        self.state.notifier.changed()
        try:
            await ws.send_str(_frame(HELLO, {"heartbeat_interval": self.heartbeat_interval_ms, "_trace": ["emulator"]}))
            async for msg in ws:
                if msg.type is WSMsgType.TEXT:
                    await self._on_payload(conn, json.loads(msg.data))
                elif msg.type is WSMsgType.BINARY:
                    await self._on_payload(conn, json.loads(msg.data.decode()))
                else:
                    break
        except ConnectionResetError:
            pass
        finally:
            self._forget(conn)
        return ws

    def _forget(self, conn: GatewayConnection) -> None:
        self.connections.discard(conn)
        session = conn.session
        if session is not None and session.connection is conn:
            session.connection = None
            if not conn.dropped and conn.ws.close_code in CLEAN_CLOSE_CODES:
                self.sessions.pop(session.session_id, None)
        self.state.notifier.changed()

    async def _on_payload(self, conn: GatewayConnection, payload: dict[str, Any]) -> None:
        op, d = payload.get("op"), payload.get("d")
        if op == HEARTBEAT:
            conn.heartbeats += 1
            self.heartbeats += 1
            await self._send_raw(conn, _frame(HEARTBEAT_ACK, None))
        elif op == IDENTIFY:
            await self._identify(conn, d or {})
        elif op == RESUME:
            await self._resume(conn, d or {})
        elif conn.session is None:
            await conn.ws.close(code=4003, message=b"Not authenticated.")
        elif op == REQUEST_GUILD_MEMBERS:
            await self._request_members(conn.session, d or {})
        elif op == PRESENCE_UPDATE:
            self.presence_updates.append(d or {})
            self.state.notifier.changed()
        elif op == VOICE_STATE_UPDATE:
            pass
        else:
            await conn.ws.close(code=4001, message=b"Unknown opcode.")

    async def _send_raw(self, conn: GatewayConnection, frame: str) -> bool:
        if conn.ws.closed or conn.dropped:
            return False
        try:
            await conn.ws.send_str(frame)
        except (ConnectionResetError, RuntimeError):
            return False
        return True

    # -- identify / resume --------------------------------------------------------------------------

    async def _identify(self, conn: GatewayConnection, d: dict[str, Any]) -> None:
        if conn.session is not None:
            await conn.ws.close(code=4005, message=b"Already authenticated.")
            return
        if self.token is not None and d.get("token") != self.token:
            await conn.ws.close(code=4004, message=b"Authentication failed.")
            return
        if int(d.get("intents") or 0) & PRIVILEGED_INTENTS & ~self.enabled_privileged_intents:
            await conn.ws.close(code=4014, message=b"Disallowed intent(s).")
            return
        shard = tuple(d["shard"]) if d.get("shard") else None
        if shard is not None and not 0 <= shard[0] < shard[1]:
            await conn.ws.close(code=4010, message=b"Invalid shard.")
            return
        session = GatewaySession(
            session_id=secrets.token_hex(16),
            intents=d.get("intents"),
            shard=shard,  # type: ignore[arg-type]
            large_threshold=int(d.get("large_threshold") or 50),
        )
        # A fresh IDENTIFY supersedes disconnected sessions of the same shard.
        for stale in [s for s in self.sessions.values() if s.connection is None and s.shard == session.shard]:
            self.sessions.pop(stale.session_id, None)
        self.sessions[session.session_id] = session
        self.state.identifies.append(IdentifyRecord(session.session_id, session.intents, session.shard, d.get("token"), d))
        async with session.lock:
            session.connection = conn
            conn.session = session
            await self._dispatch_locked(session, "READY", self._ready_payload(session))
            for guild in self.state.guilds.values():
                if session.handles_guild(guild.id):
                    await self._dispatch_locked(session, "GUILD_CREATE", self._guild_payload(session, guild.id))
        self.state.notifier.changed()

    def _ready_payload(self, session: GatewaySession) -> dict[str, Any]:
        data: dict[str, Any] = {
            "v": 10,
            "user": payloads.self_user(self.state.bot_user),
            "guilds": [{"id": str(g), "unavailable": True} for g in self.state.guilds if session.handles_guild(g)],
            "session_id": session.session_id,
            "resume_gateway_url": self._resume_url(),
            "session_type": "normal",
            "application": {"id": str(self.state.application_id), "flags": self.application_flags},
            "private_channels": [],
            "relationships": [],
            "presences": [],
            "guild_join_requests": [],
            "geo_ordered_rtc_regions": [],
            "auth": {},
            "user_settings": {},
            "_trace": ["emulator"],
        }
        if session.shard is not None:
            data["shard"] = list(session.shard)
        return data

    def _guild_payload(self, session: GatewaySession, guild_id: int) -> dict[str, Any]:
        guild = self.state.guilds[guild_id]
        if session.wants(INTENT_GUILD_MEMBERS):
            members = list(guild.members.values())
        else:  # without the privileged intent Discord only sends the bot's own member
            members = [m for m in guild.members.values() if m.user.id == self.state.bot_user.id]
        return payloads.guild_create(guild, members=members, large_threshold=session.large_threshold)

    async def _resume(self, conn: GatewayConnection, d: dict[str, Any]) -> None:
        session = self.sessions.get(str(d.get("session_id")))
        token_ok = self.token is None or d.get("token") == self.token
        if session is None or not token_ok:
            self.invalid_resumes += 1
            await self._send_raw(conn, _frame(INVALID_SESSION, False))
            self.state.notifier.changed()
            return
        async with session.lock:
            previous = session.connection
            if previous is not None and previous is not conn:
                previous.dropped = True
                with contextlib.suppress(Exception):
                    await previous.ws.close(code=4000)
            session.connection = conn
            conn.session = session
            last_seen = d.get("seq") or 0
            for seq, frame in session.backlog:
                if seq > last_seen:
                    await self._send_raw(conn, frame)
            session.resumes += 1
            self.resumes += 1
            await self._dispatch_locked(session, "RESUMED", {"_trace": ["emulator"]})
        self.state.notifier.changed()

    async def _request_members(self, session: GatewaySession, d: dict[str, Any]) -> None:
        guild = self.state.guilds.get(int(d.get("guild_id", 0)))
        if guild is None:
            return
        members = list(guild.members.values())
        user_ids = [int(u) for u in (d.get("user_ids") or [])]
        if user_ids:
            members = [m for m in members if m.user.id in user_ids]
        elif d.get("query"):
            query = str(d["query"]).lower()
            members = [
                m for m in members if m.user.username.lower().startswith(query) or (m.nick or "").lower().startswith(query)
            ]
        limit = int(d.get("limit") or 0)
        if limit:
            members = members[:limit]
        data: dict[str, Any] = {
            "guild_id": str(guild.id),
            "members": [payloads.member(m) for m in members],
            "chunk_index": 0,
            "chunk_count": 1,
        }
        if user_ids:
            found = {m.user.id for m in members}
            data["not_found"] = [str(u) for u in user_ids if u not in found]
        if d.get("presences"):
            data["presences"] = []
        if d.get("nonce"):
            data["nonce"] = d["nonce"]
        async with session.lock:
            await self._dispatch_locked(session, "GUILD_MEMBERS_CHUNK", data)

    # -- dispatch -----------------------------------------------------------------------------------

    async def _dispatch_locked(self, session: GatewaySession, event: str, data: dict[str, Any]) -> DispatchRecord:
        """Assign the next sequence number, keep the frame for RESUME replay, and send it if connected."""
        session.seq += 1
        frame = _frame(DISPATCH, data, session.seq, event)
        session.backlog.append((session.seq, frame))
        conn = session.connection
        delivered = await self._send_raw(conn, frame) if conn is not None else False
        record = DispatchRecord(session.session_id, session.seq, event, data, time.perf_counter(), delivered)
        self.state.dispatched.append(record)
        self.state.notifier.changed()
        return record

    def _shape_for(self, session: GatewaySession, event: str, data: dict[str, Any]) -> dict[str, Any] | None:
        """What this session may see: intent gating, and Discord's blanking of content without MESSAGE_CONTENT."""
        if event in ("MESSAGE_CREATE", "MESSAGE_UPDATE", "MESSAGE_DELETE"):
            is_dm = "guild_id" not in data
            if not session.wants(INTENT_DIRECT_MESSAGES if is_dm else INTENT_GUILD_MESSAGES):
                return None
            if (
                event != "MESSAGE_DELETE"
                and self.enforce_message_content_intent
                and not is_dm
                and not session.wants(INTENT_MESSAGE_CONTENT)
            ):
                bot_id = str(self.state.bot_user.id)
                author_id = (data.get("author") or {}).get("id")
                mentioned = any(m.get("id") == bot_id for m in data.get("mentions") or [])
                if author_id != bot_id and not mentioned:
                    data = {**data, "content": "", "embeds": [], "attachments": [], "components": []}
                    data.pop("poll", None)
        return data

    def live_sessions(self) -> list[GatewaySession]:
        return list(self.sessions.values())

    async def dispatch(
        self, event: str, data: dict[str, Any], *, guild_id: int | None = None, require_session: bool = True
    ) -> list[DispatchRecord]:
        """Send an event to every session that should get it; disconnected sessions buffer it for RESUME."""
        sessions = [s for s in self.sessions.values() if s.handles_guild(guild_id)]
        if require_session and not sessions:
            raise RuntimeError(f"cannot dispatch {event}: no gateway session (has the client connected?)")
        records = []
        for session in sessions:
            shaped = self._shape_for(session, event, data)
            if shaped is None:
                continue
            async with session.lock:
                records.append(await self._dispatch_locked(session, event, shaped))
        return records

    # -- fault injection ----------------------------------------------------------------------------

    async def drop_connections(self, code: int | None = None) -> int:
        """Kill live sockets without a clean close (TCP abort, or a close frame with ``code``); sessions stay resumable."""
        dropped = 0
        for conn in list(self.connections):
            if conn.session is None or conn.ws.closed:
                continue
            conn.dropped = True
            if conn.session.connection is conn:
                conn.session.connection = None
            transport = conn.request.transport
            if code is None and transport is not None:
                transport.abort()
            else:
                with contextlib.suppress(Exception):
                    await conn.ws.close(code=code or 4000, message=b"Emulator dropped the connection.")
            dropped += 1
        self.state.notifier.changed()
        return dropped

    async def send_op(self, op: int, d: Any = None) -> int:
        """Send a raw opcode (e.g. RECONNECT, INVALID_SESSION) to every live connection."""
        sent = 0
        for conn in list(self.connections):
            if conn.session is not None and await self._send_raw(conn, _frame(op, d)):
                sent += 1
        return sent

    async def close(self) -> None:
        for conn in list(self.connections):
            conn.dropped = True
            with contextlib.suppress(Exception):
                await conn.ws.close(code=1001, message=b"Emulator shutting down.")
        self.connections.clear()
