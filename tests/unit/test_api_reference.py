"""api.md, the reference users search, names every namespace, method, route and paginator of the layer."""

from __future__ import annotations

import inspect

from openapi_python_client.strings import snake_case

from perfectgym import OPERATIONS, AsyncPerfectGym
from tests.support.spec import REPO_ROOT

REFERENCE = (REPO_ROOT / "api.md").read_text(encoding="utf-8")


def _section(tag: str) -> str:
    start = REFERENCE.index(f"\n## client.{tag}\n")
    end = REFERENCE.find("\n## client.", start + 1)
    return REFERENCE[start : end if end != -1 else len(REFERENCE)]


def test_every_operation_is_listed_under_its_namespace_with_route_and_return_type() -> None:
    client = AsyncPerfectGym(base_url="https://demo.example", api_key="k")
    for operation_id, operation in OPERATIONS.items():
        section = _section(operation.tag)
        name = snake_case(operation_id)
        returns = inspect.signature(getattr(getattr(client, operation.tag).with_raw_response, name)).return_annotation
        inner = str(returns).removeprefix("APIResponse[").removesuffix("]")
        assert f"- `{name}(" in section, operation_id
        assert f"`{operation.method} {operation.path}` (operationId `{operation_id}`)" in section, operation_id
        assert f") -> {inner}`" in section, (operation_id, inner)


def test_every_paginated_operation_names_its_paginator_and_no_other_does() -> None:
    for operation_id, operation in OPERATIONS.items():
        entry = _section(operation.tag).split(f"(operationId `{operation_id}`)", 1)[1].split("\n- ", 1)[0]
        assert ("Paginates: `iter_" in entry) == operation.is_paginated, operation_id


def test_the_reference_states_the_spec_version_it_was_generated_from() -> None:
    from perfectgym import API_VERSION

    assert f"(PerfectGym Next API {API_VERSION})" in REFERENCE.splitlines()[2]
