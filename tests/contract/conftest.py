"""Contract-suite fixtures: one Prism per test session, and a summary of what was exercised."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.contract.prism import running_prism
from tests.contract.record import EXERCISED


@pytest.fixture(scope="session")
def prism_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with running_prism(log=tmp_path_factory.mktemp("prism") / "prism.log") as url:
        yield url


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    from tests.contract.exclusions import EXCLUDED

    if not EXERCISED:
        return
    terminalreporter.section("contract coverage")
    terminalreporter.write_line(f"{len(EXERCISED)} operations passed against Prism; {len(EXCLUDED)} excluded:")
    for operation_id, reason in sorted(EXCLUDED.items()):
        terminalreporter.write_line(f"  - {operation_id}: {reason}")
