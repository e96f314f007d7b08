"""File parts of multipart bodies: whatever a caller holds becomes a named, typed file part.

httpx sends a part as a file only when it has a filename; without one, an upload arrives
as a plain text field. So every file field gets a filename (the caller's, the path's or
file object's name, else the field name) and a content type (the caller's, a guess from
the filename, else ``application/octet-stream``). Paths and file objects are read at call
time (a model's ``File`` payload too), so a retry sends the same bytes and a pipe works.
"""

from __future__ import annotations

import io
import mimetypes
import os
import re
from pathlib import PurePath
from typing import Any

import attrs

from perfectgym._value_checks import Problem, check_text, show
from perfectgym_client.types import File

__all__ = ["DEFAULT_CONTENT_TYPE", "to_file"]

DEFAULT_CONTENT_TYPE = "application/octet-stream"
# type/subtype[; parameters], printable ASCII only: the value becomes a header line of the part.
_CONTENT_TYPE = re.compile(r"[A-Za-z0-9][\w!#$&^.+-]*/[\w!#$&^.+-]+( *;[ -~]*)?")
_ACCEPTED = "bytes, a pathlib.Path, a binary file object or a (filename, content, content type) tuple"


def to_file(value: Any, field: str, where: str) -> File:
    """`value` as a File with content, filename and content type; raise Problem if it is none of ``_ACCEPTED``."""
    if isinstance(value, File):  # read now as well: a pipe cannot be re-read by a retry, nor seeked by httpx
        if isinstance(value.payload, io.TextIOBase | str):
            raise Problem(f"{where} must hold bytes or a binary file, not text (got {show(value.payload)})")
        data, found_name = _read(value.payload, where)
        payload = io.BytesIO(data)
        return _complete(
            File(payload=payload, file_name=value.file_name or found_name, mime_type=value.mime_type), field, where
        )
    filename: Any = None
    content_type: Any = None
    content = value
    if isinstance(value, tuple):
        if len(value) not in (2, 3):
            raise Problem(f"{where} must be {_ACCEPTED} (got a tuple of {len(value)} items)")
        filename, content, *rest = value
        content_type = rest[0] if rest else None
    data, found_name = _read(content, where)
    return _complete(
        File(payload=io.BytesIO(data), file_name=filename or found_name, mime_type=content_type), field, where
    )


def _read(content: Any, where: str) -> tuple[bytes, str | None]:
    """The bytes to upload and the name they came with (a path's or a file object's)."""
    if isinstance(content, bytes | bytearray | memoryview):
        return bytes(content), None
    if isinstance(content, PurePath):
        try:
            with open(content, "rb") as handle:  # a PurePath has no read_bytes()
                return handle.read(), content.name
        except OSError as exc:
            raise Problem(f"{where}: cannot read {str(content)!r}: {exc.strerror or exc}") from exc
    if isinstance(content, io.TextIOBase):
        raise Problem(f"{where} is a file opened in text mode; open it with 'rb' (got {show(content)})")
    read = getattr(content, "read", None)
    if callable(read):
        try:
            data = read()
        except Exception as exc:  # OSError, ValueError for a closed file, or whatever a custom read() raises
            raise Problem(f"{where}: cannot read the file object {show(content)}: {type(exc).__name__}: {exc}") from exc
        if not isinstance(data, bytes):
            raise Problem(f"{where} must be a binary file object; read() returned {type(data).__name__}")
        name = getattr(content, "name", None)
        return data, os.path.basename(name) if isinstance(name, str) else None
    hint = "; for a file on disk pass pathlib.Path(...)" if isinstance(content, str) else ""
    raise Problem(f"{where} must be {_ACCEPTED} (got {type(content).__name__}: {show(content)}){hint}")


def _complete(file: File, field: str, where: str) -> File:
    """The file with a filename and a content type, both safe to write into the part's headers."""
    payload: Any = file.payload
    if isinstance(payload, io.TextIOBase | str):
        raise Problem(f"{where} must hold bytes or a binary file, not text (got {show(payload)})")
    if not isinstance(payload, bytes | bytearray) and not callable(getattr(payload, "read", None)):
        raise Problem(f"{where} must hold bytes or a binary file object (got {type(payload).__name__})")
    filename = file.file_name or field
    check_text(filename, f"{where} filename")
    content_type = file.mime_type or mimetypes.guess_type(filename)[0] or DEFAULT_CONTENT_TYPE
    if not isinstance(content_type, str) or not _CONTENT_TYPE.fullmatch(content_type):
        raise Problem(f"{where} content type must look like 'image/png' (got {show(content_type)})")
    if (filename, content_type) == (file.file_name, file.mime_type):
        return file
    return attrs.evolve(file, file_name=filename, mime_type=content_type)
