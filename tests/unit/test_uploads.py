"""Multipart uploads: a random boundary, and every file field sent as a named file part whatever the caller holds.

The multipart operations and their file fields are found in openapi.yaml; the sent body is
parsed the way a server would (the stdlib email parser) and the file bytes compared exactly.
"""

from __future__ import annotations

import email.policy
import io
import pathlib
from collections.abc import Callable, Mapping
from email.message import EmailMessage
from typing import Any

import httpx
import pytest

import perfectgym
from perfectgym import InvalidRequestError
from perfectgym_client.types import File
from tests.contract.arguments import arguments_for
from tests.support.calls import call_operation, mocked_api, raw_method
from tests.support.fakes import make_client
from tests.support.spec import example_for, load_spec
from tools.spec_changes import collect_operations, resolve

SPEC = load_spec()
# A payload that ends the part early under the old fixed boundary "+++", plus every byte value.
TRICKY = b'%PDF-1.4\r\n--+++\r\nContent-Disposition: form-data; name="x"\r\n\r\n--+++--\r\n' + bytes(range(256))


def _multipart_operations() -> dict[str, tuple[list[str], dict[str, Any]]]:
    """operationId -> (its file fields, a full example body), for every multipart/form-data body."""
    found: dict[str, tuple[list[str], dict[str, Any]]] = {}
    for operation_id, operation in collect_operations(SPEC).items():
        body = resolve(operation.definition.get("requestBody") or {}, SPEC)
        media = (body.get("content") or {}).get("multipart/form-data")
        if media is not None:
            properties = resolve(media["schema"], SPEC).get("properties") or {}
            files = [n for n, s in properties.items() if resolve(s, SPEC).get("format") == "binary"]
            found[operation_id] = (files, example_for(media["schema"]))
    return found


# Computed at import, so a test that edits the cached spec cannot change them.
MULTIPART = {op: files for op, (files, _) in _multipart_operations().items()}
VALID = {op: arguments_for(op, raw_method(op)) | {"body": body} for op, (_, body) in _multipart_operations().items()}
UPLOAD = next(op for op, files in MULTIPART.items() if files and set(VALID[op]["body"]) == set(files))
FIELD = MULTIPART[UPLOAD][0]


def _parts(request: httpx.Request) -> dict[str, EmailMessage]:
    """The multipart body parsed as a server would: part name -> part."""
    head = f"Content-Type: {request.headers['content-type']}\r\n\r\n".encode()
    message = email.message_from_bytes(head + request.content, policy=email.policy.HTTP)
    assert isinstance(message, EmailMessage) and message.is_multipart() and not message.defects
    return {part.get_param("name", header="content-disposition"): part for part in message.iter_parts()}  # type: ignore[misc]


def _file(part: EmailMessage) -> tuple[str | None, str, bytes]:
    return part.get_filename(), part.get_content_type(), part.get_payload(decode=True)  # type: ignore[return-value]


@pytest.mark.asyncio
@pytest.mark.parametrize("operation_id", sorted(op for op, files in MULTIPART.items() if files))
async def test_file_with_the_old_fixed_boundary_inside_arrives_intact_under_a_random_boundary(
    operation_id: str,
) -> None:
    field = MULTIPART[operation_id][0]
    body = {**VALID[operation_id]["body"], field: TRICKY}
    with mocked_api() as route:
        async with make_client() as client:
            await call_operation(client, operation_id, VALID[operation_id], body=body)
            await call_operation(client, operation_id, VALID[operation_id], body=body)
    first, second = (call.request for call in route.calls)
    boundaries = {r.headers["content-type"].partition("boundary=")[2] for r in (first, second)}
    assert len(boundaries) == 2 and "+++" not in boundaries
    parts = _parts(first)
    assert _file(parts[field]) == (field, "application/octet-stream", TRICKY)
    assert set(parts) == set(body)


@pytest.mark.asyncio
async def test_file_field_takes_bytes_a_path_a_binary_file_or_a_tuple_and_always_sends_a_named_file_part(
    tmp_path: pathlib.Path,
) -> None:
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(TRICKY)
    forms: list[tuple[Any, tuple[str, str]]] = [
        (TRICKY, (FIELD, "application/octet-stream")),
        (scan, ("scan.pdf", "application/pdf")),
        (("photo.png", TRICKY, "image/png"), ("photo.png", "image/png")),
        (("photo.png", TRICKY), ("photo.png", "image/png")),
        ((None, io.BytesIO(TRICKY), None), (FIELD, "application/octet-stream")),
    ]
    with mocked_api() as route:
        async with make_client() as client:
            for value, _ in forms:
                await call_operation(client, UPLOAD, VALID[UPLOAD], body={FIELD: value})
            with scan.open("rb") as handle:
                await call_operation(client, UPLOAD, VALID[UPLOAD], body={FIELD: handle})
    sent = [_file(_parts(call.request)[FIELD]) for call in route.calls]
    expected = [(*name_and_type, TRICKY) for _, name_and_type in forms] + [("scan.pdf", "application/pdf", TRICKY)]
    assert sent == expected


@pytest.mark.asyncio
async def test_model_file_without_a_name_or_type_goes_out_as_a_named_file_part_and_the_model_is_left_as_is() -> None:
    model_class = perfectgym.OPERATIONS[UPLOAD].body_model
    attribute = perfectgym.OPERATIONS[UPLOAD].body.file_fields[FIELD]  # type: ignore[union-attr]
    model = model_class(**{attribute: File(payload=io.BytesIO(TRICKY))})
    with mocked_api() as route:
        async with make_client() as client:
            await call_operation(client, UPLOAD, VALID[UPLOAD], body=model)
    assert _file(_parts(route.calls.last.request)[FIELD]) == (FIELD, "application/octet-stream", TRICKY)
    assert getattr(model, attribute).file_name is None


BAD_FILES: list[tuple[Callable[[pathlib.Path], Any], str]] = [
    (lambda tmp: tmp / "missing.png", "cannot read"),
    (lambda tmp: "scan.pdf", "pass pathlib.Path"),
    (lambda tmp: (tmp / "text.txt").open("w"), "text mode"),
    (lambda tmp: ("a.png", TRICKY, "image/png\r\nX-Injected: 1"), "content type must look like"),
    (lambda tmp: ("a\ud800.png", TRICKY, None), "not valid Unicode"),
    (lambda tmp: ("a.png", TRICKY, None, {"X": "1"}), "tuple of 4 items"),
    (lambda tmp: 42, "must be bytes, a pathlib.Path"),
]


@pytest.mark.asyncio
@pytest.mark.parametrize(("make", "problem"), BAD_FILES)
async def test_file_that_cannot_be_sent_is_refused_before_any_request(
    make: Callable[[pathlib.Path], Any], problem: str, tmp_path: pathlib.Path
) -> None:
    value = make(tmp_path)
    with mocked_api() as route:
        async with make_client() as client:
            with pytest.raises(InvalidRequestError, match=problem) as info:
                await call_operation(client, UPLOAD, VALID[UPLOAD], body={FIELD: value})
    if isinstance(value, io.IOBase):
        value.close()
    assert str(info.value).startswith(f"{UPLOAD}: body.{FIELD}")
    assert not route.called


@pytest.mark.asyncio
async def test_json_part_of_a_multipart_body_is_checked_against_its_schema() -> None:
    operation_id, field = next(
        (op, name) for op in MULTIPART for name, value in VALID[op]["body"].items() if isinstance(value, Mapping)
    )
    body = {**VALID[operation_id]["body"], field: {**VALID[operation_id]["body"][field], "zzUnknown": 1}}
    with mocked_api() as route:
        async with make_client() as client:
            with pytest.raises(InvalidRequestError, match=f"body.{field} has an unknown field 'zzUnknown'"):
                await call_operation(client, operation_id, VALID[operation_id], body=body)
    assert not route.called
