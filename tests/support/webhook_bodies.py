"""Webhook test data shared by the unit and process tests: studios, a delivery body, an HTTP client."""

from __future__ import annotations

from typing import Any

import httpx

from perfectgym import StudioConfig

A = StudioConfig("gym-a", "https://gym-a.open-api.perfectgym.com", "api-key-A-SECRET", "hook-key-A-SECRET")
B = StudioConfig("gym-b", "https://gym-b.open-api.perfectgym.com", "api-key-B-SECRET", "hook-key-B-SECRET")
MS = 1_700_000_000_123


def delivery(event_type: str = "CONTRACT_CREATED", uuid: str = "u-1", **content: Any) -> dict[str, Any]:
    return {"entityId": 1001, "uuid": uuid, "payload": [{"timestamp": MS, "type": event_type, "content": content}]}


def headers(studio: StudioConfig = A) -> dict[str, str]:
    return {"x-api-key": studio.webhook_key or ""}


def asgi_client(receiver: Any) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=receiver), base_url="http://receiver")
