"""The export command's wiring: studio client, row format, progress bar, signals, and the resume hint on failure."""

from __future__ import annotations

import asyncio
import contextlib
import signal
from collections.abc import Callable
from pathlib import Path

from perfectgym._errors import InvalidRequestError, PerfectGymError
from perfectgym.cli._checkpoint import checkpoint_path
from perfectgym.cli._config import load_registry
from perfectgym.cli._export import ExportJob, export_customers
from perfectgym.cli._outcome import EXIT_INTERRUPTED, EXIT_OK, CliError, failure
from perfectgym.cli._progress import progress_bar
from perfectgym.cli._rows import model_columns, row_format

__all__ = ["run_export"]


async def run_export(
    *,
    config: Path | None,
    studio: str,
    format: str,
    out: Path,
    overwrite: bool,
    slice_size: int | None,
    warn: Callable[[str], None],
) -> int:
    """Export every customer; on Ctrl-C, SIGTERM or an API failure, say how to resume (the same command)."""
    from perfectgym_client.models import Customer

    _cancel_on_sigterm()
    async with load_registry(config) as registry:
        client = registry.client(studio)
        columns = tuple(model_columns(Customer)) if format == "csv" else ()
        job = ExportJob(studio, client.base_url, format, out, overwrite, columns)
        rows = row_format(format, Customer, lambda name: warn(f"warning: field {name!r} is not in the spec; no column"))
        written: list[int] = []  # set once FILE and its checkpoint are in place

        def resume_hint() -> str:
            return f"{written[0]} customers saved in {out}; rerun the same command to resume"

        bar = progress_bar("customers", total=None)  # shown once FILE and its checkpoint are in place
        task = bar.add_task("customers", total=None)

        def on_start(rows_so_far: int) -> None:
            written.append(rows_so_far)
            bar.update(task, completed=rows_so_far)
            bar.start()

        def on_page(count: int, status: str) -> None:
            written[0] += count
            bar.update(task, advance=count, description=f"customers ({status})")

        try:
            total = await export_customers(client, job, rows, on_start=on_start, on_page=on_page, slice_size=slice_size)
        except asyncio.CancelledError:
            if not written or not checkpoint_path(out).exists():
                raise CliError(
                    "interrupted before the first page was saved: nothing to resume", EXIT_INTERRUPTED
                ) from None
            raise CliError(f"interrupted: {resume_hint()}", EXIT_INTERRUPTED) from None
        except InvalidRequestError as exc:  # the checkpoint file's position, refused by iter_all_customers
            if "start_offset" not in str(exc):
                raise
            why = str(exc).removesuffix("; start again without start_offset")
            raise CliError(f"{checkpoint_path(out)} cannot be resumed: {why}; pass --overwrite to start over") from exc
        except PerfectGymError as exc:
            outcome = failure(exc)
            if not written or outcome is None or not checkpoint_path(out).exists():  # nothing to resume
                raise
            code, line = outcome
            raise CliError(f"{line.removeprefix('error: ')}; {resume_hint()}", code) from exc
        finally:
            bar.stop()
    warn(f"{total} customers in {out}")
    return EXIT_OK


def _cancel_on_sigterm() -> None:
    """SIGTERM (a service manager's stop) ends the export as Ctrl-C does: at a page boundary, checkpoint kept."""
    task = asyncio.current_task()
    if task is not None:
        with contextlib.suppress(NotImplementedError, RuntimeError):  # no signal handlers in this loop (Windows)
            asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, task.cancel)
