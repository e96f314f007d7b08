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
        # an override written by hand names the generated model as perfectgym.types does
        assert f") -> {inner}`" in section or f") -> types.{inner}`" in section, (operation_id, inner)


def test_every_paginated_operation_names_its_paginator_and_no_other_does() -> None:
    for operation_id, operation in OPERATIONS.items():
        entry = _section(operation.tag).split(f"(operationId `{operation_id}`)", 1)[1].split("\n- ", 1)[0]
        assert ("Paginates: `iter_" in entry) == operation.is_paginated, operation_id


def test_the_reference_states_the_spec_version_it_was_generated_from() -> None:
    from perfectgym import API_VERSION

    assert f"(PerfectGym Next API {API_VERSION})" in REFERENCE.splitlines()[2]


def test_hand_written_methods_appear_with_their_own_signatures() -> None:
    """An override or addition of the layer (say client.customers.iter_all_customers) is what users call."""
    client = AsyncPerfectGym(base_url="https://demo.example", api_key="k")
    for tag in {operation.tag for operation in OPERATIONS.values()}:
        namespace = type(getattr(client, tag))
        generated = namespace.__mro__[1] if namespace.__module__ != f"perfectgym._resources.{tag}" else namespace
        section = _section(tag)
        for name, member in vars(namespace).items():
            if name.startswith("_") or not callable(member) or namespace is generated:
                continue
            parameters = [p for p in inspect.signature(member).parameters if p not in {"self", "options"}]
            listed = next((line for line in section.splitlines() if line.startswith(f"- `{name}(")), None)
            assert listed is not None, (tag, name)
            assert all(f"{parameter}:" in listed for parameter in parameters), (tag, name, listed)
            assert "hand-written" in section.split(listed, 1)[1].split("\n- ", 1)[0], (tag, name)


def test_the_clients_own_methods_are_listed_with_their_signatures() -> None:
    client_section = REFERENCE.split("\n## client\n", 1)[1].split("\n## client.", 1)[0]
    for name, member in vars(AsyncPerfectGym).items():
        if name.startswith("_") or not inspect.isfunction(member):
            continue
        assert f"- `{name}(" in client_section, name
    assert "- `request(self" not in client_section and "path_params:" in client_section
