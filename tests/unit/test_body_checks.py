"""Request bodies are checked against the spec's schema before sending: types, formats, enums, required, unknown keys.

Operations and properties are found in openapi.yaml; a valid body is the spec's own example
(tests/contract/arguments.py), with one value changed per case.
"""

from __future__ import annotations

import copy
import json
import math
import re
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import pytest
from openapi_python_client.strings import snake_case

import perfectgym
from perfectgym import InvalidRequestError
from tests.contract.arguments import arguments_for
from tests.support.calls import call_operation, case_id, mocked_api, raw_method
from tests.support.fakes import make_client
from tests.support.spec import load_spec
from tools.spec_changes import collect_operations, resolve

SPEC = load_spec()


def _json_bodies() -> Iterator[tuple[str, Mapping[str, Any]]]:
    """(operationId, resolved object schema) of every application/json body that is one named object."""
    for operation_id, operation in collect_operations(SPEC).items():
        body = resolve(operation.definition.get("requestBody") or {}, SPEC)
        schema = ((body.get("content") or {}).get("application/json") or {}).get("schema") or {}
        if "$ref" in schema and resolve(schema, SPEC).get("properties"):
            yield operation_id, resolve(schema, SPEC)


def _property(predicate: Callable[[Mapping[str, Any]], bool]) -> tuple[str, str]:
    """(operationId, API field name) of the first top-level body property whose resolved schema matches."""
    for operation_id, schema in _json_bodies():
        for name, sub in schema["properties"].items():
            if predicate(resolve(sub, SPEC)):
                return operation_id, name
    raise LookupError("the spec has no body property like that")


def _is_plain(kind: str) -> Callable[[Mapping[str, Any]], bool]:
    return lambda s: s.get("type") == kind and not {"enum", "format"} & s.keys()


def _is_object(s: Mapping[str, Any]) -> bool:
    return bool(s.get("properties"))


# Computed at import, so a test that edits the cached spec cannot change them.
INTEGER = _property(lambda s: s.get("type") == "integer")
NUMBER = _property(lambda s: s.get("type") == "number")
STRING = _property(_is_plain("string"))
BOOLEAN = _property(lambda s: s.get("type") == "boolean")
DATE = _property(lambda s: s.get("format") == "date")
ENUM = _property(lambda s: "enum" in s)
ARRAY = _property(lambda s: s.get("type") == "array")
OBJECT = _property(_is_object)
LIST_BODY = next(
    op_id
    for op_id, op in collect_operations(SPEC).items()
    if resolve(op.definition.get("requestBody") or {}, SPEC)
    .get("content", {})
    .get("application/json", {})
    .get("schema", {})
    .get("type")
    == "array"
)
# A body with no required field and a camelCase string field (searchCustomers in 1.13.2).
SEARCH, CAMEL = next(
    (op_id, name)
    for op_id, schema in _json_bodies()
    if not schema.get("required")
    for name, sub in schema["properties"].items()
    if re.search("[a-z][A-Z]", name) and _is_plain("string")(resolve(sub, SPEC))
)
USED = {op for op, _ in (INTEGER, NUMBER, STRING, BOOLEAN, DATE, ENUM, ARRAY, OBJECT)} | {LIST_BODY, SEARCH}
VALID = {op: arguments_for(op, raw_method(op)) for op in USED}


def _valid_body(operation_id: str) -> Any:
    return copy.deepcopy(VALID[operation_id]["body"])


WRONG_VALUES = [
    (INTEGER, "x", "must be an integer"),
    (INTEGER, True, "must be an integer"),
    (INTEGER, 1.5, "must be an integer"),
    (INTEGER, 2**64, "int"),
    (NUMBER, "1.5", "must be a number"),
    (NUMBER, True, "must be a number"),
    (NUMBER, math.nan, "must be a finite number"),
    (NUMBER, -math.inf, "must be a finite number"),
    (NUMBER, 10**5000, "too large to send"),
    (STRING, 5, "must be a string"),
    (STRING, b"x", "must be a string"),
    (STRING, "ok\ud800", "not valid Unicode"),
    (BOOLEAN, "true", "must be a boolean"),
    (BOOLEAN, 1, "must be a boolean"),
    (DATE, "31.01.2024", "must be a date like 2024-01-31"),
    (DATE, "2024-01-31T10:00:00", "must be a date like 2024-01-31"),
    (ENUM, "NOT_A_VALUE", "must be one of"),
    (ARRAY, "x", "must be an array"),
    (ARRAY, {"a": 1}, "must be an array"),
    (OBJECT, "x", "must be an object"),
    (OBJECT, [1], "must be an object"),
]


@pytest.mark.asyncio
@pytest.mark.parametrize(("target", "value", "problem"), WRONG_VALUES, ids=case_id)
async def test_mapping_body_value_of_the_wrong_type_is_refused_naming_its_path(
    target: tuple[str, str], value: object, problem: str
) -> None:
    operation_id, field = target
    body = _valid_body(operation_id) | {field: value}
    with mocked_api() as route:
        async with make_client() as client:
            with pytest.raises(InvalidRequestError, match=re.escape(problem)) as info:
                await call_operation(client, operation_id, VALID[operation_id], body=body)
    assert str(info.value).startswith(f"{operation_id}: body.{field} ")
    assert not route.called


@pytest.mark.asyncio
async def test_nested_objects_are_checked_for_types_unknown_keys_and_required_fields() -> None:
    operation_id, field = OBJECT
    schema = resolve(next(s for op, s in _json_bodies() if op == operation_id)["properties"][field], SPEC)
    inner, inner_schema = next(iter(schema["properties"].items()))
    wrong = 5 if resolve(inner_schema, SPEC).get("type") == "string" else "x"
    with mocked_api() as route:
        async with make_client() as client:
            body = _valid_body(operation_id)
            body[field] = {**body[field], inner: wrong}
            with pytest.raises(InvalidRequestError, match=re.escape(f"body.{field}.{inner} must be")):
                await call_operation(client, operation_id, VALID[operation_id], body=body)
            body[field] = {**_valid_body(operation_id)[field], "zzUnknown": 1}
            with pytest.raises(InvalidRequestError, match=re.escape(f"body.{field} has an unknown field 'zzUnknown'")):
                await call_operation(client, operation_id, VALID[operation_id], body=body)
    assert not route.called


@pytest.mark.asyncio
async def test_unknown_key_is_refused_with_the_camel_case_or_closest_field_suggested() -> None:
    camel = CAMEL
    snake = snake_case(camel)
    typo = camel[:-1]
    with mocked_api() as route:
        async with make_client() as client:
            with pytest.raises(InvalidRequestError) as snake_info:
                await call_operation(client, SEARCH, VALID[SEARCH], body={snake: "Koch"})
            with pytest.raises(InvalidRequestError) as typo_info:
                await call_operation(client, SEARCH, VALID[SEARCH], body={typo: "Koch"})
    assert f"{SEARCH}: body has an unknown field {snake!r} (did you mean {camel!r}?)" == str(snake_info.value)
    assert f"unknown field {typo!r} (did you mean {camel!r}?)" in str(typo_info.value)
    assert not route.called


@pytest.mark.asyncio
async def test_missing_required_field_is_refused_and_none_in_an_optional_one_means_absent() -> None:
    operation_id, schema = next(
        (op, s) for op, s in _json_bodies() if set(s.get("required") or ()) < s["properties"].keys()
    )
    required = schema["required"][0]
    optional = next(n for n in schema["properties"] if n not in schema["required"])
    with mocked_api() as route:
        async with make_client() as client:
            body = _valid_body(operation_id)
            del body[required]
            with pytest.raises(InvalidRequestError, match=f"body is missing the required field '{required}'"):
                await call_operation(client, operation_id, VALID[operation_id], body=body)
            with pytest.raises(InvalidRequestError, match=f"body.{required} must not be null"):
                await call_operation(
                    client, operation_id, VALID[operation_id], body=_valid_body(operation_id) | {required: None}
                )
            await call_operation(
                client, operation_id, VALID[operation_id], body=_valid_body(operation_id) | {optional: None}
            )
    assert route.call_count == 1
    assert optional not in json.loads(route.calls.last.request.content)


@pytest.mark.asyncio
async def test_list_body_items_are_checked_with_their_index() -> None:
    items = _valid_body(LIST_BODY)
    item_schema = resolve(
        resolve(collect_operations(SPEC)[LIST_BODY].definition["requestBody"], SPEC)["content"]["application/json"][
            "schema"
        ]["items"],
        SPEC,
    )
    field = next(iter(item_schema["properties"]))
    broken = [*items, {**items[0], field: [None]}]
    with mocked_api() as route:
        async with make_client() as client:
            with pytest.raises(InvalidRequestError, match=re.escape(f"body[{len(items)}].{field} must be")):
                await call_operation(client, LIST_BODY, VALID[LIST_BODY], body=broken)
            with pytest.raises(InvalidRequestError, match=re.escape("body[0] has an unknown field 'zzUnknown'")):
                await call_operation(client, LIST_BODY, VALID[LIST_BODY], body=[{**items[0], "zzUnknown": 1}])
    assert not route.called


@pytest.mark.asyncio
async def test_model_instance_fields_are_type_checked_but_its_additional_properties_go_out_as_is() -> None:
    model_class = perfectgym.OPERATIONS[SEARCH].body_model
    camel = CAMEL
    with mocked_api() as route:
        async with make_client() as client:
            with pytest.raises(
                InvalidRequestError, match=re.escape(f"{SEARCH}: body.{camel} must be a string (got 5)")
            ):
                await call_operation(client, SEARCH, VALID[SEARCH], body=model_class(**{snake_case(camel): 5}))
            with pytest.raises(InvalidRequestError, match="unknown field 'brandNewField'"):
                await call_operation(
                    client, SEARCH, VALID[SEARCH], body={camel: "Koch", "brandNewField": {"any": [1, "x"]}}
                )
            escape_hatch = model_class.from_dict({camel: "Koch"})
            escape_hatch["brandNewField"] = {"any": [1, "x"]}
            await call_operation(client, SEARCH, VALID[SEARCH], body=escape_hatch)
            with pytest.raises(
                InvalidRequestError, match=re.escape("body.brandNewField.any[0] must be a finite number")
            ):
                escape_hatch["brandNewField"] = {"any": [math.nan]}
                await call_operation(client, SEARCH, VALID[SEARCH], body=escape_hatch)
    assert route.call_count == 1
    assert json.loads(route.calls.last.request.content) == {camel: "Koch", "brandNewField": {"any": [1, "x"]}}
