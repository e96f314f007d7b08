from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.customer_image import CustomerImage
from ...models.error_response import ErrorResponse
from ...models.update_image_body import UpdateImageBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    customer_id: int,
    *,
    body: UpdateImageBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/customers/{customer_id}/images".format(
            customer_id=quote(str(customer_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomerImage | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CustomerImage.from_dict(response.json())

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
) -> Response[CustomerImage | ErrorResponse]:
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
    body: UpdateImageBody | Unset = UNSET,
) -> Response[CustomerImage | ErrorResponse]:
    """Update customer profile image

     Replaces the customer's profile image (multipart part `image`, JPEG or PNG); the server stores it as
    a 1200x1200 JPEG.

    Required scope: CUSTOMER_WRITE

    Args:
        customer_id (int):
        body (UpdateImageBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerImage | ErrorResponse]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    customer_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateImageBody | Unset = UNSET,
) -> CustomerImage | ErrorResponse | None:
    """Update customer profile image

     Replaces the customer's profile image (multipart part `image`, JPEG or PNG); the server stores it as
    a 1200x1200 JPEG.

    Required scope: CUSTOMER_WRITE

    Args:
        customer_id (int):
        body (UpdateImageBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerImage | ErrorResponse
    """

    return sync_detailed(
        customer_id=customer_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    customer_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateImageBody | Unset = UNSET,
) -> Response[CustomerImage | ErrorResponse]:
    """Update customer profile image

     Replaces the customer's profile image (multipart part `image`, JPEG or PNG); the server stores it as
    a 1200x1200 JPEG.

    Required scope: CUSTOMER_WRITE

    Args:
        customer_id (int):
        body (UpdateImageBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerImage | ErrorResponse]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateImageBody | Unset = UNSET,
) -> CustomerImage | ErrorResponse | None:
    """Update customer profile image

     Replaces the customer's profile image (multipart part `image`, JPEG or PNG); the server stores it as
    a 1200x1200 JPEG.

    Required scope: CUSTOMER_WRITE

    Args:
        customer_id (int):
        body (UpdateImageBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerImage | ErrorResponse
    """

    return (
        await asyncio_detailed(
            customer_id=customer_id,
            client=client,
            body=body,
        )
    ).parsed
