"""The change report names exactly what was added, removed and changed."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from tests.support import spec_bump
from tests.support.spec import load_spec
from tools.spec_changes import (
    Change,
    SpecChanges,
    SpecError,
    collect_operations,
    compare_specs,
    format_changelog_section,
    format_report,
    next_version,
    parse_spec,
)


def _op(op_id: str, *, param: str = "id", ref: str = "Thing") -> dict[str, Any]:
    return {
        "operationId": op_id,
        "parameters": [{"name": param, "in": "query", "schema": {"type": "string"}}],
        "responses": {
            "200": {
                "description": "OK",
                "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{ref}"}}},
            }
        },
    }


OLD: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "t", "version": "1.0.0"},
    "paths": {
        "/v1/things": {"get": _op("getThings"), "post": _op("createThing")},
        "/v1/things/{id}": {"delete": _op("deleteThing"), "put": _op("updateThing")},
        "/v1/legacy": {"get": _op("getLegacy")},
    },
    "components": {
        "schemas": {
            "Thing": {"type": "object", "properties": {"id": {"type": "integer"}}},
            "Legacy": {"type": "object"},
            "Stable": {"type": "string"},
        }
    },
}


def _new() -> dict[str, Any]:
    new = copy.deepcopy(OLD)
    new["info"]["version"] = "1.1.0"
    del new["paths"]["/v1/legacy"]  # removed: getLegacy
    new["paths"]["/v1/things"]["get"]["parameters"][0]["name"] = "sliceSize"  # changed: getThings
    new["paths"]["/v1/things/{id}"]["patch"] = new["paths"]["/v1/things/{id}"].pop("put")  # changed route
    new["paths"]["/v1/gadgets"] = {"get": _op("getGadgets", ref="Gadget")}  # added
    new["components"]["schemas"]["Gadget"] = {"type": "object"}  # schema added
    del new["components"]["schemas"]["Legacy"]  # schema removed
    new["components"]["schemas"]["Thing"]["properties"]["name"] = {"type": "string"}  # schema changed
    return new


def test_reports_exactly_the_added_removed_and_changed_items() -> None:
    changes = compare_specs(OLD, _new())
    assert (changes.old_version, changes.new_version) == ("1.0.0", "1.1.0")
    assert [op.key for op in changes.operations_added] == ["getGadgets"]
    assert [op.key for op in changes.operations_removed] == ["getLegacy"]
    assert {op.key: op.aspects for op in changes.operations_changed} == {
        "getThings": ("parameters",),
        "updateThing": ("route PUT /v1/things/{id} -> PATCH /v1/things/{id}",),
    }
    assert changes.schemas_added == ("Gadget",)
    assert changes.schemas_removed == ("Legacy",)
    assert changes.schemas_changed == ("Thing",)


def test_report_text_lists_each_item_once() -> None:
    report = format_report(compare_specs(OLD, _new()))
    assert "info.version: 1.0.0 -> 1.1.0" in report
    assert "operations: 5 -> 5 (+1 added, -1 removed, ~2 changed)" in report
    assert "+ getGadgets  (GET /v1/gadgets)" in report
    assert "- getLegacy  (GET /v1/legacy)" in report
    assert "~ getThings  (GET /v1/things): parameters" in report
    assert "+ Gadget" in report and "- Legacy" in report and "~ Thing" in report
    assert "Stable" not in report
    assert report.count("~ getThings") == 1


def test_identical_documents_report_no_change() -> None:
    changes = compare_specs(OLD, copy.deepcopy(OLD))
    assert changes.is_empty
    assert "no operation or schema changed" in format_report(changes)


def test_path_level_parameters_count_as_part_of_each_operation() -> None:
    new = copy.deepcopy(OLD)
    new["paths"]["/v1/things"]["parameters"] = [{"name": "X-Trace", "in": "header", "schema": {"type": "string"}}]
    changed = {op.key for op in compare_specs(OLD, new).operations_changed}
    assert changed == {"getThings", "createThing"}


def test_operation_without_id_is_keyed_by_route() -> None:
    doc = {"paths": {"/v1/ping": {"head": {"responses": {"200": {"description": "OK"}}}}}}
    assert list(collect_operations(doc)) == ["HEAD /v1/ping"]


@pytest.mark.parametrize("text", ["{not: [valid", "just a string", "[1, 2]", "info: {}"])
def test_unreadable_documents_are_refused(text: str) -> None:
    with pytest.raises(SpecError, match=r"new\.yaml"):
        parse_spec(text, "new.yaml")


# Detailed changes, on synthetic bumps of the vendored spec (tests/support/spec_bump.py).


def _details(new: dict[str, Any]) -> set[tuple[str, str, bool]]:
    return {(c.subject, c.text, c.breaking) for c in compare_specs(load_spec(), new).details}


def test_a_rename_is_reported_as_a_rename_not_as_a_removal_and_an_addition() -> None:
    new = spec_bump.rename_operation(spec_bump.fresh(), "setAccessRestriction", "putAccessRestriction")
    changes = compare_specs(load_spec(), new)
    assert [(r.old, r.new) for r in changes.renames] == [("setAccessRestriction", "putAccessRestriction")]
    assert not changes.operations_added and not changes.operations_removed and not changes.operations_changed
    assert [c.subject for c in changes.breaking] == ["setAccessRestriction"]
    assert "> setAccessRestriction -> putAccessRestriction  (PUT /v1/customers/{customerId}/access-restrictions)" in (
        format_report(changes)
    )


def test_parameters_added_removed_and_changed_are_classified() -> None:
    new = spec_bump.fresh()
    spec_bump.add_query_parameter(new, "getCustomers", "updatedSince", {"type": "string", "format": "date-time"})
    spec_bump.add_query_parameter(new, "getClassSlots", "studioZone", {"type": "integer"}, required=True)
    spec_bump.make_parameter_required(new, "getCustomers", "customerStatus")
    definition = new["paths"]["/v1/customers"]["get"]
    definition["parameters"] = [p for p in definition["parameters"] if p.get("name") != "lastOffsetId"]

    details = _details(new)

    assert ("getCustomers", "query parameter `updatedSince` added (optional, string (date-time))", False) in details
    assert ("getClassSlots", "query parameter `studioZone` added (required, integer)", True) in details
    assert ("getCustomers", "query parameter `customerStatus` made required", True) in details
    assert ("getCustomers", "query parameter `lastOffsetId` removed", True) in details


def test_enum_values_added_and_removed_are_reported_per_enum() -> None:
    new = spec_bump.add_enum_value(spec_bump.fresh(), "Customer", "ALUMNUS", prop="status")
    spec_bump.add_parameter_enum_value(new, "getCustomers", "customerStatus", "ALUMNUS")
    dropped = load_spec()["components"]["schemas"]["Customer"]["properties"]["status"]["enum"][-1]
    spec_bump.remove_enum_value(new, "Customer", dropped, prop="status")

    details = _details(new)

    assert ("Customer.status", "enum values added: ALUMNUS", False) in details
    assert ("Customer.status", f"enum values removed: {dropped}", True) in details
    assert ("getCustomers query parameter customerStatus", "enum values added: ALUMNUS", False) in details


def test_properties_added_and_removed_are_reported_per_schema() -> None:
    new = spec_bump.add_property(spec_bump.fresh(), "Customer", "nickname", {"type": "string"})
    spec_bump.remove_property(new, "Customer", "imageUrl")
    details = _details(new)
    assert ("Customer", "property `nickname` added (optional, string)", False) in details
    assert ("Customer", "property `imageUrl` removed", True) in details


def test_required_changes_break_requests_when_added_and_responses_when_dropped() -> None:
    new = spec_bump.fresh()
    spec_bump.add_property(new, "StudioInformation", "timezone", {"type": "string"}, required=True)
    new["components"]["schemas"]["StudioInformation"]["required"].remove("studioId")
    new["components"]["schemas"]["CustomerSearchRequest"]["required"] = ["lastName"]

    details = _details(new)

    assert ("StudioInformation", "now required (read from responses): timezone", False) in details
    assert ("StudioInformation", "no longer required (read from responses): studioId", True) in details
    assert ("CustomerSearchRequest", "now required (sent in requests): lastName", True) in details


def test_tags_added_and_removed() -> None:
    new = spec_bump.add_tag_with_list_and_post(spec_bump.fresh(), "Lockers", "Customer")
    for tag in new["tags"]:
        if tag["name"] == "Checkin vouchers":
            tag["name"] = "Vouchers"
    for item in new["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("tags") == ["Checkin vouchers"]:
                operation["tags"] = ["Vouchers"]

    details = _details(new)

    assert ("tag Lockers", "added", False) in details
    assert ("tag Checkin vouchers", "removed", True) in details
    assert ("tag Vouchers", "added", False) in details
    assert ("getLockersItems", "operation added (GET /v1/lockers)", False) in details


def _changes(*details: Change) -> SpecChanges:
    return SpecChanges("1", "2", 0, 0, (), (), (), (), (), (), details=details)


@pytest.mark.parametrize(
    ("current", "breaking", "expected"),
    [("0.1.0", True, "0.2.0"), ("0.1.3", False, "0.1.4"), ("1.4.2", True, "2.0.0"), ("1.4.2", False, "1.4.3")],
)
def test_the_version_bump_follows_semver_with_breaking_bumping_the_minor_while_0x(
    current: str, breaking: bool, expected: str
) -> None:
    assert next_version(current, _changes(Change("x", "y", breaking))) == expected


def test_changelog_section_names_the_bump_and_splits_breaking_from_non_breaking() -> None:
    changes = _changes(Change("getThing", "operation removed (GET /x)", True), Change("Thing", "schema added", False))
    section = format_changelog_section(changes, current="0.1.0", version="0.2.0", date="2026-01-02")
    assert section.startswith("## 0.2.0 (2026-01-02): PerfectGym API 1 -> 2\n")
    assert "Version bump: minor (0.1.0 -> 0.2.0); 1 breaking, 1 non-breaking change(s)." in section
    assert section.index("### Breaking\n\n- `getThing`: operation removed") < section.index(
        "### Non-breaking\n\n- `Thing`: schema added"
    )


def test_a_success_response_body_changed_to_another_schema_is_breaking() -> None:
    new = spec_bump.set_response_body(spec_bump.fresh(), "getCustomerById", "200", "Employee")
    changes = compare_specs(load_spec(), new)
    assert ("getCustomerById", "response 200 body Customer -> Employee", True) in _details(new)
    assert next_version("0.1.0", changes) == "0.2.0"


def test_a_success_body_removed_is_breaking_and_one_added_is_not() -> None:
    new = spec_bump.set_response_body(spec_bump.fresh(), "getCustomerById", "200", None)
    assert ("getCustomerById", "response 200 body (Customer) removed", True) in _details(new)
    assert ("getCustomerById", "response 200 body (Customer) added", False) in {
        (c.subject, c.text, c.breaking) for c in compare_specs(new, load_spec()).details
    }


def test_a_success_status_code_change_is_breaking() -> None:
    new = spec_bump.move_response(spec_bump.fresh(), "getCustomerById", "200", "201")
    assert ("getCustomerById", "success status 200 -> 201", True) in _details(new)


def test_a_request_body_changed_to_another_schema_is_breaking() -> None:
    new = spec_bump.set_request_body(spec_bump.fresh(), "searchCustomers", "Customer")
    assert ("searchCustomers", "request body CustomerSearchRequest -> Customer", True) in _details(new)


def test_body_changes_appear_in_the_changelog_as_breaking() -> None:
    new = spec_bump.set_response_body(spec_bump.fresh(), "getCustomerById", "200", "Employee")
    section = format_changelog_section(compare_specs(load_spec(), new), current="0.1.0", version="0.2.0", date="d")
    assert "### Breaking\n\n- `getCustomerById`: response 200 body Customer -> Employee" in section


def _constrained(**constraints: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    """The vendored spec with getCustomers' sliceSize and Customer.firstName constrained as given, twice."""
    old, new = spec_bump.fresh(), spec_bump.fresh()
    for spec, key in ((old, "old"), (new, "new")):
        values = {name: pair[key] for name, pair in constraints.items()}
        spec_bump.set_parameter_constraint(spec, "getCustomers", "sliceSize", **values)
        spec_bump.set_property_constraint(spec, "Customer", "firstName", **values)
    return old, new


@pytest.mark.parametrize(
    ("key", "old", "new", "breaking"),
    [
        ("maximum", 100, 50, True),
        ("maximum", 50, 100, False),
        ("minimum", 1, 10, True),
        ("minimum", 10, None, False),
        ("maxLength", None, 20, True),
        ("minLength", 3, 1, False),
        ("maxItems", 10, 5, True),
        ("pattern", None, "^[A-Z]+$", True),
        ("pattern", "^[A-Z]+$", None, False),
    ],
)
def test_a_tightened_constraint_is_breaking_and_a_loosened_one_is_not(
    key: str, old: Any, new: Any, breaking: bool
) -> None:
    before, after = _constrained(**{key: {"old": old, "new": new}})
    details = {(c.subject, c.breaking) for c in compare_specs(before, after).details if key in c.text}
    assert details == {("getCustomers", breaking), ("Customer", breaking)}
