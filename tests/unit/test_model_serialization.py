"""Models out as JSON: `to_dict()` (absent fields left out, or listed as None), `to_json()`; shapes from the spec."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from perfectgym.types import UNSET, Customer
from tests.support.spec import load_spec, schema_example

SCHEMAS = load_spec()["components"]["schemas"]
CUSTOMER = schema_example("Customer")
REQUIRED = set(SCHEMAS["Customer"].get("required", ()))
DECLARED = set(SCHEMAS["Customer"]["properties"])


def _nested_list_field() -> tuple[str, str]:
    """A Customer property that is an array of a named schema (name, schema name), read from the spec."""
    for name, prop in SCHEMAS["Customer"]["properties"].items():
        ref = (prop.get("items") or {}).get("$ref", "")
        if prop.get("type") == "array" and ref:
            return name, ref.rsplit("/", 1)[-1]
    raise AssertionError("the spec's Customer has no array of objects")


@settings(max_examples=60, deadline=None)
@given(st.sets(st.sampled_from(sorted(DECLARED - REQUIRED))))
def test_absent_fields_are_left_out_or_listed_as_none(present: set[str]) -> None:
    raw = {key: value for key, value in CUSTOMER.items() if key in REQUIRED | present}
    customer = Customer.from_dict(raw)
    assert set(customer.to_dict()) == REQUIRED | present
    full = customer.to_dict(exclude_unset=False)
    assert set(full) == DECLARED
    assert all(full[key] is None for key in DECLARED - REQUIRED - present)
    again = Customer.from_dict(full)  # null in an optional field reads as absent: the same model
    assert again == customer


def test_nested_models_get_the_full_shape_too() -> None:
    field, schema = _nested_list_field()
    required = set(SCHEMAS[schema].get("required", ()))
    item = {key: value for key, value in schema_example(schema).items() if key in required}
    raw = {key: CUSTOMER[key] for key in REQUIRED} | {field: [item]}
    nested = Customer.from_dict(raw).to_dict(exclude_unset=False)[field]
    assert nested == [dict.fromkeys(SCHEMAS[schema]["properties"]) | item]
    assert Customer.from_dict(raw).to_dict()[field] == [item]


def test_to_json_is_to_dict_as_compact_json_keeping_non_ascii() -> None:
    raw: dict[str, Any] = {key: CUSTOMER[key] for key in REQUIRED} | {"firstName": "Zoë", "additionalKey": [1]}
    customer = Customer.from_dict(raw)
    text = customer.to_json()
    assert json.loads(text) == customer.to_dict() == raw  # unknown keys go back out as they came
    assert "Zoë" in text and ", " not in text
    assert json.loads(customer.to_json(exclude_unset=False)) == customer.to_dict(exclude_unset=False)


def test_a_model_built_in_code_serializes_the_same_way() -> None:
    built = Customer.from_dict({key: CUSTOMER[key] for key in REQUIRED})
    built.first_name = "Ada"
    assert built.to_dict()["firstName"] == "Ada"
    built.first_name = UNSET
    assert "firstName" not in built.to_dict() and built.to_dict(exclude_unset=False)["firstName"] is None


def test_unset_survives_pickle_and_copies_so_a_copied_model_serializes_the_same() -> None:
    import copy
    import pickle

    from perfectgym.types import CustomerSearchRequest

    model = CustomerSearchRequest(email="a@b.c")
    for copied in (pickle.loads(pickle.dumps(model)), copy.deepcopy(model), copy.copy(model)):
        assert copied.to_dict() == model.to_dict() == {"email": "a@b.c"}
        assert copied.first_name is UNSET
    assert pickle.loads(pickle.dumps(UNSET)) is UNSET
