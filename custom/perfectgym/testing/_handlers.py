"""The local tenant's hand-written behaviour: customers, access restrictions, classes, appointments.

Each handler returns the JSON body of the operation's success response (the status is
the spec's). Records come from ``StudioData``, which lays seeded values over the spec's
schema-built objects; enum values are the spec's (a new one needs no edit here). Every
operation without a handler answers the spec's example (``_generic``).
"""

from __future__ import annotations

from typing import Any

from perfectgym import OPERATIONS, AccessRestriction, InvalidAccessRestrictionError
from perfectgym._access_restriction import access_restriction_from_body
from perfectgym.testing._call import ApiError, Call, parse_int
from perfectgym.testing._examples import shaped
from perfectgym.testing._pagination import sliced
from perfectgym.testing._registry import HandlerRegistry

__all__ = ["REGISTRY"]

REGISTRY = HandlerRegistry(OPERATIONS)
handles = REGISTRY.handles


def _customer_id(call: Call) -> int:
    customer_id = call.int_param("customerId")
    if not call.data.has_customer(customer_id):
        raise ApiError(404, f"Customer {customer_id} not found", "customer.notFound")
    return customer_id


@handles("getCustomers")
async def get_customers(call: Call) -> Any:
    # the dispatcher refused values the spec does not list; the default is the spec's too
    status = call.query.get("customerStatus") or call.data.listed_status
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
    customer_id = parse_int(body["customerId"], "customerId")
    for booking in call.data.class_bookings.values():
        if (booking["customerId"], booking["classSlotId"]) == (customer_id, slot_id):
            raise ApiError(409, "The customer already booked this class slot", "classSlot.alreadyBooked")
    slot = call.data.class_slot(class_id, slot_id)
    if slot["bookedParticipants"] >= slot["maxParticipants"]:
        raise ApiError(409, "The class slot is fully booked", "classSlot.full")
    booking_id = call.data.next_booking_id()
    # statuses stay the schema-built ones: the spec's first value of each (a booked, planned participation)
    booking = shaped(
        "bookClassSlot",
        {"bookingId": booking_id, "classSlotId": slot_id, "classId": class_id, "customerId": customer_id},
    )
    call.data.class_bookings[booking_id] = booking
    return booking


@handles("getClassBookingById")
async def get_class_booking_by_id(call: Call) -> Any:
    booking = call.data.class_bookings.get(call.int_param("bookingId"))
    if booking is None:
        raise ApiError(404, "Booking not found", "booking.notFound")
    return shaped("getClassBookingById", booking)


@handles("cancelClassSlotById")
async def cancel_class_slot_by_id(call: Call) -> Any:
    # a canceled booking is gone (404 afterwards) and frees its place
    if call.data.class_bookings.pop(call.int_param("bookingId"), None) is None:
        raise ApiError(404, "Booking not found", "booking.notFound")
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
    stored = {  # statuses stay the schema-built ones, the spec's first value of each
        "bookingId": booking_id,
        "startDateTime": body["startDateTime"],
        "endDateTime": body["endDateTime"],
        "title": appointment["title"],
        "duration": appointment["duration"],
        "bookableAppointmentId": appointment_id,
        "customerId": parse_int(body["customerId"], "customerId"),
    }
    call.data.appointment_bookings[booking_id] = stored
    return shaped("bookAppointmentBooking", stored)


@handles("getAppointmentBooking")
async def get_appointment_booking(call: Call) -> Any:
    booking = call.data.appointment_bookings.get(call.int_param("bookingId"))
    if booking is None:
        raise ApiError(404, "Booking not found", "booking.notFound")
    return shaped("getAppointmentBooking", booking)


@handles("deleteAppointmentBooking")
async def delete_appointment_booking(call: Call) -> Any:
    # a canceled booking is gone (404 afterwards) and frees its slot
    if call.data.appointment_bookings.pop(call.int_param("bookingId"), None) is None:
        raise ApiError(404, "Booking not found", "booking.notFound")
    return shaped("deleteAppointmentBooking", {"success": "true"})


@handles("getStudioInformation")
async def get_studio_information(call: Call) -> Any:
    return call.data.studio_information()
