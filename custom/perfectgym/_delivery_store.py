"""Delivery leases: a delivery is claimed while its handlers run and marked done only after they succeed.

A claim carries a random token. Only its holder can release it, so a replica whose lease ran
out cannot free a claim another replica took since. A failed handler releases its claim and
the platform's redelivery (to any replica) runs it again: at-least-once, not at-most-once.
"""

from __future__ import annotations

import secrets
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Literal, Protocol

import attrs

from perfectgym._errors import ConfigurationError

__all__ = ["Claim", "ClaimStatus", "DeliveryStore", "InMemoryDeliveryStore", "delivery_key"]

ClaimStatus = Literal["claimed", "done", "busy"]
"""claimed: run the handlers now; done: already handled (a redelivery); busy: another run holds the lease."""


@attrs.frozen
class Claim:
    """The answer of :meth:`DeliveryStore.claim`; ``token`` identifies the holder of a ``claimed`` lease."""

    key: str
    status: ClaimStatus
    token: str = attrs.field(default="", repr=False)


class DeliveryStore(Protocol):
    """Where deliveries are claimed and marked done; atomic per key. Shared stores let replicas cooperate."""

    async def claim(self, key: str, lease_seconds: float) -> Claim:
        """Take the lease on `key` for `lease_seconds` unless it is done or another holder's lease is live."""
        ...

    async def complete(self, claim: Claim) -> bool:
        """Mark the key done (handlers succeeded); False when the lease had run out meanwhile."""
        ...

    async def release(self, claim: Claim) -> bool:
        """Drop the lease so a redelivery runs again; a no-op (False) unless `claim` still holds it."""
        ...


def delivery_key(studio_id: str, uuid: str) -> str:
    """The store key of a studio's delivery, unambiguous although studio ids and uuids may contain ":".

    The studio id is length-prefixed: "gym" + "a:x" and "gym:a" + "x" give different keys.
    """
    return f"{len(studio_id)}:{studio_id}:{uuid}"


def new_token() -> str:
    return secrets.token_hex(16)


class InMemoryDeliveryStore:
    """The default DeliveryStore: one process, bounded to the `max_entries` most recent keys (LRU).

    Only tasks of this process see its leases: with several replicas use a shared store
    (``perfectgym.redis.RedisDeliveryStore``).
    """

    def __init__(self, max_entries: int = 100_000, *, clock: Callable[[], float] = time.monotonic) -> None:
        if isinstance(max_entries, bool) or not isinstance(max_entries, int) or max_entries < 1:
            raise ConfigurationError(f"max_entries must be an int >= 1 (got {max_entries!r})")
        self._max_entries = max_entries
        self._clock = clock
        # key -> ("done", None) or (token, lease end on the monotonic clock)
        self._entries: OrderedDict[str, tuple[str, float | None]] = OrderedDict()

    async def claim(self, key: str, lease_seconds: float) -> Claim:
        now = self._clock()
        entry = self._entries.get(key)
        if entry is not None:
            self._entries.move_to_end(key)
            _holder, until = entry
            if until is None:
                return Claim(key, "done")
            if until > now:
                return Claim(key, "busy")
        token = new_token()
        self._entries[key] = (token, now + lease_seconds)
        self._entries.move_to_end(key)
        while len(self._entries) > self._max_entries:
            self._entries.popitem(last=False)
        return Claim(key, "claimed", token)

    async def complete(self, claim: Claim) -> bool:
        entry = self._entries.get(claim.key)
        held = entry is not None and entry[0] == claim.token and (entry[1] or 0) > self._clock()
        # Done even when the lease ran out: the handlers did succeed, redeliveries must not run them.
        self._entries[claim.key] = ("done", None)
        self._entries.move_to_end(claim.key)
        while len(self._entries) > self._max_entries:
            self._entries.popitem(last=False)
        return held

    async def release(self, claim: Claim) -> bool:
        entry = self._entries.get(claim.key)
        if entry is None or entry[1] is None or entry[0] != claim.token:
            return False
        del self._entries[claim.key]
        return True

    def __len__(self) -> int:
        return len(self._entries)
