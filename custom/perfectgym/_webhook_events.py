"""Webhook events as the platform sends them, parsed into typed values.

A delivery is ``{"entityId": int, "uuid": str, "payload": [{"timestamp": ms, "type": str,
"content": {...}}]}``. Events are notifications: fetch fresh data through the API. The
list of event types grows, so a type this SDK does not know is kept (as an unknown
``WebhookEventType``, logged once per type), never rejected.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Mapping
from typing import Any

import attrs

from perfectgym._errors import PerfectGymError
from perfectgym._json import decode_json
from perfectgym._value_checks import int64_from
from perfectgym_client.types import OpenStrEnum

__all__ = [
    "EVENT_TYPES",
    "Checkout",
    "WebhookEvent",
    "WebhookEventItem",
    "WebhookEventType",
    "WebhookPayloadError",
    "parse_webhook",
]

logger = logging.getLogger("perfectgym.webhooks")


class WebhookPayloadError(PerfectGymError, ValueError):
    """The webhook body is not the documented event JSON."""


class WebhookEventType(OpenStrEnum):
    """Every documented event type; unknown future types become unknown members (``is_unknown``)."""

    ADDITIONAL_INFORMATION_FIELDS_UPDATED = "ADDITIONAL_INFORMATION_FIELDS_UPDATED"
    AGGREGATOR_MEMBER_CREATED = "AGGREGATOR_MEMBER_CREATED"
    APPOINTMENT_BOOKING_CANCELLED = "APPOINTMENT_BOOKING_CANCELLED"
    APPOINTMENT_BOOKING_CREATED = "APPOINTMENT_BOOKING_CREATED"
    APPOINTMENT_BOOKING_UPDATED = "APPOINTMENT_BOOKING_UPDATED"
    AUTOMATIC_CUSTOMER_CHECKOUT = "AUTOMATIC_CUSTOMER_CHECKOUT"
    CLASS_BOOKING_CANCELLED = "CLASS_BOOKING_CANCELLED"
    CLASS_BOOKING_CREATED = "CLASS_BOOKING_CREATED"
    CLASS_BOOKING_UPDATED = "CLASS_BOOKING_UPDATED"
    CLASS_SLOT_CANCELLED = "CLASS_SLOT_CANCELLED"
    CLASS_SLOT_UPDATED = "CLASS_SLOT_UPDATED"
    CONTRACT_ADDITIONAL_MODULE_CANCELLED = "CONTRACT_ADDITIONAL_MODULE_CANCELLED"
    CONTRACT_ADDITIONAL_MODULE_CREATED = "CONTRACT_ADDITIONAL_MODULE_CREATED"
    CONTRACT_ADDITIONAL_MODULE_DELETED = "CONTRACT_ADDITIONAL_MODULE_DELETED"
    CONTRACT_ADDITIONAL_MODULE_UPDATED = "CONTRACT_ADDITIONAL_MODULE_UPDATED"
    CONTRACT_CANCELLED = "CONTRACT_CANCELLED"
    CONTRACT_CREATED = "CONTRACT_CREATED"
    CONTRACT_IDLE_PERIOD_CANCELLED = "CONTRACT_IDLE_PERIOD_CANCELLED"
    CONTRACT_IDLE_PERIOD_CREATED = "CONTRACT_IDLE_PERIOD_CREATED"
    CONTRACT_IDLE_PERIOD_UPDATED = "CONTRACT_IDLE_PERIOD_UPDATED"
    CONTRACT_UPDATED = "CONTRACT_UPDATED"
    CUSTOMER_ACCESS_DISABLED = "CUSTOMER_ACCESS_DISABLED"
    CUSTOMER_ACCESS_MEDIUM_CREATED = "CUSTOMER_ACCESS_MEDIUM_CREATED"
    CUSTOMER_ACCESS_MEDIUM_DELETED = "CUSTOMER_ACCESS_MEDIUM_DELETED"
    CUSTOMER_ACCESS_MEDIUM_UPDATED = "CUSTOMER_ACCESS_MEDIUM_UPDATED"
    CUSTOMER_ACCESS_RESTRICTION_CREATED = "CUSTOMER_ACCESS_RESTRICTION_CREATED"
    CUSTOMER_ACCESS_RESTRICTION_DELETED = "CUSTOMER_ACCESS_RESTRICTION_DELETED"
    CUSTOMER_CHECKIN = "CUSTOMER_CHECKIN"
    CUSTOMER_CHECKIN_STUDIOS_UPDATED = "CUSTOMER_CHECKIN_STUDIOS_UPDATED"
    CUSTOMER_CHECKOUT = "CUSTOMER_CHECKOUT"
    CUSTOMER_COMMUNICATION_PREFERENCES_UPDATED = "CUSTOMER_COMMUNICATION_PREFERENCES_UPDATED"
    CUSTOMER_CREATED = "CUSTOMER_CREATED"
    CUSTOMER_DELETED = "CUSTOMER_DELETED"
    CUSTOMER_HOME_STUDIO_UPDATED = "CUSTOMER_HOME_STUDIO_UPDATED"
    CUSTOMER_UPDATED = "CUSTOMER_UPDATED"
    DEVICE_CREATED = "DEVICE_CREATED"
    EMPLOYEE_CREATED = "EMPLOYEE_CREATED"
    EMPLOYEE_DELETED = "EMPLOYEE_DELETED"
    EMPLOYEE_UPDATED = "EMPLOYEE_UPDATED"
    FINANCE_DEBT_COLLECTION_CASE_UPDATED = "FINANCE_DEBT_COLLECTION_CASE_UPDATED"
    FINANCE_DEBT_COLLECTION_CONFIGURATION_UPDATED = "FINANCE_DEBT_COLLECTION_CONFIGURATION_UPDATED"
    FINANCE_DEBT_COLLECTION_RUN_CREATED = "FINANCE_DEBT_COLLECTION_RUN_CREATED"
    STUDIO_OPENING_HOURS_UPDATED = "STUDIO_OPENING_HOURS_UPDATED"
    TAX_ADVISOR_EXPORT_CREATED = "TAX_ADVISOR_EXPORT_CREATED"


EVENT_TYPES: Mapping[WebhookEventType, tuple[str | None, tuple[str, ...]]] = {
    WebhookEventType.ADDITIONAL_INFORMATION_FIELDS_UPDATED: ("studioId", ()),
    WebhookEventType.AGGREGATOR_MEMBER_CREATED: ("customerId", ("aggregatorId",)),
    WebhookEventType.APPOINTMENT_BOOKING_CANCELLED: ("bookingId", ()),
    WebhookEventType.APPOINTMENT_BOOKING_CREATED: ("bookingId", ()),
    WebhookEventType.APPOINTMENT_BOOKING_UPDATED: ("bookingId", ()),
    WebhookEventType.AUTOMATIC_CUSTOMER_CHECKOUT: ("studioId", ("checkouts",)),
    WebhookEventType.CLASS_BOOKING_CANCELLED: ("bookingId", ()),
    WebhookEventType.CLASS_BOOKING_CREATED: ("bookingId", ()),
    WebhookEventType.CLASS_BOOKING_UPDATED: ("bookingId", ()),
    WebhookEventType.CLASS_SLOT_CANCELLED: ("classSlotId", ("classId",)),
    WebhookEventType.CLASS_SLOT_UPDATED: ("classSlotId", ("classId",)),
    WebhookEventType.CONTRACT_ADDITIONAL_MODULE_CANCELLED: ("customerId", ("contractId", "moduleContractId")),
    WebhookEventType.CONTRACT_ADDITIONAL_MODULE_CREATED: ("customerId", ("contractId", "moduleContractId")),
    WebhookEventType.CONTRACT_ADDITIONAL_MODULE_DELETED: ("customerId", ("contractId", "moduleContractId")),
    WebhookEventType.CONTRACT_ADDITIONAL_MODULE_UPDATED: ("customerId", ("contractId", "moduleContractId")),
    WebhookEventType.CONTRACT_CANCELLED: ("customerId", ("contractId",)),
    WebhookEventType.CONTRACT_CREATED: ("customerId", ("contractId",)),
    WebhookEventType.CONTRACT_IDLE_PERIOD_CANCELLED: ("customerId", ("contractId", "idlePeriodId")),
    WebhookEventType.CONTRACT_IDLE_PERIOD_CREATED: ("customerId", ("contractId", "idlePeriodId")),
    WebhookEventType.CONTRACT_IDLE_PERIOD_UPDATED: ("customerId", ("contractId", "idlePeriodId")),
    WebhookEventType.CONTRACT_UPDATED: ("customerId", ("contractId",)),
    WebhookEventType.CUSTOMER_ACCESS_DISABLED: ("customerId", ()),
    WebhookEventType.CUSTOMER_ACCESS_MEDIUM_CREATED: ("customerId", ()),
    WebhookEventType.CUSTOMER_ACCESS_MEDIUM_DELETED: ("customerId", ()),
    WebhookEventType.CUSTOMER_ACCESS_MEDIUM_UPDATED: ("customerId", ()),
    WebhookEventType.CUSTOMER_ACCESS_RESTRICTION_CREATED: ("customerId", ()),
    WebhookEventType.CUSTOMER_ACCESS_RESTRICTION_DELETED: ("customerId", ()),
    WebhookEventType.CUSTOMER_CHECKIN: ("customerId", ()),
    WebhookEventType.CUSTOMER_CHECKIN_STUDIOS_UPDATED: ("customerId", ()),
    WebhookEventType.CUSTOMER_CHECKOUT: ("customerId", ()),
    WebhookEventType.CUSTOMER_COMMUNICATION_PREFERENCES_UPDATED: ("customerId", ()),
    WebhookEventType.CUSTOMER_CREATED: ("customerId", ()),
    WebhookEventType.CUSTOMER_DELETED: ("customerId", ()),
    WebhookEventType.CUSTOMER_HOME_STUDIO_UPDATED: ("customerId", ("sourceStudioId", "targetStudioId")),
    WebhookEventType.CUSTOMER_UPDATED: ("customerId", ()),
    WebhookEventType.DEVICE_CREATED: ("deviceId", ()),
    WebhookEventType.EMPLOYEE_CREATED: ("employeeId", ()),
    WebhookEventType.EMPLOYEE_DELETED: ("employeeId", ()),
    WebhookEventType.EMPLOYEE_UPDATED: ("employeeId", ()),
    WebhookEventType.FINANCE_DEBT_COLLECTION_CASE_UPDATED: ("caseAdjustmentRequestId", ()),
    WebhookEventType.FINANCE_DEBT_COLLECTION_CONFIGURATION_UPDATED: (None, ()),
    WebhookEventType.FINANCE_DEBT_COLLECTION_RUN_CREATED: ("debtCollectionRunId", ()),
    WebhookEventType.STUDIO_OPENING_HOURS_UPDATED: ("studioId", ()),
    WebhookEventType.TAX_ADVISOR_EXPORT_CREATED: ("exportId", ()),
}
"""Per documented type: what ``entityId`` identifies, and the ``content`` keys it carries."""

_logged_unknown_types: set[str] = set()
MAX_LOGGED_TYPES = 256
"""Unknown event types logged once each; past this many, further ones are kept but not logged."""
MAX_UUID_LENGTH = 256
"""Real uuids have 36 characters; a longer one is refused (it is copied into every queued item and log line)."""
MAX_JSON_DEPTH = 256
"""Nesting levels a webhook body may have; deeper is refused, well before re-encoding it would hit Python's limit."""
_SHOWN = 60


def _shown(value: Any) -> str:
    """A bounded repr of a sender-supplied value, for error messages and logs."""
    text = repr(value)
    return text if len(text) <= _SHOWN else text[:_SHOWN] + "..."


@attrs.frozen
class Checkout:
    """One entry of an AUTOMATIC_CUSTOMER_CHECKOUT event."""

    customer_id: int
    checkout_time: dt.datetime


def _optional_int(content: Mapping[str, Any], key: str) -> int | None:
    value = content.get(key)
    if value is None:
        return None
    number = int64_from(value)
    if number is None:
        raise WebhookPayloadError(f"content.{key} must be an integer id (got {_shown(value)})")
    return number


@attrs.frozen
class WebhookEventItem:
    """One entry of ``payload``: when, what happened, and the type's content."""

    timestamp: dt.datetime
    """Aware UTC datetime (the platform sends milliseconds since the epoch)."""
    type: WebhookEventType
    content: Mapping[str, Any] = attrs.field(factory=dict)

    @property
    def is_known_type(self) -> bool:
        return not self.type.is_unknown

    @property
    def entity_kind(self) -> str | None:
        """What the delivery's ``entityId`` identifies for this type (e.g. ``customerId``), if documented."""
        known = EVENT_TYPES.get(self.type)
        return known[0] if known else None

    @property
    def contract_id(self) -> int | None:
        return _optional_int(self.content, "contractId")

    @property
    def module_contract_id(self) -> int | None:
        return _optional_int(self.content, "moduleContractId")

    @property
    def idle_period_id(self) -> int | None:
        return _optional_int(self.content, "idlePeriodId")

    @property
    def class_id(self) -> int | None:
        return _optional_int(self.content, "classId")

    @property
    def aggregator_id(self) -> int | None:
        return _optional_int(self.content, "aggregatorId")

    @property
    def source_studio_id(self) -> int | None:
        return _optional_int(self.content, "sourceStudioId")

    @property
    def target_studio_id(self) -> int | None:
        return _optional_int(self.content, "targetStudioId")

    @property
    def checkouts(self) -> list[Checkout]:
        """The AUTOMATIC_CUSTOMER_CHECKOUT entries; empty for other types."""
        entries = self.content.get("checkouts") or []
        if not isinstance(entries, list):
            raise WebhookPayloadError(f"content.checkouts must be a list (got {type(entries).__name__})")
        result = []
        for index, entry in enumerate(entries):
            if not isinstance(entry, Mapping):
                raise WebhookPayloadError(f"content.checkouts[{index}] must be an object")
            customer_id = _optional_int(entry, "customerId")
            raw_time = entry.get("checkoutTime")
            if customer_id is None or not isinstance(raw_time, str):
                raise WebhookPayloadError(f"content.checkouts[{index}] needs customerId and checkoutTime")
            try:
                checkout_time = dt.datetime.fromisoformat(raw_time.split("[", 1)[0])
            except ValueError as exc:
                raise WebhookPayloadError(
                    f"content.checkouts[{index}].checkoutTime is not ISO 8601: {_shown(raw_time)}"
                ) from exc
            result.append(Checkout(customer_id=customer_id, checkout_time=checkout_time))
        return result


@attrs.frozen
class WebhookEvent:
    """One delivery. ``uuid`` identifies it across redeliveries (the platform retries failed ones)."""

    entity_id: int | None
    uuid: str
    payload: tuple[WebhookEventItem, ...]


def _timestamp(value: Any, where: str) -> dt.datetime:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise WebhookPayloadError(f"{where}.timestamp must be milliseconds since the epoch (got {_shown(value)})")
    try:
        return dt.datetime.fromtimestamp(value / 1000, tz=dt.UTC)
    except (OverflowError, OSError, ValueError) as exc:
        raise WebhookPayloadError(f"{where}.timestamp is out of range: {_shown(value)}") from exc


def _event_type(value: Any, where: str) -> WebhookEventType:
    if not isinstance(value, str) or not value:
        raise WebhookPayloadError(f"{where}.type must be a non-empty string (got {_shown(value)})")
    event_type = WebhookEventType(value)
    if event_type.is_unknown and value not in _logged_unknown_types and len(_logged_unknown_types) < MAX_LOGGED_TYPES:
        _logged_unknown_types.add(value)  # bounded: a hostile sender could invent types forever
        logger.info("webhook event type %r is not known to this SDK version; kept as is", value[:100])
    return event_type


def _uuid(value: Any) -> str:
    if not isinstance(value, str) or not value:
        raise WebhookPayloadError(f"uuid must be a non-empty string (got {_shown(value)})")
    if len(value) > MAX_UUID_LENGTH:
        raise WebhookPayloadError(f"uuid is longer than {MAX_UUID_LENGTH} characters ({len(value)})")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:  # a lone surrogate ("\\ud800"): no store or queue can hold it
        raise WebhookPayloadError(f"uuid is not valid Unicode text (got {_shown(value)})") from exc
    return value


def _check_depth(document: Any) -> None:
    """Refuse nesting deeper than MAX_JSON_DEPTH (iteratively: the check itself must not recurse)."""
    stack: list[tuple[Any, int]] = [(document, 1)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_JSON_DEPTH:
            raise WebhookPayloadError(f"the body is nested more than {MAX_JSON_DEPTH} levels deep")
        children = value.values() if isinstance(value, Mapping) else value if isinstance(value, list) else ()
        stack.extend((child, depth + 1) for child in children if isinstance(child, Mapping | list))


def parse_webhook(body: bytes | str | Mapping[str, Any]) -> WebhookEvent:
    """The typed event of a webhook request body; WebhookPayloadError says what is wrong."""
    if isinstance(body, bytes | str):
        try:
            document = decode_json(body)
        except (ValueError, UnicodeDecodeError) as exc:  # decode_json: too deep or too big is a ValueError too
            raise WebhookPayloadError(f"the body is not valid JSON: {exc}") from exc
    else:
        document = body
    if not isinstance(document, Mapping):
        raise WebhookPayloadError(f"the body must be a JSON object (got {type(document).__name__})")
    _check_depth(document)
    uuid = _uuid(document.get("uuid"))
    entity_id = document.get("entityId")
    if entity_id is not None and (isinstance(entity_id, bool) or not isinstance(entity_id, int)):
        raise WebhookPayloadError(f"entityId must be an integer (got {_shown(entity_id)})")
    items = document.get("payload")
    if not isinstance(items, list) or not items:
        raise WebhookPayloadError(f"payload must be a non-empty list (got {_shown(items)})")
    parsed = []
    for index, item in enumerate(items):
        where = f"payload[{index}]"
        if not isinstance(item, Mapping):
            raise WebhookPayloadError(f"{where} must be an object")
        content = item.get("content") or {}
        if not isinstance(content, Mapping):
            raise WebhookPayloadError(f"{where}.content must be an object (got {type(content).__name__})")
        parsed.append(
            WebhookEventItem(
                timestamp=_timestamp(item.get("timestamp"), where),
                type=_event_type(item.get("type"), where),
                content=dict(content),
            )
        )
    return WebhookEvent(entity_id=entity_id, uuid=uuid, payload=tuple(parsed))
