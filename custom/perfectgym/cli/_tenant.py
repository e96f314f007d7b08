"""``perfectgym tenant``: the local tenant (``perfectgym.testing``) on 127.0.0.1 until Ctrl-C."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from perfectgym.cli._outcome import CliError

__all__ = ["serve_tenant"]


def _studios(count: int, customers: int, seed: int) -> list[Any]:
    from perfectgym.testing import DEFAULT_API_KEYS, Studio, StudioData

    keys = [*DEFAULT_API_KEYS, *(f"local-studio-{n}-key" for n in range(len(DEFAULT_API_KEYS) + 1, count + 1))]
    return [
        Studio(api_key=keys[n], data=StudioData(n + 1, f"Studio {n + 1}", seed=seed + n, customer_count=customers))
        for n in range(count)
    ]


def serve_tenant(*, port: int, studios: int, customers: int, seed: int, echo: Callable[[str], None]) -> None:
    """Serve until KeyboardInterrupt; print the base URL, each studio's demo key and a ready config file."""
    try:
        from perfectgym.testing import LocalTenant
    except ImportError as exc:  # the testing extra brings starlette and uvicorn
        raise CliError(f"the local tenant needs the testing extra: pip install 'perfectgym[testing]' ({exc})") from exc
    if studios < 1:
        raise CliError(f"--studios must be at least 1 (got {studios})")
    try:
        tenant = LocalTenant(_studios(studios, customers, seed), port=port).start()
    except (OSError, RuntimeError) as exc:  # the port is taken, or not ours to bind
        detail = (
            str(exc) if "did not start" in str(exc) else f"the local tenant did not start on 127.0.0.1:{port}: {exc}"
        )
        raise CliError(f"{detail} (is the port in use? try --port 0 for any free port)") from exc
    try:
        echo(f"Local PerfectGym tenant on {tenant.url}")
        echo("Studios (save as studios.toml, then: perfectgym verify --config studios.toml):")
        for studio in tenant.studios:
            echo(f"[studio-{studio.data.studio_id}]  # {studio.data.name}")
            echo(f'base_url = "{tenant.url}"\napi_key = "{studio.api_key}"')
        echo("Ctrl-C to stop.")
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        echo("Stopped.")
    finally:
        tenant.stop()
