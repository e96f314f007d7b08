"""The local tenant answers in the spec's shapes: every body it sends is validated against openapi.yaml.

Bodies must also carry no field the spec does not declare, so the fake cannot drift
from the spec in either direction.
"""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import httpx
import pytest

from perfectgym import OPERATIONS
from perfectgym.testing import DEFAULT_API_KEYS, LocalTenant
from perfectgym.testing._app import HANDLERS
from tests.support.spec import assert_matches_spec, response_schema

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
        ("GET", "/v1/leads/config", None, KEY, 501),
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
