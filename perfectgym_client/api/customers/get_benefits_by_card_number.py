from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.benefit_validation_dto import BenefitValidationDto
from ...models.card_number_format import CardNumberFormat
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    card_number: str,
    card_number_format: CardNumberFormat | Unset = UNSET,
    key: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cardNumber"] = card_number

    json_card_number_format: str | Unset = UNSET
    if not isinstance(card_number_format, Unset):
        json_card_number_format = card_number_format.value

    params["cardNumberFormat"] = json_card_number_format

    json_key: list[str] | Unset = UNSET
    if not isinstance(key, Unset):
        json_key = key

    params["key"] = json_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/customers/benefits",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[BenefitValidationDto] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = BenefitValidationDto.from_dict(response_200_item_data)

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
) -> Response[ErrorResponse | list[BenefitValidationDto]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    card_number: str,
    card_number_format: CardNumberFormat | Unset = UNSET,
    key: list[str] | Unset = UNSET,
) -> Response[ErrorResponse | list[BenefitValidationDto]]:
    """Get customer's benefits by card number

     Like getBenefits, but the customer is identified by card number.

    Required scope (any of): CUSTOMER_BENEFIT_READ, CUSTOMER_READ

    Args:
        card_number (str):
        card_number_format (CardNumberFormat | Unset):
        key (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[BenefitValidationDto]]
    """

    kwargs = _get_kwargs(
        card_number=card_number,
        card_number_format=card_number_format,
        key=key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    card_number: str,
    card_number_format: CardNumberFormat | Unset = UNSET,
    key: list[str] | Unset = UNSET,
) -> ErrorResponse | list[BenefitValidationDto] | None:
    """Get customer's benefits by card number

     Like getBenefits, but the customer is identified by card number.

    Required scope (any of): CUSTOMER_BENEFIT_READ, CUSTOMER_READ

    Args:
        card_number (str):
        card_number_format (CardNumberFormat | Unset):
        key (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[BenefitValidationDto]
    """

    return sync_detailed(
        client=client,
        card_number=card_number,
        card_number_format=card_number_format,
        key=key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    card_number: str,
    card_number_format: CardNumberFormat | Unset = UNSET,
    key: list[str] | Unset = UNSET,
) -> Response[ErrorResponse | list[BenefitValidationDto]]:
    """Get customer's benefits by card number

     Like getBenefits, but the customer is identified by card number.

    Required scope (any of): CUSTOMER_BENEFIT_READ, CUSTOMER_READ

    Args:
        card_number (str):
        card_number_format (CardNumberFormat | Unset):
        key (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[BenefitValidationDto]]
    """

    kwargs = _get_kwargs(
        card_number=card_number,
        card_number_format=card_number_format,
        key=key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    card_number: str,
    card_number_format: CardNumberFormat | Unset = UNSET,
    key: list[str] | Unset = UNSET,
) -> ErrorResponse | list[BenefitValidationDto] | None:
    """Get customer's benefits by card number

     Like getBenefits, but the customer is identified by card number.

    Required scope (any of): CUSTOMER_BENEFIT_READ, CUSTOMER_READ

    Args:
        card_number (str):
        card_number_format (CardNumberFormat | Unset):
        key (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[BenefitValidationDto]
    """

    return (
        await asyncio_detailed(
            client=client,
            card_number=card_number,
            card_number_format=card_number_format,
            key=key,
        )
    ).parsed
