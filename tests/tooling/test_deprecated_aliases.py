"""A rename recorded in spec-renames.json becomes a generated alias that warns and calls the new operation.

The layer is generated (the real generator, ~2 s) from openapi.yaml with a synthetic entry
naming an existing operation as the new one, and its customers tag module is imported from
the temporary folder.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import httpx
import pytest
import respx

from tests.support.fakes import BASE_URL, make_client
from tests.support.spec import REPO_ROOT
from tools.generate_layer import main as generate_layer

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def layer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    folder = tmp_path_factory.mktemp("layer")
    renames = folder / "spec-renames.json"
    entries = [
        {"old": "setRestriction", "new": "setAccessRestriction", "since": "9.9.9"},
        {"old": "listCustomers", "new": "getCustomers", "since": "9.9.9"},
    ]
    renames.write_text(json.dumps({"renames": entries}))
    output = folder / "layer_with_aliases.py"
    spec, config = REPO_ROOT / "openapi.yaml", REPO_ROOT / "generator-config.yml"
    args = ["--spec", str(spec), "--config", str(config), "--renames", str(renames), "--output", str(output)]
    assert generate_layer(args) == 0
    module_spec = importlib.util.spec_from_file_location("layer_with_aliases", folder / "_resources" / "customers.py")
    assert module_spec is not None and module_spec.loader is not None
    module = importlib.util.module_from_spec(module_spec)
    sys.modules[module_spec.name] = module
    module_spec.loader.exec_module(module)
    yield module
    del sys.modules[module_spec.name]


@pytest.mark.asyncio
async def test_the_old_name_warns_and_calls_the_renamed_operation(layer: ModuleType) -> None:
    body = {"reason": "unpaid", "startDate": "2026-01-01", "endDate": "2026-01-31"}
    async with make_client() as client:
        customers = layer.CustomersResource(client._pipeline)
        with respx.mock(base_url=BASE_URL) as api:
            route = api.put("/v1/customers/7/access-restrictions").mock(return_value=httpx.Response(200, json=body))
            with pytest.warns(DeprecationWarning, match=r"set_restriction\(\) is deprecated.*set_access_restriction"):
                restriction = await customers.set_restriction(7, body=body)
    assert route.call_count == 1
    assert restriction.reason == "unpaid"


@pytest.mark.asyncio
async def test_the_old_raw_and_iter_names_warn_too(layer: ModuleType) -> None:
    page = {"result": [], "hasNext": False, "offset": "0"}
    async with make_client() as client:
        customers = layer.CustomersResource(client._pipeline)
        with respx.mock(base_url=BASE_URL) as api:
            route = api.get("/v1/customers").mock(return_value=httpx.Response(200, json=page))
            with pytest.warns(DeprecationWarning, match=r"iter_list_customers\(\) is deprecated.*iter_customers"):
                items = [c async for c in customers.iter_list_customers()]
            with pytest.warns(DeprecationWarning, match=r"list_customers\(\) is deprecated"):
                raw = await customers.with_raw_response.list_customers()
    assert items == [] and raw.status_code == 200 and route.call_count == 2


def test_without_renames_no_alias_is_generated() -> None:
    layer = REPO_ROOT / "custom" / "perfectgym"
    generated = [layer / "_generated_resources.py", *sorted((layer / "_resources").glob("*.py"))]
    committed = "".join(path.read_text() for path in generated)
    entries = json.loads((REPO_ROOT / "spec-renames.json").read_text())["renames"]
    assert ("DeprecationWarning" in committed) == bool(entries)


def test_aliases_go_only_to_their_tag_module(layer: ModuleType) -> None:
    assert layer.__file__ is not None
    folder = Path(layer.__file__).parent
    with_aliases = [path.name for path in folder.glob("*.py") if "def _deprecated(" in path.read_text()]
    assert with_aliases == ["customers.py"]
    assert "def _deprecated(" not in (folder.parent / "layer_with_aliases.py").read_text()
