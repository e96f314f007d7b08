"""Synthetic spec bumps built from ``openapi.yaml`` itself, never from a checked-in copy.

Each function changes one thing in a document from :func:`fresh` and returns it, so a test
composes the bump it needs (a rename, a new enum value, a new required property, ...) and
the bump follows whatever the vendored spec is today.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml

from tests.support.spec import load_spec
from tools.spec_changes import collect_operations, resolve


def fresh() -> dict[str, Any]:
    """A private deep copy of the vendored spec (the loaded one is cached and shared)."""
    return copy.deepcopy(load_spec())


def _definition(spec: dict[str, Any], operation_id: str) -> dict[str, Any]:
    operation = collect_operations(spec)[operation_id]
    definition: dict[str, Any] = spec["paths"][operation.path][operation.method]
    return definition


def set_version(spec: dict[str, Any], version: str) -> dict[str, Any]:
    spec["info"]["version"] = version
    return spec


def rename_operation(spec: dict[str, Any], old: str, new: str) -> dict[str, Any]:
    """Same method and path, new operationId."""
    _definition(spec, old)["operationId"] = new
    return spec


def remove_operation(spec: dict[str, Any], operation_id: str) -> dict[str, Any]:
    operation = collect_operations(spec)[operation_id]
    del spec["paths"][operation.path][operation.method]
    if not any(isinstance(v, dict) and "responses" in v for v in spec["paths"][operation.path].values()):
        del spec["paths"][operation.path]
    return spec


def _enum_owner(spec: dict[str, Any], schema: str, prop: str | None) -> dict[str, Any]:
    owner: dict[str, Any] = spec["components"]["schemas"][schema]
    return owner["properties"][prop] if prop is not None else owner


def add_enum_value(spec: dict[str, Any], schema: str, value: str, *, prop: str | None = None) -> dict[str, Any]:
    """A new value of the named schema's enum, or of its property `prop`'s inline enum."""
    _enum_owner(spec, schema, prop)["enum"].append(value)
    return spec


def remove_enum_value(spec: dict[str, Any], schema: str, value: str, *, prop: str | None = None) -> dict[str, Any]:
    _enum_owner(spec, schema, prop)["enum"].remove(value)
    return spec


def add_parameter_enum_value(spec: dict[str, Any], operation_id: str, name: str, value: str) -> dict[str, Any]:
    for parameter in _definition(spec, operation_id).get("parameters") or []:
        if parameter.get("name") == name:
            parameter["schema"]["enum"].append(value)
            return spec
    raise KeyError(f"{operation_id} has no inline parameter {name}")


def add_property(
    spec: dict[str, Any], schema: str, name: str, definition: dict[str, Any], *, required: bool = False
) -> dict[str, Any]:
    target = spec["components"]["schemas"][schema]
    target.setdefault("properties", {})[name] = definition
    if required:
        target.setdefault("required", []).append(name)
    return spec


def remove_property(spec: dict[str, Any], schema: str, name: str) -> dict[str, Any]:
    target = spec["components"]["schemas"][schema]
    del target["properties"][name]
    if name in (target.get("required") or []):
        target["required"].remove(name)
    return spec


def add_query_parameter(
    spec: dict[str, Any], operation_id: str, name: str, schema: dict[str, Any], *, required: bool = False
) -> dict[str, Any]:
    parameter = {"name": name, "in": "query", "required": required, "schema": schema}
    _definition(spec, operation_id).setdefault("parameters", []).append(parameter)
    return spec


def make_parameter_required(spec: dict[str, Any], operation_id: str, name: str) -> dict[str, Any]:
    for parameter in _definition(spec, operation_id).get("parameters") or []:
        if resolve(parameter, spec).get("name") == name:
            if "$ref" in parameter:
                raise ValueError(f"{operation_id}'s {name} is a $ref; change the component instead")
            parameter["required"] = True
            return spec
    raise KeyError(f"{operation_id} has no parameter {name}")


def set_response_body(spec: dict[str, Any], operation_id: str, status: str, schema: str | None) -> dict[str, Any]:
    """The response `status` of the operation now returns the named schema, or no body with None."""
    response = _definition(spec, operation_id)["responses"][status]
    if schema is None:
        response.pop("content", None)
    else:
        response["content"] = {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}}
    return spec


def move_response(spec: dict[str, Any], operation_id: str, old: str, new: str) -> dict[str, Any]:
    """The response under status `old` now answers under `new` (e.g. 200 -> 201)."""
    responses = _definition(spec, operation_id)["responses"]
    responses[new] = responses.pop(old)
    return spec


def set_request_body(spec: dict[str, Any], operation_id: str, schema: str) -> dict[str, Any]:
    """The operation's request body now takes the named schema."""
    body = _definition(spec, operation_id)["requestBody"]
    body["content"] = {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}}
    return spec


def set_parameter_constraint(spec: dict[str, Any], operation_id: str, name: str, **constraints: Any) -> dict[str, Any]:
    """Set (or with None drop) constraints such as maximum or pattern on an inline parameter's schema."""
    for parameter in _definition(spec, operation_id).get("parameters") or []:
        if parameter.get("name") == name:
            _constrain(parameter["schema"], constraints)
            return spec
    raise KeyError(f"{operation_id} has no inline parameter {name}")


def set_property_constraint(spec: dict[str, Any], schema: str, prop: str, **constraints: Any) -> dict[str, Any]:
    """Set (or with None drop) constraints such as maxLength on a component schema's property."""
    _constrain(spec["components"]["schemas"][schema]["properties"][prop], constraints)
    return spec


def _constrain(node: dict[str, Any], constraints: dict[str, Any]) -> None:
    for key, value in constraints.items():
        if value is None:
            node.pop(key, None)
        else:
            node[key] = value


def add_tag_with_list_and_post(spec: dict[str, Any], tag: str, item_schema: str) -> dict[str, Any]:
    """A new tag with a paginated list (the spec's own slice shape) and a POST taking `item_schema`."""
    spec.setdefault("tags", []).append({"name": tag, "description": f"{tag} (synthetic)"})
    page = f"{item_schema}Slice"
    spec["components"]["schemas"][page] = {
        "type": "object",
        "required": ["result", "hasNext"],
        "properties": {
            "result": {"type": "array", "items": {"$ref": f"#/components/schemas/{item_schema}"}},
            "hasNext": {"type": "boolean"},
            "offset": {"type": "string"},
        },
    }
    slug = tag.lower().replace(" ", "-")
    ok = {"description": "OK", "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{page}"}}}}
    spec["paths"][f"/v1/{slug}"] = {
        "get": {
            "tags": [tag],
            "operationId": f"get{tag.replace(' ', '')}Items",
            "parameters": [
                {"name": "offset", "in": "query", "schema": {"type": "string", "default": "0"}},
                {"name": "sliceSize", "in": "query", "schema": {"type": "integer", "minimum": 10, "maximum": 100}},
            ],
            "responses": {"200": ok},
        },
        "post": {
            "tags": [tag],
            "operationId": f"create{tag.replace(' ', '')}Item",
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{item_schema}"}}},
            },
            "responses": {"204": {"description": "Created"}},
        },
    }
    return spec


def write(spec: dict[str, Any], path: Path) -> Path:
    path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    return path
