"""Every operationId our hand-written code names, found in the code itself, checked against a spec.

Why: a spec bump that removes or renames an operation our code names must fail loudly. A
rule keyed by a vanished operationId matches nothing, so it would silently stop applying.
``make generate`` and ``make update-spec`` (on the NEW document, before replacing the old)
run this check and fail naming the operation, each file:line that uses it, and the likely
rename (an operation of the new spec with the same method and path).

The references are discovered, not listed by hand (``ast``, nothing is imported):

- ``@handles("x")``: the local tenant's handlers;
- keys of the dict assigned to ``BODY_RULES``: the domain rules;
- ``OPERATIONS["x"]`` subscripts and ``.configure("x", ...)`` calls (tenant faults; ``"*"`` is every operation);
- methods of a class derived from a generated ``*Resource`` that override an operation's method
  (the customers override), and calls of an operation's method (``.get_customer_by_id``, ``.iter_customers``),
  in the code and in the README's ``python`` examples;
- any other string literal equal to an operationId of the baseline: tests and examples that name operations.

The baseline is what the code was written against: the ``OPERATIONS`` table of the committed
generated layer (read before ``make generate`` rewrites it), plus ``--baseline`` when given.
``REGISTERED`` holds the references discovery cannot see.

    python -m tools.references --spec openapi.yaml [--baseline OLD.yaml] [--root .]
"""

from __future__ import annotations

import argparse
import ast
import difflib
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openapi_python_client.strings import snake_case

from tools.spec_changes import SpecError, collect_operations, parse_spec

SCANNED_DIRS = ("custom", "examples", "tests", "bench")
LAYER = Path("custom/perfectgym/_generated_resources.py")
LAYER_TAGS = Path("custom/perfectgym/_resources")
"""The layer's tag modules: generated too, so they are not references."""
README = "README.md"


@dataclass(frozen=True, order=True)
class Reference:
    """One place where hand-written code names an operation."""

    operation_id: str
    file: str
    line: int
    kind: str

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}"


REGISTERED: tuple[Reference, ...] = ()


def _is_layer_module(module: str | None) -> bool:
    """The generated layer: its core module, or one of its tag modules (``perfectgym._resources.<tag>``)."""
    return module == "perfectgym._generated_resources" or (module or "").startswith("perfectgym._resources.")


"""References discovery cannot see (none today): add one here with the file and line that makes it."""

Route = tuple[str, str]
"""(METHOD, path) of an operation."""


def layer_routes(layer: Path) -> dict[str, Route]:
    """operationId -> route from a generated layer's ``OPERATIONS`` table; empty when there is none."""
    try:
        tree = ast.parse(layer.read_text(encoding="utf-8"))
    except (OSError, SyntaxError):
        return {}
    routes: dict[str, Route] = {}
    for node in ast.walk(tree):
        if not (isinstance(node, ast.AnnAssign | ast.Assign) and _assigns(node, "OPERATIONS")):
            continue
        if not isinstance(node.value, ast.Dict):
            continue
        for key, value in zip(node.value.keys, node.value.values, strict=True):
            if isinstance(key, ast.Constant) and isinstance(value, ast.Call):
                fields = {k.arg: k.value.value for k in value.keywords if isinstance(k.value, ast.Constant)}
                if isinstance(fields.get("method"), str) and isinstance(fields.get("path"), str):
                    routes[str(key.value)] = (str(fields["method"]).upper(), str(fields["path"]))
    return routes


def spec_routes(document: Mapping[str, Any]) -> dict[str, Route]:
    return {key: (op.method.upper(), op.path) for key, op in collect_operations(document).items()}


def _assigns(node: ast.AnnAssign | ast.Assign, name: str) -> bool:
    targets = [node.target] if isinstance(node, ast.AnnAssign) else node.targets
    return any(isinstance(t, ast.Name) and t.id == name for t in targets)


def _string(node: ast.AST | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


class _Finder:
    """The references in one module."""

    def __init__(self, file: str, tree: ast.Module, baseline: Mapping[str, Route]) -> None:
        self.file = file
        self.tree = tree
        self.baseline = baseline
        self.by_python_name = {snake_case(op): op for op in baseline}
        self.seen: set[int] = set()
        self.found: list[Reference] = []

    def add(self, node: ast.AST, operation_id: str, kind: str) -> None:
        self.seen.add(id(node))
        self.found.append(Reference(operation_id, self.file, getattr(node, "lineno", 0), kind))

    def run(self) -> list[Reference]:
        resource_bases = {
            alias.asname or alias.name
            for node in ast.walk(self.tree)
            if isinstance(node, ast.ImportFrom) and _is_layer_module(node.module)
            for alias in node.names
            if alias.name.endswith("Resource")
        }
        for node in ast.walk(self.tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                self._decorators(node)
            elif isinstance(node, ast.AnnAssign | ast.Assign) and _assigns(node, "BODY_RULES"):
                if isinstance(node.value, ast.Dict):
                    for key in node.value.keys:
                        if (name := _string(key)) is not None and key is not None:
                            self.add(key, name, "BODY_RULES key")
            elif isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name | ast.Attribute):
                container = node.value.id if isinstance(node.value, ast.Name) else node.value.attr
                if container == "OPERATIONS" and (name := _string(node.slice)) is not None:
                    self.add(node.slice, name, "OPERATIONS[...]")
            elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.args:
                if node.func.attr == "configure" and (name := _string(node.args[0])) not in (None, "*"):
                    assert name is not None
                    self.add(node.args[0], name, "faults.configure(...)")
            elif isinstance(node, ast.Attribute) and (operation_id := self.operation_of(node.attr)) is not None:
                self.add(node, operation_id, f".{node.attr}")
            elif isinstance(node, ast.ClassDef) and any(
                isinstance(b, ast.Name) and b.id in resource_bases for b in node.bases
            ):
                self._overrides(node)
        for node in ast.walk(self.tree):
            if id(node) not in self.seen and (name := _string(node)) is not None and name in self.baseline:
                self.add(node, name, "string literal")
        return self.found

    def _decorators(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        for decorator in node.decorator_list:
            if not (isinstance(decorator, ast.Call) and decorator.args):
                continue
            func = decorator.func
            called = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            if called == "handles" and (name := _string(decorator.args[0])) is not None:
                self.add(decorator.args[0], name, "@handles(...)")

    def operation_of(self, python_name: str) -> str | None:
        """The baseline operation whose generated method (or ``iter_*`` paginator) is called `python_name`."""
        paged = python_name.removeprefix("iter_")
        candidates = [python_name] if paged == python_name else [paged, f"get_{paged}"]
        return next((self.by_python_name[c] for c in candidates if c in self.by_python_name), None)

    def _overrides(self, node: ast.ClassDef) -> None:
        methods = [item for item in node.body if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef)]
        for item in methods:
            if (operation_id := self.operation_of(item.name)) is not None:
                self.add(item, operation_id, f"{node.name}.{item.name} overrides the generated method")


def _python_files(root: Path) -> Iterator[Path]:
    for directory in SCANNED_DIRS:
        for path in sorted((root / directory).rglob("*.py")):
            relative = path.relative_to(root)
            if "__pycache__" not in path.parts and relative != LAYER and not relative.is_relative_to(LAYER_TAGS):
                yield path


def _readme_blocks(root: Path) -> Iterator[tuple[int, ast.Module]]:
    """(line before the block, parsed block) for each ``python`` code block of the README."""
    try:
        lines = (root / README).read_text(encoding="utf-8").splitlines()
    except OSError:
        return
    start: int | None = None
    for number, line in enumerate(lines, 1):
        if start is None and line.strip() == "```python":
            start = number
        elif start is not None and line.strip() == "```":
            block, first_line, start = "\n".join(lines[start : number - 1]), start, None
            try:
                tree = ast.parse(block)
            except SyntaxError:
                continue  # an illustrative fragment, not code
            yield first_line, tree


def find_references(root: Path, baseline: Mapping[str, Route]) -> list[Reference]:
    """Every reference under `root`'s hand-written directories and README examples, plus ``REGISTERED``, sorted."""
    found = list(REGISTERED)
    for path in _python_files(root):
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        except (SyntaxError, UnicodeDecodeError):
            continue  # not ours to judge here; ruff and the tests report it
        found += _Finder(path.relative_to(root).as_posix(), tree, baseline).run()
    for offset, block in _readme_blocks(root):
        found += [
            Reference(r.operation_id, README, r.line + offset, r.kind) for r in _Finder(README, block, baseline).run()
        ]
    return sorted(set(found))


@dataclass(frozen=True)
class Missing:
    """An operation our code names that the checked spec does not have."""

    operation_id: str
    references: tuple[Reference, ...]
    hint: str


def _hint(operation_id: str, baseline: Mapping[str, Route], new: Mapping[str, Route]) -> str:
    route = baseline.get(operation_id)
    if route is None:
        close = difflib.get_close_matches(operation_id, list(new), n=1)
        return "not an operation of either spec" + (f"; did you mean {close[0]}?" if close else "")
    same_route = sorted(key for key, value in new.items() if value == route)
    if same_route:
        return f"likely renamed to {' or '.join(same_route)} (same method and path: {route[0]} {route[1]})"
    return f"removed: no operation of the new spec is {route[0]} {route[1]}"


def check(references: Iterable[Reference], new: Mapping[str, Route], baseline: Mapping[str, Route]) -> list[Missing]:
    """The referenced operations missing from `new`, each with its references and a hint."""
    by_operation: dict[str, list[Reference]] = {}
    for reference in references:
        if reference.operation_id not in new:
            by_operation.setdefault(reference.operation_id, []).append(reference)
    return [Missing(op, tuple(refs), _hint(op, baseline, new)) for op, refs in sorted(by_operation.items())]


def format_missing(missing: Sequence[Missing], spec_name: str) -> str:
    lines = [f"references: {len(missing)} operation(s) named by hand-written code are missing from {spec_name}:"]
    for item in missing:
        lines.append(f"  {item.operation_id}: {item.hint}")
        lines += [f"    {ref.where}  ({ref.kind})" for ref in item.references]
    lines.append("Update those references (or the spec) first; nothing was generated or replaced.")
    return "\n".join(lines)


def check_document(
    document: Mapping[str, Any], root: Path, spec_name: str, baseline_document: Mapping[str, Any] | None = None
) -> str | None:
    """The failure message when `document` lacks an operation our code under `root` names, else None."""
    baseline = layer_routes(root / LAYER)
    if baseline_document is not None:
        baseline.update(spec_routes(baseline_document))
    missing = check(find_references(root, baseline), spec_routes(document), baseline)
    return format_missing(missing, spec_name) if missing else None


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.references", description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=Path, required=True, help="the spec every reference must be an operation of")
    parser.add_argument("--baseline", type=Path, help="the spec the code was written against (for rename hints)")
    parser.add_argument("--root", type=Path, default=Path("."), help="repository root")
    args = parser.parse_args(argv)
    try:
        document = parse_spec(args.spec.read_text(encoding="utf-8"), str(args.spec))
        baseline = None
        if args.baseline is not None:
            baseline = parse_spec(args.baseline.read_text(encoding="utf-8"), str(args.baseline))
    except (OSError, SpecError) as exc:
        print(f"references: {exc}", file=sys.stderr)
        return 2
    failure = check_document(document, args.root, str(args.spec), baseline)
    if failure:
        print(failure, file=sys.stderr)
        return 1
    count = len(find_references(args.root, layer_routes(args.root / LAYER)))
    print(f"references: all {count} operation references of hand-written code are in {args.spec}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
