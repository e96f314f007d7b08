from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.debtor_sliced_result import DebtorSlicedResult
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    debt_collection_run_id: int,
    *,
    offset: str | Unset = "0",
    slice_size: int | Unset = 10,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["sliceSize"] = slice_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/debt-collection/{debt_collection_run_id}/debtors".format(
            debt_collection_run_id=quote(str(debt_collection_run_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DebtorSlicedResult | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DebtorSlicedResult.from_dict(response.json())

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
) -> Response[DebtorSlicedResult | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    debt_collection_run_id: int,
    *,
    client: AuthenticatedClient | Client,
    offset: str | Unset = "0",
    slice_size: int | Unset = 10,
) -> Response[DebtorSlicedResult | ErrorResponse]:
    """Get Debtors

     Lists the debtors of a debt collection run, one slice at a time.

    Required scope: DEBT_COLLECTION_READ

    Args:
        debt_collection_run_id (int):
        offset (str | Unset):  Default: '0'.
        slice_size (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DebtorSlicedResult | ErrorResponse]
    """

    kwargs = _get_kwargs(
        debt_collection_run_id=debt_collection_run_id,
        offset=offset,
        slice_size=slice_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    debt_collection_run_id: int,
    *,
    client: AuthenticatedClient | Client,
    offset: str | Unset = "0",
    slice_size: int | Unset = 10,
) -> DebtorSlicedResult | ErrorResponse | None:
    """Get Debtors

     Lists the debtors of a debt collection run, one slice at a time.

    Required scope: DEBT_COLLECTION_READ

    Args:
        debt_collection_run_id (int):
        offset (str | Unset):  Default: '0'.
        slice_size (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DebtorSlicedResult | ErrorResponse
    """

    return sync_detailed(
        debt_collection_run_id=debt_collection_run_id,
        client=client,
        offset=offset,
        slice_size=slice_size,
    ).parsed


async def asyncio_detailed(
    debt_collection_run_id: int,
    *,
    client: AuthenticatedClient | Client,
    offset: str | Unset = "0",
    slice_size: int | Unset = 10,
) -> Response[DebtorSlicedResult | ErrorResponse]:
    """Get Debtors

     Lists the debtors of a debt collection run, one slice at a time.

    Required scope: DEBT_COLLECTION_READ

    Args:
        debt_collection_run_id (int):
        offset (str | Unset):  Default: '0'.
        slice_size (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DebtorSlicedResult | ErrorResponse]
    """

    kwargs = _get_kwargs(
        debt_collection_run_id=debt_collection_run_id,
        offset=offset,
        slice_size=slice_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    debt_collection_run_id: int,
    *,
    client: AuthenticatedClient | Client,
    offset: str | Unset = "0",
    slice_size: int | Unset = 10,
) -> DebtorSlicedResult | ErrorResponse | None:
    """Get Debtors

     Lists the debtors of a debt collection run, one slice at a time.

    Required scope: DEBT_COLLECTION_READ

    Args:
        debt_collection_run_id (int):
        offset (str | Unset):  Default: '0'.
        slice_size (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DebtorSlicedResult | ErrorResponse
    """

    return (
        await asyncio_detailed(
            debt_collection_run_id=debt_collection_run_id,
            client=client,
            offset=offset,
            slice_size=slice_size,
        )
    ).parsed
