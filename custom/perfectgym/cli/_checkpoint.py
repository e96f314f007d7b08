"""The export's checkpoint file (FILE + ".checkpoint"): which export it is, where to resume, how much of FILE counts.

``size`` is the length of FILE that holds exactly ``rows`` records: a resumed export cuts
FILE back to it, so a page written but not yet checkpointed (the process was killed between
the two) is written once, not twice. The file is replaced atomically (a temp file, fsync,
``os.replace``), so it is always the old state or the new one.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import attrs

from perfectgym.cli._outcome import CliError

__all__ = ["ExportState", "checkpoint_path", "load_state", "save_state"]

_FORMAT = "perfectgym-export/1"


@attrs.frozen
class ExportState:
    """What is exported (``what``: export, studio, base URL, format, FILE) and how far it got."""

    what: dict[str, str]
    position: str | None = None
    """The iterator's ``page_checkpoint`` after the last saved page (None: from the start)."""
    rows: int = 0
    size: int = 0


def checkpoint_path(out: Path) -> Path:
    return out.with_name(out.name + ".checkpoint")


def load_state(path: Path) -> ExportState | None:
    """The saved state, None when there is none; CliError for a file this CLI did not write."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise CliError(f"cannot read checkpoint {path}: {getattr(exc, 'strerror', None) or exc}") from exc
    try:
        data: Any = json.loads(text)
        if not isinstance(data, dict) or data.get("format") != _FORMAT:
            raise ValueError("not an export checkpoint")
        state = ExportState(data["what"], data["position"], data["rows"], data["size"])
        _check_types(state)
    except (ValueError, KeyError, TypeError) as exc:
        raise CliError(f"{path} is not a checkpoint of perfectgym export ({exc}); remove it to start over") from exc
    return state


def _check_types(state: ExportState) -> None:
    if not isinstance(state.what, dict) or not all(isinstance(v, str) for v in state.what.values()):
        raise TypeError("'what' must map names to strings")
    if state.position is not None and not isinstance(state.position, str):
        raise TypeError("'position' must be a string or null")
    for name in ("rows", "size"):
        value = getattr(state, name)
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise TypeError(f"{name!r} must be a non-negative integer")


def save_state(path: Path, state: ExportState) -> None:
    """Replace the checkpoint atomically and durably; CliError if it cannot be written."""
    data = {"format": _FORMAT, **attrs.asdict(state)}
    temporary = path.with_name(path.name + ".tmp")
    try:
        with open(temporary, "w", encoding="utf-8") as file:
            json.dump(data, file, indent=1)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
        _fsync_directory(path.parent)
    except OSError as exc:
        raise CliError(f"cannot write checkpoint {path}: {exc.strerror or exc}") from exc


def _fsync_directory(directory: Path) -> None:
    """Make the rename itself durable (POSIX); a no-op where directories cannot be opened."""
    try:
        descriptor = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
