"""The customers namespace with its domain helpers on top of the generated methods."""

from __future__ import annotations

from perfectgym._access_restriction import AccessRestriction, InvalidAccessRestrictionError
from perfectgym._resources.customers import CustomersResource
from perfectgym_client.models import AccessRestriction as AccessRestrictionModel

__all__ = ["Customers"]


class Customers(CustomersResource):
    """Customers: get customers and contracts; access restrictions take an :class:`AccessRestriction`.

    The generated form of an overridden method stays reachable, unchanged, through
    ``with_raw_response``.
    """

    async def set_access_restriction(  # type: ignore[override]  # a domain value instead of a raw body
        self, customer_id: int, restriction: AccessRestriction
    ) -> AccessRestrictionModel:
        """Create or replace the customer's access restriction (``PUT /v1/customers/{customerId}/access-restrictions``).

        `restriction` is valid by construction (reason given; start and end dates together,
        end not before start). Returns the restriction as the API stored it.
        """
        if not isinstance(restriction, AccessRestriction):
            raise InvalidAccessRestrictionError(
                "restriction must be a perfectgym.AccessRestriction "
                f"(got {type(restriction).__name__}); use with_raw_response.set_access_restriction for raw bodies"
            )
        response = await self.with_raw_response.set_access_restriction(customer_id, body=restriction.to_body())
        return response.parsed
