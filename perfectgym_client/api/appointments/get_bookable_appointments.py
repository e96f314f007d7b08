from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bookable_appointment_sliced_result import BookableAppointmentSlicedResult
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    offset: str | Unset = "0",
    slice_size: int | Unset = 50,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["sliceSize"] = slice_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/appointments/bookable",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BookableAppointmentSlicedResult | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BookableAppointmentSlicedResult.from_dict(response.json())

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
) -> Response[BookableAppointmentSlicedResult | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    offset: str | Unset = "0",
    slice_size: int | Unset = 50,
) -> Response[BookableAppointmentSlicedResult | ErrorResponse]:
    """Get bookable appointments

     Lists the appointment types customers can book, one slice at a time.

    Required scope: BOOKABLE_APPOINTMENTS_READ

    Args:
        offset (str | Unset):  Default: '0'.
        slice_size (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BookableAppointmentSlicedResult | ErrorResponse]
    """

    kwargs = _get_kwargs(
        offset=offset,
        slice_size=slice_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    offset: str | Unset = "0",
    slice_size: int | Unset = 50,
) -> BookableAppointmentSlicedResult | ErrorResponse | None:
    """Get bookable appointments

     Lists the appointment types customers can book, one slice at a time.

    Required scope: BOOKABLE_APPOINTMENTS_READ

    Args:
        offset (str | Unset):  Default: '0'.
        slice_size (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BookableAppointmentSlicedResult | ErrorResponse
    """

    return sync_detailed(
        client=client,
        offset=offset,
        slice_size=slice_size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    offset: str | Unset = "0",
    slice_size: int | Unset = 50,
) -> Response[BookableAppointmentSlicedResult | ErrorResponse]:
    """Get bookable appointments

     Lists the appointment types customers can book, one slice at a time.

    Required scope: BOOKABLE_APPOINTMENTS_READ

    Args:
        offset (str | Unset):  Default: '0'.
        slice_size (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BookableAppointmentSlicedResult | ErrorResponse]
    """

    kwargs = _get_kwargs(
        offset=offset,
        slice_size=slice_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    offset: str | Unset = "0",
    slice_size: int | Unset = 50,
) -> BookableAppointmentSlicedResult | ErrorResponse | None:
    """Get bookable appointments

     Lists the appointment types customers can book, one slice at a time.

    Required scope: BOOKABLE_APPOINTMENTS_READ

    Args:
        offset (str | Unset):  Default: '0'.
        slice_size (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BookableAppointmentSlicedResult | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            offset=offset,
            slice_size=slice_size,
        )
    ).parsed
