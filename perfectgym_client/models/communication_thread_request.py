from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedFieldError
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
    dict_as_received,
    dict_with_absent_fields,
    enum_members,
    expect_json_scalar,
    install_lazy_fields,
    json_copy,
    json_object,
    lazy_model_eq,
    lazy_model_repr,
    model_json,
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

    def to_dict(self, *, exclude_unset: bool = True) -> dict[str, Any]:
        """The model as the API's JSON (its field names, ISO dates); absent fields left out.

        ``exclude_unset=False`` lists every declared field, an absent one as None (nested models too).
        Never fails on a model read from a response: a field its type cannot read (a required key
        the server left out, a malformed value) is written as received, or left out when absent.
        """
        if not exclude_unset:
            return dict_with_absent_fields(self)
        try:
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
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
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

        except MalformedFieldError:
            if "_raw" not in self.__dict__:
                raise
            return dict_as_received(self)

    def to_json(self, *, exclude_unset: bool = True) -> str:
        """``to_dict()`` as compact JSON text."""
        return model_json(self.to_dict(exclude_unset=exclude_unset))

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from API JSON, keeping the dict (not a copy). Fields are parsed when first read."""
        _obj = cls.__new__(cls)
        _obj.__dict__["_raw"] = src_dict if src_dict.__class__ is dict else json_object(src_dict)
        return _obj

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
_CommunicationThreadRequestCommunicationThreadStatus_BY_VALUE = enum_members(
    CommunicationThreadRequestCommunicationThreadStatus
)
_CommunicationThreadRequestCommunicationDirection_BY_VALUE = enum_members(
    CommunicationThreadRequestCommunicationDirection
)
_CommunicationThreadRequestCommunicationChannel_BY_VALUE = enum_members(CommunicationThreadRequestCommunicationChannel)


def _parse_communication_thread_status(d: dict[str, Any]) -> CommunicationThreadRequestCommunicationThreadStatus:
    _source = d["communicationThreadStatus"]
    try:
        return _CommunicationThreadRequestCommunicationThreadStatus_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return CommunicationThreadRequestCommunicationThreadStatus(_source)


def _parse_subject(d: dict[str, Any]) -> str:
    _source: str = d["subject"]
    if _source.__class__ is str:
        return _source
    expect_json_scalar(_source, str)
    return _source


def _parse_content(d: dict[str, Any]) -> str:
    _source: str = d["content"]
    if _source.__class__ is str:
        return _source
    expect_json_scalar(_source, str)
    return _source


def _parse_communication_direction(d: dict[str, Any]) -> CommunicationThreadRequestCommunicationDirection:
    _source = d["communicationDirection"]
    try:
        return _CommunicationThreadRequestCommunicationDirection_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return CommunicationThreadRequestCommunicationDirection(_source)


def _parse_communication_channel(d: dict[str, Any]) -> CommunicationThreadRequestCommunicationChannel:
    _source = d["communicationChannel"]
    try:
        return _CommunicationThreadRequestCommunicationChannel_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return CommunicationThreadRequestCommunicationChannel(_source)


def _parse_ticket_number(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("ticketNumber", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_ticket_link(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("ticketLink", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_agent(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("agent", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_communication_date_time(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("communicationDateTime", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    CommunicationThreadRequest,
    (
        ("communication_thread_status", "communicationThreadStatus", _parse_communication_thread_status, None),
        ("subject", "subject", _parse_subject, str),
        ("content", "content", _parse_content, str),
        ("communication_direction", "communicationDirection", _parse_communication_direction, None),
        ("communication_channel", "communicationChannel", _parse_communication_channel, None),
        ("ticket_number", "ticketNumber", _parse_ticket_number, str),
        ("ticket_link", "ticketLink", _parse_ticket_link, str),
        ("agent", "agent", _parse_agent, str),
        ("communication_date_time", "communicationDateTime", _parse_communication_date_time, str),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)
