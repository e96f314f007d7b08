"""The API key appears in no repr, log line or exception, whatever goes wrong."""

from __future__ import annotations

import base64
import logging
import traceback
from urllib.parse import quote, quote_plus

import httpx
import pytest
import respx

import perfectgym
from perfectgym import AsyncPerfectGym
from tests.support.fakes import API_KEY, BASE_URL, make_client

URL = f"{BASE_URL}/v1/customers/42"
FAILURES = [
    httpx.Response(401, json={"errorMessage": "Invalid API key", "traceId": "t"}),
    httpx.Response(500, text="Internal error"),
    httpx.Response(429, headers={"Retry-After": "1"}),
    httpx.ConnectError("connection refused"),
    httpx.ReadTimeout("timed out"),
    httpx.RemoteProtocolError("peer closed connection"),
]


def _everything_said_about(exc: BaseException) -> str:
    parts = ["".join(traceback.format_exception(exc)), repr(exc), str(vars(exc))]
    response = getattr(exc, "response", None)
    if isinstance(response, httpx.Response):
        parts += [repr(response.request), str(response.request.headers), str(response.headers)]
    return "\n".join(parts)


@pytest.mark.asyncio
@pytest.mark.parametrize("failure", FAILURES, ids=lambda f: type(f).__name__ + str(getattr(f, "status_code", "")))
async def test_failures_never_reveal_the_key(failure: object, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)  # every logger, httpx and httpcore included
    with respx.mock() as router:
        router.get(URL).mock(side_effect=[failure, failure])
        async with make_client(max_retries=1) as client:
            with pytest.raises(perfectgym.PerfectGymError) as info:
                await client.customers.get_customer_by_id(42)
    assert API_KEY not in _everything_said_about(info.value)
    assert API_KEY not in caplog.text


def test_configuration_errors_and_reprs_never_reveal_the_key() -> None:
    with pytest.raises(perfectgym.ConfigurationError) as info:
        AsyncPerfectGym("http://gym.example.com", API_KEY)
    assert API_KEY not in _everything_said_about(info.value)
    client = make_client()
    texts = [
        repr(client),
        repr(client._pipeline.settings),
        repr(client.customers),
        repr(client.with_options(timeout=1)),
    ]
    assert not [text for text in texts if API_KEY in text]


ECHOES = [
    httpx.Response(400, json={"errorMessage": f"bad key {API_KEY}", "errorCode": API_KEY, "reference": API_KEY}),
    httpx.Response(404, json={"errorMessage": "no", "traceId": f"t-{API_KEY}"}),
    httpx.Response(500, text=f"upstream said: X-API-KEY={API_KEY}"),
    httpx.Response(502, headers={"x-trace-id": API_KEY}, json={"errorMessage": "gateway"}),
    httpx.Response(418, extensions={"reason_phrase": f"I echo {API_KEY}".encode()}),
]


@pytest.mark.asyncio
@pytest.mark.parametrize("echo", ECHOES, ids=lambda r: str(r.status_code))
async def test_a_server_echoing_the_key_does_not_get_it_into_the_error(echo: httpx.Response) -> None:
    with respx.mock() as router:
        router.get(URL).mock(return_value=echo)
        async with make_client(max_retries=0) as client:
            with pytest.raises(perfectgym.APIStatusError) as info:
                await client.customers.get_customer_by_id(42)
    error = info.value
    said = ["".join(traceback.format_exception(error)), repr(error), str(error), *map(str, error.args)]
    said += [str(getattr(error, name)) for name in ("error_message", "error_code", "trace_id", "reference")]
    assert not [text for text in said if API_KEY in text]
    assert "[redacted]" in "".join(said)  # the echo is visible as such, not silently dropped


ODD_KEY = "k3y+with/slash=and~more?&%"  # characters that every encoding writes differently


def _encoded_forms(key: str) -> list[str]:
    b64, urlsafe = base64.b64encode(key.encode()).decode(), base64.urlsafe_b64encode(key.encode()).decode()
    return [quote(key, safe=""), quote(key, safe="").lower(), quote_plus(key), b64, b64.rstrip("="), urlsafe]


@pytest.mark.asyncio
@pytest.mark.parametrize("form", range(len(_encoded_forms(ODD_KEY))))
async def test_a_server_echoing_the_key_url_encoded_or_in_base64_does_not_get_it_into_the_error(
    form: int, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="perfectgym")
    echoed = _encoded_forms(ODD_KEY)[form]
    echo = httpx.Response(
        503, headers={"x-trace-id": echoed}, json={"errorMessage": f"key {echoed} refused", "errorCode": echoed}
    )
    with respx.mock() as router:
        router.get(URL).mock(side_effect=[echo, echo])
        async with AsyncPerfectGym(
            BASE_URL, ODD_KEY, max_retries=1, retry_policy=perfectgym.RetryPolicy(max_retries=1, jitter=lambda: 0.0)
        ) as client:
            with pytest.raises(perfectgym.APIStatusError) as info:
                await client.customers.get_customer_by_id(42)
    error = info.value
    said = [str(error), repr(error), *(str(getattr(error, n)) for n in ("error_message", "error_code", "trace_id"))]
    leaked = [text for text in [*said, caplog.text] if echoed in text or ODD_KEY in text]
    assert not leaked
    assert "[redacted]" in str(error)
