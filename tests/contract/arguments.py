"""Arguments for any operation, built from the spec and the generated method's signature.

Required parameters and request bodies only: the spec's examples where it has them,
plausible values of the declared type otherwise. Bodies are passed as plain mappings with
the API's field names, the way most callers write them.
"""

from __future__ import annotations

import datetime as dt
import enum
import inspect
import types
import typing
import uuid
from collections.abc import Callable, Mapping
from typing import Any

from openapi_python_client.strings import snake_case

from perfectgym_client.types import Unset
from tests.support.spec import example_for, load_spec, resolve, spec_operation


def _strip_optional(annotation: Any) -> Any:
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        members = [a for a in typing.get_args(annotation) if a not in (Unset, type(None))]
        non_mapping = [a for a in members if typing.get_origin(a) not in (Mapping,) and a is not Mapping]
        return non_mapping[0] if non_mapping else members[0]
    return annotation


def value_for(annotation: Any, schema: Mapping[str, Any]) -> Any:
    """A value of the Python type `annotation` for a parameter whose spec schema is `schema`."""
    annotation = _strip_optional(annotation)
    example = schema.get("example", example_for(schema))
    origin = typing.get_origin(annotation)
    if origin in (list, typing.List):  # noqa: UP006
        (inner,) = typing.get_args(annotation)
        items = schema.get("items") or {}
        return [value_for(inner, items)]
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        members = list(annotation)
        return annotation(example) if example in {m.value for m in members} else members[0]
    if annotation is bool:
        return bool(example) if isinstance(example, bool) else True
    if annotation is int:
        return example if isinstance(example, int) and not isinstance(example, bool) else 1
    if annotation is float:
        return float(example) if isinstance(example, int | float) else 1.5
    if annotation is dt.datetime:
        return dt.datetime.fromisoformat(str(example)) if isinstance(example, str) else dt.datetime(2026, 1, 31, 10)
    if annotation is dt.date:
        return dt.date.fromisoformat(str(example)) if isinstance(example, str) else dt.date(2026, 1, 31)
    if annotation is uuid.UUID:
        return uuid.UUID(str(example)) if isinstance(example, str) else uuid.UUID(int=1)
    return str(example) if example is not None else "string"


def arguments_for(operation_id: str, method: Callable[..., Any]) -> dict[str, Any]:
    """Keyword arguments for `method` (a generated resource method) covering what the spec requires."""
    spec = load_spec()
    operation = spec_operation(operation_id)
    parameters = {snake_case(p["name"]): p for p in (resolve(p, spec) for p in operation.get("parameters", []))}
    hints = typing.get_type_hints(method)
    arguments: dict[str, Any] = {}
    for name, parameter in inspect.signature(method).parameters.items():
        if parameter.default is not inspect.Parameter.empty and name != "body":
            continue
        if name == "body":
            request_body = resolve(operation.get("requestBody") or {}, spec)
            if not request_body.get("required") and parameter.default is not inspect.Parameter.empty:
                continue
            content = request_body.get("content") or {}
            media = content.get("application/json") or next(iter(content.values()))
            arguments["body"] = example_for(media["schema"])
            continue
        spec_parameter = parameters[name]
        arguments[name] = value_for(
            hints[name], resolve(spec_parameter.get("schema") or {}, spec) | _example(spec_parameter)
        )
    return arguments


def _example(parameter: Mapping[str, Any]) -> dict[str, Any]:
    return {"example": parameter["example"]} if "example" in parameter else {}
