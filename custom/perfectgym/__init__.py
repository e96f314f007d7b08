"""PerfectGym Next Open API SDK: the async, typed, ergonomic layer over ``perfectgym_client``.

async with AsyncPerfectGym.for_tenant("demo", api_key=...) as client:
    customer = await client.customers.get_customer_by_id(customer_id=1)
    async for customer in client.customers.iter_customers(slice_size=100):
        ...
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from perfectgym._request_options import RequestOptions
from perfectgym._access_restriction import AccessRestriction, InvalidAccessRestrictionError
from perfectgym._client import AsyncPerfectGym
from perfectgym._clock import Clock, SystemClock
from perfectgym._concurrency import gather_bounded
from perfectgym._errors import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ClientClosedError,
    ConfigurationError,
    ConflictError,
    DeadlineExceededError,
    InternalServerError,
    InvalidRequestError,
    MalformedFieldError,
    NotFoundError,
    PerfectGymError,
    PermissionDeniedError,
    RateLimitError,
    RedirectNotFollowedError,
    ResponseTooLargeError,
    ServiceUnavailableError,
    UnexpectedStatusError,
)
from perfectgym._generated_resources import API_VERSION, OPERATIONS
from perfectgym._operation import Operation, SliceBounds
from perfectgym._pagination import AsyncPaginator, PaginationError
from perfectgym._paginator_chain import ChainedPaginator
from perfectgym._rate_budget import RateBudget, RateLimiter
from perfectgym._response import APIResponse
from perfectgym._retry import RetryPolicy
from perfectgym._studios import StudioConfig, StudioRegistry, UnknownStudioError
from perfectgym._version import __version__

__all__ = [
    "API_VERSION",
    "OPERATIONS",
    "APIConnectionError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AccessRestriction",
    "AsyncPaginator",
    "AsyncPerfectGym",
    "AuthenticationError",
    "BadRequestError",
    "ChainedPaginator",
    "ClientClosedError",
    "Clock",
    "ConfigurationError",
    "ConflictError",
    "DeadlineExceededError",
    "InternalServerError",
    "InvalidAccessRestrictionError",
    "InvalidRequestError",
    "MalformedFieldError",
    "NotFoundError",
    "Operation",
    "PaginationError",
    "PerfectGymError",
    "PermissionDeniedError",
    "RateBudget",
    "RateLimitError",
    "RateLimiter",
    "RedirectNotFollowedError",
    "RequestOptions",
    "ResponseTooLargeError",
    "RetryPolicy",
    "ServiceUnavailableError",
    "SliceBounds",
    "StudioConfig",
    "StudioRegistry",
    "SystemClock",
    "UnexpectedStatusError",
    "UnknownStudioError",
    "__version__",
    "gather_bounded",
]

if not TYPE_CHECKING:  # hidden from type checkers, so that a misspelt name is still an error for them
    from perfectgym_client.types import submodule_attribute

    def __getattr__(name: str) -> object:
        """A submodule not imported yet, imported now: ``perfectgym.webhooks``, or ``_customers``, loaded on use.

        ``RequestOptions`` too: only annotations name it, and its module is not needed before a call uses options.
        """
        if name == "RequestOptions":
            from perfectgym._request_options import RequestOptions

            return RequestOptions
        return submodule_attribute(__name__, name)
