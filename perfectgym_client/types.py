"""Contains some shared types for properties"""

from collections.abc import Mapping, MutableMapping
from enum import IntEnum, StrEnum
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


class OpenStrEnum(StrEnum):
    """A string enum that keeps values this SDK version does not know.

    The vendor adds enum values in minor releases; a closed enum would make every read
    that meets one fail. An unknown value becomes a member-like instance of the enum:
    it compares equal to its string, serialises back unchanged and has ``is_unknown``.
    """

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    @property
    def is_unknown(self) -> bool:
        """True for a value that is not one of the enum's declared members."""
        return self._value_ not in type(self)._value2member_map_

    def __repr__(self) -> str:
        if self.is_unknown:
            return f"<{type(self).__name__} unknown value {self._value_!r}>"
        return super().__repr__()


class OpenIntEnum(IntEnum):
    """An integer enum that keeps values this SDK version does not know (see OpenStrEnum)."""

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member

    @property
    def is_unknown(self) -> bool:
        """True for a value that is not one of the enum's declared members."""
        return self._value_ not in type(self)._value2member_map_

    def __repr__(self) -> str:
        if self.is_unknown:
            return f"<{type(self).__name__} unknown value {self._value_!r}>"
        return super().__repr__()


__all__ = ["UNSET", "File", "FileTypes", "OpenIntEnum", "OpenStrEnum", "RequestFiles", "Response", "Unset"]
