"""mypy sees the generated models as the return types of the public methods."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.spec import REPO_ROOT

pytestmark = pytest.mark.slow

SAMPLE = REPO_ROOT / "tests" / "typing" / "check_public_types.py"


def mypy_strict(path: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", str(path)]
    return subprocess.run(command, capture_output=True, text=True, cwd=REPO_ROOT, timeout=600, check=False)


def test_public_api_types_survive_under_mypy_strict() -> None:
    result = mypy_strict(SAMPLE)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_wrong_expectation_is_caught(tmp_path: Path) -> None:
    wrong = tmp_path / "wrong_types.py"
    wrong.write_text(SAMPLE.read_text().replace("(customer_id=1), Customer)", "(customer_id=1), str)"))
    result = mypy_strict(wrong)
    assert result.returncode != 0
    assert 'Expression is of type "Customer", not "str"' in result.stdout


def test_models_stay_checked_names_though_they_load_lazily(tmp_path: Path) -> None:
    misspelt = tmp_path / "misspelt_model.py"
    misspelt.write_text(
        "from perfectgym_client.models import Custommer\nimport perfectgym_client.models as m\nm.CustomerStatuss\n"
    )
    result = mypy_strict(misspelt)
    assert result.returncode != 0
    assert 'Module "perfectgym_client.models" has no attribute "Custommer"' in result.stdout
    assert 'Module has no attribute "CustomerStatuss"' in result.stdout


def test_a_misspelt_per_call_option_is_a_type_error(tmp_path: Path) -> None:
    misspelt = tmp_path / "misspelt_option.py"
    misspelt.write_text(
        "from perfectgym import AsyncPerfectGym\n"
        "async def f(client: AsyncPerfectGym) -> None:\n"
        "    await client.customers.get_customer_by_id(1, timout=5)\n"
        "    await client.customers.get_customer_by_id(1, max_retries='3')\n"
    )
    result = mypy_strict(misspelt)
    assert result.returncode != 0
    assert 'Unexpected keyword argument "timout"' in result.stdout
    assert 'Argument "max_retries"' in result.stdout and 'incompatible type "str"' in result.stdout
