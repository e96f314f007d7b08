"""Checks of numeric settings, shared by the option classes (RetryPolicy, RateBudget, the client).

A bool is an int to Python and NaN or infinity are floats; neither is a sensible timeout,
wait or count, so each check refuses them with a ConfigurationError that names the setting.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import attrs

from perfectgym._errors import ConfigurationError

__all__ = ["count_at_least", "finite_number", "number_at_least", "positive_seconds", "whole_number"]

Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]


def finite_number(value: object) -> bool:
    """An int or float that is not a bool, NaN or infinite."""
    return not isinstance(value, bool) and isinstance(value, int | float) and math.isfinite(value)


def whole_number(value: object) -> bool:
    """An int that is not a bool."""
    return isinstance(value, int) and not isinstance(value, bool)


def number_at_least(owner: str, minimum: float, *, inclusive: bool = True, optional: bool = False) -> Validator:
    """An attrs validator: a finite number >= (or >) `minimum`, or None when `optional`."""
    bound = f"{'>=' if inclusive else '>'} {minimum:g}"

    def check(_instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is None and optional:
            return
        if not finite_number(value) or value < minimum or (not inclusive and value == minimum):
            wanted = f"a finite number {bound}{' or None' if optional else ''}"
            raise ConfigurationError(f"{owner}.{attribute.name} must be {wanted} (got {value!r})")

    return check


def count_at_least(owner: str, minimum: int) -> Validator:
    """An attrs validator: an int (not a bool) >= `minimum`."""

    def check(_instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        if not whole_number(value) or value < minimum:
            raise ConfigurationError(f"{owner}.{attribute.name} must be an int >= {minimum} (got {value!r})")

    return check


def positive_seconds(name: str, value: object) -> None:
    """Raise ConfigurationError unless `value` is a finite number of seconds > 0 (a timeout, lease or TTL)."""
    if not finite_number(value) or value <= 0:  # type: ignore[operator]
        raise ConfigurationError(f"{name} must be a finite number of seconds > 0 (got {value!r})")
