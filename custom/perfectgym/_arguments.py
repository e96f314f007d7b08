"""Path, query, header and cookie arguments checked against the spec and turned into what the generated code sends.

The generated ``_get_kwargs`` trusts its arguments: it writes ``str(value)`` into the path
and calls ``.value`` / ``.isoformat()`` on query values. So each argument is checked by
its parameter's schema first: an integer is an int and never a bool; a date is a
``datetime.date`` and never a ``datetime``; enums, dates, date-times and UUIDs also
accept the string the API itself writes (``"PROSPECT"``, ``"2024-01-31"``), converted to
the enum member or Python value; an unknown enum string is refused with the allowed
values, while an enum instance the caller constructed explicitly is passed through.

``None`` means "not given" for an optional parameter, exactly as ``UNSET`` does (the
generated code drops both); for a required one it is refused.

String path parameters: the generated code percent-encodes each one as a single
segment (``urllib.parse.quote(value, safe="")``), so ``/``, ``?``, ``#``, ``%`` and other
reserved characters are sent encoded (``a/b`` -> ``a%2Fb``) and cannot leave their
segment. What encoding cannot make safe is refused: an empty string, ``.`` and ``..``
(dot segments, which URL normalisation removes, so ``DELETE /v1/x/..`` would hit
``/v1``), and strings that are not valid Unicode.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping, MutableMapping, Sequence
from enum import Enum
from typing import Any

from perfectgym._schema import Parameter, Schema
from perfectgym._value_checks import (
    Problem,
    check_format,
    check_int,
    check_number,
    check_sendable,
    check_text,
    show,
)
from perfectgym_client.types import UNSET, Unset

__all__ = ["prepare_parameters"]

_DOT_SEGMENTS = ("", ".", "..")


def prepare_parameters(parameters: Sequence[Parameter], arguments: MutableMapping[str, Any]) -> None:
    """Check each argument that has a parameter and replace it by its converted value; raise Problem."""
    for parameter in parameters:
        if parameter.python_name in arguments:
            arguments[parameter.python_name] = _prepare(parameter, arguments[parameter.python_name])


def _prepare(parameter: Parameter, value: Any) -> Any:
    where = parameter.python_name
    if value is None or isinstance(value, Unset):
        if parameter.required:
            raise Problem(f"{where} is required (got {show(value)})")
        return UNSET
    converted = _convert(value, parameter.schema, where)
    if parameter.location == "path" and isinstance(converted, str) and converted in _DOT_SEGMENTS:
        raise Problem(
            f"{where} must not be {converted!r}: as a path segment it would change which URL is called "
            f"(got {where}={converted!r})"
        )
    return converted


def _convert(value: Any, schema: Schema, where: str) -> Any:
    if schema.enum_type is not None:
        return _enum_member(value, schema.enum_type, schema.enum, where)
    kind = schema.kind
    if kind == "integer":
        return check_int(value, schema.format, where)
    if kind == "number":
        return check_number(value, where)
    if kind == "boolean":
        if not isinstance(value, bool):
            raise Problem(f"{where} must be a bool (got {show(value)})")
        return value
    if kind == "array":
        if isinstance(value, str | bytes | Mapping) or not isinstance(value, Sequence):
            raise Problem(f"{where} must be a list (got {type(value).__name__}: {show(value)})")
        items = schema.items or Schema()
        return [_convert(item, items, f"{where}[{index}]") for index, item in enumerate(value)]
    if kind == "string":
        return _string(value, schema.format, where)
    return check_sendable(value, where)


def _enum_member(value: Any, enum_type: type[Enum], allowed: tuple[Any, ...], where: str) -> Enum:
    if isinstance(value, enum_type):
        return value  # a member, or an unknown value the caller constructed on purpose
    values = allowed or tuple(member.value for member in enum_type)
    plain = value.value if isinstance(value, Enum) else value
    if isinstance(plain, str | int) and not isinstance(plain, bool) and plain in values:
        return enum_type(plain)
    raise Problem(f"{where} must be one of {', '.join(map(repr, values))} (got {show(value)})")


def _string(value: Any, fmt: str | None, where: str) -> Any:
    if fmt == "date":
        if isinstance(value, dt.datetime):
            raise Problem(f"{where} must be a date, not a datetime (got {show(value)})")
        if isinstance(value, dt.date):
            return value
        return dt.date.fromisoformat(check_format(_text(value, where, "a datetime.date"), fmt, where))
    if fmt == "date-time":
        if isinstance(value, dt.datetime):
            return value
        text = check_format(_text(value, where, "a datetime.datetime"), fmt, where)
        return dt.datetime.fromisoformat(text.replace("z", "Z"))
    if fmt == "uuid":
        if isinstance(value, uuid.UUID):
            return value
        return uuid.UUID(check_format(_text(value, where, "a uuid.UUID"), fmt, where))
    return check_text(value, where)


def _text(value: Any, where: str, expected: str) -> str:
    if not isinstance(value, str):
        raise Problem(f"{where} must be {expected} or its ISO string (got {show(value)})")
    return check_text(value, where)
