"""What a failed call says: typed always, honest about whether it may have executed, picklable.

Every case goes through the public client; the API is mocked with respx (no sockets).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import pickle
from typing import Any

import httpx
import pytest
import respx

import perfectgym
from perfectgym import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    ClientClosedError,
    InternalServerError,
    NotFoundError,
    PerfectGymError,
    ResponseTooLargeError,
    ServiceUnavailableError,
    webhooks,
)
from perfectgym.webhooks import parse_webhook
from perfectgym_client.models import Customer
from tests.support.fakes import API_KEY, BASE_URL, FakeClock, make_client
from tests.support.spec import schema_example

CUSTOMER_URL = f"{BASE_URL}/v1/customers/42"
SEARCH_URL = f"{BASE_URL}/v1/customers/search"
RESTRICTION_URL = f"{BASE_URL}/v1/customers/42/access-restrictions"
SEARCH_BODY = {"lastName": "Koch"}


@pytest.mark.asyncio
async def test_a_post_whose_response_was_lost_says_it_may_have_executed() -> None:
    with respx.mock() as router:
        router.post(SEARCH_URL).mock(side_effect=httpx.ReadError("connection reset"))
        async with make_client() as client:
            with pytest.raises(APIConnectionError) as info:
                await client.customers.search_customers(body=SEARCH_BODY)
    assert info.value.may_have_executed is True
    assert "may have executed" in str(info.value)
    assert info.value.attempts == 1  # a POST is never retried after it may have run


@pytest.mark.asyncio
async def test_a_post_that_never_connected_says_it_did_not_execute() -> None:
    with respx.mock() as router:
        router.post(SEARCH_URL).mock(side_effect=httpx.ConnectError("refused"))
        async with make_client(max_retries=0) as client:
            with pytest.raises(APIConnectionError) as info:
                await client.customers.search_customers(body=SEARCH_BODY)
    assert info.value.may_have_executed is False
    assert "may have executed" not in str(info.value)


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("status", "error_class", "may_have_executed"),
    [(500, InternalServerError, True), (503, ServiceUnavailableError, False), (404, NotFoundError, False)],
)
async def test_status_errors_on_a_post_say_whether_it_may_have_executed(
    status: int, error_class: type[APIStatusError], may_have_executed: bool
) -> None:
    with respx.mock() as router:
        router.post(SEARCH_URL).respond(status, json={"errorMessage": "boom"})
        async with make_client(max_retries=0) as client:
            with pytest.raises(error_class) as info:
                await client.customers.search_customers(body=SEARCH_BODY)
    assert info.value.may_have_executed is may_have_executed
    assert ("may have executed" in str(info.value)) is may_have_executed


@pytest.mark.asyncio
async def test_a_delete_retried_after_a_lost_response_does_not_read_as_a_plain_not_found() -> None:
    with respx.mock() as router:
        route = router.delete(RESTRICTION_URL).mock(
            side_effect=[httpx.ReadError("reset after the server deleted"), httpx.Response(404, json={})]
        )
        async with make_client() as client:
            with pytest.raises(NotFoundError) as info:
                await client.customers.delete_access_restriction(42)
    assert route.call_count == 2
    assert info.value.may_have_executed is True
    assert "an earlier attempt may have succeeded" in str(info.value)
    assert "ReadError" in str(info.value)


@pytest.mark.asyncio
async def test_a_plain_not_found_on_the_first_attempt_stays_plain() -> None:
    with respx.mock() as router:
        router.delete(RESTRICTION_URL).respond(404, json={})
        async with make_client() as client:
            with pytest.raises(NotFoundError) as info:
                await client.customers.delete_access_restriction(42)
    assert info.value.may_have_executed is False
    assert "earlier attempt" not in str(info.value)


async def _raised_errors() -> list[PerfectGymError]:
    """One instance of each error a call can raise, produced through the public client."""
    errors: list[PerfectGymError] = []
    statuses = [400, 401, 403, 404, 409, 429, 500, 502, 503]
    with respx.mock() as router:
        route = router.get(CUSTOMER_URL)
        async with make_client(max_retries=0) as client:
            for status in statuses:
                route.respond(status, json={"errorMessage": "no", "traceId": "t-1", "args": ["42"]})
                try:
                    await client.customers.get_customer_by_id(42)
                except PerfectGymError as exc:
                    errors.append(exc)
            for side_effect in (httpx.ReadError("reset"), httpx.ReadTimeout("slow")):
                route.mock(side_effect=side_effect)
                try:
                    await client.customers.get_customer_by_id(42)
                except PerfectGymError as exc:
                    errors.append(exc)
            route.mock(side_effect=None).respond(200, json=[1, 2])
            try:
                await client.customers.get_customer_by_id(42)
            except PerfectGymError as exc:
                errors.append(exc)
            route.respond(302, headers={"Location": "https://elsewhere.example/"})
            try:
                await client.customers.get_customer_by_id(42)
            except PerfectGymError as exc:
                errors.append(exc)
            try:
                await client.customers.get_customers(slice_size=1)
            except PerfectGymError as exc:
                errors.append(exc)
        try:
            await client.customers.get_customer_by_id(42)
        except PerfectGymError as exc:
            errors.append(exc)
    try:
        perfectgym.AsyncPerfectGym(BASE_URL, API_KEY + "\r\nX-Injected: 1")
    except PerfectGymError as exc:
        errors.append(exc)
    errors += await _errors_of_the_other_features()
    return errors


async def _errors_of_the_other_features() -> list[PerfectGymError]:
    """Deadline, size cap, lazy fields, pagination, registry, domain rule and webhook errors."""
    found: list[PerfectGymError] = []

    async def catch(call: Any) -> None:
        try:
            await call()
        except PerfectGymError as exc:
            found.append(exc)

    clock = FakeClock()
    policy = perfectgym.RetryPolicy(max_retries=0, deadline=5.0)
    with respx.mock() as router:
        route = router.get(CUSTOMER_URL)
        async with make_client(clock, retry_policy=policy) as client:
            route.respond(429, headers={"Retry-After": "30"})
            await catch(lambda: client.customers.get_customer_by_id(42))
            await catch(lambda: client.customers.get_customer_by_id(42))  # DeadlineExceededError
        route.respond(200, content=b"x" * 20_000)
        async with make_client(max_response_bytes=10_000) as client:
            await catch(lambda: client.customers.get_customer_by_id(42))  # ResponseTooLargeError
        cycle = {"result": [], "hasNext": True, "offset": "same"}
        router.get(f"{BASE_URL}/v1/customers").respond(200, json=cycle)
        async with make_client() as client:
            await catch(lambda: client.customers.iter_customers(start_offset="same").pages().__anext__())
            await catch(lambda: _consume(client.customers.iter_customers(start_offset="same")))
    customer = Customer.from_dict(schema_example("Customer") | {"id": "not-an-int"})
    for build in (
        lambda: customer.id,
        lambda: perfectgym.StudioRegistry().client("gym-x"),
        lambda: perfectgym.AccessRestriction("", dt.date(2026, 1, 2)),
        lambda: parse_webhook(b'{"entityId": "x", "uuid": "u", "payload": "nope"}'),
    ):
        try:
            build()
        except PerfectGymError as exc:
            found.append(exc)
    return found


async def _consume(paginator: Any) -> None:
    async for _ in paginator:
        pass


@pytest.mark.asyncio
async def test_every_error_round_trips_through_pickle_with_type_status_and_message_and_no_key() -> None:
    errors = await _raised_errors()
    exported = {
        cls
        for name in [*perfectgym.__all__, *webhooks.__all__]
        if isinstance(cls := getattr(perfectgym, name, None) or getattr(webhooks, name), type)
        and issubclass(cls, PerfectGymError)
    }
    assert exported - {type(error) for error in errors} <= {PerfectGymError, APIStatusError}, (
        "an error class is untested"
    )
    for error in errors:
        data = pickle.dumps(error)
        assert API_KEY.encode() not in data, type(error).__name__
        copy = pickle.loads(data)
        assert type(copy) is type(error)
        assert str(copy) == str(error)
        assert getattr(copy, "status_code", None) == getattr(error, "status_code", None)
        assert getattr(copy, "may_have_executed", None) == getattr(error, "may_have_executed", None)
        if isinstance(error, APIStatusError):
            assert isinstance(copy, APIStatusError)
            assert (copy.trace_id, copy.error_args) == (error.trace_id, error.error_args)
            assert copy.trace_id == "t-1" or error.status_code == 429  # the 429 answered without a body


@pytest.mark.asyncio
async def test_a_closed_client_and_its_views_raise_a_typed_error_without_sending() -> None:
    with respx.mock(assert_all_called=False) as router:
        route = router.route().respond(200, json={})
        client = make_client()
        view = client.with_options(max_retries=0)
        await client.aclose()
        for call in (
            client.customers.get_customer_by_id(42),
            view.customers.get_customer_by_id(42),
            client.customers.with_raw_response.search_customers(body=SEARCH_BODY),
            client.verify_api_key(),
        ):
            with pytest.raises(ClientClosedError, match="closed"):
                await call
        with pytest.raises(ClientClosedError):
            async for _ in client.customers.iter_customers():
                pass
    assert route.call_count == 0


@pytest.mark.asyncio
@pytest.mark.parametrize("status", [200, 404])
async def test_deeply_nested_json_is_a_typed_error_not_a_recursion_error(status: int) -> None:
    nested = b"[" * 200_000 + b"]" * 200_000
    with respx.mock() as router:
        router.get(CUSTOMER_URL).respond(status, content=nested, headers={"Content-Type": "application/json"})
        async with make_client() as client:
            with pytest.raises(APIResponseValidationError if status == 200 else NotFoundError):
                await client.customers.get_customer_by_id(42)


@pytest.mark.asyncio
@pytest.mark.parametrize("status", [200, 400])
async def test_an_integer_past_the_digit_limit_is_a_typed_error(status: int) -> None:
    body = b'{"id": ' + b"9" * 5000 + b', "errorMessage": "x"}'
    with respx.mock() as router:
        router.get(CUSTOMER_URL).respond(status, content=body, headers={"Content-Type": "application/json"})
        async with make_client() as client:
            with pytest.raises(APIResponseValidationError if status == 200 else perfectgym.BadRequestError):
                await client.customers.get_customer_by_id(42)


@pytest.mark.asyncio
async def test_a_body_past_max_response_bytes_is_a_typed_error() -> None:
    with respx.mock() as router:
        router.get(CUSTOMER_URL).respond(200, content=b'{"id": 1, "pad": "' + b"x" * 2_000_000 + b'"}')
        async with make_client(max_response_bytes=1_000_000) as client:
            with pytest.raises(ResponseTooLargeError) as info:
                await client.customers.get_customer_by_id(42)
        async with make_client(max_response_bytes=3_000_000, validate_responses=True) as roomy:
            with pytest.raises(APIResponseValidationError):  # read in full, then fails the (strict) model
                await roomy.customers.get_customer_by_id(42)
    assert info.value.limit == 1_000_000 and info.value.status_code == 200


@pytest.mark.asyncio
@pytest.mark.parametrize("concurrency", [0, -1, 1.5, True, "8"])
async def test_a_nonsense_gather_concurrency_is_an_invalid_request_error(concurrency: object) -> None:
    async with make_client() as client:
        with pytest.raises(perfectgym.InvalidRequestError, match="concurrency"):
            await client.gather([], concurrency=concurrency)  # type: ignore[arg-type]


@pytest.mark.asyncio
async def test_a_nonsense_gather_argument_is_an_invalid_request_error() -> None:
    async with make_client() as client:
        with pytest.raises(perfectgym.InvalidRequestError, match="awaitables"):
            await client.gather([1, 2])  # type: ignore[list-item]
        with pytest.raises(perfectgym.InvalidRequestError, match="iterable"):
            await client.gather(42)  # type: ignore[arg-type]


@pytest.mark.asyncio
async def test_a_retry_after_date_no_calendar_has_falls_back_to_backoff() -> None:
    with respx.mock() as router:
        router.get(CUSTOMER_URL).mock(
            side_effect=[
                httpx.Response(503, headers={"Retry-After": "Mon, 01 Jan 99999999999999999999 00:00:00 GMT"}),
                httpx.Response(200, json=schema_example("Customer")),
            ]
        )
        async with make_client() as client:
            await client.customers.get_customer_by_id(42)


@pytest.mark.asyncio
@pytest.mark.parametrize(("second", "error_class"), [(301, perfectgym.RedirectNotFollowedError), (404, None)])
async def test_a_lost_delete_followed_by_a_redirect_or_an_oversized_body_still_says_it_may_have_executed(
    second: int, error_class: type[PerfectGymError] | None
) -> None:
    answer = (
        httpx.Response(301, headers={"Location": "https://elsewhere.example/"})
        if second == 301
        else httpx.Response(404, content=b"x" * 5000)
    )
    with respx.mock() as router:
        router.delete(RESTRICTION_URL).mock(side_effect=[httpx.ReadError("reset"), answer])
        async with make_client(max_response_bytes=1000) as client:
            with pytest.raises(error_class or ResponseTooLargeError) as info:
                await client.customers.delete_access_restriction(42)
    error = info.value
    assert getattr(error, "may_have_executed", None) is True and getattr(error, "attempts", None) == 2
    assert "an earlier attempt may have succeeded" in str(error)


@pytest.mark.asyncio
@pytest.mark.parametrize(("status", "executed"), [(303, True), (307, False)])
async def test_a_redirected_post_says_whether_it_may_have_executed(status: int, executed: bool) -> None:
    with respx.mock() as router:
        router.post(SEARCH_URL).respond(status, headers={"Location": "https://elsewhere.example/result"})
        async with make_client() as client:
            with pytest.raises(perfectgym.RedirectNotFollowedError) as info:
                await client.customers.search_customers(body=SEARCH_BODY)
    assert info.value.may_have_executed is executed


@pytest.mark.asyncio
async def test_a_view_refuses_a_retry_policy_that_is_not_one() -> None:
    async with make_client() as client:
        with pytest.raises(perfectgym.ConfigurationError, match="retry_policy"):
            client.with_options(retry_policy="fast")  # type: ignore[arg-type]


@pytest.mark.asyncio
async def test_gather_cancels_the_tasks_it_was_given_when_one_fails_and_refuses_duplicates() -> None:
    async def fail() -> None:
        raise RuntimeError("boom")

    async def forever() -> None:
        await asyncio.Event().wait()

    tasks = [asyncio.create_task(forever()) for _ in range(4)]
    async with make_client() as client:
        with pytest.raises(RuntimeError, match="boom"):
            await client.gather([fail(), *tasks], concurrency=2)
        await asyncio.sleep(0)
        assert all(task.cancelled() for task in tasks)
        again = forever()
        with pytest.raises(perfectgym.InvalidRequestError, match="twice"):
            await client.gather([again, again])


def test_a_huge_retry_number_does_not_overflow_the_backoff() -> None:
    policy = perfectgym.RetryPolicy(max_retries=5000, initial_wait=0.0001, max_wait=20.0, jitter=lambda: 1.0)
    assert policy.computed_wait(1100) == 20.0
