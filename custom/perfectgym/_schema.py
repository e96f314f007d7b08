"""The spec's shapes of parameters and request bodies, as data the layer checks calls against.

Instances are written by ``tools/generate_layer.py`` into ``_generated_resources.py`` from
openapi.yaml (``$ref`` kept as a name, so recursive schemas stay finite); nothing here
names a field, a type or an enum value of the API.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import Enum
from importlib import import_module
from typing import Any

import attrs

__all__ = ["Parameter", "RequestBody", "Schema"]


def _names(values: Iterable[str]) -> frozenset[str]:
    return frozenset(values)


@attrs.frozen(eq=False)
class Schema:
    """One OpenAPI schema, reduced to what is checked before sending.

    ``kind`` is the spec's ``type`` (None: any JSON value); ``ref`` names a schema in the
    body's definitions. ``additional`` is the spec's ``additionalProperties``: None when the
    spec says nothing (unknown keys are then refused, to catch typos), True for any extra
    key, or the schema of their values.
    """

    kind: str | None = None
    format: str | None = None
    enum: tuple[Any, ...] = ()
    nullable: bool = False
    items: Schema | None = None
    properties: Mapping[str, Schema] = attrs.field(factory=dict)
    required: frozenset[str] = attrs.field(default=frozenset(), converter=_names)
    additional: Schema | bool | None = None
    ref: str | None = None
    enum_name: str | None = None
    """The name in ``perfectgym_client.models`` of a parameter's generated enum class."""

    @property
    def enum_type(self) -> type[Enum] | None:
        """The generated enum class of a parameter, so a plain string can be turned into its member.

        Named rather than held, so that the schema tables load no model module until a call needs one.
        """
        if self.enum_name is None:
            return None
        # import_module, not sys.modules: it waits for a package another thread is still importing
        enum_type: type[Enum] = getattr(import_module("perfectgym_client.models"), self.enum_name)
        return enum_type


@attrs.frozen(eq=False)
class Parameter:
    """A path, query, header or cookie parameter, by the generated function's keyword name."""

    python_name: str
    name: str
    location: str
    schema: Schema
    required: bool = False


@attrs.frozen(eq=False)
class RequestBody:
    """An operation's request body: its schema, the named schemas it refers to, and its file fields."""

    schema: Schema
    definitions: Mapping[str, Schema] = attrs.field(factory=dict, repr=False)
    multipart: bool = False
    file_fields: Mapping[str, str] = attrs.field(factory=dict)
    """Multipart file parts: API field name -> attribute of the generated body model."""
