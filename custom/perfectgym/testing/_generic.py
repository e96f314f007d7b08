"""The answer of an operation with no hand-written behaviour: a schema-valid example body.

So an operation a spec bump adds works against the tenant at once. When the body is a
list of records (or a slice of them), a query filter the spec declares as an enum that
matches an enum property of the records (the same values) is honoured: one record per
value of that property is built, and the records that do not match are left out.
Other filters are not read, so the dispatcher reports them as ignored.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from perfectgym.testing._call import Call
from perfectgym.testing._examples import response_example
from perfectgym.testing._pagination import slice_size
from perfectgym.testing._spec import TenantSpec, tenant_spec

__all__ = ["example_answer", "record_filters"]


def _item_schema(spec: TenantSpec, operation_id: str) -> Mapping[str, Any] | None:
    schema = spec.response(operation_id)
    if schema is None:
        return None
    schema = spec.resolve(schema)
    if schema.get("type") == "array":
        return spec.resolve(schema.get("items") or {})
    result = spec.properties(schema).get("result")
    if result is not None and result.get("type") == "array":
        return spec.resolve(result.get("items") or {})
    return None


def record_filters(operation_id: str, spec: TenantSpec | None = None) -> dict[str, str]:
    """Query parameter -> the record property it filters on (same enum values), for list operations."""
    spec = spec or tenant_spec()
    item = _item_schema(spec, operation_id)
    if item is None:
        return {}
    properties = {name: set(spec.enum(schema)) for name, schema in spec.properties(item).items()}
    filters: dict[str, str] = {}
    for parameter, schema in spec.query_parameters(operation_id).items():
        values = set(spec.enum(schema))
        matches = [name for name, enum in properties.items() if values and enum == values]
        if matches:  # prefer the property the parameter is named after (customerStatus -> status)
            named = [m for m in matches if parameter.lower().endswith(m.lower())]
            filters[parameter] = (named or matches)[0]
    return filters


def _filtered(call: Call, records: list[Any]) -> list[Any]:
    spec = tenant_spec()
    filters = record_filters(call.operation.operation_id, spec)
    if not filters or not records or not isinstance(records[0], dict):
        return records
    varied = next(iter(filters.values()))
    item = _item_schema(spec, call.operation.operation_id) or {}
    values = spec.enum(spec.properties(item)[varied])
    records = [{**records[0], varied: value} for value in values]
    for parameter, prop in filters.items():
        if parameter in call.query:
            records = [r for r in records if str(r.get(prop)) == call.query[parameter]]
    return records


async def example_answer(call: Call) -> Any:
    """The spec's example body of the success response, filtered where the tenant can."""
    body = response_example(call.operation.operation_id)
    if isinstance(body, list):
        return _filtered(call, body)
    if isinstance(body, dict) and isinstance(body.get("result"), list):
        body["result"] = _filtered(call, body["result"])
        if call.operation.is_paginated:  # one slice, the last: a paginator stops after it
            body["result"] = body["result"][: slice_size(call)]
            body["hasNext"] = False
            body["offset"] = call.query.get("offset", body.get("offset"))
    return body
