"""update-spec replaces the vendored file only after a successful fetch and validation."""

from __future__ import annotations

import copy
import datetime as dt
import functools
import hashlib
import http.server
import json
import re
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

import perfectgym
from tests.support import spec_bump
from tests.support.fakes import make_client
from tests.support.loopback import serving
from tests.support.spec import REPO_ROOT, SPEC_PATH, load_spec
from tools.update_spec import Release, add_changelog_section, main, update_spec

README = "# SDK\n\n<!-- spec-provenance:start -->\nold\n<!-- spec-provenance:end -->\n\ntail\n"


@pytest.fixture
def workspace(tmp_path: Path) -> tuple[Path, Path]:
    target = tmp_path / "openapi.yaml"
    target.write_bytes(SPEC_PATH.read_bytes())
    readme = tmp_path / "README.md"
    readme.write_text(README)
    return target, readme


def _spec_without(operation_id: str) -> str:
    spec = copy.deepcopy(load_spec())  # the loaded spec is cached and shared by other tests
    for path, item in list(spec["paths"].items()):
        for method, op in list(item.items()):
            if isinstance(op, dict) and op.get("operationId") == operation_id:
                del item[method]
        if not item:
            del spec["paths"][path]
    return yaml.safe_dump(spec, sort_keys=False)


def test_replaces_target_prints_report_and_rewrites_provenance(workspace: tuple[Path, Path], tmp_path: Path) -> None:
    target, readme = workspace
    new_file = tmp_path / "new.yaml"
    new_file.write_text(_spec_without("getCustomerById"))

    report = update_spec(target=target, url=None, file=new_file, readme=readme, today=dt.date(2026, 1, 2))

    assert "- getCustomerById  (GET /v1/customers/{customerId})" in report
    assert "(+0 added, -1 removed" in report
    assert target.read_bytes() == new_file.read_bytes()
    text = readme.read_text()
    assert f"| sha256 | `{hashlib.sha256(new_file.read_bytes()).hexdigest()}` |" in text
    assert "| vendored on | 2026-01-02 |" in text
    assert "old" not in text and text.endswith("tail\n")
    assert not list(tmp_path.glob("*.new"))


def test_same_document_leaves_everything_as_is(workspace: tuple[Path, Path]) -> None:
    target, readme = workspace
    report = update_spec(target=target, url=None, file=SPEC_PATH, readme=readme)
    assert "nothing replaced" in report
    assert readme.read_text() == README


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _assert_refused(argv: list[str], target: Path, capsys: pytest.CaptureFixture[str], reason: str) -> None:
    before = target.read_bytes()
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert reason in err
    assert "left untouched" in err
    assert target.read_bytes() == before


def test_offline_download_fails_clearly(workspace: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    target, _ = workspace
    url = f"http://127.0.0.1:{_closed_port()}/openapi.yaml"
    _assert_refused(["--target", str(target), "--url", url, "--timeout", "5"], target, capsys, "cannot download")


def test_invalid_openapi_is_refused(
    workspace: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target, _ = workspace
    broken = load_spec() | {"info": {"title": "no version"}}
    bad = tmp_path / "bad.yaml"
    bad.write_text(yaml.safe_dump(broken))
    _assert_refused(["--target", str(target), "--file", str(bad)], target, capsys, "not a valid OpenAPI document")


def test_not_yaml_is_refused(workspace: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target, _ = workspace
    bad = tmp_path / "bad.yaml"
    bad.write_text("<html>502 Bad Gateway</html>")
    _assert_refused(["--target", str(target), "--file", str(bad)], target, capsys, "not an OpenAPI document")


def test_missing_file_is_refused(
    workspace: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target, _ = workspace
    _assert_refused(["--target", str(target), "--file", str(tmp_path / "nope.yaml")], target, capsys, "cannot read")


@pytest.fixture
def spec_server(tmp_path: Path) -> Iterator[str]:
    """A loopback HTTP server serving tmp_path/served/, stopped after the test."""
    served = tmp_path / "served"
    served.mkdir()
    with serving(functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(served))) as url:
        yield url


def test_downloads_from_url(workspace: tuple[Path, Path], tmp_path: Path, spec_server: str) -> None:
    target, readme = workspace
    (tmp_path / "served" / "openapi.yaml").write_text(_spec_without("getCustomers"))
    report = update_spec(target=target, url=f"{spec_server}/openapi.yaml", file=None, readme=readme)
    assert "- getCustomers  (GET /v1/customers)" in report
    assert f"| source | `{spec_server}/openapi.yaml` |" in readme.read_text()


def test_http_error_is_reported(
    workspace: tuple[Path, Path], spec_server: str, capsys: pytest.CaptureFixture[str]
) -> None:
    target, _ = workspace
    _assert_refused(["--target", str(target), "--url", f"{spec_server}/missing.yaml"], target, capsys, "HTTP 404")


def test_a_rename_of_an_operation_our_code_names_is_refused_before_replacing(
    workspace: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target, readme = workspace
    renamed = spec_bump.rename_operation(spec_bump.fresh(), "setAccessRestriction", "putAccessRestriction")
    new_file = spec_bump.write(renamed, tmp_path / "renamed.yaml")
    argv = ["--target", str(target), "--file", str(new_file), "--readme", str(readme), "--root", str(REPO_ROOT)]

    _assert_refused(argv, target, capsys, "setAccessRestriction: likely renamed to putAccessRestriction")
    assert readme.read_text() == README


def test_a_bump_writes_the_changelog_section_bumps_the_version_and_records_renames(
    workspace: tuple[Path, Path], tmp_path: Path
) -> None:
    target, readme = workspace
    version_file = tmp_path / "_version.py"
    version_file.write_text('"""v"""\n\n__version__ = "0.3.1"\n')
    changelog = tmp_path / "CHANGELOG.md"
    renames = tmp_path / "spec-renames.json"
    renames.write_text(json.dumps({"renames": [{"old": "a", "new": "b", "since": "0.9"}]}))
    new = spec_bump.set_version(spec_bump.fresh(), "9.9.9")
    spec_bump.rename_operation(new, "getCustomersContracts", "listCustomerContracts")
    new_file = spec_bump.write(new, tmp_path / "new.yaml")
    release = Release(changelog=changelog, version_file=version_file, renames=renames)

    report = update_spec(
        target=target, url=None, file=new_file, readme=readme, release=release, today=dt.date(2026, 1, 2)
    )

    assert version_file.read_text().endswith('__version__ = "0.4.0"\n')
    text = changelog.read_text()
    assert text.startswith("# Changelog\n")
    assert "## 0.4.0 (2026-01-02): PerfectGym API " in text and " -> 9.9.9\n" in text
    assert "- `getCustomersContracts`: operation renamed to `listCustomerContracts`" in text
    assert json.loads(renames.read_text()) == {
        "renames": [{"old": "getCustomersContracts", "new": "listCustomerContracts", "since": "9.9.9"}]
    }
    assert "package version 0.3.1 -> 0.4.0" in report


def test_a_later_section_goes_above_the_earlier_ones(tmp_path: Path) -> None:
    changelog = tmp_path / "CHANGELOG.md"
    add_changelog_section(changelog, "## 0.1.1 (old)\n")
    add_changelog_section(changelog, "## 0.2.0 (new)\n")
    text = changelog.read_text()
    assert text.index("## 0.2.0 (new)") < text.index("## 0.1.1 (old)")
    assert text.count("# Changelog") == 1


def test_the_package_exposes_the_spec_version_and_sends_it_in_the_user_agent() -> None:
    version = str(load_spec()["info"]["version"])
    assert version == perfectgym.API_VERSION
    client = make_client()
    assert f"perfectgym-api/{version}" in client._pipeline.settings.user_agent


def test_readme_prose_names_the_spec_version_only_in_the_provenance_block() -> None:
    text = (REPO_ROOT / "README.md").read_text()
    outside = re.sub(r"<!-- spec-provenance:start -->.*?<!-- spec-provenance:end -->", "", text, flags=re.DOTALL)
    assert str(load_spec()["info"]["version"]) not in outside


def _release_files(tmp_path: Path, version: str = "0.3.1") -> Release:
    (tmp_path / "_version.py").write_text(f'"""v"""\n\n__version__ = "{version}"\n')
    (tmp_path / "CHANGELOG.md").write_text("# Changelog\n\nintro\n\n## 0.3.1 (old)\n")
    (tmp_path / "spec-renames.json").write_text(json.dumps({"renames": []}))
    return Release(
        changelog=tmp_path / "CHANGELOG.md",
        version_file=tmp_path / "_version.py",
        renames=tmp_path / "spec-renames.json",
    )


def _contents(*paths: Path) -> dict[Path, bytes]:
    return {path: path.read_bytes() for path in paths}


def test_an_unparsable_package_version_refuses_the_bump_and_writes_nothing(
    workspace: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target, readme = workspace
    release = _release_files(tmp_path, version="0.2.0rc1")
    files = [target, readme, release.changelog, release.version_file, release.renames]
    before = _contents(*(f for f in files if f is not None))
    new_file = tmp_path / "new.yaml"
    new_file.write_text(_spec_without("getCustomerById"))
    argv = ["--target", str(target), "--file", str(new_file), "--readme", str(readme)]
    argv += ["--changelog", str(release.changelog), "--version-file", str(release.version_file)]
    argv += ["--renames", str(release.renames)]

    assert main(argv) == 1

    assert '__version__ = "X.Y.Z"' in capsys.readouterr().err
    assert _contents(*before) == before
    assert not list(tmp_path.glob("*.new"))


def test_a_redumped_document_with_no_change_writes_nothing_on_every_run(
    workspace: tuple[Path, Path], tmp_path: Path
) -> None:
    target, readme = workspace
    release = _release_files(tmp_path)
    redumped = spec_bump.write(spec_bump.fresh(), tmp_path / "redumped.yaml")
    # Other bytes, same document (the vendored file may itself be a safe_dump, e.g. after a bump).
    redumped.write_text(redumped.read_text(encoding="utf-8") + "# re-dumped\n", encoding="utf-8")
    assert redumped.read_bytes() != target.read_bytes()
    files = [target, readme, release.changelog, release.version_file, release.renames]
    before = _contents(*(f for f in files if f is not None))

    for _ in range(2):
        report = update_spec(target=target, url=None, file=redumped, readme=readme, release=release)
        assert "nothing written" in report
        assert _contents(*before) == before


def test_the_bump_after_a_rename_records_the_dropped_alias_as_breaking(
    workspace: tuple[Path, Path], tmp_path: Path
) -> None:
    target, readme = workspace
    release = _release_files(tmp_path)
    assert release.renames is not None and release.changelog is not None and release.version_file is not None
    renamed = {"old": "getCustomersContracts", "new": "listCustomerContracts", "since": "1.14.0"}
    release.renames.write_text(json.dumps({"renames": [renamed]}))
    new = spec_bump.set_version(spec_bump.fresh(), "1.15.0")
    spec_bump.add_property(new, "Customer", "nickname", {"type": "string"})

    report = update_spec(
        target=target, url=None, file=spec_bump.write(new, tmp_path / "new.yaml"), readme=readme, release=release
    )

    line = "deprecated alias get_customers_contracts removed (renamed to list_customer_contracts in 1.14.0)"
    assert line in report
    text = release.changelog.read_text()
    assert "### Breaking" in text and line in text.split("### Non-breaking")[0]
    assert release.version_file.read_text().endswith('__version__ = "0.4.0"\n')
    assert json.loads(release.renames.read_text()) == {"renames": []}
