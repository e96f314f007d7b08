from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.communication_thread_response_communication_channel import CommunicationThreadResponseCommunicationChannel
from ..models.communication_thread_response_communication_direction import (
    CommunicationThreadResponseCommunicationDirection,
)
from ..models.communication_thread_response_communication_thread_status import (
    CommunicationThreadResponseCommunicationThreadStatus,
)
from ..types import (
    UNSET,
    Unset,
    expect_json_scalar,
    lazy_model_eq,
    lazy_model_repr,
    parse_lazy_field,
)

T = TypeVar("T", bound="CommunicationThreadResponse")


@_attrs_define(slots=False, repr=False, eq=False)
class CommunicationThreadResponse:
    """
    Attributes:
        customer_id (int): The customer's ID Example: 1.
        communication_id (int): The ID of the communication Example: 1.
        thread_id (int): The ID of the communication thread Example: 1.
        communication_thread_status (CommunicationThreadResponseCommunicationThreadStatus): The status of a
            communication thread
        subject (str): The subject of the communication Example: Complaint.
        content (str): The content of the communication Example: I received two invoices this month, but I only made one
            purchase..
        communication_direction (CommunicationThreadResponseCommunicationDirection): The direction of the communication
        communication_channel (CommunicationThreadResponseCommunicationChannel): The channel of the communication
        ticket_number (str | Unset): The ticket number of the third party ticketing system Example: A123456.
        ticket_link (str | Unset): The link to the ticket in the third party ticketing system Example:
            https://ticketing-system.com/ticket/A123456.
        agent (str | Unset): The employee/agent handling the communication Example: Peter Meyer.
    """

    customer_id: int
    communication_id: int
    thread_id: int
    communication_thread_status: CommunicationThreadResponseCommunicationThreadStatus
    subject: str
    content: str
    communication_direction: CommunicationThreadResponseCommunicationDirection
    communication_channel: CommunicationThreadResponseCommunicationChannel
    ticket_number: str | Unset = UNSET
    ticket_link: str | Unset = UNSET
    agent: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        communication_id = self.communication_id

        thread_id = self.thread_id

        communication_thread_status = self.communication_thread_status.value

        subject = self.subject

        content = self.content

        communication_direction = self.communication_direction.value

        communication_channel = self.communication_channel.value

        ticket_number = self.ticket_number

        ticket_link = self.ticket_link

        agent = self.agent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customerId": customer_id,
                "communicationId": communication_id,
                "threadId": thread_id,
                "communicationThreadStatus": communication_thread_status,
                "subject": subject,
                "content": content,
                "communicationDirection": communication_direction,
                "communicationChannel": communication_channel,
            }
        )
        if ticket_number is not UNSET:
            field_dict["ticketNumber"] = ticket_number
        if ticket_link is not UNSET:
            field_dict["ticketLink"] = ticket_link
        if agent is not UNSET:
            field_dict["agent"] = agent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from API JSON. Fields are parsed when first read; a missing required one fails then."""
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _obj = cls.__new__(cls)
        _obj.__dict__["_lazy_source"] = d
        return _obj

    if not TYPE_CHECKING:  # ours: invisible to type checkers, so misspelt attributes stay errors

        def __getattr__(self, name: str) -> Any:
            try:
                source = self.__dict__["_lazy_source"]
                wire_name, parse = _LAZY_FIELDS[name]
            except KeyError:
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}") from None
            value = parse_lazy_field(type(self).__name__, name, wire_name, parse, source)
            self.__dict__[name] = value
            return value

    def __repr__(self) -> str:
        return lazy_model_repr(self)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return lazy_model_eq(self, other)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "customerId",
        "communicationId",
        "threadId",
        "communicationThreadStatus",
        "subject",
        "content",
        "communicationDirection",
        "communicationChannel",
        "ticketNumber",
        "ticketLink",
        "agent",
    }
)


def _parse_customer_id(d: dict[str, Any]) -> int:
    _source = d["customerId"]
    expect_json_scalar(_source, int)
    customer_id: int = _source
    return customer_id


def _parse_communication_id(d: dict[str, Any]) -> int:
    _source = d["communicationId"]
    expect_json_scalar(_source, int)
    communication_id: int = _source
    return communication_id


def _parse_thread_id(d: dict[str, Any]) -> int:
    _source = d["threadId"]
    expect_json_scalar(_source, int)
    thread_id: int = _source
    return thread_id


def _parse_communication_thread_status(d: dict[str, Any]) -> CommunicationThreadResponseCommunicationThreadStatus:
    _source = d["communicationThreadStatus"]
    communication_thread_status = CommunicationThreadResponseCommunicationThreadStatus(_source)

    return communication_thread_status


def _parse_subject(d: dict[str, Any]) -> str:
    _source = d["subject"]
    expect_json_scalar(_source, str)
    subject: str = _source
    return subject


def _parse_content(d: dict[str, Any]) -> str:
    _source = d["content"]
    expect_json_scalar(_source, str)
    content: str = _source
    return content


def _parse_communication_direction(d: dict[str, Any]) -> CommunicationThreadResponseCommunicationDirection:
    _source = d["communicationDirection"]
    communication_direction = CommunicationThreadResponseCommunicationDirection(_source)

    return communication_direction


def _parse_communication_channel(d: dict[str, Any]) -> CommunicationThreadResponseCommunicationChannel:
    _source = d["communicationChannel"]
    communication_channel = CommunicationThreadResponseCommunicationChannel(_source)

    return communication_channel


def _parse_ticket_number(d: dict[str, Any]) -> str | Unset:
    _source = d.get("ticketNumber", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, str)
    ticket_number: str | Unset = _source
    return ticket_number


def _parse_ticket_link(d: dict[str, Any]) -> str | Unset:
    _source = d.get("ticketLink", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, str)
    ticket_link: str | Unset = _source
    return ticket_link


def _parse_agent(d: dict[str, Any]) -> str | Unset:
    _source = d.get("agent", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, str)
    agent: str | Unset = _source
    return agent


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


_LAZY_FIELDS: dict[str, tuple[str, Any]] = {
    "customer_id": ("customerId", _parse_customer_id),
    "communication_id": ("communicationId", _parse_communication_id),
    "thread_id": ("threadId", _parse_thread_id),
    "communication_thread_status": ("communicationThreadStatus", _parse_communication_thread_status),
    "subject": ("subject", _parse_subject),
    "content": ("content", _parse_content),
    "communication_direction": ("communicationDirection", _parse_communication_direction),
    "communication_channel": ("communicationChannel", _parse_communication_channel),
    "ticket_number": ("ticketNumber", _parse_ticket_number),
    "ticket_link": ("ticketLink", _parse_ticket_link),
    "agent": ("agent", _parse_agent),
    "additional_properties": ("*", _parse_additional_properties),
}
