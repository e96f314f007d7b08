from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.debtor_update import DebtorUpdate
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    debtor_id: list[str] | Unset = UNSET,
    collection_case_id: list[str] | Unset = UNSET,
    agency_collection_case_id: list[str] | Unset = UNSET,
    case_adjustment_request_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_debtor_id: list[str] | Unset = UNSET
    if not isinstance(debtor_id, Unset):
        json_debtor_id = debtor_id

    params["debtorId"] = json_debtor_id

    json_collection_case_id: list[str] | Unset = UNSET
    if not isinstance(collection_case_id, Unset):
        json_collection_case_id = collection_case_id

    params["collectionCaseId"] = json_collection_case_id

    json_agency_collection_case_id: list[str] | Unset = UNSET
    if not isinstance(agency_collection_case_id, Unset):
        json_agency_collection_case_id = agency_collection_case_id

    params["agencyCollectionCaseId"] = json_agency_collection_case_id

    params["caseAdjustmentRequestId"] = case_adjustment_request_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/debt-collection/cases",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[DebtorUpdate] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = DebtorUpdate.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[ErrorResponse | list[DebtorUpdate]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    debtor_id: list[str] | Unset = UNSET,
    collection_case_id: list[str] | Unset = UNSET,
    agency_collection_case_id: list[str] | Unset = UNSET,
    case_adjustment_request_id: int | Unset = UNSET,
) -> Response[ErrorResponse | list[DebtorUpdate]]:
    """Get debt collection cases

     Reads the current state of debt collection cases; each id list takes at most 50 values.

    Required scope: DEBT_COLLECTION_READ

    Args:
        debtor_id (list[str] | Unset):
        collection_case_id (list[str] | Unset):
        agency_collection_case_id (list[str] | Unset):
        case_adjustment_request_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[DebtorUpdate]]
    """

    kwargs = _get_kwargs(
        debtor_id=debtor_id,
        collection_case_id=collection_case_id,
        agency_collection_case_id=agency_collection_case_id,
        case_adjustment_request_id=case_adjustment_request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    debtor_id: list[str] | Unset = UNSET,
    collection_case_id: list[str] | Unset = UNSET,
    agency_collection_case_id: list[str] | Unset = UNSET,
    case_adjustment_request_id: int | Unset = UNSET,
) -> ErrorResponse | list[DebtorUpdate] | None:
    """Get debt collection cases

     Reads the current state of debt collection cases; each id list takes at most 50 values.

    Required scope: DEBT_COLLECTION_READ

    Args:
        debtor_id (list[str] | Unset):
        collection_case_id (list[str] | Unset):
        agency_collection_case_id (list[str] | Unset):
        case_adjustment_request_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[DebtorUpdate]
    """

    return sync_detailed(
        client=client,
        debtor_id=debtor_id,
        collection_case_id=collection_case_id,
        agency_collection_case_id=agency_collection_case_id,
        case_adjustment_request_id=case_adjustment_request_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    debtor_id: list[str] | Unset = UNSET,
    collection_case_id: list[str] | Unset = UNSET,
    agency_collection_case_id: list[str] | Unset = UNSET,
    case_adjustment_request_id: int | Unset = UNSET,
) -> Response[ErrorResponse | list[DebtorUpdate]]:
    """Get debt collection cases

     Reads the current state of debt collection cases; each id list takes at most 50 values.

    Required scope: DEBT_COLLECTION_READ

    Args:
        debtor_id (list[str] | Unset):
        collection_case_id (list[str] | Unset):
        agency_collection_case_id (list[str] | Unset):
        case_adjustment_request_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[DebtorUpdate]]
    """

    kwargs = _get_kwargs(
        debtor_id=debtor_id,
        collection_case_id=collection_case_id,
        agency_collection_case_id=agency_collection_case_id,
        case_adjustment_request_id=case_adjustment_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    debtor_id: list[str] | Unset = UNSET,
    collection_case_id: list[str] | Unset = UNSET,
    agency_collection_case_id: list[str] | Unset = UNSET,
    case_adjustment_request_id: int | Unset = UNSET,
) -> ErrorResponse | list[DebtorUpdate] | None:
    """Get debt collection cases

     Reads the current state of debt collection cases; each id list takes at most 50 values.

    Required scope: DEBT_COLLECTION_READ

    Args:
        debtor_id (list[str] | Unset):
        collection_case_id (list[str] | Unset):
        agency_collection_case_id (list[str] | Unset):
        case_adjustment_request_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[DebtorUpdate]
    """

    return (
        await asyncio_detailed(
            client=client,
            debtor_id=debtor_id,
            collection_case_id=collection_case_id,
            agency_collection_case_id=agency_collection_case_id,
            case_adjustment_request_id=case_adjustment_request_id,
        )
    ).parsed
