"""Property: whatever junk a caller passes, the SDK raises only its own errors, and sends only well-formed requests.

Operations are picked from the OPERATIONS table by what they take (integer and string path
parameters, enum/date/array query parameters, a JSON body, a list body, a multipart body);
every argument is either valid (the spec's example) or junk drawn by hypothesis.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import respx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openapi_python_client.strings import snake_case

import perfectgym
from perfectgym import InvalidRequestError, Operation, PerfectGymError
from tests.contract.arguments import arguments_for
from tests.support.calls import raw_method
from tests.support.fakes import make_client
from tests.support.spec import assert_matches_spec, example_for, load_spec, spec_operation
from tools.spec_changes import resolve


def _pick(predicate: Callable[[Operation], bool]) -> str:
    return next(op_id for op_id, op in sorted(perfectgym.OPERATIONS.items()) if predicate(op))


def _has(op: Operation, location: str, test: Callable[[Any], bool]) -> bool:
    return any(p.location == location and test(p.schema) for p in op.parameters)


def _valid(operation_id: str) -> dict[str, Any]:
    arguments = arguments_for(operation_id, raw_method(operation_id))
    body = perfectgym.OPERATIONS[operation_id].body
    if body is not None and body.multipart:  # optional in the spec, so arguments_for leaves it out
        request_body = resolve(spec_operation(operation_id)["requestBody"], load_spec())
        arguments["body"] = example_for(request_body["content"]["multipart/form-data"]["schema"])
    return arguments


CHOSEN = sorted(
    {
        _pick(lambda op: _has(op, "path", lambda s: s.kind == "integer") and not op.body),
        _pick(lambda op: _has(op, "path", lambda s: s.kind == "string")),
        _pick(lambda op: _has(op, "query", lambda s: s.enum_type is not None) and op.is_paginated),
        _pick(lambda op: _has(op, "query", lambda s: s.format == "date")),
        _pick(lambda op: _has(op, "query", lambda s: s.kind == "array")),
        _pick(lambda op: op.body is not None and not op.body.multipart and not op.body_is_list),
        _pick(lambda op: op.body_is_list),
        _pick(lambda op: op.body is not None and op.body.multipart),
    }
)
VALID = {op: _valid(op) for op in CHOSEN}  # at import, before any test can touch the cached spec


class HugeInt(int):
    """An int too long for repr() (Python's 4300-digit limit) that still has one, for hypothesis' reports."""

    def __repr__(self) -> str:
        return f"HugeInt(<{self.bit_length()} bits>)"


ODD_STRINGS = [
    "",
    ".",
    "..",
    "/",
    "a/b",
    "..%2f",
    "?#%",
    "\x00",
    "\ud800",
    "ok\udfff",
    "é" * 3,
    "x" * 5000,
    "1",
    "MEMBER",
]
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.sampled_from([2**31, 2**63, -(2**64)]),
    st.sampled_from([4301, 5000, 20000]).map(lambda digits: HugeInt(-(10**digits) if digits % 2 else 10**digits)),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(ODD_STRINGS),
    st.text(max_size=20),
    st.binary(max_size=20),
    st.dates(),
    st.datetimes(),
    st.uuids(),
)
JUNK = st.recursive(
    SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.tuples(inner, inner),
        st.dictionaries(st.one_of(st.sampled_from(ODD_STRINGS), st.text(max_size=8), st.integers()), inner, max_size=3),
    ),
    max_leaves=8,
)


_ABSENT = object()


@st.composite
def _mutated(draw: st.DrawFn, valid: Any) -> Any:
    """Mostly the valid value; else junk, or (objects, lists) the valid value with one part replaced or added."""
    choice = draw(st.sampled_from(["keep", "keep", "junk", "inner"]))
    if choice == "junk":
        return draw(JUNK)
    if choice == "inner" and isinstance(valid, dict) and valid:
        key = draw(st.sampled_from([*valid, "unknownKey", "last_name"]))
        return {**valid, key: draw(_mutated(valid.get(key)))}
    if choice == "inner" and isinstance(valid, list) and valid:
        return [*valid, draw(_mutated(valid[0]))]
    return valid


@st.composite
def _arguments(draw: st.DrawFn, operation_id: str) -> dict[str, Any]:
    """Every parameter of the operation (and its body): the valid value, junk, or left out when optional."""
    operation = perfectgym.OPERATIONS[operation_id]
    names = [p.python_name for p in operation.parameters] + (["body"] if operation.body is not None else [])
    arguments = {}
    for name in names:
        value = draw(_mutated(VALID[operation_id].get(name, _ABSENT)))
        if value is not _ABSENT:
            arguments[name] = value
    return arguments


@st.composite
def _calls(draw: st.DrawFn) -> tuple[str, dict[str, Any]]:
    operation_id = draw(st.sampled_from(CHOSEN))
    return operation_id, draw(_arguments(operation_id))


def _walk_strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from _walk_strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _walk_strings(item)


def _refuse_constant(name: str) -> Any:
    raise AssertionError(f"the JSON body contains {name}")


def _json_body_schema(operation_id: str) -> Any:
    request_body = resolve(spec_operation(operation_id).get("requestBody") or {}, load_spec())
    return ((request_body.get("content") or {}).get("application/json") or {}).get("schema")


JSON_BODY_SCHEMAS = {op: _json_body_schema(op) for op in CHOSEN}


def _assert_well_formed(operation_id: str, request: httpx.Request) -> None:
    """The path has the template's segments (nothing normalised away); a JSON body parses and matches the spec."""
    template = perfectgym.OPERATIONS[operation_id].path.split("/")
    sent = request.url.raw_path.decode("ascii").partition("?")[0].split("/")
    assert len(sent) == len(template), request.url
    for fixed, segment in zip(template, sent, strict=True):
        assert segment == fixed if not fixed.startswith("{") else segment not in ("", ".", ".."), request.url
    content_type = request.headers.get("content-type", "")
    assert "boundary=+++" not in content_type
    if content_type.startswith("application/json"):
        document = json.loads(request.content.decode("utf-8"), parse_constant=_refuse_constant)
        for text in _walk_strings(document):
            text.encode("utf-8")  # no lone surrogates
        assert_matches_spec(document, JSON_BODY_SCHEMAS[operation_id])


async def _attempt(operation_id: str, arguments: dict[str, Any]) -> None:
    with respx.mock(assert_all_called=False) as router:
        route = router.route().respond(200, json={})
        async with make_client(max_retries=0) as client:
            method = getattr(
                getattr(client, perfectgym.OPERATIONS[operation_id].tag).with_raw_response, snake_case(operation_id)
            )
            try:
                await method(**arguments)
            except InvalidRequestError:
                assert not route.called, "an InvalidRequestError after a request was sent"
            except PerfectGymError:
                pass  # e.g. the mocked {} does not parse as the operation's model: the request was fine
        for call in route.calls:
            _assert_well_formed(operation_id, call.request)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_calls())
def test_junk_arguments_raise_only_sdk_errors_and_never_send_a_malformed_request(
    call: tuple[str, dict[str, Any]],
) -> None:
    operation_id, arguments = call
    asyncio.run(_attempt(operation_id, arguments))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from([op for op in CHOSEN if perfectgym.OPERATIONS[op].is_paginated]), st.data())
def test_junk_paginator_arguments_fail_when_the_paginator_is_created_or_not_at_all(
    operation_id: str, data: st.DataObject
) -> None:
    iterate = f"iter_{snake_case(operation_id).removeprefix('get_')}"
    arguments = {name: value for name, value in data.draw(_arguments(operation_id)).items() if name != "offset"}

    async def run() -> None:
        with respx.mock(assert_all_called=False) as router:
            route = router.route().respond(200, json={"result": [], "hasNext": False, "offset": "0"})
            async with make_client(max_retries=0) as client:
                resource = getattr(client, perfectgym.OPERATIONS[operation_id].tag)
                try:
                    paginator = getattr(resource, iterate)(**arguments)
                except InvalidRequestError:
                    return
                try:
                    async for _ in paginator:
                        pass
                except InvalidRequestError as exc:
                    raise AssertionError(f"refused on a page, not when created: {exc}") from exc
                except PerfectGymError:
                    pass
            assert route.called  # checked at creation: the first page is never refused
            for sent in route.calls:
                _assert_well_formed(operation_id, sent.request)

    asyncio.run(run())
