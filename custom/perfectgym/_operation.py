"""What the request pipeline needs to know about one API operation.

Instances are produced from the spec by ``tools/generate_layer.py`` (in
``_generated_resources.py``), never written by hand: which generated module sends it,
its route (for idempotency, logs and errors), its request body model and, for list
operations, the spec's ``sliceSize`` bounds.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from types import ModuleType
from typing import Any

import attrs

from perfectgym._errors import InvalidRequestError
from perfectgym_client.types import UNSET, Unset

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


@attrs.frozen
class Operation:
    """One operation of the spec and the generated module that implements its HTTP exchange."""

    operation_id: str
    tag: str
    method: str
    path: str
    module: ModuleType = attrs.field(repr=False)
    body_model: Any = attrs.field(default=None, repr=False)
    """The generated model class of the request body, if the body is a model (or a list of them)."""
    body_is_list: bool = False
    slice_bounds: SliceBounds | None = None
    """Set for operations that answer ``{result, hasNext, offset}`` slices."""

    @property
    def is_paginated(self) -> bool:
        return self.slice_bounds is not None

    def prepare_arguments(self, arguments: dict[str, Any], body_rules: Mapping[str, BodyRule]) -> dict[str, Any]:
        """Check a call's arguments and build its body; raise InvalidRequestError before anything is sent."""
        if self.slice_bounds is not None:
            self.slice_bounds.check(self.operation_id, arguments.get("slice_size"))
        if "body" in arguments:
            arguments["body"] = self.coerce_body(arguments["body"])
            rule = body_rules.get(self.operation_id)
            if rule is not None:
                body = arguments["body"]
                rule(body.to_dict() if hasattr(body, "to_dict") else body)
        return arguments

    def coerce_body(self, body: Any) -> Any:
        """The body as the generated model(s): mappings with API field names are built into models.

        Building the model is the validation: a missing required field or a value of the
        wrong shape is reported here, before a request exists.
        """
        if self.body_model is None or body is UNSET:
            return body
        if self.body_is_list:
            if isinstance(body, str | bytes | Mapping) or not isinstance(body, Sequence):
                raise InvalidRequestError(
                    f"{self.operation_id}: body must be a list of {self.body_model.__name__} or mappings "
                    f"(got {type(body).__name__})"
                )
            return [self._coerce_one(item, f"body[{index}]") for index, item in enumerate(body)]
        return self._coerce_one(body, "body")

    def _coerce_one(self, value: Any, where: str) -> Any:
        model = self.body_model
        if isinstance(value, model):
            return value
        if not isinstance(value, Mapping):
            raise InvalidRequestError(
                f"{self.operation_id}: {where} must be a {model.__name__} or a mapping with the API's field names "
                f"(got {type(value).__name__})"
            )
        try:
            built = model.from_dict(value)
            built.to_dict()  # models parse lazily: read every field now, so bad values fail here
        except KeyError as exc:
            raise InvalidRequestError(
                f"{self.operation_id}: {where} is missing the required field {exc.args[0]!r} of {model.__name__}"
            ) from exc
        except (TypeError, ValueError, AttributeError) as exc:
            raise InvalidRequestError(f"{self.operation_id}: {where} is not a valid {model.__name__}: {exc}") from exc
        return built
