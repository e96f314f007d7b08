"""A realistic vendor bump, end to end, with no hand edit: update-spec, generate, then our suites pass.

The bump is built from ``openapi.yaml`` itself (tests/support/spec_bump.py) with every kind
of change the vendor makes in a minor release: a new tag with a paginated list and a POST,
a new customer status, new optional and new required properties (on Customer too), an operation removed and
one renamed (neither named by our hand-written code), and a new optional query parameter.
Everything runs in a copy of the checkout; the unit and integration suites then run there
against the regenerated code.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from perfectgym import OPERATIONS
from tests.support import spec_bump
from tests.support.spec import REPO_ROOT
from tests.tooling.test_make_targets import COPIED, make
from tools.references import find_references, layer_routes

pytestmark = pytest.mark.slow

LAYER = REPO_ROOT / "custom" / "perfectgym" / "_generated_resources.py"


def _unreferenced_operations() -> list[str]:
    """Operations no hand-written code names: a bump may remove or rename them without a hand edit."""
    named = {reference.operation_id for reference in find_references(REPO_ROOT, layer_routes(LAYER))}
    return sorted(set(OPERATIONS) - named)


def _realistic_bump() -> dict[str, object]:
    spec = spec_bump.set_version(spec_bump.fresh(), "1.14.0")
    spec_bump.add_tag_with_list_and_post(spec, "LoyaltyV114", "CustomerSearchRequest")
    spec_bump.add_enum_value(spec, "Customer", "RETURNING_MEMBER", prop="status")
    spec_bump.add_parameter_enum_value(spec, "getCustomers", "customerStatus", "RETURNING_MEMBER")
    spec_bump.add_property(spec, "Customer", "loyaltyTierV114", {"type": "string", "example": "GOLD"})
    spec_bump.add_property(spec, "Customer", "referralCountV114", {"type": "integer", "example": 2}, required=True)
    spec_bump.add_property(
        spec, "StudioInformation", "timeZoneV114", {"type": "string", "example": "Europe/Berlin"}, required=True
    )
    removed, renamed = _unreferenced_operations()[:2]
    spec_bump.remove_operation(spec, removed)
    spec_bump.rename_operation(spec, renamed, f"{renamed}V2")
    spec_bump.add_query_parameter(spec, "getCustomers", "modifiedAfterV114", {"type": "string", "format": "date-time"})
    return spec


@pytest.fixture
def checkout_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "repo"
    copy.mkdir()
    for name in [*COPIED, "examples", "tests", "pyproject.toml", "CHANGELOG.md", "spec-renames.json"]:
        source = REPO_ROOT / name
        if source.is_dir():
            ignored = shutil.ignore_patterns("__pycache__", ".hypothesis", "node_modules")
            shutil.copytree(source, copy / name, ignore=ignored)
        elif source.exists():
            shutil.copy2(source, copy / name)
    return copy


def test_a_realistic_bump_needs_no_hand_edit_and_the_suites_pass_on_it(checkout_copy: Path, tmp_path: Path) -> None:
    bump = spec_bump.write(_realistic_bump(), tmp_path / "openapi-1.14.0.yaml")

    updated = make("update-spec", f"SPEC_FILE={bump}", cwd=checkout_copy)
    assert updated.returncode == 0, updated.stdout + updated.stderr
    assert "## " in (checkout_copy / "CHANGELOG.md").read_text()
    generated = make("generate", cwd=checkout_copy)
    assert generated.returncode == 0, generated.stdout + generated.stderr
    assert any("loyalty" in tag.name for tag in (checkout_copy / "perfectgym_client" / "api").iterdir())

    environment = {**os.environ, "PYTHONPATH": f"{checkout_copy}{os.pathsep}{checkout_copy / 'custom'}"}
    suites = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-x", "tests/unit", "tests/integration"],
        cwd=checkout_copy,
        env=environment,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert suites.returncode == 0, suites.stdout[-6000:] + suites.stderr[-3000:]
    assert " passed" in suites.stdout
