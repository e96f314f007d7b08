"""Generated models read each field through a per-field descriptor (generator-templates/ at work).

What makes reading every field cheap (issue 13) without changing what a field reads as: the
parsed value is stored on the instance, nested model classes are bound once, known enum values
are looked up, and from_dict keeps the caller's dict. Field names come from the Customer schema
of openapi.yaml, so a spec bump moves them.
"""

from __future__ import annotations

import builtins
import enum
import importlib
import pickle
from types import MappingProxyType
from typing import Any

import attrs
import pytest
from openapi_python_client.strings import snake_case

from perfectgym_client.models import Customer
from perfectgym_client.types import UNSET, LazyField
from tests.support.spec import load_spec, schema_example
from tools.spec_changes import resolve

SPEC = load_spec()
PROPERTIES: dict[str, Any] = SPEC["components"]["schemas"]["Customer"]["properties"]
ENUM = next(name for name, sub in PROPERTIES.items() if "enum" in resolve(sub, SPEC))
NESTED = [name for name, sub in PROPERTIES.items() if "$ref" in sub and "properties" in resolve(sub, SPEC)]
STRING = next(
    name
    for name, sub in PROPERTIES.items()
    if sub.get("type") == "string" and set(sub) <= {"type", "description", "example"}
)


def _body(**overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = schema_example("Customer") | overrides
    return body


def test_every_field_is_a_descriptor_that_stores_its_parsed_value_so_it_is_parsed_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    names = [field.name for field in attrs.fields(Customer)]
    assert all(isinstance(vars(Customer).get(name), LazyField) for name in names)
    assert "__getattr__" not in vars(Customer)
    body = _body()
    customer = Customer.from_dict(body)
    name = snake_case(STRING)
    assert name not in vars(customer)
    first = getattr(customer, name)
    assert vars(customer)[name] == first == body[STRING]

    def parse_again(_: Any) -> Any:
        raise AssertionError("a stored field was parsed again")

    monkeypatch.setattr(vars(Customer)[name], "parse", parse_again)
    assert getattr(customer, name) == first
    with pytest.raises(AttributeError):
        customer.not_a_field  # type: ignore[attr-defined]  # noqa: B018


def test_from_dict_keeps_the_callers_dict_without_copying_it_but_copies_another_mapping() -> None:
    body = _body()
    assert vars(Customer.from_dict(body))["_raw"] is body
    proxy = Customer.from_dict(MappingProxyType(body))  # a mapping that is not a dict: copied once
    assert type(vars(proxy)["_raw"]) is dict and getattr(proxy, snake_case(STRING)) == body[STRING]
    with pytest.raises(TypeError, match="expected a JSON object"):
        Customer.from_dict(["not", "an", "object"])  # type: ignore[arg-type]


def test_nested_model_classes_are_bound_once_not_imported_on_every_read(monkeypatch: pytest.MonkeyPatch) -> None:
    assert len(NESTED) >= 2, "the test needs two nested object properties of Customer"
    getattr(Customer.from_dict(_body()), snake_case(NESTED[0]))  # the first read may bind them
    imports: list[str] = []
    real_import = builtins.__import__

    def counting_import(name: str, *args: Any, **kwargs: Any) -> Any:
        imports.append(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", counting_import)
    customer = Customer.from_dict(_body())
    nested = [getattr(customer, snake_case(name)) for name in NESTED]
    assert imports == []
    module = importlib.import_module(Customer.__module__)
    assert all(vars(module)[type(value).__name__] is type(value) for value in nested)


def test_a_known_enum_value_is_looked_up_without_calling_the_enum_and_an_unknown_one_is_kept(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[object] = []
    real_call = enum.EnumType.__call__

    def counting_call(cls: Any, value: Any, *args: Any, **kwargs: Any) -> Any:
        calls.append(value)
        return real_call(cls, value, *args, **kwargs)

    known = resolve(PROPERTIES[ENUM], SPEC)["enum"][0]
    monkeypatch.setattr(enum.EnumType, "__call__", counting_call)
    member = getattr(Customer.from_dict(_body(**{ENUM: known})), snake_case(ENUM))
    assert calls == [] and member == known and not member.is_unknown
    unknown = getattr(Customer.from_dict(_body(**{ENUM: "NOT_YET_KNOWN"})), snake_case(ENUM))
    assert calls == ["NOT_YET_KNOWN"] and unknown.is_unknown and type(unknown) is type(member)


def test_models_built_by_init_evolve_or_pickle_read_through_the_same_descriptors() -> None:
    name = snake_case(STRING)
    assert isinstance(vars(Customer)[name], LazyField) and isinstance(
        vars(Customer)["additional_properties"], LazyField
    )
    wire = Customer.from_dict(_body(futureField=7))
    copy = pickle.loads(pickle.dumps(wire))  # nothing read yet: every field parses after loading
    assert copy == wire and copy.additional_properties == {"futureField": 7}
    built = Customer(**{a.name: getattr(wire, a.name) for a in attrs.fields(Customer) if a.init})
    assert built.additional_properties == {} and getattr(built, name) == getattr(wire, name)
    changed = attrs.evolve(built, **{name: "Other"})  # type: ignore[arg-type]
    assert getattr(changed, name) == "Other" and changed != built
    delattr(built, name)
    with pytest.raises(AttributeError):  # not built by from_dict: nothing to parse it from
        getattr(built, name)


def test_additional_properties_are_built_on_first_read_and_then_kept_with_their_changes() -> None:
    assert isinstance(vars(Customer)["additional_properties"], LazyField)
    customer = Customer.from_dict(_body(futureField={"a": 1}))
    assert "additional_properties" not in vars(customer)
    customer["addedLater"] = True
    assert customer.additional_properties == {"futureField": {"a": 1}, "addedLater": True}
    assert customer.to_dict()["addedLater"] is True
    assert Customer.from_dict(_body()).additional_properties == {}
    assert getattr(Customer.from_dict({STRING: None}), snake_case(STRING)) is UNSET


def test_a_dict_subclass_is_copied_so_a_defaultdict_cannot_invent_a_missing_required_field() -> None:
    from collections import defaultdict

    from perfectgym_client.errors import MalformedFieldError
    from perfectgym_client.models.customer import Customer
    from tests.support.spec import schema_example

    source = schema_example("Customer")
    del source["id"]
    customer = Customer.from_dict(defaultdict(lambda: 7, source))
    with pytest.raises(MalformedFieldError, match="missing required key"):
        _ = customer.id
