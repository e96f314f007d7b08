"""iter_all_customers: every customerStatus of the spec in one iterator, with one resumable checkpoint."""

from __future__ import annotations

import asyncio
import enum
from collections.abc import Callable
from typing import assert_type

import httpx
import pytest
import respx
from hypothesis import example, given
from hypothesis import strategies as st

import perfectgym
import perfectgym._customers
from perfectgym import ClientClosedError, InvalidRequestError, PaginationError
from perfectgym._paginator_chain import ChainedPaginator, decode_checkpoint, encode_checkpoint
from perfectgym_client.models import Customer, CustomerSlicedResult, GetCustomersCustomerStatus
from tests.support.fakes import API_KEY, BASE_URL, make_client

CUSTOMERS_URL = f"{BASE_URL}/v1/customers"
STATUSES = [status.value for status in GetCustomersCustomerStatus]  # the spec's, in the enum's order


def _smallest_slice() -> int:
    bounds = perfectgym.OPERATIONS["getCustomers"].slice_bounds
    assert bounds is not None and bounds.minimum is not None
    return bounds.minimum


SLICE = _smallest_slice()  # the spec's minimum sliceSize: the most slices per status
KIND = "iter_all_customers"

Handler = Callable[[httpx.Request], httpx.Response]


def _ids(counts: list[int]) -> dict[str, list[int]]:
    """Disjoint ascending ids per status: `counts[i % len(counts)]` customers for the i-th status.

    The counts repeat over however many statuses the spec has, so a spec bump that adds one
    still gets a fixture (the spec-bump test runs this suite on a bumped spec).
    """
    return {
        status: list(range(10_000 * (i + 1), 10_000 * (i + 1) + counts[i % len(counts)]))
        for i, status in enumerate(STATUSES)
    }


SEVERAL_SLICES = _ids([2 * SLICE + 7, SLICE + 1, 3 * SLICE])


def _customer(customer_id: int, status: str) -> dict[str, object]:
    return {"id": customer_id, "status": status, "accessRefusal": False}


def status_server(ids_by_status: dict[str, list[int]]) -> Handler:
    """getCustomers per customerStatus, offset = id of the last record returned (the API's cursor style)."""

    def handle(request: httpx.Request) -> httpx.Response:
        status = request.url.params["customerStatus"]  # iter_all_customers always names the status
        after = int(request.url.params.get("offset", "0"))
        size = int(request.url.params.get("sliceSize", "100"))
        rest = [i for i in ids_by_status[status] if i > after]
        page = rest[:size]
        body = {
            "result": [_customer(i, status) for i in page],
            "hasNext": len(rest) > size,
            "offset": str(page[-1]) if page else str(after),
        }
        return httpx.Response(200, json=body)

    return handle


def _all(ids_by_status: dict[str, list[int]]) -> list[int]:
    return [i for status in STATUSES for i in ids_by_status[status]]


def _rows(page: CustomerSlicedResult) -> list[int]:
    customers = page.result
    assert isinstance(customers, list)
    return [customer.id for customer in customers]


def _sent(route: respx.Route) -> list[tuple[str, str | None]]:
    return [(c.request.url.params["customerStatus"], c.request.url.params.get("offset")) for c in route.calls]


@pytest.mark.asyncio
async def test_lists_every_status_of_the_spec_enum_in_its_order_through_get_customers() -> None:
    assert len(STATUSES) >= 3 and "MEMBER" in STATUSES  # the fixture's premise; values come from the spec
    with respx.mock() as router:
        route = router.get(CUSTOMERS_URL).mock(side_effect=status_server(SEVERAL_SLICES))
        async with make_client() as client:
            paginator = client.customers.iter_all_customers(slice_size=SLICE)
            assert_type(paginator, ChainedPaginator[Customer, CustomerSlicedResult])
            seen: list[int] = []
            async for customer in paginator:
                assert_type(customer, Customer)
                seen.append(customer.id)
    assert seen == _all(SEVERAL_SLICES)
    requested = [status for status, _ in _sent(route)]
    assert list(dict.fromkeys(requested)) == STATUSES  # each status once, in the enum's order
    assert all(c.request.url.params["sliceSize"] == str(SLICE) for c in route.calls)
    pages = sum(max(1, -(-len(ids) // SLICE)) for ids in SEVERAL_SLICES.values())  # one page at least per status
    assert paginator.exhausted and paginator.pages_fetched == route.call_count == pages


@pytest.mark.asyncio
async def test_resuming_from_each_page_checkpoint_neither_skips_nor_repeats_a_slice() -> None:
    with respx.mock() as router:
        route = router.get(CUSTOMERS_URL).mock(side_effect=status_server(SEVERAL_SLICES))
        async with make_client() as client:
            paginator = client.customers.iter_all_customers(slice_size=SLICE)
            saved: list[tuple[list[int], str, bool]] = []  # (rows, page_checkpoint, last page of its status)
            async for page in paginator.pages():
                assert_type(page, CustomerSlicedResult)
                saved.append((_rows(page), paginator.page_checkpoint, page.has_next is False))
            for k, (_, checkpoint, last_of_status) in enumerate(saved[:-1]):
                calls_before = route.call_count
                resumed = client.customers.iter_all_customers(slice_size=SLICE, start_offset=checkpoint)
                rest = [c.id async for c in resumed]
                done = [row for rows, _, _ in saved[: k + 1] for row in rows]
                assert done + rest == _all(SEVERAL_SLICES), k
                first_status, first_offset = _sent(route)[calls_before]
                if last_of_status:  # resumes at the next status's start, without re-reading this one's end
                    assert first_status == STATUSES[STATUSES.index(_sent_status(saved, k)) + 1]
                    assert first_offset is None
    assert sum(last for _, _, last in saved) == len(STATUSES)


def _sent_status(saved: list[tuple[list[int], str, bool]], k: int) -> str:
    """The status of the k-th saved page (its rows' ids say which)."""
    first_row = saved[k][0][0]
    return next(status for status, ids in SEVERAL_SLICES.items() if first_row in ids)


@pytest.mark.asyncio
async def test_after_a_crash_mid_status_the_checkpoint_resumes_at_the_unfinished_slice() -> None:
    crash_at = len(SEVERAL_SLICES[STATUSES[0]]) + SLICE // 2  # in the middle of the second status's first slice
    with respx.mock() as router:
        router.get(CUSTOMERS_URL).mock(side_effect=status_server(SEVERAL_SLICES))
        async with make_client() as client:
            first = client.customers.iter_all_customers(slice_size=SLICE)
            processed: list[int] = []
            with pytest.raises(RuntimeError):
                async for customer in first:
                    if len(processed) == crash_at:
                        raise RuntimeError("worker died")
                    processed.append(customer.id)
            rest = [c.id async for c in client.customers.iter_all_customers(start_offset=first.checkpoint)]
    whole_statuses = len(SEVERAL_SLICES[STATUSES[0]])
    assert processed[:whole_statuses] + rest == _all(SEVERAL_SLICES)


@pytest.mark.asyncio
async def test_cancelled_mid_status_the_checkpoint_is_before_the_unfinished_slice() -> None:
    handler = status_server(SEVERAL_SLICES)
    reached, never = asyncio.Event(), asyncio.Event()
    stall_at = (STATUSES[1], str(SEVERAL_SLICES[STATUSES[1]][SLICE - 1]))  # the second status's second slice

    async def stalling(request: httpx.Request) -> httpx.Response:
        at = (request.url.params["customerStatus"], request.url.params.get("offset"))
        if at == stall_at and not reached.is_set():  # only the first time: the resumed walk gets its answer
            reached.set()
            await never.wait()
        return handler(request)

    with respx.mock() as router:
        router.get(CUSTOMERS_URL).mock(side_effect=stalling)
        async with make_client() as client:
            paginator = client.customers.iter_all_customers(slice_size=SLICE)
            seen: list[int] = []

            async def consume() -> None:
                async for customer in paginator:
                    seen.append(customer.id)

            task = asyncio.create_task(consume())
            await reached.wait()
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            checkpoint = paginator.checkpoint
            resumed = client.customers.iter_all_customers(slice_size=SLICE, start_offset=checkpoint)
            rest = [c.id async for c in resumed]
    assert not paginator.exhausted and paginator.segment == STATUSES[1]
    assert seen + rest == _all(SEVERAL_SLICES)  # the stalled slice was never yielded: nothing lost, nothing twice


@pytest.mark.asyncio
async def test_a_status_with_no_customers_is_one_empty_page_and_the_walk_goes_on() -> None:
    ids = _ids([SLICE + 3, 0, 5])
    with respx.mock() as router:
        route = router.get(CUSTOMERS_URL).mock(side_effect=status_server(ids))
        async with make_client() as client:
            paginator = client.customers.iter_all_customers(slice_size=SLICE)
            pages: list[tuple[list[int], str]] = []
            async for page in paginator.pages():
                pages.append((_rows(page), paginator.page_checkpoint))
            resumed = client.customers.iter_all_customers(start_offset=pages[2][1])  # saved with the empty page
            rest = [c.id async for c in resumed]
    expected = [ids[status][i : i + SLICE] for status in STATUSES for i in range(0, max(len(ids[status]), 1), SLICE)]
    assert [rows for rows, _ in pages] == expected  # the empty status is one empty page
    assert pages[2][0] == [] and rest == [i for status in STATUSES[2:] for i in ids[status]]
    assert route.calls[-1].request.url.params["customerStatus"] == STATUSES[-1]


@pytest.mark.asyncio
@pytest.mark.parametrize("last_offset", [None, "absent", ""])
async def test_a_last_slice_with_a_null_or_missing_offset_ends_its_status_and_resumes_at_the_next(
    last_offset: str | None,
) -> None:
    """A server that sends no offset with hasNext=false (nothing to continue from) is not an error."""
    ids = _ids([SLICE + 3, 0, 5])
    cursor_style = status_server(ids)

    def handle(request: httpx.Request) -> httpx.Response:
        answer = cursor_style(request)
        body = answer.json()
        if not body["hasNext"]:
            body.pop("offset") if last_offset == "absent" else body.update(offset=last_offset)
        return httpx.Response(200, json=body)

    with respx.mock() as router:
        router.get(CUSTOMERS_URL).mock(side_effect=handle)
        async with make_client() as client:
            paginator = client.customers.iter_all_customers(slice_size=SLICE)
            saved: list[str] = []
            seen = []
            async for page in paginator.pages():
                seen += _rows(page)
                saved.append(paginator.page_checkpoint)
            resumed = [c.id async for c in client.customers.iter_all_customers(start_offset=saved[1])]
    assert seen == _all(ids)
    assert resumed == [i for status in STATUSES[1:] for i in ids[status]]  # saved with the first status's end


@pytest.mark.asyncio
async def test_a_checkpoint_of_iter_all_customers_is_refused_by_iter_customers_before_any_request() -> None:
    with respx.mock(assert_all_called=False) as router:
        route = router.get(CUSTOMERS_URL).mock(side_effect=status_server(SEVERAL_SLICES))
        async with make_client() as client:
            walk = client.customers.iter_all_customers(slice_size=SLICE)
            async for _ in walk.pages():
                break
            sent = route.call_count
            with pytest.raises(InvalidRequestError, match="a checkpoint of iter_all_customers"):
                client.customers.iter_customers(start_offset=walk.page_checkpoint)
    assert route.call_count == sent


def _slice(first_id: int, offset: object, has_next: object = True) -> dict[str, object]:
    return {"result": [_customer(first_id, "MEMBER")], "hasNext": has_next, "offset": offset}


BROKEN_SECOND_STATUS = {
    "cycle": ([_slice(1, "A"), _slice(2, "B"), _slice(3, "A")], "already sent", "B"),
    "offset-not-a-string": ([_slice(1, "A"), {"result": [], "hasNext": True, "offset": 7}], "offset", "A"),
    "same-offset": ([_slice(1, "A"), _slice(2, "A")], "same offset", "A"),
}


@pytest.mark.asyncio
@pytest.mark.parametrize(("script", "named", "resume_at"), BROKEN_SECOND_STATUS.values(), ids=BROKEN_SECOND_STATUS)
async def test_a_broken_status_raises_pagination_error_with_the_combined_checkpoint(
    script: list[dict[str, object]], named: str, resume_at: str
) -> None:
    broken = STATUSES[1]
    good = status_server(_ids([3, 0, 4]))
    answers = iter(script)

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.params["customerStatus"] == broken:
            return httpx.Response(200, json=next(answers))
        return good(request)

    with respx.mock() as router:
        router.get(CUSTOMERS_URL).mock(side_effect=handle)
        async with make_client() as client:
            with pytest.raises(PaginationError, match=named) as info:
                async for _ in client.customers.iter_all_customers():
                    pass
            error = info.value
            assert error.operation_id == "getCustomers" and isinstance(error.checkpoint, str)
            assert repr(error.checkpoint) in str(error)
            answers = iter([_slice(9, "C", has_next=False)])  # the server is fixed
            before_resume = len(router.routes[0].calls)
            resumed = client.customers.iter_all_customers(start_offset=error.checkpoint)
            rest = [c.id async for c in resumed]
            sent = _sent(router.routes[0])
    first = sent[before_resume]
    assert first[1] == resume_at and first[0] == broken  # resumed in the broken status, at its checkpoint
    later = _ids([3, 0, 4])
    assert rest == [9, *(i for status in STATUSES[2:] for i in later[status])]


@pytest.mark.parametrize(
    "offset",
    ["/", "%2F", "a/b%c", "", " ", "é", "\ud800", "\n", "iter_all_customers/v2/x/MEMBER/1", "%", "%%41"],
)
def test_a_checkpoint_round_trips_an_offset_with_any_character(offset: str) -> None:
    for status in STATUSES:
        checkpoint = encode_checkpoint(KIND, status, offset, STATUSES)
        assert decode_checkpoint(KIND, checkpoint, STATUSES) == (status, offset)
    assert decode_checkpoint(KIND, encode_checkpoint(KIND, STATUSES[0], None, STATUSES), STATUSES) == (
        STATUSES[0],
        None,
    )


@given(status=st.sampled_from(STATUSES), offset=st.none() | st.text())
@example(status=STATUSES[0], offset="\udfff/%00")
def test_checkpoints_of_different_positions_never_collide(status: str, offset: str | None) -> None:
    checkpoint = encode_checkpoint(KIND, status, offset, STATUSES)
    assert decode_checkpoint(KIND, checkpoint, STATUSES) == (status, offset)


@pytest.mark.asyncio
async def test_an_offset_with_separator_characters_is_sent_back_unchanged_after_resume() -> None:
    odd = "x/y%2F?&z=1 é"
    with respx.mock() as router:
        route = router.get(CUSTOMERS_URL).respond(200, json={"result": [], "hasNext": False, "offset": "end"})
        async with make_client() as client:
            start = encode_checkpoint(KIND, STATUSES[1], odd, STATUSES)
            assert [c async for c in client.customers.iter_all_customers(start_offset=start)] == []
    assert _sent(route)[0] == (STATUSES[1], odd)


OURS = encode_checkpoint(KIND, STATUSES[0], None, STATUSES)  # "<kind>/<version>/<digest>/<status>"
HEAD = OURS.rsplit("/", 1)[0]  # "<kind>/<version>/<digest>"
NOT_OURS: dict[str, object] = {
    "plain-offset": "1050",
    "empty": "",
    "no-status": f"{HEAD}/",
    "other-version": OURS.replace(f"{KIND}/v2/", f"{KIND}/v1/"),
    "other-iterator": OURS.replace(KIND, "iter_customers") + "/5",
    "extra-part": f"{OURS}/5/6",
    "bad-escape": f"{OURS}/%zz",
    "not-canonical": f"{OURS}/%41",
    "int": 1050,
    "bytes": OURS.encode(),
}


@pytest.mark.asyncio
@pytest.mark.parametrize("checkpoint", NOT_OURS.values(), ids=NOT_OURS)
async def test_a_checkpoint_that_is_not_ours_is_refused_before_any_request(checkpoint: object) -> None:
    with respx.mock(assert_all_called=False) as router:
        route = router.get(CUSTOMERS_URL).mock(side_effect=status_server(SEVERAL_SLICES))
        async with make_client() as client:
            with pytest.raises(InvalidRequestError, match=f"{KIND}: start_offset") as info:
                client.customers.iter_all_customers(start_offset=checkpoint)  # type: ignore[arg-type]
    assert not route.called and API_KEY not in str(info.value)


@pytest.mark.asyncio
async def test_a_checkpoint_naming_a_status_the_spec_no_longer_has_is_refused_before_any_request(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with respx.mock(assert_all_called=False) as router:
        route = router.get(CUSTOMERS_URL).mock(side_effect=status_server(SEVERAL_SLICES))
        async with make_client() as client:
            old = client.customers.iter_all_customers(slice_size=SLICE)
            async for page in old.pages():
                if _rows(page)[0] in SEVERAL_SLICES[STATUSES[1]]:
                    break
            saved = old.page_checkpoint
            # the next spec drops that status from customerStatus
            kept = [(s, s) for s in STATUSES if s != STATUSES[1]]
            remaining = enum.StrEnum("GetCustomersCustomerStatus", kept)  # type: ignore[misc]
            monkeypatch.setattr(perfectgym._customers, "GetCustomersCustomerStatus", remaining)
            calls_before = route.call_count
            with pytest.raises(InvalidRequestError, match=f"names customerStatus '{STATUSES[1]}', which the spec no"):
                client.customers.iter_all_customers(start_offset=saved)
    assert route.call_count == calls_before


@pytest.mark.asyncio
async def test_slice_size_outside_the_spec_bounds_is_refused_before_any_request() -> None:
    bounds = perfectgym.OPERATIONS["getCustomers"].slice_bounds
    assert bounds is not None and bounds.minimum is not None and bounds.maximum is not None
    with respx.mock(assert_all_called=False) as router:
        route = router.get(CUSTOMERS_URL).mock(side_effect=status_server(SEVERAL_SLICES))
        async with make_client() as client:
            for bad in (bounds.minimum - 1, bounds.maximum + 1, True, "100"):
                with pytest.raises(InvalidRequestError, match="slice_size"):
                    client.customers.iter_all_customers(slice_size=bad)  # type: ignore[arg-type]
    assert not route.called


@pytest.mark.asyncio
async def test_iterates_once_and_repr_shows_the_checkpoint() -> None:
    with respx.mock() as router:
        ids = _ids([2, 1, 0])
        router.get(CUSTOMERS_URL).mock(side_effect=status_server(ids))
        async with make_client() as client:
            paginator = client.customers.iter_all_customers()
            assert f"checkpoint={paginator.checkpoint!r} pages_fetched=0 exhausted=False" in repr(paginator)
            assert len([c async for c in paginator]) == sum(map(len, ids.values()))
            with pytest.raises(PaginationError, match="already iterated") as info:
                async for _ in paginator.pages():
                    pass
    assert info.value.checkpoint == paginator.checkpoint and "exhausted=True" in repr(paginator)
    assert API_KEY not in repr(paginator)


@pytest.mark.asyncio
async def test_a_closed_client_raises_client_closed_error_and_sends_nothing() -> None:
    with respx.mock(assert_all_called=False) as router:
        route = router.get(CUSTOMERS_URL).mock(side_effect=status_server(SEVERAL_SLICES))
        client = make_client()
        paginator = client.customers.iter_all_customers()
        await client.aclose()
        with pytest.raises(ClientClosedError):
            async for _ in paginator:
                pass
    assert not route.called


def test_a_checkpoint_from_a_walk_over_other_statuses_is_refused_not_resumed_past_a_new_one() -> None:
    written = encode_checkpoint(KIND, STATUSES[-1], "42", [*STATUSES[:-1], "ADDED_BY_A_SPEC_BUMP", STATUSES[-1]])
    with pytest.raises(InvalidRequestError, match="other customerStatus values than the spec lists now"):
        decode_checkpoint(KIND, written, STATUSES, "customerStatus")
    assert decode_checkpoint(KIND, encode_checkpoint(KIND, STATUSES[-1], "42", STATUSES), STATUSES) == (
        STATUSES[-1],
        "42",
    )


@pytest.mark.parametrize("option", ["customer_status", "card_number_format", "max_retry"])
def test_iter_all_customers_takes_only_per_call_options(option: str) -> None:
    client = make_client()
    with pytest.raises(InvalidRequestError, match=f"unknown option '{option}'"):
        client.customers.iter_all_customers(**{option: "x"})  # type: ignore[arg-type]
