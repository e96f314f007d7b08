"""Studios for a command: from ``--config FILE`` (TOML or JSON), else the environment, as StudioRegistry reads them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from perfectgym._studios import ENV_PREFIX, StudioRegistry
from perfectgym.cli._outcome import CliError

__all__ = ["load_registry"]


def load_registry(config: Path | None, **client_options: Any) -> StudioRegistry:
    """The registry of the config file, or of ``PERFECTGYM_STUDIO_<ID>_*``; refuses an empty one.

    ConfigurationError (unreadable or invalid file, unknown settings) passes through: its
    message names the problem and never a key.
    """
    if config is not None:
        registry = StudioRegistry.from_file(config, **client_options)
        if not len(registry):
            raise CliError(f"studio file {config} holds no studios")
        return registry
    registry = StudioRegistry.from_env(**client_options)
    if not len(registry):
        raise CliError(
            f"no studios configured: pass --config FILE, or set {ENV_PREFIX}<ID>_BASE_URL and {ENV_PREFIX}<ID>_API_KEY"
        )
    return registry
