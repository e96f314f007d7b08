from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.booking_entry_sliced_result import BookingEntrySlicedResult
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    customer_id: int,
    *,
    slice_size: int | Unset = 10,
    offset: str | Unset = "0",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["sliceSize"] = slice_size

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/customers/{customer_id}/account/transactions/upcoming".format(
            customer_id=quote(str(customer_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BookingEntrySlicedResult | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BookingEntrySlicedResult.from_dict(response.json())

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
) -> Response[BookingEntrySlicedResult | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    customer_id: int,
    *,
    client: AuthenticatedClient | Client,
    slice_size: int | Unset = 10,
    offset: str | Unset = "0",
) -> Response[BookingEntrySlicedResult | ErrorResponse]:
    """Get customer's account upcoming transactions in slices within the next year

     Lists upcoming account bookings of the customer from today up to one year ahead, one slice at a
    time.

    Required scope: CUSTOMER_ACCOUNT_READ

    Args:
        customer_id (int):
        slice_size (int | Unset):  Default: 10.
        offset (str | Unset):  Default: '0'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BookingEntrySlicedResult | ErrorResponse]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        slice_size=slice_size,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    customer_id: int,
    *,
    client: AuthenticatedClient | Client,
    slice_size: int | Unset = 10,
    offset: str | Unset = "0",
) -> BookingEntrySlicedResult | ErrorResponse | None:
    """Get customer's account upcoming transactions in slices within the next year

     Lists upcoming account bookings of the customer from today up to one year ahead, one slice at a
    time.

    Required scope: CUSTOMER_ACCOUNT_READ

    Args:
        customer_id (int):
        slice_size (int | Unset):  Default: 10.
        offset (str | Unset):  Default: '0'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BookingEntrySlicedResult | ErrorResponse
    """

    return sync_detailed(
        customer_id=customer_id,
        client=client,
        slice_size=slice_size,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    customer_id: int,
    *,
    client: AuthenticatedClient | Client,
    slice_size: int | Unset = 10,
    offset: str | Unset = "0",
) -> Response[BookingEntrySlicedResult | ErrorResponse]:
    """Get customer's account upcoming transactions in slices within the next year

     Lists upcoming account bookings of the customer from today up to one year ahead, one slice at a
    time.

    Required scope: CUSTOMER_ACCOUNT_READ

    Args:
        customer_id (int):
        slice_size (int | Unset):  Default: 10.
        offset (str | Unset):  Default: '0'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BookingEntrySlicedResult | ErrorResponse]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        slice_size=slice_size,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_id: int,
    *,
    client: AuthenticatedClient | Client,
    slice_size: int | Unset = 10,
    offset: str | Unset = "0",
) -> BookingEntrySlicedResult | ErrorResponse | None:
    """Get customer's account upcoming transactions in slices within the next year

     Lists upcoming account bookings of the customer from today up to one year ahead, one slice at a
    time.

    Required scope: CUSTOMER_ACCOUNT_READ

    Args:
        customer_id (int):
        slice_size (int | Unset):  Default: 10.
        offset (str | Unset):  Default: '0'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BookingEntrySlicedResult | ErrorResponse
    """

    return (
        await asyncio_detailed(
            customer_id=customer_id,
            client=client,
            slice_size=slice_size,
            offset=offset,
        )
    ).parsed
