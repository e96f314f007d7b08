"""Contains some shared types for properties"""

import logging
import threading
from collections.abc import Callable, Mapping, MutableMapping
from enum import IntEnum, StrEnum
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import NOTHING, define, fields

from .errors import MalformedFieldError, _value_excerpt


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:  # ours: shown in reprs and errors of models, where an address says nothing
        return "UNSET"


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


# ours: unknown enum values, logged once per value and enum

_logger = logging.getLogger("perfectgym")
_GENERATED_ENUMS = __name__.rpartition(".")[0] + ".models."
MAX_LOGGED_UNKNOWN_VALUES = 32  # per enum: a server (or a hostile one) inventing values costs bounded memory
_MAX_LISTED_KNOWN = 20
_unknown_values_seen: dict[type, set[object]] = {}
_unknown_values_lock = threading.Lock()


def _log_unknown_value(enum: type[StrEnum] | type[IntEnum], value: str | int) -> None:
    """Log the first sighting of `value` in one of this package's generated enums.

    ``_missing_`` cannot tell a value read from a response from one a caller constructed on
    purpose (``CustomerStatus("VIP")``): both are logged, once. Enums defined elsewhere on these
    bases (the webhook event types) do their own logging.
    """
    if not enum.__module__.startswith(_GENERATED_ENUMS):
        return
    key: object = value[:200] if isinstance(value, str) else value
    with _unknown_values_lock:
        seen = _unknown_values_seen.setdefault(enum, set())
        if key in seen or len(seen) > MAX_LOGGED_UNKNOWN_VALUES:
            return
        seen.add(key)
        last = len(seen) > MAX_LOGGED_UNKNOWN_VALUES
    if last:
        _logger.info(
            "%s: more than %d unknown values; no longer logging them", enum.__name__, MAX_LOGGED_UNKNOWN_VALUES
        )
        return
    known = [repr(member.value) for member in enum]
    listed = ", ".join(known[:_MAX_LISTED_KNOWN]) + (
        f", ... ({len(known)} in all)" if len(known) > _MAX_LISTED_KNOWN else ""
    )
    _logger.info(
        "%s: unknown value %s from the API, kept as is; this SDK version knows %s",
        enum.__name__,
        _value_excerpt(value),
        listed,
    )


class OpenStrEnum(StrEnum):
    """A string enum that keeps values this SDK version does not know.

    The vendor adds enum values in minor releases; a closed enum would make every read
    that meets one fail. An unknown value becomes a member-like instance of the enum:
    it compares equal to its string, serialises back unchanged and has ``is_unknown``.
    The first time a generated enum meets a value, it is logged at INFO on the ``perfectgym`` logger.
    """

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, str):
            return None
        _log_unknown_value(cls, value)
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
        _log_unknown_value(cls, value)
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


# ours: runtime helpers of the lazy models (model.py.jinja)

# What a field parser raises on a JSON value of the wrong shape: a bad date or enum value (ValueError),
# an object where a string is expected (TypeError, AttributeError), a nested object without one of its
# required keys (KeyError), an absurd number (OverflowError), a pathologically deep value (RecursionError).
_PARSE_FAILURES = (ValueError, TypeError, KeyError, AttributeError, OverflowError, RecursionError)

P = TypeVar("P")


def _failure_reason(exc: BaseException) -> str:
    if isinstance(exc, KeyError) and exc.args:
        reason = f"missing required key {exc.args[0]!r}"
    else:
        try:
            detail = str(exc)
        except Exception:
            detail = ""
        reason = f"{type(exc).__name__}: {detail}" if detail else type(exc).__name__
    return reason if len(reason) <= 200 else reason[:197] + "..."


def parse_lazy_field(
    model: str, field: str, wire_name: str, parse: Callable[[dict[str, Any]], P], source: dict[str, Any]
) -> P:
    """Parse one field of a model built by ``from_dict`` from the JSON it keeps.

    The one place where a value of the wrong shape becomes :class:`MalformedFieldError` naming
    ``model``, ``field``, ``wire_name`` and the raw value (``UNSET`` when the key is absent). A
    ``MalformedFieldError`` raised inside ``parse`` (by a nested model) propagates unchanged: it
    already names the innermost model and field.
    """
    try:
        return parse(source)
    except MalformedFieldError:
        raise
    except _PARSE_FAILURES as exc:
        value = source.get(wire_name, UNSET)
        raise MalformedFieldError(model, field, wire_name, value, _failure_reason(exc)) from exc


_JSON_SCALARS: dict[type, str] = {str: "string", int: "integer", bool: "boolean", float: "number"}


def expect_json_scalar(value: object, kind: type, nullable: bool = False) -> None:
    """Refuse a scalar field's value of another JSON type: "false" in a boolean is truthy, 5 is no name."""
    if value is UNSET or (value is None and nullable):
        return
    if kind is float:
        ok = isinstance(value, int | float) and not isinstance(value, bool)
    elif kind is int:
        ok = isinstance(value, int) and not isinstance(value, bool)
    else:
        ok = isinstance(value, kind)
    if not ok:
        raise TypeError(f"expected a JSON {_JSON_SCALARS[kind]}, got {type(value).__name__}")


def expect_json_array(value: object) -> None:
    """Refuse a list field's value that is not an array (or UNSET): iterating a string or an object would not fail."""
    if value is not UNSET and not isinstance(value, list | tuple):
        raise TypeError(f"expected a JSON array, got {type(value).__name__}")


class _Malformed:
    """Stands in for a malformed field in repr() and ==: shows the raw value, equal to the same raw value."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value

    def __repr__(self) -> str:
        if self.value is UNSET:  # a required key the response does not have
            return "<missing>"
        return f"<malformed: {_value_excerpt(self.value)}>"

    def __eq__(self, other: object) -> bool:
        # compared inside a tuple, as attrs compares fields: the same object is equal to itself (even NaN)
        return isinstance(other, _Malformed) and bool((self.value,) == (other.value,))

    __hash__ = None  # type: ignore[assignment]


def _read_field(model: Any, name: str, init: bool) -> Any:
    try:
        return getattr(model, name) if init else getattr(model, name, NOTHING)
    except MalformedFieldError as exc:
        return _Malformed(exc.value)


_repr_context = threading.local()


def lazy_model_repr(model: Any) -> str:
    """attrs' repr of a generated model, except that it never raises.

    A field that fails to parse shows as ``<malformed: 'raw value'>``, one that cannot be read or
    shown at all as ``<unreadable: ErrorType>``; a model that contains itself shows as ``...``.
    """
    try:
        active: set[int] = _repr_context.active
    except AttributeError:
        active = _repr_context.active = set()
    if id(model) in active:
        return "..."
    active.add(id(model))
    try:
        parts = []
        for attribute in fields(type(model)):
            if attribute.repr is False:
                continue
            try:
                value = _read_field(model, attribute.name, attribute.init)
                show = repr if attribute.repr is True else attribute.repr
                text = show(value)
            except Exception as exc:
                text = f"<unreadable: {type(exc).__name__}>"
            parts.append(f"{attribute.name}={text}")
        name = type(model).__qualname__.rsplit(">.", 1)[-1]
        return f"{name}({', '.join(parts)})"
    finally:
        active.discard(id(model))


def lazy_model_eq(model: Any, other: Any) -> bool:
    """attrs' == of two generated models of the same class, except that a malformed field compares by its raw value."""
    attributes = [attribute for attribute in fields(type(model)) if attribute.eq]
    mine = tuple(_read_field(model, attribute.name, attribute.init) for attribute in attributes)
    theirs = tuple(_read_field(other, attribute.name, attribute.init) for attribute in attributes)
    return mine == theirs


__all__ = ["UNSET", "File", "FileTypes", "OpenIntEnum", "OpenStrEnum", "RequestFiles", "Response", "Unset"]
