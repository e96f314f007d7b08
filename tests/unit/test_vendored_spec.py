"""The vendored spec is a valid OpenAPI 3.0 document and the README says where it came from."""

from __future__ import annotations

import hashlib
import re

from openapi_spec_validator import OpenAPIV30SpecValidator, validate

from tests.support.spec import REPO_ROOT, SPEC_PATH, load_spec


def test_vendored_spec_validates_as_openapi_3_0() -> None:
    spec = load_spec()
    assert spec["openapi"].startswith("3.0.")
    validate(spec, cls=OpenAPIV30SpecValidator)


def test_readme_provenance_matches_the_vendored_file() -> None:
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"<!-- spec-provenance:start -->(.*?)<!-- spec-provenance:end -->", readme, re.DOTALL)
    assert block, "README.md lost its spec-provenance block"
    digest = hashlib.sha256(SPEC_PATH.read_bytes()).hexdigest()
    assert f"| sha256 | `{digest}` |" in block.group(1), "README sha256 does not match openapi.yaml"
    assert f"| info.version | {load_spec()['info']['version']} |" in block.group(1)
