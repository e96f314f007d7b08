from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.card_number_format import CardNumberFormat
from ...models.customer import Customer
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    card_number: str | Unset = UNSET,
    card_number_format: CardNumberFormat | Unset = UNSET,
    debtor_id: str | Unset = UNSET,
    barcode: str | Unset = UNSET,
    pin: str | Unset = UNSET,
    customer_number: str | Unset = UNSET,
    qr_code_uuid: UUID | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cardNumber"] = card_number

    json_card_number_format: str | Unset = UNSET
    if not isinstance(card_number_format, Unset):
        json_card_number_format = card_number_format.value

    params["cardNumberFormat"] = json_card_number_format

    params["debtorId"] = debtor_id

    params["barcode"] = barcode

    params["pin"] = pin

    params["customerNumber"] = customer_number

    json_qr_code_uuid: str | Unset = UNSET
    if not isinstance(qr_code_uuid, Unset):
        json_qr_code_uuid = str(qr_code_uuid)
    params["qrCodeUuid"] = json_qr_code_uuid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/cross-studio/customers/by",
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
    *,
    client: AuthenticatedClient | Client,
    card_number: str | Unset = UNSET,
    card_number_format: CardNumberFormat | Unset = UNSET,
    debtor_id: str | Unset = UNSET,
    barcode: str | Unset = UNSET,
    pin: str | Unset = UNSET,
    customer_number: str | Unset = UNSET,
    qr_code_uuid: UUID | Unset = UNSET,
) -> Response[Customer | ErrorResponse]:
    """Get customer by

     Finds one customer across all studios with the partner integration, by exactly one identifying
    parameter.

    Required scope: CUSTOMER_READ

    Args:
        card_number (str | Unset):
        card_number_format (CardNumberFormat | Unset):
        debtor_id (str | Unset):
        barcode (str | Unset):
        pin (str | Unset):
        customer_number (str | Unset):
        qr_code_uuid (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Customer | ErrorResponse]
    """

    kwargs = _get_kwargs(
        card_number=card_number,
        card_number_format=card_number_format,
        debtor_id=debtor_id,
        barcode=barcode,
        pin=pin,
        customer_number=customer_number,
        qr_code_uuid=qr_code_uuid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    card_number: str | Unset = UNSET,
    card_number_format: CardNumberFormat | Unset = UNSET,
    debtor_id: str | Unset = UNSET,
    barcode: str | Unset = UNSET,
    pin: str | Unset = UNSET,
    customer_number: str | Unset = UNSET,
    qr_code_uuid: UUID | Unset = UNSET,
) -> Customer | ErrorResponse | None:
    """Get customer by

     Finds one customer across all studios with the partner integration, by exactly one identifying
    parameter.

    Required scope: CUSTOMER_READ

    Args:
        card_number (str | Unset):
        card_number_format (CardNumberFormat | Unset):
        debtor_id (str | Unset):
        barcode (str | Unset):
        pin (str | Unset):
        customer_number (str | Unset):
        qr_code_uuid (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Customer | ErrorResponse
    """

    return sync_detailed(
        client=client,
        card_number=card_number,
        card_number_format=card_number_format,
        debtor_id=debtor_id,
        barcode=barcode,
        pin=pin,
        customer_number=customer_number,
        qr_code_uuid=qr_code_uuid,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    card_number: str | Unset = UNSET,
    card_number_format: CardNumberFormat | Unset = UNSET,
    debtor_id: str | Unset = UNSET,
    barcode: str | Unset = UNSET,
    pin: str | Unset = UNSET,
    customer_number: str | Unset = UNSET,
    qr_code_uuid: UUID | Unset = UNSET,
) -> Response[Customer | ErrorResponse]:
    """Get customer by

     Finds one customer across all studios with the partner integration, by exactly one identifying
    parameter.

    Required scope: CUSTOMER_READ

    Args:
        card_number (str | Unset):
        card_number_format (CardNumberFormat | Unset):
        debtor_id (str | Unset):
        barcode (str | Unset):
        pin (str | Unset):
        customer_number (str | Unset):
        qr_code_uuid (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Customer | ErrorResponse]
    """

    kwargs = _get_kwargs(
        card_number=card_number,
        card_number_format=card_number_format,
        debtor_id=debtor_id,
        barcode=barcode,
        pin=pin,
        customer_number=customer_number,
        qr_code_uuid=qr_code_uuid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    card_number: str | Unset = UNSET,
    card_number_format: CardNumberFormat | Unset = UNSET,
    debtor_id: str | Unset = UNSET,
    barcode: str | Unset = UNSET,
    pin: str | Unset = UNSET,
    customer_number: str | Unset = UNSET,
    qr_code_uuid: UUID | Unset = UNSET,
) -> Customer | ErrorResponse | None:
    """Get customer by

     Finds one customer across all studios with the partner integration, by exactly one identifying
    parameter.

    Required scope: CUSTOMER_READ

    Args:
        card_number (str | Unset):
        card_number_format (CardNumberFormat | Unset):
        debtor_id (str | Unset):
        barcode (str | Unset):
        pin (str | Unset):
        customer_number (str | Unset):
        qr_code_uuid (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Customer | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            card_number=card_number,
            card_number_format=card_number_format,
            debtor_id=debtor_id,
            barcode=barcode,
            pin=pin,
            customer_number=customer_number,
            qr_code_uuid=qr_code_uuid,
        )
    ).parsed
