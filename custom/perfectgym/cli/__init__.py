"""The ``perfectgym`` command line for operators (extra ``perfectgym[cli]``): verify, call, export, tenant.

Only typer loads before a command runs, so ``perfectgym --help`` stays fast; each command
imports the parts of the SDK it needs (generated models, the local tenant) when it runs.
"""

from __future__ import annotations

__all__ = ["main"]


def main() -> None:
    """The console script's entry point (``[project.scripts] perfectgym``)."""
    from perfectgym.cli._app import app

    app()
