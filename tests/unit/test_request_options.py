"""Per-call options on every generated method: timeout, max_retries and the extra_* for what the spec lacks."""

from __future__ import annotations

import enum
import json
import re
import uuid
from typing import Any

import httpx
import pytest
import respx

from perfectgym import OPERATIONS, InvalidRequestError, ServiceUnavailableError
from perfectgym._request_options import OPTION_NAMES
from tests.support.fakes import BASE_URL, make_client
from tools import generate_layer

CUSTOMER = {"id": 42, "status": "MEMBER", "accessRefusal": False}
ONE = f"{BASE_URL}/v1/customers/42"
LIST = f"{BASE_URL}/v1/customers"
SEARCH = OPERATIONS["searchCustomers"]
PAGE = {"result": [CUSTOMER], "hasNext": False, "offset": "42"}


def _declared_query(operation_id: str) -> str:
    return next(p.name for p in OPERATIONS[operation_id].parameters if p.location == "query")


def test_the_generator_and_the_runtime_agree_on_the_option_names() -> None:
    assert set(generate_layer.OPTION_NAMES) == OPTION_NAMES


@pytest.mark.asyncio
async def test_timeout_and_max_retries_apply_to_one_call_only() -> None:
    seen: list[Any] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"])
        return httpx.Response(503)

    with respx.mock() as router:
        route = router.get(ONE).mock(side_effect=answer)
        async with make_client(max_retries=2, timeout=30) as client:
            with pytest.raises(ServiceUnavailableError):
                await client.customers.get_customer_by_id(42, max_retries=0, timeout=1.5)
            assert route.call_count == 1 and seen[-1]["read"] == 1.5
            with pytest.raises(ServiceUnavailableError):
                await client.customers.get_customer_by_id(42)
            assert route.call_count == 4 and seen[-1]["read"] == 30  # the client's own settings again


@pytest.mark.asyncio
async def test_extras_reach_the_request_beside_the_typed_arguments() -> None:
    with respx.mock() as router:
        get = router.get(ONE).respond(200, json=CUSTOMER)
        post = router.post(f"{BASE_URL}{SEARCH.path}").respond(200, json=[CUSTOMER])
        async with make_client() as client:
            await client.customers.get_customer_by_id(
                42, extra_headers={"X-Feature": "beta"}, extra_query={"includeV2": True, "tag": ["a", "b"]}
            )
            await client.customers.search_customers(body={"email": "a@b.c"}, extra_body={"fuzzyV2": 0.5})
    sent = get.calls.last.request
    assert sent.headers["X-Feature"] == "beta"
    assert sent.url.params.get_list("tag") == ["a", "b"] and sent.url.params["includeV2"] == "true"
    assert json.loads(post.calls.last.request.content) == {"email": "a@b.c", "fuzzyV2": 0.5}


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"max_retry": 0}, "unknown option 'max_retry'"),
        ({"timeout": 0}, "timeout must be a number of seconds > 0"),
        ({"timeout": True}, "timeout must be a number of seconds > 0"),
        ({"max_retries": -1}, "max_retries must be an int >= 0"),
        ({"extra_headers": {"X-API-KEY": "other"}}, "cannot set 'X-API-KEY'"),
        ({"extra_headers": {"content-type": "text/plain"}}, "cannot set 'content-type'"),
        ({"extra_headers": {"X-Bad": "a\r\nInjected: 1"}}, "printable ASCII"),
        ({"extra_headers": {"Bad Name": "x"}}, "Bad Name"),
        ({"extra_headers": ["X-A"]}, "extra_headers must be a mapping"),
        ({"extra_query": {"x": {"nested": 1}}}, "extra_query['x'] must be a str, int, float or bool"),
        ({"extra_query": {"x": []}}, "extra_query['x'] must be"),
        ({"extra_query": {"x": float("nan")}}, "extra_query['x'] must be a finite number"),
        ({"extra_query": {"x": [float("inf")]}}, "extra_query['x'] must be a finite number"),
        ({"extra_headers": {"Upgrade": "websocket"}}, "cannot set 'Upgrade'"),
        ({"extra_headers": {"te": "trailers"}}, "cannot set 'te'"),
        ({"extra_headers": {"Expect": "100-continue"}}, "cannot set 'Expect'"),
        ({"extra_headers": {"Trailer": "X-A"}}, "cannot set 'Trailer'"),
        ({"extra_headers": {"Keep-Alive": "timeout=5"}}, "cannot set 'Keep-Alive'"),
        ({"extra_headers": {"Proxy-Authorization": "Basic eA=="}}, "cannot set 'Proxy-Authorization'"),
        ({"extra_headers": {"Cookie": "a=b"}}, "cannot set 'Cookie'"),
        ({"extra_headers": {"User-Agent": "mine/1"}}, "cannot set 'User-Agent'"),
        ({"extra_headers": {"Content-Encoding": "gzip"}}, "cannot set 'Content-Encoding'"),
        ({"extra_headers": {"X-HTTP-Method-Override": "DELETE"}}, "another method"),
        ({"extra_headers": {"If-None-Match": '"v1"'}}, "a 304, 206 or 412"),
        ({"extra_headers": {"Range": "bytes=0-1"}}, "a 304, 206 or 412"),
        ({"extra_headers": {"If-Match": '"v1"'}}, "a 304, 206 or 412"),
        ({"extra_headers": {"X_API_KEY": "someone-elses"}}, "cannot set 'X_API_KEY'"),
        ({"extra_headers": {"X-Original-URL": "/admin"}}, "another path or host"),
        ({"extra_query": {"q": "a\x00b"}}, "NUL"),
        ({"extra_query": {"a\x00b": 1}}, "NUL"),
        ({"extra_query": {"CUSTOMERID": 5}}, "the spec declares it"),
        ({"extra_query": {"x": 10**5000}}, "an integer too large to send"),
        ({"timeout": httpx.Timeout(-1)}, "timeout must be None or a number of seconds > 0"),
        ({"timeout": httpx.Timeout(5, read=float("nan"))}, "read timeout must be None"),
        ({"extra_body": {"x": 1}}, "extra_body needs a JSON object body"),
    ],
)
async def test_bad_options_are_refused_before_any_request(options: dict[str, Any], message: str) -> None:
    with respx.mock(assert_all_called=False) as router:
        route = router.get(ONE).respond(200, json=CUSTOMER)
        async with make_client() as client:
            with pytest.raises(InvalidRequestError, match=re.escape(message)):
                await client.customers.get_customer_by_id(42, **options)
    assert route.call_count == 0


@pytest.mark.asyncio
async def test_extras_cannot_shadow_what_the_spec_declares() -> None:
    declared_query = _declared_query("getCustomers")
    declared_field = next(iter(SEARCH.body.definitions[SEARCH.body.schema.ref].properties))  # type: ignore[union-attr,index]
    with respx.mock(assert_all_called=False) as router:
        route = router.route().respond(200, json=PAGE)
        async with make_client() as client:
            with pytest.raises(InvalidRequestError, match=f"cannot set '{declared_query}': the spec declares it"):
                await client.customers.get_customers(extra_query={declared_query: "x"})
            with pytest.raises(InvalidRequestError, match=f"cannot set '{declared_field}'.*set it in body="):
                await client.customers.search_customers(body={}, extra_body={declared_field: "x"})
            # The API matches names without regard to case: another spelling would shadow them all the same.
            with pytest.raises(InvalidRequestError, match="the spec declares it"):
                await client.customers.get_customers(extra_query={declared_query.upper(): "x"})
            with pytest.raises(InvalidRequestError, match="the spec declares it"):
                await client.customers.search_customers(body={}, extra_body={declared_field.swapcase(): "x"})
    assert route.call_count == 0


@pytest.mark.asyncio
async def test_paginators_take_the_options_for_every_page_and_check_them_at_once() -> None:
    with respx.mock() as router:
        route = router.get(LIST).respond(200, json=PAGE)
        async with make_client() as client:
            with pytest.raises(InvalidRequestError, match="unknown option 'extra_heders'"):
                client.customers.iter_customers(extra_heders={"X": "1"})  # type: ignore[call-arg]
            items = [c.id async for c in client.customers.iter_customers(extra_query={"v2": 1}, max_retries=0)]
    assert items == [42] and route.calls.last.request.url.params["v2"] == "1"


def test_a_body_schema_composed_with_all_of_declares_every_parts_fields_for_extra_body() -> None:
    """A spec bump that composes a body (allOf) must not let extra_body shadow the fields of its parts."""
    from perfectgym._schema import Schema

    raw = {
        "components": {
            "schemas": {
                "Base": {"type": "object", "required": ["id"], "properties": {"id": {"type": "integer"}}},
                "Named": {
                    "allOf": [
                        {"$ref": "#/components/schemas/Base"},
                        {"type": "object", "properties": {"name": {"type": "string"}}},
                    ]
                },
            }
        }
    }
    writer = generate_layer.SchemaWriter(raw)
    schema = eval(writer.code(raw["components"]["schemas"]["Named"]), {"Schema": Schema})  # the generator writes Python
    assert set(schema.properties) == {"id", "name"} and schema.required == {"id"}


def _cyclic() -> dict[str, Any]:
    loop: dict[str, Any] = {}
    loop["self"] = loop
    return loop


def _deep(levels: int) -> list[Any]:
    deep: list[Any] = []
    for _ in range(levels):
        deep = [deep]
    return deep


@pytest.mark.asyncio
@pytest.mark.parametrize("value", [_cyclic(), _deep(5000)], ids=["cycle", "deep"])
async def test_extra_body_that_contains_itself_or_nests_too_deep_is_refused(value: Any) -> None:
    with respx.mock(assert_all_called=False) as router:
        route = router.route().respond(200, json=[CUSTOMER])
        async with make_client() as client:
            with pytest.raises(InvalidRequestError, match="nested too deeply"):
                await client.customers.search_customers(body={}, extra_body={"newField": value})
    assert route.call_count == 0


@pytest.mark.asyncio
async def test_extra_body_cannot_replace_a_key_the_body_already_has() -> None:
    body = SEARCH.body_model.from_dict({})  # type: ignore[union-attr]
    body.additional_properties["newField"] = 1
    with respx.mock(assert_all_called=False) as router:
        route = router.route().respond(200, json=[CUSTOMER])
        async with make_client() as client:
            with pytest.raises(InvalidRequestError, match="'newField': the body already has it"):
                await client.customers.search_customers(body=body, extra_body={"newField": 2})
    assert route.call_count == 0


class Colour(str, enum.Enum):  # noqa: UP042  # the mixin users write; str() of a member is "Colour.RED"
    RED = "red-value"


@pytest.mark.asyncio
async def test_extras_send_a_uuid_as_text_and_an_enum_member_as_its_value() -> None:
    with respx.mock() as router:
        get = router.get(url__startswith=ONE).respond(200, json=CUSTOMER)
        post = router.post(f"{BASE_URL}{SEARCH.path}").respond(200, json=[CUSTOMER])
        raw = router.get(url__startswith=f"{BASE_URL}/v9/").respond(200, json={})
        async with make_client() as client:
            await client.customers.get_customer_by_id(42, extra_query={"colour": Colour.RED, "many": [Colour.RED]})
            await client.customers.search_customers(body={}, extra_body={"ref": uuid.UUID(int=7)})
            await client.request("GET", "/v9/{c}", path_params={"c": Colour.RED}, params={"c": Colour.RED})
    assert get.calls.last.request.url.params["colour"] == "red-value"
    assert get.calls.last.request.url.params.get_list("many") == ["red-value"]
    assert json.loads(post.calls.last.request.content)["ref"] == str(uuid.UUID(int=7))
    assert raw.calls.last.request.url.raw_path == b"/v9/red-value?c=red-value"


def test_a_paginators_extra_query_naming_the_offset_says_to_resume_with_start_offset() -> None:
    client = make_client()
    with pytest.raises(InvalidRequestError, match="start_offset="):
        client.customers.iter_customers(extra_query={"OFFSET": "5"})
