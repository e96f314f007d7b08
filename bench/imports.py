"""Cold start: ``import perfectgym`` against its floor (httpx + attrs + dateutil) and the eager layer before it.

Each round starts one fresh interpreter per row, rows interleaved, and times the import
statement inside it (``time.perf_counter`` around it: interpreter start-up is the same for
every row and is left out). Figures are the rounds' medians with their spread (min-max).

Rows:
- floor: ``import httpx, attrs, dateutil.parser``, the runtime dependencies the SDK uses;
- perfectgym: ``import perfectgym``, this checkout;
- first namespace: ``import perfectgym`` and ``client.customers``, the largest tag (its module
  and models load on first use, so this is where the deferred cost lands);
- the floor and perfectgym again in a process that imported asyncio first (untimed), as in a service;
- eager, before: ``import perfectgym`` from ``BEFORE`` (``git archive`` of the commit before
  lazy imports), where the resources table imported every generated module.

Every row hides httpx's optional command-line packages (rich, click, pygments), installed in the
dev venv but not by ``pip install perfectgym``: they would inflate the floor.

Bytecode: every row reads ``.pyc`` files, as an installed wheel does (pip compiles them). They
are written to a temporary ``PYTHONPYCACHEPREFIX`` by one warm-up run of each row, whatever
``PYTHONDONTWRITEBYTECODE`` says, so the source trees stay clean.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

from bench.common import REPO_ROOT, emit

ROUNDS = 15
BEFORE = "2ba3581"
"""The last commit whose ``_generated_resources`` imported every endpoint module and model."""

ROWS = {
    "floor": "import httpx, attrs, dateutil.parser",
    "perfectgym": "import perfectgym",
    # In a running async service asyncio is loaded before perfectgym is; its ~18 ms are the SDK's
    # largest single import, and these two rows leave it out of both sides.
    "floor_async": "import httpx, attrs, dateutil.parser",
    "perfectgym_async": "import perfectgym",
    "first_namespace": (
        "import perfectgym\nperfectgym.AsyncPerfectGym(base_url='https://demo.example', api_key='k').customers"
    ),
    "before": "import perfectgym",
}

# httpx imports its command line's packages (rich, click, pygments) when they are installed; the dev
# venv has them, a runtime install of perfectgym does not. Every row hides them, so the floor is
# what a service pays for httpx, not its CLI.
TIMED = """
import json, sys, time
class _NotInstalled:
    @staticmethod
    def find_spec(name, path=None, target=None):
        if name.partition(".")[0] in {{"rich", "click", "pygments"}}:
            raise ModuleNotFoundError(f"No module named {{name!r}}", name=name)
        return None
sys.meta_path.insert(0, _NotInstalled)
{setup}
start = time.perf_counter()
{statement}
print(json.dumps({{"ms": (time.perf_counter() - start) * 1000}}))
"""


def before_tree(workdir: Path) -> Path:
    """The packages of ``BEFORE`` (layer and generated client), unpacked under `workdir`."""
    archive = subprocess.run(
        ["git", "archive", "--format=tar", BEFORE, "custom", "perfectgym_client"],
        cwd=REPO_ROOT,
        capture_output=True,
        check=True,
    ).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(workdir, filter="data")
    return workdir


def time_row(row: str, env: dict[str, str]) -> float:
    code = TIMED.format(statement=ROWS[row], setup="import asyncio" if row.endswith("_async") else "")
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO_ROOT, env=env, capture_output=True, text=True)
    if out.returncode != 0:
        raise SystemExit(f"import benchmark row {row} failed:\n{out.stderr}")
    ms: float = json.loads(out.stdout)["ms"]
    return ms


def main() -> None:
    with tempfile.TemporaryDirectory() as pycache, tempfile.TemporaryDirectory() as old:
        base = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
        base["PYTHONPYCACHEPREFIX"] = pycache
        tree = before_tree(Path(old))
        envs = {row: dict(base) for row in ROWS}
        # The old checkout first on the path: its perfectgym and perfectgym_client shadow the installed ones.
        envs["before"]["PYTHONPATH"] = os.pathsep.join([str(tree / "custom"), str(tree)])
        for row, env in envs.items():
            time_row(row, env)  # warm-up: writes the bytecode
        samples: dict[str, list[float]] = {row: [] for row in ROWS}
        for _ in range(ROUNDS):
            for row, env in envs.items():
                samples[row].append(time_row(row, env))
    results: dict[str, float] = {"rounds": ROUNDS}
    for row, values in samples.items():
        results[f"{row}_ms"] = statistics.median(values)
        results[f"{row}_ms_min"] = min(values)
        results[f"{row}_ms_max"] = max(values)
    floors = {row: samples["floor_async" if row.endswith("_async") else "floor"] for row in ROWS}
    ratios = {row: [ms / floor for ms, floor in zip(samples[row], floors[row], strict=True)] for row in ROWS}
    for row in ("perfectgym", "first_namespace", "before", "perfectgym_async"):
        results[f"{row}_over_floor"] = statistics.median(ratios[row])
        results[f"{row}_over_floor_min"] = min(ratios[row])
        results[f"{row}_over_floor_max"] = max(ratios[row])
    emit({"benchmark": "imports", **results})


if __name__ == "__main__":
    main()
