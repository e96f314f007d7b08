"""``perfectgym export customers``: every customer of every status into FILE, page by page, resumably.

Per page: write its rows, flush and fsync FILE, then replace the checkpoint (see
``_checkpoint``). Memory stays one page whatever the studio's size. Rerunning the same
command after Ctrl-C, a crash or an API error continues after the last saved page, and
FILE ends with every listed customer exactly once.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

import attrs

from perfectgym.cli._checkpoint import ExportState, checkpoint_path, load_state, save_state
from perfectgym.cli._outcome import CliError
from perfectgym.cli._rows import RowFormat

__all__ = ["ExportJob", "export_customers"]


@attrs.frozen
class ExportJob:
    studio_id: str
    base_url: str
    format: str
    out: Path
    overwrite: bool = False
    columns: tuple[str, ...] = ()
    """CSV's columns (the model's fields): rows of another SDK version's model would not fit the header."""

    @property
    def what(self) -> dict[str, str]:
        """What a checkpoint must match to be continued by this job."""
        what = {
            "export": "customers",
            "studio": self.studio_id,
            "base_url": self.base_url,
            "format": self.format,
            "file": str(self.out.resolve()),
        }
        if self.columns:
            what["columns"] = hashlib.sha256("\n".join(self.columns).encode()).hexdigest()[:12]
        return what


def _start(job: ExportJob, size: int) -> ExportState:
    """The state to continue from: the checkpoint's, or a fresh one; refuses what would lose or mix data.

    `size` is FILE's current length (0 when this run created it).
    """
    path = checkpoint_path(job.out)
    state = None if job.overwrite else load_state(path)
    if state is None:
        if size > 0 and not job.overwrite:
            raise CliError(
                f"{job.out} exists and has no checkpoint {path.name}, so it is not an unfinished export; "
                "pass --overwrite to replace it"
            )
        state = ExportState(job.what)
        save_state(path, state)
        return state
    differing = {key for key in state.what.keys() | job.what.keys() if state.what.get(key) != job.what.get(key)}
    if differing == {"columns"}:
        raise CliError(
            f"{path} was written with other CSV columns (another SDK version's Customer fields), so rows "
            "would not fit the header; pass --overwrite to start over"
        )
    if state.what != job.what:
        theirs = ", ".join(f"{k}={v}" for k, v in state.what.items() if job.what.get(k) != v)
        raise CliError(
            f"{path} belongs to another export ({theirs}); rerun that one, or pass --overwrite to start this one over"
        )
    if size < state.size:
        raise CliError(
            f"{job.out} is shorter ({size} bytes) than its checkpoint records ({state.size}): it changed since; "
            "pass --overwrite to start over"
        )
    return state


def _open_locked(out: Path) -> IO[bytes]:
    """FILE for writing, created if missing, never truncated here; only one export may hold it."""
    if out.is_dir():
        raise CliError(f"cannot write {out}: it is a directory")
    try:
        file = os.fdopen(os.open(out, os.O_RDWR | os.O_CREAT, 0o644), "r+b")
    except OSError as exc:
        raise CliError(f"cannot write {out}: {exc.strerror or exc}") from exc
    try:
        import fcntl  # POSIX; elsewhere two exports of one FILE are not prevented
    except ImportError:
        return file
    try:
        fcntl.flock(file.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        file.close()
        raise CliError(f"another export is writing {out} right now") from exc
    return file


def _append(file: IO[bytes], data: bytes, out: Path) -> int:
    try:
        file.write(data)
        file.flush()
        os.fsync(file.fileno())
    except OSError as exc:
        raise CliError(f"cannot write {out}: {exc.strerror or exc}") from exc
    return file.tell()


def _prepare(job: ExportJob) -> tuple[IO[bytes], ExportState, bool]:
    """FILE locked and cut back to the checkpoint's size (dropping a page written after it), the state, and
    whether this run created FILE."""
    existed = job.out.exists()
    file = _open_locked(job.out)
    try:
        state = _start(job, os.fstat(file.fileno()).st_size)
        file.truncate(state.size)
        file.seek(state.size)
    except BaseException:
        if not existed:
            job.out.unlink(missing_ok=True)  # refused: leave no empty FILE behind (while its lock is still held)
        file.close()
        raise
    return file, state, not existed


async def export_customers(
    client: Any,
    job: ExportJob,
    rows: RowFormat,
    *,
    on_start: Callable[[int], None],
    on_page: Callable[[int, str], None],
    slice_size: int | None = None,
) -> int:
    """Export; returns the number of rows in FILE. ``on_page(rows, status)`` after each saved page.

    The checkpoint file is removed once FILE is complete. A run that created FILE and fails
    (or is stopped) before saving its first page removes FILE and the checkpoint again: there
    is nothing to resume, and a leftover would hold the next run to this one's format.
    """
    client.customers.iter_all_customers(slice_size=slice_size)  # its arguments checked before FILE is touched
    file, state, created = _prepare(job)
    path = checkpoint_path(job.out)
    with file:  # the checkpoint is removed (done, or nothing to resume) while FILE's lock is still held
        try:
            pages = client.customers.iter_all_customers(slice_size=slice_size, start_offset=state.position)
            on_start(state.rows)
            if state.size == 0 and (header := rows.header()):
                state = attrs.evolve(state, size=_append(file, header, job.out))
                save_state(path, state)
            async for page in pages.pages():
                records = page.result
                data = rows.encode(records)  # before any write: a record that cannot be encoded leaves FILE as it was
                size = _append(file, data, job.out)
                state = attrs.evolve(state, position=pages.page_checkpoint, rows=state.rows + len(records), size=size)
                save_state(path, state)
                on_page(len(records), pages.segment)
            path.unlink()
        except BaseException:
            if created and state.position is None:  # still holding FILE's lock: no rival export is writing it
                path.unlink(missing_ok=True)
                job.out.unlink(missing_ok=True)
            raise
    return state.rows
