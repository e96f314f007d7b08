"""A customer's access restriction, valid by construction (the vendor's date-pair rule).

The API takes ``reason`` (required) and ``startDate``/``endDate`` that must be given
together or not at all; an end before its start makes no sense either. Checking here
means a broken pair never becomes a request, whichever way the caller builds it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Mapping
from typing import Any

import attrs

from perfectgym._errors import InvalidRequestError

__all__ = ["AccessRestriction", "InvalidAccessRestrictionError", "access_restriction_from_body"]


class InvalidAccessRestrictionError(InvalidRequestError):
    """The reason is empty, only one of start/end date is given, or the end precedes the start."""


def _check_rule(
    reason: object, start_date: dt.date | None, end_date: dt.date | None, *, names: tuple[str, str, str]
) -> None:
    reason_name, start_name, end_name = names
    if not isinstance(reason, str) or not _visible(reason):
        raise InvalidAccessRestrictionError(f"{reason_name} must be a non-empty string (got {reason_name}={reason!r})")
    try:
        reason.encode("utf-8")
    except UnicodeEncodeError:
        invalid = f"{reason_name} is not valid Unicode (got {reason_name}={reason!r})"
        raise InvalidAccessRestrictionError(invalid) from None
    got = f"(got {start_name}={_show(start_date)}, {end_name}={_show(end_date)})"
    if (start_date is None) != (end_date is None):
        raise InvalidAccessRestrictionError(f"{start_name} and {end_name} must be given together or not at all {got}")
    if start_date is not None and end_date is not None and end_date < start_date:
        raise InvalidAccessRestrictionError(f"{end_name} must not be before {start_name} {got}")


_PYTHON_NAMES = ("reason", "start_date", "end_date")
_WIRE_NAMES = ("reason", "startDate", "endDate")


def _visible(text: str) -> bool:
    """Whether `text` shows something: not only spaces, NUL, controls or zero-width/bidi characters."""
    return any(char.isprintable() and not char.isspace() for char in text)


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")  # what the API writes; fromisoformat also takes 20260101 and 2026-W01-1


def _show(value: dt.date | None) -> str:
    return "None" if value is None else value.isoformat()


def _as_date(field: str, value: object) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        raise InvalidAccessRestrictionError(f"{field} must be a date, not a datetime (got {field}={value!r})")
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise InvalidAccessRestrictionError(f"{field} must be an ISO date like 2024-01-31 (got {field}={value!r})")


@attrs.frozen
class AccessRestriction(Mapping[str, Any]):
    """The one access restriction a customer can have: why, and optionally from when to when.

    Valid by construction, and also a read-only mapping of its API body (``reason``,
    ``startDate``, ``endDate``): it goes wherever the generated ``AccessRestriction`` model or a
    mapping is taken (``with_raw_response.set_access_restriction(id, body=restriction)``), and
    :meth:`from_api` turns that model or a mapping back into it, checked.
    """

    reason: str
    start_date: dt.date | None = None
    end_date: dt.date | None = None

    def __attrs_post_init__(self) -> None:
        for field in ("start_date", "end_date"):
            value = getattr(self, field)
            if value is not None and (not isinstance(value, dt.date) or isinstance(value, dt.datetime)):
                raise InvalidAccessRestrictionError(f"{field} must be a datetime.date (got {field}={value!r})")
        _check_rule(self.reason, self.start_date, self.end_date, names=_PYTHON_NAMES)

    def to_body(self) -> dict[str, Any]:
        """The request body the API expects (camelCase, ISO dates, no nulls)."""
        body: dict[str, Any] = {"reason": self.reason}
        if self.start_date is not None and self.end_date is not None:
            body["startDate"] = self.start_date.isoformat()
            body["endDate"] = self.end_date.isoformat()
        return body

    @classmethod
    def from_api(cls, value: Mapping[str, Any] | Any) -> AccessRestriction:
        """The restriction from the generated model (say ``customer.access_restrictions[0]``) or a mapping.

        Checked like a new one: a pair the rule refuses raises InvalidAccessRestrictionError.
        """
        if isinstance(value, AccessRestriction):
            return value
        if isinstance(value, Mapping):  # a caller's mapping: a misspelt key must not read as an absent date
            unknown = sorted(str(key) for key in value if key not in _WIRE_NAMES)
            if unknown:
                from perfectgym._body_schema import suggestion  # only on this error path

                hint = suggestion(unknown[0], list(_WIRE_NAMES))
                raise InvalidAccessRestrictionError(
                    f"unknown field {unknown[0]!r} in an access restriction"
                    + (f" (did you mean {hint!r}?)" if hint else "")
                    + f"; its fields are {', '.join(_WIRE_NAMES)}"
                )
        if not isinstance(value, Mapping):
            to_dict = getattr(value, "to_dict", None)
            if not callable(to_dict):
                raise InvalidAccessRestrictionError(
                    "an access restriction must be a perfectgym.AccessRestriction, the generated "
                    f"AccessRestriction model or a mapping with the API's field names (got {type(value).__name__})"
                )
            value = to_dict()
        return access_restriction_from_body(value)

    # The mapping of the API body: what lets the value stand where a body model or mapping is taken.
    def __getitem__(self, key: str) -> Any:
        return self.to_body()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self.to_body())

    def __len__(self) -> int:
        return len(self.to_body())


def access_restriction_from_body(body: Mapping[str, Any]) -> AccessRestriction:
    """Check a raw request body (API field names) against the rule; raise before anything is sent.

    A key that is one of the rule's fields in another letter case (``StartDate``) is refused: the
    API matches names without regard to case, so it would carry a date the rule never saw.
    """
    for key in body:
        wire = next((name for name in _WIRE_NAMES if isinstance(key, str) and key.lower() == name.lower()), None)
        if wire is not None and key != wire:
            raise InvalidAccessRestrictionError(
                f"{key!r} is {wire!r} in another letter case, which the API reads as the same field; write {wire!r}"
            )
    reason = body.get("reason")
    start_date = _as_date("startDate", body.get("startDate"))
    end_date = _as_date("endDate", body.get("endDate"))
    _check_rule(reason, start_date, end_date, names=_WIRE_NAMES)
    return AccessRestriction(reason=str(reason), start_date=start_date, end_date=end_date)
