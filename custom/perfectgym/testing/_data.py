"""A studio's data, seeded and deterministic, generated on demand.

100 000 customers cost nothing until read: a customer is a pure function of (seed, id),
and only what the API changes (access restrictions, bookings) is stored. Every record is
the spec's schema-built object (``_examples.shaped``) with the seeded values laid over
it; enum values (customer statuses, genders) are the spec's, never listed here.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
from collections.abc import Iterator
from typing import Any

import attrs

from perfectgym.testing._examples import shaped
from perfectgym.testing._spec import tenant_spec

__all__ = ["StudioData"]

FIRST_NAMES = ("Anna", "Ben", "Clara", "David", "Emma", "Felix", "Greta", "Hugo", "Ida", "Jonas", "Klara", "Leon")
LAST_NAMES = ("Bauer", "Fischer", "Hoffmann", "Koch", "Meyer", "Neumann", "Richter", "Schmidt", "Wagner", "Weber")
CITIES = (("Munich", "80331"), ("Berlin", "10115"), ("Hamburg", "20095"), ("Cologne", "50667"))
CLASS_TITLES = ("Yoga", "Spinning", "Pilates", "HIIT", "Zumba", "Boxing", "Body Pump", "Stretching")
APPOINTMENT_TITLES = ("Personal training", "Body check", "Nutrition advice", "Physio session")
FIRST_CUSTOMER_ID = 1000
CLASS_SLOTS_PER_CLASS = 30


@functools.cache
def _customer_enum(prop: str) -> tuple[str, ...]:
    """The spec's values of an enum property of Customer (as getCustomerById answers it)."""
    spec = tenant_spec()
    schema = spec.response("getCustomerById") or {}
    return tuple(str(v) for v in spec.enum(spec.properties(schema).get(prop) or {}))


@functools.cache
def _listed_status() -> str:
    """The status getCustomers lists when no customerStatus is given: the spec's default."""
    statuses = _customer_enum("status")
    default = tenant_spec().query_parameters("getCustomers").get("customerStatus", {}).get("default")
    return str(default) if default in statuses else statuses[0]


@functools.cache
def _other_statuses() -> tuple[str, ...]:
    return tuple(s for s in _customer_enum("status") if s != _listed_status())


def _mix(seed: int, value: int) -> int:
    """A cheap deterministic hash (splitmix64-style) so every field is a pure function."""
    x = (value * 0x9E3779B97F4A7C15 + seed * 0xBF58476D1CE4E5B9) & 0xFFFFFFFFFFFFFFFF
    x ^= x >> 31
    x = (x * 0x94D049BB133111EB) & 0xFFFFFFFFFFFFFFFF
    return x ^ (x >> 29)


@attrs.define
class StudioData:
    """Customers, classes, appointments and bookings of one studio."""

    studio_id: int
    name: str
    seed: int = 1
    customer_count: int = 1000
    class_count: int = 25
    appointment_count: int = 12
    member_share: int = 80
    """Percent of customers with the status getCustomers lists by default (the spec's default of
    ``customerStatus``); the others are spread over the spec's other statuses."""
    today: dt.date = attrs.field(factory=lambda: dt.date(2026, 1, 15))
    restrictions: dict[int, dict[str, Any]] = attrs.field(factory=dict)
    class_bookings: dict[int, dict[str, Any]] = attrs.field(factory=dict)
    appointment_bookings: dict[int, dict[str, Any]] = attrs.field(factory=dict)
    _booking_ids: Iterator[int] = attrs.field(factory=lambda: itertools.count(50_001))
    _ids_by_status: dict[str, list[int]] = attrs.field(factory=dict)

    # Customers

    @property
    def customer_ids(self) -> range:
        return range(FIRST_CUSTOMER_ID, FIRST_CUSTOMER_ID + self.customer_count)

    def has_customer(self, customer_id: int) -> bool:
        return customer_id in self.customer_ids

    def customer_status(self, customer_id: int) -> str:
        h = _mix(self.seed, customer_id)
        others = _other_statuses()
        if h % 100 < self.member_share or not others:
            return _listed_status()
        return others[(h >> 40) % len(others)]

    @property
    def listed_status(self) -> str:
        """The status getCustomers lists when the caller names none (the spec's default)."""
        return _listed_status()

    def ids_with_status(self, status: str) -> list[int]:
        """All ids with `status`, ascending (cached: the running-count offset style indexes it)."""
        if status not in self._ids_by_status:
            self._ids_by_status[status] = [i for i in self.customer_ids if self.customer_status(i) == status]
        return self._ids_by_status[status]

    def customer(self, customer_id: int) -> dict[str, Any]:
        """The customer as the API shows it (camelCase JSON), with any stored restriction."""
        h = _mix(self.seed, customer_id)
        first = FIRST_NAMES[h % len(FIRST_NAMES)]
        last = LAST_NAMES[(h >> 8) % len(LAST_NAMES)]
        city, zip_code = CITIES[(h >> 16) % len(CITIES)]
        birth = dt.date(1950, 1, 1) + dt.timedelta(days=(h >> 20) % 20_000)
        restriction = self.restrictions.get(customer_id)
        genders = _customer_enum("gender")
        customer: dict[str, Any] = {
            "id": customer_id,
            "status": self.customer_status(customer_id),
            "accessRefusal": restriction is not None and self._restriction_active(restriction),
            "customerNumber": f"{self.studio_id}-{customer_id}",
            "firstName": first,
            "lastName": last,
            "dateOfBirth": birth.isoformat(),
            "email": f"{first.lower()}.{last.lower()}.{customer_id}@example.com",
            "gender": genders[h % len(genders)] if genders else None,
            "street": "Hauptstrasse",
            "houseNumber": str(1 + (h >> 24) % 200),
            "zipCode": zip_code,
            "city": city,
            "country": "DE",
        }
        if restriction is not None:
            customer["accessRestrictions"] = [dict(restriction)]
        # lean: the spec's required properties and the seeded ones (listings move 100 000 of them)
        return shaped("getCustomerById", {k: v for k, v in customer.items() if v is not None}, lean=True)

    def card_number(self, customer_id: int) -> str:
        return f"{_mix(self.seed + 7, customer_id) % 10**10:010d}"

    def _restriction_active(self, restriction: dict[str, Any]) -> bool:
        if "startDate" not in restriction:
            return True
        start = dt.date.fromisoformat(restriction["startDate"])
        end = dt.date.fromisoformat(restriction["endDate"])
        return start <= self.today <= end

    def find_customer_id(self, *, customer_number: str | None, card_number: str | None) -> int | None:
        if customer_number:
            prefix, _, rest = customer_number.partition("-")
            if prefix == str(self.studio_id) and rest.isdigit() and self.has_customer(int(rest)):
                return int(rest)
            return None
        if card_number:
            return next((i for i in self.customer_ids if self.card_number(i) == card_number), None)
        return None

    def search_customers(self, criteria: dict[str, Any], limit: int = 100) -> list[dict[str, Any]]:
        wanted = {k: str(v).lower() for k, v in criteria.items() if k in {"firstName", "lastName", "email"} and v}
        birth = criteria.get("dateOfBirth")
        found = []
        for customer_id in self.customer_ids:
            customer = self.customer(customer_id)
            if all(str(customer[k]).lower() == v for k, v in wanted.items()) and (
                not birth or customer["dateOfBirth"] == birth
            ):
                found.append(customer)
                if len(found) >= limit:
                    break
        return found

    # Classes

    def class_ids(self) -> list[int]:
        return list(range(1, self.class_count + 1))

    def class_(self, class_id: int) -> dict[str, Any]:
        return shaped(
            "getClassById",
            {
                "id": class_id,
                "title": CLASS_TITLES[(class_id - 1) % len(CLASS_TITLES)],
                "duration": 45 + 15 * (class_id % 3),
                "category": "Fitness",
                "description": "A class of the local test tenant",
                "bookable": True,
            },
        )

    def class_slot_ids(self, class_id: int) -> list[int]:
        return [class_id * 1000 + n for n in range(1, CLASS_SLOTS_PER_CLASS + 1)]

    def class_slot(self, class_id: int, slot_id: int) -> dict[str, Any]:
        n = slot_id - class_id * 1000
        start = dt.datetime.combine(self.today, dt.time(7), tzinfo=dt.UTC) + dt.timedelta(hours=5 * n)
        booked = sum(1 for b in self.class_bookings.values() if b["classSlotId"] == slot_id)
        rich = {
            "id": slot_id,
            "startDateTime": start.isoformat(),
            "endDateTime": (start + dt.timedelta(minutes=self.class_(class_id)["duration"])).isoformat(),
            "classInformation": {"id": class_id, "title": self.class_(class_id)["title"]},
            "maxParticipants": 12,
            "bookedParticipants": booked,
            "additionalParticipants": 0,
            "waitingListParticipants": 0,
        }
        return shaped("getClassSlotById", rich)

    def next_booking_id(self) -> int:
        return next(self._booking_ids)

    # Appointments

    def appointment_ids(self) -> list[int]:
        return list(range(1, self.appointment_count + 1))

    def appointment(self, appointment_id: int) -> dict[str, Any]:
        return shaped(
            "getBookableAppointment",
            {
                "id": appointment_id,
                "title": APPOINTMENT_TITLES[(appointment_id - 1) % len(APPOINTMENT_TITLES)],
                "duration": 60,
                "category": "Service",
                "description": "An appointment of the local test tenant",
            },
        )

    def appointment_slots(self, appointment_id: int, days_ahead: int = 7) -> list[dict[str, Any]]:
        taken = {
            b["startDateTime"]
            for b in self.appointment_bookings.values()
            if b["bookableAppointmentId"] == appointment_id
        }
        slots = []
        for day in range(days_ahead):
            for hour in (9, 11, 14, 16):
                start = dt.datetime.combine(self.today + dt.timedelta(days=day), dt.time(hour), tzinfo=dt.UTC)
                if start.isoformat() in taken:
                    continue
                end = start + dt.timedelta(minutes=60)
                rich = {"startDateTime": start.isoformat(), "endDateTime": end.isoformat()}
                slots.append(shaped("getBookableAppointmentSlots", rich))
        return slots

    def studio_information(self) -> dict[str, Any]:
        return shaped(
            "getStudioInformation",
            {
                "studioId": self.studio_id,
                "name": self.name,
                "country": "Germany",
                "countryCode": "DE",
                "email": f"info@{self.name.lower().replace(' ', '-')}.example.com",
                "city": "Munich",
                "zip": "80331",
                "street": "Hauptstrasse",
                "houseNumber": "1",
            },
        )
