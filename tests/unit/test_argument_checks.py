"""Path and query arguments are checked against the spec before a request exists, and converted for sending.

Which operations and parameters are exercised is found in openapi.yaml; values the
spec accepts come from its examples (tests/contract/arguments.py).
"""

from __future__ import annotations

import datetime as dt
import enum
import math
import re
import typing
import uuid
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import httpx
import pytest
import respx
from openapi_python_client.strings import snake_case

import perfectgym
from perfectgym import InvalidRequestError
from tests.contract.arguments import arguments_for
from tests.support.calls import call_operation, case_id, mocked_api, raw_method
from tests.support.fakes import BASE_URL, make_client
from tests.support.spec import load_spec
from tools.spec_changes import collect_operations, resolve

SPEC = load_spec()


def _spec_parameters() -> Iterator[tuple[str, Mapping[str, Any], Mapping[str, Any]]]:
    """(operationId, parameter, its resolved schema) for every parameter of the spec."""
    for operation_id, operation in collect_operations(SPEC).items():
        for parameter in operation.definition.get("parameters") or []:
            parameter = resolve(parameter, SPEC)
            yield operation_id, parameter, resolve(parameter.get("schema") or {}, SPEC)


def _first(where: str, predicate: Callable[[Mapping[str, Any]], bool]) -> tuple[str, str, Mapping[str, Any]]:
    """(operationId, python name, schema) of the first parameter in `where` whose schema matches."""
    for operation_id, parameter, schema in _spec_parameters():
        if parameter["in"] == where and parameter["name"] != "sliceSize" and predicate(schema):
            return operation_id, snake_case(parameter["name"]), schema
    raise LookupError(f"the spec has no {where} parameter like that")


# Computed at import, so a test that edits the cached spec cannot change them.
INT_PATH = _first("path", lambda s: s.get("type") == "integer")
STRING_PATH = _first("path", lambda s: s.get("type") == "string" and "enum" not in s)
INT_QUERY = _first("query", lambda s: s.get("type") == "integer")
STRING_QUERY = _first("query", lambda s: s.get("type") == "string" and not {"enum", "format"} & s.keys())
DATE_QUERY = _first("query", lambda s: s.get("format") == "date")
UUID_QUERY = _first("query", lambda s: s.get("format") == "uuid")
ARRAY_QUERY = _first("query", lambda s: s.get("type") == "array")
ENUM_QUERY = _first("query", lambda s: len(s.get("enum") or ()) > 1)
USED = {INT_PATH[0], STRING_PATH[0], INT_QUERY[0], STRING_QUERY[0], DATE_QUERY[0], UUID_QUERY[0], ARRAY_QUERY[0]}
VALID = {op: arguments_for(op, raw_method(op)) for op in USED | {ENUM_QUERY[0]}}


BAD_PATH_VALUES = [
    (INT_PATH, ".."),
    (INT_PATH, True),
    (INT_PATH, None),
    (INT_PATH, 1.5),
    (INT_PATH, math.nan),
    (INT_PATH, [1]),
    (INT_PATH, "1"),
    (INT_PATH, 2**63),
    (STRING_PATH, ".."),
    (STRING_PATH, "."),
    (STRING_PATH, ""),
    (STRING_PATH, "\ud800"),
    (STRING_PATH, 7),
    (STRING_PATH, None),
]


@pytest.mark.asyncio
@pytest.mark.parametrize(("target", "value"), BAD_PATH_VALUES, ids=case_id)
async def test_bad_path_argument_is_refused_naming_operation_parameter_and_value(
    target: tuple[str, str, Mapping[str, Any]], value: object
) -> None:
    operation_id, name, _ = target
    with mocked_api() as route:
        async with make_client() as client:
            with pytest.raises(InvalidRequestError) as info:
                await call_operation(client, operation_id, VALID[operation_id], **{name: value})
    message = str(info.value)
    assert message.startswith(f"{operation_id}: {name} ") and repr(value)[:20] in message
    assert not route.called


@pytest.mark.asyncio
async def test_string_path_argument_stays_one_segment_encoded_and_dot_segments_are_refused() -> None:
    operation_id, name, _ = STRING_PATH
    with mocked_api() as route:
        async with make_client() as client:
            await call_operation(client, operation_id, VALID[operation_id], **{name: "a/b?c#d%e ..x"})
            with pytest.raises(InvalidRequestError, match="would change which URL is called"):
                await call_operation(client, operation_id, VALID[operation_id], **{name: ".."})
    assert route.call_count == 1
    raw_path = route.calls.last.request.url.raw_path.decode()
    assert "/a%2Fb%3Fc%23d%25e%20..x/" in raw_path
    segments = raw_path.split("/")
    assert len(segments) == len(perfectgym.OPERATIONS[operation_id].path.split("/"))


BAD_QUERY_VALUES = [
    (INT_QUERY, True, "must be an integer"),
    (INT_QUERY, "5", "must be an integer"),
    (INT_QUERY, 5.0, "must be an integer"),
    (INT_QUERY, 2**80, "integer"),
    (STRING_QUERY, 5, "must be a string"),
    (STRING_QUERY, b"x", "must be a string"),
    (STRING_QUERY, "\udfff", "not valid Unicode"),
    (DATE_QUERY, dt.datetime(2024, 1, 31, 10), "must be a date, not a datetime"),
    (DATE_QUERY, "31.01.2024", "must be a date like 2024-01-31"),
    (DATE_QUERY, "2024-02-30", "must be a date like 2024-01-31"),
    (UUID_QUERY, "not-a-uuid", "must be a UUID"),
    (UUID_QUERY, 12, "must be a uuid.UUID"),
    (ARRAY_QUERY, "single", "must be a list"),
    (ARRAY_QUERY, [None], "[0] must be"),
]


@pytest.mark.asyncio
@pytest.mark.parametrize(("target", "value", "problem"), BAD_QUERY_VALUES, ids=case_id)
async def test_query_argument_of_the_wrong_type_is_refused_by_its_spec_schema(
    target: tuple[str, str, Mapping[str, Any]], value: object, problem: str
) -> None:
    operation_id, name, _ = target
    with mocked_api() as route:
        async with make_client() as client:
            with pytest.raises(InvalidRequestError, match=re.escape(problem)) as info:
                await call_operation(client, operation_id, VALID[operation_id], **{name: value})
    assert str(info.value).startswith(f"{operation_id}: {name}")
    assert not route.called


@pytest.mark.asyncio
async def test_enum_query_argument_takes_any_value_as_a_plain_string_and_refuses_unknown_ones() -> None:
    operation_id, name, schema = ENUM_QUERY
    wire_name = next(
        p["name"] for op, p, _ in _spec_parameters() if op == operation_id and snake_case(p["name"]) == name
    )
    with mocked_api() as route:
        async with make_client() as client:
            for value in schema["enum"]:
                await call_operation(client, operation_id, VALID[operation_id], **{name: value})
                assert route.calls.last.request.url.params[wire_name] == value
            with pytest.raises(InvalidRequestError) as info:
                await call_operation(client, operation_id, VALID[operation_id], **{name: "NOT_A_VALUE"})
    assert f"{operation_id}: {name} must be one of" in str(info.value)
    assert all(repr(value) in str(info.value) for value in schema["enum"])
    assert route.call_count == len(schema["enum"])


@pytest.mark.asyncio
async def test_explicitly_constructed_unknown_enum_member_is_sent_but_the_same_plain_string_is_not() -> None:
    operation_id, name, _ = ENUM_QUERY
    annotation = typing.get_type_hints(raw_method(operation_id))[name]
    enum_type = next(t for t in typing.get_args(annotation) if isinstance(t, type) and issubclass(t, enum.Enum))
    with mocked_api() as route:
        async with make_client() as client:
            await call_operation(
                client, operation_id, VALID[operation_id], **{name: enum_type("NEW_IN_A_LATER_VERSION")}
            )
            with pytest.raises(InvalidRequestError, match=f"{operation_id}: {name} must be one of"):
                await call_operation(client, operation_id, VALID[operation_id], **{name: "NEW_IN_A_LATER_VERSION"})
    assert "NEW_IN_A_LATER_VERSION" in str(route.calls.last.request.url)
    assert route.call_count == 1


@pytest.mark.asyncio
async def test_date_and_uuid_query_arguments_also_take_their_iso_strings() -> None:
    day, an_id = "2024-01-31", "3fa85f64-5717-4562-b3fc-2c963f66afa6"
    with mocked_api() as route:
        async with make_client() as client:
            await call_operation(client, DATE_QUERY[0], VALID[DATE_QUERY[0]], **{DATE_QUERY[1]: day})
            date_url = route.calls.last.request.url
            await call_operation(client, UUID_QUERY[0], VALID[UUID_QUERY[0]], **{UUID_QUERY[1]: an_id})
            uuid_url = route.calls.last.request.url
            await call_operation(client, UUID_QUERY[0], VALID[UUID_QUERY[0]], **{UUID_QUERY[1]: uuid.UUID(an_id)})
    assert day in date_url.params.values() and an_id in uuid_url.params.values()
    assert route.calls.last.request.url == uuid_url


@pytest.mark.asyncio
async def test_none_omits_an_optional_argument_and_is_refused_for_a_required_one() -> None:
    operation_id, name, _ = STRING_QUERY
    with mocked_api() as route:
        async with make_client() as client:
            await call_operation(client, operation_id, VALID[operation_id], **{name: None})
            with pytest.raises(InvalidRequestError, match=f"{INT_PATH[1]} is required"):
                await call_operation(client, INT_PATH[0], VALID[INT_PATH[0]], **{INT_PATH[1]: None})
    assert route.call_count == 1
    assert "None" not in str(route.calls.last.request.url)


@pytest.mark.asyncio
async def test_paginator_refuses_a_bad_argument_when_created_and_sends_converted_ones_on_every_page() -> None:
    operation_id, name, schema = next(
        (op_id, snake_case(p["name"]), s)
        for op_id, p, s in _spec_parameters()
        if perfectgym.OPERATIONS[op_id].is_paginated and p["in"] == "query" and len(s.get("enum") or ()) > 1
    )
    iterate = f"iter_{snake_case(operation_id).removeprefix('get_')}"
    value = schema["enum"][-1]
    pages = iter([{"result": [], "hasNext": True, "offset": "10"}, {"result": [], "hasNext": False, "offset": "20"}])
    with respx.mock(assert_all_called=False) as router:
        route = router.route().mock(side_effect=lambda request: httpx.Response(200, json=next(pages)))
        async with make_client() as client:
            resource = getattr(client, perfectgym.OPERATIONS[operation_id].tag)
            with pytest.raises(InvalidRequestError, match=f"{operation_id}: {name} must be one of"):
                getattr(resource, iterate)(**{name: "NOT_A_VALUE"})
            with pytest.raises(InvalidRequestError, match=f"{operation_id}: offset must be a string"):
                getattr(resource, iterate)(start_offset=10)
            assert not route.called
            async for _ in getattr(resource, iterate)(**{name: value}).pages():
                pass
    assert route.call_count == 2
    assert all(value in str(call.request.url) for call in route.calls)
    assert str(route.calls.last.request.url).startswith(BASE_URL)
