from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.class_sliced_result import ClassSlicedResult
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    offset: str | Unset = "0",
    slice_size: int | Unset = 50,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["sliceSize"] = slice_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/classes",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ClassSlicedResult | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ClassSlicedResult.from_dict(response.json())

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
) -> Response[ClassSlicedResult | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    offset: str | Unset = "0",
    slice_size: int | Unset = 50,
) -> Response[ClassSlicedResult | ErrorResponse]:
    """Get classes

     Lists classes that have at least one slot between yesterday and 14 days ahead, one slice at a time.

    Required scope: CLASSES_READ

    Args:
        offset (str | Unset):  Default: '0'.
        slice_size (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClassSlicedResult | ErrorResponse]
    """

    kwargs = _get_kwargs(
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
    offset: str | Unset = "0",
    slice_size: int | Unset = 50,
) -> ClassSlicedResult | ErrorResponse | None:
    """Get classes

     Lists classes that have at least one slot between yesterday and 14 days ahead, one slice at a time.

    Required scope: CLASSES_READ

    Args:
        offset (str | Unset):  Default: '0'.
        slice_size (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClassSlicedResult | ErrorResponse
    """

    return sync_detailed(
        client=client,
        offset=offset,
        slice_size=slice_size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    offset: str | Unset = "0",
    slice_size: int | Unset = 50,
) -> Response[ClassSlicedResult | ErrorResponse]:
    """Get classes

     Lists classes that have at least one slot between yesterday and 14 days ahead, one slice at a time.

    Required scope: CLASSES_READ

    Args:
        offset (str | Unset):  Default: '0'.
        slice_size (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClassSlicedResult | ErrorResponse]
    """

    kwargs = _get_kwargs(
        offset=offset,
        slice_size=slice_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    offset: str | Unset = "0",
    slice_size: int | Unset = 50,
) -> ClassSlicedResult | ErrorResponse | None:
    """Get classes

     Lists classes that have at least one slot between yesterday and 14 days ahead, one slice at a time.

    Required scope: CLASSES_READ

    Args:
        offset (str | Unset):  Default: '0'.
        slice_size (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClassSlicedResult | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            offset=offset,
            slice_size=slice_size,
        )
    ).parsed
