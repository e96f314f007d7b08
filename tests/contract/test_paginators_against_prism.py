"""One ``iter_*`` run per paginated operation, through the client to Prism.

Prism's slices come from the spec's examples, so ``hasNext`` and ``offset`` never change:
the run asks for at most two slices (the second one sent with the offset the first returned)
and stops; a second slice that repeats the offset is a loop, refused before it is yielded.
Every slice must draw no ``sl-violations`` and validate strictly.
"""

from __future__ import annotations

import typing
from contextlib import aclosing
from typing import Any

import pytest
from openapi_python_client.strings import snake_case

import perfectgym
from tests.contract.arguments import arguments_for
from tests.contract.calling import documented_successes, recording_client
from tests.contract.exclusions import EXCLUDED

PAGINATED = sorted(op for op, o in perfectgym.OPERATIONS.items() if o.is_paginated and op not in EXCLUDED)
MAX_SLICES = 2


def _iterator(client: perfectgym.AsyncPerfectGym, operation_id: str) -> Any:
    """The paginator method users call: ``getCustomers`` -> ``client.customers.iter_customers``."""
    resource = getattr(client, perfectgym.OPERATIONS[operation_id].tag)
    return getattr(resource, f"iter_{snake_case(operation_id).removeprefix('get_')}")


def test_the_spec_has_paginated_operations() -> None:
    assert PAGINATED


@pytest.mark.asyncio
@pytest.mark.parametrize("operation_id", PAGINATED)
async def test_a_paginator_run_validates_every_slice(operation_id: str, prism_url: str) -> None:
    async with recording_client(prism_url) as (client, recorded):
        iterate = _iterator(client, operation_id)
        pages: list[Any] = []
        looped: perfectgym.PaginationError | None = None
        try:
            async with aclosing(iterate(**arguments_for(operation_id, iterate)).pages()) as slices:
                async for page in slices:
                    pages.append(page)
                    if len(pages) == MAX_SLICES:
                        break
        except perfectgym.PaginationError as exc:
            # Prism answers the second request with the same example slice: its offset would loop, so
            # that slice is refused before it is yielded (it was fetched and validated all the same).
            looped = exc
    item_type, page_type = typing.get_args(typing.get_type_hints(iterate)["return"])
    assert pages and len(recorded) == len(pages) + (looped is not None)
    if looped is not None:
        assert "same offset" in str(looped) and recorded[1].request.url.params.get("offset") == pages[0].offset
    for page in pages:
        assert isinstance(page, page_type)
        page.to_dict()  # validate_responses already read every field; this proves nothing was left unread
        assert all(isinstance(item, item_type) for item in page.result)
    if len(pages) == MAX_SLICES:
        assert recorded[1].request.url.params.get("offset") == pages[0].offset
    elif looped is None:
        assert pages[0].has_next is False
    assert all(response.status_code in documented_successes(operation_id) for response in recorded)
    assert not recorded.violations()
