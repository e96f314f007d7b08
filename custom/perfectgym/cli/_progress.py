"""The export's progress bar on stderr: records so far, records per second, and an ETA only when a total is known."""

from __future__ import annotations

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

__all__ = ["progress_bar"]


class RateColumn(ProgressColumn):
    """``1,234 customers/s`` over this run (a resumed export's earlier rows do not count)."""

    def __init__(self, unit: str) -> None:
        super().__init__()
        self._unit = unit

    def render(self, task: Task) -> Text:
        speed = task.speed
        return Text(f"{speed:,.0f} {self._unit}/s" if speed is not None else f"- {self._unit}/s")


def progress_bar(unit: str, *, total: int | None) -> Progress:
    """A bar with rate and ETA for a known total; without one, a count with rate and elapsed time."""
    console = Console(stderr=True)
    if total is not None:
        return Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            RateColumn(unit),
            TimeRemainingColumn(),
            console=console,
        )
    return Progress(
        TextColumn("{task.description}"),
        TextColumn("{task.completed:,.0f} " + unit),
        RateColumn(unit),
        TimeElapsedColumn(),
        console=console,
    )
