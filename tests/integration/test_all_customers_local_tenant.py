"""iter_all_customers against the local tenant: every status, and the exactly-once export recipe."""

from __future__ import annotations

import asyncio
import math
from collections import Counter
from collections.abc import AsyncIterator

import pytest
import pytest_asyncio

import perfectgym
from perfectgym import AsyncPerfectGym
from perfectgym.testing import LocalTenant, Studio, StudioData
from perfectgym.testing._studio import PAGINATION_STYLES
from perfectgym_client.models import CustomerSlicedResult, GetCustomersCustomerStatus

STATUSES = [status.value for status in GetCustomersCustomerStatus]


def _smallest_slice() -> int:
    bounds = perfectgym.OPERATIONS["getCustomers"].slice_bounds
    assert bounds is not None and bounds.minimum is not None
    return bounds.minimum


SLICE = _smallest_slice()


class Table:
    """A database table of exported customers and its checkpoint row, written together (one transaction)."""

    def __init__(self) -> None:
        self.rows: list[int] = []
        self.checkpoint: str | None = None

    def save(self, page: CustomerSlicedResult, checkpoint: str) -> None:
        customers = page.result
        assert isinstance(customers, list)
        self.rows += [customer.id for customer in customers]
        self.checkpoint = checkpoint


class Interrupted(Exception):
    pass


async def export(client: AsyncPerfectGym, table: Table, stop_at: int, how: str, parked: asyncio.Event) -> None:
    """The recipe: save each page with its page_checkpoint; start from the saved checkpoint. Stops at page `stop_at`."""
    paginator = client.customers.iter_all_customers(slice_size=SLICE, start_offset=table.checkpoint)
    pages = 0
    async for page in paginator.pages():
        pages += 1
        if pages == stop_at and how == "cancel-before-save":
            parked.set()
            await asyncio.Event().wait()  # fetched but not saved when the job is cancelled
        table.save(page, paginator.page_checkpoint)
        if pages == stop_at and how == "error-after-save":
            raise Interrupted


@pytest_asyncio.fixture(params=PAGINATION_STYLES)
async def tenant(request: pytest.FixtureRequest) -> AsyncIterator[tuple[LocalTenant, StudioData]]:
    data = StudioData(1, "Every status", seed=11, customer_count=1_200, member_share=40)
    async with LocalTenant([Studio(api_key="k", data=data, default_pagination=request.param)]) as local:
        yield local, data


def _slices(data: StudioData, status: str) -> int:
    return math.ceil(len(data.ids_with_status(status)) / SLICE)


@pytest.mark.asyncio
async def test_an_export_interrupted_at_any_page_and_resumed_writes_every_customer_exactly_once(
    tenant: tuple[LocalTenant, StudioData],
) -> None:
    local, data = tenant
    slices = [_slices(data, status) for status in STATUSES]
    assert all(n >= 3 for n in slices), slices  # several statuses, several slices each
    first_end = slices[0]
    # interruptions counted in pages of each run: the first page, a status's last page (the
    # boundary), the middle of a status, the first page of a status; by an exception and by
    # cancellation of a page fetched but not yet saved
    plan = [
        (1, "error-after-save"),
        (first_end - 1, "error-after-save"),
        (2, "cancel-before-save"),
        (slices[1] // 2, "error-after-save"),
        (slices[1] - slices[1] // 2, "cancel-before-save"),
    ]
    table = Table()
    async with AsyncPerfectGym(local.url, "k", rate_budget=None) as client:
        for stop_at, how in plan:
            parked = asyncio.Event()
            job = asyncio.create_task(export(client, table, stop_at, how, parked))
            if how == "cancel-before-save":
                await parked.wait()
                job.cancel()
                with pytest.raises(asyncio.CancelledError):
                    await job
            else:
                with pytest.raises(Interrupted):
                    await job
        await export(client, table, stop_at=-1, how="", parked=asyncio.Event())  # the last run finishes
    duplicates = [i for i, n in Counter(table.rows).items() if n > 1]
    assert duplicates == []
    assert table.rows == [i for status in STATUSES for i in data.ids_with_status(status)]
    assert set(table.rows) == set(data.customer_ids)  # every customer of the studio, whatever its status


@pytest.mark.asyncio
async def test_statuses_with_no_customers_are_walked_past() -> None:
    data = StudioData(1, "Members only", seed=2, customer_count=3 * SLICE, member_share=100)
    async with (
        LocalTenant([Studio(api_key="k", data=data)]) as local,
        AsyncPerfectGym(local.url, "k", rate_budget=None) as client,
    ):
        paginator = client.customers.iter_all_customers(slice_size=SLICE)
        ids = [customer.id async for customer in paginator]
    assert ids == list(data.customer_ids) and paginator.exhausted
    assert paginator.pages_fetched == 3 + len(STATUSES) - 1  # one empty slice per empty status
