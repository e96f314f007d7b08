"""``--param name=value`` strings turned into an operation's keyword arguments, by its own parameter schemas.

A value is only parsed into the JSON type its schema names (integer, number, boolean,
array items); anything it does not parse as is passed on unchanged, so the SDK's own check
refuses it with its usual InvalidRequestError message ("customer_id must be an int ...").
Dates, enums and UUIDs stay strings: the SDK accepts the API's own spelling of those.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from perfectgym._errors import InvalidRequestError
from perfectgym._operation import Operation
from perfectgym._schema import Parameter, Schema

__all__ = ["parse_params"]

_INTEGER = re.compile(r"-?[0-9]+")
_BOOLEANS = {"true": True, "false": False}


def parse_params(operation: Operation, pairs: Iterable[str]) -> dict[str, Any]:
    """``["customerId=1", ...]`` -> ``{"customer_id": 1}``; names are the spec's or the Python ones.

    Refuses (InvalidRequestError) a pair without ``=``, an unknown name (with the close match),
    a name given twice for a non-array parameter, and a missing required parameter.
    """
    by_name = {p.name: p for p in operation.parameters} | {p.python_name: p for p in operation.parameters}
    arguments: dict[str, Any] = {}
    for pair in pairs:
        name, separator, text = pair.partition("=")
        if not separator:
            raise _refused(operation, f"--param must be NAME=VALUE (got {pair!r})")
        parameter = by_name.get(name)
        if parameter is None:
            raise _refused(operation, f"unknown parameter {_with_hint(name, operation.parameters)}")
        key = parameter.python_name
        if parameter.schema.kind == "array":  # repeated: --param ids=1 --param ids=2
            arguments.setdefault(key, []).append(_convert(text, parameter.schema.items or Schema()))
        elif key in arguments:
            raise _refused(operation, f"parameter {parameter.name!r} given twice")
        else:
            arguments[key] = _convert(text, parameter.schema)
    missing = [p.name for p in operation.parameters if p.required and p.python_name not in arguments]
    if missing:
        raise _refused(operation, f"missing required parameter {', '.join(map(repr, missing))} (--param NAME=VALUE)")
    return arguments


def _convert(text: str, schema: Schema) -> Any:
    kind = "integer" if schema.enum and all(isinstance(v, int) for v in schema.enum) else schema.kind
    if kind == "integer" and _INTEGER.fullmatch(text):
        try:
            return int(text)
        except ValueError:  # past Python's digit limit: no parameter is that large; the SDK refuses the text
            return text
    if kind == "number":
        try:
            return float(text)
        except ValueError:
            return text
    if kind == "boolean":
        return _BOOLEANS.get(text.lower(), text)
    return text


def _with_hint(name: str, parameters: Iterable[Parameter]) -> str:
    import difflib

    parameters = list(parameters)
    names = [p.name for p in parameters]
    by_lower = {p.name.lower(): p.name for p in parameters} | {p.python_name.lower(): p.name for p in parameters}
    close = by_lower.get(name.lower().replace("-", "_")) or next(
        iter(difflib.get_close_matches(name, names + [p.python_name for p in parameters], n=1)), None
    )
    hint = f" (did you mean {close!r}?)" if close else ""
    known = ", ".join(names) or "none"
    return f"{name!r}{hint}; this operation takes: {known}"


def _refused(operation: Operation, problem: str) -> InvalidRequestError:
    return InvalidRequestError(f"{operation.operation_id}: {problem}")
