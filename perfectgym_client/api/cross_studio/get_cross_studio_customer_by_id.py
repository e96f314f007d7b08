from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.card_number_format import CardNumberFormat
from ...models.customer import Customer
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    customer_id: int,
    *,
    card_number_format: CardNumberFormat | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_card_number_format: str | Unset = UNSET
    if not isinstance(card_number_format, Unset):
        json_card_number_format = card_number_format.value

    params["cardNumberFormat"] = json_card_number_format

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/cross-studio/customers/{customer_id}".format(
            customer_id=quote(str(customer_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Customer | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = Customer.from_dict(response.json())

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
) -> Response[Customer | ErrorResponse]:
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
    card_number_format: CardNumberFormat | Unset = UNSET,
) -> Response[Customer | ErrorResponse]:
    """Get customer by id

     Reads a customer by id across all studios with the partner integration.

    Required scope: CUSTOMER_READ

    Args:
        customer_id (int):
        card_number_format (CardNumberFormat | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Customer | ErrorResponse]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        card_number_format=card_number_format,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    customer_id: int,
    *,
    client: AuthenticatedClient | Client,
    card_number_format: CardNumberFormat | Unset = UNSET,
) -> Customer | ErrorResponse | None:
    """Get customer by id

     Reads a customer by id across all studios with the partner integration.

    Required scope: CUSTOMER_READ

    Args:
        customer_id (int):
        card_number_format (CardNumberFormat | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Customer | ErrorResponse
    """

    return sync_detailed(
        customer_id=customer_id,
        client=client,
        card_number_format=card_number_format,
    ).parsed


async def asyncio_detailed(
    customer_id: int,
    *,
    client: AuthenticatedClient | Client,
    card_number_format: CardNumberFormat | Unset = UNSET,
) -> Response[Customer | ErrorResponse]:
    """Get customer by id

     Reads a customer by id across all studios with the partner integration.

    Required scope: CUSTOMER_READ

    Args:
        customer_id (int):
        card_number_format (CardNumberFormat | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Customer | ErrorResponse]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        card_number_format=card_number_format,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_id: int,
    *,
    client: AuthenticatedClient | Client,
    card_number_format: CardNumberFormat | Unset = UNSET,
) -> Customer | ErrorResponse | None:
    """Get customer by id

     Reads a customer by id across all studios with the partner integration.

    Required scope: CUSTOMER_READ

    Args:
        customer_id (int):
        card_number_format (CardNumberFormat | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Customer | ErrorResponse
    """

    return (
        await asyncio_detailed(
            customer_id=customer_id,
            client=client,
            card_number_format=card_number_format,
        )
    ).parsed
