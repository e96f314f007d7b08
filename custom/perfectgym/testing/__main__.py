"""``python -m perfectgym.testing``: serve a local tenant until interrupted."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence

from perfectgym.testing._faults import RateLimit
from perfectgym.testing._server import LocalTenant, default_studios


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m perfectgym.testing", description=__doc__)
    parser.add_argument("--port", type=int, default=8080, help="port on 127.0.0.1 (0 = any free port)")
    parser.add_argument("--customers", type=int, default=100_000, help="customers of the demo studio")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--member-share",
        type=int,
        default=80,
        help="percent of customers with the status getCustomers lists by default (the spec's default)",
    )
    parser.add_argument(
        "--rate-limit", metavar="N/SECONDS", help="per-endpoint limit like the API's (e.g. 1000/60): 429 beyond it"
    )
    parser.add_argument("--quiet", action="store_true", help="no request log")
    args = parser.parse_args(argv)
    studios = default_studios(seed=args.seed, customers=args.customers)
    studios[0].data.member_share = args.member_share
    tenant = LocalTenant(studios, port=args.port, log_level="critical" if args.quiet else "info")
    if args.rate_limit:
        requests, _, seconds = args.rate_limit.partition("/")
        tenant.faults.configure("*", rate_limit=RateLimit(int(requests), window=float(seconds or 60)))
    with tenant:
        print(f"Local PerfectGym tenant on {tenant.url}", flush=True)
        for studio in tenant.studios:
            print(f"  studio {studio.data.name!r}: X-API-KEY {studio.api_key}", flush=True)
        print("Ctrl-C to stop.", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
        counts = {f"{op}:{kind}": n for (op, kind), n in sorted(tenant.faults.counts.items())}
        print(f"Injected faults: {counts or 'none'}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
