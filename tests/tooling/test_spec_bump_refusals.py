"""`make update-spec` and `make generate` on synthetic bumps: a rename our code names fails both, changing
nothing; a non-breaking bump is reported and recorded in CHANGELOG.md with a patch version.

Both run in a copy of the checkout (with the hand-written code that names the operation),
so the checkout itself is never modified.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.support import spec_bump
from tests.support.spec import REPO_ROOT
from tests.tooling.test_make_targets import COPIED, make

pytestmark = pytest.mark.slow


@pytest.fixture
def checkout_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "repo"
    copy.mkdir()
    for name in [*COPIED, "examples", "CHANGELOG.md", "spec-renames.json"]:
        source = REPO_ROOT / name
        if source.is_dir():
            shutil.copytree(source, copy / name, ignore=shutil.ignore_patterns("__pycache__"))
        elif source.exists():
            shutil.copy2(source, copy / name)
    return copy


def _renamed(tmp_path: Path) -> Path:
    spec = spec_bump.rename_operation(spec_bump.fresh(), "setAccessRestriction", "putAccessRestriction")
    return spec_bump.write(spec, tmp_path / "renamed.yaml")


def _assert_names_the_rename(output: str) -> None:
    assert "setAccessRestriction: likely renamed to putAccessRestriction" in output
    assert "custom/perfectgym/_domain_rules.py:" in output


def test_generate_fails_on_a_renamed_operation_and_writes_nothing(checkout_copy: Path, tmp_path: Path) -> None:
    shutil.copy(_renamed(tmp_path), checkout_copy / "openapi.yaml")
    client_before = (
        checkout_copy / "perfectgym_client" / "api" / "customers" / "set_access_restriction.py"
    ).read_text()

    result = make("generate", cwd=checkout_copy)

    assert result.returncode != 0
    _assert_names_the_rename(result.stderr)
    assert not (checkout_copy / "perfectgym_client" / "api" / "customers" / "put_access_restriction.py").exists()
    assert (
        checkout_copy / "perfectgym_client" / "api" / "customers" / "set_access_restriction.py"
    ).read_text() == client_before


def test_update_spec_fails_on_a_renamed_operation_and_leaves_the_spec(checkout_copy: Path, tmp_path: Path) -> None:
    before = (checkout_copy / "openapi.yaml").read_bytes()

    result = make("update-spec", f"SPEC_FILE={_renamed(tmp_path)}", cwd=checkout_copy)

    assert result.returncode != 0
    _assert_names_the_rename(result.stderr)
    assert "left untouched" in result.stderr
    assert (checkout_copy / "openapi.yaml").read_bytes() == before


def test_update_spec_with_a_non_breaking_bump_reports_it_and_writes_the_changelog(
    checkout_copy: Path, tmp_path: Path
) -> None:
    bump = spec_bump.set_version(spec_bump.fresh(), "99.0.0")
    spec_bump.add_parameter_enum_value(bump, "getCustomers", "customerStatus", "ALUMNUS")
    spec_bump.add_query_parameter(bump, "getCustomers", "updatedSince", {"type": "string", "format": "date-time"})

    result = make("update-spec", f"SPEC_FILE={spec_bump.write(bump, tmp_path / 'bump.yaml')}", cwd=checkout_copy)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "non-breaking changes for users of this SDK (2):" in result.stdout
    assert "breaking changes for users of this SDK" not in result.stdout.replace("non-breaking changes", "")
    changelog = (checkout_copy / "CHANGELOG.md").read_text()
    assert changelog.index("## 0.1.1 (") < changelog.index("## 0.1.0")
    assert "- `getCustomers query parameter customerStatus`: enum values added: ALUMNUS" in changelog
    assert '__version__ = "0.1.1"' in (checkout_copy / "custom" / "perfectgym" / "_version.py").read_text()
