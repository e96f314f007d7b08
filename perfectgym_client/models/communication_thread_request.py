from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.communication_thread_request_communication_channel import CommunicationThreadRequestCommunicationChannel
from ..models.communication_thread_request_communication_direction import (
    CommunicationThreadRequestCommunicationDirection,
)
from ..models.communication_thread_request_communication_thread_status import (
    CommunicationThreadRequestCommunicationThreadStatus,
)
from ..types import (
    UNSET,
    Unset,
    expect_json_scalar,
    lazy_model_eq,
    lazy_model_repr,
    parse_lazy_field,
)

T = TypeVar("T", bound="CommunicationThreadRequest")


@_attrs_define(slots=False, repr=False, eq=False)
class CommunicationThreadRequest:
    """
    Attributes:
        communication_thread_status (CommunicationThreadRequestCommunicationThreadStatus): The status of a communication
            thread
        subject (str): The subject of the communication Example: Complaint.
        content (str): The content of the communication Example: I received two invoices this month, but I only made one
            purchase..
        communication_direction (CommunicationThreadRequestCommunicationDirection): The direction of the communication
        communication_channel (CommunicationThreadRequestCommunicationChannel): The channel of the communication
        ticket_number (str | Unset): The ticket number of the third party ticketing system Example: A123456.
        ticket_link (str | Unset): The link to the ticket in the third party ticketing system Example:
            https://ticketing-system.com/ticket/A123456.
        agent (str | Unset): The employee/agent handling the communication Example: Peter Meyer.
        communication_date_time (str | Unset): ISO-8601 date-time; may end with a zone id in brackets, e.g.
            [Europe/Berlin] Example: 2022-06-22T08:00:00.000+02:00[Europe/Berlin].
    """

    communication_thread_status: CommunicationThreadRequestCommunicationThreadStatus
    subject: str
    content: str
    communication_direction: CommunicationThreadRequestCommunicationDirection
    communication_channel: CommunicationThreadRequestCommunicationChannel
    ticket_number: str | Unset = UNSET
    ticket_link: str | Unset = UNSET
    agent: str | Unset = UNSET
    communication_date_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        communication_thread_status = self.communication_thread_status.value

        subject = self.subject

        content = self.content

        communication_direction = self.communication_direction.value

        communication_channel = self.communication_channel.value

        ticket_number = self.ticket_number

        ticket_link = self.ticket_link

        agent = self.agent

        communication_date_time = self.communication_date_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
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
        if communication_date_time is not UNSET:
            field_dict["communicationDateTime"] = communication_date_time

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
        "communicationThreadStatus",
        "subject",
        "content",
        "communicationDirection",
        "communicationChannel",
        "ticketNumber",
        "ticketLink",
        "agent",
        "communicationDateTime",
    }
)


def _parse_communication_thread_status(d: dict[str, Any]) -> CommunicationThreadRequestCommunicationThreadStatus:
    _source = d["communicationThreadStatus"]
    communication_thread_status = CommunicationThreadRequestCommunicationThreadStatus(_source)

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


def _parse_communication_direction(d: dict[str, Any]) -> CommunicationThreadRequestCommunicationDirection:
    _source = d["communicationDirection"]
    communication_direction = CommunicationThreadRequestCommunicationDirection(_source)

    return communication_direction


def _parse_communication_channel(d: dict[str, Any]) -> CommunicationThreadRequestCommunicationChannel:
    _source = d["communicationChannel"]
    communication_channel = CommunicationThreadRequestCommunicationChannel(_source)

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


def _parse_communication_date_time(d: dict[str, Any]) -> str | Unset:
    _source = d.get("communicationDateTime", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, str)
    communication_date_time: str | Unset = _source
    return communication_date_time


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


_LAZY_FIELDS: dict[str, tuple[str, Any]] = {
    "communication_thread_status": ("communicationThreadStatus", _parse_communication_thread_status),
    "subject": ("subject", _parse_subject),
    "content": ("content", _parse_content),
    "communication_direction": ("communicationDirection", _parse_communication_direction),
    "communication_channel": ("communicationChannel", _parse_communication_channel),
    "ticket_number": ("ticketNumber", _parse_ticket_number),
    "ticket_link": ("ticketLink", _parse_ticket_link),
    "agent": ("agent", _parse_agent),
    "communication_date_time": ("communicationDateTime", _parse_communication_date_time),
    "additional_properties": ("*", _parse_additional_properties),
}
