"""Auto-pagination over both server offset styles, checkpoints and resume, bounds."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable

import httpx
import pytest
import respx

import perfectgym
from perfectgym import InvalidRequestError, PaginationError
from perfectgym._pagination import END_OF_LISTING
from perfectgym_client.models import Customer, CustomerSlicedResult
from tests.support.fakes import BASE_URL, make_client

CUSTOMERS_URL = f"{BASE_URL}/v1/customers"
IDS = list(range(1001, 1001 + 123))  # 123 customers: not a multiple of the slice size


def _customer(customer_id: int) -> dict[str, object]:
    return {"id": customer_id, "status": "MEMBER", "accessRefusal": False, "firstName": f"C{customer_id}"}


def cursor_server(ids: list[int]) -> Callable[[httpx.Request], httpx.Response]:
    """Offset = id of the last record returned (the API's cursor style)."""

    def handle(request: httpx.Request) -> httpx.Response:
        after = int(request.url.params.get("offset", "0"))
        size = int(request.url.params.get("sliceSize", "50"))
        rest = [i for i in ids if i > after]
        page = rest[:size]
        offset = str(page[-1]) if page else str(after)
        return httpx.Response(
            200, json={"result": [_customer(i) for i in page], "hasNext": len(rest) > size, "offset": offset}
        )

    return handle


def count_server(ids: list[int]) -> Callable[[httpx.Request], httpx.Response]:
    """Offset = running count of records returned (offset 0 + sliceSize 2 gives "2")."""

    def handle(request: httpx.Request) -> httpx.Response:
        start = int(request.url.params.get("offset", "0"))
        size = int(request.url.params.get("sliceSize", "50"))
        page = ids[start : start + size]
        end = start + len(page)
        return httpx.Response(
            200, json={"result": [_customer(i) for i in page], "hasNext": end < len(ids), "offset": str(end)}
        )

    return handle


SERVERS = {"cursor": cursor_server, "count": count_server}


@pytest.mark.asyncio
@pytest.mark.parametrize("style", SERVERS)
async def test_iterates_every_record_once_in_order_sending_back_returned_offsets(style: str) -> None:
    with respx.mock() as router:
        route = router.get(CUSTOMERS_URL).mock(side_effect=SERVERS[style](IDS))
        async with make_client() as client:
            paginator = client.customers.iter_customers(slice_size=50)
            seen = [customer.id async for customer in paginator]
    assert seen == IDS
    sent_offsets = [call.request.url.params.get("offset") for call in route.calls]
    returned = [call.response.json()["offset"] for call in route.calls]
    assert sent_offsets == [None, *returned[:-1]]  # first request sends none; then exactly what came back
    assert paginator.exhausted and paginator.checkpoint == returned[-1] and paginator.pages_fetched == 3


@pytest.mark.asyncio
async def test_pages_gives_whole_typed_slices() -> None:
    with respx.mock() as router:
        router.get(CUSTOMERS_URL).mock(side_effect=cursor_server(IDS))
        async with make_client() as client:
            pages = [page async for page in client.customers.iter_customers(slice_size=50).pages()]
    assert all(isinstance(page, CustomerSlicedResult) for page in pages)
    assert [len(page.result) for page in pages] == [50, 50, 23]  # type: ignore[arg-type]
    assert all(isinstance(c, Customer) for page in pages for c in page.result)  # type: ignore[union-attr]


@pytest.mark.asyncio
@pytest.mark.parametrize("style", SERVERS)
async def test_resume_from_checkpoint_after_a_crash_loses_nothing(style: str) -> None:
    with respx.mock() as router:
        router.get(CUSTOMERS_URL).mock(side_effect=SERVERS[style](IDS))
        async with make_client() as client:
            first = client.customers.iter_customers(slice_size=50)
            processed: list[int] = []
            with pytest.raises(RuntimeError):
                async for customer in first:
                    if len(processed) == 64:  # crash in the middle of the second slice
                        raise RuntimeError("worker died")
                    processed.append(customer.id)
            checkpoint = first.checkpoint
            assert checkpoint == ("1050" if style == "cursor" else "50")  # after the first full slice only

            resumed = client.customers.iter_customers(slice_size=50, start_offset=checkpoint)
            rest = [customer.id async for customer in resumed]
    assert processed[:50] + rest == IDS  # the half-done slice is read again; nothing is lost


@pytest.mark.asyncio
async def test_slice_size_outside_the_spec_bounds_is_refused_before_any_request() -> None:
    bounds = perfectgym.OPERATIONS["getCustomers"].slice_bounds
    assert bounds is not None and (bounds.minimum, bounds.maximum) == (50, 500)
    with respx.mock(assert_all_called=False) as router:
        route = router.get(CUSTOMERS_URL).mock(side_effect=cursor_server(IDS))
        async with make_client() as client:
            for bad in (49, 501, 0):
                with pytest.raises(InvalidRequestError, match=f"between 50 and 500 \\(got slice_size={bad}\\)"):
                    client.customers.iter_customers(slice_size=bad)
            with pytest.raises(InvalidRequestError):
                await client.customers.get_customers(slice_size=1000)
    assert not route.called


@pytest.mark.asyncio
async def test_has_next_without_a_new_offset_stops_instead_of_guessing() -> None:
    with respx.mock() as router:
        router.get(CUSTOMERS_URL).respond(200, json={"result": [_customer(1)], "hasNext": True, "offset": "0"})
        async with make_client() as client:
            paginator = client.customers.iter_customers(start_offset="0")
            with pytest.raises(PaginationError, match="same offset"):
                async for _ in paginator:
                    pass


@pytest.mark.asyncio
async def test_a_paginator_iterates_once() -> None:
    with respx.mock() as router:
        router.get(CUSTOMERS_URL).mock(side_effect=cursor_server(IDS[:3]))
        async with make_client() as client:
            paginator = client.customers.iter_customers()
            assert len([c async for c in paginator]) == 3
            with pytest.raises(PaginationError, match="already iterated"):
                async for _ in paginator:
                    pass


@pytest.mark.asyncio
async def test_empty_result_stops_cleanly() -> None:
    with respx.mock() as router:
        router.get(CUSTOMERS_URL).respond(200, json={"result": [], "hasNext": False, "offset": "0"})
        async with make_client() as client:
            assert [c async for c in client.customers.iter_customers()] == []


@pytest.mark.asyncio
async def test_a_retried_slice_is_not_duplicated() -> None:
    handler = cursor_server(IDS)
    failures = iter([httpx.Response(503), httpx.ReadError("reset")])

    def flaky(request: httpx.Request) -> httpx.Response:
        if request.url.params.get("offset") == "1050":
            failure = next(failures, None)
            if isinstance(failure, Exception):
                raise failure
            if failure is not None:
                return failure
        return handler(request)

    with respx.mock() as router:
        router.get(CUSTOMERS_URL).mock(side_effect=flaky)
        async with make_client() as client:
            seen = [c.id async for c in client.customers.iter_customers(slice_size=50)]
    assert seen == IDS


def test_every_paginated_operation_has_an_iterator_and_bounds() -> None:
    from tests.support.spec import load_spec

    expected = set()
    spec = load_spec()
    for item in spec["paths"].values():
        for op in item.values():
            if not isinstance(op, dict) or "operationId" not in op:
                continue
            names = {p.get("name") for p in op.get("parameters", [])}
            schema = op["responses"].get("200", {}).get("content", {}).get("application/json", {}).get("schema", {})
            ref = schema.get("$ref", "")
            props = spec["components"]["schemas"].get(ref.rsplit("/", 1)[-1], {}).get("properties", {}) if ref else {}
            if {"offset", "sliceSize"} <= names and {"result", "hasNext", "offset"} <= props.keys():
                expected.add(op["operationId"])
    found = {op_id for op_id, op in perfectgym.OPERATIONS.items() if op.is_paginated}
    assert found == expected and len(found) >= 10


def scripted_server(
    script: dict[str | None, dict[str, object]], cap: int = 20
) -> Callable[[httpx.Request], httpx.Response]:
    """Answers each sent offset with its scripted slice; after `cap` requests it ends, so a loop cannot hang."""
    calls = 0

    def handle(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        if calls > cap:
            return httpx.Response(200, json={"result": [], "hasNext": False, "offset": "end"})
        return httpx.Response(200, json=script[request.url.params.get("offset")])

    return handle


def _slice(first_id: int, offset: object, has_next: object = True) -> dict[str, object]:
    return {"result": [_customer(first_id)], "hasNext": has_next, "offset": offset}


@pytest.mark.asyncio
async def test_an_offset_cycle_a_b_a_raises_before_sending_an_offset_again() -> None:
    script = {None: _slice(1, "cursor-A"), "cursor-A": _slice(2, "cursor-B"), "cursor-B": _slice(3, "cursor-A")}
    with respx.mock() as router:
        route = router.get(CUSTOMERS_URL).mock(side_effect=scripted_server(script))
        async with make_client() as client:
            seen: list[int] = []
            with pytest.raises(PaginationError, match="'cursor-A', already sent") as info:
                async for customer in client.customers.iter_customers():
                    seen.append(customer.id)
    assert route.call_count == 3 and seen == [1, 2]  # the looping page is not yielded: no checkpoint could follow it
    assert (info.value.operation_id, info.value.checkpoint) == ("getCustomers", "cursor-B")
    assert "checkpoint='cursor-B'" in str(info.value)


@pytest.mark.asyncio
@pytest.mark.parametrize("bad_offset", ["50", "0100"], ids=["backwards", "same-number"])
async def test_an_integer_offset_that_does_not_grow_raises(bad_offset: str) -> None:
    script = {None: _slice(1, "100"), "100": _slice(2, bad_offset), "50": _slice(3, "100"), "0100": _slice(3, "200")}
    with respx.mock() as router:
        route = router.get(CUSTOMERS_URL).mock(side_effect=scripted_server(script))
        async with make_client() as client:
            with pytest.raises(PaginationError, match=f"offset '{bad_offset}', (not greater|already sent)") as info:
                async for _ in client.customers.iter_customers():
                    pass
    assert route.call_count == 2 and info.value.checkpoint == "100"


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("first", "second", "third"),
    [("100", " 50", "100 "), ("+999", "998", "+997"), ("100", "200", " +100")],
    ids=["padded-backwards", "signed-backwards", "padded-cycle"],
)
async def test_integer_offsets_compare_by_value_however_they_are_written(first: str, second: str, third: str) -> None:
    script = {None: _slice(1, first), first: _slice(2, second), second: _slice(3, third), third: _slice(4, second)}
    with respx.mock() as router:
        route = router.get(CUSTOMERS_URL).mock(side_effect=scripted_server(script))
        async with make_client() as client:
            with pytest.raises(PaginationError, match=r"not greater|already sent"):
                async for _ in client.customers.iter_customers():
                    pass
    assert route.call_count <= 3


MALFORMED_SLICES = {
    "result-null": ({"result": None, "hasNext": True, "offset": "1002"}, "result"),
    "result-object": ({"result": {"1002": _customer(1002)}, "hasNext": True, "offset": "1002"}, "result"),
    "result-empty-object": ({"result": {}, "hasNext": False, "offset": "1002"}, "result"),
    "result-string": ({"result": "1002", "hasNext": True, "offset": "1002"}, "result"),
    "hasNext-string": (
        {"result": [_customer(1002)], "hasNext": "false", "offset": "1002"},
        r"\(hasNext\): malformed value 'false'",
    ),
    "hasNext-null": (
        {"result": [_customer(1002)], "hasNext": None, "offset": "1002"},
        r"\(hasNext\): malformed value None",
    ),
    "hasNext-one": ({"result": [_customer(1002)], "hasNext": 1, "offset": "1002"}, r"\(hasNext\): malformed value 1"),
    "offset-number": (
        {"result": [_customer(1002)], "hasNext": True, "offset": 1002},
        r"\(offset\): malformed value 1002",
    ),
}


@pytest.mark.asyncio
@pytest.mark.parametrize(("body", "named"), MALFORMED_SLICES.values(), ids=MALFORMED_SLICES.keys())
async def test_a_malformed_slice_raises_a_pagination_error_naming_the_field(
    body: dict[str, object], named: str
) -> None:
    script = {None: _slice(1001, "1001"), "1001": body}
    with respx.mock() as router:
        route = router.get(CUSTOMERS_URL).mock(side_effect=scripted_server(script, cap=2))
        async with make_client() as client:
            seen: list[int] = []
            with pytest.raises(PaginationError, match=named) as info:
                async for customer in client.customers.iter_customers():
                    seen.append(customer.id)
    assert route.call_count == 2 and seen == [1001]  # nothing of the malformed slice is yielded
    assert (info.value.operation_id, info.value.checkpoint) == ("getCustomers", "1001")


@pytest.mark.asyncio
async def test_iterating_gives_other_tasks_a_turn_between_slices() -> None:
    ticks = 0
    ticks_seen_per_slice: list[int] = []

    async def ticker() -> None:
        nonlocal ticks
        while True:
            ticks += 1
            await asyncio.sleep(0)

    with respx.mock() as router:
        router.get(CUSTOMERS_URL).mock(side_effect=cursor_server(IDS))
        async with make_client() as client:
            background = asyncio.create_task(ticker())
            async for _ in client.customers.iter_customers(slice_size=50).pages():
                ticks_seen_per_slice.append(ticks)
            background.cancel()
    assert ticks_seen_per_slice[0] < ticks_seen_per_slice[1] < ticks_seen_per_slice[2]


@pytest.mark.asyncio
async def test_iterating_records_gives_other_tasks_a_turn_within_one_long_slice() -> None:
    from perfectgym._pagination import ITEMS_PER_TURN

    ids = list(range(1, 2 * ITEMS_PER_TURN + 2))  # one slice, longer than two turns' worth of records
    ticks = 0
    ticks_seen: list[int] = []

    async def ticker() -> None:
        nonlocal ticks
        while True:
            ticks += 1
            await asyncio.sleep(0)

    body = {"result": [_customer(i) for i in ids], "hasNext": False, "offset": str(ids[-1])}
    with respx.mock() as router:
        router.get(CUSTOMERS_URL).respond(200, json=body)
        async with make_client() as client:
            background = asyncio.create_task(ticker())
            async for _ in client.customers.iter_customers():
                ticks_seen.append(ticks)
            background.cancel()
    assert len(ticks_seen) == len(ids)
    assert ticks_seen[0] < ticks_seen[ITEMS_PER_TURN] < ticks_seen[2 * ITEMS_PER_TURN]  # turns inside the slice


@pytest.mark.asyncio
async def test_the_loop_gets_a_turn_between_decoding_a_slice_and_its_first_record() -> None:
    ticks = 0
    ticks_at_request: list[int] = []

    async def ticker() -> None:
        nonlocal ticks
        while True:
            ticks += 1
            await asyncio.sleep(0)

    def answer(request: httpx.Request) -> httpx.Response:
        ticks_at_request.append(ticks)
        return httpx.Response(200, json={"result": [_customer(1)], "hasNext": False, "offset": "1"})

    with respx.mock() as router:
        router.get(CUSTOMERS_URL).mock(side_effect=answer)
        async with make_client() as client:
            background = asyncio.create_task(ticker())
            await asyncio.sleep(0)
            async for _ in client.customers.iter_customers():
                ticks_at_first_record = ticks
            background.cancel()
    assert ticks_at_first_record > ticks_at_request[0]  # not one stretch from the answer to the consumer's work


@pytest.mark.asyncio
@pytest.mark.parametrize("style", SERVERS)
async def test_inside_pages_page_checkpoint_is_the_offset_after_the_page_while_checkpoint_is_before_it(
    style: str,
) -> None:
    with respx.mock() as router:
        route = router.get(CUSTOMERS_URL).mock(side_effect=SERVERS[style](IDS))
        async with make_client() as client:
            paginator = client.customers.iter_customers(slice_size=50, start_offset="0")
            assert paginator.page_checkpoint == paginator.checkpoint == "0"  # nothing yielded yet
            seen: list[tuple[str | None, str | None]] = []
            async for _ in paginator.pages():
                seen.append((paginator.checkpoint, paginator.page_checkpoint))
    returned = [call.response.json()["offset"] for call in route.calls]
    assert seen == list(zip(["0", *returned[:-1]], returned, strict=True))
    assert paginator.page_checkpoint == paginator.checkpoint == returned[-1]


async def _job_interrupted_then_resumed(client: perfectgym.AsyncPerfectGym, saved: str, crash_after: int) -> list[int]:
    """Rows a job writes: it saves each page with `paginator.<saved>`, dies after `crash_after` pages, resumes."""
    rows: list[int] = []
    stored: str | None = None
    with pytest.raises(RuntimeError):
        paginator = client.customers.iter_customers(slice_size=50)
        async for page in paginator.pages():
            rows += _ids_of(page)  # one transaction: the page's rows
            stored = getattr(paginator, saved)  # and the resume point, together
            if len(rows) >= 50 * crash_after:
                raise RuntimeError("worker died")
    async for page in client.customers.iter_customers(slice_size=50, start_offset=stored).pages():
        rows += _ids_of(page)
    return rows


def _ids_of(page: CustomerSlicedResult) -> list[int]:
    customers = page.result
    assert isinstance(customers, list)
    return [customer.id for customer in customers]


@pytest.mark.asyncio
@pytest.mark.parametrize("crash_after", [1, 2])
async def test_a_job_saving_each_page_with_its_page_checkpoint_writes_every_row_once_after_a_crash(
    crash_after: int,
) -> None:
    with respx.mock() as router:
        router.get(CUSTOMERS_URL).mock(side_effect=cursor_server(IDS))
        async with make_client() as client:
            exactly_once = await _job_interrupted_then_resumed(client, "page_checkpoint", crash_after)
            with_checkpoint = await _job_interrupted_then_resumed(client, "checkpoint", crash_after)
    assert exactly_once == IDS
    assert len(with_checkpoint) == len(IDS) + 50  # the old recipe writes the saved page again on resume


@pytest.mark.asyncio
async def test_a_page_whose_offset_would_loop_is_not_yielded_so_a_saving_job_never_writes_it_twice() -> None:
    script = {None: _slice(1, "cursor-A"), "cursor-A": _slice(2, "cursor-B"), "cursor-B": _slice(3, "cursor-A")}
    with respx.mock() as router:
        router.get(CUSTOMERS_URL).mock(side_effect=scripted_server(script))
        async with make_client() as client:
            paginator = client.customers.iter_customers()
            page_checkpoints: list[str | None] = []
            with pytest.raises(PaginationError, match="already sent") as info:
                async for _ in paginator.pages():
                    page_checkpoints.append(paginator.page_checkpoint)
    # the third page would have to be saved with 'cursor-B' (its own offset) and written again on every rerun
    assert page_checkpoints == ["cursor-A", "cursor-B"] and info.value.checkpoint == "cursor-B"


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "last",
    [{"offset": None}, {}, {"offset": ""}, {"offset": "cursor-A"}],
    ids=["null", "absent", "empty", "sent-again"],
)
async def test_after_a_last_page_without_offset_the_saved_checkpoint_resumes_to_nothing(
    last: dict[str, object],
) -> None:
    final = {"result": [_customer(3)], "hasNext": False} | last
    script = {None: _slice(1, "cursor-A"), "cursor-A": final}
    with respx.mock() as router:
        route = router.get(CUSTOMERS_URL).mock(side_effect=scripted_server(script))
        async with make_client() as client:
            paginator = client.customers.iter_customers()
            saved = [paginator.page_checkpoint async for _ in paginator.pages()]
            sent = route.call_count
            resumed = [c.id async for c in client.customers.iter_customers(start_offset=saved[-1])]
    assert saved == ["cursor-A", END_OF_LISTING] and resumed == [] and route.call_count == sent


@pytest.mark.asyncio
async def test_a_cancellation_before_a_page_is_yielded_leaves_page_checkpoint_before_it() -> None:
    script = {None: _slice(1, "cursor-A"), "cursor-A": _slice(2, "cursor-B", has_next=False)}
    with respx.mock() as router:
        router.get(CUSTOMERS_URL).mock(side_effect=scripted_server(script))
        async with make_client() as client:
            paginator = client.customers.iter_customers()
            pages = paginator.pages()
            await anext(pages)  # the first page, saved with 'cursor-A'
            second = asyncio.ensure_future(anext(pages))
            for _ in range(50):  # cancel at the turn between decoding the second slice and yielding it
                if paginator.pages_fetched == 2:
                    break
                await asyncio.sleep(0)
            second.cancel()
            with pytest.raises(asyncio.CancelledError):
                await second
    assert paginator.pages_fetched == 2 and paginator.page_checkpoint == "cursor-A"


@pytest.mark.asyncio
@pytest.mark.parametrize("offset", ['"\\ud800"', json.dumps("9" * 5000)], ids=["lone-surrogate", "huge"])
async def test_an_offset_that_cannot_be_sent_back_is_a_pagination_error_with_the_checkpoint(offset: str) -> None:
    first = json.dumps(_slice(1, "cursor-A")).encode()
    second = json.dumps(_slice(2, "OFFSET")).replace('"OFFSET"', offset).encode()  # JSON text: a lone surrogate too

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=second if request.url.params.get("offset") else first)

    with respx.mock() as router:
        router.get(CUSTOMERS_URL).mock(side_effect=answer)
        async with make_client() as client:
            with pytest.raises(PaginationError, match="cannot be sent back") as info:
                async for _ in client.customers.iter_customers():
                    pass
    assert info.value.checkpoint == "cursor-A"


@pytest.mark.asyncio
async def test_a_server_offset_equal_to_the_end_marker_is_refused_not_taken_for_the_end() -> None:
    script = {None: _slice(1, END_OF_LISTING), END_OF_LISTING: _slice(2, "cursor-B", has_next=False)}
    with respx.mock() as router:
        router.get(CUSTOMERS_URL).mock(side_effect=scripted_server(script))
        async with make_client() as client:
            with pytest.raises(PaginationError, match="reserves for a listing's end"):
                async for _ in client.customers.iter_customers():
                    pass
