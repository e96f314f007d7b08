"""`make contract-live`: the read-only (GET/HEAD) operations against a real tenant, with a report.

Needs PERFECTGYM_BASE_URL and PERFECTGYM_API_KEY; without them it says it skipped and why
(exit 0). Arguments come from the spec's examples, so a 404 for an example id that does
not exist on the tenant, or a 403 for a scope the key lacks, is reported but not a failure.
Anything else (a transport error, a 5xx, a body that does not parse) fails the run.
"""

from __future__ import annotations

import asyncio
import os
import sys

from openapi_python_client.strings import snake_case

import perfectgym
from perfectgym import APIStatusError, AsyncPerfectGym, PerfectGymError
from tests.contract.arguments import arguments_for
from tests.contract.exclusions import EXCLUDED

TOLERATED = {403: "the key lacks this scope", 404: "the spec's example id does not exist here"}


async def run(base_url: str, api_key: str) -> int:
    results: list[tuple[str, str, str]] = []
    async with AsyncPerfectGym(base_url, api_key) as client:
        key_ok = await client.verify_api_key()
        results.append(("HEAD (key check)", "PASS" if key_ok else "FAIL", "200" if key_ok else "401: key refused"))
        if not key_ok:
            return _report(results)
        for operation_id, operation in sorted(perfectgym.OPERATIONS.items()):
            if operation.method != "GET" or operation_id in EXCLUDED:
                continue
            method = getattr(getattr(client, operation.tag).with_raw_response, snake_case(operation_id))
            try:
                response = await method(**arguments_for(operation_id, method))
            except APIStatusError as exc:
                verdict = "SKIP" if exc.status_code in TOLERATED else "FAIL"
                results.append((operation_id, verdict, f"{exc.status_code}: {TOLERATED.get(exc.status_code, exc)}"))
            except PerfectGymError as exc:
                results.append((operation_id, "FAIL", f"{type(exc).__name__}: {exc}"))
            else:
                results.append((operation_id, "PASS", f"{response.status_code}, {type(response.parsed).__name__}"))
    return _report(results)


def _report(results: list[tuple[str, str, str]]) -> int:
    width = max(len(name) for name, _, _ in results)
    for name, verdict, detail in results:
        print(f"{verdict:4}  {name:{width}}  {detail}")
    counts = {v: sum(1 for _, verdict, _ in results if verdict == v) for v in ("PASS", "SKIP", "FAIL")}
    print(f"contract-live: {counts['PASS']} passed, {counts['FAIL']} failed, {counts['SKIP']} skipped (403/404)")
    return 1 if counts["FAIL"] else 0


def main() -> int:
    base_url, api_key = os.environ.get("PERFECTGYM_BASE_URL"), os.environ.get("PERFECTGYM_API_KEY")
    if not base_url or not api_key:
        print(
            "contract-live: skipped: PERFECTGYM_BASE_URL and PERFECTGYM_API_KEY are not set. "
            "Set them to a tenant's base URL and API key to run the read-only operations against it."
        )
        return 0
    return asyncio.run(run(base_url, api_key))


if __name__ == "__main__":
    sys.exit(main())
