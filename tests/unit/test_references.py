"""Operations named by hand-written code are checked against the spec, so a bump cannot silently orphan one."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from perfectgym._domain_rules import BODY_RULES
from tests.support import spec_bump
from tests.support.spec import REPO_ROOT, load_spec
from tools.references import LAYER, check_document, find_references, layer_routes, main
from tools.spec_changes import collect_operations


def test_every_body_rule_key_is_an_operation_of_openapi_yaml() -> None:
    missing = set(BODY_RULES) - set(collect_operations(load_spec()))
    assert not missing, f"domain rules keyed by operations openapi.yaml lacks (they would never apply): {missing}"


def test_every_operation_named_by_hand_written_code_is_in_openapi_yaml() -> None:
    assert check_document(load_spec(), REPO_ROOT, "openapi.yaml") is None


def test_discovery_finds_the_domain_rule_the_customers_override_and_the_tenant_handler() -> None:
    references = find_references(REPO_ROOT, layer_routes(REPO_ROOT / LAYER))
    kinds = {(r.file, r.kind) for r in references if r.operation_id == "setAccessRestriction"}
    assert ("custom/perfectgym/_domain_rules.py", "BODY_RULES key") in kinds
    assert (
        "custom/perfectgym/_customers.py",
        "Customers.set_access_restriction overrides the generated method",
    ) in kinds
    assert any(file.startswith("custom/perfectgym/testing/") and kind == "@handles(...)" for file, kind in kinds)


def test_a_renamed_operation_fails_naming_it_the_file_and_the_rename() -> None:
    renamed = spec_bump.rename_operation(spec_bump.fresh(), "setAccessRestriction", "putAccessRestriction")

    message = check_document(renamed, REPO_ROOT, "new.yaml")

    assert message is not None
    assert "setAccessRestriction: likely renamed to putAccessRestriction (same method and path: PUT " in message
    assert "custom/perfectgym/_domain_rules.py:" in message
    assert "BODY_RULES key" in message


def test_a_removed_operation_is_reported_as_removed() -> None:
    smaller = spec_bump.remove_operation(spec_bump.fresh(), "getStudioInformation")
    message = check_document(smaller, REPO_ROOT, "new.yaml")
    assert message is not None
    assert "getStudioInformation: removed: no operation of the new spec is GET " in message


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text))


def test_each_kind_of_reference_is_found_even_when_no_spec_knows_it(tmp_path: Path) -> None:
    _write(
        tmp_path / LAYER,
        """
        OPERATIONS: dict[str, Operation] = {
            "getThing": Operation(operation_id="getThing", method="GET", path="/v1/things/{id}"),
        }
        """,
    )
    _write(
        tmp_path / "custom/perfectgym/_rules.py",
        """
        from perfectgym._generated_resources import ThingsResource
        BODY_RULES = {"putThng": rule}

        @handles("getThingz")
        async def handler(call): ...

        class Things(ThingsResource):
            async def get_thing(self): ...
            async def helper(self): ...
        """,
    )
    _write(
        tmp_path / "tests/test_x.py",
        """
        tenant.faults.configure("*", latency=1)
        tenant.faults.configure("listThings", latency=1)
        OPERATIONS["getThing"]
        x = "getThing"
        y = "not an operation"
        """,
    )

    references = find_references(tmp_path, layer_routes(tmp_path / LAYER))

    assert [(r.operation_id, r.where, r.kind) for r in references] == [
        ("getThing", "custom/perfectgym/_rules.py:9", "Things.get_thing overrides the generated method"),
        ("getThing", "tests/test_x.py:4", "OPERATIONS[...]"),
        ("getThing", "tests/test_x.py:5", "string literal"),
        ("getThingz", "custom/perfectgym/_rules.py:5", "@handles(...)"),
        ("listThings", "tests/test_x.py:3", "faults.configure(...)"),
        ("putThng", "custom/perfectgym/_rules.py:3", "BODY_RULES key"),
    ]


def test_an_unknown_name_gets_the_closest_operation_as_a_suggestion(tmp_path: Path) -> None:
    _write(tmp_path / "custom/rules.py", 'BODY_RULES = {"getCustomerByld": rule}\n')
    message = check_document(load_spec(), tmp_path, "openapi.yaml")
    assert message is not None
    assert "getCustomerByld: not an operation of either spec; did you mean getCustomerById?" in message
    assert "custom/rules.py:1  (BODY_RULES key)" in message


def test_command_line_exits_non_zero_on_a_rename(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    renamed = spec_bump.rename_operation(spec_bump.fresh(), "setAccessRestriction", "putAccessRestriction")
    spec = spec_bump.write(renamed, tmp_path / "new.yaml")

    assert main(["--spec", str(spec), "--root", str(REPO_ROOT)]) == 1
    assert "likely renamed to putAccessRestriction" in capsys.readouterr().err
    assert main(["--spec", str(REPO_ROOT / "openapi.yaml"), "--root", str(REPO_ROOT)]) == 0
