"""`import perfectgym` loads no generated module; everything it defers still resolves, and a broken path is caught.

The import time itself is measured by `make bench` (benchmark 8), never asserted here.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import attrs
import pytest

import perfectgym
import perfectgym_client.models as models
from perfectgym import OPERATIONS
from tests.support.lazy_paths import lazy_path_failures
from tests.support.spec import REPO_ROOT

GENERATED_PREFIXES = ("perfectgym_client.models", "perfectgym_client.api.", "perfectgym._resources")

# Run in a fresh interpreter: this process has long since imported everything.
FIRST_USE = """
import json, sys
import httpx

def loaded():
    return sorted(m for m in sys.modules if m.startswith(PREFIXES))

import perfectgym
after_import = loaded()
answer = {"id": 1, "name": "Demo", "street": "Main"}
pool = httpx.AsyncClient(transport=httpx.MockTransport(lambda request: httpx.Response(200, json=answer)))
client = perfectgym.AsyncPerfectGym(base_url="https://demo.example", api_key="k", http_client=pool)
studios = client.studios
after_namespace = loaded()

import asyncio
info = asyncio.run(studios.get_studio_information())
print(json.dumps({"after_import": after_import, "after_namespace": after_namespace,
                  "after_call": loaded(), "name": info.name}))
"""


def _first_use() -> dict[str, Any]:
    code = f"PREFIXES = {GENERATED_PREFIXES!r}\n{FIRST_USE}"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO_ROOT, timeout=120)
    assert out.returncode == 0, out.stderr
    result: dict[str, Any] = json.loads(out.stdout)
    return result


def test_import_perfectgym_loads_no_generated_module_and_a_namespace_loads_only_its_own() -> None:
    run = _first_use()
    assert run["after_import"] == ["perfectgym._resources"]  # the tag modules' package: its docstring and a hook
    studios_operation = OPERATIONS["getStudioInformation"]
    tag_modules = [name for name in run["after_namespace"] if name.startswith("perfectgym._resources")]
    assert tag_modules == ["perfectgym._resources", f"perfectgym._resources.{studios_operation.tag}"]
    assert not any(name.startswith("perfectgym_client.api.") for name in run["after_namespace"])
    loaded_models = [name for name in run["after_namespace"] if name.startswith("perfectgym_client.models.")]
    assert 0 < len(loaded_models) < len(models.__all__) // 4  # the tag's own models, not all of them
    endpoints = [name for name in run["after_call"] if name.startswith("perfectgym_client.api.")]
    assert endpoints == [studios_operation.module_name.rpartition(".")[0], studios_operation.module_name]
    assert run["name"] == "Demo"


def test_every_lazily_imported_name_resolves() -> None:
    assert lazy_path_failures() == []
    loaded = set(sys.modules)
    assert {operation.module_name for operation in OPERATIONS.values()} <= loaded
    assert {f"perfectgym._resources.{operation.tag}" for operation in OPERATIONS.values()} <= loaded
    assert all(name in vars(models) for name in models.__all__)  # bound once, then plain attributes


def test_a_model_name_pointing_nowhere_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    name = models.__all__[0]
    monkeypatch.delitem(vars(models), name, raising=False)
    monkeypatch.setitem(models._MODULE_OF, name, ".no_such_model")
    failures = lazy_path_failures()
    assert failures[0].startswith(f"perfectgym_client.models.{name}: ModuleNotFoundError")
    assert all("no_such_model" in failure for failure in failures)  # and the operations that name the model


def test_an_operation_naming_a_missing_module_body_or_enum_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    with_body = next(op for op in OPERATIONS.values() if op.body_model_name is not None)
    with_enum = next(op for op in OPERATIONS.values() if any(p.schema.enum_name is not None for p in op.parameters))
    other = next(op for op in OPERATIONS.values() if op not in (with_body, with_enum))
    parameters = tuple(
        attrs.evolve(p, schema=attrs.evolve(p.schema, enum_name="NoSuchEnum")) if p.schema.enum_name else p
        for p in with_enum.parameters
    )
    monkeypatch.setitem(OPERATIONS, with_body.operation_id, attrs.evolve(with_body, body_model_name="NoSuchBody"))
    monkeypatch.setitem(OPERATIONS, with_enum.operation_id, attrs.evolve(with_enum, parameters=parameters))
    monkeypatch.setitem(OPERATIONS, other.operation_id, attrs.evolve(other, module_name="perfectgym_client.api.x.y"))
    failures = "\n".join(lazy_path_failures())
    assert f"{with_body.operation_id}: AttributeError" in failures and "NoSuchBody" in failures
    assert f"{with_enum.operation_id}: AttributeError" in failures and "NoSuchEnum" in failures
    assert f"{other.operation_id}: ModuleNotFoundError" in failures


def test_a_tag_without_a_namespace_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    operation = next(iter(OPERATIONS.values()))
    monkeypatch.setitem(OPERATIONS, operation.operation_id, attrs.evolve(operation, tag="loyalty"))
    assert any(line.startswith("client.loyalty: AttributeError") for line in lazy_path_failures())


def test_the_models_package_behaves_like_a_module_of_plain_names() -> None:
    namespace: dict[str, Any] = {}
    exec("from perfectgym_client.models import *", namespace)  # the star import users may write
    assert set(models.__all__) <= set(namespace)
    assert set(models.__all__) <= set(dir(models))
    customer_class = namespace["Customer"]
    assert customer_class is models.Customer is sys.modules["perfectgym_client.models.customer"].Customer
    assert not hasattr(models, "Custommer")
    with pytest.raises(AttributeError, match=r"'perfectgym_client\.models' has no attribute 'Custommer'"):
        models.Custommer  # type: ignore[attr-defined]  # noqa: B018


def test_public_names_of_perfectgym_resolve() -> None:
    assert all(getattr(perfectgym, name) is not None for name in perfectgym.__all__)


# Threads reach each lazy name for the first time together; a tiny switch interval makes them
# interleave inside imports, where a half-built module sits in sys.modules.
RACE = """
import sys, threading
sys.setswitchinterval(1e-6)
import perfectgym
from perfectgym import OPERATIONS
failures = []
def first_use(operation):
    try:
        operation.module._get_kwargs
        operation.body_model
        for parameter in operation.parameters:
            parameter.schema.enum_type
    except Exception as exc:
        failures.append(f"{operation.operation_id}: {type(exc).__name__}: {exc}")
for operation in OPERATIONS.values():
    threads = [threading.Thread(target=first_use, args=(operation,)) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
print(len(failures)); print("\\n".join(failures[:3]))
"""


def test_threads_using_an_operation_for_the_first_time_together_all_get_it() -> None:
    out = subprocess.run([sys.executable, "-c", RACE], capture_output=True, text=True, cwd=REPO_ROOT, timeout=300)
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines()[0] == "0", out.stdout


INTROSPECTION = """
import inspect, json, typing
import perfectgym
from perfectgym import OPERATIONS, AsyncPerfectGym
hints = {}
for tag in sorted({operation.tag for operation in OPERATIONS.values()}):
    hints[tag] = typing.get_type_hints(inspect.getattr_static(AsyncPerfectGym, tag).func)["return"]
client = AsyncPerfectGym(base_url="https://demo.example", api_key="k")
wrong = [tag for tag, hint in hints.items() if type(getattr(client, tag)) is not hint]
import perfectgym_client.api as api
import perfectgym_client.models as models
print(json.dumps({
    "checked": len(hints),
    "wrong": wrong,
    "model_module": models.customer.Customer.__name__,
    "endpoint_module": callable(api.customers.get_customer_by_id._get_kwargs),
    "extension_module": perfectgym.webhooks.__name__,
}))
"""


def test_namespace_types_and_submodules_resolve_before_anything_loaded_them() -> None:
    out = subprocess.run(
        [sys.executable, "-c", INTROSPECTION], capture_output=True, text=True, cwd=REPO_ROOT, timeout=120
    )
    assert out.returncode == 0, out.stderr
    run = json.loads(out.stdout)
    assert run["checked"] == len({operation.tag for operation in OPERATIONS.values()}) and run["wrong"] == []
    assert run["model_module"] == "Customer" and run["endpoint_module"] is True
    assert run["extension_module"] == "perfectgym.webhooks"


def test_a_missing_submodule_is_an_attribute_error_and_a_broken_one_its_own_error(tmp_path: Path) -> None:
    import perfectgym_client.api as api

    with pytest.raises(AttributeError, match=r"'perfectgym_client\.api\.customers' has no attribute 'get_custmer'"):
        api.customers.get_custmer  # type: ignore[attr-defined]  # noqa: B018
    with pytest.raises(AttributeError, match="has no attribute '__wrapped__'"):
        models.__wrapped__  # type: ignore[attr-defined]  # noqa: B018  # dunder probes never trigger an import
    package = tmp_path / "lazy_probe_package"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "broken.py").write_text("import a_module_that_is_not_installed\n")
    sys.path.insert(0, str(tmp_path))
    try:
        from perfectgym_client.types import submodule_attribute

        with pytest.raises(ModuleNotFoundError, match="a_module_that_is_not_installed"):
            submodule_attribute("lazy_probe_package", "broken")
        with pytest.raises(AttributeError, match="'lazy_probe_package' has no attribute 'absent'"):
            submodule_attribute("lazy_probe_package", "absent")
    finally:
        sys.path.remove(str(tmp_path))
        sys.modules.pop("lazy_probe_package", None)


def test_what_only_some_calls_need_loads_with_the_first_such_call() -> None:
    code = (
        "import sys, perfectgym\n"
        "print(sorted(m for m in ('perfectgym._raw_request', 'perfectgym._request_options') if m in sys.modules))\n"
        "perfectgym.RequestOptions\n"
        "print('perfectgym._request_options' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO_ROOT, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["[]", "True"]  # client.request's module and the options' load on first use
