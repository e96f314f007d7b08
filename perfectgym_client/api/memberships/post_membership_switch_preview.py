from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.membership_switch import MembershipSwitch
from ...models.membership_switch_preview import MembershipSwitchPreview
from ...types import UNSET, Response, Unset


def _get_kwargs(
    customer_id: int,
    *,
    body: MembershipSwitch,
    studio_id: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["studioId"] = studio_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/memberships/{customer_id}/membership-switch/preview".format(
            customer_id=quote(str(customer_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | MembershipSwitchPreview | None:
    if response.status_code == 200:
        response_200 = MembershipSwitchPreview.from_dict(response.json())

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
) -> Response[ErrorResponse | MembershipSwitchPreview]:
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
    body: MembershipSwitch,
    studio_id: int | Unset = UNSET,
) -> Response[ErrorResponse | MembershipSwitchPreview]:
    """Preview the membership switch

     Previews the effect of a membership switch; nothing is changed.

    Required scope: MEMBERSHIP_WRITE

    Args:
        customer_id (int):
        studio_id (int | Unset):
        body (MembershipSwitch):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MembershipSwitchPreview]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        body=body,
        studio_id=studio_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    customer_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: MembershipSwitch,
    studio_id: int | Unset = UNSET,
) -> ErrorResponse | MembershipSwitchPreview | None:
    """Preview the membership switch

     Previews the effect of a membership switch; nothing is changed.

    Required scope: MEMBERSHIP_WRITE

    Args:
        customer_id (int):
        studio_id (int | Unset):
        body (MembershipSwitch):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MembershipSwitchPreview
    """

    return sync_detailed(
        customer_id=customer_id,
        client=client,
        body=body,
        studio_id=studio_id,
    ).parsed


async def asyncio_detailed(
    customer_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: MembershipSwitch,
    studio_id: int | Unset = UNSET,
) -> Response[ErrorResponse | MembershipSwitchPreview]:
    """Preview the membership switch

     Previews the effect of a membership switch; nothing is changed.

    Required scope: MEMBERSHIP_WRITE

    Args:
        customer_id (int):
        studio_id (int | Unset):
        body (MembershipSwitch):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MembershipSwitchPreview]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        body=body,
        studio_id=studio_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: MembershipSwitch,
    studio_id: int | Unset = UNSET,
) -> ErrorResponse | MembershipSwitchPreview | None:
    """Preview the membership switch

     Previews the effect of a membership switch; nothing is changed.

    Required scope: MEMBERSHIP_WRITE

    Args:
        customer_id (int):
        studio_id (int | Unset):
        body (MembershipSwitch):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MembershipSwitchPreview
    """

    return (
        await asyncio_detailed(
            customer_id=customer_id,
            client=client,
            body=body,
            studio_id=studio_id,
        )
    ).parsed
