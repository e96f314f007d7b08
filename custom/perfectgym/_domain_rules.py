"""Rules the spec cannot express, checked on request bodies before anything is sent.

Keyed by operationId and applied by the request pipeline to every call of that
operation, whichever method (domain helper, generated method or raw view) made it.
"""

from __future__ import annotations

from collections.abc import Mapping

from perfectgym._access_restriction import access_restriction_from_body
from perfectgym._operation import BodyRule

__all__ = ["BODY_RULES"]

BODY_RULES: Mapping[str, BodyRule] = {
    # reason required; startDate and endDate together or not at all, end not before start
    "setAccessRestriction": access_restriction_from_body,
}
