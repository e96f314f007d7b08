"""Checked by mypy (make lint, and tests/unit/test_typing.py): the public API keeps its static types."""

from __future__ import annotations

import datetime as dt
from typing import Any, assert_type

from perfectgym import AccessRestriction, APIResponse, AsyncPaginator, AsyncPerfectGym
from perfectgym_client.models import AccessRestriction as AccessRestrictionModel
from perfectgym_client.models import Customer, CustomerSlicedResult, StudioInformation


async def check(client: AsyncPerfectGym) -> None:
    assert_type(await client.customers.get_customer_by_id(customer_id=1), Customer)
    assert_type(await client.customers.with_raw_response.get_customer_by_id(1), APIResponse[Customer])
    assert_type(await client.customers.get_customers(slice_size=50), CustomerSlicedResult)
    paginator = client.customers.iter_customers(slice_size=100)
    assert_type(paginator, AsyncPaginator[Customer, CustomerSlicedResult])
    async for customer in paginator:
        assert_type(customer, Customer)
    assert_type(await client.studios.get_studio_information(), StudioInformation)
    assert_type(await client.customers.delete_access_restriction(1), None)
    restriction = AccessRestriction("unpaid", dt.date(2024, 1, 1), dt.date(2024, 1, 31))
    assert_type(await client.customers.set_access_restriction(1, restriction), AccessRestrictionModel)
    assert_type(await client.verify_api_key(), bool)
    assert_type(client.with_options(max_retries=0), AsyncPerfectGym)


async def check_per_call_options(client: AsyncPerfectGym) -> None:
    customer = await client.customers.get_customer_by_id(
        1, timeout=5, max_retries=0, extra_headers={"X-Feature": "beta"}, extra_query={"v2": True}
    )
    assert_type(customer, Customer)
    assert_type(
        client.customers.iter_customers(slice_size=100, max_retries=1), AsyncPaginator[Customer, CustomerSlicedResult]
    )


async def check_request(client: AsyncPerfectGym) -> None:
    assert_type(await client.request("GET", "/v1/customers/{id}", path_params={"id": 1}, cast_to=Customer), Customer)
    raw = await client.request("GET", "/v1/studios/information")
    assert_type(raw, Any)


async def check_one_access_restriction(client: AsyncPerfectGym, stored: AccessRestrictionModel) -> None:
    domain = AccessRestriction("unpaid", dt.date(2024, 1, 1), dt.date(2024, 1, 31))
    await client.customers.with_raw_response.set_access_restriction(1, body=domain)  # the domain value as a body
    assert_type(await client.customers.set_access_restriction(1, stored), AccessRestrictionModel)  # the model
    assert_type(AccessRestriction.from_api(stored), AccessRestriction)
