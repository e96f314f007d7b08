"""The wheel carries both import packages, their type markers, and only the three runtime deps."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from email.parser import Parser
from pathlib import Path

import pytest

from tests.support.spec import REPO_ROOT

pytestmark = pytest.mark.slow


def test_wheel_contents_and_runtime_dependencies(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(tmp_path),
            str(REPO_ROOT),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (wheel,) = tmp_path.glob("perfectgym-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        (metadata_name,) = [n for n in names if n.endswith(".dist-info/METADATA")]
        metadata = Parser().parsestr(archive.read(metadata_name).decode())

    for required in (
        "perfectgym/__init__.py",
        "perfectgym/py.typed",
        "perfectgym_client/__init__.py",
        "perfectgym_client/py.typed",
        "perfectgym_client/api/customers/get_customer_by_id.py",
    ):
        assert required in names
    assert not any(n.startswith(("custom/", "tests/", "tools/")) for n in names)

    runtime = sorted(
        req.split(">")[0].split("<")[0].strip()
        for req in metadata.get_all("Requires-Dist") or []
        if "extra ==" not in req
    )
    assert runtime == ["attrs", "httpx", "python-dateutil"]
