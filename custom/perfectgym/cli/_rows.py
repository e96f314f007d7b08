"""Records as bytes for the export file: JSON Lines, or CSV with one header taken from the model's fields.

Each page becomes one block of bytes, so the exporter can write it, fsync it and only then
move its checkpoint. Output is always valid UTF-8: a server's lone surrogate is escaped
(``\\ud800`` in JSON, ``\\udc80`` in CSV) instead of failing the export.
"""

from __future__ import annotations

import csv
import inspect
import io
from collections.abc import Callable, Sequence
from typing import Any, Protocol

import attrs

from perfectgym_client.types import strict_json

__all__ = ["FORMATS", "RowFormat", "model_columns", "row_format"]

_MAX_REPORTED = 50  # field names warned about at most, per export run

FORMATS = ("jsonl", "csv")


class RowFormat(Protocol):
    def header(self) -> bytes: ...

    def encode(self, records: Sequence[Any]) -> bytes: ...


def model_columns(model: type) -> list[str]:
    """The API's field names of a generated model, in the spec's order (its lazy fields' wire names)."""
    columns = []
    for field in attrs.fields(model):
        if field.name == "additional_properties":
            continue
        wire_name = getattr(inspect.getattr_static(model, field.name, None), "wire_name", None)
        columns.append(wire_name if isinstance(wire_name, str) else field.name)
    return columns


class JsonLines:
    """One compact JSON object per record (``to_dict()``: the API's names, unknown fields kept)."""

    def header(self) -> bytes:
        return b""

    def encode(self, records: Sequence[Any]) -> bytes:
        # strict_json: a NaN a lenient server sent is written as null, so every line is JSON
        return "".join(strict_json(r.to_dict(), separators=(",", ":")) + "\n" for r in records).encode("ascii")


class Csv:
    """One column per model field; nested values as JSON text, booleans as ``true``/``false``, absent as empty.

    A field the model does not know (a newer API's) has no column; ``on_unknown`` hears each such name once.
    """

    def __init__(self, columns: list[str], on_unknown: Callable[[str], None]) -> None:
        self._columns = columns
        self._known = set(columns)
        self._reported: set[str] = set()
        self._on_unknown = on_unknown

    def header(self) -> bytes:
        return self._lines([self._columns])

    def encode(self, records: Sequence[Any]) -> bytes:
        rows = []
        for record in records:
            values = record.to_dict()  # a field the spec's type cannot read: as received
            for name in sorted(values.keys() - self._known - self._reported):
                if len(self._reported) >= _MAX_REPORTED:
                    break  # a server inventing a name per record: warned about enough, memory bounded
                self._reported.add(name)
                self._on_unknown(name if len(self._reported) < _MAX_REPORTED else f"{name} (and no more warnings)")
            rows.append([_cell(values.get(name)) for name in self._columns])
        return self._lines(rows)

    @staticmethod
    def _lines(rows: list[list[str]]) -> bytes:
        text = io.StringIO()
        csv.writer(text, lineterminator="\n").writerows(rows)
        return text.getvalue().encode("utf-8", errors="backslashreplace")


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return strict_json(value, separators=(",", ":"))  # numbers, booleans, lists and objects as JSON


def row_format(name: str, model: type, on_unknown: Callable[[str], None]) -> RowFormat:
    if name == "csv":
        return Csv(model_columns(model), on_unknown)
    return JsonLines()
