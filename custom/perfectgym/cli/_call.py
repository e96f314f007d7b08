"""``perfectgym call``: any operation by its operationId, through the typed client's public methods.

The call goes through ``client.<tag>.with_raw_response.<method>`` (the generated form, also
for methods the layer overrides), so arguments and bodies get exactly the checks and
errors of the SDK, and nothing is sent before they pass.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from perfectgym._errors import InvalidRequestError
from perfectgym._generated_resources import OPERATIONS
from perfectgym._operation import Operation
from perfectgym._secrets import redact_secret
from perfectgym.cli._outcome import CliError
from perfectgym.cli._terminal import terminal_safe
from perfectgym_client.types import strict_json

__all__ = ["find_operation", "invoke", "read_body", "to_json"]


def find_operation(operation_id: str) -> Operation:
    """The spec's operation; an unknown id is refused with the close match."""
    operation = OPERATIONS.get(operation_id)
    if operation is not None:
        return operation
    import difflib

    by_lower = {name.lower(): name for name in OPERATIONS}
    close = by_lower.get(operation_id.lower()) or next(
        iter(difflib.get_close_matches(operation_id, OPERATIONS, n=1)), None
    )
    hint = f" (did you mean {close!r}?)" if close else ""
    raise CliError(f"unknown operationId {operation_id!r}{hint}; the spec has {len(OPERATIONS)} operations")


def read_body(source: str) -> Any:
    """The JSON body from a file, or from stdin for ``-``."""
    where = "stdin" if source == "-" else f"body file {source}"
    try:
        text = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CliError(f"cannot read {where}: {getattr(exc, 'strerror', None) or exc}") from exc
    try:
        return json.loads(text)
    except ValueError as exc:
        raise CliError(f"{where} is not valid JSON: {exc}") from exc
    except RecursionError as exc:
        raise CliError(f"{where} is nested too deeply to read") from exc


async def invoke(client: Any, operation: Operation, arguments: dict[str, Any]) -> Any:
    """Call the operation's generated method; the parsed result (a model, a list, or None)."""
    if "body" in arguments and operation.body is None:
        raise InvalidRequestError(f"{operation.operation_id}: this operation takes no request body (drop --body)")
    if operation.body is not None and "body" not in arguments and _body_required(client, operation):
        raise InvalidRequestError(f"{operation.operation_id}: a request body is required (--body FILE, or - for stdin)")
    response = await _method(client, operation)(**arguments)
    return response.parsed


def _method(client: Any, operation: Operation) -> Any:
    # the generated method is named after the generated module, the generator's own snake_case of the operationId
    return getattr(getattr(client, operation.tag).with_raw_response, operation.module_name.rpartition(".")[2])


def _body_required(client: Any, operation: Operation) -> bool:
    import inspect

    body = inspect.signature(_method(client, operation)).parameters.get("body")
    return body is not None and body.default is inspect.Parameter.empty


def to_json(result: Any, secret: str = "") -> str:
    """The result as JSON text with the API's field names (``to_dict()``); ``null`` for an empty body.

    Non-ASCII text stays readable; characters that would reorder or hide text are escaped, and
    `secret` (the studio's key), should the body echo it, is redacted.
    """
    text = strict_json(_plain(result), indent=2, ensure_ascii=False)  # valid JSON whatever the server sent
    return terminal_safe(redact_secret(text, secret))


def _plain(value: Any) -> Any:
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value
