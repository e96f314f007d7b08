"""``perfectgym verify``: every studio's key checked with a HEAD, one table, never a key."""

from __future__ import annotations

import asyncio
from urllib.parse import urlsplit

import attrs

from perfectgym._errors import APIConnectionError, PerfectGymError
from perfectgym._studios import StudioRegistry

__all__ = ["KeyCheck", "check_keys", "render_table"]

OK, BAD_KEY, UNREACHABLE, FAILED = "OK", "bad key", "unreachable", "failed"


@attrs.frozen
class KeyCheck:
    """One studio's outcome: ``result`` is OK, bad key, unreachable or failed (with the error class)."""

    studio_id: str
    host: str
    result: str
    error: str = ""

    @property
    def ok(self) -> bool:
        return self.result == OK


async def check_keys(registry: StudioRegistry) -> list[KeyCheck]:
    """Check every studio at once (each is bounded by its client's deadline), in the registry's order."""
    return list(await asyncio.gather(*(_check(registry, studio_id) for studio_id in registry)))


async def _check(registry: StudioRegistry, studio_id: str) -> KeyCheck:
    host = urlsplit(registry.get(studio_id).base_url).netloc
    try:
        accepted = await registry.client(studio_id).verify_api_key()
    except APIConnectionError as exc:  # timeouts and deadlines too
        return KeyCheck(studio_id, host, UNREACHABLE, type(exc).__name__)
    except PerfectGymError as exc:  # e.g. a 403 or a 500: the key's status is not known
        status = getattr(exc, "status_code", None)
        return KeyCheck(studio_id, host, FAILED, type(exc).__name__ + (f" {status}" if status else ""))
    return KeyCheck(studio_id, host, OK if accepted else BAD_KEY)


def render_table(checks: list[KeyCheck]) -> str:
    """Plain aligned columns: readable in a terminal, greppable in a log, never wrapped."""
    rows = [("STUDIO", "HOST", "RESULT")]
    rows += [(_shown(c.studio_id), _shown(c.host), f"{c.result} ({c.error})" if c.error else c.result) for c in checks]
    widths = [max(len(row[column]) for row in rows) for column in range(2)]
    return "\n".join(f"{r[0]:<{widths[0]}}  {r[1]:<{widths[1]}}  {r[2]}" for r in rows)


def _shown(text: str) -> str:
    return text if text.isprintable() else repr(text)  # a control character in a config key cannot forge rows
