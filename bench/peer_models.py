"""Reference peers for the parsing benchmark: pydantic v2 and msgspec models of a spec schema.

Built at run time from openapi.yaml (recursively: nested objects, arrays, enums, dates), so
they cover exactly the fields our generated models have and follow a spec bump without a
hand edit. Attribute names are the generator's (snake_case), wire names are aliases.
Bench-only: pydantic, msgspec and orjson come from the `bench` extra.
"""

from __future__ import annotations

import datetime
import enum
from collections.abc import Callable, Mapping
from typing import Any

from openapi_python_client.strings import snake_case

from tests.support.spec import load_spec

_SCALARS: dict[str, type] = {"string": str, "integer": int, "number": float, "boolean": bool}
_FORMATS: dict[str, type] = {"date": datetime.date, "date-time": datetime.datetime}

# (attribute, wire name, type, required) -> a model class named `name`
ModelFactory = Callable[[str, list[tuple[str, str, Any, bool]]], type]


class _Builder:
    """Turns spec schemas into classes through one factory, each named schema built once."""

    def __init__(self, factory: ModelFactory) -> None:
        self.spec = load_spec()
        self.factory = factory
        self.built: dict[str, Any] = {}
        self.inline: dict[str, Mapping[str, Any]] = {}  # objects declared in place, named after where they are

    def model(self, name: str) -> Any:
        if name not in self.built:
            schema = self.inline.get(name) or self.spec["components"]["schemas"][name]
            required = set(schema.get("required", ()))
            fields = [
                (snake_case(wire), wire, self.type_of(sub, f"{name}{wire[:1].upper()}{wire[1:]}"), wire in required)
                for wire, sub in schema.get("properties", {}).items()
            ]
            self.built[name] = self.factory(name, fields)
        return self.built[name]

    def type_of(self, schema: Mapping[str, Any], where: str) -> Any:
        if "$ref" in schema:
            return self.model(schema["$ref"].rsplit("/", 1)[-1])
        kind = schema.get("type", "object")
        if "enum" in schema:
            return enum.StrEnum(where, {str(value): value for value in schema["enum"]})
        if kind == "array":
            return list[self.type_of(schema.get("items", {}), where + "Item")]  # type: ignore[misc]
        if kind == "object":
            if "properties" in schema:
                self.inline[where] = schema
                return self.model(where)
            return dict[str, Any]
        return _FORMATS.get(schema.get("format", ""), _SCALARS.get(kind, Any))


def pydantic_model(schema_name: str) -> Any:
    """A pydantic v2 BaseModel of the schema (extra keys ignored, pydantic's default)."""
    import pydantic

    def factory(name: str, fields: list[tuple[str, str, Any, bool]]) -> type:
        definitions: dict[str, Any] = {
            attribute: (kind, pydantic.Field(alias=wire))
            if required
            else (kind | None, pydantic.Field(None, alias=wire))
            for attribute, wire, kind, required in fields
        }
        model: type = pydantic.create_model(name, **definitions)
        return model

    return _Builder(factory).model(schema_name)


def msgspec_struct(schema_name: str) -> Any:
    """A msgspec Struct of the schema (renamed to the wire names, unknown keys ignored)."""
    import msgspec

    def factory(name: str, fields: list[tuple[str, str, Any, bool]]) -> type:
        definitions = [
            (attribute, kind, msgspec.field(name=wire))
            if required
            else (attribute, kind | None, msgspec.field(name=wire, default=None))
            for attribute, wire, kind, required in fields
        ]
        struct: type = msgspec.defstruct(name, definitions, kw_only=True)
        return struct

    return _Builder(factory).model(schema_name)
