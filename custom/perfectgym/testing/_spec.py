"""The spec as the local tenant sees it: success statuses, response schemas, parameters.

Read from ``_spec_data.json`` (written from openapi.yaml by ``tools/tenant_spec_data.py``), so the
tenant's enum values, required properties and examples are the spec's own.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs

__all__ = ["DATA_FILE", "SCHEMA_PREFIX", "TenantSpec", "tenant_spec"]

DATA_FILE = Path(__file__).with_name("_spec_data.json")
SCHEMA_PREFIX = "#/components/schemas/"


@attrs.frozen
class TenantSpec:
    """Lookups over the extracted spec data."""

    operations: Mapping[str, Any]
    schemas: Mapping[str, Any]

    def resolve(self, schema: Mapping[str, Any]) -> Mapping[str, Any]:
        """Follow ``$ref``s to a concrete schema."""
        while "$ref" in schema:
            schema = self.schemas[str(schema["$ref"]).removeprefix(SCHEMA_PREFIX)]
        return schema

    def status(self, operation_id: str) -> int:
        """The operation's documented success status."""
        return int(self.operations[operation_id]["status"])

    def response(self, operation_id: str) -> Mapping[str, Any] | None:
        """The JSON schema of the success response, None when it has no body."""
        schema: Mapping[str, Any] | None = self.operations[operation_id]["response"]
        return schema

    def query_parameters(self, operation_id: str) -> dict[str, Mapping[str, Any]]:
        """Query parameter name -> its resolved schema."""
        return {
            p["name"]: self.resolve(p["schema"])
            for p in self.operations[operation_id]["parameters"]
            if p["in"] == "query"
        }

    def properties(self, schema: Mapping[str, Any]) -> dict[str, Mapping[str, Any]]:
        """An object schema's properties (allOf parts merged), each resolved."""
        schema = self.resolve(schema)
        found: dict[str, Mapping[str, Any]] = {}
        for part in schema.get("allOf") or []:
            found.update(self.properties(part))
        found.update({name: self.resolve(sub) for name, sub in (schema.get("properties") or {}).items()})
        return found

    def enum(self, schema: Mapping[str, Any]) -> tuple[Any, ...]:
        """The enum values of a (referenced) schema; empty when it is not an enum."""
        return tuple(self.resolve(schema).get("enum") or ())


@functools.cache
def tenant_spec() -> TenantSpec:
    """The spec data, read once (from ``DATA_FILE``, looked up when first needed)."""
    data = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    return TenantSpec(operations=data["operations"], schemas=data["schemas"])
