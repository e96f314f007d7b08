"""``python -m perfectgym.testing``: serve a local tenant until interrupted."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence

from perfectgym.testing._server import LocalTenant


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m perfectgym.testing", description=__doc__)
    parser.add_argument("--port", type=int, default=8080, help="port on 127.0.0.1 (0 = any free port)")
    parser.add_argument("--customers", type=int, default=100_000, help="customers of the demo studio")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    with LocalTenant(port=args.port, customers=args.customers, seed=args.seed, log_level="info") as tenant:
        print(f"Local PerfectGym tenant on {tenant.url}", flush=True)
        for studio in tenant.studios:
            print(f"  studio {studio.data.name!r}: X-API-KEY {studio.api_key}", flush=True)
        print("Ctrl-C to stop.", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
