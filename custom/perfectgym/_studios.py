"""Many studios in one process: their base URLs, API keys and webhook keys, one pool.

An integrator serves many studios; each has its own base URL, API key and (separate)
webhook key. The registry hands out one AsyncPerfectGym per studio, all sharing one
httpx connection pool, while keys, base URLs and per-client state (retry settings, rate
budgets) stay separate. Webhook deliveries are matched to their studio by key, compared
in constant time.
"""

from __future__ import annotations

import hmac
import inspect
import json
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, Self

import attrs
import httpx

from perfectgym._client import AsyncPerfectGym, checked_base_url, checked_transport
from perfectgym._errors import ConfigurationError, PerfectGymError
from perfectgym._header_values import check_header_value
from perfectgym._pool import PoolOwner, Transport

__all__ = ["StudioConfig", "StudioRegistry", "UnknownStudioError"]

ENV_PREFIX = "PERFECTGYM_STUDIO_"
_ENV_FIELDS = {"BASE_URL": "base_url", "API_KEY": "api_key", "WEBHOOK_KEY": "webhook_key"}
_SETTINGS = ("base_url", "api_key", "webhook_key")
_REQUIRED_SETTINGS = ("base_url", "api_key")
_LISTED = 20  # studio ids shown in an UnknownStudioError; a registry may hold thousands


class UnknownStudioError(PerfectGymError, KeyError):
    """No studio with this id is registered; a KeyError too, so ``except KeyError`` keeps working."""

    def __init__(self, studio_id: object, known: Iterable[str]) -> None:
        self.studio_id = studio_id
        self.known = sorted(known)
        shown = ", ".join(map(repr, self.known[:_LISTED])) or "none"
        if len(self.known) > _LISTED:
            shown += f" and {len(self.known) - _LISTED} more"
        message = f"unknown studio {studio_id!r}; registered: {shown}"
        close = _close_match(studio_id, self.known) if isinstance(studio_id, str) else None
        if close is not None:
            message += f"; did you mean {close!r}?"
        super().__init__(message)

    def __str__(self) -> str:  # KeyError's own str() would show the message in quotes
        return str(self.args[0])

    def __reduce__(self) -> tuple[Any, ...]:  # pickles (e.g. across processes) with its real arguments
        return type(self), (self.studio_id, self.known)


def _close_match(name: str, choices: Iterable[str]) -> str | None:
    import difflib  # only on this error path

    close = difflib.get_close_matches(name, list(choices), n=1)
    return close[0] if close else None


def _with_hint(name: str, choices: Iterable[str]) -> str:
    close = _close_match(name, choices)
    return f"{name!r} (did you mean {close!r}?)" if close else repr(name)


@attrs.frozen
class StudioConfig:
    """One studio: an id of the integrator's choosing, its base URL and its two secrets."""

    studio_id: str
    base_url: str
    api_key: str = attrs.field(repr=False)
    webhook_key: str | None = attrs.field(default=None, repr=False)

    def __attrs_post_init__(self) -> None:
        # Types first: a number or a nested table from a config file would fail later, far from its cause.
        # The secrets are named, never shown.
        for name in ("studio_id", "base_url", "api_key"):
            if not isinstance(getattr(self, name), str):
                shown = "" if name == "api_key" else f" (got {getattr(self, name)!r})"
                raise ConfigurationError(f"studio {self.studio_id!r}: {name} must be a string{shown}")
        if self.webhook_key is not None and not isinstance(self.webhook_key, str):
            raise ConfigurationError(f"studio {self.studio_id!r}: webhook_key must be a string when given")
        if not self.studio_id:
            raise ConfigurationError("studio_id must not be empty")
        if not self.api_key:
            raise ConfigurationError(f"studio {self.studio_id!r}: api_key must not be empty")
        if self.webhook_key is not None and not self.webhook_key:
            raise ConfigurationError(f"studio {self.studio_id!r}: webhook_key must not be empty when given")
        # Both keys travel as headers: refuse what no header can carry now, without showing them.
        check_header_value(f"studio {self.studio_id!r}: api_key", self.api_key.strip(), secret=True)
        if self.webhook_key is not None:
            check_header_value(f"studio {self.studio_id!r}: webhook_key", self.webhook_key, secret=True, received=True)


def _checked_client_options(options: dict[str, Any], http: httpx.AsyncClient) -> dict[str, Any]:
    """Refuse misspelt or invalid per-client options when the registry is built, not at first use."""
    accepted = [name for name in inspect.signature(AsyncPerfectGym).parameters if name not in _PER_STUDIO]
    for name in options:
        if name not in accepted:
            raise ConfigurationError(f"unknown client option {_with_hint(name, accepted)}")
    AsyncPerfectGym("https://options-check.invalid", "options-check", http_client=http, **options)  # validates
    return options


_PER_STUDIO = frozenset({"base_url", "api_key", "http_client", "transport"})


class StudioRegistry(PoolOwner):
    """Studio id -> (base URL, API key, webhook key), and a client per studio over one pool.

    ``client_options`` (timeout, max_retries, accept_language, retry_policy, clock,
    rate_limiter, ...) apply to every studio's client; ``transport`` chooses the shared pool's
    transport as for one client (``"aiohttp"``: extra ``perfectgym[aiohttp]``).
    """

    def __init__(
        self,
        studios: Iterable[StudioConfig] = (),
        *,
        http_client: httpx.AsyncClient | None = None,
        transport: Transport | None = None,
        **client_options: Any,
    ) -> None:
        self._studios: dict[str, StudioConfig] = {}
        self._clients: dict[str, AsyncPerfectGym] = {}
        self._init_pool(http_client, checked_transport(transport, http_client))
        self._client_options = _checked_client_options(client_options, self._http)
        for studio in studios:
            self.add(studio)

    # Building

    def add(self, studio: StudioConfig) -> None:
        if not isinstance(studio, StudioConfig):  # not shown: a mapping here would hold the keys
            raise ConfigurationError(f"expected a StudioConfig (got {type(studio).__name__}); see from_mapping()")
        if studio.studio_id in self._studios:
            raise ConfigurationError(f"studio {studio.studio_id!r} is registered twice")
        if studio.webhook_key is not None and self.studio_for_webhook_key(studio.webhook_key) is not None:
            raise ConfigurationError(f"studio {studio.studio_id!r} reuses another studio's webhook key")
        checked_base_url(studio.base_url)  # https unless loopback, refused now rather than at first use
        self._studios[studio.studio_id] = studio

    @classmethod
    def from_mapping(cls, studios: Mapping[str, Mapping[str, Any]], **options: Any) -> Self:
        """``{"studio-a": {"base_url": ..., "api_key": ..., "webhook_key": ...}, ...}``."""
        if not isinstance(studios, Mapping):
            raise ConfigurationError(f"studios must be a mapping of studio ids (got {type(studios).__name__})")
        configs = []
        for studio_id, fields in studios.items():
            if not isinstance(fields, Mapping):  # its value is not shown: it may be a bare key
                raise ConfigurationError(
                    f"studio {studio_id!r}: settings must be a mapping with {', '.join(_SETTINGS)} "
                    f"(got {type(fields).__name__})"
                )
            unknown = sorted(str(name) for name in set(fields) - set(_SETTINGS))
            if unknown:
                hints = ", ".join(_with_hint(name, _SETTINGS) for name in unknown)
                raise ConfigurationError(
                    f"studio {studio_id!r}: unknown settings {hints}; expected {', '.join(_SETTINGS)}"
                )
            missing = [name for name in _REQUIRED_SETTINGS if name not in fields]
            if missing:
                raise ConfigurationError(
                    f"studio {studio_id!r}: {' and '.join(missing)} missing (base_url and api_key are required)"
                )
            configs.append(StudioConfig(studio_id=studio_id, **fields))
        return cls(configs, **options)

    @classmethod
    def from_file(cls, path: str | Path, **options: Any) -> Self:
        """Load ``{studio_id: {base_url, api_key, webhook_key}}`` from a .json or .toml file."""
        path = Path(path)
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise ConfigurationError(f"cannot read studio file {path}: {exc.strerror or exc}") from exc
        import tomllib  # only for a config file: not worth its import time for everyone

        try:
            data = tomllib.loads(text) if path.suffix == ".toml" else json.loads(text)
        except ValueError as exc:  # json's and tomllib's decode errors are ValueErrors
            raise ConfigurationError(f"studio file {path} is not valid {path.suffix.lstrip('.') or 'JSON'}") from exc
        if not isinstance(data, dict):
            raise ConfigurationError(f"studio file {path} must hold a mapping of studio ids")
        return cls.from_mapping(data, **options)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **options: Any) -> Self:
        """Read ``PERFECTGYM_STUDIO_<ID>_BASE_URL``, ``..._API_KEY`` and ``..._WEBHOOK_KEY`` (id lowercased)."""
        environ = os.environ if environ is None else environ
        pattern = re.compile(rf"^{ENV_PREFIX}(?P<id>[A-Z0-9_]+?)_(?P<field>BASE_URL|API_KEY|WEBHOOK_KEY)$")
        studios: dict[str, dict[str, str]] = {}
        for name, value in environ.items():
            found = pattern.match(name)
            if found:
                studio_id = found["id"].lower().replace("_", "-")
                studios.setdefault(studio_id, {})[_ENV_FIELDS[found["field"]]] = value
        return cls.from_mapping(studios, **options)

    # Using

    def __contains__(self, studio_id: object) -> bool:
        return isinstance(studio_id, str) and studio_id in self._studios

    def __iter__(self) -> Iterator[str]:
        return iter(self._studios)

    def __len__(self) -> int:
        return len(self._studios)

    def get(self, studio_id: str) -> StudioConfig:
        """The studio's settings; :class:`UnknownStudioError` (a KeyError) names the registered ones."""
        studio = self._studios.get(studio_id) if isinstance(studio_id, str) else None
        if studio is None:
            raise UnknownStudioError(studio_id, self._studios)
        return studio

    def client(self, studio_id: str) -> AsyncPerfectGym:
        """The studio's client (created once), sharing the registry's connection pool."""
        studio = self.get(studio_id)
        client = self._clients.get(studio_id)
        if client is None:
            client = AsyncPerfectGym(studio.base_url, studio.api_key, http_client=self._http, **self._client_options)
            self._clients[studio_id] = client
        return client

    def studio_for_webhook_key(self, key: str | None) -> StudioConfig | None:
        """The studio whose webhook key equals `key`, compared in constant time against every key."""
        if not key or not isinstance(key, str):  # e.g. raw header bytes: decode them first
            return None
        try:
            offered = key.encode()
        except UnicodeEncodeError:  # a lone surrogate: no webhook key of ours
            return None
        found = None
        for studio in self._studios.values():  # no early exit: the time does not tell which key matched
            if studio.webhook_key is not None and hmac.compare_digest(offered, studio.webhook_key.encode()):
                found = studio
        return found

    def __repr__(self) -> str:
        return f"<StudioRegistry studios={sorted(self._studios)}>"
