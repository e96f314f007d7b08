"""Bring a new vendor spec into ``openapi.yaml``: fetch, validate, report, then replace.

Run by ``make update-spec``. Nothing is written unless the new document downloaded,
parsed and validated; the change report is printed before the replacement so a bump is
reviewed, and the README's provenance block is rewritten to match the new file.

    python -m tools.update_spec --target openapi.yaml --url URL [--readme README.md]
    python -m tools.update_spec --target openapi.yaml --file PATH [--readme README.md]
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import os
import re
import sys
import urllib.error
import urllib.request
from collections.abc import Sequence
from pathlib import Path

from tools.spec_changes import SpecError, compare_specs, format_report, parse_spec, validate_spec

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


def replace_atomically(target: Path, data: bytes) -> None:
    staging = target.with_name(target.name + ".new")
    staging.write_bytes(data)
    os.replace(staging, target)


def update_spec(
    *,
    target: Path,
    url: str | None,
    file: Path | None,
    readme: Path | None,
    timeout: float = DOWNLOAD_TIMEOUT_SECONDS,
    today: dt.date | None = None,
) -> str:
    """Do the whole update and return the report; raise UpdateError leaving files untouched."""
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

    report = format_report(compare_specs(old_doc, new_doc))
    if new_bytes == target.read_bytes():
        return report + f"\n{target} is already this document; nothing replaced."
    replace_atomically(target, new_bytes)
    lines = [report, f"{target} replaced (sha256 {sha256_hex(new_bytes)})."]
    if readme is not None:
        block = provenance_block(
            source=source,
            version=str((new_doc.get("info") or {}).get("version", "?")),
            digest=sha256_hex(new_bytes),
            date=today or dt.date.today(),
        )
        rewritten = rewrite_provenance(readme.read_text(encoding="utf-8"), block)
        if rewritten is None:
            lines.append(f"warning: {readme} has no {PROVENANCE_START} block; provenance not recorded")
        else:
            readme.write_text(rewritten, encoding="utf-8")
            lines.append(f"{readme} provenance block updated.")
    lines.append("Next: `make generate`, review `git diff`, then `make test`.")
    return "\n".join(lines)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m tools.update_spec", description=__doc__.splitlines()[0])
    parser.add_argument("--target", type=Path, required=True, help="the vendored spec to replace")
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--url", help="download the new spec from this URL")
    source.add_argument("--file", type=Path, help="take the new spec from this local file")
    parser.add_argument("--readme", type=Path, help="README whose provenance block to rewrite")
    parser.add_argument("--timeout", type=float, default=DOWNLOAD_TIMEOUT_SECONDS)
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        print(update_spec(target=args.target, url=args.url, file=args.file, readme=args.readme, timeout=args.timeout))
    except UpdateError as exc:
        print(f"update-spec: {exc}\nupdate-spec: {args.target} left untouched.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
