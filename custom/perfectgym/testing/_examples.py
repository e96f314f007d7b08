"""Schema-valid values built from the spec: the base of everything the local tenant serves.

Objects get every declared property (so every required one), enums their first value
(or the spec's example when it is a member), scalars the spec's example when it fits the
type and a plausible value of the type and format otherwise. Hand-written data is then
laid over this base, so a property the spec adds is present without a hand edit.
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Mapping
from typing import Any

from perfectgym.testing._spec import TenantSpec, tenant_spec

__all__ = ["example", "response_example", "shaped"]

# Deep enough for every schema of the spec; below it only required properties are built,
# so recursive schemas stay finite.
MAX_FULL_DEPTH = 8
MAX_DEPTH = 24

FORMAT_VALUES: dict[str, Any] = {
    "date": "2026-01-15",
    "date-time": "2026-01-15T10:00:00Z",
    "time": "10:00:00",
    "uuid": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
    "email": "someone@example.com",
    "uri": "https://example.com/",
    "url": "https://example.com/",
    "int32": 1,
    "int64": 1,
}
TYPE_VALUES: dict[str, Any] = {"string": "string", "integer": 1, "number": 1.5, "boolean": True}


def _fits(value: Any, kind: str | None) -> bool:
    """Whether the spec's example is a value of the declared type (some examples are not)."""
    match kind:
        case "string":
            return isinstance(value, str)
        case "integer":
            return isinstance(value, int) and not isinstance(value, bool)
        case "number":
            return isinstance(value, int | float) and not isinstance(value, bool)
        case "boolean":
            return isinstance(value, bool)
        case "array":
            return isinstance(value, list)
        case _:
            return value is not None


def _scalar(schema: Mapping[str, Any], kind: str) -> Any:
    if "example" in schema and _fits(schema["example"], kind):
        return schema["example"]
    if "default" in schema and _fits(schema["default"], kind):
        return schema["default"]
    value = FORMAT_VALUES.get(str(schema.get("format")), TYPE_VALUES.get(kind, "string"))
    if not _fits(value, kind):
        value = TYPE_VALUES.get(kind, "string")
    if kind in ("integer", "number") and "minimum" in schema:
        value = max(value, schema["minimum"])
    if kind == "string" and len(value) < int(schema.get("minLength", 0)):
        value = value.ljust(int(schema["minLength"]), "x")
    return value


def example(schema: Mapping[str, Any], spec: TenantSpec | None = None, depth: int = 0) -> Any:
    """A JSON value valid against `schema` (a fresh object each call: callers may change it)."""
    spec = spec or tenant_spec()
    schema = spec.resolve(schema)
    if schema.get("enum"):
        values = schema["enum"]
        return schema["example"] if schema.get("example") in values else values[0]
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = example(part, spec, depth + 1)
            if not isinstance(value, dict):
                return value
            merged.update(value)
        return merged | _object(schema, spec, depth) if "properties" in schema else merged
    for combinator in ("oneOf", "anyOf"):
        if schema.get(combinator):
            return example(schema[combinator][0], spec, depth + 1)
    kind = schema.get("type", "object" if "properties" in schema else None)
    if kind == "object":
        return _object(schema, spec, depth)
    if kind == "array":
        if depth >= MAX_DEPTH and not schema.get("minItems"):
            return []
        count = max(1, int(schema.get("minItems", 1)))
        return [example(schema.get("items") or {}, spec, depth + 1) for _ in range(count)]
    if kind is None:
        return copy.deepcopy(schema["example"]) if "example" in schema else "string"
    return _scalar(schema, kind)


def _object(schema: Mapping[str, Any], spec: TenantSpec, depth: int) -> dict[str, Any]:
    properties = schema.get("properties") or {}
    required = set(schema.get("required") or ())
    if depth >= MAX_DEPTH:
        return {}
    names = properties if depth < MAX_FULL_DEPTH else [n for n in properties if n in required]
    return {name: example(properties[name], spec, depth + 1) for name in names}


@functools.cache
def _cached_response_example(operation_id: str) -> Any:
    schema = tenant_spec().response(operation_id)
    return None if schema is None else example(schema)


def response_example(operation_id: str) -> Any:
    """A fresh schema-valid body of the operation's success response (None: no body)."""
    return copy.deepcopy(_cached_response_example(operation_id))


@functools.cache
def _record_base(operation_id: str) -> dict[str, Any]:
    base = _cached_response_example(operation_id)
    if isinstance(base, list) and base:  # a list operation: the base of one of its items
        base = base[0]
    if not isinstance(base, dict):
        raise TypeError(f"{operation_id} answers neither an object nor a list of objects")
    return base


@functools.cache
def _required(operation_id: str) -> frozenset[str]:
    spec = tenant_spec()
    schema = spec.resolve(spec.response(operation_id) or {})
    if schema.get("type") == "array":
        schema = spec.resolve(schema.get("items") or {})
    parts = [schema, *(spec.resolve(p) for p in schema.get("allOf") or ())]
    return frozenset(name for part in parts for name in part.get("required") or ())


def shaped(operation_id: str, rich: Mapping[str, Any], *, lean: bool = False) -> dict[str, Any]:
    """The operation's schema-built object (or list item) with the hand-written `rich` values laid over it.

    Values for properties the spec does not declare (any more) are dropped, so the
    tenant never sends an undeclared field. Nested values of the base are shared, never
    mutated: the result goes out as JSON. `lean` keeps, of the base, only the required
    properties (for records listed by the hundred thousand, where size is speed).
    """
    base = _record_base(operation_id)
    if lean:
        required = _required(operation_id)
        return {**{k: v for k, v in base.items() if k in required}, **{k: v for k, v in rich.items() if k in base}}
    return {**base, **{k: v for k, v in rich.items() if k in base}}
