"""The local tenant answers in the spec's shapes: every body it sends is validated against openapi.yaml.

Bodies must also carry no field the spec does not declare, so the fake cannot drift
from the spec in either direction. Every operation of the spec, hand-written or not,
answers a documented success through the SDK with ``validate_responses=True``.
"""

from __future__ import annotations

import inspect
import subprocess
import sys
import typing
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import pytest
from openapi_python_client.strings import snake_case

from perfectgym import OPERATIONS, AccessRestriction, AsyncPerfectGym
from perfectgym.testing import DEFAULT_API_KEYS, LocalTenant
from perfectgym.testing._app import HANDLERS
from tests.contract.arguments import arguments_for
from tests.support.spec import assert_matches_spec, load_spec, response_schema, spec_operation
from tools.spec_changes import collect_operations

KEY = {"X-API-KEY": DEFAULT_API_KEYS[0]}

# (operationId, method, path, json body) covering every implemented handler.
CALLS: list[tuple[str, str, str, Any]] = [
    ("getCustomers", "GET", "/v1/customers?sliceSize=50", None),
    ("getCustomerById", "GET", "/v1/customers/1003", None),
    ("getCustomerBy", "GET", "/v1/customers/by?customerNumber=1-1003", None),
    ("searchCustomers", "POST", "/v1/customers/search", {"lastName": "Bauer"}),
    (
        "setAccessRestriction",
        "PUT",
        "/v1/customers/1003/access-restrictions",
        {"reason": "r", "startDate": "2026-01-01", "endDate": "2026-02-01"},
    ),
    ("deleteAccessRestriction", "DELETE", "/v1/customers/1003/access-restrictions", None),
    ("getActiveClasses", "GET", "/v1/classes?sliceSize=10", None),
    ("getClassById", "GET", "/v1/classes/2", None),
    ("getClassSlots", "GET", "/v1/classes/2/slots?sliceSize=10", None),
    ("getClassSlotById", "GET", "/v1/classes/2/slots/2003", None),
    ("bookClassSlot", "POST", "/v1/classes/booking/book", {"customerId": 1003, "classSlotId": 2003}),
    ("getClassBookingById", "GET", "/v1/classes/booking/50001", None),
    ("cancelClassSlotById", "DELETE", "/v1/classes/booking/50001", None),
    ("getBookableAppointments", "GET", "/v1/appointments/bookable?sliceSize=10", None),
    ("getBookableAppointment", "GET", "/v1/appointments/bookable/1", None),
    ("getBookableAppointmentSlots", "GET", "/v1/appointments/bookable/1/slots?daysAhead=2", None),
    (
        "bookAppointmentBooking",
        "POST",
        "/v1/appointments/booking/book",
        {
            "customerId": 1003,
            "bookableAppointmentId": 1,
            "startDateTime": "2026-01-15T09:00:00+00:00",
            "endDateTime": "2026-01-15T10:00:00+00:00",
        },
    ),
    ("getAppointmentBooking", "GET", "/v1/appointments/booking/50002", None),
    ("deleteAppointmentBooking", "DELETE", "/v1/appointments/booking/50002", None),
    ("getStudioInformation", "GET", "/v1/studios/information", None),
]


def test_every_handler_is_exercised_here() -> None:
    assert {op for op, *_ in CALLS} == set(HANDLERS)


def test_every_success_body_matches_the_spec() -> None:
    with LocalTenant(customers=200) as tenant, httpx.Client(base_url=tenant.url, headers=KEY) as http:
        for operation_id, method, path, body in CALLS:
            response = http.request(method, path, json=body)
            assert response.status_code == 200, (operation_id, response.text)
            assert OPERATIONS[operation_id].method == method
            schema = response_schema(operation_id)
            if schema is None:
                assert response.content == b"", operation_id
            else:
                assert_matches_spec(response.json(), schema)


@pytest.mark.parametrize(
    ("method", "path", "body", "headers", "status"),
    [
        ("GET", "/v1/customers/1003", None, {}, 401),
        ("GET", "/v1/customers/1003", None, {"X-API-KEY": "wrong"}, 401),
        ("GET", "/v1/customers/5", None, KEY, 404),
        ("GET", "/v1/customers?sliceSize=10", None, KEY, 400),
        ("GET", "/v1/customers?sliceSize=501", None, KEY, 400),
        ("PUT", "/v1/customers/1003/access-restrictions", {"reason": "r", "startDate": "2026-01-01"}, KEY, 400),
        ("POST", "/v1/classes/booking/book", {"customerId": 1003}, KEY, 400),
        ("GET", "/v1/customers?customerStatus=NOT_A_SPEC_VALUE", None, KEY, 400),
    ],
)
def test_errors_use_the_documented_error_json(
    method: str, path: str, body: Any, headers: dict[str, str], status: int
) -> None:
    with LocalTenant(customers=200) as tenant, httpx.Client(base_url=tenant.url) as http:
        response = http.request(method, path, json=body, headers=headers)
    assert response.status_code == status
    error = response.json()
    assert_matches_spec(error, {"$ref": "#/components/schemas/ErrorResponse"})
    assert error["errorMessage"] and error["traceId"]


def test_head_checks_only_the_key() -> None:
    with LocalTenant(customers=10) as tenant, httpx.Client(base_url=tenant.url) as http:
        assert http.head("/v1/customers/999999", headers=KEY).status_code == 200  # no existence check
        assert http.head("/v1/studios/information", headers={"X-API-KEY": "nope"}).status_code == 401
        assert http.head("/v1/studios/information").status_code == 401


def test_the_core_package_does_not_import_the_testing_extras() -> None:
    code = "import sys, perfectgym; assert not {'starlette', 'uvicorn'} & set(sys.modules), sorted(sys.modules)"
    subprocess.run([sys.executable, "-c", code], check=True)


# Every operation through the SDK. The arguments are the contract suite's (the spec's
# examples); a hand-written handler needs ids of the tenant's seeded data instead, and a
# booking to exist before it is read or canceled: `_SEEDED` supplies those.

Seeder = Callable[[AsyncPerfectGym, LocalTenant], Awaitable[dict[str, Any]]]


async def _customer(client: AsyncPerfectGym, tenant: LocalTenant) -> dict[str, Any]:
    return {"customer_id": tenant.studios[0].data.customer_ids[7]}


async def _restricted_customer(client: AsyncPerfectGym, tenant: LocalTenant) -> dict[str, Any]:
    customer_id = tenant.studios[0].data.customer_ids[8]
    await client.customers.set_access_restriction(customer_id, AccessRestriction("spec walk"))
    return {"customer_id": customer_id}


async def _class_slot(client: AsyncPerfectGym, tenant: LocalTenant) -> dict[str, Any]:
    class_id = tenant.studios[0].data.class_ids()[2]
    return {"class_id": class_id, "class_slot_id": tenant.studios[0].data.class_slot_ids(class_id)[0]}


def _class_booking_body(tenant: LocalTenant, slot_index: int) -> dict[str, Any]:
    data = tenant.studios[0].data
    return {"customerId": data.customer_ids[9], "classSlotId": data.class_slot_ids(data.class_ids()[3])[slot_index]}


async def _class_booking(client: AsyncPerfectGym, tenant: LocalTenant, slot_index: int) -> dict[str, Any]:
    booking = await client.classes.book_class_slot(body=_class_booking_body(tenant, slot_index))
    return {"booking_id": booking.booking_id}


async def _appointment_booking_body(client: AsyncPerfectGym, tenant: LocalTenant) -> dict[str, Any]:
    appointment_id = tenant.studios[0].data.appointment_ids()[2]
    slots = await client.appointments.get_bookable_appointment_slots(bookable_appointment_id=appointment_id)
    slot = slots[0]
    return {
        "customerId": tenant.studios[0].data.customer_ids[10],
        "bookableAppointmentId": appointment_id,
        "startDateTime": slot.start_date_time,
        "endDateTime": slot.end_date_time,
    }


async def _appointment_booking(client: AsyncPerfectGym, tenant: LocalTenant) -> dict[str, Any]:
    booking = await client.appointments.book_appointment_booking(body=await _appointment_booking_body(client, tenant))
    return {"booking_id": booking.booking_id}


async def _by_customer_number(client: AsyncPerfectGym, tenant: LocalTenant) -> dict[str, Any]:
    data = tenant.studios[0].data
    return {"customer_number": data.customer(data.customer_ids[7])["customerNumber"]}


async def _class_booking_request(client: AsyncPerfectGym, tenant: LocalTenant) -> dict[str, Any]:
    return {"body": _class_booking_body(tenant, 0)}


async def _appointment_booking_request(client: AsyncPerfectGym, tenant: LocalTenant) -> dict[str, Any]:
    return {"body": await _appointment_booking_body(client, tenant)}


async def _appointment(client: AsyncPerfectGym, tenant: LocalTenant) -> dict[str, Any]:
    return {"bookable_appointment_id": tenant.studios[0].data.appointment_ids()[1]}


_SEEDED: dict[str, Seeder] = {
    "getCustomerById": _customer,
    "setAccessRestriction": _customer,
    "deleteAccessRestriction": _restricted_customer,
    "getCustomerBy": _by_customer_number,
    "getClassById": _class_slot,
    "getClassSlots": _class_slot,
    "getClassSlotById": _class_slot,
    "bookClassSlot": _class_booking_request,
    "getClassBookingById": lambda client, tenant: _class_booking(client, tenant, 1),
    "cancelClassSlotById": lambda client, tenant: _class_booking(client, tenant, 2),
    "getBookableAppointment": _appointment,
    "getBookableAppointmentSlots": _appointment,
    "bookAppointmentBooking": _appointment_booking_request,
    "getAppointmentBooking": _appointment_booking,
    "deleteAppointmentBooking": _appointment_booking,
}


SPEC_OPERATION_IDS = sorted(collect_operations(load_spec()))


@pytest.mark.asyncio
@pytest.mark.parametrize("operation_id", SPEC_OPERATION_IDS)
async def test_every_operation_answers_a_documented_success_through_the_sdk(
    operation_id: str, local_tenant: LocalTenant
) -> None:
    operation = OPERATIONS[operation_id]
    async with AsyncPerfectGym(
        local_tenant.url, local_tenant.api_key, max_retries=0, validate_responses=True, rate_budget=None
    ) as client:
        resource = getattr(client, operation.tag)
        name = snake_case(operation_id)
        raw_method = getattr(resource.with_raw_response, name)
        arguments = arguments_for(operation_id, raw_method)
        seeder = _SEEDED.get(operation_id)
        if seeder is not None:  # only the arguments this operation takes
            accepted = inspect.signature(raw_method).parameters
            arguments |= {k: v for k, v in (await seeder(client, local_tenant)).items() if k in accepted}
        response = await raw_method(**arguments)

    documented = {int(code) for code in spec_operation(operation_id)["responses"] if code.startswith("2")}
    assert response.status_code in documented, (operation_id, response.status_code)
    expected = typing.get_type_hints(getattr(resource, name))["return"]
    if expected is type(None):
        assert response.parsed is None
    else:
        assert response.parsed is not None, operation_id
