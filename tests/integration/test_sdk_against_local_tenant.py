"""The SDK end to end over real loopback sockets against the local tenant."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest

import perfectgym
from perfectgym import AccessRestriction, AsyncPerfectGym, RetryPolicy
from perfectgym.testing import LocalTenant, RateLimit, Studio, StudioData
from perfectgym_client.models import ClassSlotBookingRequest, GetCustomersCustomerStatus


@pytest.mark.asyncio
async def test_main_flows(local_tenant: LocalTenant, perfectgym_client: AsyncPerfectGym) -> None:
    client, data = perfectgym_client, local_tenant.studios[0].data
    assert await client.verify_api_key() is True

    ids = [c.id async for c in client.customers.iter_customers(slice_size=50)]
    assert ids == data.ids_with_status("MEMBER")
    prospects = client.customers.iter_customers(customer_status=GetCustomersCustomerStatus.PROSPECT)
    assert [c.id async for c in prospects] == data.ids_with_status("PROSPECT")

    customer = await client.customers.get_customer_by_id(customer_id=ids[3])
    assert customer.id == ids[3] and customer.last_name
    same = await client.customers.get_customer_by(customer_number=customer.customer_number)  # type: ignore[arg-type]
    assert same.id == customer.id
    found = await client.customers.search_customers(body={"email": customer.email})
    assert [c.id for c in found] == [customer.id]

    restriction = AccessRestriction("unpaid fees", dt.date(2026, 1, 1), dt.date(2026, 1, 31))
    await client.customers.set_access_restriction(customer.id, restriction)
    restricted = await client.customers.get_customer_by_id(customer_id=customer.id)
    assert restricted.access_refusal is True
    assert [(r.reason, r.start_date, r.end_date) for r in restricted.access_restrictions] == [  # type: ignore[union-attr]
        ("unpaid fees", dt.date(2026, 1, 1), dt.date(2026, 1, 31))
    ]
    await client.customers.delete_access_restriction(customer.id)
    cleared = await client.customers.get_customer_by_id(customer_id=customer.id)
    assert cleared.access_refusal is False and not cleared.access_restrictions

    classes = [c async for c in client.classes.iter_active_classes(slice_size=10)]
    assert len(classes) == data.class_count
    slots = [s async for s in client.classes.iter_class_slots(classes[0].id, slice_size=10)]
    booking = await client.classes.book_class_slot(
        body=ClassSlotBookingRequest(customer_id=ids[0], class_slot_id=slots[0].id)
    )
    assert booking.booking_status == "BOOKED"
    with pytest.raises(perfectgym.ConflictError):
        await client.classes.book_class_slot(body={"customerId": ids[0], "classSlotId": slots[0].id})

    appointments = [a async for a in client.appointments.iter_bookable_appointments(slice_size=10)]
    free = await client.appointments.get_bookable_appointment_slots(appointments[0].id, days_ahead=1)
    booked = await client.appointments.book_appointment_booking(
        body={
            "customerId": ids[0],
            "bookableAppointmentId": appointments[0].id,
            "startDateTime": free[0].start_date_time,
            "endDateTime": free[0].end_date_time,
        }
    )
    assert booked.booking_status == "BOOKED"
    info = await client.studios.get_studio_information()
    assert info.name == "Demo Studio"


@pytest.mark.asyncio
async def test_typed_errors_from_the_tenant(local_tenant: LocalTenant, perfectgym_client: AsyncPerfectGym) -> None:
    with pytest.raises(perfectgym.NotFoundError) as info:
        await perfectgym_client.customers.get_customer_by_id(customer_id=7)
    assert info.value.trace_id and info.value.error_code == "customer.notFound"
    with pytest.raises(perfectgym.BadRequestError) as bad:
        await perfectgym_client.customers.with_raw_response.get_customer_by()
    assert bad.value.reference == "customerNumber"
    async with AsyncPerfectGym(local_tenant.url, "not-a-key") as stranger:
        assert await stranger.verify_api_key() is False
        with pytest.raises(perfectgym.AuthenticationError):
            await stranger.studios.get_studio_information()


@pytest.mark.asyncio
@pytest.mark.parametrize("style", ["cursor", "count"])
async def test_both_pagination_styles_return_every_record_once(style: str) -> None:
    studio = Studio(api_key="k", data=StudioData(9, "Paged", customer_count=1234), pagination={"getCustomers": style})
    async with LocalTenant([studio]) as tenant, AsyncPerfectGym(tenant.url, "k") as client:
        paginator = client.customers.iter_customers(slice_size=50)
        ids = [c.id async for c in paginator]
        expected = studio.data.ids_with_status("MEMBER")
        assert ids == expected
        last_offset = str(expected[-1]) if style == "cursor" else str(len(expected))
        assert paginator.checkpoint == last_offset


@pytest.mark.asyncio
async def test_several_studios_with_their_own_keys_in_one_process() -> None:
    async with LocalTenant() as tenant:
        first, second = tenant.studios
        async with (
            AsyncPerfectGym(tenant.url, first.api_key) as one,
            AsyncPerfectGym(tenant.url, second.api_key) as two,
        ):
            info_one, info_two, ids_two = await asyncio.gather(
                one.studios.get_studio_information(),
                two.studios.get_studio_information(),
                _all_ids(two),
            )
            assert (info_one.name, info_two.name) == ("Demo Studio", "Second Studio")
            assert ids_two == second.data.ids_with_status("MEMBER")
            await one.customers.set_access_restriction(1003, AccessRestriction("only in studio one"))
            assert 1003 in first.data.restrictions and 1003 not in second.data.restrictions


async def _all_ids(client: AsyncPerfectGym) -> list[int]:
    return [c.id async for c in client.customers.iter_customers(slice_size=50)]


# Each fault kind and what the SDK does about it


@pytest.mark.asyncio
async def test_rate_limit_window_is_waited_out_per_retry_after(local_tenant: LocalTenant) -> None:
    local_tenant.faults.configure("getStudioInformation", rate_limit=RateLimit(2, window=1.0))
    async with AsyncPerfectGym(local_tenant.url, local_tenant.api_key) as client:
        for _ in range(4):
            await client.studios.get_studio_information()
    assert local_tenant.faults.count("rate_limit", "getStudioInformation") >= 1


@pytest.mark.asyncio
async def test_503_burst_is_retried(local_tenant: LocalTenant, perfectgym_client: AsyncPerfectGym) -> None:
    local_tenant.faults.configure("getCustomerById", fail_with_503=3)
    fast = perfectgym_client.with_options(retry_policy=RetryPolicy(initial_wait=0.01))
    raw = await fast.customers.with_raw_response.get_customer_by_id(1003)
    assert raw.attempts == 4 and local_tenant.faults.count("fail_with_503") == 3


@pytest.mark.asyncio
async def test_latency_beyond_the_timeout_raises_a_timeout_error(
    local_tenant: LocalTenant, perfectgym_client: AsyncPerfectGym
) -> None:
    local_tenant.faults.configure("getStudioInformation", latency=1.0)
    impatient = perfectgym_client.with_options(timeout=0.2, max_retries=0)
    with pytest.raises(perfectgym.APITimeoutError):
        await impatient.studios.get_studio_information()


@pytest.mark.asyncio
async def test_dropped_connection_get_is_retried(local_tenant: LocalTenant, perfectgym_client: AsyncPerfectGym) -> None:
    local_tenant.faults.configure("getCustomerById", drop_connection=1)
    fast = perfectgym_client.with_options(retry_policy=RetryPolicy(initial_wait=0.01))
    raw = await fast.customers.with_raw_response.get_customer_by_id(1003)
    assert raw.attempts == 2 and local_tenant.faults.count("drop_connection") == 1


@pytest.mark.asyncio
async def test_dropped_connection_post_is_not_retried_and_may_have_executed(
    local_tenant: LocalTenant, perfectgym_client: AsyncPerfectGym
) -> None:
    data = local_tenant.studios[0].data
    local_tenant.faults.configure("bookClassSlot", drop_connection=1)
    before = len(data.class_bookings)
    with pytest.raises(perfectgym.APIConnectionError) as info:
        await perfectgym_client.classes.book_class_slot(body={"customerId": 1004, "classSlotId": 3005})
    assert info.value.attempts == 1
    assert len(data.class_bookings) == before + 1  # it did execute: that is why it was not retried
    assert local_tenant.faults.count("drop_connection", "bookClassSlot") == 1


@pytest.mark.asyncio
async def test_malformed_json_raises_a_typed_error(
    local_tenant: LocalTenant, perfectgym_client: AsyncPerfectGym
) -> None:
    local_tenant.faults.configure("getCustomerById", malformed_json=1)
    with pytest.raises(perfectgym.APIResponseValidationError):
        await perfectgym_client.customers.get_customer_by_id(customer_id=1003)
    assert local_tenant.faults.count("malformed_json") == 1
