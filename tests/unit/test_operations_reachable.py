"""Every operation of openapi.yaml is reachable from AsyncPerfectGym, typed, in both views.

The expected list is read from the spec at test time, so an operation added by a spec
bump fails here until `make generate` has produced its method.
"""

from __future__ import annotations

import inspect

import pytest
from openapi_python_client.strings import snake_case

import perfectgym
from perfectgym._resource import RawResource, Resource
from tests.support.fakes import make_client
from tests.support.spec import load_spec
from tools.spec_changes import Operation, collect_operations

SPEC_OPERATIONS = collect_operations(load_spec())


def test_operations_table_matches_the_spec() -> None:
    assert set(perfectgym.OPERATIONS) == set(SPEC_OPERATIONS)
    for operation_id, op in perfectgym.OPERATIONS.items():
        spec_op = SPEC_OPERATIONS[operation_id]
        assert (op.method, op.path) == (spec_op.method.upper(), spec_op.path)
        assert op.tag == snake_case((spec_op.definition.get("tags") or ["default"])[0])


@pytest.mark.parametrize("op", SPEC_OPERATIONS.values(), ids=list(SPEC_OPERATIONS))
def test_operation_is_a_typed_async_method_of_its_tag_namespace(op: Operation) -> None:
    client = make_client()
    namespace = getattr(client, snake_case(op.definition["tags"][0]))
    assert isinstance(namespace, Resource)
    name = snake_case(op.key)
    method = getattr(namespace, name)
    raw_method = getattr(namespace.with_raw_response, name)
    assert isinstance(namespace.with_raw_response, RawResource)
    for function in (method, raw_method):
        assert inspect.iscoroutinefunction(function)
        assert inspect.signature(function).return_annotation not in (inspect.Signature.empty, "Any")


def test_tag_namespaces_named_in_the_issue_exist() -> None:
    client = make_client()
    for name in ("customers", "classes", "membership_self_service", "online_offers", "appointments", "studios"):
        assert isinstance(getattr(client, name), Resource)
