"""The SDK's log lines on stderr: only errors by default, so a failure stays one line; warnings with --verbose.

Left alone when ``PERFECTGYM_LOG`` is set: then the SDK's own logging configuration applies.
"""

from __future__ import annotations

import logging
import os

__all__ = ["configure_logging"]


def configure_logging(*, verbose: bool) -> None:
    if os.environ.get("PERFECTGYM_LOG"):
        return
    logger = logging.getLogger("perfectgym")
    logger.setLevel(logging.INFO if verbose else logging.ERROR)
    if verbose and not logger.handlers:
        handler = logging.StreamHandler()  # stderr
        handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        logger.addHandler(handler)
