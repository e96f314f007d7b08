from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.open_api_v1_membership_switch_config_extended import OpenApiV1MembershipSwitchConfigExtended
from ...types import UNSET, Response, Unset


def _get_kwargs(
    customer_id: int,
    config_id: int,
    *,
    studio_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["studioId"] = studio_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/memberships/{customer_id}/membership-switch/configs/{config_id}".format(
            customer_id=quote(str(customer_id), safe=""),
            config_id=quote(str(config_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | OpenApiV1MembershipSwitchConfigExtended | None:
    if response.status_code == 200:
        response_200 = OpenApiV1MembershipSwitchConfigExtended.from_dict(response.json())

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
) -> Response[ErrorResponse | OpenApiV1MembershipSwitchConfigExtended]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    customer_id: int,
    config_id: int,
    *,
    client: AuthenticatedClient | Client,
    studio_id: int | Unset = UNSET,
) -> Response[ErrorResponse | OpenApiV1MembershipSwitchConfigExtended]:
    """Get membership switch configuration by id for a customer

     Reads one membership switch option with its destination offers.

    Required scope: MEMBERSHIP_READ

    Args:
        customer_id (int):
        config_id (int):
        studio_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | OpenApiV1MembershipSwitchConfigExtended]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        config_id=config_id,
        studio_id=studio_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    customer_id: int,
    config_id: int,
    *,
    client: AuthenticatedClient | Client,
    studio_id: int | Unset = UNSET,
) -> ErrorResponse | OpenApiV1MembershipSwitchConfigExtended | None:
    """Get membership switch configuration by id for a customer

     Reads one membership switch option with its destination offers.

    Required scope: MEMBERSHIP_READ

    Args:
        customer_id (int):
        config_id (int):
        studio_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | OpenApiV1MembershipSwitchConfigExtended
    """

    return sync_detailed(
        customer_id=customer_id,
        config_id=config_id,
        client=client,
        studio_id=studio_id,
    ).parsed


async def asyncio_detailed(
    customer_id: int,
    config_id: int,
    *,
    client: AuthenticatedClient | Client,
    studio_id: int | Unset = UNSET,
) -> Response[ErrorResponse | OpenApiV1MembershipSwitchConfigExtended]:
    """Get membership switch configuration by id for a customer

     Reads one membership switch option with its destination offers.

    Required scope: MEMBERSHIP_READ

    Args:
        customer_id (int):
        config_id (int):
        studio_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | OpenApiV1MembershipSwitchConfigExtended]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        config_id=config_id,
        studio_id=studio_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_id: int,
    config_id: int,
    *,
    client: AuthenticatedClient | Client,
    studio_id: int | Unset = UNSET,
) -> ErrorResponse | OpenApiV1MembershipSwitchConfigExtended | None:
    """Get membership switch configuration by id for a customer

     Reads one membership switch option with its destination offers.

    Required scope: MEMBERSHIP_READ

    Args:
        customer_id (int):
        config_id (int):
        studio_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | OpenApiV1MembershipSwitchConfigExtended
    """

    return (
        await asyncio_detailed(
            customer_id=customer_id,
            config_id=config_id,
            client=client,
            studio_id=studio_id,
        )
    ).parsed
