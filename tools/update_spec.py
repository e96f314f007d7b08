"""Bring a new vendor spec into ``openapi.yaml``: fetch, validate, report, then replace.

Run by ``make update-spec``. Nothing is written unless the new document downloaded,
parsed, validated and still has every operation our hand-written code names
(``tools.references``); the change report is printed before the replacement so a bump is
reviewed. Then the README's provenance block is rewritten to match the new file, the report
becomes a new section at the top of CHANGELOG.md with the package version it implies (written
to ``_version.py``), and renamed operations are recorded in ``spec-renames.json``, from which
``make generate`` emits deprecated aliases for one release. Every file's new text is prepared
first (a bad package version or alias table fails before any write) and all are written last;
a document with the same content as ``openapi.yaml`` writes nothing.

    python -m tools.update_spec --target openapi.yaml --url URL [--readme README.md]
    python -m tools.update_spec --target openapi.yaml --file PATH [--readme README.md]
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import hashlib
import json
import os
import re
import sys
import urllib.error
import urllib.request
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from openapi_python_client.strings import snake_case

from tools.references import check_document
from tools.spec_changes import (
    Change,
    SpecChanges,
    SpecError,
    compare_specs,
    format_changelog_section,
    format_report,
    next_version,
    parse_spec,
    validate_spec,
)

PROVENANCE_START = "<!-- spec-provenance:start -->"
PROVENANCE_END = "<!-- spec-provenance:end -->"
DOWNLOAD_TIMEOUT_SECONDS = 30.0


class UpdateError(RuntimeError):
    """The update cannot proceed; the message says why and what was left untouched."""


def fetch_bytes(*, url: str | None, file: Path | None, timeout: float) -> bytes:
    """The new document's bytes, from a URL or a local file."""
    if file is not None:
        try:
            return file.read_bytes()
        except OSError as exc:
            raise UpdateError(f"cannot read spec file {file}: {exc.strerror or exc}") from exc
    assert url is not None
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            data: bytes = response.read()
            return data
    except urllib.error.HTTPError as exc:
        raise UpdateError(f"download of {url} failed: HTTP {exc.code} {exc.reason}") from exc
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise UpdateError(
            f"cannot download {url} ({reason}); offline? Use SPEC_FILE=path/to/openapi.yaml to update from a local copy"
        ) from exc


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def provenance_block(*, source: str, version: str, digest: str, date: dt.date) -> str:
    return "\n".join(
        [
            PROVENANCE_START,
            "| | |",
            "| --- | --- |",
            f"| source | `{source}` |",
            f"| info.version | {version} |",
            f"| sha256 | `{digest}` |",
            f"| vendored on | {date.isoformat()} |",
            PROVENANCE_END,
        ]
    )


def rewrite_provenance(readme_text: str, block: str) -> str | None:
    """The README with its provenance block replaced, or None when it has no markers."""
    pattern = re.compile(re.escape(PROVENANCE_START) + r".*?" + re.escape(PROVENANCE_END), re.DOTALL)
    if not pattern.search(readme_text):
        return None
    return pattern.sub(lambda _match: block, readme_text, count=1)


@dataclass(frozen=True)
class Release:
    """The files a bump records itself in; None skips one."""

    changelog: Path | None = None
    version_file: Path | None = None
    renames: Path | None = None


VERSION_PATTERN = re.compile(r'^__version__ = "([0-9]+\.[0-9]+\.[0-9]+)"$', re.MULTILINE)
CHANGELOG_TITLE = "# Changelog"
CHANGELOG_INTRO = (
    "One section per spec bump, newest first, written by `make update-spec` (tools/update_spec.py):\n"
    "the package version the bump implies and each change, breaking or not for users of this SDK\n"
    "(the rule is in tools/spec_changes.py and the README's regenerating section).\n"
)


def read_version(version_file: Path | None) -> str:
    if version_file is None:
        return "0.0.0"
    found = VERSION_PATTERN.search(version_file.read_text(encoding="utf-8"))
    if found is None:
        raise UpdateError(f'{version_file} has no line __version__ = "X.Y.Z"')
    return found.group(1)


def with_changelog_section(changelog: Path, section: str) -> str:
    """The changelog's text with `section` above the newest one (with its title and intro when new)."""
    text = changelog.read_text(encoding="utf-8") if changelog.exists() else ""
    if not text.startswith(CHANGELOG_TITLE):
        text = f"{CHANGELOG_TITLE}\n\n{CHANGELOG_INTRO}\n" + text
    head, marker, rest = text.partition("\n## ")
    return f"{head.rstrip()}\n\n{section}" + (f"\n## {rest}" if marker else "")


def add_changelog_section(changelog: Path, section: str) -> None:
    """Insert `section` above the newest one (creating the file with its title and intro)."""
    changelog.write_text(with_changelog_section(changelog, section), encoding="utf-8")


def updated_renames(entries: Sequence[Mapping[str, str]], changes: SpecChanges) -> list[dict[str, str]]:
    """The alias table after this bump: entries from earlier bumps are dropped (they lived one release),
    this version's own are kept (the same version re-applied) and this bump's renames are added."""
    kept = [dict(e) for e in entries if e.get("since") == changes.new_version]
    known = {e["old"] for e in kept}
    kept += [{"old": r.old, "new": r.new, "since": changes.new_version} for r in changes.renames if r.old not in known]
    return sorted(kept, key=lambda e: e["old"])


def load_renames(path: Path) -> list[dict[str, str]]:
    if not path.exists():
        return []
    entries: list[dict[str, str]] = json.loads(path.read_text(encoding="utf-8")).get("renames", [])
    return entries


def renames_text(entries: list[dict[str, str]]) -> str:
    return json.dumps({"renames": entries}, indent=2) + "\n"


def plan_release(changes: SpecChanges, release: Release, today: dt.date) -> tuple[dict[Path, str], list[str]]:
    """The CHANGELOG section, the version bump and the rename aliases as file texts, written by nobody yet.

    Everything that can fail (an unparsable version, an unreadable file) fails here, before any write.
    """
    writes: dict[Path, str] = {}
    lines: list[str] = []
    current = read_version(release.version_file)
    version = next_version(current, changes)
    if release.version_file is not None and version != current:
        text = release.version_file.read_text(encoding="utf-8")
        writes[release.version_file] = VERSION_PATTERN.sub(f'__version__ = "{version}"', text)
        lines.append(f"{release.version_file}: package version {current} -> {version}.")
    if release.changelog is not None:
        section = format_changelog_section(changes, current=current, version=version, date=today.isoformat())
        writes[release.changelog] = with_changelog_section(release.changelog, section)
        lines.append(f"{release.changelog}: section {version} added at the top.")
    if release.renames is not None:
        entries = updated_renames(load_renames(release.renames), changes)
        writes[release.renames] = renames_text(entries)
        shown = ", ".join(f"{e['old']} -> {e['new']}" for e in entries) or "none"
        lines.append(f"{release.renames}: deprecated aliases the next `make generate` emits: {shown}.")
    return writes, lines


def with_dropped_aliases(changes: SpecChanges, release: Release) -> SpecChanges:
    """`changes` plus one breaking change per deprecated alias this bump drops from spec-renames.json."""
    if release.renames is None:
        return changes
    kept = {e["old"] for e in updated_renames(load_renames(release.renames), changes)}
    dropped = [
        Change(
            e["old"],
            f"deprecated alias {snake_case(e['old'])} removed (renamed to {snake_case(e['new'])} in {e['since']})",
            True,
        )
        for e in load_renames(release.renames)
        if e["old"] not in kept
    ]
    return dataclasses.replace(changes, details=(*changes.details, *dropped)) if dropped else changes


def write_all(writes: Mapping[Path, str | bytes]) -> None:
    """Stage every file next to its target first, then move each into place."""
    staged: list[tuple[Path, Path]] = []
    try:
        for path, content in writes.items():
            staging = path.with_name(path.name + ".new")
            if isinstance(content, bytes):
                staging.write_bytes(content)
            else:
                staging.write_text(content, encoding="utf-8")
            staged.append((staging, path))
    except OSError as exc:
        for staging, _ in staged:
            staging.unlink(missing_ok=True)
        raise UpdateError(f"cannot write {exc.filename}: {exc.strerror or exc}") from exc
    for staging, path in staged:
        os.replace(staging, path)


def update_spec(
    *,
    target: Path,
    url: str | None,
    file: Path | None,
    readme: Path | None,
    root: Path | None = None,
    release: Release | None = None,
    timeout: float = DOWNLOAD_TIMEOUT_SECONDS,
    today: dt.date | None = None,
) -> str:
    """Do the whole update and return the report; raise UpdateError leaving files untouched.

    With `root`, the operations named by the hand-written code under it must all be in the
    new document (``tools.references``), else nothing is replaced.
    """
    source = str(file) if file is not None else str(url)
    new_bytes = fetch_bytes(url=url, file=file, timeout=timeout)
    try:
        new_doc = parse_spec(new_bytes.decode("utf-8"), source)
        validate_spec(new_doc, source)
        old_doc = parse_spec(target.read_text(encoding="utf-8"), str(target))
    except UnicodeDecodeError as exc:
        raise UpdateError(f"{source} is not UTF-8 text: {exc}") from exc
    except SpecError as exc:
        raise UpdateError(str(exc)) from exc

    if root is not None:
        failure = check_document(new_doc, root, source, baseline_document=old_doc)
        if failure is not None:
            raise UpdateError(failure)
    changes = compare_specs(old_doc, new_doc)
    if new_bytes == target.read_bytes():
        return format_report(changes) + f"\n{target} is already this document; nothing replaced."
    if new_doc == old_doc:  # the same document, re-serialised: a bump with nothing in it
        return format_report(changes) + f"\n{target} already holds this document's content; nothing written."
    release = release or Release()
    when = today or dt.date.today()
    writes: dict[Path, str | bytes] = {target: new_bytes}
    try:
        changes = with_dropped_aliases(changes, release)
        lines = [format_report(changes), f"{target} replaced (sha256 {sha256_hex(new_bytes)})."]
        release_writes, release_lines = plan_release(changes, release, when)
        writes.update(release_writes)
        lines += release_lines
        if readme is not None:
            block = provenance_block(
                source=source,
                version=str((new_doc.get("info") or {}).get("version", "?")),
                digest=sha256_hex(new_bytes),
                date=when,
            )
            rewritten = rewrite_provenance(readme.read_text(encoding="utf-8"), block)
            if rewritten is None:
                lines.append(f"warning: {readme} has no {PROVENANCE_START} block; provenance not recorded")
            else:
                writes[readme] = rewritten
                lines.append(f"{readme} provenance block updated.")
    except (OSError, ValueError, KeyError) as exc:
        raise UpdateError(f"cannot prepare the release files: {exc}") from exc
    write_all(writes)
    lines.append("Next: `make generate`, review `git diff`, then `make test`.")
    return "\n".join(lines)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m tools.update_spec", description=__doc__.splitlines()[0])
    parser.add_argument("--target", type=Path, required=True, help="the vendored spec to replace")
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--url", help="download the new spec from this URL")
    source.add_argument("--file", type=Path, help="take the new spec from this local file")
    parser.add_argument("--readme", type=Path, help="README whose provenance block to rewrite")
    parser.add_argument("--root", type=Path, help="check the operations named by the code under this directory")
    parser.add_argument("--changelog", type=Path, help="CHANGELOG.md to add this bump's section to")
    parser.add_argument("--version-file", type=Path, help="the package's _version.py to bump")
    parser.add_argument("--renames", type=Path, help="spec-renames.json: the deprecated aliases to generate")
    parser.add_argument("--timeout", type=float, default=DOWNLOAD_TIMEOUT_SECONDS)
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        print(
            update_spec(
                target=args.target,
                url=args.url,
                file=args.file,
                readme=args.readme,
                root=args.root,
                release=Release(changelog=args.changelog, version_file=args.version_file, renames=args.renames),
                timeout=args.timeout,
            )
        )
    except UpdateError as exc:
        print(f"update-spec: {exc}\nupdate-spec: {args.target} left untouched.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
