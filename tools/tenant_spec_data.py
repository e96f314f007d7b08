"""Writes the spec data the local tenant serves from (run by ``make generate``).

    python -m tools.tenant_spec_data --spec openapi.yaml --output custom/perfectgym/testing/_spec_data.json

The wheel does not ship ``openapi.yaml``, so what the tenant needs of it (each
operation's success status, response schema and parameters, and the component schemas
they refer to, with their examples) is extracted into ``_spec_data.json``, committed, and
rewritten whenever the spec changes (a test fails when it is stale). It is build-time
tooling, like tools/generate_layer.py: it reads the spec with the same helpers, and the
tenant itself only reads JSON (``perfectgym.testing._spec``).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from tools.spec_changes import SpecError, collect_operations, collect_schemas, json_ready, parse_spec, resolve

__all__ = ["DATA_FILE", "extract", "render"]

DATA_FILE = Path(__file__).resolve().parents[1] / "custom" / "perfectgym" / "testing" / "_spec_data.json"
SCHEMA_PREFIX = "#/components/schemas/"
# What building and checking values needs; descriptions and the like are left out.
KEPT_KEYWORDS = (
    "$ref",
    "type",
    "format",
    "enum",
    "default",
    "example",
    "nullable",
    "minimum",
    "maximum",
    "minLength",
    "maxLength",
    "minItems",
    "maxItems",
    "items",
    "properties",
    "required",
    "additionalProperties",
    "allOf",
    "oneOf",
    "anyOf",
)


def _prune(schema: Any) -> Any:
    """The schema with only KEPT_KEYWORDS, recursively; `$ref`s stay references."""
    if not isinstance(schema, Mapping):
        return schema
    pruned: dict[str, Any] = {}
    for key in KEPT_KEYWORDS:
        if key not in schema:
            continue
        value = schema[key]
        if key in ("items", "additionalProperties"):
            value = _prune(value)
        elif key == "properties":
            value = {name: _prune(sub) for name, sub in value.items()}
        elif key in ("allOf", "oneOf", "anyOf"):
            value = [_prune(sub) for sub in value]
        pruned[key] = json_ready(value)
    return pruned


def _referenced(schema: Any, found: set[str]) -> None:
    if isinstance(schema, Mapping):
        ref = schema.get("$ref")
        if isinstance(ref, str) and ref.startswith(SCHEMA_PREFIX):
            found.add(ref.removeprefix(SCHEMA_PREFIX))
        for value in schema.values():
            _referenced(value, found)
    elif isinstance(schema, list):
        for value in schema:
            _referenced(value, found)


def _operation(definition: Mapping[str, Any], document: Mapping[str, Any]) -> dict[str, Any]:
    successes = sorted(str(code) for code in definition.get("responses") or {} if str(code).startswith("2"))
    status = successes[0] if successes else "200"
    response = resolve((definition.get("responses") or {}).get(status) or {}, document)
    media = (response.get("content") or {}).get("application/json")
    parameters = []
    for raw in definition.get("parameters") or []:  # path-level ones merged in by collect_operations
        parameter = resolve(raw, document)
        parameters.append(
            {
                "name": parameter["name"],
                "in": parameter["in"],
                "required": bool(parameter.get("required", False)),
                "schema": _prune(parameter.get("schema") or {}),
            }
        )
    return {
        "status": int(status),
        "response": _prune(media["schema"]) if media and "schema" in media else None,
        "parameters": parameters,
    }


def extract(document: Mapping[str, Any]) -> dict[str, Any]:
    """The tenant's spec data: operations by operationId, and every component schema they reach."""
    operations = {
        key: _operation(operation.definition, document)
        for key, operation in collect_operations(document).items()
        if operation.definition.get("operationId")
    }
    components = collect_schemas(document)
    wanted: set[str] = set()
    _referenced(operations, wanted)
    schemas: dict[str, Any] = {}
    while wanted - set(schemas):
        for name in sorted(wanted - set(schemas)):
            schemas[name] = _prune(components[name])
            _referenced(schemas[name], wanted)
    return {
        "info_version": str((document.get("info") or {}).get("version", "")),
        "operations": dict(sorted(operations.items())),
        "schemas": dict(sorted(schemas.items())),
    }


def render(document: Mapping[str, Any]) -> str:
    """The JSON file's exact text for `document` (deterministic, so staleness is a text comparison)."""
    return json.dumps(extract(document), indent=1, ensure_ascii=False) + "\n"


def load_document(path: Path) -> dict[str, Any]:
    try:
        return parse_spec(path.read_text(encoding="utf-8"), str(path))
    except SpecError as exc:
        raise SystemExit(str(exc)) from exc


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.tenant_spec_data", description=__doc__)
    parser.add_argument("--spec", type=Path, default=Path("openapi.yaml"), help="the OpenAPI document")
    parser.add_argument("--output", type=Path, default=DATA_FILE, help=f"where to write (default {DATA_FILE.name})")
    args = parser.parse_args(argv)
    args.output.write_text(render(load_document(args.spec)), encoding="utf-8")
    print(f"==> local tenant: wrote {args.output} from {args.spec}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
