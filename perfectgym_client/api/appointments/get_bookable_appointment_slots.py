import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bookable_appointment_slot import BookableAppointmentSlot
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    bookable_appointment_id: int,
    *,
    customer_id: int | Unset = UNSET,
    days_ahead: int | Unset = 1,
    slot_window_start_date: datetime.date | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["customerId"] = customer_id

    params["daysAhead"] = days_ahead

    json_slot_window_start_date: str | Unset = UNSET
    if not isinstance(slot_window_start_date, Unset):
        json_slot_window_start_date = slot_window_start_date.isoformat()
    params["slotWindowStartDate"] = json_slot_window_start_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/appointments/bookable/{bookable_appointment_id}/slots".format(
            bookable_appointment_id=quote(str(bookable_appointment_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[BookableAppointmentSlot] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = BookableAppointmentSlot.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | list[BookableAppointmentSlot]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    bookable_appointment_id: int,
    *,
    client: AuthenticatedClient | Client,
    customer_id: int | Unset = UNSET,
    days_ahead: int | Unset = 1,
    slot_window_start_date: datetime.date | Unset = UNSET,
) -> Response[ErrorResponse | list[BookableAppointmentSlot]]:
    """Get bookable appointment slots

     Lists free slots of a bookable appointment in the window slotWindowStartDate .. +daysAhead (1 to 6
    days); pass customerId to check availability for that customer.

    Required scope: BOOKABLE_APPOINTMENTS_READ

    Args:
        bookable_appointment_id (int):
        customer_id (int | Unset):
        days_ahead (int | Unset):  Default: 1.
        slot_window_start_date (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[BookableAppointmentSlot]]
    """

    kwargs = _get_kwargs(
        bookable_appointment_id=bookable_appointment_id,
        customer_id=customer_id,
        days_ahead=days_ahead,
        slot_window_start_date=slot_window_start_date,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    bookable_appointment_id: int,
    *,
    client: AuthenticatedClient | Client,
    customer_id: int | Unset = UNSET,
    days_ahead: int | Unset = 1,
    slot_window_start_date: datetime.date | Unset = UNSET,
) -> ErrorResponse | list[BookableAppointmentSlot] | None:
    """Get bookable appointment slots

     Lists free slots of a bookable appointment in the window slotWindowStartDate .. +daysAhead (1 to 6
    days); pass customerId to check availability for that customer.

    Required scope: BOOKABLE_APPOINTMENTS_READ

    Args:
        bookable_appointment_id (int):
        customer_id (int | Unset):
        days_ahead (int | Unset):  Default: 1.
        slot_window_start_date (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[BookableAppointmentSlot]
    """

    return sync_detailed(
        bookable_appointment_id=bookable_appointment_id,
        client=client,
        customer_id=customer_id,
        days_ahead=days_ahead,
        slot_window_start_date=slot_window_start_date,
    ).parsed


async def asyncio_detailed(
    bookable_appointment_id: int,
    *,
    client: AuthenticatedClient | Client,
    customer_id: int | Unset = UNSET,
    days_ahead: int | Unset = 1,
    slot_window_start_date: datetime.date | Unset = UNSET,
) -> Response[ErrorResponse | list[BookableAppointmentSlot]]:
    """Get bookable appointment slots

     Lists free slots of a bookable appointment in the window slotWindowStartDate .. +daysAhead (1 to 6
    days); pass customerId to check availability for that customer.

    Required scope: BOOKABLE_APPOINTMENTS_READ

    Args:
        bookable_appointment_id (int):
        customer_id (int | Unset):
        days_ahead (int | Unset):  Default: 1.
        slot_window_start_date (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[BookableAppointmentSlot]]
    """

    kwargs = _get_kwargs(
        bookable_appointment_id=bookable_appointment_id,
        customer_id=customer_id,
        days_ahead=days_ahead,
        slot_window_start_date=slot_window_start_date,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    bookable_appointment_id: int,
    *,
    client: AuthenticatedClient | Client,
    customer_id: int | Unset = UNSET,
    days_ahead: int | Unset = 1,
    slot_window_start_date: datetime.date | Unset = UNSET,
) -> ErrorResponse | list[BookableAppointmentSlot] | None:
    """Get bookable appointment slots

     Lists free slots of a bookable appointment in the window slotWindowStartDate .. +daysAhead (1 to 6
    days); pass customerId to check availability for that customer.

    Required scope: BOOKABLE_APPOINTMENTS_READ

    Args:
        bookable_appointment_id (int):
        customer_id (int | Unset):
        days_ahead (int | Unset):  Default: 1.
        slot_window_start_date (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[BookableAppointmentSlot]
    """

    return (
        await asyncio_detailed(
            bookable_appointment_id=bookable_appointment_id,
            client=client,
            customer_id=customer_id,
            days_ahead=days_ahead,
            slot_window_start_date=slot_window_start_date,
        )
    ).parsed
