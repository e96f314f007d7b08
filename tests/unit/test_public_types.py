"""`perfectgym.types`: every model and enum, `File` and `UNSET` from the public package, loaded on first use."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import perfectgym.types as public
import perfectgym_client.models as models
import perfectgym_client.types as generated_types
from tests.support.spec import REPO_ROOT


def test_every_model_and_enum_is_the_generated_class_itself() -> None:
    assert set(models.__all__) <= set(public.__all__)
    for name in models.__all__:
        assert getattr(public, name) is getattr(models, name), name
    assert public.File is generated_types.File and public.UNSET is generated_types.UNSET
    assert public.Unset is generated_types.Unset


def test_importing_the_types_loads_no_model_and_a_name_loads_only_its_own() -> None:
    name = models.__all__[0]
    code = (
        "import json, sys\n"
        "from perfectgym.types import UNSET\n"
        "before = [m for m in sys.modules if m.startswith('perfectgym_client.models.')]\n"
        f"from perfectgym.types import {name}\n"
        "after = [m for m in sys.modules if m.startswith('perfectgym_client.models.')]\n"
        "print(json.dumps([before, after]))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO_ROOT, timeout=120)
    assert out.returncode == 0, out.stderr
    before, after = json.loads(out.stdout)
    assert before == []
    assert (
        getattr(models, name).__module__ in after and len(after) < len(models.__all__) // 10
    )  # its own, and its nested


def test_a_misspelt_name_is_an_attribute_error_naming_it() -> None:
    with pytest.raises(AttributeError, match=r"'perfectgym\.types' has no attribute 'Custommer'"):
        public.Custommer  # type: ignore[attr-defined]  # noqa: B018
    with pytest.raises(ImportError, match="Custommer"):
        exec("from perfectgym.types import Custommer", {})
