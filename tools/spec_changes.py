"""What changed between two OpenAPI documents, in the terms a spec bump is reviewed in.

`make update-spec` prints this report before it replaces ``openapi.yaml``, so whoever
brings in a new vendor version sees at a glance which operations and schemas moved.
Operations are keyed by ``operationId`` (``"METHOD /path"`` when one is missing).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import yaml

# libyaml's loader when the wheel has it: the 13k-line spec parses in a fraction of the time.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


class SpecError(ValueError):
    """The input is not a readable OpenAPI document."""


@dataclass(frozen=True)
class Operation:
    """One operation with its effective definition (path-level parameters merged in)."""

    key: str
    method: str
    path: str
    definition: Mapping[str, Any]

    @property
    def route(self) -> str:
        return f"{self.method.upper()} {self.path}"


@dataclass(frozen=True)
class ChangedOperation:
    """An operation present in both documents whose definition differs."""

    key: str
    route: str
    aspects: tuple[str, ...]


@dataclass(frozen=True)
class SpecChanges:
    """The differences between an old and a new document."""

    old_version: str
    new_version: str
    old_operation_count: int
    new_operation_count: int
    operations_added: tuple[Operation, ...]
    operations_removed: tuple[Operation, ...]
    operations_changed: tuple[ChangedOperation, ...]
    schemas_added: tuple[str, ...]
    schemas_removed: tuple[str, ...]
    schemas_changed: tuple[str, ...]

    @property
    def is_empty(self) -> bool:
        return not (
            self.operations_added
            or self.operations_removed
            or self.operations_changed
            or self.schemas_added
            or self.schemas_removed
            or self.schemas_changed
        )


def parse_spec(text: str, source: str) -> dict[str, Any]:
    """Parse YAML or JSON text into a mapping; `source` names it in error messages."""
    try:
        document = yaml.load(text, Loader=_YAML_LOADER)
    except yaml.YAMLError as exc:
        raise SpecError(f"{source} is not valid YAML/JSON: {exc}") from exc
    if not isinstance(document, dict) or "paths" not in document:
        raise SpecError(f"{source} is not an OpenAPI document (no top-level 'paths' mapping)")
    return document


def validate_spec(document: Mapping[str, Any], source: str) -> None:
    """Validate against the OpenAPI version the document declares."""
    from openapi_spec_validator import validate
    from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

    try:
        validate(document)
    except OpenAPIValidationError as exc:
        raise SpecError(f"{source} is not a valid OpenAPI document: {exc.message}") from exc
    except Exception as exc:  # the validator raises plain errors on unknown versions
        raise SpecError(f"{source} could not be validated as OpenAPI: {exc}") from exc


def resolve(node: Mapping[str, Any], document: Mapping[str, Any]) -> Mapping[str, Any]:
    """Follow local ``$ref`` pointers (``#/components/...``) until a concrete node is reached."""
    while "$ref" in node:
        target: Any = document
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def collect_operations(document: Mapping[str, Any]) -> dict[str, Operation]:
    """Every operation of the document by its key."""
    operations: dict[str, Operation] = {}
    for path, path_item in (document.get("paths") or {}).items():
        if not isinstance(path_item, Mapping):
            continue
        shared_parameters = path_item.get("parameters") or []
        for method in HTTP_METHODS:
            definition = path_item.get(method)
            if not isinstance(definition, Mapping):
                continue
            effective = dict(definition)
            if shared_parameters:
                effective["parameters"] = [*shared_parameters, *(definition.get("parameters") or [])]
            key = definition.get("operationId") or f"{method.upper()} {path}"
            operations[key] = Operation(key=key, method=method, path=path, definition=effective)
    return operations


def collect_schemas(document: Mapping[str, Any]) -> dict[str, Any]:
    components = document.get("components") or {}
    return dict(components.get("schemas") or {})


def _changed_aspects(old: Operation, new: Operation) -> tuple[str, ...]:
    aspects = []
    if old.route != new.route:
        aspects.append(f"route {old.route} -> {new.route}")
    for field in sorted(set(old.definition) | set(new.definition)):
        if old.definition.get(field) != new.definition.get(field):
            aspects.append(field)
    return tuple(aspects)


def compare_specs(old: Mapping[str, Any], new: Mapping[str, Any]) -> SpecChanges:
    """Operations and schemas added, removed and changed from `old` to `new`."""
    old_ops, new_ops = collect_operations(old), collect_operations(new)
    old_schemas, new_schemas = collect_schemas(old), collect_schemas(new)
    changed = []
    for key in sorted(old_ops.keys() & new_ops.keys()):
        aspects = _changed_aspects(old_ops[key], new_ops[key])
        if aspects:
            changed.append(ChangedOperation(key=key, route=new_ops[key].route, aspects=aspects))
    return SpecChanges(
        old_version=str((old.get("info") or {}).get("version", "?")),
        new_version=str((new.get("info") or {}).get("version", "?")),
        old_operation_count=len(old_ops),
        new_operation_count=len(new_ops),
        operations_added=tuple(new_ops[k] for k in sorted(new_ops.keys() - old_ops.keys())),
        operations_removed=tuple(old_ops[k] for k in sorted(old_ops.keys() - new_ops.keys())),
        operations_changed=tuple(changed),
        schemas_added=tuple(sorted(new_schemas.keys() - old_schemas.keys())),
        schemas_removed=tuple(sorted(old_schemas.keys() - new_schemas.keys())),
        schemas_changed=tuple(
            sorted(k for k in old_schemas.keys() & new_schemas.keys() if old_schemas[k] != new_schemas[k])
        ),
    )


def format_report(changes: SpecChanges) -> str:
    """A plain-text report, one line per added/removed/changed item."""
    lines = [
        "Spec change report",
        f"  info.version: {changes.old_version} -> {changes.new_version}",
        f"  operations: {changes.old_operation_count} -> {changes.new_operation_count}"
        f" (+{len(changes.operations_added)} added, -{len(changes.operations_removed)} removed,"
        f" ~{len(changes.operations_changed)} changed)",
    ]
    if changes.is_empty:
        lines.append("  no operation or schema changed")
        return "\n".join(lines)
    if changes.operations_added:
        lines.append("  operations added:")
        lines += [f"    + {op.key}  ({op.route})" for op in changes.operations_added]
    if changes.operations_removed:
        lines.append("  operations removed:")
        lines += [f"    - {op.key}  ({op.route})" for op in changes.operations_removed]
    if changes.operations_changed:
        lines.append("  operations changed:")
        lines += [f"    ~ {op.key}  ({op.route}): {', '.join(op.aspects)}" for op in changes.operations_changed]
    for label, names, mark in (
        ("schemas added", changes.schemas_added, "+"),
        ("schemas removed", changes.schemas_removed, "-"),
        ("schemas changed", changes.schemas_changed, "~"),
    ):
        if names:
            lines.append(f"  {label}:")
            lines += [f"    {mark} {name}" for name in names]
    return "\n".join(lines)
