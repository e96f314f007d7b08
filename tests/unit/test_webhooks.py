"""The webhook receiver through httpx's ASGI transport: parse, verify, ack fast, dispatch once."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
from pathlib import Path
from typing import Any

import httpx
import pytest

from perfectgym import StudioConfig, StudioRegistry
from perfectgym.webhooks import (
    EVENT_TYPES,
    Claim,
    InMemoryDeliveryStore,
    WebhookContext,
    WebhookEventType,
    WebhookPayloadError,
    app,
    parse_webhook,
)

DOCUMENTED = json.loads((Path(__file__).parents[1] / "data" / "webhook-event-types.json").read_text())["event_types"]
A = StudioConfig("gym-a", "https://gym-a.open-api.perfectgym.com", "api-key-A", "hook-key-A")
B = StudioConfig("gym-b", "https://gym-b.open-api.perfectgym.com", "api-key-B", "hook-key-B")
MS = 1_700_000_000_123


def delivery(event_type: str = "CONTRACT_CREATED", uuid: str = "u-1", **content: Any) -> dict[str, Any]:
    return {"entityId": 1001, "uuid": uuid, "payload": [{"timestamp": MS, "type": event_type, "content": content}]}


def _content_for(keys: list[str]) -> dict[str, Any]:
    content: dict[str, Any] = {key: 100 + index for index, key in enumerate(keys)}
    if "checkouts" in content:
        content["checkouts"] = [{"customerId": 7, "checkoutTime": "2026-01-15T22:00:00+01:00[Europe/Berlin]"}]
    return content


def test_the_enum_lists_exactly_the_documented_types() -> None:
    assert {e["type"] for e in DOCUMENTED} == {t.value for t in WebhookEventType}
    assert {t.value: (k, list(c)) for t, (k, c) in EVENT_TYPES.items()} == {
        e["type"]: (e["entityId"], e["content_keys"]) for e in DOCUMENTED
    }


@pytest.mark.parametrize("documented", DOCUMENTED, ids=[e["type"] for e in DOCUMENTED])
def test_every_documented_event_type_parses(documented: dict[str, Any]) -> None:
    event = parse_webhook(json.dumps(delivery(documented["type"], **_content_for(documented["content_keys"]))))
    (item,) = event.payload
    assert item.type == documented["type"] and not item.type.is_unknown and item.is_known_type
    assert item.timestamp == dt.datetime(2023, 11, 14, 22, 13, 20, 123000, tzinfo=dt.UTC)
    assert item.entity_kind == documented["entityId"]
    accessors = {
        "contractId": "contract_id",
        "moduleContractId": "module_contract_id",
        "idlePeriodId": "idle_period_id",
        "classId": "class_id",
        "aggregatorId": "aggregator_id",
        "sourceStudioId": "source_studio_id",
        "targetStudioId": "target_studio_id",
    }
    for key in documented["content_keys"]:
        if key == "checkouts":
            (checkout,) = item.checkouts
            assert checkout.customer_id == 7
            assert checkout.checkout_time == dt.datetime(2026, 1, 15, 21, 0, tzinfo=dt.UTC)
        else:
            assert getattr(item, accessors[key]) == item.content[key]


def test_unknown_future_type_is_kept_and_logged_once(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="perfectgym.webhooks")
    first = parse_webhook(delivery("MEMBER_TELEPORTED", beamId=1))
    parse_webhook(delivery("MEMBER_TELEPORTED", uuid="u-2"))
    (item,) = first.payload
    assert item.type == "MEMBER_TELEPORTED" and item.type.is_unknown and item.entity_kind is None
    assert item.content == {"beamId": 1} and item.contract_id is None
    assert caplog.text.count("MEMBER_TELEPORTED") == 1


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"not json", "not valid JSON"),
        (b"[]", "must be a JSON object"),
        (json.dumps({"entityId": 1, "payload": []}).encode(), "uuid must be a non-empty string"),
        (json.dumps({"uuid": "u", "payload": []}).encode(), "payload must be a non-empty list"),
        (json.dumps({"uuid": "u", "entityId": "x", "payload": [{}]}).encode(), "entityId must be an integer"),
        (
            json.dumps({"uuid": "u", "payload": [{"type": "CUSTOMER_CREATED"}]}).encode(),
            "timestamp must be milliseconds",
        ),
        (json.dumps({"uuid": "u", "payload": [{"timestamp": MS}]}).encode(), "type must be a non-empty string"),
    ],
)
def test_malformed_bodies_say_what_is_wrong(body: bytes, message: str) -> None:
    with pytest.raises(WebhookPayloadError, match=message):
        parse_webhook(body)


class Recorder:
    def __init__(self) -> None:
        self.calls: list[WebhookContext] = []
        self.done = asyncio.Event()

    async def __call__(self, ctx: WebhookContext) -> None:
        self.calls.append(ctx)
        self.done.set()


def _http(receiver: Any) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=receiver), base_url="http://receiver")


@pytest.mark.asyncio
async def test_a_verified_delivery_is_acknowledged_and_dispatched_with_the_studio_client() -> None:
    registry, recorder = StudioRegistry([A, B]), Recorder()
    receiver = app(registry, {WebhookEventType.CONTRACT_CREATED: recorder})
    async with _http(receiver) as http:
        response = await http.post("/", json=delivery(contractId=55), headers={"x-api-key": B.webhook_key or ""})
    assert response.status_code == 200 and response.json() == {"status": "accepted", "uuid": "u-1"}
    await receiver.drain()
    (ctx,) = recorder.calls
    assert ctx.studio is B and ctx.client is registry.client("gym-b") and ctx.item.contract_id == 55
    assert ctx.event.entity_id == 1001


@pytest.mark.asyncio
@pytest.mark.parametrize("headers", [{}, {"x-api-key": "guess"}, {"x-api-key": A.api_key}])
async def test_missing_or_unknown_keys_get_401_and_nothing_is_dispatched(headers: dict[str, str]) -> None:
    recorder = Recorder()
    receiver = app(StudioRegistry([A, B]), {"*": recorder})
    async with _http(receiver) as http:
        response = await http.post("/", json=delivery(), headers=headers)
    await receiver.drain()
    assert response.status_code == 401 and recorder.calls == []
    assert A.api_key not in response.text


@pytest.mark.asyncio
async def test_a_malformed_body_gets_400_with_a_clear_message_and_nothing_is_dispatched() -> None:
    recorder = Recorder()
    receiver = app(StudioRegistry([A]), {"*": recorder})
    async with _http(receiver) as http:
        response = await http.post(
            "/", content=b'{"uuid": "u", "payload": "soon"}', headers={"x-api-key": "hook-key-A"}
        )
        wrong_method = await http.get("/", headers={"x-api-key": "hook-key-A"})
    await receiver.drain()
    assert response.status_code == 400 and "payload must be a non-empty list" in response.json()["error"]
    assert wrong_method.status_code == 405 and recorder.calls == []


@pytest.mark.asyncio
async def test_a_redelivery_is_acknowledged_but_handled_once() -> None:
    recorder = Recorder()
    receiver = app(StudioRegistry([A, B]), {"CUSTOMER_CREATED": recorder})
    async with _http(receiver) as http:
        answers = []
        for _ in range(3):
            answers.append(await http.post("/", json=delivery("CUSTOMER_CREATED"), headers={"x-api-key": "hook-key-A"}))
            await receiver.drain()
        other_studio = await http.post("/", json=delivery("CUSTOMER_CREATED"), headers={"x-api-key": "hook-key-B"})
    await receiver.drain()
    assert [a.json()["status"] for a in answers] == ["accepted", "duplicate", "duplicate"]
    assert other_studio.json()["status"] == "accepted"  # same uuid, other studio: a different delivery
    assert [ctx.studio.studio_id for ctx in recorder.calls] == ["gym-a", "gym-b"]


@pytest.mark.asyncio
async def test_the_delivery_store_is_bounded_and_swappable() -> None:
    store = InMemoryDeliveryStore(max_entries=2)
    for key in ("a", "b"):
        await store.complete(await store.claim(key, 60))
    assert (await store.claim("a", 60)).status == "done"  # a redelivery; "a" becomes the most recently seen
    await store.complete(await store.claim("c", 60))  # "c" evicts "b", the least recently seen
    assert (await store.claim("a", 60)).status == "done"
    assert (await store.claim("b", 60)).status == "claimed"  # "b" was forgotten: the store is bounded
    assert len(store) == 2

    class SharedStore:
        def __init__(self) -> None:
            self.keys: list[str] = []

        async def claim(self, key: str, lease_seconds: float) -> Claim:
            self.keys.append(key)
            return Claim(key, "claimed", "t")

        async def complete(self, claim: Claim) -> bool:
            return True

        async def release(self, claim: Claim) -> bool:
            return True

    shared = SharedStore()
    receiver = app(StudioRegistry([A]), {}, store=shared)
    async with _http(receiver) as http:
        await http.post("/", json=delivery(uuid="x-9"), headers={"x-api-key": "hook-key-A"})
    assert shared.keys == ["5:gym-a:x-9"]  # the studio id is length-prefixed: ids may contain ":"


@pytest.mark.asyncio
async def test_a_slow_handler_does_not_delay_the_acknowledgement() -> None:
    release = asyncio.Event()
    finished: list[str] = []

    async def slow(ctx: WebhookContext) -> None:
        await release.wait()  # would block for ever if the ack waited for it
        finished.append(ctx.event.uuid)

    receiver = app(StudioRegistry([A]), {"*": slow})
    async with _http(receiver) as http:
        response = await asyncio.wait_for(http.post("/", json=delivery(), headers={"x-api-key": "hook-key-A"}), 2)
    assert response.status_code == 200 and receiver.pending == 1 and finished == []
    release.set()
    await receiver.drain()
    assert finished == ["u-1"] and receiver.pending == 0


@pytest.mark.asyncio
async def test_a_failing_handler_is_logged_and_the_app_keeps_working(caplog: pytest.LogCaptureFixture) -> None:
    recorder = Recorder()

    async def broken(ctx: WebhookContext) -> None:
        raise RuntimeError("database is down")

    receiver = app(StudioRegistry([A]), {"CONTRACT_CREATED": broken, "CONTRACT_UPDATED": recorder})
    async with _http(receiver) as http:
        first = await http.post("/", json=delivery("CONTRACT_CREATED", uuid="u-1"), headers={"x-api-key": "hook-key-A"})
        await receiver.drain()
        second = await http.post(
            "/", json=delivery("CONTRACT_UPDATED", uuid="u-2"), headers={"x-api-key": "hook-key-A"}
        )
        await receiver.drain()
    assert first.status_code == second.status_code == 200
    assert "database is down" in caplog.text and "u-1" in caplog.text
    assert [ctx.event.uuid for ctx in recorder.calls] == ["u-2"]


@pytest.mark.asyncio
async def test_mountable_in_starlette() -> None:
    from starlette.applications import Starlette
    from starlette.routing import Mount

    recorder = Recorder()
    site = Starlette(routes=[Mount("/webhooks/perfectgym", app=app(StudioRegistry([A]), {"*": recorder}))])
    async with _http(site) as http:
        response = await http.post("/webhooks/perfectgym/", json=delivery(), headers={"x-api-key": "hook-key-A"})
        await asyncio.wait_for(recorder.done.wait(), 2)
    assert response.status_code == 200 and len(recorder.calls) == 1


@pytest.mark.asyncio
@pytest.mark.parametrize("body", [b"[" * 100_000, b'{"uuid": ' + b"[" * 5000 + b"]" * 5000 + b"}"])
async def test_deeply_nested_json_gets_400_not_a_crash(body: bytes) -> None:
    receiver = app(StudioRegistry([A]), {"*": Recorder()})
    async with _http(receiver) as http:
        response = await http.post("/", content=body, headers={"x-api-key": "hook-key-A"})
    assert response.status_code == 400 and "nested too deeply" in response.json()["error"]
    with pytest.raises(WebhookPayloadError):
        parse_webhook(body)


@pytest.mark.asyncio
async def test_a_delivery_with_thousands_of_items_runs_a_bounded_number_of_handlers_at_once() -> None:
    running = peak = 0
    release = asyncio.Event()

    async def handler(_: WebhookContext) -> None:
        nonlocal running, peak
        running += 1
        peak = max(peak, running)
        await release.wait()
        running -= 1

    receiver = app(StudioRegistry([A]), {"*": handler}, max_concurrent_handlers=8)
    body = delivery()
    body["payload"] = body["payload"] * 2000
    async with _http(receiver) as http:
        response = await http.post("/", json=body, headers={"x-api-key": "hook-key-A"})
    for _ in range(20):
        await asyncio.sleep(0)
    assert response.status_code == 200 and peak == 8 and receiver.pending <= 9
    release.set()
    await receiver.drain()
    assert running == 0


def test_invented_event_types_are_kept_but_their_logging_is_bounded(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="perfectgym")
    for index in range(1000):
        parse_webhook(json.dumps(delivery(event_type=f"INVENTED_{index}_{id(caplog)}")))
    logged = [r for r in caplog.records if "not known to this SDK version" in r.getMessage()]
    assert 0 < len(logged) <= 256


@pytest.mark.parametrize("junk", ["²", "9" * 5000, "1.5", True, 2**64])
def test_an_id_that_is_not_an_int64_is_a_typed_payload_error_not_a_raw_value_error(junk: object) -> None:
    event = parse_webhook(json.dumps(delivery(contractId=junk)))
    with pytest.raises(WebhookPayloadError, match="contractId must be an integer id"):
        _ = event.payload[0].contract_id
    assert parse_webhook(json.dumps(delivery(contractId="-42"))).payload[0].contract_id == -42
