"""Contains shared errors types that can be raised from API functions"""

import reprlib
from typing import Any

_EXCERPT_LIMIT = 200
_excerpt_repr = reprlib.Repr()
_excerpt_repr.maxlevel = 4
_excerpt_repr.maxstring = _EXCERPT_LIMIT
_excerpt_repr.maxother = _EXCERPT_LIMIT
_excerpt_repr.maxlong = _EXCERPT_LIMIT


def _value_excerpt(value: Any) -> str:
    """repr() of a value, at most ~200 characters, that never raises (a value can be a huge JSON document)."""
    try:
        text = _excerpt_repr.repr(value)
    except Exception:  # a repr that fails must not hide the error being reported
        text = f"<{type(value).__name__} object>"
    if len(text) > _EXCERPT_LIMIT:
        text = text[: _EXCERPT_LIMIT - 3] + "..."
    return text


class PerfectGymError(Exception):
    """Root of every exception this SDK raises on purpose."""

    def __reduce__(self) -> tuple[Any, ...]:
        # ours: subclasses take keyword-only constructor arguments, which pickle cannot replay
        # from ``args``; rebuild from the instance state instead (Celery, multiprocessing).
        return (_rebuild_error, (type(self), self.args, dict(self.__dict__)))


def _rebuild_error(cls: type[PerfectGymError], args: tuple[Any, ...], state: dict[str, Any]) -> PerfectGymError:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class MalformedFieldError(PerfectGymError, ValueError):
    """A field of a model holds a value from the API that its declared type cannot take.

    Raised when the field is read (models parse lazily), by ``to_dict()``, and by anything
    else that reads it; ``repr()`` of the model shows the field as ``<malformed: ...>`` instead.

    Attributes:
        model: the model's class name, e.g. ``"Customer"``.
        field: the Python attribute name, e.g. ``"date_of_birth"``.
        wire_name: the JSON key, e.g. ``"dateOfBirth"``.
        value: the raw JSON value found there.
        reason: why it could not be parsed.
    """

    def __init__(self, model: str, field: str, wire_name: str, value: Any, reason: str) -> None:
        self.model = model
        self.field = field
        self.wire_name = wire_name
        self.value = value
        self.reason = reason
        super().__init__(f"{model}.{field} ({wire_name}): malformed value {_value_excerpt(value)}: {reason}")

    def __reduce__(self) -> tuple[Any, ...]:
        return type(self), (self.model, self.field, self.wire_name, self.value, self.reason), self.__dict__


class UnexpectedStatus(Exception):
    """Raised by api functions when the response status an undocumented status and Client.raise_on_unexpected_status is True"""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )

    def __reduce__(self) -> tuple[Any, ...]:  # ours: the stock pickle would call __init__(message) and fail
        return type(self), (self.status_code, self.content), self.__dict__


__all__ = ["MalformedFieldError", "PerfectGymError", "UnexpectedStatus"]
