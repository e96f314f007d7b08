from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.card_number_format import CardNumberFormat
from ...models.customer_sliced_result import CustomerSlicedResult
from ...models.error_response import ErrorResponse
from ...models.get_customers_customer_status import GetCustomersCustomerStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    card_number_format: CardNumberFormat | Unset = UNSET,
    offset: str | Unset = UNSET,
    slice_size: int | Unset = 100,
    customer_status: GetCustomersCustomerStatus | Unset = GetCustomersCustomerStatus.MEMBER,
    last_offset_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_card_number_format: str | Unset = UNSET
    if not isinstance(card_number_format, Unset):
        json_card_number_format = card_number_format.value

    params["cardNumberFormat"] = json_card_number_format

    params["offset"] = offset

    params["sliceSize"] = slice_size

    json_customer_status: str | Unset = UNSET
    if not isinstance(customer_status, Unset):
        json_customer_status = customer_status.value

    params["customerStatus"] = json_customer_status

    params["lastOffsetId"] = last_offset_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/customers",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomerSlicedResult | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CustomerSlicedResult.from_dict(response.json())

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
) -> Response[CustomerSlicedResult | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    card_number_format: CardNumberFormat | Unset = UNSET,
    offset: str | Unset = UNSET,
    slice_size: int | Unset = 100,
    customer_status: GetCustomersCustomerStatus | Unset = GetCustomersCustomerStatus.MEMBER,
    last_offset_id: int | Unset = UNSET,
) -> Response[CustomerSlicedResult | ErrorResponse]:
    """Get customers

     Lists the studio's customers, one slice at a time; the returned offset is the id of the last
    customer in the slice.

    Required scope: CUSTOMER_READ

    Args:
        card_number_format (CardNumberFormat | Unset):
        offset (str | Unset):
        slice_size (int | Unset):  Default: 100.
        customer_status (GetCustomersCustomerStatus | Unset):  Default:
            GetCustomersCustomerStatus.MEMBER.
        last_offset_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerSlicedResult | ErrorResponse]
    """

    kwargs = _get_kwargs(
        card_number_format=card_number_format,
        offset=offset,
        slice_size=slice_size,
        customer_status=customer_status,
        last_offset_id=last_offset_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    card_number_format: CardNumberFormat | Unset = UNSET,
    offset: str | Unset = UNSET,
    slice_size: int | Unset = 100,
    customer_status: GetCustomersCustomerStatus | Unset = GetCustomersCustomerStatus.MEMBER,
    last_offset_id: int | Unset = UNSET,
) -> CustomerSlicedResult | ErrorResponse | None:
    """Get customers

     Lists the studio's customers, one slice at a time; the returned offset is the id of the last
    customer in the slice.

    Required scope: CUSTOMER_READ

    Args:
        card_number_format (CardNumberFormat | Unset):
        offset (str | Unset):
        slice_size (int | Unset):  Default: 100.
        customer_status (GetCustomersCustomerStatus | Unset):  Default:
            GetCustomersCustomerStatus.MEMBER.
        last_offset_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerSlicedResult | ErrorResponse
    """

    return sync_detailed(
        client=client,
        card_number_format=card_number_format,
        offset=offset,
        slice_size=slice_size,
        customer_status=customer_status,
        last_offset_id=last_offset_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    card_number_format: CardNumberFormat | Unset = UNSET,
    offset: str | Unset = UNSET,
    slice_size: int | Unset = 100,
    customer_status: GetCustomersCustomerStatus | Unset = GetCustomersCustomerStatus.MEMBER,
    last_offset_id: int | Unset = UNSET,
) -> Response[CustomerSlicedResult | ErrorResponse]:
    """Get customers

     Lists the studio's customers, one slice at a time; the returned offset is the id of the last
    customer in the slice.

    Required scope: CUSTOMER_READ

    Args:
        card_number_format (CardNumberFormat | Unset):
        offset (str | Unset):
        slice_size (int | Unset):  Default: 100.
        customer_status (GetCustomersCustomerStatus | Unset):  Default:
            GetCustomersCustomerStatus.MEMBER.
        last_offset_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerSlicedResult | ErrorResponse]
    """

    kwargs = _get_kwargs(
        card_number_format=card_number_format,
        offset=offset,
        slice_size=slice_size,
        customer_status=customer_status,
        last_offset_id=last_offset_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    card_number_format: CardNumberFormat | Unset = UNSET,
    offset: str | Unset = UNSET,
    slice_size: int | Unset = 100,
    customer_status: GetCustomersCustomerStatus | Unset = GetCustomersCustomerStatus.MEMBER,
    last_offset_id: int | Unset = UNSET,
) -> CustomerSlicedResult | ErrorResponse | None:
    """Get customers

     Lists the studio's customers, one slice at a time; the returned offset is the id of the last
    customer in the slice.

    Required scope: CUSTOMER_READ

    Args:
        card_number_format (CardNumberFormat | Unset):
        offset (str | Unset):
        slice_size (int | Unset):  Default: 100.
        customer_status (GetCustomersCustomerStatus | Unset):  Default:
            GetCustomersCustomerStatus.MEMBER.
        last_offset_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerSlicedResult | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            card_number_format=card_number_format,
            offset=offset,
            slice_size=slice_size,
            customer_status=customer_status,
            last_offset_id=last_offset_id,
        )
    ).parsed
