import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.customer_checkin_sliced_result import CustomerCheckinSlicedResult
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    customer_id: int,
    *,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    slice_size: int | Unset = 10,
    offset: str | Unset = "0",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_from_date: str | Unset = UNSET
    if not isinstance(from_date, Unset):
        json_from_date = from_date.isoformat()
    params["fromDate"] = json_from_date

    json_to_date: str | Unset = UNSET
    if not isinstance(to_date, Unset):
        json_to_date = to_date.isoformat()
    params["toDate"] = json_to_date

    params["sliceSize"] = slice_size

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/cross-studio/customers/{customer_id}/activities/checkins".format(
            customer_id=quote(str(customer_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomerCheckinSlicedResult | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CustomerCheckinSlicedResult.from_dict(response.json())

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
) -> Response[CustomerCheckinSlicedResult | ErrorResponse]:
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
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    slice_size: int | Unset = 10,
    offset: str | Unset = "0",
) -> Response[CustomerCheckinSlicedResult | ErrorResponse]:
    """Get customer's checkin history

     Lists a customer's check-ins across studios; the window defaults to one month and may span at most
    365 days.

    Required scope: CHECKIN_READ

    Args:
        customer_id (int):
        from_date (datetime.date | Unset):
        to_date (datetime.date | Unset):
        slice_size (int | Unset):  Default: 10.
        offset (str | Unset):  Default: '0'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerCheckinSlicedResult | ErrorResponse]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        from_date=from_date,
        to_date=to_date,
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
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    slice_size: int | Unset = 10,
    offset: str | Unset = "0",
) -> CustomerCheckinSlicedResult | ErrorResponse | None:
    """Get customer's checkin history

     Lists a customer's check-ins across studios; the window defaults to one month and may span at most
    365 days.

    Required scope: CHECKIN_READ

    Args:
        customer_id (int):
        from_date (datetime.date | Unset):
        to_date (datetime.date | Unset):
        slice_size (int | Unset):  Default: 10.
        offset (str | Unset):  Default: '0'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerCheckinSlicedResult | ErrorResponse
    """

    return sync_detailed(
        customer_id=customer_id,
        client=client,
        from_date=from_date,
        to_date=to_date,
        slice_size=slice_size,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    customer_id: int,
    *,
    client: AuthenticatedClient | Client,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    slice_size: int | Unset = 10,
    offset: str | Unset = "0",
) -> Response[CustomerCheckinSlicedResult | ErrorResponse]:
    """Get customer's checkin history

     Lists a customer's check-ins across studios; the window defaults to one month and may span at most
    365 days.

    Required scope: CHECKIN_READ

    Args:
        customer_id (int):
        from_date (datetime.date | Unset):
        to_date (datetime.date | Unset):
        slice_size (int | Unset):  Default: 10.
        offset (str | Unset):  Default: '0'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerCheckinSlicedResult | ErrorResponse]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        from_date=from_date,
        to_date=to_date,
        slice_size=slice_size,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_id: int,
    *,
    client: AuthenticatedClient | Client,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    slice_size: int | Unset = 10,
    offset: str | Unset = "0",
) -> CustomerCheckinSlicedResult | ErrorResponse | None:
    """Get customer's checkin history

     Lists a customer's check-ins across studios; the window defaults to one month and may span at most
    365 days.

    Required scope: CHECKIN_READ

    Args:
        customer_id (int):
        from_date (datetime.date | Unset):
        to_date (datetime.date | Unset):
        slice_size (int | Unset):  Default: 10.
        offset (str | Unset):  Default: '0'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerCheckinSlicedResult | ErrorResponse
    """

    return (
        await asyncio_detailed(
            customer_id=customer_id,
            client=client,
            from_date=from_date,
            to_date=to_date,
            slice_size=slice_size,
            offset=offset,
        )
    ).parsed
