"""The change report names exactly what was added, removed and changed."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from tools.spec_changes import SpecError, collect_operations, compare_specs, format_report, parse_spec


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
    assert report.count("getThings") == 1


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
