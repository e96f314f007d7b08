"""Every ``python`` example of the README passes ``mypy --strict``, as users will copy it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.readme_examples import CONTINUES, examples
from tests.support.spec import REPO_ROOT
from tests.tooling.test_typing import mypy_strict

pytestmark = pytest.mark.slow

README = REPO_ROOT / "README.md"


def _write(folder: Path, readme: Path) -> list[Path]:
    folder.mkdir()
    paths = []
    for number, example in enumerate(examples(readme), 1):
        path = folder / f"readme_line_{example.line}_example_{number}.py"
        path.write_text(example.module(), encoding="utf-8")
        paths.append(path)
    return paths


def test_the_readme_examples_pass_mypy_strict(tmp_path: Path) -> None:
    paths = _write(tmp_path / "examples", README)
    assert len(paths) >= 5
    result = mypy_strict(tmp_path / "examples")
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_wrong_example_is_caught_with_its_readme_line(tmp_path: Path) -> None:
    broken = tmp_path / "README.md"
    text = README.read_text(encoding="utf-8")
    broken.write_text(text.replace("customer_id=999)", 'customer_id="999")', 1), encoding="utf-8")
    _write(tmp_path / "examples", broken)
    result = mypy_strict(tmp_path / "examples")
    assert result.returncode != 0
    assert 'Argument "customer_id"' in result.stdout and "readme_line_" in result.stdout


def test_a_continued_block_joins_the_previous_one(tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    readme.write_text(
        f"```python\nx: int = 1\n```\ntext\n{CONTINUES}\n```python\ny: int = x + 1\n```\n"
        "```python\nawait something()\n```\n",
        encoding="utf-8",
    )
    found = examples(readme)
    assert [example.source for example in found[:1]] == ["x: int = 1\n\ny: int = x + 1\n"]
    assert found[1].module().startswith("async def readme_example() -> None:\n    await something()")
