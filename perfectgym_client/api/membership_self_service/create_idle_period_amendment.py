from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_idle_period_amendment_body import CreateIdlePeriodAmendmentBody
from ...models.error_response import ErrorResponse
from ...models.idle_period import IdlePeriod
from ...types import UNSET, Response, Unset


def _get_kwargs(
    contract_id: int,
    *,
    body: CreateIdlePeriodAmendmentBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/memberships/{contract_id}/self-service/idle-periods".format(
            contract_id=quote(str(contract_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | IdlePeriod | None:
    if response.status_code == 200:
        response_200 = IdlePeriod.from_dict(response.json())

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
) -> Response[ErrorResponse | IdlePeriod]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    contract_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: CreateIdlePeriodAmendmentBody | Unset = UNSET,
) -> Response[ErrorResponse | IdlePeriod]:
    """Create a contract idle period amendment

     Requests an idle period. Multipart request: a `data` part with JSON (content type application/json)
    and an optional `document` file (jpeg, png, pdf or heic).

    Required scope: MEMBERSHIP_SELF_SERVICE_IDLE_PERIOD_WRITE

    Args:
        contract_id (int):
        body (CreateIdlePeriodAmendmentBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | IdlePeriod]
    """

    kwargs = _get_kwargs(
        contract_id=contract_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    contract_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: CreateIdlePeriodAmendmentBody | Unset = UNSET,
) -> ErrorResponse | IdlePeriod | None:
    """Create a contract idle period amendment

     Requests an idle period. Multipart request: a `data` part with JSON (content type application/json)
    and an optional `document` file (jpeg, png, pdf or heic).

    Required scope: MEMBERSHIP_SELF_SERVICE_IDLE_PERIOD_WRITE

    Args:
        contract_id (int):
        body (CreateIdlePeriodAmendmentBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | IdlePeriod
    """

    return sync_detailed(
        contract_id=contract_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    contract_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: CreateIdlePeriodAmendmentBody | Unset = UNSET,
) -> Response[ErrorResponse | IdlePeriod]:
    """Create a contract idle period amendment

     Requests an idle period. Multipart request: a `data` part with JSON (content type application/json)
    and an optional `document` file (jpeg, png, pdf or heic).

    Required scope: MEMBERSHIP_SELF_SERVICE_IDLE_PERIOD_WRITE

    Args:
        contract_id (int):
        body (CreateIdlePeriodAmendmentBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | IdlePeriod]
    """

    kwargs = _get_kwargs(
        contract_id=contract_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    contract_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: CreateIdlePeriodAmendmentBody | Unset = UNSET,
) -> ErrorResponse | IdlePeriod | None:
    """Create a contract idle period amendment

     Requests an idle period. Multipart request: a `data` part with JSON (content type application/json)
    and an optional `document` file (jpeg, png, pdf or heic).

    Required scope: MEMBERSHIP_SELF_SERVICE_IDLE_PERIOD_WRITE

    Args:
        contract_id (int):
        body (CreateIdlePeriodAmendmentBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | IdlePeriod
    """

    return (
        await asyncio_detailed(
            contract_id=contract_id,
            client=client,
            body=body,
        )
    ).parsed
