"""Models out as JSON: `to_dict()` (absent fields left out, or listed as None), `to_json()`; shapes from the spec."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openapi_python_client.strings import snake_case

from perfectgym import MalformedFieldError
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


def _date_field() -> str:
    """An optional Customer property of format date or date-time, read from the spec."""
    properties = SCHEMAS["Customer"]["properties"]
    return next(k for k in sorted(DECLARED - REQUIRED) if properties[k].get("format") in {"date", "date-time"})


OPTIONAL_TEXT = next(
    k
    for k in sorted(DECLARED - REQUIRED)
    if SCHEMAS["Customer"]["properties"][k].get("type") == "string"
    and "format" not in SCHEMAS["Customer"]["properties"][k]
    and "enum" not in SCHEMAS["Customer"]["properties"][k]
)


@settings(max_examples=40, deadline=None)
@given(missing=st.sets(st.sampled_from(sorted(REQUIRED)), min_size=1), changed=st.booleans(), read=st.booleans())
def test_a_response_missing_required_fields_or_holding_a_malformed_one_serializes_as_received(
    missing: set[str], changed: bool, read: bool
) -> None:
    """As openai-python's models dump what the server sent: to_dict() never fails on a response; reads still do."""
    raw: dict[str, Any] = {k: v for k, v in CUSTOMER.items() if k not in missing} | {_date_field(): "not-a-date"}
    customer = Customer.from_dict(raw)
    with pytest.raises(MalformedFieldError):
        getattr(customer, snake_case(sorted(missing)[0]))
    if read:  # fields already read keep their value, serialized as to_dict() always does
        assert getattr(customer, snake_case(OPTIONAL_TEXT)) == raw.get(OPTIONAL_TEXT, UNSET)
    if changed:
        setattr(customer, snake_case(OPTIONAL_TEXT), "Ada")
    expected = raw | ({OPTIONAL_TEXT: "Ada"} if changed else {})
    shaped = customer.to_dict()
    assert shaped == expected and json.loads(customer.to_json()) == expected
    full = customer.to_dict(exclude_unset=False)
    assert all(full[key] is None for key in missing) and set(full) == DECLARED
    shaped[_date_field()] = "changed by the caller"
    assert customer.to_dict() == expected  # a fresh dict each time: the model's JSON is not handed out


def test_a_field_set_to_unset_on_a_malformed_response_is_left_out() -> None:
    raw = {k: v for k, v in CUSTOMER.items() if k != sorted(REQUIRED)[0]} | {OPTIONAL_TEXT: "Bo"}
    customer = Customer.from_dict(raw)
    setattr(customer, snake_case(OPTIONAL_TEXT), UNSET)
    assert OPTIONAL_TEXT not in customer.to_dict()


def _list_of_strings_field() -> str:
    """A Customer property that is an array of plain strings, read from the spec."""
    properties = SCHEMAS["Customer"]["properties"]
    return next(k for k, p in sorted(properties.items()) if (p.get("items") or {}).get("type") == "string")


def test_to_dict_hands_out_fresh_containers_never_the_models_own() -> None:
    strings = _list_of_strings_field()
    raw = {key: CUSTOMER[key] for key in REQUIRED} | {strings: ["a", "b"], "futureField": {"k": [1, 2]}}
    customer = Customer.from_dict(raw)
    for _ in range(2):  # a well-formed model, then one whose to_dict() keeps a field as received
        shaped = customer.to_dict()
        shaped[strings].append("INJECTED")
        shaped["futureField"]["k"].append(3)
        assert customer.to_dict() == raw and getattr(customer, snake_case(strings)) == ["a", "b"]
        customer = Customer.from_dict({**raw, _date_field(): "not-a-date"})
        raw = {**raw, _date_field(): "not-a-date"}


def test_a_value_nested_thousands_deep_beside_a_malformed_field_still_serializes() -> None:
    deep: Any = "leaf"
    for _ in range(5000):
        deep = [deep]
    raw = {key: CUSTOMER[key] for key in REQUIRED} | {_date_field(): "not-a-date", "futureField": deep}
    shaped = Customer.from_dict(raw).to_dict()
    depth, node = 0, shaped["futureField"]
    while isinstance(node, list):
        depth, node = depth + 1, node[0]
    assert depth == 5000 and node == "leaf"


def test_an_extra_named_like_a_declared_field_loses_to_it_whether_or_not_another_field_is_malformed() -> None:
    declared_id = sorted(REQUIRED)[0]
    base = {key: CUSTOMER[key] for key in REQUIRED}
    for raw in (base, {**base, _date_field(): "not-a-date"}):
        customer = Customer.from_dict(raw)
        customer.additional_properties[declared_id] = "from extras"
        assert customer.to_dict()[declared_id] == raw[declared_id]


def test_to_json_writes_dates_set_in_extras_and_text_that_is_not_valid_unicode() -> None:
    import datetime

    customer = Customer.from_dict({key: CUSTOMER[key] for key in REQUIRED} | {OPTIONAL_TEXT: "a\ud800b"})
    customer.additional_properties["since"] = datetime.date(2026, 1, 31)
    text = customer.to_json()
    text.encode("utf-8")  # always encodable
    assert json.loads(text)["since"] == "2026-01-31" and json.loads(text)[OPTIONAL_TEXT] == "a\ud800b"


def test_a_list_of_strings_holding_other_json_types_is_malformed_when_read() -> None:
    strings = _list_of_strings_field()
    customer = Customer.from_dict({key: CUSTOMER[key] for key in REQUIRED} | {strings: ["a", 1, {"b": 2}]})
    with pytest.raises(MalformedFieldError):
        getattr(customer, snake_case(strings))
    assert customer.to_dict()[strings] == ["a", 1, {"b": 2}]  # as received


def test_to_json_writes_a_nan_or_infinity_a_lenient_server_sent_as_null_so_the_text_is_json() -> None:
    def no_constants(name: str) -> object:
        raise AssertionError(f"not JSON: {name}")

    raw = {key: CUSTOMER[key] for key in REQUIRED} | {"score": float("nan"), "nested": [float("inf"), 1.5]}
    for customer in (Customer.from_dict(raw), Customer.from_dict({**raw, _date_field(): "not-a-date"})):
        parsed = json.loads(customer.to_json(), parse_constant=no_constants)
        assert parsed["score"] is None and parsed["nested"] == [None, 1.5]


def test_a_model_holding_a_value_that_contains_itself_fails_to_serialize_instead_of_looping() -> None:
    loop: dict[str, Any] = {}
    loop["self"] = loop
    shared = [1, 2]
    customer = Customer.from_dict({key: CUSTOMER[key] for key in REQUIRED} | {"futureField": loop})
    with pytest.raises(ValueError, match="contains itself"):
        customer.to_dict()
    twice = Customer.from_dict({key: CUSTOMER[key] for key in REQUIRED} | {"a": shared, "b": {"c": shared}})
    assert twice.to_dict()["b"] == {"c": [1, 2]}  # the same list twice is no cycle
