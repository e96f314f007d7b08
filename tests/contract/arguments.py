"""Arguments for any operation, built from the spec and the generated method's signature.

Required parameters and request bodies, plus the optional parameters a test names: the
spec's examples (or defaults) where it has them, plausible values of the declared type
within its bounds otherwise. Bodies are passed as plain mappings with the API's field names, the way
most callers write them. ``enum_parameters`` lists every value of every enum parameter.
"""

from __future__ import annotations

import datetime as dt
import enum
import inspect
import types
import typing
import uuid
from collections.abc import Callable, Collection, Mapping
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
    example = schema.get("example", schema.get("default", example_for(schema)))
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
        return _within(example if isinstance(example, int) and not isinstance(example, bool) else 1, schema)
    if annotation is float:
        return float(_within(example if isinstance(example, int | float) else 1.5, schema))
    if annotation is dt.datetime:
        return dt.datetime.fromisoformat(str(example)) if isinstance(example, str) else dt.datetime(2026, 1, 31, 10)
    if annotation is dt.date:
        return dt.date.fromisoformat(str(example)) if isinstance(example, str) else dt.date(2026, 1, 31)
    if annotation is uuid.UUID:
        return uuid.UUID(str(example)) if isinstance(example, str) else uuid.UUID(int=1)
    return str(example) if example is not None else "string"


def parameters_of(operation_id: str) -> dict[str, Mapping[str, Any]]:
    """The operation's parameters (resolved) by the Python argument name the generator gives them."""
    spec = load_spec()
    return {
        snake_case(p["name"]): p for p in (resolve(p, spec) for p in spec_operation(operation_id).get("parameters", []))
    }


def optional_query_parameters(operation_id: str, *, deprecated: bool = False) -> list[str]:
    """Python names of the operation's optional query parameters that are (not) deprecated, in spec order.

    Prism answers a deprecated parameter with a warning in ``sl-violations``, so those are sent on their own.
    """
    return [
        name
        for name, p in parameters_of(operation_id).items()
        if p["in"] == "query" and not p.get("required") and bool(p.get("deprecated")) == deprecated
    ]


def enum_parameters(operation_id: str) -> list[tuple[str, Any]]:
    """(Python name, value) for every value of every enum parameter (or array of enum items) of the operation."""
    spec = load_spec()
    found: list[tuple[str, Any]] = []
    for name, parameter in parameters_of(operation_id).items():
        schema = resolve(parameter.get("schema") or {}, spec)
        items = resolve(schema.get("items") or {}, spec)
        for value in schema.get("enum") or items.get("enum") or ():
            found.append((name, [value] if "items" in schema else value))
    return found


def _within(number: Any, schema: Mapping[str, Any]) -> Any:
    """`number` moved into the schema's [minimum, maximum], if it declares them."""
    if "minimum" in schema:
        number = max(number, schema["minimum"])
    if "maximum" in schema:
        number = min(number, schema["maximum"])
    return number


def arguments_for(operation_id: str, method: Callable[..., Any], *, include: Collection[str] = ()) -> dict[str, Any]:
    """Keyword arguments for `method` (a generated resource method) covering what the spec requires.

    The optional parameters named in ``include`` (Python names) get a spec-valid value too.
    """
    spec = load_spec()
    operation = spec_operation(operation_id)
    parameters = parameters_of(operation_id)
    wanted = set(include)
    hints = typing.get_type_hints(method)
    arguments: dict[str, Any] = {}
    for name, parameter in inspect.signature(method).parameters.items():
        if parameter.kind is inspect.Parameter.VAR_KEYWORD:  # the per-call options, not the spec's
            continue
        if parameter.default is not inspect.Parameter.empty and name != "body" and name not in wanted:
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
