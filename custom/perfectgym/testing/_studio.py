"""One studio of the local tenant: its key, its data, and the offset style of each list endpoint."""

from __future__ import annotations

import attrs

from perfectgym.testing._data import StudioData

__all__ = ["PAGINATION_STYLES", "Studio"]

PAGINATION_STYLES = ("cursor", "count")


@attrs.define
class Studio:
    """One tenant: its key, its data, and which offset style each list endpoint uses."""

    api_key: str = attrs.field(repr=False)
    data: StudioData
    pagination: dict[str, str] = attrs.field(factory=dict)
    """operationId -> "cursor" (offset = last id) or "count" (offset = records returned so far)."""
    default_pagination: str = "cursor"

    def style(self, operation_id: str) -> str:
        style = self.pagination.get(operation_id, self.default_pagination)
        if style not in PAGINATION_STYLES:
            raise ValueError(f"pagination style must be one of {PAGINATION_STYLES} (got {style!r})")
        return style
