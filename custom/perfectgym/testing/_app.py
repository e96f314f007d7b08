"""The local tenant as an ASGI app: the API's real paths and JSON shapes, in memory.

Routing is derived from the spec (``perfectgym.OPERATIONS``), so every operation has a
route; the ones this fake implements answer like the API, the rest answer 501 with the
documented error body. Each request is checked for a studio's ``X-API-KEY`` (several
studios, each with its own key and data), ``sliceSize`` is held to the spec's bounds,
and the fault injector may step in before or after the handler.
"""

from __future__ import annotations

import asyncio
import bisect
import itertools
import json
import re
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

import attrs
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from perfectgym import OPERATIONS, AccessRestriction, InvalidAccessRestrictionError, Operation
from perfectgym._access_restriction import access_restriction_from_body
from perfectgym._json import decode_json
from perfectgym.testing._data import StudioData
from perfectgym.testing._faults import FaultInjector, retry_after_header

__all__ = ["ApiError", "Studio", "create_app"]

PAGINATION_STYLES = ("cursor", "count")


@attrs.define
class Studio:
    """One tenant: its key, its data, and which offset style each list endpoint uses."""

    api_key: str = attrs.field(repr=False)
    data: StudioData
    pagination: dict[str, str] = attrs.field(factory=dict)
    """operationId -> "cursor" (offset = last id) or "count" (offset = records returned so far)."""
    default_pagination: str = "cursor"

    def style(self, operation_id: str) -> str:
        style = self.pagination.get(operation_id, self.default_pagination)
        if style not in PAGINATION_STYLES:
            raise ValueError(f"pagination style must be one of {PAGINATION_STYLES} (got {style!r})")
        return style


class ApiError(Exception):
    """Answered as the API's documented error JSON."""

    def __init__(self, status: int, message: str, code: str, reference: str | None = None) -> None:
        super().__init__(message)
        self.status, self.message, self.code, self.reference = status, message, code, reference


@attrs.frozen
class Call:
    """One request, matched to its operation and studio."""

    studio: Studio
    operation: Operation
    path_params: Mapping[str, str]
    query: Mapping[str, str]
    body: Any

    @property
    def data(self) -> StudioData:
        return self.studio.data

    def int_param(self, name: str) -> int:
        return parse_int(self.path_params.get(name) or self.query.get(name), name)


def parse_int(value: Any, name: str) -> int:
    """An int64 from a parameter or body value, or the API's 400 (never a 500 for "²" or 5 000 digits)."""
    text = str(value) if isinstance(value, int) and not isinstance(value, bool) else value
    digits = text[1:] if isinstance(text, str) and text.startswith("-") else text
    if not isinstance(digits, str) or not digits.isascii() or not digits.isdigit() or len(digits) > 19:
        shown = repr(value)[:60]
        raise ApiError(400, f"{name} must be an integer (got {shown})", "validation.integer", name)
    number = int(text)
    if not -(2**63) <= number < 2**63:
        raise ApiError(400, f"{name} is out of range", "validation.integer", name)
    return number


Handler = Callable[[Call], Awaitable[Any]]
HANDLERS: dict[str, Handler] = {}


def handles(operation_id: str) -> Callable[[Handler], Handler]:
    if operation_id not in OPERATIONS:
        raise KeyError(f"{operation_id} is not an operation of openapi.yaml")

    def register(handler: Handler) -> Handler:
        HANDLERS[operation_id] = handler
        return handler

    return register


# Pagination (both server styles behind the same contract)


def slice_size(call: Call) -> int:
    bounds = call.operation.slice_bounds
    raw = call.query.get("sliceSize")
    default = bounds.default if bounds and bounds.default is not None else 50
    size = default if raw is None else call.int_param("sliceSize")
    low = bounds.minimum if bounds and bounds.minimum is not None else 1
    high = bounds.maximum if bounds and bounds.maximum is not None else 10_000
    if not low <= size <= high:
        raise ApiError(400, f"sliceSize must be between {low} and {high}", "validation.sliceSize", "sliceSize")
    return size


def sliced(call: Call, ids: list[int], render: Callable[[int], dict[str, Any]]) -> dict[str, Any]:
    """One slice of ascending `ids` in the studio's style for this endpoint."""
    size = slice_size(call)
    raw_offset = call.query.get("offset", "0")
    if not raw_offset.isascii() or not raw_offset.isdigit() or len(raw_offset) > 19:
        shown = repr(raw_offset)[:60]
        raise ApiError(400, f"offset must be a returned offset (got {shown})", "validation.offset", "offset")
    offset = int(raw_offset)
    if call.studio.style(call.operation.operation_id) == "cursor":
        start = bisect.bisect_right(ids, offset)
        page = ids[start : start + size]
        next_offset = str(page[-1]) if page else raw_offset
        has_next = start + size < len(ids)
    else:
        page = ids[offset : offset + size]
        next_offset = str(offset + len(page))
        has_next = offset + size < len(ids)
    return {"result": [render(i) for i in page], "hasNext": has_next, "offset": next_offset}


# Handlers


def _customer_id(call: Call) -> int:
    customer_id = call.int_param("customerId")
    if not call.data.has_customer(customer_id):
        raise ApiError(404, f"Customer {customer_id} not found", "customer.notFound")
    return customer_id


@handles("getCustomers")
async def get_customers(call: Call) -> Any:
    status = call.query.get("customerStatus", "MEMBER")
    if status not in {"MEMBER", "FORMER_MEMBER", "PROSPECT"}:
        raise ApiError(400, f"Unknown customerStatus {status!r}", "validation.enum", "customerStatus")
    return sliced(call, call.data.ids_with_status(status), call.data.customer)


@handles("getCustomerById")
async def get_customer_by_id(call: Call) -> Any:
    return call.data.customer(_customer_id(call))


@handles("getCustomerBy")
async def get_customer_by(call: Call) -> Any:
    number, card = call.query.get("customerNumber"), call.query.get("cardNumber")
    if not number and not card:
        raise ApiError(400, "Give customerNumber or cardNumber", "validation.criteria", "customerNumber")
    customer_id = call.data.find_customer_id(customer_number=number, card_number=card)
    if customer_id is None:
        raise ApiError(404, "No customer matches", "customer.notFound")
    return call.data.customer(customer_id)


@handles("searchCustomers")
async def search_customers(call: Call) -> Any:
    if not isinstance(call.body, dict):
        raise ApiError(400, "A JSON object body is required", "validation.body")
    return call.data.search_customers(call.body)


@handles("setAccessRestriction")
async def set_access_restriction(call: Call) -> Any:
    customer_id = _customer_id(call)
    body = call.body if isinstance(call.body, dict) else {}
    try:  # the vendor's rule, the same one the SDK checks before sending
        restriction: AccessRestriction = access_restriction_from_body(body)
    except InvalidAccessRestrictionError as exc:
        reference = "reason" if not str(body.get("reason") or "").strip() else "startDate"
        raise ApiError(400, str(exc), "customer.accessRestriction.invalid", reference) from exc
    stored = restriction.to_body()
    call.data.restrictions[customer_id] = stored
    return stored


@handles("deleteAccessRestriction")
async def delete_access_restriction(call: Call) -> Any:
    customer_id = _customer_id(call)
    if call.data.restrictions.pop(customer_id, None) is None:
        raise ApiError(404, f"Customer {customer_id} has no access restriction", "customer.accessRestriction.notFound")
    return None


def _class_id(call: Call) -> int:
    class_id = call.int_param("classId")
    if class_id not in call.data.class_ids():
        raise ApiError(404, f"Class {class_id} not found", "class.notFound")
    return class_id


@handles("getActiveClasses")
async def get_active_classes(call: Call) -> Any:
    return sliced(call, call.data.class_ids(), call.data.class_)


@handles("getClassById")
async def get_class_by_id(call: Call) -> Any:
    return call.data.class_(_class_id(call))


@handles("getClassSlots")
async def get_class_slots(call: Call) -> Any:
    class_id = _class_id(call)
    return sliced(call, call.data.class_slot_ids(class_id), lambda slot: call.data.class_slot(class_id, slot))


@handles("getClassSlotById")
async def get_class_slot_by_id(call: Call) -> Any:
    class_id = _class_id(call)
    slot_id = call.int_param("classSlotId")
    if slot_id not in call.data.class_slot_ids(class_id):
        raise ApiError(404, f"Class slot {slot_id} not found", "classSlot.notFound")
    return call.data.class_slot(class_id, slot_id)


def _booking_request(call: Call, *required: str) -> dict[str, Any]:
    body = call.body if isinstance(call.body, dict) else {}
    for field in required:
        if field not in body:
            raise ApiError(400, f"{field} is required", "validation.required", field)
    if not call.data.has_customer(parse_int(body["customerId"], "customerId")):
        raise ApiError(404, f"Customer {body['customerId']} not found", "customer.notFound")
    return body


@handles("bookClassSlot")
async def book_class_slot(call: Call) -> Any:
    body = _booking_request(call, "customerId", "classSlotId")
    slot_id = parse_int(body["classSlotId"], "classSlotId")
    class_id = slot_id // 1000
    if class_id not in call.data.class_ids() or slot_id not in call.data.class_slot_ids(class_id):
        raise ApiError(404, f"Class slot {slot_id} not found", "classSlot.notFound")
    for booking in call.data.class_bookings.values():
        if booking["active"] and (booking["customerId"], booking["classSlotId"]) == (body["customerId"], slot_id):
            raise ApiError(409, "The customer already booked this class slot", "classSlot.alreadyBooked")
    slot = call.data.class_slot(class_id, slot_id)
    full = slot["bookedParticipants"] >= slot["maxParticipants"]
    booking_id = call.data.next_booking_id()
    booking = {
        "bookingId": booking_id,
        "bookingStatus": "WAITING_LIST" if full else "BOOKED",
        "classSlotId": slot_id,
        "classId": class_id,
        "customerId": parse_int(body["customerId"], "customerId"),
        "classSlotStatus": "PLANNED",
        "participantStatus": "NOT_PARTICIPATING" if full else "PARTICIPATING",
    }
    call.data.class_bookings[booking_id] = {**booking, "active": not full}
    return booking


@handles("getClassBookingById")
async def get_class_booking_by_id(call: Call) -> Any:
    booking = call.data.class_bookings.get(call.int_param("bookingId"))
    if booking is None:
        raise ApiError(404, "Booking not found", "booking.notFound")
    return {k: v for k, v in booking.items() if k != "active"}


@handles("cancelClassSlotById")
async def cancel_class_slot_by_id(call: Call) -> Any:
    booking = call.data.class_bookings.get(call.int_param("bookingId"))
    if booking is None:
        raise ApiError(404, "Booking not found", "booking.notFound")
    booking.update(active=False, bookingStatus="CANCELED")
    return None


def _appointment_id(call: Call, value: Any = None) -> int:
    appointment_id = (
        parse_int(value, "bookableAppointmentId") if value is not None else call.int_param("bookableAppointmentId")
    )
    if appointment_id not in call.data.appointment_ids():
        raise ApiError(404, f"Bookable appointment {appointment_id} not found", "appointment.notFound")
    return appointment_id


@handles("getBookableAppointments")
async def get_bookable_appointments(call: Call) -> Any:
    return sliced(call, call.data.appointment_ids(), call.data.appointment)


@handles("getBookableAppointment")
async def get_bookable_appointment(call: Call) -> Any:
    return call.data.appointment(_appointment_id(call))


@handles("getBookableAppointmentSlots")
async def get_bookable_appointment_slots(call: Call) -> Any:
    days = parse_int(call.query.get("daysAhead", "7"), "daysAhead")
    return call.data.appointment_slots(_appointment_id(call), days_ahead=max(1, min(days, 31)))


@handles("bookAppointmentBooking")
async def book_appointment_booking(call: Call) -> Any:
    body = _booking_request(call, "customerId", "bookableAppointmentId", "startDateTime", "endDateTime")
    appointment_id = _appointment_id(call, body["bookableAppointmentId"])
    free = {slot["startDateTime"] for slot in call.data.appointment_slots(appointment_id, days_ahead=31)}
    if body["startDateTime"] not in free:
        raise ApiError(409, "The slot is not available", "appointment.slotUnavailable", "startDateTime")
    booking_id = call.data.next_booking_id()
    appointment = call.data.appointment(appointment_id)
    booking = {
        "bookingId": booking_id,
        "bookingStatus": "BOOKED",
        "startDateTime": body["startDateTime"],
        "endDateTime": body["endDateTime"],
        "title": appointment["title"],
        "duration": appointment["duration"],
        "appointmentStatus": "PLANNED",
        "participantStatus": "PARTICIPATING",
    }
    call.data.appointment_bookings[booking_id] = {
        **booking,
        "active": True,
        "bookableAppointmentId": appointment_id,
        "customerId": parse_int(body["customerId"], "customerId"),
    }
    return booking


@handles("getAppointmentBooking")
async def get_appointment_booking(call: Call) -> Any:
    booking = call.data.appointment_bookings.get(call.int_param("bookingId"))
    if booking is None:
        raise ApiError(404, "Booking not found", "booking.notFound")
    return {k: v for k, v in booking.items() if k not in {"active", "bookableAppointmentId"}}


@handles("deleteAppointmentBooking")
async def delete_appointment_booking(call: Call) -> Any:
    booking = call.data.appointment_bookings.get(call.int_param("bookingId"))
    if booking is None:
        raise ApiError(404, "Booking not found", "booking.notFound")
    booking.update(active=False, bookingStatus="CANCELED")
    return {"success": "true"}  # the spec documents a VoidResult body here


@handles("getStudioInformation")
async def get_studio_information(call: Call) -> Any:
    return call.data.studio_information()


# The dispatcher


def _route_pattern(path: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^}]+\})", path)
    regex = "".join(f"(?P<{p[1:-1]}>[^/]+)" if p.startswith("{") else re.escape(p) for p in parts)
    return re.compile(f"^{regex}$")


def _routes() -> list[tuple[str, re.Pattern[str], Operation]]:
    # Literal segments win over parameters (/v1/customers/by before /v1/customers/{customerId}).
    ordered = sorted(OPERATIONS.values(), key=lambda op: (op.path.count("{"), -len(op.path)))
    return [(op.method, _route_pattern(op.path), op) for op in ordered]


class _DroppedResponse(Response):
    """Sends the headers and half the body, then breaks the connection."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await send({"type": "http.response.start", "status": self.status_code, "headers": self.raw_headers})
        await send({"type": "http.response.body", "body": self.body[: len(self.body) // 2], "more_body": True})
        raise ConnectionAbortedError("local tenant: connection dropped on purpose (fault injection)")


class _UnansweredResponse(Response):
    """Closes the connection without sending a byte: the request arrived, no answer ever will.

    ASGI has no message for that, so this starts a response no server can write (a header
    value with a line break): the server refuses it before writing anything, and a response
    that failed after it started makes it close the connection (uvicorn does) instead of
    answering 500.
    """

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        unsendable = [(b"x-local-tenant-fault", b"drop_before_response\r\n")]
        try:
            await send({"type": "http.response.start", "status": 200, "headers": unsendable})
        except Exception as exc:  # the expected outcome: nothing was written
            raise ConnectionAbortedError("local tenant: connection closed before answering (fault injection)") from exc
        raise RuntimeError("local tenant: the server wrote a response start it should have refused")


class LocalTenantApp:
    """Dispatches requests to handlers; holds the studios and the fault injector."""

    def __init__(self, studios: list[Studio], faults: FaultInjector | None = None) -> None:
        self.studios = {studio.api_key: studio for studio in studios}
        self.faults = faults or FaultInjector()
        self.requests: list[tuple[str, str, str]] = []
        """(studio name, method, operationId) of every request that reached a handler or a fault."""
        self._routes = _routes()
        self._trace_ids = itertools.count(1)

    def _error(self, error: ApiError, headers: Mapping[str, str] | None = None) -> JSONResponse:
        body: dict[str, Any] = {
            "errorMessage": error.message,
            "errorCode": error.code,
            "traceId": f"local-{next(self._trace_ids):08d}",
        }
        if error.reference:
            body["reference"] = error.reference
        return JSONResponse(body, status_code=error.status, headers=dict(headers or {}))

    def _match(self, method: str, path: str) -> tuple[Operation, dict[str, str]] | None:
        wanted = "GET" if method == "HEAD" else method
        for route_method, pattern, operation in self._routes:
            if method == "HEAD" or route_method == wanted:
                found = pattern.match(path)
                if found:
                    return operation, found.groupdict()
        return None

    async def handle(self, request: Request) -> Response:
        method = request.method.upper()
        matched = self._match(method, request.url.path)
        if matched is None:
            return self._error(ApiError(404, f"No endpoint {method} {request.url.path}", "endpoint.notFound"))
        operation, path_params = matched
        studio = self.studios.get(request.headers.get("x-api-key", ""))
        if method == "HEAD":  # checks the key only (API-NOTES): no business logic, no body
            return Response(status_code=200 if studio else 401)
        if studio is None:
            return self._error(ApiError(401, "Missing or invalid API key", "auth.invalidApiKey"))
        op_id = operation.operation_id
        self.requests.append((studio.data.name, method, op_id))

        wait = self.faults.rate_limited(studio.data.name, op_id)
        if wait is not None:
            error = ApiError(429, "Rate limit exceeded for this endpoint", "rateLimit.exceeded")
            return self._error(error, {"Retry-After": retry_after_header(wait)})
        if self.faults.take(op_id, "fail_with_429"):
            error = ApiError(429, "Rate limit exceeded for this endpoint", "rateLimit.exceeded")
            return self._error(error, {"Retry-After": "1"})
        if self.faults.take(op_id, "fail_with_503"):
            return self._error(ApiError(503, "Service temporarily unavailable", "service.unavailable"))
        latency = self.faults.latency(op_id)
        if latency:
            await asyncio.sleep(latency)

        if self.faults.take(op_id, "drop_before_response"):
            await request.body()  # received in full, never executed
            return _UnansweredResponse()

        handler = HANDLERS.get(op_id)
        if handler is None:
            return self._error(ApiError(501, f"{op_id} is not implemented by the local tenant", "notImplemented"))
        raw_body = await request.body()
        try:
            body = decode_json(raw_body) if raw_body else None
        except (ValueError, UnicodeDecodeError):  # decode_json: too deep or too big is a ValueError too
            return self._error(ApiError(400, "The body is not valid JSON", "validation.json"))
        call = Call(studio=studio, operation=operation, path_params=path_params, query=request.query_params, body=body)
        try:
            result = await handler(call)
        except ApiError as error:
            return self._error(error)

        content = b"" if result is None else json.dumps(result, separators=(",", ":")).encode()
        headers = {"content-type": "application/json"} if result is not None else {}
        if self.faults.take(op_id, "drop_connection"):
            return _DroppedResponse(content or b"{}", status_code=200, headers=headers)
        if result is not None and self.faults.take(op_id, "malformed_json"):
            return Response(content[: max(1, len(content) // 2)], status_code=200, headers=headers)
        return Response(content, status_code=200, headers=headers)


def create_app(studios: list[Studio], faults: FaultInjector | None = None) -> Starlette:
    """An ASGI app serving `studios`; ``app.state.tenant`` is the LocalTenantApp (faults, requests)."""
    tenant = LocalTenantApp(studios, faults)
    methods = ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH"]
    app = Starlette(routes=[Route("/{path:path}", tenant.handle, methods=methods)])
    app.state.tenant = tenant
    return app
