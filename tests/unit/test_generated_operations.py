"""Every operation of the spec has a generated module, and nothing else does.

The expected list is read from ``openapi.yaml`` at test time; a spec bump that is not
followed by ``make generate`` fails here.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from types import ModuleType

import pytest
from openapi_python_client.strings import snake_case

import perfectgym_client.api
from tests.support.spec import load_spec
from tools.spec_changes import Operation, collect_operations, resolve

SPEC_OPERATIONS = collect_operations(load_spec())


def _generated_operation_modules() -> dict[str, ModuleType]:
    modules = {}
    for tag_package in pkgutil.iter_modules(perfectgym_client.api.__path__):
        package = importlib.import_module(f"perfectgym_client.api.{tag_package.name}")
        for info in pkgutil.iter_modules(package.__path__):
            modules[f"{tag_package.name}.{info.name}"] = importlib.import_module(f"{package.__name__}.{info.name}")
    return modules


GENERATED = _generated_operation_modules()


def _module_name(op: Operation) -> str:
    tags = op.definition.get("tags") or ["default"]
    return f"{snake_case(tags[0])}.{snake_case(op.key)}"


def _route_of(module: ModuleType) -> tuple[str, str]:
    """(METHOD, path with placeholders blanked) as the module's _get_kwargs builds it."""
    source = inspect.getsource(module._get_kwargs)
    method = re.search(r'"method": "(\w+)"', source)
    url = re.search(r'"url": "([^"]+)"', source)
    assert method and url, f"{module.__name__}._get_kwargs has no literal method/url"
    return method.group(1).upper(), re.sub(r"\{[^}]*\}", "{}", url.group(1))


def test_spec_has_operations_and_all_have_an_operation_id() -> None:
    assert len(SPEC_OPERATIONS) > 100
    assert all(" " not in key for key in SPEC_OPERATIONS), "an operation lacks an operationId"


def test_one_generated_module_per_spec_operation() -> None:
    assert sorted(_module_name(op) for op in SPEC_OPERATIONS.values()) == sorted(GENERATED)
    assert len(GENERATED) == len(SPEC_OPERATIONS)


@pytest.mark.parametrize("op", SPEC_OPERATIONS.values(), ids=list(SPEC_OPERATIONS))
def test_generated_module_exposes_async_functions_for_its_route(op: Operation) -> None:
    module = GENERATED[_module_name(op)]
    assert inspect.iscoroutinefunction(module.asyncio_detailed)
    # The generator writes `asyncio` (the parsed body) only when some documented response has a body.
    responses = (op.definition.get("responses") or {}).values()
    has_body = any("content" in resolve(response, load_spec()) for response in responses)
    assert inspect.iscoroutinefunction(getattr(module, "asyncio", None)) is has_body
    assert _route_of(module) == (op.method.upper(), re.sub(r"\{[^}]*\}", "{}", op.path))
