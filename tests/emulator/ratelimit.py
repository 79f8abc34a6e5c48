"""Scripted 429s with the headers discord.py needs to treat them as real Discord rate limits.

discord.py only retries a 429 that carries a ``Via`` header and a JSON body; without ``Via`` it
assumes a Cloudflare ban and raises.
"""

from __future__ import annotations

import hashlib
import math
import re
import time
from dataclasses import dataclass, field
from typing import Any

NORMAL_LIMIT = 50


@dataclass
class RateLimitRule:
    """Answer the next ``remaining`` requests matching ``method`` + ``path_pattern`` (full regex match) with 429."""

    method: str
    path_pattern: str
    retry_after: float = 0.2
    is_global: bool = False
    scope: str = "user"
    remaining: int = 1
    hits: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._regex = re.compile(self.path_pattern)

    def matches(self, method: str, path: str) -> bool:
        if self.remaining <= 0:
            return False
        if self.method not in ("*", method.upper()):
            return False
        return self._regex.fullmatch(path) is not None

    @property
    def exhausted(self) -> bool:
        return self.remaining <= 0


def bucket_hash(route_key: str) -> str:
    """A stable fake ``X-RateLimit-Bucket`` per route template."""
    return hashlib.sha1(route_key.encode()).hexdigest()[:16]


def normal_headers(route_key: str) -> dict[str, str]:
    """Headers for a successful answer: a roomy bucket, so discord.py never pre-emptively waits."""
    now = time.time()
    return {
        "X-RateLimit-Bucket": bucket_hash(route_key),
        "X-RateLimit-Limit": str(NORMAL_LIMIT),
        "X-RateLimit-Remaining": str(NORMAL_LIMIT - 1),
        "X-RateLimit-Reset": f"{now + 1:.3f}",
        "X-RateLimit-Reset-After": "1.000",
    }


def rate_limited(rule: RateLimitRule, route_key: str) -> tuple[dict[str, Any], dict[str, str]]:
    """The 429 body and headers Discord sends (``Via`` included, as discord.py requires)."""
    now = time.time()
    body = {"message": "You are being rate limited.", "retry_after": rule.retry_after, "global": rule.is_global}
    headers = {
        "Via": "1.1 google",
        "Retry-After": str(max(1, math.ceil(rule.retry_after))),
        "X-RateLimit-Bucket": bucket_hash(route_key),
        "X-RateLimit-Limit": str(NORMAL_LIMIT),
        "X-RateLimit-Remaining": "0",
        "X-RateLimit-Reset": f"{now + rule.retry_after:.3f}",
        "X-RateLimit-Reset-After": f"{rule.retry_after:.3f}",
        "X-RateLimit-Scope": "global" if rule.is_global else rule.scope,
    }
    if rule.is_global:
        headers["X-RateLimit-Global"] = "true"
    return body, headers
