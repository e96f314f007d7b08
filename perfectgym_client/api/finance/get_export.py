from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.tax_advisor_export_download import TaxAdvisorExportDownload
from ...types import Response


def _get_kwargs(
    export_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/taxadvisor/exports/{export_id}".format(
            export_id=quote(str(export_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | TaxAdvisorExportDownload | None:
    if response.status_code == 200:
        response_200 = TaxAdvisorExportDownload.from_dict(response.json())

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
) -> Response[ErrorResponse | TaxAdvisorExportDownload]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    export_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | TaxAdvisorExportDownload]:
    """Get tax advisor export by id

     Reads a tax advisor export, including its short-lived download URL.

    Required scope: TAX_ADVISOR_EXPORT_READ

    Args:
        export_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TaxAdvisorExportDownload]
    """

    kwargs = _get_kwargs(
        export_id=export_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    export_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | TaxAdvisorExportDownload | None:
    """Get tax advisor export by id

     Reads a tax advisor export, including its short-lived download URL.

    Required scope: TAX_ADVISOR_EXPORT_READ

    Args:
        export_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TaxAdvisorExportDownload
    """

    return sync_detailed(
        export_id=export_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    export_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | TaxAdvisorExportDownload]:
    """Get tax advisor export by id

     Reads a tax advisor export, including its short-lived download URL.

    Required scope: TAX_ADVISOR_EXPORT_READ

    Args:
        export_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TaxAdvisorExportDownload]
    """

    kwargs = _get_kwargs(
        export_id=export_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    export_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | TaxAdvisorExportDownload | None:
    """Get tax advisor export by id

     Reads a tax advisor export, including its short-lived download URL.

    Required scope: TAX_ADVISOR_EXPORT_READ

    Args:
        export_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TaxAdvisorExportDownload
    """

    return (
        await asyncio_detailed(
            export_id=export_id,
            client=client,
        )
    ).parsed
