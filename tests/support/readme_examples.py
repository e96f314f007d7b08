"""The README's ``python`` blocks as modules mypy can check, so the examples users copy keep type-checking.

A block is a module of its own, unless the line before its fence is ``<!-- continues -->``:
then it is appended to the previous block (a worker that uses the receiver defined above it).
A block with top-level ``await`` / ``async with`` / ``async for`` (a notebook-style snippet)
becomes the body of an ``async def``, which is how it runs in a real program.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from pathlib import Path

CONTINUES = "<!-- continues -->"


@dataclass(frozen=True)
class Example:
    """One checkable example: where its first block starts in the README, and its source."""

    line: int
    source: str

    def module(self) -> str:
        try:
            compile(self.source, "<readme>", "exec", dont_inherit=True)  # ast.parse accepts top-level await
        except SyntaxError:  # top-level async: run it the way a program would
            return "async def readme_example() -> None:\n" + textwrap.indent(self.source, "    ")
        return self.source


def examples(readme: Path) -> list[Example]:
    found: list[Example] = []
    lines = readme.read_text(encoding="utf-8").splitlines()
    index = 0
    while index < len(lines):
        if lines[index].strip() != "```python":
            index += 1
            continue
        end = next(i for i in range(index + 1, len(lines)) if lines[i].strip() == "```")
        source = "\n".join(lines[index + 1 : end]) + "\n"
        if index > 0 and lines[index - 1].strip() == CONTINUES and found:
            previous = found.pop()
            found.append(Example(previous.line, previous.source + "\n" + source))
        else:
            found.append(Example(index + 2, source))
        index = end + 1
    return found
