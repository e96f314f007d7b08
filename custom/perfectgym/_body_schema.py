"""Request bodies checked against the spec's schema: a tiny validator for what openapi.yaml uses.

Types (an integer is never a bool), the date, date-time and uuid formats, enum values,
required properties, nested objects and arrays, ``nullable``, and unknown keys (refused
with a suggestion, since an unknown key is usually a typo that the API would silently
ignore). ``None`` in an optional property means "not given", as ``UNSET`` does.

A caller's mapping is checked ``strict``ly. A generated model instance is checked through
its ``to_dict()`` leniently: its enum members may be unknown values a caller constructed
on purpose, and its ``additional_properties`` are the escape hatch for fields the spec
does not know yet, so they are only checked for being sendable JSON.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from enum import Enum
from typing import Any, ClassVar

import attrs

from perfectgym._schema import Schema
from perfectgym._uploads import to_file
from perfectgym._value_checks import (
    Problem,
    check_format,
    check_int,
    check_number,
    check_sendable,
    check_text,
    show,
)
from perfectgym_client.types import read_every_field

__all__ = ["BodyChecker", "is_model", "model_json", "suggestion"]

_MAX_LISTED_FIELDS = 12


def is_model(value: object) -> bool:
    """A generated model instance (attrs class with ``to_dict``), not a mapping or a File."""
    return attrs.has(type(value)) and callable(getattr(value, "to_dict", None))


def model_json(model: Any, where: str) -> Any:
    """The model's JSON, with a Problem instead of whatever a field of the wrong Python type raises.

    Every field is read first: ``to_dict()`` alone writes a field of a response model that its
    type cannot read as received, and a body must not go out with one.
    """
    try:
        read_every_field(model)
        return model.to_dict()
    except (TypeError, ValueError, AttributeError, KeyError, OverflowError) as exc:
        raise Problem(f"{where} is not a valid {type(model).__name__}: {exc}") from exc


def _camel(key: str) -> str:
    head, *rest = key.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def _fold(name: str) -> str:
    return re.sub(r"[\W_]", "", name).lower()


def suggestion(key: str, known: list[str]) -> str | None:
    """The declared field a misspelt `key` most likely meant: snake_case -> camelCase first, then difflib."""
    camel = _camel(key)
    if camel in known:
        return camel
    folded = {_fold(name): name for name in known}
    if _fold(key) in folded:  # the same letters, other case or separators: "LAST-NAME", "LastName"
        return folded[_fold(key)]
    import difflib  # only on this error path

    close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
    return close[0] if close else None


@attrs.frozen
class BodyChecker:
    """Checks a JSON-like value against a schema and returns it JSON-ready (tuples as lists, enums as values)."""

    definitions: Mapping[str, Schema]
    strict: bool

    def check(self, value: Any, schema: Schema, where: str) -> Any:
        schema = self.resolve(schema)
        if value is None:
            if schema.nullable or schema.kind is None:
                return None
            raise Problem(f"{where} must not be null")
        if self.strict and is_model(value):  # a nested model inside a mapping: its own (lenient) check
            lenient = BodyChecker(self.definitions, strict=False)
            return lenient.check(model_json(value, where), schema, where)
        check = self._CHECKS.get(schema.kind or "")
        checked = check(self, value, schema, where) if check is not None else check_sendable(value, where)
        if schema.enum:
            self._check_enum(value, checked, schema, where)
        return checked

    def resolve(self, schema: Schema) -> Schema:
        seen = 0
        while schema.ref is not None and seen < 32:
            found = self.definitions.get(schema.ref)
            if found is None:  # a name the generator did not write: leave the value unchecked
                return Schema()
            schema, seen = found, seen + 1
        return schema

    def _check_enum(self, value: Any, checked: Any, schema: Schema, where: str) -> None:
        if not self.strict or checked in schema.enum:
            return
        if isinstance(value, Enum) and getattr(value, "is_unknown", False):
            return  # explicitly constructed, e.g. CardNumberFormat("NEW_VALUE"): the caller's decision
        allowed = ", ".join(repr(v.value if isinstance(v, Enum) else v) for v in schema.enum)
        raise Problem(f"{where} must be one of {allowed} (got {show(value)})")

    def _integer(self, value: Any, schema: Schema, where: str) -> Any:
        return check_int(value, schema.format, where)

    def _number(self, value: Any, schema: Schema, where: str) -> Any:
        return check_number(value, where)

    def _boolean(self, value: Any, schema: Schema, where: str) -> Any:
        if not isinstance(value, bool):
            raise Problem(f"{where} must be a boolean (got {show(value)})")
        return value

    def _string(self, value: Any, schema: Schema, where: str) -> Any:
        if schema.format == "binary":  # a file part of a multipart body
            if not self.strict:
                return value  # a model's File, completed by the operation (see _uploads)
            return to_file(value, re.split(r"[.\[]", where)[-1].rstrip("]") or "file", where)
        if isinstance(value, Enum):
            value = value.value
        return check_format(check_text(value, where), schema.format, where)

    def _array(self, value: Any, schema: Schema, where: str) -> Any:
        if not isinstance(value, list | tuple):
            raise Problem(f"{where} must be an array (list) (got {type(value).__name__}: {show(value)})")
        items = schema.items or Schema()
        return [self.check(item, items, f"{where}[{index}]") for index, item in enumerate(value)]

    def _object(self, value: Any, schema: Schema, where: str) -> Any:
        if not isinstance(value, Mapping):
            raise Problem(f"{where} must be an object (mapping) (got {type(value).__name__}: {show(value)})")
        for key in value:
            if not isinstance(key, str):
                raise Problem(f"{where} has a key that is not a string: {show(key)}")
            check_text(key, f"{where} key")
        declared = schema.properties
        extra_keys = [key for key in value if key not in declared]
        if extra_keys and self.strict and declared and schema.additional in (None, False):
            self._refuse_unknown(extra_keys[0], list(declared), where)
        missing = sorted(schema.required - value.keys())
        if missing:
            raise Problem(f"{where} is missing the required field {missing[0]!r}")
        out: dict[str, Any] = {}
        for key, item in value.items():
            place = f"{where}.{key}"
            if key in declared:
                prop = declared[key]
                if item is None and key not in schema.required and not self.resolve(prop).nullable:
                    continue  # None in an optional field means "not given", as UNSET does
                out[key] = self.check(item, prop, place)
            elif isinstance(schema.additional, Schema):
                out[key] = self.check(item, schema.additional, place)
            else:
                out[key] = check_sendable(item, place)
        return out

    @staticmethod
    def _refuse_unknown(key: str, known: list[str], where: str) -> None:
        guess = suggestion(key, known)
        if guess is not None:
            raise Problem(f"{where} has an unknown field {show(key)} (did you mean {guess!r}?)")
        listed = ", ".join(known[:_MAX_LISTED_FIELDS]) + (", ..." if len(known) > _MAX_LISTED_FIELDS else "")
        raise Problem(
            f"{where} has an unknown field {show(key)}; known fields: {listed}. To send a field the spec "
            "does not know yet, set it on the generated model: model[key] = value"
        )

    _CHECKS: ClassVar[Mapping[str, Callable[[BodyChecker, Any, Schema, str], Any]]] = {
        "integer": _integer,
        "number": _number,
        "boolean": _boolean,
        "string": _string,
        "array": _array,
        "object": _object,
    }
