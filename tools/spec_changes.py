"""What changed between two OpenAPI documents, in the terms a spec bump is reviewed in.

`make update-spec` prints this report before it replaces ``openapi.yaml`` and writes it at
the top of ``CHANGELOG.md``, so whoever brings in a new vendor version sees which operations
and schemas moved and what that means for users of this SDK. Operations are keyed by
``operationId`` (``"METHOD /path"`` when one is missing); a removed operation whose method and
path belong to an added one is a **rename**.

Each detailed change is **breaking** when code written against the SDK generated from the old
spec can fail after regenerating (a TypeError, AttributeError or ImportError, a request the SDK
now refuses, or a value it relied on no longer promised), else **non-breaking**:

- operation removed, renamed (the low-level ``perfectgym_client.api.<tag>.<old>`` module goes; the
  ``perfectgym`` method stays for one release as a deprecated alias), or moved to another tag: breaking;
  operation added: non-breaking;
- tag removed: breaking; tag added: non-breaking;
- parameter removed, added as required, made required, or its location or type changed: breaking;
  parameter added as optional or made optional: non-breaking;
- enum value removed: breaking (its member goes); added: non-breaking (unknown values are kept);
- property removed or its type changed: breaking; property added: non-breaking;
- a parameter's or property's minimum, maximum, minLength, maxLength, minItems, maxItems or pattern
  tightened (added, or a bound moved inward, or a pattern added or changed): breaking, since a value
  that was accepted is refused; loosened (removed, or moved outward): non-breaking;
- a success status changed, a success response body removed or its schema changed, a request body
  removed, added as required or its schema changed: breaking; a success body or optional request body
  added: non-breaking;
- a deprecated alias dropped from ``spec-renames.json`` (a rename of the previous bump): breaking;
- required set, in a schema sent in requests: a newly required property is breaking, one no longer
  required is not; in a schema read from responses: a property no longer required is breaking (it
  may now be absent), a newly required one is not;
- schema removed: breaking; added: non-breaking.

Any breaking change bumps the package's minor version while it is 0.x (its major from 1.0);
otherwise any change bumps the patch version.
"""

from __future__ import annotations

import datetime as dt
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
class Change:
    """One reviewable change, classified for users of this SDK (rules in the module docstring)."""

    subject: str
    text: str
    breaking: bool

    def __str__(self) -> str:
        return f"{self.subject}: {self.text}"


@dataclass(frozen=True)
class Rename:
    """An operation whose method and path stayed while its operationId changed."""

    old: str
    new: str
    route: str


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
    renames: tuple[Rename, ...] = ()
    details: tuple[Change, ...] = ()

    @property
    def breaking(self) -> tuple[Change, ...]:
        return tuple(c for c in self.details if c.breaking)

    @property
    def non_breaking(self) -> tuple[Change, ...]:
        return tuple(c for c in self.details if not c.breaking)

    @property
    def is_empty(self) -> bool:
        return not (
            self.renames
            or self.details
            or self.operations_added
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


def json_ready(value: Any) -> Any:
    """`value` as it is on the wire: YAML turns unquoted dates into date objects, JSON has strings."""
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return [json_ready(v) for v in value]
    if isinstance(value, dict):
        return {k: json_ready(v) for k, v in value.items()}
    return value


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
        if field != "operationId" and old.definition.get(field) != new.definition.get(field):
            aspects.append(field)
    return tuple(aspects)


def find_renames(old_ops: Mapping[str, Operation], new_ops: Mapping[str, Operation]) -> dict[str, str]:
    """Removed operationId -> added operationId, where the added one has the removed one's method and path."""
    by_route: dict[str, list[str]] = {}
    for key in new_ops.keys() - old_ops.keys():
        by_route.setdefault(new_ops[key].route, []).append(key)
    return {
        key: by_route[old_ops[key].route][0]
        for key in sorted(old_ops.keys() - new_ops.keys())
        if len(by_route.get(old_ops[key].route, [])) == 1
    }


def compare_specs(old: Mapping[str, Any], new: Mapping[str, Any]) -> SpecChanges:
    """Operations and schemas added, removed, renamed and changed from `old` to `new`, with the detailed changes."""
    old_ops, new_ops = collect_operations(old), collect_operations(new)
    old_schemas, new_schemas = collect_schemas(old), collect_schemas(new)
    renames = find_renames(old_ops, new_ops)
    pairs = {key: key for key in old_ops.keys() & new_ops.keys()} | renames
    changed = []
    for old_key, new_key in sorted(pairs.items(), key=lambda item: item[1]):
        aspects = _changed_aspects(old_ops[old_key], new_ops[new_key])
        if aspects:
            changed.append(ChangedOperation(key=new_key, route=new_ops[new_key].route, aspects=aspects))
    added = sorted(new_ops.keys() - old_ops.keys() - set(renames.values()))
    removed = sorted(old_ops.keys() - new_ops.keys() - renames.keys())
    return SpecChanges(
        old_version=str((old.get("info") or {}).get("version", "?")),
        new_version=str((new.get("info") or {}).get("version", "?")),
        old_operation_count=len(old_ops),
        new_operation_count=len(new_ops),
        operations_added=tuple(new_ops[k] for k in added),
        operations_removed=tuple(old_ops[k] for k in removed),
        operations_changed=tuple(changed),
        schemas_added=tuple(sorted(new_schemas.keys() - old_schemas.keys())),
        schemas_removed=tuple(sorted(old_schemas.keys() - new_schemas.keys())),
        schemas_changed=tuple(
            sorted(k for k in old_schemas.keys() & new_schemas.keys() if old_schemas[k] != new_schemas[k])
        ),
        renames=tuple(Rename(o, n, new_ops[n].route) for o, n in sorted(renames.items())),
        details=detailed_changes(old, new, renames),
    )


# Detailed changes: parameters, enums, properties, required sets, tags (classified as in the module docstring).


def _type_text(node: Mapping[str, Any]) -> str:
    """A schema's type as a reviewer reads it: a schema name, ``array of X``, or ``type (format)``."""
    if "$ref" in node:
        return str(node["$ref"]).rsplit("/", 1)[-1]
    for combinator in ("allOf", "oneOf", "anyOf"):
        if combinator in node:
            return f"{combinator}({', '.join(_type_text(part) for part in node[combinator])})"
    kind = node.get("type") or ("object" if "properties" in node else "any")
    if kind == "array":
        return f"array of {_type_text(node.get('items') or {})}"
    return f"{kind} ({node['format']})" if node.get("format") else str(kind)


@dataclass
class _Shapes:
    """Every enum and every object schema of a document, by a label a reviewer can find."""

    enums: dict[str, list[Any]]
    objects: dict[str, Mapping[str, Any]]
    roots: dict[str, str]
    """label -> the named schema or ``"<op> request"`` / ``"<op> response"`` it sits in (for its usage)."""

    def walk(self, node: Any, label: str, root: str) -> None:
        if not isinstance(node, Mapping) or "$ref" in node:
            return
        self.roots[label] = root
        if node.get("enum"):
            self.enums[label] = list(node["enum"])
        if "properties" in node:
            self.objects[label] = node
            for name, sub in (node.get("properties") or {}).items():
                self.walk(sub, f"{label}.{name}", root)
        if isinstance(node.get("items"), Mapping):
            self.walk(node["items"], f"{label}[]", root)
        for combinator in ("allOf", "oneOf", "anyOf"):
            for index, part in enumerate(node.get(combinator) or []):
                self.walk(part, f"{label}<{combinator}:{index}>", root)


def _media_schemas(node: Mapping[str, Any], document: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    content = resolve(node, document).get("content") or {}
    return [media["schema"] for media in content.values() if isinstance(media, Mapping) and "schema" in media]


def _shapes(document: Mapping[str, Any], rename: Mapping[str, str]) -> _Shapes:
    shapes = _Shapes({}, {}, {})
    for name, schema in collect_schemas(document).items():
        shapes.walk(schema, name, name)
    for key, operation in collect_operations(document).items():
        op = rename.get(key, key)
        for parameter in operation.definition.get("parameters") or []:
            parameter = resolve(parameter, document)
            shapes.walk(
                parameter.get("schema"),
                f"{op} {parameter.get('in')} parameter {parameter.get('name')}",
                f"{op} request",
            )
        if "requestBody" in operation.definition:
            for schema in _media_schemas(operation.definition["requestBody"], document):
                shapes.walk(schema, f"{op} request body", f"{op} request")
        for status, response in (operation.definition.get("responses") or {}).items():
            for schema in _media_schemas(response, document):
                shapes.walk(schema, f"{op} response {status}", f"{op} response")
    return shapes


def _refs(node: Any, document: Mapping[str, Any]) -> set[str]:
    """Names of the component schemas `node` reaches, following references transitively."""
    found: set[str] = set()
    pending = [node]
    while pending:
        current = pending.pop()
        if isinstance(current, list):
            pending.extend(current)
        elif isinstance(current, Mapping):
            ref = current.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
                name = ref.rsplit("/", 1)[-1]
                if name not in found:
                    found.add(name)
                    pending.append(collect_schemas(document).get(name))
            elif isinstance(ref, str):
                pending.append(resolve(current, document))
            else:
                pending.extend(current.values())
    return found


def schema_usage(document: Mapping[str, Any]) -> dict[str, set[str]]:
    """Component schema -> {"request", "response"}: whether operations send it, read it, or both."""
    usage: dict[str, set[str]] = {}
    for operation in collect_operations(document).values():
        definition = operation.definition
        sent = [definition.get("requestBody"), definition.get("parameters")]
        for direction, roots in (("request", sent), ("response", [definition.get("responses")])):
            for name in _refs(roots, document):
                usage.setdefault(name, set()).add(direction)
    return usage


def _parameters(operation: Operation, document: Mapping[str, Any]) -> dict[str, Mapping[str, Any]]:
    found: dict[str, Mapping[str, Any]] = {}
    for parameter in operation.definition.get("parameters") or []:
        parameter = resolve(parameter, document)
        found[str(parameter.get("name"))] = parameter
    return found


# Constraint -> the side a value must stay on: "min" bounds tighten upward, "max" bounds downward.
_BOUNDS = {
    "minimum": "min",
    "minLength": "min",
    "minItems": "min",
    "maximum": "max",
    "maxLength": "max",
    "maxItems": "max",
}


def _tightened(side: str, old: Any, new: Any) -> bool:
    """Whether a bound moved inward: added, raised (a minimum) or lowered (a maximum)."""
    if old is None or new is None:
        return old is None
    return bool(new > old) if side == "min" else bool(new < old)


def _constraint_changes(subject: str, what: str, was: Mapping[str, Any], now: Mapping[str, Any]) -> list[Change]:
    """Bounds and patterns: tightening refuses a value that was accepted (breaking), loosening does not."""
    changes: list[Change] = []
    for key, side in _BOUNDS.items():
        old, new = was.get(key), now.get(key)
        if old == new:
            continue
        tighter = _tightened(side, old, new)
        text = f"{what} {key} {'none' if old is None else old} -> {'none' if new is None else new}"
        changes.append(Change(subject, f"{text} ({'tightened' if tighter else 'loosened'})", tighter))
    old_pattern, new_pattern = was.get("pattern"), now.get("pattern")
    if old_pattern != new_pattern:
        text = f"{what} pattern {old_pattern or 'none'} -> {new_pattern or 'none'}"
        loosened = new_pattern is None
        changes.append(Change(subject, f"{text} ({'loosened' if loosened else 'tightened'})", not loosened))
    return changes


def _parameter_changes(op: str, old: Operation, new: Operation, old_doc: Any, new_doc: Any) -> list[Change]:
    before, after = _parameters(old, old_doc), _parameters(new, new_doc)
    changes: list[Change] = []
    for name in sorted(after.keys() - before.keys()):
        p = after[name]
        required = bool(p.get("required"))
        kind = _type_text(p.get("schema") or {})
        text = f"{p.get('in')} parameter `{name}` added ({'required' if required else 'optional'}, {kind})"
        changes.append(Change(op, text, required))
    for name in sorted(before.keys() - after.keys()):
        changes.append(Change(op, f"{before[name].get('in')} parameter `{name}` removed", True))
    for name in sorted(before.keys() & after.keys()):
        was, now = before[name], after[name]
        if was.get("in") != now.get("in"):
            changes.append(Change(op, f"parameter `{name}` moved from {was.get('in')} to {now.get('in')}", True))
        if bool(was.get("required")) != bool(now.get("required")):
            made = "required" if now.get("required") else "optional"
            changes.append(Change(op, f"{now.get('in')} parameter `{name}` made {made}", made == "required"))
        old_type, new_type = _type_text(was.get("schema") or {}), _type_text(now.get("schema") or {})
        if old_type != new_type:
            changes.append(Change(op, f"{now.get('in')} parameter `{name}` type {old_type} -> {new_type}", True))
        what = f"{now.get('in')} parameter `{name}`"
        changes += _constraint_changes(op, what, was.get("schema") or {}, now.get("schema") or {})
    return changes


def _success(operation: Operation, document: Mapping[str, Any]) -> dict[str, str | None]:
    """Success status -> the type of its JSON body (None when it has no body)."""
    found: dict[str, str | None] = {}
    for status, response in (operation.definition.get("responses") or {}).items():
        if str(status).startswith("2"):
            schemas = _media_schemas(response, document)
            found[str(status)] = _type_text(schemas[0]) if schemas else None
    return found


def _request_body(operation: Operation, document: Mapping[str, Any]) -> str | None:
    if "requestBody" not in operation.definition:
        return None
    schemas = _media_schemas(operation.definition["requestBody"], document)
    return _type_text(schemas[0]) if schemas else "no schema"


def _body_changes(op: str, old: Operation, new: Operation, old_doc: Any, new_doc: Any) -> list[Change]:
    """Success statuses and the request and success response bodies' types (a ``$ref`` is compared by name)."""
    changes: list[Change] = []
    before, after = _success(old, old_doc), _success(new, new_doc)
    if before.keys() != after.keys():
        text = f"success status {', '.join(sorted(before)) or 'none'} -> {', '.join(sorted(after)) or 'none'}"
        changes.append(Change(op, text, True))
    for status in sorted(before.keys() & after.keys()):
        was, now = before[status], after[status]
        if was is not None and now is None:
            changes.append(Change(op, f"response {status} body ({was}) removed", True))
        elif was is None and now is not None:
            changes.append(Change(op, f"response {status} body ({now}) added", False))
        elif was != now:
            changes.append(Change(op, f"response {status} body {was} -> {now}", True))
    was_body, now_body = _request_body(old, old_doc), _request_body(new, new_doc)
    if was_body != now_body:
        if was_body is None:
            required = bool(resolve(new.definition["requestBody"], new_doc).get("required"))
            changes.append(Change(op, f"request body ({now_body}) added", required))
        elif now_body is None:
            changes.append(Change(op, f"request body ({was_body}) removed", True))
        else:
            changes.append(Change(op, f"request body {was_body} -> {now_body}", True))
    return changes


def _enum_changes(before: _Shapes, after: _Shapes) -> list[Change]:
    changes: list[Change] = []
    for label in sorted(before.enums.keys() & after.enums.keys()):
        added = [v for v in after.enums[label] if v not in before.enums[label]]
        removed = [v for v in before.enums[label] if v not in after.enums[label]]
        if added:
            changes.append(Change(label, f"enum values added: {', '.join(map(str, added))}", False))
        if removed:
            changes.append(Change(label, f"enum values removed: {', '.join(map(str, removed))}", True))
    return changes


def _directions(label: str, shapes: _Shapes, usage: Mapping[str, set[str]]) -> set[str]:
    root = shapes.roots.get(label, label)
    if root.endswith(" request"):
        return {"request"}
    if root.endswith(" response"):
        return {"response"}
    return usage.get(root, set())


def _object_changes(before: _Shapes, after: _Shapes, usage: Mapping[str, set[str]]) -> list[Change]:
    changes: list[Change] = []
    for label in sorted(before.objects.keys() & after.objects.keys()):
        was, now = before.objects[label], after.objects[label]
        old_props, new_props = was.get("properties") or {}, now.get("properties") or {}
        old_required, new_required = set(was.get("required") or []), set(now.get("required") or [])
        for name in sorted(new_props.keys() - old_props.keys()):
            state = "required" if name in new_required else "optional"
            changes.append(Change(label, f"property `{name}` added ({state}, {_type_text(new_props[name])})", False))
        for name in sorted(old_props.keys() - new_props.keys()):
            changes.append(Change(label, f"property `{name}` removed", True))
        for name in sorted(old_props.keys() & new_props.keys()):
            old_type, new_type = _type_text(old_props[name]), _type_text(new_props[name])
            if old_type != new_type:
                changes.append(Change(label, f"property `{name}` type {old_type} -> {new_type}", True))
            changes += _constraint_changes(label, f"property `{name}`", old_props[name], new_props[name])
        newly = sorted((new_required - old_required) & new_props.keys())
        dropped = sorted((old_required - new_required) & new_props.keys())
        directions = _directions(label, after, usage) or {"unused"}
        for direction in sorted(directions):
            where = {"request": "sent in requests", "response": "read from responses"}.get(direction, "unused")
            if newly:
                text = f"now required ({where}): {', '.join(newly)}"
                changes.append(Change(label, text, direction == "request"))
            if dropped:
                text = f"no longer required ({where}): {', '.join(dropped)}"
                changes.append(Change(label, text, direction == "response"))
    return changes


def _tags(document: Mapping[str, Any]) -> set[str]:
    declared = {str(t.get("name")) for t in document.get("tags") or [] if isinstance(t, Mapping)}
    used = {str(t) for op in collect_operations(document).values() for t in op.definition.get("tags") or []}
    return declared | used


def detailed_changes(old: Mapping[str, Any], new: Mapping[str, Any], renames: Mapping[str, str]) -> tuple[Change, ...]:
    """Every change of the bump, classified breaking or not for users of this SDK."""
    old_ops, new_ops = collect_operations(old), collect_operations(new)
    changes: list[Change] = []
    for key in sorted(new_ops.keys() - old_ops.keys() - set(renames.values())):
        changes.append(Change(key, f"operation added ({new_ops[key].route})", False))
    for key in sorted(old_ops.keys() - new_ops.keys() - renames.keys()):
        changes.append(Change(key, f"operation removed ({old_ops[key].route})", True))
    for old_key, new_key in sorted(renames.items()):
        text = (
            f"operation renamed to `{new_key}` ({new_ops[new_key].route}); the old method stays one release, deprecated"
        )
        changes.append(Change(old_key, text, True))
    pairs = {key: key for key in old_ops.keys() & new_ops.keys()} | dict(renames)
    for old_key, new_key in sorted(pairs.items(), key=lambda item: item[1]):
        old_tags, new_tags = old_ops[old_key].definition.get("tags"), new_ops[new_key].definition.get("tags")
        if (old_tags or [None])[0] != (new_tags or [None])[0]:
            changes.append(
                Change(new_key, f"moved from tag {(old_tags or [None])[0]} to {(new_tags or [None])[0]}", True)
            )
        changes += _parameter_changes(new_key, old_ops[old_key], new_ops[new_key], old, new)
        changes += _body_changes(new_key, old_ops[old_key], new_ops[new_key], old, new)
    for tag in sorted(_tags(new) - _tags(old)):
        changes.append(Change(f"tag {tag}", "added", False))
    for tag in sorted(_tags(old) - _tags(new)):
        changes.append(Change(f"tag {tag}", "removed", True))
    old_schemas, new_schemas = collect_schemas(old), collect_schemas(new)
    changes += [Change(name, "schema added", False) for name in sorted(new_schemas.keys() - old_schemas.keys())]
    changes += [Change(name, "schema removed", True) for name in sorted(old_schemas.keys() - new_schemas.keys())]
    before, after = _shapes(old, dict(renames)), _shapes(new, {})
    changes += _enum_changes(before, after)
    changes += _object_changes(before, after, schema_usage(new))
    return tuple(changes)


def next_version(current: str, changes: SpecChanges) -> str:
    """The package version the bump implies: breaking -> minor while 0.x (major from 1.0), else patch."""
    major, minor, patch = (int(part) for part in current.split(".")[:3])
    if changes.breaking:
        return f"0.{minor + 1}.0" if major == 0 else f"{major + 1}.0.0"
    if changes.is_empty and changes.old_version == changes.new_version:
        return current
    return f"{major}.{minor}.{patch + 1}"


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
    if changes.renames:
        lines.append("  operations renamed (same method and path):")
        lines += [f"    > {r.old} -> {r.new}  ({r.route})" for r in changes.renames]
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
    for label, items in (("breaking", changes.breaking), ("non-breaking", changes.non_breaking)):
        if items:
            lines.append(f"  {label} changes for users of this SDK ({len(items)}):")
            lines += [f"    {'!' if label == 'breaking' else '.'} {item}" for item in items]
    return "\n".join(lines)


def format_changelog_section(changes: SpecChanges, *, current: str, version: str, date: str) -> str:
    """The CHANGELOG.md section for a bump: the version it implies, then breaking and non-breaking changes."""
    kind = "minor" if changes.breaking and current.startswith("0.") else "major" if changes.breaking else "patch"
    if version == current:
        kind = "none"
    lines = [
        f"## {version} ({date}): PerfectGym API {changes.old_version} -> {changes.new_version}",
        "",
        f"Version bump: {kind} ({current} -> {version}); "
        f"{len(changes.breaking)} breaking, {len(changes.non_breaking)} non-breaking change(s).",
    ]
    for title, items in (("Breaking", changes.breaking), ("Non-breaking", changes.non_breaking)):
        if items:
            lines += ["", f"### {title}", ""]
            lines += [f"- `{item.subject}`: {item.text}" for item in items]
    if changes.renames:
        lines += ["", "### Deprecated aliases (removed at the next spec bump)", ""]
        lines += [f"- `{r.old}` -> `{r.new}` ({r.route})" for r in changes.renames]
    return "\n".join(lines) + "\n"
