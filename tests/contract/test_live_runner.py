"""The live contract runner, pointed at the local tenant (standing in for a real one)."""

from __future__ import annotations

import os
import subprocess
import sys

import perfectgym
from perfectgym.testing import LocalTenant
from tests.contract.exclusions import EXCLUDED
from tests.support.spec import REPO_ROOT


def _run(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tests.contract.live"],
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        env=env,
        timeout=120,
        check=False,
    )


def _clean_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith("PERFECTGYM_")}


def test_without_credentials_it_says_it_skipped_and_why() -> None:
    result = _run(_clean_env())
    assert result.returncode == 0
    assert "contract-live: skipped: PERFECTGYM_BASE_URL and PERFECTGYM_API_KEY are not set" in result.stdout


def test_against_a_tenant_it_reports_each_read_only_operation() -> None:
    with LocalTenant(customers=300) as tenant:
        env = _clean_env() | {"PERFECTGYM_BASE_URL": tenant.url, "PERFECTGYM_API_KEY": tenant.api_key}
        result = _run(env)
        methods = {method for _, method, _ in tenant.tenant.requests}
    lines = result.stdout.splitlines()
    verdicts = {line.split()[1]: line.split()[0] for line in lines if line[:4] in {"PASS", "FAIL", "SKIP"}}
    read_only = {op for op, o in perfectgym.OPERATIONS.items() if o.method == "GET" and op not in EXCLUDED}
    assert read_only <= verdicts.keys(), f"not reported: {read_only - verdicts.keys()}"
    assert verdicts["getStudioInformation"] == verdicts["getCustomers"] == "PASS"
    assert result.returncode == (1 if "FAIL" in verdicts.values() else 0) and "contract-live:" in lines[-1]
    assert methods == {"GET"}
