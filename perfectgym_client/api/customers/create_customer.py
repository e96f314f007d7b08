from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.membership_signup_customer import MembershipSignupCustomer
from ...models.open_api_v1_customer_create_result import OpenApiV1CustomerCreateResult
from ...types import Response


def _get_kwargs(
    *,
    body: MembershipSignupCustomer,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/customers/create",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | OpenApiV1CustomerCreateResult | None:
    if response.status_code == 200:
        response_200 = OpenApiV1CustomerCreateResult.from_dict(response.json())

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
) -> Response[ErrorResponse | OpenApiV1CustomerCreateResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MembershipSignupCustomer,
) -> Response[ErrorResponse | OpenApiV1CustomerCreateResult]:
    """Create customer

     Creates a prospect with full personal data so that it can later become a member.

    Required scope: CUSTOMER_WRITE

    Args:
        body (MembershipSignupCustomer): The customer information used for the membership signup

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | OpenApiV1CustomerCreateResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: MembershipSignupCustomer,
) -> ErrorResponse | OpenApiV1CustomerCreateResult | None:
    """Create customer

     Creates a prospect with full personal data so that it can later become a member.

    Required scope: CUSTOMER_WRITE

    Args:
        body (MembershipSignupCustomer): The customer information used for the membership signup

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | OpenApiV1CustomerCreateResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MembershipSignupCustomer,
) -> Response[ErrorResponse | OpenApiV1CustomerCreateResult]:
    """Create customer

     Creates a prospect with full personal data so that it can later become a member.

    Required scope: CUSTOMER_WRITE

    Args:
        body (MembershipSignupCustomer): The customer information used for the membership signup

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | OpenApiV1CustomerCreateResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: MembershipSignupCustomer,
) -> ErrorResponse | OpenApiV1CustomerCreateResult | None:
    """Create customer

     Creates a prospect with full personal data so that it can later become a member.

    Required scope: CUSTOMER_WRITE

    Args:
        body (MembershipSignupCustomer): The customer information used for the membership signup

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | OpenApiV1CustomerCreateResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
