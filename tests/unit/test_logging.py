"""What the SDK logs about a call: studio-named retry warnings, one DEBUG line per call, PERFECTGYM_LOG.

Records carry structured fields (studio, operation_id, attempt, status, trace_id) and never
the key, a body, a filled-in path or a query value, whatever the server answers.
"""

from __future__ import annotations

import logging
import os
import re
import subprocess
import sys
from collections.abc import Iterator

import httpx
import pytest
import respx
from openapi_python_client.strings import snake_case

import perfectgym
from perfectgym import _logging
from tests.contract.arguments import arguments_for
from tests.support.calls import call_operation, mocked_api, raw_method
from tests.support.fakes import API_KEY, BASE_URL, FakeClock, make_client
from tests.support.spec import REPO_ROOT
from tests.unit.test_argument_checks import STRING_PATH, STRING_QUERY


def _operation(method_name: str) -> perfectgym.Operation:
    """An operation by its method's name: its operationId and route come from the spec."""
    return next(op for op in perfectgym.OPERATIONS.values() if snake_case(op.operation_id) == method_name)


GET_BY_ID = _operation("get_customer_by_id")
STUDIO_INFO = _operation("get_studio_information")
CUSTOMER_ID = 918273  # distinctive: it must never appear in a log line
STUDIOS = ("gym-a.open-api.perfectgym.com", "gym-b.open-api.perfectgym.com")
CALL_FIELDS = ("studio", "operation_id", "attempt", "status", "trace_id")


def _url(base_url: str, customer_id: int = CUSTOMER_ID) -> str:
    return base_url + re.sub(r"\{[^}]+\}", str(customer_id), GET_BY_ID.path)


def _ok() -> httpx.Response:
    return httpx.Response(200, json={})  # models parse lazily: an empty record is enough here


def _sdk_records(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == "perfectgym" or r.name.startswith("perfectgym.")]


def _everything_in(record: logging.LogRecord) -> str:
    """The message, its arguments, every extra field and any traceback: all a handler could write."""
    return logging.Formatter().format(record) + repr(vars(record))


@pytest.mark.asyncio
async def test_retry_warnings_of_two_studios_name_their_studio_and_carry_structured_fields(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.WARNING, logger="perfectgym")
    with respx.mock() as router:
        for host in STUDIOS:
            router.get(_url(f"https://{host}")).mock(side_effect=[httpx.Response(503), _ok()])
        for host in STUDIOS:
            async with perfectgym.AsyncPerfectGym(f"https://{host}", API_KEY, clock=FakeClock()) as client:
                await client.customers.get_customer_by_id(CUSTOMER_ID)
    records = [r for r in _sdk_records(caplog) if r.levelno == logging.WARNING]
    assert [r.studio for r in records] == list(STUDIOS)  # type: ignore[attr-defined]
    for record, host in zip(records, STUDIOS, strict=True):
        assert host in record.getMessage() and GET_BY_ID.operation_id in record.getMessage()
        assert {name: getattr(record, name) for name in CALL_FIELDS} == {
            "studio": host,
            "operation_id": GET_BY_ID.operation_id,
            "attempt": 1,
            "status": 503,
            "trace_id": None,
        }


@pytest.mark.asyncio
async def test_debug_logs_one_line_per_call_with_template_studio_status_attempts_duration_and_trace_id(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="perfectgym")
    clock = FakeClock()
    with respx.mock() as router:
        answers = [httpx.Response(429, headers={"Retry-After": "2"}), _ok()]
        answers[1].headers["x-trace-id"] = "trace-7f1"
        router.get(_url(BASE_URL)).mock(side_effect=answers)
        async with make_client(clock) as client:
            await client.customers.get_customer_by_id(CUSTOMER_ID)
    (line,) = [r for r in _sdk_records(caplog) if r.levelno == logging.DEBUG]
    message = line.getMessage()
    assert message.startswith(f"{GET_BY_ID.method} {GET_BY_ID.path} on {httpx.URL(BASE_URL).host} ")
    assert "status=200 attempts=2 duration=2.000s trace_id=trace-7f1" in message
    assert str(CUSTOMER_ID) not in _everything_in(line)  # the template, never the filled path
    assert (line.status, line.attempt, line.trace_id, line.duration) == (200, 2, "trace-7f1", 2.0)  # type: ignore[attr-defined]


@pytest.mark.asyncio
async def test_a_failed_call_logs_its_error_class_and_the_trace_id_of_the_error_body(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="perfectgym")
    with respx.mock() as router:
        router.get(_url(BASE_URL)).respond(404, json={"errorMessage": "not found", "traceId": "body-trace-1"})
        async with make_client() as client:
            with pytest.raises(perfectgym.NotFoundError):
                await client.customers.get_customer_by_id(CUSTOMER_ID)
    (line,) = [r for r in _sdk_records(caplog) if r.levelno == logging.DEBUG]
    assert "status=404 attempts=1" in line.getMessage() and "error=NotFoundError" in line.getMessage()
    assert line.trace_id == "body-trace-1"  # type: ignore[attr-defined]
    assert "not found" not in _everything_in(line)  # no body


@pytest.mark.asyncio
async def test_a_key_in_a_path_or_query_value_never_reaches_an_sdk_log_record(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    with mocked_api() as route:
        async with make_client() as client:
            for operation_id, name, _ in (STRING_PATH, STRING_QUERY):
                valid = arguments_for(operation_id, raw_method(operation_id))
                await call_operation(client, operation_id, valid, **{name: API_KEY})
    assert route.call_count == 2 and all(API_KEY in str(call.request.url) for call in route.calls)
    records = _sdk_records(caplog)
    assert len([r for r in records if r.levelno == logging.DEBUG]) == 2
    assert not [r for r in records if API_KEY in _everything_in(r)]


@pytest.mark.asyncio
async def test_a_server_echoing_the_key_in_its_reason_phrase_or_trace_id_never_gets_it_logged(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    echo = httpx.Response(503, headers={"x-trace-id": API_KEY}, extensions={"reason_phrase": API_KEY.encode()})
    huge = httpx.Response(503, headers={"x-trace-id": "\x1b[2J" + "x" * 10_000})
    with respx.mock() as router:
        router.get(_url(BASE_URL)).mock(side_effect=[echo, huge, _ok()])
        async with make_client() as client:
            await client.customers.get_customer_by_id(CUSTOMER_ID)
    records = _sdk_records(caplog)
    assert len(records) == 3  # two retry warnings, one DEBUG line
    assert not [r for r in records if API_KEY in _everything_in(r)]
    assert records[0].trace_id == "[redacted]"  # type: ignore[attr-defined]
    shown = records[1].trace_id  # type: ignore[attr-defined]
    assert "\x1b" not in shown and len(shown) < 200


@pytest.fixture
def fresh_log_setup(monkeypatch: pytest.MonkeyPatch) -> Iterator[logging.Logger]:
    """PERFECTGYM_LOG not applied yet in this process, and the perfectgym logger restored afterwards."""
    sdk = logging.getLogger("perfectgym")
    saved = (sdk.level, list(sdk.handlers))
    monkeypatch.setattr(_logging, "_done", False)
    yield sdk
    sdk.setLevel(saved[0])
    sdk.handlers[:] = saved[1]


def test_perfectgym_log_sets_the_level_once_and_leaves_a_logger_the_app_configured_alone(
    fresh_log_setup: logging.Logger, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PERFECTGYM_LOG", " DEBUG ")
    make_client()
    assert fresh_log_setup.level == logging.DEBUG
    fresh_log_setup.debug("marker-7f3a")
    assert "marker-7f3a" not in capsys.readouterr().err  # pytest's root handlers already show it: no second copy
    fresh_log_setup.setLevel(logging.ERROR)
    make_client()
    assert fresh_log_setup.level == logging.ERROR  # once per process

    monkeypatch.setattr(_logging, "_done", False)
    make_client()
    assert fresh_log_setup.level == logging.ERROR  # the app chose a level: not touched


@pytest.mark.parametrize("junk", ["verbose", "3", API_KEY, "debug,info"])
def test_a_junk_perfectgym_log_is_ignored_with_one_warning_that_never_echoes_a_secret(
    junk: str, fresh_log_setup: logging.Logger, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    monkeypatch.setenv("PERFECTGYM_LOG", junk)
    make_client()
    make_client()
    (warning,) = [r for r in _sdk_records(caplog) if r.levelno == logging.WARNING]
    assert "PERFECTGYM_LOG" in warning.getMessage() and "ignored" in warning.getMessage()
    assert API_KEY not in caplog.text
    assert fresh_log_setup.level == logging.NOTSET and fresh_log_setup.handlers == []


# A fresh interpreter with no logging configured, as a service started with PERFECTGYM_LOG=debug.
SCRIPT = """
import asyncio, httpx, perfectgym
def answer(request):
    return httpx.Response(200, json={}, headers={"x-trace-id": "t-1"})
async def main():
    pool = httpx.AsyncClient(transport=httpx.MockTransport(answer))
    for _ in range(2):  # two clients: still one handler
        client = perfectgym.AsyncPerfectGym("https://gym-a.example", "SECRET-KEY-123", http_client=pool)
        SETUP_AFTER_CLIENT
        await client.TAG.METHOD()
asyncio.run(main())
"""
APP_LOGGING = "import logging; logging.basicConfig(format='app-format %(name)s %(message)s')"


def _run_with_log_env(value: str, setup_after_client: str = "pass") -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PERFECTGYM_")} | {"PERFECTGYM_LOG": value}
    script = SCRIPT.replace("TAG.METHOD", f"{STUDIO_INFO.tag}.{snake_case(STUDIO_INFO.operation_id)}")
    script = script.replace("SETUP_AFTER_CLIENT", setup_after_client)
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=REPO_ROOT, env=env, timeout=120
    )
    assert out.returncode == 0, out.stderr
    return out.stderr


def test_perfectgym_log_debug_prints_one_line_per_call_to_stderr_without_code() -> None:
    lines = [line for line in _run_with_log_env("debug").splitlines() if "DEBUG [perfectgym.requests]" in line]
    assert len(lines) == 2, lines
    assert all(f"on gym-a.example ({STUDIO_INFO.operation_id}): status=200 attempts=1" in line for line in lines)
    assert all("trace_id=t-1" in line and "SECRET-KEY-123" not in line for line in lines)


def test_logging_configured_by_the_app_after_a_client_was_built_gets_each_line_once_in_its_format() -> None:
    stderr = _run_with_log_env("debug", APP_LOGGING)  # e.g. a service that sets up logging after its startup
    lines = [line for line in stderr.splitlines() if "status=200" in line]
    assert len(lines) == 2, stderr  # not twice: the SDK's own stderr handler steps aside for the app's
    assert all(line.startswith("app-format perfectgym.requests") for line in lines), stderr


def test_an_app_handler_on_the_request_logger_alone_gets_each_line_once() -> None:
    setup = (
        "import logging, sys; h = logging.StreamHandler(sys.stderr); "
        "h.setFormatter(logging.Formatter('app-format %(name)s %(message)s')); "
        "requests = logging.getLogger('perfectgym.requests'); "
        "requests.handlers or requests.addHandler(h)"
    )
    stderr = _run_with_log_env("debug", setup)
    lines = [line for line in stderr.splitlines() if "status=200" in line]
    assert len(lines) == 2 and all(line.startswith("app-format") for line in lines), stderr


def test_perfectgym_log_junk_prints_one_warning_and_no_request_lines() -> None:
    stderr = _run_with_log_env("loud")
    assert stderr.count("PERFECTGYM_LOG='loud' ignored") == 1, stderr
    assert "perfectgym.requests" not in stderr and "status=200" not in stderr
