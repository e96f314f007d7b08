"""`make demo` (examples/quickstart.py) runs offline, and read-only against a configured tenant."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from perfectgym.testing import LocalTenant
from tests.support.spec import REPO_ROOT

pytestmark = pytest.mark.slow
QUICKSTART = REPO_ROOT / "examples" / "quickstart.py"


def run_quickstart(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(QUICKSTART), *args], capture_output=True, text=True, env=env, timeout=60, check=False
    )


def _env_without_credentials() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith("PERFECTGYM_")}


def test_offline_demo_shows_every_step_and_exits_0() -> None:
    result = run_quickstart(_env_without_credentials())
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    for expected in (
        "starting the local tenant with 100,000 customers",
        "key accepted: True",
        "listed 79,858 customers",
        "after PUT: accessRefusal=True",
        "after DELETE: accessRefusal=False",
        "start_date and end_date must be given together",
        "startDate and endDate must be given together",
        "NotFoundError: status=404 code=customer.notFound traceId=local-",
        "attempt 1 failed (503 Service Unavailable)",
        "after 3 attempts",
        "Done.",
    ):
        assert expected in out, expected


def test_with_credentials_it_runs_only_the_read_only_parts() -> None:
    with LocalTenant(customers=3000) as tenant:
        env = _env_without_credentials() | {"PERFECTGYM_BASE_URL": tenant.url, "PERFECTGYM_API_KEY": tenant.api_key}
        result = run_quickstart(env, "--limit", "120")
        methods = {method for _, method, _ in tenant.tenant.requests}
    assert result.returncode == 0, result.stdout + result.stderr
    assert "read-only parts only" in result.stdout and "listed 120 customers" in result.stdout
    assert methods == {"GET"}  # no PUT/DELETE went to the configured tenant
