"""``perfectgym call --param NAME=VALUE``: names and values read through the operation's own parameter schemas.

Operations are picked from ``perfectgym.OPERATIONS`` by the shape of their parameters, so a
spec bump that renames them does not break these tests.
"""

from __future__ import annotations

import pytest

from perfectgym import OPERATIONS, InvalidRequestError, Operation
from perfectgym._schema import Parameter
from perfectgym.cli._params import parse_params


def first(kind: str, *, required: bool | None = None, enum: bool = False) -> tuple[Operation, Parameter]:
    for operation in OPERATIONS.values():
        for parameter in operation.parameters:
            schema = parameter.schema
            wanted = required is None or parameter.required == required
            if schema.kind == kind and wanted and (not enum or schema.enum_name is not None):
                return operation, parameter
    raise AssertionError(f"the spec has no {kind} parameter of that kind")


def test_an_integer_is_parsed_by_the_spec_or_python_name_and_the_sdk_accepts_it() -> None:
    operation, parameter = first("integer", required=True)
    for name in (parameter.name, parameter.python_name):
        arguments = parse_params(operation, [f"{name}=12"])
        assert arguments[parameter.python_name] == 12
    assert operation.prepare_arguments(dict(arguments), {})[parameter.python_name] == 12


def test_text_that_is_not_an_integer_reaches_the_sdk_and_is_refused_with_its_message() -> None:
    operation, parameter = first("integer", required=True)
    arguments = parse_params(operation, _required_pairs(operation, {parameter.name: "1e3"}))
    assert arguments[parameter.python_name] == "1e3"
    with pytest.raises(InvalidRequestError, match=f"{operation.operation_id}: {parameter.python_name} must be"):
        operation.prepare_arguments(arguments, {})


def test_an_enum_value_stays_the_apis_string_for_the_sdk_to_convert() -> None:
    operation, parameter = first("string", enum=True)
    allowed = parameter.schema.enum_type
    assert allowed is not None
    value = next(iter(allowed)).value
    arguments = parse_params(operation, _required_pairs(operation, {parameter.name: str(value)}))
    prepared = operation.prepare_arguments(dict(arguments), {})
    assert prepared[parameter.python_name] == allowed(value)


def test_a_repeated_array_parameter_becomes_a_list_of_its_item_type() -> None:
    operation, parameter = first("array")
    items = parameter.schema.items
    assert items is not None
    values = ["7", "8"] if items.kind == "integer" else ["a", "b"]
    pairs = _required_pairs(operation, {}) + [f"{parameter.name}={v}" for v in values]
    arguments = parse_params(operation, pairs)
    assert arguments[parameter.python_name] == [int(v) if items.kind == "integer" else v for v in values]


def test_a_misspelt_name_is_refused_with_the_close_match_and_the_names_it_takes() -> None:
    operation, parameter = first("integer", required=True)
    misspelt = parameter.name.upper()
    with pytest.raises(InvalidRequestError, match="did you mean") as caught:
        parse_params(operation, [f"{misspelt}=1"])
    assert f"unknown parameter {misspelt!r}" in str(caught.value) and parameter.name in str(caught.value)


@pytest.mark.parametrize(
    ("pairs", "message"),
    [
        (["no-equals-sign"], "must be NAME=VALUE"),
        ([], "missing required parameter"),
    ],
)
def test_malformed_or_incomplete_params_are_refused(pairs: list[str], message: str) -> None:
    operation, _ = first("integer", required=True)
    with pytest.raises(InvalidRequestError, match=message):
        parse_params(operation, pairs)


def test_a_single_valued_parameter_given_twice_is_refused() -> None:
    operation, parameter = first("integer", required=True)
    with pytest.raises(InvalidRequestError, match="given twice"):
        parse_params(operation, [f"{parameter.name}=1", f"{parameter.python_name}=2"])


def _required_pairs(operation: Operation, given: dict[str, str]) -> list[str]:
    """`given`, plus a placeholder integer for every other required parameter."""
    pairs = [f"{name}={value}" for name, value in given.items()]
    return pairs + [f"{p.name}=1" for p in operation.parameters if p.required and p.name not in given]
