"""Everything the SDK imports on first use, imported at once: a broken lazy path fails here, not in production.

``import perfectgym`` loads no generated module. Models (``perfectgym_client.models``), the
endpoint modules and body models that ``OPERATIONS`` names, the enums parameter schemas
name, and each tag's resource module are all resolved by name later. A typo in one of those
names, or a module a spec bump removed, would only show when that operation is first called.
"""

from __future__ import annotations

import importlib
import inspect
import typing
from collections.abc import Iterator
from typing import Any

from perfectgym import OPERATIONS, AsyncPerfectGym
from perfectgym._generated_resources import ResourceNamespaces
from perfectgym._schema import Schema


def _schemas(schema: Schema) -> Iterator[Schema]:
    yield schema
    if schema.items is not None:
        yield from _schemas(schema.items)


def _model_failures() -> Iterator[str]:
    models = importlib.import_module("perfectgym_client.models")
    for name in models.__all__:
        try:
            value = getattr(models, name)
        except Exception as exc:  # any failure is a finding
            yield f"perfectgym_client.models.{name}: {type(exc).__name__}: {exc}"
            continue
        if getattr(value, "__name__", None) != name:
            yield f"perfectgym_client.models.{name}: resolves to {value!r}"


def _operation_failures() -> Iterator[str]:
    for operation_id, operation in OPERATIONS.items():
        try:
            module = operation.module
            for function in ("_get_kwargs", "_parse_response"):
                if not callable(getattr(module, function, None)):
                    yield f"{operation_id}: {operation.module_name} has no {function}()"
            if operation.body_model_name is not None and not inspect.isclass(operation.body_model):
                yield f"{operation_id}: body model {operation.body_model_name} is not a class"
            for parameter in operation.parameters:
                for schema in _schemas(parameter.schema):
                    if schema.enum_name is not None and not inspect.isclass(schema.enum_type):
                        yield f"{operation_id}: {parameter.name}'s enum {schema.enum_name} is not a class"
        except Exception as exc:
            yield f"{operation_id}: {type(exc).__name__}: {exc}"


def _namespace_failures() -> Iterator[str]:
    class Owner(ResourceNamespaces):
        _pipeline: Any = None

    owner = Owner()
    for tag in sorted({operation.tag for operation in OPERATIONS.values()}):
        try:
            resource = getattr(owner, tag)
            for namespaces in (ResourceNamespaces, AsyncPerfectGym):  # the property's own annotation
                typing.get_type_hints(inspect.getattr_static(namespaces, tag).func)
            for view in (resource, resource.with_raw_response):
                for name, method in inspect.getmembers(view, inspect.ismethod):
                    if not name.startswith("_"):
                        typing.get_type_hints(method)  # every annotation names something importable
        except Exception as exc:
            yield f"client.{tag}: {type(exc).__name__}: {exc}"


def lazy_path_failures() -> list[str]:
    """Resolve every lazily imported name; one line per failure, empty when all resolve."""
    return [*_model_failures(), *_operation_failures(), *_namespace_failures()]
