"""The date-pair rule: valid by construction, and refused before any request exists."""

from __future__ import annotations

import datetime as dt
import json

import pytest
import respx
from hypothesis import given
from hypothesis import strategies as st

from perfectgym import AccessRestriction, InvalidAccessRestrictionError, InvalidRequestError
from perfectgym_client.models import AccessRestriction as AccessRestrictionModel
from tests.support.fakes import BASE_URL, make_client

URL = f"{BASE_URL}/v1/customers/42/access-restrictions"
optional_dates = st.one_of(st.none(), st.dates())


def _shows_something(text: str) -> bool:
    return any(char.isprintable() and not char.isspace() for char in text)


@given(start=optional_dates, end=optional_dates, reason=st.text(min_size=1).filter(_shows_something))
def test_construction_succeeds_exactly_when_the_pair_is_valid(
    start: dt.date | None, end: dt.date | None, reason: str
) -> None:
    valid = (start is None and end is None) or (start is not None and end is not None and start <= end)
    if valid:
        restriction = AccessRestriction(reason, start, end)
        body = restriction.to_body()
        assert body["reason"] == reason
        assert ("startDate" in body) == ("endDate" in body) == (start is not None)
        return
    with pytest.raises(InvalidAccessRestrictionError) as info:
        AccessRestriction(reason, start, end)
    message = str(info.value)
    assert "start_date" in message and "end_date" in message
    assert str(start.isoformat() if start else None) in message and str(end.isoformat() if end else None) in message


@given(reason=st.sampled_from(["", "   ", "\t\n"]), start=optional_dates)
def test_an_empty_reason_is_refused(reason: str, start: dt.date | None) -> None:
    with pytest.raises(InvalidAccessRestrictionError, match="reason must be a non-empty string"):
        AccessRestriction(reason, start, start)


def test_the_error_is_a_value_error_naming_fields_and_values() -> None:
    with pytest.raises(
        ValueError, match=r"start_date and end_date must be given together .*start_date=2024-01-01, end_date=None"
    ):
        AccessRestriction("holiday", dt.date(2024, 1, 1))
    with pytest.raises(ValueError, match=r"end_date must not be before start_date .*2024-02-01.*2024-01-01"):
        AccessRestriction("holiday", dt.date(2024, 2, 1), dt.date(2024, 1, 1))


def test_datetimes_are_not_dates() -> None:
    with pytest.raises(InvalidAccessRestrictionError, match=r"datetime\.date"):
        AccessRestriction("x", dt.datetime(2024, 1, 1), dt.datetime(2024, 1, 2))  # type: ignore[arg-type]


def test_instances_are_frozen_values() -> None:
    restriction = AccessRestriction("unpaid", dt.date(2024, 1, 1), dt.date(2024, 1, 31))
    assert restriction == AccessRestriction("unpaid", dt.date(2024, 1, 1), dt.date(2024, 1, 31))
    with pytest.raises(AttributeError):
        restriction.reason = "other"  # type: ignore[misc]


@pytest.mark.asyncio
async def test_set_and_delete_through_the_client() -> None:
    restriction = AccessRestriction("unpaid fees", dt.date(2024, 1, 1), dt.date(2024, 1, 31))
    with respx.mock(assert_all_called=True) as router:
        put = router.put(URL).respond(200, json=restriction.to_body())
        delete = router.delete(URL).respond(200)
        async with make_client() as client:
            stored = await client.customers.set_access_restriction(42, restriction)
            assert await client.customers.delete_access_restriction(42) is None
    assert json.loads(put.calls.last.request.content) == {
        "reason": "unpaid fees",
        "startDate": "2024-01-01",
        "endDate": "2024-01-31",
    }
    assert isinstance(stored, AccessRestrictionModel) and stored.end_date == dt.date(2024, 1, 31)
    assert delete.call_count == 1


BROKEN_BODIES = [
    {"reason": "x", "startDate": "2024-01-01"},
    {"reason": "x", "endDate": "2024-01-01"},
    {"reason": "x", "startDate": "2024-03-01", "endDate": "2024-01-01"},
    {"reason": "", "startDate": "2024-01-01", "endDate": "2024-01-02"},
    {"reason": "x", "startDate": "01/02/2024", "endDate": "2024-01-02"},
]


@pytest.mark.asyncio
@pytest.mark.parametrize("body", BROKEN_BODIES)
async def test_raw_bodies_that_break_the_rule_are_refused_with_no_request(body: dict[str, str]) -> None:
    with respx.mock(assert_all_called=False) as router:
        route = router.put(URL).respond(200, json={"reason": "x"})
        async with make_client() as client:
            with pytest.raises(InvalidRequestError):
                await client.customers.with_raw_response.set_access_restriction(42, body=body)
    assert not route.called


@pytest.mark.asyncio
async def test_a_generated_model_that_breaks_the_rule_is_refused_too() -> None:
    model = AccessRestrictionModel(reason="x", start_date=dt.date(2024, 1, 5))
    with respx.mock(assert_all_called=False) as router:
        route = router.put(URL).respond(200, json={"reason": "x"})
        async with make_client() as client:
            with pytest.raises(InvalidAccessRestrictionError, match="startDate=2024-01-05, endDate=None"):
                await client.customers.with_raw_response.set_access_restriction(42, body=model)
            with pytest.raises(InvalidAccessRestrictionError, match="startDate=2024-01-05, endDate=None"):
                await client.customers.set_access_restriction(42, model)
            with pytest.raises(InvalidAccessRestrictionError, match="startDate=2024-01-05, endDate=None"):
                await client.customers.set_access_restriction(42, {"reason": "x", "startDate": "2024-01-05"})
            with pytest.raises(InvalidAccessRestrictionError, match=r"perfectgym\.AccessRestriction, the generated"):
                await client.customers.set_access_restriction(42, 42)  # type: ignore[arg-type]
            misspelt = {"reason": "x", "start_date": "2026-01-01", "end_date": "2026-01-31"}
            with pytest.raises(InvalidRequestError, match=r"unknown field 'start_date' \(did you mean 'startDate'"):
                await client.customers.set_access_restriction(42, misspelt)  # never sent as a reason alone
    assert not route.called


@pytest.mark.asyncio
async def test_a_model_keeps_its_additional_properties_through_the_helper() -> None:
    model = AccessRestrictionModel(reason="x")
    model["vendorFlagV2"] = True
    with respx.mock() as router:
        route = router.put(URL).respond(200, json={"reason": "x"})
        async with make_client() as client:
            await client.customers.set_access_restriction(42, model)
    assert json.loads(route.calls.last.request.content) == {"reason": "x", "vendorFlagV2": True}


@pytest.mark.asyncio
async def test_the_domain_value_the_model_and_a_mapping_go_anywhere_and_send_the_same_body() -> None:
    domain = AccessRestriction("unpaid fees", dt.date(2024, 1, 1), dt.date(2024, 1, 31))
    model = AccessRestrictionModel(reason="unpaid fees", start_date=dt.date(2024, 1, 1), end_date=dt.date(2024, 1, 31))
    mapping = {"reason": "unpaid fees", "startDate": "2024-01-01", "endDate": "2024-01-31"}
    stored = {"reason": "unpaid fees", "startDate": "2024-01-01", "endDate": "2024-01-31"}
    with respx.mock() as router:
        route = router.put(URL).respond(200, json=stored)
        async with make_client() as client:
            for form in (domain, model, mapping):
                await client.customers.set_access_restriction(42, form)
                await client.customers.with_raw_response.set_access_restriction(42, body=form)
    assert route.call_count == 6
    assert all(json.loads(call.request.content) == stored for call in route.calls)
    assert dict(domain) == stored and AccessRestriction.from_api(model) == domain == AccessRestriction.from_api(mapping)
    assert hash(domain) == hash(AccessRestriction.from_api(stored))


def test_from_api_refuses_a_misspelt_key_of_a_mapping_rather_than_reading_no_dates() -> None:
    with pytest.raises(
        InvalidAccessRestrictionError, match=r"unknown field '(start|end)_date'.*did you mean '(start|end)Date'"
    ):
        AccessRestriction.from_api({"reason": "x", "start_date": "2026-01-01", "end_date": "2025-01-01"})


@pytest.mark.parametrize("reason", ["\ud800", "\x00", "\u202e", "\u200b", " \t"])
def test_a_reason_that_shows_nothing_or_cannot_be_sent_is_refused_in_every_form(reason: str) -> None:
    with pytest.raises(InvalidAccessRestrictionError):
        AccessRestriction(reason)
    with pytest.raises(InvalidAccessRestrictionError):
        AccessRestriction.from_api({"reason": reason})


@pytest.mark.parametrize("day", ["20260101", "2026-W01-1", "2026-001"])
def test_only_the_apis_date_form_is_read_not_every_form_python_accepts(day: str) -> None:
    with pytest.raises(InvalidAccessRestrictionError, match="ISO date like"):
        AccessRestriction.from_api({"reason": "x", "startDate": day, "endDate": "2026-12-31"})


BROKEN_PAIRS = [
    {"reason": "x", "startDate": "2026-02-01", "endDate": "2026-01-01"},
    {"reason": "x", "startDate": "2026-02-01"},
]


@pytest.mark.asyncio
@pytest.mark.parametrize("body", BROKEN_PAIRS)
async def test_client_request_to_the_operations_path_keeps_the_date_pair_rule(body: dict[str, str]) -> None:
    with respx.mock(assert_all_called=False) as router:
        route = router.route().respond(200, json={"reason": "x"})
        async with make_client() as client:
            for path, params in (
                ("/v1/customers/{customerId}/access-restrictions", {"customerId": 1}),
                ("/v1/customers/1/access-restrictions", None),
                ("/v1/customers/{id}/{what}", {"id": 1, "what": "access-restrictions"}),  # a wrapper's template
            ):
                with pytest.raises(InvalidAccessRestrictionError):
                    await client.request("PUT", path, path_params=params, json=body)
    assert route.call_count == 0


@pytest.mark.asyncio
async def test_a_rule_field_in_another_letter_case_in_a_models_extras_is_refused() -> None:
    model = AccessRestrictionModel.from_dict({"reason": "x"})
    model["StartDate"] = "2026-02-01"  # the API reads it as startDate: a start without an end
    with respx.mock(assert_all_called=False) as router:
        route = router.route().respond(200, json={"reason": "x"})
        async with make_client() as client:
            with pytest.raises(InvalidAccessRestrictionError, match="'StartDate' is 'startDate'"):
                await client.customers.set_access_restriction(42, model)
    assert route.call_count == 0
