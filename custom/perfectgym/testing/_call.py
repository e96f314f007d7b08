"""One request as the local tenant's handlers see it, and the API errors they raise.

The query is wrapped so the dispatcher knows which parameters a handler read: the ones
it did not read were ignored, and the caller is told so (``X-Local-Tenant-Ignored``).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

import attrs

from perfectgym import Operation
from perfectgym._value_checks import int64_from

if TYPE_CHECKING:
    from perfectgym.testing._data import StudioData
    from perfectgym.testing._studio import Studio

__all__ = ["ApiError", "Call", "ReadTrackingQuery", "parse_int"]


class ApiError(Exception):
    """Answered as the API's documented error JSON."""

    def __init__(self, status: int, message: str, code: str, reference: str | None = None) -> None:
        super().__init__(message)
        self.status, self.message, self.code, self.reference = status, message, code, reference


class ReadTrackingQuery(Mapping[str, str]):
    """The request's query parameters (one value per name, as Starlette gives it), remembering which were read."""

    def __init__(self, values: Mapping[str, str]) -> None:
        self._values = dict(values)
        self.read: set[str] = set()

    def __getitem__(self, name: str) -> str:
        self.read.add(name)
        return self._values[name]

    def __contains__(self, name: object) -> bool:
        if isinstance(name, str):
            self.read.add(name)
        return name in self._values

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def ignored(self) -> list[str]:
        """Names sent but never looked up by the handler, in the order sent."""
        return [name for name in self._values if name not in self.read]


@attrs.frozen
class Call:
    """One request, matched to its operation and studio."""

    studio: Studio
    operation: Operation
    path_params: Mapping[str, str]
    query: ReadTrackingQuery
    body: Any

    @property
    def data(self) -> StudioData:
        return self.studio.data

    def int_param(self, name: str) -> int:
        return parse_int(self.path_params.get(name) or self.query.get(name), name)


def parse_int(value: Any, name: str) -> int:
    """An int64 from a parameter or body value, or the API's 400 (never a 500 for "²" or 5 000 digits)."""
    number = int64_from(value)
    if number is None:
        raise ApiError(400, f"{name} must be an integer (got {repr(value)[:60]})", "validation.integer", name)
    return number
