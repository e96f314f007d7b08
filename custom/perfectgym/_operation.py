"""What the request pipeline needs to know about one API operation.

Instances are produced from the spec by ``tools/generate_layer.py`` (in
``_generated_resources.py``), never written by hand: which generated module sends it,
its route (for idempotency, logs and errors), its request body model, the shapes of its
parameters and body, and, for list operations, the spec's ``sliceSize`` bounds.

``prepare_arguments`` is where a call's arguments are checked against those shapes and
converted for the generated ``_get_kwargs``, so bad input fails with
:class:`InvalidRequestError` before a request exists.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping, Sequence
from importlib import import_module
from types import ModuleType
from typing import Any

import attrs

from perfectgym._arguments import prepare_parameters
from perfectgym._body_schema import BodyChecker, model_json
from perfectgym._errors import InvalidRequestError
from perfectgym._schema import Parameter, RequestBody, Schema
from perfectgym._uploads import to_file
from perfectgym._value_checks import Problem
from perfectgym_client.types import UNSET, File, Unset, read_every_field

__all__ = ["BodyRule", "Operation", "SliceBounds"]

# Checks of request bodies beyond their schema, by operationId; see _domain_rules.py.
BodyRule = Callable[[Mapping[str, Any]], object]


@attrs.frozen
class SliceBounds:
    """The ``sliceSize`` limits a paginated operation documents."""

    minimum: int | None = None
    maximum: int | None = None
    default: int | None = None

    def check(self, operation_id: str, slice_size: int | Unset | None) -> None:
        if slice_size is None or isinstance(slice_size, Unset):
            return
        if isinstance(slice_size, bool) or not isinstance(slice_size, int):
            raise InvalidRequestError(f"{operation_id}: slice_size must be an int (got slice_size={slice_size!r})")
        low = self.minimum if self.minimum is not None else 1
        if slice_size < low or (self.maximum is not None and slice_size > self.maximum):
            high = self.maximum if self.maximum is not None else "unbounded"
            raise InvalidRequestError(
                f"{operation_id}: slice_size must be between {low} and {high} (got slice_size={slice_size})"
            )


MODELS_PACKAGE = "perfectgym_client.models"


@attrs.frozen
class Operation:
    """One operation of the spec and the generated module that implements its HTTP exchange.

    The module and the body model are named, not held, and imported on first use: a
    program that calls three operations should not load the modules of all of them.
    """

    operation_id: str
    tag: str
    method: str
    path: str
    module_name: str = attrs.field(repr=False)
    """The dotted name of the generated module that builds and parses its requests."""
    body_model_name: str | None = attrs.field(default=None, repr=False)
    """The name in ``perfectgym_client.models`` of the request body's model, if the body is one."""
    body_is_list: bool = False
    slice_bounds: SliceBounds | None = None
    """Set for operations that answer ``{result, hasNext, offset}`` slices."""
    parameters: tuple[Parameter, ...] = attrs.field(default=(), repr=False)
    body: RequestBody | None = attrs.field(default=None, repr=False)
    """The request body's schema (and file fields), when the operation takes one."""

    @property
    def module(self) -> ModuleType:
        """The generated module (``_get_kwargs``, ``_parse_response``), imported on first use.

        Always through ``import_module``, never ``sys.modules`` directly: a module another thread
        is still importing is already in ``sys.modules``, half built; ``import_module`` waits for it.
        """
        return import_module(self.module_name)

    @property
    def body_model(self) -> Any:
        """The generated model class of the request body, if the body is a model (or a list of them)."""
        if self.body_model_name is None:
            return None
        return getattr(import_module(MODELS_PACKAGE), self.body_model_name)

    @property
    def is_paginated(self) -> bool:
        return self.slice_bounds is not None

    def prepare_arguments(self, arguments: dict[str, Any], body_rules: Mapping[str, BodyRule]) -> dict[str, Any]:
        """Check a call's arguments and build its body; raise InvalidRequestError before anything is sent."""
        try:
            prepare_parameters(self.parameters, arguments)
            if "body" in arguments:
                arguments["body"] = self.coerce_body(arguments["body"])
        except Problem as problem:
            raise InvalidRequestError(f"{self.operation_id}: {problem}") from problem.__cause__
        except RecursionError:
            raise InvalidRequestError(
                f"{self.operation_id}: an argument is nested too deeply (or contains itself)"
            ) from None
        if self.slice_bounds is not None:
            self.slice_bounds.check(self.operation_id, arguments.get("slice_size"))
        rule = body_rules.get(self.operation_id)
        if rule is not None and "body" in arguments and arguments["body"] is not UNSET:
            body = arguments["body"]
            rule(body.to_dict() if hasattr(body, "to_dict") else body)
        return arguments

    def coerce_body(self, body: Any) -> Any:
        """The body as the generated model(s), checked against the spec's schema; raises Problem.

        A mapping (API field names) is checked strictly, then built into the model; a model
        instance is checked through its ``to_dict()``, its ``additional_properties`` going out
        unchecked (see ``_body_schema``). Multipart file fields become named file parts.
        """
        if self.body_model_name is None or body is UNSET:
            return body
        schema = self.body.schema if self.body is not None else Schema()
        if self.body_is_list:
            if isinstance(body, str | bytes | Mapping) or not isinstance(body, Sequence):
                raise Problem(
                    f"body must be a list of {self.body_model.__name__} or mappings (got {type(body).__name__})"
                )
            items = self._checker(strict=False).resolve(schema).items or Schema()
            return [self._coerce_one(item, items, f"body[{index}]") for index, item in enumerate(body)]
        return self._coerce_one(body, schema, "body")

    def _checker(self, *, strict: bool) -> BodyChecker:
        return BodyChecker(self.body.definitions if self.body is not None else {}, strict=strict)

    def _coerce_one(self, value: Any, schema: Schema, where: str) -> Any:
        model = self.body_model
        if isinstance(value, model):
            value = self._complete_files(value, where)
            self._checker(strict=False).check(model_json(value, where), schema, where)
            return value
        if not isinstance(value, Mapping):
            raise Problem(
                f"{where} must be a {model.__name__} or a mapping with the API's field names "
                f"(got {type(value).__name__})"
            )
        checked = self._checker(strict=True).check(value, schema, where)
        files = {key: item for key, item in checked.items() if isinstance(item, File)}
        try:
            # file fields get placeholder bytes the model can parse; the prepared Files replace them below
            built = model.from_dict({**checked, **dict.fromkeys(files, b"")})
            for key, file in files.items():
                setattr(built, self._file_attribute(key), file)
            read_every_field(built)  # models parse lazily: read every field now, so bad values fail here
        except KeyError as exc:
            raise Problem(f"{where} is missing the required field {exc.args[0]!r} of {model.__name__}") from exc
        except (TypeError, ValueError, AttributeError) as exc:
            raise Problem(f"{where} is not a valid {model.__name__}: {exc}") from exc
        return built

    def _file_attribute(self, field: str) -> str:
        return self.body.file_fields[field] if self.body is not None else field

    def _complete_files(self, model: Any, where: str) -> Any:
        """A model's file fields as named file parts; a copy of the model when one had to change."""
        if self.body is None or not self.body.file_fields:
            return model
        changed: dict[str, File] = {}
        for field, attribute in self.body.file_fields.items():
            try:
                current = getattr(model, attribute, UNSET)
            except (TypeError, ValueError, AttributeError) as exc:
                raise Problem(f"{where}.{field} is not a valid file: {exc}") from exc
            if isinstance(current, Unset):
                continue
            completed = to_file(current, field, f"{where}.{field}")
            if completed is not current:
                changed[attribute] = completed
        if not changed:
            return model
        model = copy.copy(model)
        for attribute, file in changed.items():
            setattr(model, attribute, file)
        return model
