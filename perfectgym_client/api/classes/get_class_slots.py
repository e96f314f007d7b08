from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.class_slot_sliced_result import ClassSlotSlicedResult
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    class_id: int,
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
        "url": "/v1/classes/{class_id}/slots".format(
            class_id=quote(str(class_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ClassSlotSlicedResult | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ClassSlotSlicedResult.from_dict(response.json())

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
) -> Response[ClassSlotSlicedResult | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    class_id: int,
    *,
    client: AuthenticatedClient | Client,
    offset: str | Unset = "0",
    slice_size: int | Unset = 50,
) -> Response[ClassSlotSlicedResult | ErrorResponse]:
    """Get class slots

     Lists the slots of one class between yesterday and 14 days ahead, one slice at a time.

    Required scope: CLASSES_READ

    Args:
        class_id (int):
        offset (str | Unset):  Default: '0'.
        slice_size (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClassSlotSlicedResult | ErrorResponse]
    """

    kwargs = _get_kwargs(
        class_id=class_id,
        offset=offset,
        slice_size=slice_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    class_id: int,
    *,
    client: AuthenticatedClient | Client,
    offset: str | Unset = "0",
    slice_size: int | Unset = 50,
) -> ClassSlotSlicedResult | ErrorResponse | None:
    """Get class slots

     Lists the slots of one class between yesterday and 14 days ahead, one slice at a time.

    Required scope: CLASSES_READ

    Args:
        class_id (int):
        offset (str | Unset):  Default: '0'.
        slice_size (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClassSlotSlicedResult | ErrorResponse
    """

    return sync_detailed(
        class_id=class_id,
        client=client,
        offset=offset,
        slice_size=slice_size,
    ).parsed


async def asyncio_detailed(
    class_id: int,
    *,
    client: AuthenticatedClient | Client,
    offset: str | Unset = "0",
    slice_size: int | Unset = 50,
) -> Response[ClassSlotSlicedResult | ErrorResponse]:
    """Get class slots

     Lists the slots of one class between yesterday and 14 days ahead, one slice at a time.

    Required scope: CLASSES_READ

    Args:
        class_id (int):
        offset (str | Unset):  Default: '0'.
        slice_size (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClassSlotSlicedResult | ErrorResponse]
    """

    kwargs = _get_kwargs(
        class_id=class_id,
        offset=offset,
        slice_size=slice_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    class_id: int,
    *,
    client: AuthenticatedClient | Client,
    offset: str | Unset = "0",
    slice_size: int | Unset = 50,
) -> ClassSlotSlicedResult | ErrorResponse | None:
    """Get class slots

     Lists the slots of one class between yesterday and 14 days ahead, one slice at a time.

    Required scope: CLASSES_READ

    Args:
        class_id (int):
        offset (str | Unset):  Default: '0'.
        slice_size (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClassSlotSlicedResult | ErrorResponse
    """

    return (
        await asyncio_detailed(
            class_id=class_id,
            client=client,
            offset=offset,
            slice_size=slice_size,
        )
    ).parsed
