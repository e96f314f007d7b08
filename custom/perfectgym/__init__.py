"""PerfectGym Next Open API SDK: the hand-written, ergonomic layer over ``perfectgym_client``.

The generated low-level client lives in ``perfectgym_client``; this package is what
applications import.
"""

from __future__ import annotations

__all__ = ["__version__"]

__version__ = "0.1.0"
