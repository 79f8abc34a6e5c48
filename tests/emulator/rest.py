"""The emulated REST API (v10): a small route table, request recording, scripted 429s, and
Discord-shaped errors. Unknown routes are recorded and answered 404 so tests can spot them.

JSON answers carry ``Content-Type: application/json`` exactly: discord.py compares the header
verbatim and treats anything else (e.g. ``; charset=utf-8``) as text.
"""

from __future__ import annotations

import json
import logging
import re
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from . import payloads
from .gateway import Gateway
from .interactions import APPLICATION_COMMAND, AUTOCOMPLETE, MESSAGE_COMPONENT, MODAL_SUBMIT, PING
from .messages import CHAT_INPUT_COMMAND, DEFAULT, EPHEMERAL, LOADING, MessageService
from .models import Channel, Guild
from .permissions import SEND_MESSAGES, VIEW_CHANNEL, channel_permissions
from .ratelimit import RateLimitRule, normal_headers, rate_limited
from .state import EmulatorState, InteractionRecord, RecordedFile, RecordedRequest
from .validation import ApiError, invalid_form, validate_autocomplete, validate_message

_log = logging.getLogger(__name__)

JSON = dict[str, Any]

_API_PREFIX = re.compile(r"^/api(?:/v\d+)?")
_COMMAND_NAME = re.compile(r"^[-_\w]{1,32}$")

#: Which callback types Discord accepts for each interaction type.
ALLOWED_CALLBACKS = {
    PING: {1},
    APPLICATION_COMMAND: {4, 5, 9, 12},
    MESSAGE_COMPONENT: {4, 5, 6, 7, 9, 12},
    AUTOCOMPLETE: {8},
    MODAL_SUBMIT: {4, 5, 6, 7},
}


@dataclass
class Call:
    """What a route handler gets: path parameters, parsed body, query, and its own record."""

    record: RecordedRequest
    params: dict[str, str]
    json: Any
    files: list[RecordedFile]
    query: dict[str, str]


@dataclass
class Reply:
    """A handler's answer; ``body`` None means 204 No Content."""

    body: Any = None
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)


Handler = Callable[[Call], Awaitable[Reply]]


@dataclass
class RouteSpec:
    method: str
    template: str
    handler: Handler
    authenticated: bool = True

    def __post_init__(self) -> None:
        self.regex = re.compile("^" + re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", self.template) + "$")

    @property
    def key(self) -> str:
        return f"{self.method} {self.template}"


def json_response(status: int, body: Any, headers: dict[str, str] | None = None) -> web.Response:
    if body is None:
        return web.Response(status=204 if status == 200 else status, headers=headers or {})
    return web.Response(
        status=status,
        body=json.dumps(body).encode(),
        headers={**(headers or {}), "Content-Type": "application/json"},
    )


async def _read_body(request: web.Request) -> tuple[Any, list[RecordedFile]]:
    """JSON body, or a multipart form's ``payload_json`` plus its files."""
    if request.content_type.startswith("multipart/"):
        parsed: Any = None
        files: list[RecordedFile] = []
        reader = await request.multipart()
        while (part := await reader.next()) is not None:
            if part.name == "payload_json":  # type: ignore[union-attr]
                parsed = json.loads(await part.text())  # type: ignore[union-attr]
            else:
                data = await part.read()  # type: ignore[union-attr]
                files.append(
                    RecordedFile(
                        field=part.name or "",  # type: ignore[union-attr]
                        filename=part.filename,  # type: ignore[union-attr]
                        content_type=part.headers.get("Content-Type"),
                        data=bytes(data),
                    )
                )
        return parsed, files
    raw = await request.read()
    if not raw:
        return None, []
    try:
        return json.loads(raw), []
    except ValueError:
        return raw.decode(errors="replace"), []


class RestApi:
    """Route table plus handlers; shares state with the gateway through ``EmulatorState``."""

    def __init__(
        self,
        state: EmulatorState,
        gateway: Gateway,
        messages: MessageService,
        *,
        gateway_url: Callable[[], str],
        token: str | None,
        shards: int,
        interaction_deadline: float | None,
    ) -> None:
        self.state = state
        self.gateway = gateway
        self.messages = messages
        self._gateway_url = gateway_url
        self.token = token
        self.shards = shards
        self.interaction_deadline = interaction_deadline
        self.rate_limits: list[RateLimitRule] = []
        self.internal_errors: list[str] = []
        r = RouteSpec
        self.routes: list[RouteSpec] = [
            r("GET", "/gateway", self.get_gateway, authenticated=False),
            r("GET", "/gateway/bot", self.get_gateway_bot),
            r("GET", "/users/@me", self.get_me),
            r("GET", "/oauth2/applications/@me", self.get_application),
            r("GET", "/applications/@me", self.get_application),
            r("POST", "/users/@me/channels", self.create_dm),
            r("GET", "/users/{user_id}", self.get_user),
            r("GET", "/guilds/{guild_id}", self.get_guild),
            r("GET", "/guilds/{guild_id}/channels", self.get_guild_channels),
            r("GET", "/guilds/{guild_id}/roles", self.get_guild_roles),
            r("GET", "/guilds/{guild_id}/members/{user_id}", self.get_member),
            r("GET", "/channels/{channel_id}", self.get_channel),
            r("POST", "/channels/{channel_id}/typing", self.no_content),
            r("GET", "/channels/{channel_id}/messages", self.get_messages),
            r("POST", "/channels/{channel_id}/messages", self.create_message),
            r("GET", "/channels/{channel_id}/messages/{message_id}", self.get_message),
            r("PATCH", "/channels/{channel_id}/messages/{message_id}", self.edit_message),
            r("DELETE", "/channels/{channel_id}/messages/{message_id}", self.delete_message),
            r("PUT", "/channels/{channel_id}/messages/{message_id}/reactions/{emoji}/@me", self.no_content),
            r("DELETE", "/channels/{channel_id}/messages/{message_id}/reactions/{emoji}/@me", self.no_content),
            r("POST", "/interactions/{interaction_id}/{token}/callback", self.interaction_callback, False),
            r("POST", "/webhooks/{application_id}/{token}", self.create_followup, False),
            r("GET", "/webhooks/{application_id}/{token}/messages/{message_id}", self.get_webhook_message, False),
            r("PATCH", "/webhooks/{application_id}/{token}/messages/{message_id}", self.edit_webhook_message, False),
            r("DELETE", "/webhooks/{application_id}/{token}/messages/{message_id}", self.delete_webhook_message, False),
            r("GET", "/applications/{application_id}/commands", self.get_commands),
            r("PUT", "/applications/{application_id}/commands", self.put_commands),
            r("GET", "/applications/{application_id}/guilds/{guild_id}/commands", self.get_commands),
            r("PUT", "/applications/{application_id}/guilds/{guild_id}/commands", self.put_commands),
        ]

    # -- plumbing -----------------------------------------------------------------------------------

    def _match(self, method: str, path: str) -> tuple[RouteSpec | None, dict[str, str]]:
        for route in self.routes:
            if route.method == method:
                m = route.regex.match(path)
                if m:
                    return route, m.groupdict()
        return None, {}

    async def handle(self, request: web.Request) -> web.Response:
        """Entry point for every HTTP request: record, maybe 429, route, answer."""
        received_at, received_wall = time.perf_counter(), time.time()
        body, files = await _read_body(request)
        path = _API_PREFIX.sub("", request.path) or "/"
        method = request.method.upper()
        route, params = self._match(method, path)
        record = self.state.record_request(
            method=method,
            path=path,
            query=dict(request.query),
            headers=dict(request.headers),
            json=body,
            files=files,
            received_at=received_at,
            received_wall=received_wall,
            route=route.key if route else None,
            params=params,
        )
        status, answer, headers = await self._answer(record, route, Call(record, params, body, files, dict(request.query)))
        self.state.complete_request(record, status, answer, headers)
        return json_response(status, answer, headers)

    async def _answer(self, record: RecordedRequest, route: RouteSpec | None, call: Call) -> tuple[int, Any, dict[str, str]]:
        route_key = route.key if route else f"{record.method} {record.path}"
        for rule in self.rate_limits:
            if rule.matches(record.method, record.path):
                rule.remaining -= 1
                rule.hits.append(record.index)
                body, headers = rate_limited(rule, route_key)
                return 429, body, headers
        if route is None:
            return 404, {"message": "404: Not Found", "code": 0}, {}
        if route.authenticated and self.token is not None and record.headers.get("Authorization") != f"Bot {self.token}":
            return 401, {"message": "401: Unauthorized", "code": 0}, {}
        try:
            reply = await route.handler(call)
        except ApiError as exc:
            return exc.status, exc.body(), normal_headers(route_key)
        except Exception as exc:  # a bug in the emulator: fail the request fast (no 5xx, discord.py would retry)
            _log.exception("emulator error handling %s %s", record.method, record.path)
            self.internal_errors.append(f"{record.method} {record.path}: {exc!r}")
            return 400, {"message": f"emulator internal error: {exc!r}", "code": 0}, {}
        return reply.status, reply.body, {**normal_headers(route_key), **reply.headers}

    # -- lookups --------------------------------------------------------------------------------------

    def _channel(self, channel_id: str) -> Channel:
        channel = self.state.channels.get(int(channel_id)) if channel_id.isdigit() else None
        if channel is None:
            raise ApiError(404, 10003, "Unknown Channel")
        return channel

    def _message(self, channel: Channel, message_id: str) -> JSON:
        data = self.state.messages.get(int(message_id)) if message_id.isdigit() else None
        if data is None or data["channel_id"] != str(channel.id):
            raise ApiError(404, 10008, "Unknown Message")
        return data

    def _check_send(self, channel: Channel) -> None:
        guild = self.state.guild_of(channel)
        if guild is None:
            return
        perms = channel_permissions(guild, channel, self.state.bot_user.id)
        if not perms & VIEW_CHANNEL:
            raise ApiError(403, 50001, "Missing Access")
        if not perms & SEND_MESSAGES:
            raise ApiError(403, 50013, "Missing Permissions")

    # -- simple resources ---------------------------------------------------------------------------

    async def no_content(self, call: Call) -> Reply:
        if "channel_id" in call.params:
            self._channel(call.params["channel_id"])
        return Reply()

    async def get_gateway(self, call: Call) -> Reply:
        return Reply({"url": self._gateway_url()})

    async def get_gateway_bot(self, call: Call) -> Reply:
        limit = {"total": 1000, "remaining": 999, "reset_after": 14_400_000, "max_concurrency": 1}
        return Reply({"url": self._gateway_url(), "shards": self.shards, "session_start_limit": limit})

    async def get_me(self, call: Call) -> Reply:
        return Reply(payloads.self_user(self.state.bot_user))

    async def get_application(self, call: Call) -> Reply:
        app = payloads.application(
            self.state.application_id, self.state.bot_user, self.state.owner_user, flags=self.gateway.application_flags
        )
        return Reply(app)

    async def get_user(self, call: Call) -> Reply:
        user_id = call.params["user_id"]
        user = self.state.users.get(int(user_id)) if user_id.isdigit() else None
        if user is None:
            raise ApiError(404, 10013, "Unknown User")
        return Reply(payloads.user(user))

    async def create_dm(self, call: Call) -> Reply:
        recipient = str((call.json or {}).get("recipient_id", ""))
        user = self.state.users.get(int(recipient)) if recipient.isdigit() else None
        if user is None:
            raise invalid_form({"recipient_id": {"_errors": [{"code": "NUMBER_TYPE_COERCE", "message": "Unknown user"}]}})
        return Reply(payloads.channel(self.state.dm_channel_for(user)))

    def _guild(self, guild_id: str) -> Guild:
        guild = self.state.guilds.get(int(guild_id)) if guild_id.isdigit() else None
        if guild is None:
            raise ApiError(404, 10004, "Unknown Guild")
        return guild

    async def get_guild(self, call: Call) -> Reply:
        guild = self._guild(call.params["guild_id"])
        data = payloads.guild_create(guild, members=[])
        for key in ("channels", "members", "threads", "presences", "voice_states", "joined_at", "large", "member_count"):
            data.pop(key, None)
        return Reply(data)

    async def get_guild_channels(self, call: Call) -> Reply:
        guild = self._guild(call.params["guild_id"])
        return Reply([payloads.channel(c) for c in guild.channels.values()])

    async def get_guild_roles(self, call: Call) -> Reply:
        guild = self._guild(call.params["guild_id"])
        return Reply([payloads.role(r) for r in guild.roles.values()])

    async def get_member(self, call: Call) -> Reply:
        guild = self._guild(call.params["guild_id"])
        user_id = call.params["user_id"]
        member = guild.members.get(int(user_id)) if user_id.isdigit() else None
        if member is None:
            raise ApiError(404, 10007, "Unknown Member")
        return Reply(payloads.member(member))

    async def get_channel(self, call: Call) -> Reply:
        return Reply(payloads.channel(self._channel(call.params["channel_id"])))

    # -- channel messages ---------------------------------------------------------------------------

    async def get_messages(self, call: Call) -> Reply:
        channel = self._channel(call.params["channel_id"])
        limit = int(call.query.get("limit", 50))
        found = [m for m in self.state.messages.values() if m["channel_id"] == str(channel.id)]
        found.sort(key=lambda m: int(m["id"]), reverse=True)
        return Reply(found[:limit])

    async def create_message(self, call: Call) -> Reply:
        channel = self._channel(call.params["channel_id"])
        self._check_send(channel)
        validate_message(call.json, has_files=bool(call.files))
        data = await self.messages.create(channel, self.state.bot_user, call.json, call.files)
        return Reply(data)

    async def get_message(self, call: Call) -> Reply:
        channel = self._channel(call.params["channel_id"])
        return Reply(self._message(channel, call.params["message_id"]))

    async def edit_message(self, call: Call) -> Reply:
        channel = self._channel(call.params["channel_id"])
        data = self._message(channel, call.params["message_id"])
        if data["author"]["id"] != str(self.state.bot_user.id):
            raise ApiError(403, 50005, "Cannot edit a message authored by another user")
        validate_message(call.json, has_files=bool(call.files), creating=False)
        return Reply(await self.messages.edit(int(data["id"]), call.json, call.files))

    async def delete_message(self, call: Call) -> Reply:
        channel = self._channel(call.params["channel_id"])
        data = self._message(channel, call.params["message_id"])
        await self.messages.delete(int(data["id"]))
        return Reply()

    # -- interactions -------------------------------------------------------------------------------

    def _interaction_by_token(self, interaction_id: str, token: str) -> InteractionRecord:
        record = self.state.interactions.get(token)
        if record is None or str(record.id) != interaction_id:
            raise ApiError(404, 10062, "Unknown interaction")
        return record

    async def interaction_callback(self, call: Call) -> Reply:
        record = self._interaction_by_token(call.params["interaction_id"], call.params["token"])
        if record.responded:
            raise ApiError(400, 40060, "Interaction has already been acknowledged.")
        if self.interaction_deadline is not None and time.perf_counter() - record.created_at > self.interaction_deadline:
            raise ApiError(404, 10062, "Unknown interaction")
        body = call.json or {}
        response_type = body.get("type")
        if response_type not in ALLOWED_CALLBACKS.get(record.type, set()):
            raise invalid_form(
                {"type": {"_errors": [{"code": "INTERACTION_RESPONSE_TYPE_INVALID", "message": "Invalid response type"}]}}
            )
        data = body.get("data") or {}
        channel = self.state.channels[record.channel_id] if record.channel_id else None
        message: JSON | None = None
        ephemeral = bool(int(data.get("flags") or 0) & EPHEMERAL)
        if response_type == 4:
            validate_message(data, has_files=bool(call.files))
            message = await self._interaction_message(record, channel, data, call.files)
            record.original_message_id = int(message["id"])
        elif response_type == 5:
            message = await self._interaction_message(record, channel, {"flags": data.get("flags", 0)}, (), LOADING)
            record.original_message_id = int(message["id"])
            record.loading = True
        elif response_type in (6, 7):
            source = (record.payload.get("message") or {}).get("id")
            record.original_message_id = int(source) if source else None
            if response_type == 7:
                validate_message(data, has_files=bool(call.files), creating=False)
                if record.original_message_id not in self.state.messages:
                    raise ApiError(404, 10008, "Unknown Message")
                message = await self.messages.edit(record.original_message_id, data, call.files)
        elif response_type == 8:
            validate_autocomplete(data)
        record.response_type = response_type
        record.response = body
        self.state.notifier.changed()
        if call.query.get("with_response", "").lower() not in ("1", "true"):
            return Reply()
        answer: JSON = {
            "interaction": {
                "id": str(record.id),
                "type": record.type,
                "response_message_id": str(record.original_message_id) if message else None,
                "response_message_loading": response_type == 5,
                "response_message_ephemeral": ephemeral,
            }
        }
        if message is not None:
            answer["resource"] = {"type": response_type, "message": message}
        return Reply(answer)

    async def _interaction_message(
        self,
        record: InteractionRecord,
        channel: Channel | None,
        body: JSON,
        files: Any,
        force_flags: int = 0,
    ) -> JSON:
        if channel is None:
            raise ApiError(404, 10003, "Unknown Channel")
        payload = record.payload
        user = payload.get("member", {}).get("user") or payload.get("user")
        metadata: JSON = {
            "id": str(record.id),
            "type": record.type,
            "user": user,
            "authorizing_integration_owners": payload.get("authorizing_integration_owners", {}),
        }
        if record.type == APPLICATION_COMMAND:
            metadata["name"] = payload.get("data", {}).get("name")
        extra = {
            "webhook_id": str(self.state.application_id),
            "application_id": str(self.state.application_id),
            "interaction_metadata": metadata,
        }
        message_type = CHAT_INPUT_COMMAND if record.type == APPLICATION_COMMAND else DEFAULT
        return await self.messages.create(
            channel,
            self.state.bot_user,
            body,
            files,
            message_type=message_type,
            extra=extra,
            include_member=False,
            force_flags=force_flags,
        )

    def _webhook_interaction(self, call: Call) -> InteractionRecord:
        """Interaction webhooks only exist for our application, once the interaction was acknowledged."""
        record = self.state.interactions.get(call.params["token"])
        if call.params["application_id"] != str(self.state.application_id) or record is None or not record.responded:
            raise ApiError(404, 10015, "Unknown Webhook")
        return record

    def _webhook_message_id(self, record: InteractionRecord, message_id: str) -> int:
        if message_id == "@original":
            if record.original_message_id is None or record.original_message_id not in self.state.messages:
                raise ApiError(404, 10008, "Unknown Message")
            return record.original_message_id
        if not message_id.isdigit() or int(message_id) not in (*record.followup_ids, record.original_message_id):
            raise ApiError(404, 10008, "Unknown Message")
        if int(message_id) not in self.state.messages:
            raise ApiError(404, 10008, "Unknown Message")
        return int(message_id)

    async def create_followup(self, call: Call) -> Reply:
        record = self._webhook_interaction(call)
        validate_message(call.json, has_files=bool(call.files))
        if record.loading and record.original_message_id in self.state.messages:
            # Discord: the first followup after a "thinking" defer replaces the loading message.
            record.loading = False
            message = await self.messages.edit(record.original_message_id, call.json, call.files)  # type: ignore[arg-type]
        else:
            channel = self.state.channels.get(record.channel_id) if record.channel_id else None
            message = await self._interaction_message(record, channel, call.json or {}, call.files)
            record.followup_ids.append(int(message["id"]))
        self.state.notifier.changed()
        if call.query.get("wait", "").lower() in ("1", "true"):
            return Reply(message)
        return Reply()

    async def get_webhook_message(self, call: Call) -> Reply:
        record = self._webhook_interaction(call)
        return Reply(self.state.messages[self._webhook_message_id(record, call.params["message_id"])])

    async def edit_webhook_message(self, call: Call) -> Reply:
        record = self._webhook_interaction(call)
        message_id = self._webhook_message_id(record, call.params["message_id"])
        validate_message(call.json, has_files=bool(call.files), creating=False)
        if message_id == record.original_message_id:
            record.loading = False
        return Reply(await self.messages.edit(message_id, call.json, call.files))

    async def delete_webhook_message(self, call: Call) -> Reply:
        record = self._webhook_interaction(call)
        await self.messages.delete(self._webhook_message_id(record, call.params["message_id"]))
        return Reply()

    # -- application commands -----------------------------------------------------------------------

    def _command_pool(self, call: Call) -> tuple[int | None, list[JSON]]:
        if call.params["application_id"] != str(self.state.application_id):
            raise ApiError(403, 50001, "Missing Access")
        guild_id = call.params.get("guild_id")
        if guild_id is not None:
            self._guild(guild_id)
            return int(guild_id), self.state.commands_for(int(guild_id))
        return None, self.state.commands_for(None)

    async def get_commands(self, call: Call) -> Reply:
        _, pool = self._command_pool(call)
        return Reply(list(pool))

    async def put_commands(self, call: Call) -> Reply:
        """Bulk overwrite: keeps ids of commands that survive by (name, type), as Discord does."""
        guild_id, pool = self._command_pool(call)
        body = call.json or []
        errors: JSON = {}
        if len(body) > 100:
            errors["_errors"] = [{"code": "BASE_TYPE_MAX_LENGTH", "message": "Must be 100 or fewer in length."}]
        for index, command in enumerate(body):
            kind = command.get("type", 1)
            name = command.get("name") or ""
            if kind == 1 and (not _COMMAND_NAME.match(name) or name != name.lower()):
                errors.setdefault(str(index), {})["name"] = {
                    "_errors": [{"code": "APPLICATION_COMMAND_INVALID_NAME", "message": "Command name is invalid"}]
                }
            if kind == 1 and not 1 <= len(command.get("description") or "") <= 100:
                errors.setdefault(str(index), {})["description"] = {
                    "_errors": [{"code": "BASE_TYPE_BAD_LENGTH", "message": "Must be between 1 and 100 in length."}]
                }
            if len(command.get("options") or []) > 25:
                errors.setdefault(str(index), {})["options"] = {
                    "_errors": [{"code": "BASE_TYPE_MAX_LENGTH", "message": "Must be 25 or fewer in length."}]
                }
        if errors:
            raise invalid_form(errors)
        existing = {(c["name"], c.get("type", 1)): c for c in pool}
        stored = []
        for command in body:
            old = existing.get((command["name"], command.get("type", 1)))
            echoed: JSON = {
                "type": 1,
                "description": "",
                "options": [],
                "default_member_permissions": None,
                "dm_permission": True,
                "nsfw": False,
                **command,
                "id": old["id"] if old else str(self.state.new_id()),
                "application_id": str(self.state.application_id),
                "version": str(self.state.new_id()),
            }
            if guild_id is not None:
                echoed["guild_id"] = str(guild_id)
            stored.append(echoed)
        pool[:] = stored
        self.state.notifier.changed()
        return Reply(stored)
