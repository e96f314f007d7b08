"""The customers namespace with its domain helpers on top of the generated methods."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Unpack

from perfectgym._access_restriction import AccessRestriction, InvalidAccessRestrictionError
from perfectgym._pagination import AsyncPaginator
from perfectgym._paginator_chain import ChainedPaginator
from perfectgym._request_options import RequestOptions, refuse_unknown_options
from perfectgym._resources.customers import CustomersResource
from perfectgym_client.models import AccessRestriction as AccessRestrictionModel
from perfectgym_client.models import Customer, CustomerSlicedResult, GetCustomersCustomerStatus

__all__ = ["Customers"]


class Customers(CustomersResource):
    """Customers: get customers and contracts; an access restriction in any of its three forms.

    ``iter_customers()`` lists one ``customer_status`` only: the API's default (its signature's
    default) unless one is given. ``iter_all_customers()`` lists every status. The generated
    form of an overridden method stays reachable, unchanged, through ``with_raw_response``.
    """

    async def set_access_restriction(  # type: ignore[override]  # a restriction, positional, instead of body=
        self,
        customer_id: int,
        restriction: AccessRestriction | AccessRestrictionModel | Mapping[str, Any],
        **options: Unpack[RequestOptions],
    ) -> AccessRestrictionModel:
        """Create or replace the customer's access restriction (``PUT /v1/customers/{customerId}/access-restrictions``).

        `restriction` is a :class:`perfectgym.AccessRestriction` (valid by construction), the
        generated ``AccessRestriction`` model (say one read from a customer) or a mapping with
        the API's field names; either is checked against the rule (reason given; start and end
        dates together, end not before start) before anything is sent. Returns the
        restriction as the API stored it.
        """
        if isinstance(restriction, AccessRestriction):
            body: AccessRestrictionModel | Mapping[str, Any] = restriction.to_body()
        elif isinstance(restriction, AccessRestrictionModel | Mapping):
            body = restriction  # the raw path checks it whole: unknown keys refused, extra properties sent
        else:
            raise InvalidAccessRestrictionError(
                "restriction must be a perfectgym.AccessRestriction, the generated AccessRestriction model "
                f"or a mapping with the API's field names (got {type(restriction).__name__})"
            )
        response = await self.with_raw_response.set_access_restriction(customer_id, body=body, **options)
        return response.parsed

    def iter_all_customers(
        self, *, slice_size: int | None = None, start_offset: str | None = None, **options: Unpack[RequestOptions]
    ) -> ChainedPaginator[Customer, CustomerSlicedResult]:
        """Every customer of every status: ``iter_customers`` once per ``customer_status``, one checkpoint.

        ``iter_customers()`` alone lists only the API's default status. The statuses are the
        spec's (``GetCustomersCustomerStatus``, in the generated enum's order, which the generator
        sorts); ``slice_size=None`` is the spec's default. ``checkpoint`` and ``page_checkpoint``
        are opaque strings naming the status and its offset: resume with ``start_offset=`` and no
        slice is skipped or repeated. A string that is not one of these checkpoints, names a
        status the spec no longer has, or was written when the spec listed other statuses (a
        resume could skip a new one) raises
        InvalidRequestError before any request.
        """
        # only per-call options: the status and the other filters are this walk's own
        refuse_unknown_options("iter_all_customers", options, "it walks every status with the spec's default filters; ")
        sizing: dict[str, Any] = {} if slice_size is None else {"slice_size": slice_size}

        def open_status(status: str, offset: str | None) -> AsyncPaginator[Customer, CustomerSlicedResult]:
            return self.iter_customers(
                customer_status=GetCustomersCustomerStatus(status), start_offset=offset, **sizing, **options
            )

        return ChainedPaginator(
            [status.value for status in GetCustomersCustomerStatus],
            open_status,
            kind="iter_all_customers",
            operation_id="getCustomers",
            segment_name="customerStatus",
            start_offset=start_offset,
        )
