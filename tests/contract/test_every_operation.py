"""Every operation of openapi.yaml, called through the public client against Prism.

Prism validates each request against the spec (``--errors``): a violation comes back as
an error status with an ``sl-violations`` header. Each call must produce no violation,
a documented success status, and a body parsed into the operation's typed model.
"""

from __future__ import annotations

import pytest
from openapi_python_client.strings import snake_case

import perfectgym
from tests.contract.arguments import arguments_for
from tests.contract.calling import call_and_check, recording_client
from tests.contract.exclusions import EXCLUDED
from tests.contract.record import EXERCISED
from tests.support.spec import load_spec
from tools.spec_changes import collect_operations

SPEC_OPERATION_IDS = sorted(collect_operations(load_spec()))
CALLED = [op for op in SPEC_OPERATION_IDS if op not in EXCLUDED]


def test_every_operation_is_covered_or_excluded_with_a_reason() -> None:
    assert set(EXCLUDED) <= set(SPEC_OPERATION_IDS), "an exclusion names an operation the spec does not have"
    assert all(reason.strip() for reason in EXCLUDED.values())
    assert sorted(CALLED + list(EXCLUDED)) == SPEC_OPERATION_IDS


@pytest.mark.asyncio
@pytest.mark.parametrize("operation_id", CALLED)
async def test_operation_against_prism(operation_id: str, prism_url: str) -> None:
    async with recording_client(prism_url) as (client, recorded):
        resource = getattr(client, perfectgym.OPERATIONS[operation_id].tag)
        raw_method = getattr(resource.with_raw_response, snake_case(operation_id))
        await call_and_check(client, operation_id, arguments_for(operation_id, raw_method))
    assert not recorded.violations()
    EXERCISED.add(operation_id)
