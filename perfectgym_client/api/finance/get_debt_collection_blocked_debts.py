from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.debtor_id_sliced_result import DebtorIdSlicedResult
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    debt_id: list[UUID] | Unset = UNSET,
    offset: str | Unset = "0",
    slice_size: int | Unset = 10,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_debt_id: list[str] | Unset = UNSET
    if not isinstance(debt_id, Unset):
        json_debt_id = []
        for debt_id_item_data in debt_id:
            debt_id_item = str(debt_id_item_data)
            json_debt_id.append(debt_id_item)

    params["debtId"] = json_debt_id

    params["offset"] = offset

    params["sliceSize"] = slice_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/debt-collection/blocked/debts",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DebtorIdSlicedResult | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DebtorIdSlicedResult.from_dict(response.json())

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
) -> Response[DebtorIdSlicedResult | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    debt_id: list[UUID] | Unset = UNSET,
    offset: str | Unset = "0",
    slice_size: int | Unset = 10,
) -> Response[DebtorIdSlicedResult | ErrorResponse]:
    """Get blocked debt collection debts

     Lists debts that are blocked for debt collection, one slice at a time.

    Required scope: DEBT_COLLECTION_READ

    Args:
        debt_id (list[UUID] | Unset):
        offset (str | Unset):  Default: '0'.
        slice_size (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DebtorIdSlicedResult | ErrorResponse]
    """

    kwargs = _get_kwargs(
        debt_id=debt_id,
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
    debt_id: list[UUID] | Unset = UNSET,
    offset: str | Unset = "0",
    slice_size: int | Unset = 10,
) -> DebtorIdSlicedResult | ErrorResponse | None:
    """Get blocked debt collection debts

     Lists debts that are blocked for debt collection, one slice at a time.

    Required scope: DEBT_COLLECTION_READ

    Args:
        debt_id (list[UUID] | Unset):
        offset (str | Unset):  Default: '0'.
        slice_size (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DebtorIdSlicedResult | ErrorResponse
    """

    return sync_detailed(
        client=client,
        debt_id=debt_id,
        offset=offset,
        slice_size=slice_size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    debt_id: list[UUID] | Unset = UNSET,
    offset: str | Unset = "0",
    slice_size: int | Unset = 10,
) -> Response[DebtorIdSlicedResult | ErrorResponse]:
    """Get blocked debt collection debts

     Lists debts that are blocked for debt collection, one slice at a time.

    Required scope: DEBT_COLLECTION_READ

    Args:
        debt_id (list[UUID] | Unset):
        offset (str | Unset):  Default: '0'.
        slice_size (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DebtorIdSlicedResult | ErrorResponse]
    """

    kwargs = _get_kwargs(
        debt_id=debt_id,
        offset=offset,
        slice_size=slice_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    debt_id: list[UUID] | Unset = UNSET,
    offset: str | Unset = "0",
    slice_size: int | Unset = 10,
) -> DebtorIdSlicedResult | ErrorResponse | None:
    """Get blocked debt collection debts

     Lists debts that are blocked for debt collection, one slice at a time.

    Required scope: DEBT_COLLECTION_READ

    Args:
        debt_id (list[UUID] | Unset):
        offset (str | Unset):  Default: '0'.
        slice_size (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DebtorIdSlicedResult | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            debt_id=debt_id,
            offset=offset,
            slice_size=slice_size,
        )
    ).parsed
