"""Ctrl-C and SIGTERM as KeyboardInterrupt, for the long-running commands (tenant, export).

A shell starts background jobs with SIGINT ignored, and Python then never raises
KeyboardInterrupt; a service manager stops with SIGTERM. Both must end these commands
through their cleanup (stop the server; keep the export and its checkpoint consistent).
"""

from __future__ import annotations

import signal
from types import FrameType

__all__ = ["interrupt_on_signals"]


def _interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def interrupt_on_signals() -> None:
    """Raise KeyboardInterrupt in the main thread on SIGINT and on SIGTERM."""
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, _interrupt)
