"""on_request / on_response: a metric recorded across retries; a broken or misused hook never breaks a call."""

from __future__ import annotations

import asyncio
import collections
import contextvars
import logging
import re
from typing import Any

import attrs
import httpx
import pytest
import respx
from openapi_python_client.strings import snake_case

import perfectgym
from perfectgym import ConfigurationError, StudioRegistry
from perfectgym.hooks import RequestEvent, ResponseEvent
from tests.support.fakes import API_KEY, BASE_URL, FakeClock, make_client

GET_BY_ID = next(op for op in perfectgym.OPERATIONS.values() if snake_case(op.operation_id) == "get_customer_by_id")
CUSTOMER_ID = 918273
BODY_MARK = "body-only-text-5c1e"  # in every response body: a hook must never see it
STUDIOS = {"gym-a": "https://gym-a.open-api.perfectgym.com", "gym-b": "https://gym-b.open-api.perfectgym.com"}


def _url(base_url: str = BASE_URL) -> str:
    return base_url + re.sub(r"\{[^}]+\}", str(CUSTOMER_ID), GET_BY_ID.path)


def _ok(**headers: str) -> httpx.Response:
    return httpx.Response(200, json={"note": BODY_MARK}, headers=headers)


class Metrics:
    """A tiny in-test metrics backend: counters and a latency histogram per operation, fed by the hooks."""

    def __init__(self) -> None:
        self.calls: collections.Counter[str | None] = collections.Counter()
        self.statuses: collections.Counter[int | None] = collections.Counter()
        self.retries: collections.Counter[str | None] = collections.Counter()
        self.latency: dict[str | None, list[float]] = collections.defaultdict(list)
        self.events: list[RequestEvent] = []

    def on_request(self, event: RequestEvent) -> None:  # a plain function
        self.events.append(event)
        self.calls[event.operation_id] += 1

    async def on_response(self, event: ResponseEvent) -> None:  # an async one
        self.events.append(event)
        self.statuses[event.status] += 1
        self.retries[event.operation_id] += event.will_retry
        self.latency[event.operation_id].append(event.duration)


def _answers_taking(clock: FakeClock, seconds: float, answers: list[Any]) -> Any:
    """A respx side effect: each attempt takes `seconds` on the fake clock, then answers the next of `answers`."""
    pending = iter(answers)

    def answer(request: httpx.Request) -> httpx.Response:
        clock.elapsed += seconds
        outcome = next(pending)
        if isinstance(outcome, Exception):
            raise outcome
        assert isinstance(outcome, httpx.Response)
        return outcome

    return answer


@pytest.mark.asyncio
async def test_hooks_record_attempts_429s_successes_and_latency_per_operation_across_a_retried_call() -> None:
    clock, metrics = FakeClock(), Metrics()
    answers = [httpx.Response(429, headers={"Retry-After": "1"}), _ok(**{"x-trace-id": "trace-ok"})]
    with respx.mock() as router:
        router.get(_url()).mock(side_effect=_answers_taking(clock, 0.25, answers))
        async with make_client(clock, on_request=metrics.on_request, on_response=metrics.on_response) as client:
            await client.customers.get_customer_by_id(CUSTOMER_ID)
    op = GET_BY_ID.operation_id
    assert metrics.calls == {op: 2}
    assert metrics.statuses == {429: 1, 200: 1}
    assert metrics.retries == {op: 1}
    assert metrics.latency == {op: [0.25, 0.25]}  # per attempt, without the Retry-After wait
    request, first, _, last = metrics.events
    assert request == RequestEvent(op, GET_BY_ID.method, GET_BY_ID.path, "demo.open-api.perfectgym.com", 1)
    assert isinstance(first, ResponseEvent) and isinstance(last, ResponseEvent)
    assert (first.attempt, first.error, first.will_retry) == (1, perfectgym.RateLimitError, True)
    assert (last.attempt, last.status, last.trace_id, last.error, last.will_retry) == (2, 200, "trace-ok", None, False)


@pytest.mark.asyncio
async def test_a_call_that_gives_up_pairs_every_request_event_with_a_response_event() -> None:
    metrics = Metrics()
    answers: list[httpx.Response | Exception] = [
        httpx.ConnectError("refused"),
        httpx.Response(503),
        httpx.Response(503),
    ]
    with respx.mock() as router:
        router.get(_url()).mock(side_effect=answers)
        async with make_client(max_retries=2, on_request=metrics.on_request, on_response=metrics.on_response) as client:
            with pytest.raises(perfectgym.ServiceUnavailableError):
                await client.customers.get_customer_by_id(CUSTOMER_ID)
    responses = [e for e in metrics.events if isinstance(e, ResponseEvent)]
    assert [type(e) for e in metrics.events] == [RequestEvent, ResponseEvent] * 3
    assert [(e.attempt, e.status, e.error, e.will_retry) for e in responses] == [
        (1, None, perfectgym.APIConnectionError, True),
        (2, 503, perfectgym.ServiceUnavailableError, True),
        (3, 503, perfectgym.ServiceUnavailableError, False),
    ]


@pytest.mark.asyncio
async def test_hooks_never_see_the_key_a_body_or_the_filled_in_path_and_cannot_change_an_event() -> None:
    metrics = Metrics()
    with respx.mock() as router:
        router.get(_url()).mock(side_effect=[httpx.Response(503, json={"errorMessage": BODY_MARK}), _ok()])
        async with make_client(on_request=metrics.on_request, on_response=metrics.on_response) as client:
            await client.customers.get_customer_by_id(CUSTOMER_ID)
    assert len(metrics.events) == 4
    for event in metrics.events:
        everything = repr(event) + repr(attrs.asdict(event, recurse=True))
        assert API_KEY not in everything and BODY_MARK not in everything and str(CUSTOMER_ID) not in everything
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            event.attempt = 9  # type: ignore[misc]


@pytest.mark.asyncio
async def test_a_hook_that_raises_never_breaks_or_retries_the_call_and_warns_once(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="perfectgym")

    def broken(event: RequestEvent) -> None:
        raise ZeroDivisionError("metrics backend is down")

    with respx.mock() as router:
        route = router.get(_url()).mock(return_value=_ok())
        async with make_client(on_request=broken, on_response=broken) as client:
            for _ in range(3):
                await client.customers.get_customer_by_id(CUSTOMER_ID)
    assert route.call_count == 3  # one attempt per call: a hook failure is never retried
    failures = [r for r in caplog.records if r.name == "perfectgym.hooks"]
    assert len(failures) == 6
    assert [r.levelno for r in failures].count(logging.WARNING) == 2  # the first failure of each hook
    warning = next(r for r in failures if r.levelno == logging.WARNING)
    assert "broken" in warning.getMessage() and "ZeroDivisionError" in warning.getMessage()
    assert (warning.studio, warning.operation_id) == ("demo.open-api.perfectgym.com", GET_BY_ID.operation_id)  # type: ignore[attr-defined]
    assert API_KEY not in caplog.text


@pytest.mark.asyncio
async def test_an_async_hook_cancelled_on_its_own_does_not_cancel_the_call(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="perfectgym")

    async def cancelled_inside(event: RequestEvent) -> None:
        waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        waiter.cancel()  # e.g. a metrics client's own request, cancelled by its shutdown
        await waiter

    with respx.mock() as router:
        router.get(_url()).mock(return_value=_ok())
        async with make_client(on_request=cancelled_inside) as client:
            customer = await client.customers.get_customer_by_id(CUSTOMER_ID)
    assert customer is not None
    (failure,) = [r.getMessage() for r in caplog.records if r.name == "perfectgym.hooks"]
    assert failure.endswith("was cancelled; the call goes on without it")


async def _never_returns(event: RequestEvent) -> None:
    await asyncio.Event().wait()  # e.g. a metrics exporter whose queue is full and never drains


def _deadline_client(seconds: float | None, **hooks: Any) -> perfectgym.AsyncPerfectGym:
    """A client on the real clock whose calls have `seconds` in all and 0.3 s per attempt."""
    policy = perfectgym.RetryPolicy(deadline=seconds, jitter=lambda: 1.0)
    return perfectgym.AsyncPerfectGym(BASE_URL, API_KEY, retry_policy=policy, timeout=0.3, **hooks)


@pytest.mark.asyncio
async def test_a_hanging_response_hook_is_cancelled_when_the_calls_deadline_passes_and_the_call_succeeds(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.WARNING, logger="perfectgym")
    with respx.mock() as router:
        router.get(_url()).mock(return_value=_ok())
        async with _deadline_client(0.2, on_response=_never_returns) as client:
            # The outer bound only turns a hang into a failure; the deadline is what must end the hook.
            customer = await asyncio.wait_for(client.customers.get_customer_by_id(CUSTOMER_ID), 10)
    assert customer is not None
    (failure,) = [r.getMessage() for r in caplog.records if r.name == "perfectgym.hooks"]
    assert "_never_returns" in failure and "did not finish within" in failure and "the call goes on" in failure


@pytest.mark.asyncio
async def test_a_hanging_request_hook_uses_up_the_deadline_and_the_call_fails_without_sending() -> None:
    with respx.mock(assert_all_called=False) as router:
        route = router.get(_url()).mock(return_value=_ok())
        async with _deadline_client(0.2, on_request=_never_returns) as client:
            with pytest.raises(perfectgym.DeadlineExceededError) as raised:
                await asyncio.wait_for(client.customers.get_customer_by_id(CUSTOMER_ID), 10)
    assert route.call_count == 0 and raised.value.may_have_executed is False


@pytest.mark.asyncio
async def test_without_a_deadline_a_hanging_hook_gets_one_attempts_timeout() -> None:
    with respx.mock() as router:
        router.get(_url()).mock(return_value=_ok())
        async with _deadline_client(None, on_request=_never_returns, on_response=_never_returns) as client:
            customer = await asyncio.wait_for(client.customers.get_customer_by_id(CUSTOMER_ID), 10)
    assert customer is not None


@pytest.mark.asyncio
async def test_a_hook_that_raises_timeout_error_itself_is_reported_as_raising_it(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.WARNING, logger="perfectgym")

    async def times_out(event: RequestEvent) -> None:
        raise TimeoutError("the metrics backend timed out")

    with respx.mock() as router:
        router.get(_url()).mock(return_value=_ok())
        async with make_client(on_request=times_out) as client:
            await client.customers.get_customer_by_id(CUSTOMER_ID)
    (failure,) = [r.getMessage() for r in caplog.records if r.name == "perfectgym.hooks"]
    assert "raised TimeoutError" in failure


@pytest.mark.asyncio
async def test_cancelling_a_call_while_its_hook_runs_cancels_the_call() -> None:
    started, release = asyncio.Event(), asyncio.Event()
    responses: list[ResponseEvent] = []

    async def slow(event: RequestEvent) -> None:
        started.set()
        await release.wait()

    with respx.mock(assert_all_called=False) as router:
        route = router.get(_url()).mock(return_value=_ok())
        async with make_client(on_request=slow, on_response=responses.append) as client:
            task = asyncio.create_task(client.customers.get_customer_by_id(CUSTOMER_ID))
            await started.wait()
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
    assert route.call_count == 0 and responses == []  # nothing sent, no response event for an attempt never made


@pytest.mark.asyncio
async def test_hooks_of_a_closed_client_or_of_its_view_are_never_called() -> None:
    seen: list[RequestEvent] = []
    client = make_client(on_request=seen.append, on_response=seen.append)
    await client.aclose()
    view = client.with_options(on_request=seen.append)
    for closed in (client, view):
        with pytest.raises(perfectgym.ClientClosedError):
            await closed.customers.get_customer_by_id(CUSTOMER_ID)
    assert seen == []


@pytest.mark.asyncio
async def test_a_view_keeps_the_clients_hooks_unless_it_sets_or_removes_its_own() -> None:
    first: list[RequestEvent] = []
    second: list[RequestEvent] = []
    with respx.mock() as router:
        router.get(_url()).mock(return_value=_ok())
        async with make_client(on_request=first.append) as client:
            await client.with_options(timeout=5).customers.get_customer_by_id(CUSTOMER_ID)
            await client.with_options(on_request=second.append).customers.get_customer_by_id(CUSTOMER_ID)
            await client.with_options(on_request=None).customers.get_customer_by_id(CUSTOMER_ID)
    assert (len(first), len(second)) == (1, 1)


@pytest.mark.asyncio
async def test_registry_clients_pass_their_hooks_events_naming_each_studio() -> None:
    seen: list[ResponseEvent] = []
    studios = {sid: {"base_url": url, "api_key": f"{API_KEY}-{sid}"} for sid, url in STUDIOS.items()}
    with respx.mock() as router:
        for url in STUDIOS.values():
            router.get(_url(url)).mock(return_value=_ok())
        async with StudioRegistry.from_mapping(studios, on_response=seen.append) as registry:
            for studio_id in STUDIOS:
                await registry.client(studio_id).customers.get_customer_by_id(CUSTOMER_ID)
    assert [event.studio for event in seen] == [httpx.URL(url).host for url in STUDIOS.values()]


class NotAHook:
    def __init__(self, event: RequestEvent) -> None: ...


NOT_HOOKS: list[object] = ["print", 42, NotAHook, lambda: None, lambda event, extra: None]


@pytest.mark.parametrize("hook", NOT_HOOKS, ids=lambda h: getattr(h, "__name__", repr(h)))
def test_a_hook_that_is_not_a_one_argument_callable_is_refused_when_the_client_is_built(hook: Any) -> None:
    with pytest.raises(ConfigurationError, match="on_request must"):
        make_client(on_request=hook)
    with pytest.raises(ConfigurationError, match="on_response must"):
        make_client().with_options(on_response=hook)
    with pytest.raises(ConfigurationError, match="on_request must"):
        StudioRegistry(on_request=hook)


@pytest.mark.asyncio
async def test_a_hook_that_ignores_its_cancellation_is_left_running_and_the_call_returns() -> None:
    release, finished = asyncio.Event(), asyncio.Event()

    async def stubborn(event: RequestEvent) -> None:
        while not release.is_set():
            try:
                await release.wait()
            except asyncio.CancelledError:
                continue  # swallowed: the hook will not stop
        finished.set()

    with respx.mock() as router:
        router.get(_url()).mock(return_value=_ok())
        async with _deadline_client(None, on_response=stubborn) as client:
            customer = await asyncio.wait_for(client.customers.get_customer_by_id(CUSTOMER_ID), 10)
    assert customer is not None and not finished.is_set()  # the call did not wait for it
    release.set()
    await asyncio.wait_for(finished.wait(), 10)


REQUEST_ID: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="caller's")


@pytest.mark.asyncio
async def test_a_context_variable_a_hook_sets_stays_the_hooks_own() -> None:
    def sync_hook(event: RequestEvent) -> None:
        REQUEST_ID.set("set by the sync hook")

    async def async_hook(event: ResponseEvent) -> None:
        REQUEST_ID.set("set by the async hook")

    with respx.mock() as router:
        router.get(_url()).mock(return_value=_ok())
        async with make_client(on_request=sync_hook, on_response=async_hook) as client:
            await client.customers.get_customer_by_id(CUSTOMER_ID)
            assert REQUEST_ID.get() == "caller's"


@pytest.mark.asyncio
async def test_a_failing_hook_whose_name_cannot_be_read_still_never_breaks_the_call(
    caplog: pytest.LogCaptureFixture,
) -> None:
    class Proxy:
        def __call__(self, event: RequestEvent) -> None:
            raise ValueError("metrics down")

        def __getattr__(self, name: str) -> Any:
            raise RuntimeError(f"working outside of context ({name})")

    caplog.set_level(logging.WARNING, logger="perfectgym")
    with respx.mock() as router:
        router.get(_url()).mock(return_value=_ok())
        async with make_client(on_request=Proxy()) as client:
            assert await client.customers.get_customer_by_id(CUSTOMER_ID) is not None
    assert "Proxy" in caplog.text and "raised ValueError" in caplog.text


def test_a_generator_function_as_a_hook_is_refused_when_the_client_is_built() -> None:
    async def agen(event: RequestEvent) -> Any:
        yield event

    def gen(event: RequestEvent) -> Any:
        yield event

    for hook in (agen, gen):
        with pytest.raises(ConfigurationError, match="generator function"):
            make_client(on_request=hook)


@pytest.mark.asyncio
async def test_a_retried_attempt_reports_the_trace_id_of_its_error_body(caplog: pytest.LogCaptureFixture) -> None:
    """The API puts traceId in the error body (the spec), not in a header: retries must carry it too."""
    caplog.set_level(logging.WARNING, logger="perfectgym")
    events: list[ResponseEvent] = []
    answers = [httpx.Response(503, json={"errorMessage": "busy", "traceId": "trace-503"}), _ok()]
    with respx.mock() as router:
        router.get(_url()).mock(side_effect=answers)
        async with make_client(on_response=events.append) as client:
            await client.customers.get_customer_by_id(CUSTOMER_ID)
    assert events[0].trace_id == "trace-503" and events[0].will_retry
    (warning,) = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert warning.trace_id == "trace-503"  # type: ignore[attr-defined]


@pytest.mark.asyncio
async def test_when_a_hook_uses_the_time_a_retry_wait_needs_the_call_ends_at_its_deadline() -> None:
    answers = [httpx.Response(503, headers={"Retry-After": "0.8"}), _ok()]  # fits 1 s, not after a 0.3 s hook
    with respx.mock() as router:
        route = router.get(_url()).mock(side_effect=answers)
        async with _deadline_client(1.0, on_response=_never_returns) as client:
            with pytest.raises(perfectgym.DeadlineExceededError, match="hooks took the time"):
                await asyncio.wait_for(client.customers.get_customer_by_id(CUSTOMER_ID), 10)
    assert route.call_count == 1  # no wait past the deadline, and no second attempt


@pytest.mark.asyncio
async def test_a_plain_function_hook_raising_cancelled_error_does_not_cancel_the_call() -> None:
    def cancels(event: RequestEvent) -> None:
        raise asyncio.CancelledError

    with respx.mock() as router:
        router.get(_url()).mock(return_value=_ok())
        async with make_client(on_request=cancels, on_response=cancels) as client:
            assert await client.customers.get_customer_by_id(CUSTOMER_ID) is not None
