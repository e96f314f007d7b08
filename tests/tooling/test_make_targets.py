"""The Makefile's generation and spec targets, run for real.

``check-generated`` runs against this checkout; the drift and update-spec cases run in a
copy, so the checkout itself is never modified. All of them use the running venv.
"""

from __future__ import annotations

import copy
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.support.spec import REPO_ROOT, load_spec

pytestmark = pytest.mark.slow

VENV = Path(sys.prefix)
COPIED = [
    "Makefile",
    "openapi.yaml",
    "generator-config.yml",
    "generator-templates",
    "perfectgym_client",
    "custom",
    "tools",
    "README.md",
    "api.md",
]


def make(target: str, *args: str, cwd: Path = REPO_ROOT) -> subprocess.CompletedProcess[str]:
    # -o: take the venv as installed; the copy's files are newer than its stamp.
    command = ["make", "-C", str(cwd), target, f"VENV={VENV}", "-o", str(VENV / ".installed"), *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)


@pytest.fixture
def checkout_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "repo"
    copy.mkdir()
    for name in COPIED:
        source = REPO_ROOT / name
        if source.is_dir():
            shutil.copytree(source, copy / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, copy / name)
    return copy


def test_check_generated_passes_on_this_checkout() -> None:
    result = make("check-generated")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "check-generated: OK" in result.stdout


def test_check_generated_fails_and_shows_the_diff_on_drift(checkout_copy: Path) -> None:
    (checkout_copy / "perfectgym_client" / "client.py").open("a").write("# a hand edit\n")
    (checkout_copy / "perfectgym_client" / "api" / "customers" / "get_customer_by_id.py").unlink()

    result = make("check-generated", cwd=checkout_copy)

    assert result.returncode != 0
    assert "-# a hand edit" in result.stdout
    assert "get_customer_by_id.py" in result.stdout
    assert "FAILED" in result.stderr


def test_update_spec_reports_a_removed_operation_and_replaces_the_spec(checkout_copy: Path, tmp_path: Path) -> None:
    spec = copy.deepcopy(load_spec())  # an operation no hand-written code names: removing it is allowed
    del spec["paths"]["/v1/cross-studio/customers/{customerId}"]["get"]
    smaller = tmp_path / "smaller.yaml"
    smaller.write_text(yaml.safe_dump(spec, sort_keys=False))

    result = make("update-spec", f"SPEC_FILE={smaller}", cwd=checkout_copy)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "- getCrossStudioCustomerById  (GET /v1/cross-studio/customers/{customerId})" in result.stdout
    assert (checkout_copy / "openapi.yaml").read_bytes() == smaller.read_bytes()


def test_update_spec_offline_fails_and_leaves_the_spec(checkout_copy: Path) -> None:
    before = (checkout_copy / "openapi.yaml").read_bytes()
    result = make("update-spec", "SPEC_URL=http://127.0.0.1:9/openapi.yaml", cwd=checkout_copy)
    assert result.returncode != 0
    assert "cannot download" in result.stderr and "left untouched" in result.stderr
    assert (checkout_copy / "openapi.yaml").read_bytes() == before


def test_check_generated_notices_a_hand_edit_of_the_resource_layer(checkout_copy: Path) -> None:
    layer = checkout_copy / "custom" / "perfectgym" / "_generated_resources.py"
    layer.write_text(layer.read_text().replace('method="GET"', 'method="PUT"', 1))
    tag_module = checkout_copy / "custom" / "perfectgym" / "_resources" / "customers.py"
    renamed = tag_module.read_text().replace("async def get_customer_by_id(", "async def fetch_customer(", 1)
    tag_module.write_text(renamed)
    (tag_module.parent / "loyalty.py").write_text('"""A tag module the spec no longer generates."""\n')
    reference = checkout_copy / "api.md"
    reference.write_text(reference.read_text().replace("- `get_customer_by_id(", "- `fetch_customer(", 1))
    result = make("check-generated", cwd=checkout_copy)
    assert result.returncode != 0
    assert "-    async def fetch_customer(" in result.stdout
    assert '-        method="PUT",' in result.stdout
    assert "Only in " in result.stdout and "loyalty.py" in result.stdout
    assert "+- `get_customer_by_id(" in result.stdout  # the reference users read is generated too
