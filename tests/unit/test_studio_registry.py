"""Many studios in one process: one pool, separate keys and base URLs, secrets never shown."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import httpx
import pytest
import respx

import perfectgym
from perfectgym import ConfigurationError, StudioConfig, StudioRegistry

A = StudioConfig("gym-a", "https://gym-a.open-api.perfectgym.com", "api-key-AAAA-secret", "hook-key-AAAA-secret")
B = StudioConfig("gym-b", "https://gym-b.open-api.perfectgym.com", "api-key-BBBB-secret", "hook-key-BBBB-secret")
SECRETS = [A.api_key, A.webhook_key, B.api_key, B.webhook_key]


@pytest.mark.asyncio
async def test_clients_share_one_pool_but_keep_keys_and_base_urls_apart() -> None:
    with respx.mock() as router:
        route_a = router.get("https://gym-a.open-api.perfectgym.com/v1/customers/1/access-code").respond(
            200, json={"format": "QR_CODE", "content": "a"}
        )
        route_b = router.get("https://gym-b.open-api.perfectgym.com/v1/customers/1/access-code").respond(
            200, json={"format": "QR_CODE", "content": "b"}
        )
        async with StudioRegistry([A, B], max_retries=1) as registry:
            one, two = registry.client("gym-a"), registry.client("gym-b")
            assert one._http is two._http and registry.client("gym-a") is one
            assert (one.base_url, two.base_url) == (A.base_url, B.base_url)
            assert one.retry_policy.max_retries == 1
            assert (await one.customers.get_customer_access_code(1)).content == "a"
            assert (await two.customers.get_customer_access_code(1)).content == "b"
        assert one._http.is_closed
    assert route_a.calls.last.request.headers["X-API-KEY"] == A.api_key
    assert route_b.calls.last.request.headers["X-API-KEY"] == B.api_key


def test_lookup_by_webhook_key() -> None:
    registry = StudioRegistry([A, B])
    assert registry.studio_for_webhook_key(B.webhook_key) is B
    assert registry.studio_for_webhook_key(A.webhook_key) is A
    for wrong in (None, "", "hook-key-AAAA-secreT", A.api_key, A.webhook_key + " "):  # type: ignore[operator]
        assert registry.studio_for_webhook_key(wrong) is None


def test_bad_registrations_are_refused() -> None:
    with pytest.raises(ConfigurationError, match="registered twice"):
        StudioRegistry([A, A])
    with pytest.raises(ConfigurationError, match="reuses another studio's webhook key"):
        StudioRegistry([A, StudioConfig("gym-c", "https://c.example", "other", A.webhook_key)])
    with pytest.raises(ConfigurationError, match="https"):
        StudioRegistry([StudioConfig("gym-c", "http://c.example", "k")])
    with pytest.raises(KeyError, match="unknown studio 'nope'"):
        StudioRegistry([A]).client("nope")


def test_an_unknown_studio_raises_a_typed_error_listing_the_known_ones_and_a_close_match() -> None:
    registry = StudioRegistry([A, B])
    with pytest.raises(perfectgym.UnknownStudioError) as info:
        registry.client("gym_a")  # a misspelling
    error = info.value
    assert isinstance(error, perfectgym.PerfectGymError) and isinstance(error, KeyError)
    assert str(error) == "unknown studio 'gym_a'; registered: 'gym-a', 'gym-b'; did you mean 'gym-a'?"
    assert (error.studio_id, error.known) == ("gym_a", ["gym-a", "gym-b"])
    with pytest.raises(perfectgym.UnknownStudioError, match=r"registered: 'gym-a', 'gym-b'$"):
        registry.get("something-else")  # no close match, no suggestion
    for wrong_type in (None, 7, ["gym-a"]):  # not even hashable: still the typed error, not a TypeError
        with pytest.raises(perfectgym.UnknownStudioError):
            registry.client(wrong_type)  # type: ignore[arg-type]
        assert wrong_type not in registry


def test_a_registry_of_thousands_lists_only_some_of_them_in_the_error() -> None:
    many = [StudioConfig(f"gym-{i:04d}", f"https://gym-{i}.example", f"key-{i}") for i in range(1000)]
    with pytest.raises(perfectgym.UnknownStudioError) as info:
        StudioRegistry(many).client("nope")
    assert "and 980 more" in str(info.value) and len(str(info.value)) < 500


BAD_MAPPINGS = {
    "misspelt-key": ({"gym-a": {"base_url": A.base_url, "apikey": A.api_key}}, "'apikey' (did you mean 'api_key'?)"),
    "settings-not-a-mapping": ({"gym-a": A.api_key}, "settings must be a mapping"),
    "not-a-mapping": ([("gym-a", {"base_url": A.base_url, "api_key": A.api_key})], "must be a mapping of studio ids"),
    "key-not-a-string": ({"gym-a": {"base_url": A.base_url, "api_key": 12345}}, "api_key must be a string"),
    "nested-base-url": ({"gym-a": {"base_url": {"url": "x"}, "api_key": A.api_key}}, "base_url must be a string"),
    "webhook-key-a-number": (
        {"gym-a": {"base_url": A.base_url, "api_key": A.api_key, "webhook_key": 1}},
        "webhook_key must be a string",
    ),
    "id-not-a-string": ({1: {"base_url": A.base_url, "api_key": A.api_key}}, "studio_id must be a string"),
}


@pytest.mark.parametrize(("mapping", "message"), BAD_MAPPINGS.values(), ids=BAD_MAPPINGS.keys())
def test_a_careless_mapping_gives_a_configuration_error_that_names_the_problem_not_the_key(
    mapping: object, message: str
) -> None:
    with pytest.raises(ConfigurationError) as info:
        StudioRegistry.from_mapping(mapping)  # type: ignore[arg-type]
    assert message in str(info.value)
    assert A.api_key not in str(info.value) and "12345" not in str(info.value)


def test_lookups_with_wrong_types_do_not_raise_raw_errors() -> None:
    registry = StudioRegistry([A])
    assert registry.studio_for_webhook_key(A.webhook_key.encode()) is None  # type: ignore[arg-type,union-attr]
    with pytest.raises(ConfigurationError, match="expected a StudioConfig"):
        registry.add({"studio_id": "gym-b", "base_url": B.base_url, "api_key": B.api_key})  # type: ignore[arg-type]


def test_from_file_json_and_toml(tmp_path: Path) -> None:
    as_json = tmp_path / "studios.json"
    as_json.write_text(
        json.dumps({"gym-a": {"base_url": A.base_url, "api_key": A.api_key, "webhook_key": A.webhook_key}})
    )
    as_toml = tmp_path / "studios.toml"
    as_toml.write_text(f'[gym-b]\nbase_url = "{B.base_url}"\napi_key = "{B.api_key}"\n')
    assert StudioRegistry.from_file(as_json).get("gym-a") == A
    assert StudioRegistry.from_file(as_toml).get("gym-b") == StudioConfig("gym-b", B.base_url, B.api_key)
    broken = tmp_path / "broken.json"
    broken.write_text('{"gym-a": {"base_url": "https://x.example"}}')
    with pytest.raises(ConfigurationError, match="api_key are required"):
        StudioRegistry.from_file(broken)


def test_from_env() -> None:
    environ = {
        "PERFECTGYM_STUDIO_GYM_A_BASE_URL": A.base_url,
        "PERFECTGYM_STUDIO_GYM_A_API_KEY": A.api_key,
        "PERFECTGYM_STUDIO_GYM_A_WEBHOOK_KEY": A.webhook_key or "",
        "PERFECTGYM_STUDIO_GYM_B_BASE_URL": B.base_url,
        "PERFECTGYM_STUDIO_GYM_B_API_KEY": B.api_key,
        "UNRELATED": "x",
    }
    registry = StudioRegistry.from_env(environ)
    assert sorted(registry) == ["gym-a", "gym-b"]
    assert registry.get("gym-a") == A and registry.get("gym-b").webhook_key is None


@pytest.mark.asyncio
async def test_secrets_never_appear_in_repr_logs_or_errors(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    registry = StudioRegistry([A, B], max_retries=0)
    texts = [repr(registry), repr(A), repr(B), repr(registry.client("gym-a")), str(registry.get("gym-b"))]
    with respx.mock() as router:
        router.get(f"{A.base_url}/v1/studios/information").mock(side_effect=httpx.ConnectError("down"))
        with pytest.raises(perfectgym.APIConnectionError) as info:
            await registry.client("gym-a").studios.get_studio_information()
    texts += [str(info.value), repr(info.value), caplog.text]
    with pytest.raises(ConfigurationError) as config_error:
        StudioRegistry([A, StudioConfig("gym-c", "https://c.example", "k", A.webhook_key)])
    texts.append(str(config_error.value))
    await registry.aclose()
    leaked = [secret for secret in SECRETS for text in texts if secret and secret in text]
    assert leaked == []


@pytest.mark.parametrize(
    ("options", "named"),
    [
        ({"max_retires": 3}, "'max_retires' (did you mean 'max_retries'?)"),
        ({"timeout": "slow"}, "timeout"),
        ({"retry_policy": "fast"}, "retry_policy"),
        ({"accept_language": "de\r\nX: 1"}, "accept_language"),
    ],
)
def test_client_options_are_checked_when_the_registry_is_built_not_at_first_use(
    options: dict[str, object], named: str
) -> None:
    studios = {"gym-a": {"base_url": "https://gym-a.example", "api_key": "k-A"}}
    with pytest.raises(ConfigurationError) as info:
        StudioRegistry.from_mapping(studios, **options)
    assert named in str(info.value)


@pytest.mark.parametrize(
    ("bad", "fields"),
    [
        ("\ud800", ("api_key", "webhook_key")),
        ("\n", ("api_key", "webhook_key")),
        ("\x85", ("api_key", "webhook_key")),  # a C1 control character
        ("é", ("api_key",)),  # sent by us as a header: ASCII only; a received webhook key may be UTF-8
    ],
)
def test_keys_that_no_header_can_carry_are_refused_without_being_shown(bad: str, fields: tuple[str, ...]) -> None:
    for field in fields:
        studio = {"base_url": "https://gym-a.example", "api_key": "k-A", field: f"SECRET{bad}TAIL"}
        with pytest.raises(ConfigurationError, match=field) as info:
            StudioRegistry.from_mapping({"gym-a": studio, "gym-b": {**studio, "webhook_key": "w-B", "api_key": "k"}})
        assert "SECRET" not in str(info.value)
    registry = StudioRegistry.from_mapping(
        {"gym-a": {"base_url": "https://a.example", "api_key": "k", "webhook_key": "w"}}
    )
    assert registry.studio_for_webhook_key("\ud800") is None
