"""The vendored spec as test data: loaded once, plus example values built from its schemas.

Tests derive what they check from ``openapi.yaml`` itself, so a spec bump changes the
expectations without a hand edit.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from tools.spec_changes import Operation, collect_operations, json_ready, parse_spec, resolve

REPO_ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = REPO_ROOT / "openapi.yaml"


@functools.cache
def load_spec() -> dict[str, Any]:
    return parse_spec(SPEC_PATH.read_text(encoding="utf-8"), str(SPEC_PATH))


def spec_operation(operation_id: str) -> Mapping[str, Any]:
    """The operation's definition (path-level parameters merged in), by operationId."""
    return _operations()[operation_id].definition


@functools.cache
def _operations() -> dict[str, Operation]:
    return collect_operations(load_spec())


_FORMAT_DEFAULTS: dict[str, Any] = {
    "date": "2024-01-31",
    "date-time": "2024-01-31T10:00:00Z",
    "uuid": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
    "email": "someone@example.com",
    "uri": "https://example.com/",
    "binary": b"%PDF-1.4 contract test file",
}
_TYPE_DEFAULTS = {"string": "string", "integer": 1, "number": 1.5, "boolean": True}


def example_for(schema: Mapping[str, Any], spec: Mapping[str, Any] | None = None, depth: int = 0) -> Any:
    """A JSON value for `schema`: the spec's own examples where present, plausible values elsewhere.

    Objects get every declared property (not just the required ones), so a parsed model
    exercises as much of the generated parsing code as the spec describes.
    """
    spec = spec if spec is not None else load_spec()
    schema = resolve(schema, spec)
    if "example" in schema:
        return json_ready(schema["example"])
    if "enum" in schema:
        return json_ready(schema["enum"][0])
    for combinator in ("allOf", "oneOf", "anyOf"):
        if combinator in schema:
            parts = [example_for(s, spec, depth + 1) for s in schema[combinator]]
            if combinator == "allOf" and all(isinstance(p, dict) for p in parts):
                merged: dict[str, Any] = {}
                for part in parts:
                    merged.update(part)
                return merged
            return parts[0]
    kind = schema.get("type", "object" if "properties" in schema else "string")
    if kind == "object":
        if depth > 15:  # deep enough for every schema of the spec; guards recursive ones
            return {}
        return {name: example_for(sub, spec, depth + 1) for name, sub in (schema.get("properties") or {}).items()}
    if kind == "array":
        return [example_for(schema.get("items") or {}, spec, depth + 1)]
    if kind == "string" and schema.get("format") in _FORMAT_DEFAULTS:
        return _FORMAT_DEFAULTS[schema["format"]]
    return _TYPE_DEFAULTS.get(kind, "string")


def schema_example(name: str) -> Any:
    """A full example body for the named component schema."""
    return example_for(load_spec()["components"]["schemas"][name])


def undeclared_fields(instance: Any, schema: Mapping[str, Any], where: str = "$") -> list[str]:
    """Paths of object keys the schema does not declare: the spec allows extras, a faithful fake must not add any."""
    spec = load_spec()
    schema = resolve(schema, spec)
    found: list[str] = []
    if isinstance(instance, dict) and "properties" in schema:
        properties = schema["properties"]
        for key, value in instance.items():
            if key not in properties:
                found.append(f"{where}.{key}")
            else:
                found += undeclared_fields(value, properties[key], f"{where}.{key}")
    elif isinstance(instance, list) and "items" in schema:
        for index, item in enumerate(instance):
            found += undeclared_fields(item, schema["items"], f"{where}[{index}]")
    return found


def assert_matches_spec(instance: Any, schema: Mapping[str, Any]) -> None:
    """`instance` validates against `schema` (OpenAPI 3.0 rules) and adds no undeclared field."""
    from openapi_schema_validator import OAS30Validator

    OAS30Validator({**schema, "components": load_spec()["components"]}).validate(instance)
    extra = undeclared_fields(instance, schema)
    assert not extra, f"fields the spec does not declare: {extra}"


def response_schema(operation_id: str, status: str = "200") -> Mapping[str, Any] | None:
    """The JSON schema of an operation's documented response, None when it has no body."""
    response = resolve(spec_operation(operation_id)["responses"][status], load_spec())
    media = (response.get("content") or {}).get("application/json")
    return media["schema"] if media else None
