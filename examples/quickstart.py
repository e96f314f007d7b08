"""PerfectGym SDK quickstart: `make demo`.

Without credentials it starts the local tenant (100 000 seeded customers on 127.0.0.1)
and shows the whole tour. With PERFECTGYM_BASE_URL and PERFECTGYM_API_KEY set it runs
only the read-only parts against that tenant (and lists at most --limit customers).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dt
import logging
import os
import sys
import time
from collections.abc import AsyncIterator

from perfectgym import (
    AccessRestriction,
    APIStatusError,
    AsyncPerfectGym,
    InvalidAccessRestrictionError,
    NotFoundError,
    RetryPolicy,
)


def step(title: str) -> None:
    print(f"\n== {title}")


@contextlib.asynccontextmanager
async def target(limit: int | None) -> AsyncIterator[tuple[AsyncPerfectGym, object | None, int | None]]:
    """The client, plus the local tenant when we started one (None against a real tenant)."""
    if os.environ.get("PERFECTGYM_BASE_URL") and os.environ.get("PERFECTGYM_API_KEY"):
        print(f"Using the tenant at {os.environ['PERFECTGYM_BASE_URL']} (read-only parts only)")
        async with AsyncPerfectGym() as client:
            yield client, None, limit or 500
        return
    from perfectgym.testing import LocalTenant  # the testing extra; only needed offline

    print("No PERFECTGYM_BASE_URL/PERFECTGYM_API_KEY: starting the local tenant with 100,000 customers")
    async with LocalTenant(customers=100_000) as tenant:
        print(f"Local tenant on {tenant.url}")
        async with AsyncPerfectGym(tenant.url, tenant.api_key) as client:
            yield client, tenant, limit


async def list_customers(client: AsyncPerfectGym, limit: int | None) -> int:
    started, count = time.monotonic(), 0
    paginator = client.customers.iter_customers(slice_size=500)
    interactive = sys.stdout.isatty()
    async for _customer in paginator:
        count += 1
        if count % 10_000 == 0:
            line = f"   ... {count:,} customers, {paginator.pages_fetched} pages, {time.monotonic() - started:.1f}s"
            print(f"\r{line}", end="", flush=True) if interactive else print(line, flush=True)
        if limit is not None and count >= limit:
            break
    if interactive:
        print()
    elapsed = time.monotonic() - started
    print(
        f"   listed {count:,} customers in {paginator.pages_fetched} pages, {elapsed:.1f}s;"
        f" checkpoint {paginator.checkpoint!r}"
    )
    return count


async def main(limit: int | None) -> int:
    logging.basicConfig(level=logging.WARNING, format="   [log %(levelname)s] %(message)s", stream=sys.stdout)
    async with target(limit) as (client, tenant, limit):
        step("Check the API key (HEAD request)")
        print(f"   key accepted: {await client.verify_api_key()}")

        step("List customers with auto-pagination")
        await list_customers(client, limit)

        step("Read one customer")
        first = await anext(aiter(client.customers.iter_customers(slice_size=50)))
        customer = await client.customers.get_customer_by_id(customer_id=first.id)
        print(
            f"   #{customer.id} {customer.first_name} {customer.last_name}, {customer.status},"
            f" born {customer.date_of_birth}"
        )

        if tenant is not None:
            step("Set an access restriction with dates, then remove it")
            restriction = AccessRestriction("unpaid fees", dt.date(2026, 1, 1), dt.date(2026, 1, 31))
            await client.customers.set_access_restriction(customer.id, restriction)
            restricted = await client.customers.get_customer_by_id(customer_id=customer.id)
            print(
                f"   after PUT: accessRefusal={restricted.access_refusal},"
                f" restrictions={[r.to_dict() for r in restricted.access_restrictions or []]}"
            )
            await client.customers.delete_access_restriction(customer.id)
            cleared = await client.customers.get_customer_by_id(customer_id=customer.id)
            print(f"   after DELETE: accessRefusal={cleared.access_refusal}")

        step("A broken date pair is refused before any request")
        try:
            AccessRestriction("holiday", start_date=dt.date(2026, 3, 1))
        except InvalidAccessRestrictionError as exc:
            print(f"   AccessRestriction(...): {exc}")
        try:  # the raw form is checked by the same rule, before a request exists
            body = {"reason": "holiday", "startDate": "2026-03-01"}
            await client.customers.with_raw_response.set_access_restriction(customer.id, body=body)
        except InvalidAccessRestrictionError as exc:
            print(f"   raw body {body}: {exc}")

        step("A typed API error carries status, error code and trace id")
        try:
            await client.customers.get_customer_by_id(customer_id=1)
        except NotFoundError as exc:
            print(f"   {type(exc).__name__}: status={exc.status_code} code={exc.error_code} traceId={exc.trace_id}")
        except APIStatusError as exc:  # a real tenant may answer differently for id 1
            print(f"   {type(exc).__name__}: status={exc.status_code} traceId={exc.trace_id}")
        else:
            print("   (customer 1 exists on this tenant; no error to show)")

        if tenant is not None:
            step("A retry survives an injected burst of 503s")
            tenant.faults.configure("getCustomerById", fail_with_503=2)  # type: ignore[attr-defined]
            patient = client.with_options(retry_policy=RetryPolicy(initial_wait=0.2))
            raw = await patient.customers.with_raw_response.get_customer_by_id(customer.id)
            print(f"   got #{raw.parsed.id} with status {raw.status_code} after {raw.attempts} attempts")
    print("\nDone.")
    return 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="stop listing after this many customers")
    sys.exit(asyncio.run(main(parser.parse_args().limit)))
