"""The API key appears in no repr, log line or exception, whatever goes wrong."""

from __future__ import annotations

import base64
import json
import logging
import pickle
import traceback
from typing import Any
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


def _b64(key: str) -> str:
    return base64.b64encode(key.encode()).decode()


JSON_TYPE = {"content-type": "application/json"}


def _message(text: str) -> httpx.Response:
    return httpx.Response(400, json={"errorMessage": f"bad {text}"})


def _over_encoded(key: str) -> str:
    return key.replace("-", "%2D")


LEAKS: list[tuple[str, Any, Any]] = [  # (case, what the server echoes, the answer echoing it)
    ("redirect Location", str, lambda e: httpx.Response(302, headers={"Location": f"https://evil.example/cb?k={e}"})),
    ("base64 Location", _b64, lambda e: httpx.Response(307, headers={"Location": f"/x?{e}"})),
    ("lowercased", str.lower, lambda e: httpx.Response(400, json={"errorMessage": f"bad {e}"})),
    ("over-encoded", _over_encoded, lambda e: httpx.Response(400, json={"errorMessage": f"bad {e}"})),
    ("hex", lambda k: k.encode().hex(), lambda e: httpx.Response(400, json={"errorMessage": f"bad {e}"})),
    ("cut excerpt", str, lambda e: httpx.Response(500, text="x" * 480 + e + "tail")),
    ("args", str, lambda e: httpx.Response(400, json={"errorMessage": "no", "args": [e], "typedArgs": [{"v": e}]})),
    ("protocol error", str, lambda e: httpx.RemoteProtocolError(f"illegal header line: bytearray(b'X-Echo {e}')")),
    ("its tail", lambda k: k[-14:], lambda e: httpx.Response(400, json={"errorMessage": f"...{e}"})),
    ("header name", str, lambda e: httpx.Response(400, headers={e: "1"}, json={"errorMessage": "no"})),
    (
        "JSON escapes",
        lambda k: "".join(f"\\u{ord(c):04x}" for c in k),
        lambda e: httpx.Response(400, content=f'{{"errorMessage": "{e}"}}'.encode(), headers=JSON_TYPE),
    ),
    ("twice percent-encoded", lambda k: "".join(f"%25{b:02x}" for b in k.encode()), lambda e: _message(e)),
    ("HTML entities", lambda k: "".join(f"&#{ord(c)};" for c in k), lambda e: _message(e)),
    # base64 of "X-API-KEY: <key>": the key's part starts mid-text (what must not show: from its 16th character)
    (
        "base64 after a prefix",
        lambda k: _b64("X-API-KEY: " + k)[16:],
        lambda e: _message(_b64("X-API-KEY: " + API_KEY)),
    ),
    ("zero-width split", lambda k: k[:6] + "\u200b" + k[6:], lambda e: httpx.Response(400, json={"errorMessage": e})),
]


def _where_it_shows(error: BaseException, echoed: str) -> list[str]:
    """Where the echo, or its first eight characters in any case, still shows."""
    texts = {
        "str": str(error),
        "repr": repr(error),
        "vars": repr(vars(error)),
        "traceback": "".join(traceback.format_exception(error)),
        "pickle": pickle.dumps(error).decode("latin-1"),
    }
    return [where for where, text in texts.items() if echoed[:8].lower() in text.lower()]


@pytest.mark.asyncio
@pytest.mark.parametrize(("case", "encode", "answer"), LEAKS, ids=[case for case, _, _ in LEAKS])
async def test_an_echoed_key_is_in_no_message_attribute_cause_or_pickle_of_the_error(
    case: str, encode: Any, answer: Any
) -> None:
    echoed = encode(API_KEY)
    with respx.mock() as router:
        router.get(URL).mock(side_effect=[answer(echoed)])
        async with make_client(max_retries=0) as client:
            with pytest.raises(perfectgym.PerfectGymError) as info:
                await client.customers.get_customer_by_id(42)
    assert _where_it_shows(info.value, echoed) == [] and _where_it_shows(info.value, API_KEY) == []
    if isinstance(info.value.__dict__.get("response"), httpx.Response):
        kept = info.value.__dict__["response"]
        assert API_KEY.lower() not in (kept.text + str(kept.headers)).lower()
        if kept.headers.get("content-type") == "application/json":
            assert API_KEY not in json.dumps(kept.json())  # decoded, too


@pytest.mark.asyncio
@pytest.mark.parametrize("depth", [100, 950])
async def test_an_error_body_nested_absurdly_deep_is_still_a_typed_error_that_pickles(depth: int) -> None:
    deep = "[" * depth + "]" * depth
    body = f'{{"errorMessage": "deep", "d": {deep}}}'.encode()
    with respx.mock() as router:
        router.get(URL).respond(400, content=body, headers=JSON_TYPE)
        async with make_client(max_retries=0) as client:
            with pytest.raises(perfectgym.BadRequestError) as info:
                await client.customers.get_customer_by_id(42)
    pickle.loads(pickle.dumps(info.value))
    repr(info.value)


@pytest.mark.asyncio
async def test_a_validated_response_holding_the_key_fails_without_it_and_hooks_and_logs_see_the_failure(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="perfectgym")
    events: list[object] = []
    with respx.mock() as router:
        router.get(URL).respond(200, json={"id": API_KEY, "status": "MEMBER", "accessRefusal": False})
        async with make_client(max_retries=0, validate_responses=True, on_response=events.append) as client:
            with pytest.raises(perfectgym.APIResponseValidationError) as info:
                await client.customers.get_customer_by_id(42)
            with pytest.raises(perfectgym.APIResponseValidationError):
                await client.request("GET", "/v1/customers/42", cast_to=perfectgym.types.Customer)
    assert _where_it_shows(info.value, API_KEY) == []
    assert [getattr(e, "error", None) for e in events] == [perfectgym.APIResponseValidationError] * 2
    lines = [r.getMessage() for r in caplog.records if r.name == "perfectgym.requests"]
    assert len(lines) == 2 and all("error=APIResponseValidationError" in line for line in lines)
    assert API_KEY[:8] not in caplog.text


@pytest.mark.asyncio
async def test_an_unknown_enum_value_that_is_the_key_is_logged_redacted(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="perfectgym")
    with respx.mock() as router:
        router.get(URL).respond(200, json={"id": 1, "status": API_KEY, "accessRefusal": False})
        async with make_client(max_retries=0) as client:
            customer = await client.customers.get_customer_by_id(42)
            customer.status  # noqa: B018  # the read that logs the unknown value
    assert "unknown value" in caplog.text and API_KEY[:8] not in caplog.text


@pytest.mark.asyncio
async def test_a_pagination_error_quoting_an_offset_that_echoes_the_key_does_not_hold_it() -> None:
    looping = {"result": [], "hasNext": True, "offset": API_KEY}
    with respx.mock() as router:
        router.get(f"{BASE_URL}/v1/customers").respond(200, json=looping)
        async with make_client(max_retries=0) as client:
            with pytest.raises(perfectgym.PaginationError) as info:
                async for _ in client.customers.iter_customers(start_offset="1"):
                    pass
    assert "already sent" in str(info.value) or "same offset" in str(info.value)
    assert API_KEY[:8] not in str(info.value)


def test_a_log_record_is_checked_against_only_the_keys_it_may_hold_however_many_clients_there_are(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With a thousand studios' keys remembered, a log line must not be redacted a thousand times (loop stall)."""
    from collections import OrderedDict

    from perfectgym import _secrets

    monkeypatch.setattr(_secrets, "_remembered", OrderedDict())
    _secrets._heads_of_remembered.cache_clear()
    keys = [f"studio-{n:04d}-{n * 7919:08x}-key" for n in range(1000)]
    for key in keys:
        _secrets.remember_secret(key)
    tried: list[str] = []
    real = _secrets.redact_secret
    monkeypatch.setattr(_secrets, "redact_secret", lambda text, secret: tried.append(secret) or real(text, secret))
    quiet = logging.LogRecord("perfectgym", logging.WARNING, __file__, 1, "503 Overloaded: 100%% busy", (), None)
    echo = logging.LogRecord("perfectgym", logging.WARNING, __file__, 1, "echo %s", (keys[500][-14:],), None)
    filtered = _secrets.RedactKeys()
    assert filtered.filter(quiet) and filtered.filter(echo)
    assert keys[500] in tried and len(tried) <= 3  # only the keys the text may hold
    assert keys[500][-14:] not in echo.getMessage()
    _secrets._heads_of_remembered.cache_clear()
