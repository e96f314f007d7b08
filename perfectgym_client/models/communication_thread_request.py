from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.communication_thread_request_communication_channel import CommunicationThreadRequestCommunicationChannel
from ..models.communication_thread_request_communication_direction import (
    CommunicationThreadRequestCommunicationDirection,
)
from ..models.communication_thread_request_communication_thread_status import (
    CommunicationThreadRequestCommunicationThreadStatus,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CommunicationThreadRequest")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "ticketNumber",
        "ticketLink",
        "agent",
        "communicationDateTime",
    }
)


@_attrs_define
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
        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        communication_thread_status = CommunicationThreadRequestCommunicationThreadStatus(
            d.pop("communicationThreadStatus")
        )

        subject = d.pop("subject")

        content = d.pop("content")

        communication_direction = CommunicationThreadRequestCommunicationDirection(d.pop("communicationDirection"))

        communication_channel = CommunicationThreadRequestCommunicationChannel(d.pop("communicationChannel"))

        ticket_number = d.pop("ticketNumber", UNSET)

        ticket_link = d.pop("ticketLink", UNSET)

        agent = d.pop("agent", UNSET)

        communication_date_time = d.pop("communicationDateTime", UNSET)

        _obj = cls(
            communication_thread_status=communication_thread_status,
            subject=subject,
            content=content,
            communication_direction=communication_direction,
            communication_channel=communication_channel,
            ticket_number=ticket_number,
            ticket_link=ticket_link,
            agent=agent,
            communication_date_time=communication_date_time,
        )

        _obj.additional_properties = d
        return _obj

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
