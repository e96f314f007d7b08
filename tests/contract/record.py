"""What the contract suite exercised in this session (read by the terminal summary)."""

from __future__ import annotations

EXERCISED: set[str] = set()
