"""With orjson installed, bodies decode through it, with exactly json.loads's results and errors."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable, Iterator
from typing import Any, Literal

import pytest
import respx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from perfectgym import APIResponseValidationError
from perfectgym import _json as decoding
from tests.support.fakes import BASE_URL, make_client
from tests.support.spec import schema_example

orjson = pytest.importorskip("orjson")

Backend = Literal["orjson", "json"]


@pytest.fixture(autouse=True)
def _restore_backend() -> Iterator[None]:
    before = decoding.json_backend()
    yield
    decoding.use_backend(before)


def _shape(value: Any) -> Any:
    """The value with every type spelled out (1, 1.0 and True differ; NaN equals NaN)."""
    if isinstance(value, dict):
        return ("dict", [(key, _shape(item)) for key, item in value.items()])
    if isinstance(value, list):
        return ("list", [_shape(item) for item in value])
    return (type(value).__name__, repr(value) if isinstance(value, float) else value)


def _outcome(data: bytes, backend: Backend, decode: Callable[[bytes], Any] = decoding.loads) -> Any:
    decoding.use_backend(backend)
    try:
        return ("value", _shape(decode(data)))
    except Exception as exc:
        return ("error", type(exc), str(exc))


def _same_on_both_paths(data: bytes) -> None:
    for decode in (decoding.loads, decoding.decode_json):
        assert _outcome(data, "orjson", decode) == _outcome(data, "json", decode)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda children: st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=8), children, max_size=5),
    max_leaves=30,
)
NUMBER_TEXT = st.from_regex(r"\A-?(0|[1-9][0-9]{0,30})(\.[0-9]{1,30})?([eE][+-]?[0-9]{1,4})?\Z")
JSONISH = st.text(alphabet='{}[]:,"\\0123456789-+.eEtrufalsnNIiy \n\t\x00\x01\u00e9\ud800', max_size=40)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(JSON_VALUES, st.booleans(), st.sampled_from([None, 1, "\t"]))
def test_documents_decode_identically_on_both_paths(value: Any, ascii_only: bool, indent: Any) -> None:
    _same_on_both_paths(json.dumps(value, ensure_ascii=ascii_only, indent=indent).encode())


@settings(max_examples=300, deadline=None)
@given(NUMBER_TEXT, st.sampled_from(["{}", "[{}]", '{{"n": {}}}', "[1, {}, 2]", "[\n  {}\n]"]))
def test_numbers_of_any_length_decode_identically_on_both_paths(number: str, template: str) -> None:
    _same_on_both_paths(template.format(number).encode())


@settings(max_examples=500, deadline=None)
@given(JSONISH)
def test_json_like_junk_decodes_or_fails_identically_on_both_paths(text: str) -> None:
    _same_on_both_paths(text.encode("utf-8", "surrogatepass"))


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=40))
def test_arbitrary_bytes_decode_or_fail_identically_on_both_paths(data: bytes) -> None:
    _same_on_both_paths(data)


HOSTILE = [
    b"NaN",
    b"[Infinity, -Infinity, NaN]",
    b"9223372036854775807",
    b"9223372036854775808",
    b"18446744073709551615",
    b"18446744073709551616",
    b"-9223372036854775808",
    b"-9223372036854775809",
    b'{"a": [1, 123456789012345678901234567890]}',
    b'{"a":\n   -99999999999999999999}',
    b'{"iban": "DE12345678901234567890", "n": 1}',
    b"1" * 5000,  # past Python's integer digit limit: ValueError
    b"1e400",
    b"-1e400",
    b"1e-400",
    b"5e-324",
    b"1.2345678901234567890123456789e-300",
    b'"\\ud800"',
    b'"\\udc00\\ud800"',
    b'"\\ud83d\\ude00"',
    b'"\xed\xa0\x80"',
    b"\xef\xbb\xbf{}",
    '{"a": 1}'.encode("utf-16"),
    '{"a": 1}'.encode("utf-32-le"),
    b"\xff",
    b'{"a": "\xc3"}',
    b'{"a": 1, "a": 2}',
    b"",
    b"   ",
    b"[1,]",
    b'"\x01"',
    b'"\\u0000"',
    b"01",
    b"[1] x",
    b"[" * 1023 + b"]" * 1023,
    b"[" * 1024 + b"]" * 1024,
    b"[" * 1025 + b"]" * 1025,
    b'{"a":' * 3000 + b"1" + b"}" * 3000,
    b"[" * 100_000,
]


@pytest.mark.parametrize("data", HOSTILE, ids=[repr(case[:24]) + f"[{len(case)}]" for case in HOSTILE])
def test_hostile_documents_give_json_loads_own_result_or_error(data: bytes) -> None:
    _same_on_both_paths(data)
    decoding.use_backend("json")
    with pytest.raises(Exception) if _outcome(data, "json")[0] == "error" else _no_error():
        assert _shape(decoding.loads(data)) == _shape(json.loads(data))


class _no_error:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None


def test_wide_integers_keep_their_value_instead_of_orjson_float() -> None:
    decoding.use_backend("orjson")
    assert decoding.loads(b'{"id": 18446744073709551616}') == {"id": 18446744073709551616}
    assert type(decoding.loads(b"[-9223372036854775809]")[0]) is int


def _spy_on_orjson(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    decoding.use_backend("orjson")
    seen: list[bytes] = []

    def spy(data: bytes) -> Any:
        seen.append(data)
        return orjson.loads(data)

    monkeypatch.setattr(decoding, "_fast", spy)
    return seen


def test_the_switch_forces_either_path(monkeypatch: pytest.MonkeyPatch) -> None:
    seen = _spy_on_orjson(monkeypatch)
    assert decoding.json_backend() == "orjson" and decoding.loads(b"[1]") == [1]
    assert len(seen) == 1 and b"[1]" in seen[0]
    decoding.use_backend("json")
    assert decoding.json_backend() == "json" and decoding.loads(b"[2]") == [2] and len(seen) == 1
    monkeypatch.setattr(decoding, "orjson", None)
    with pytest.raises(RuntimeError, match=r"perfectgym\[speed\]"):
        decoding.use_backend("orjson")


def test_without_orjson_installed_bodies_decode_with_json_loads() -> None:
    script = (
        "import sys; sys.modules['orjson'] = None\n"
        "from perfectgym import _json\n"
        "assert _json.json_backend() == 'json', _json.json_backend()\n"
        "assert _json.loads(b'[1, NaN, 18446744073709551616]')[2] == 18446744073709551616\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True)


@pytest.mark.asyncio
async def test_operation_responses_are_decoded_through_orjson(monkeypatch: pytest.MonkeyPatch) -> None:
    seen = _spy_on_orjson(monkeypatch)
    body = json.dumps(schema_example("Customer")).encode()
    with respx.mock() as router:
        router.get(f"{BASE_URL}/v1/customers/7").respond(200, content=body)
        async with make_client() as client:
            customer = await client.customers.get_customer_by_id(customer_id=7)
    assert len(seen) == 1 and body in seen[0]
    assert customer.to_dict() == schema_example("Customer")


CALL_BODIES = [
    b'{"id": 7, "extra": [NaN, 18446744073709551616, -1e400, "\\ud800"]}',
    b'{"id": 7, "extra": ' + b"[" * 1500 + b"]" * 1500 + b"}",
    b'{"id": 7, "extra": ' + b"[" * 5000 + b"]" * 5000 + b"}",
    b'{"id": 7,',
    b"\xef\xbb\xbf" + b'{"id": 7}',
]


@pytest.mark.asyncio
@pytest.mark.parametrize("body", CALL_BODIES, ids=["exotic-values", "deep-1500", "deep-5000", "truncated", "bom"])
async def test_a_call_gives_the_same_result_or_error_on_both_paths(body: bytes) -> None:
    outcomes = []
    for backend in ("orjson", "json"):
        decoding.use_backend(backend)  # type: ignore[arg-type]
        with respx.mock() as router:
            router.get(f"{BASE_URL}/v1/customers/7").respond(200, content=body)
            async with make_client(max_retries=0) as client:
                try:
                    customer = await client.customers.get_customer_by_id(customer_id=7)
                    outcomes.append(("value", _shape(customer.additional_properties), customer.id))
                except APIResponseValidationError as exc:
                    outcomes.append(("error", str(exc), repr(exc.__cause__)))
    assert outcomes[0] == outcomes[1]
