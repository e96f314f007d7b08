"""The export's files: its checkpoint (atomic, refused when foreign), one writer per FILE, and rows always encodable."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from perfectgym.cli._checkpoint import ExportState, checkpoint_path, load_state, save_state
from perfectgym.cli._export import ExportJob, _prepare
from perfectgym.cli._outcome import CliError
from perfectgym.cli._rows import row_format
from perfectgym_client.models import Customer
from tests.support.spec import load_spec, schema_example


def job(out: Path, studio_id: str = "demo") -> ExportJob:
    return ExportJob(studio_id=studio_id, base_url="http://127.0.0.1:1", format="jsonl", out=out)


def a_customer(**fields: Any) -> Customer:
    """A customer with the spec's required fields (from its example) and `fields`."""
    required = set(load_spec()["components"]["schemas"]["Customer"].get("required", ()))
    example = {key: value for key, value in schema_example("Customer").items() if key in required}
    return Customer.from_dict(example | fields)


def test_a_saved_state_loads_back_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    path = checkpoint_path(tmp_path / "out.jsonl")
    state = ExportState({"export": "customers"}, position="opaque/v1/x", rows=3, size=42)
    save_state(path, state)
    assert load_state(path) == state
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl.checkpoint"]


@pytest.mark.parametrize(
    "text",
    [
        "not json",
        "[]",
        json.dumps({"format": "something-else/1"}),
        json.dumps({"format": "perfectgym-export/1", "what": {}, "position": None, "rows": -1, "size": 0}),
        json.dumps({"format": "perfectgym-export/1", "what": {}, "position": 5, "rows": 0, "size": 0}),
        json.dumps({"format": "perfectgym-export/1", "what": {}, "rows": 0, "size": 0}),
    ],
)
def test_a_checkpoint_this_cli_did_not_write_is_refused_by_name(tmp_path: Path, text: str) -> None:
    path = tmp_path / "out.jsonl.checkpoint"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CliError, match="is not a checkpoint of perfectgym export"):
        load_state(path)


def test_a_checkpoint_that_cannot_be_written_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(CliError, match="cannot write checkpoint"):
        save_state(tmp_path / "missing-dir" / "x.checkpoint", ExportState({}))


def test_a_second_export_of_the_same_file_is_refused_while_the_first_holds_it(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    file, _, _ = _prepare(job(out))
    with file, pytest.raises(CliError, match="another export is writing"):
        _prepare(job(out))


def test_a_file_shorter_than_its_checkpoint_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    save_state(checkpoint_path(out), ExportState(job(out).what, rows=2, size=100))
    out.write_bytes(b"{}\n")
    with pytest.raises(CliError, match="shorter"):
        _prepare(job(out))


def test_a_refused_export_leaves_no_empty_file_behind(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    save_state(checkpoint_path(out), ExportState(job(out, studio_id="other").what))
    with pytest.raises(CliError, match="belongs to another export"):
        _prepare(job(out))
    assert not out.exists()


def test_bytes_after_the_checkpointed_size_are_cut_off_on_resume(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    save_state(checkpoint_path(out), ExportState(job(out).what, rows=1, size=3))
    out.write_bytes(b"{}\n{half a page")
    file, state, _ = _prepare(job(out))
    with file:
        assert state.rows == 1
    assert out.read_bytes() == b"{}\n"


@pytest.mark.parametrize("format", ["jsonl", "csv"])
def test_a_servers_lone_surrogate_is_escaped_not_fatal(format: str) -> None:
    customer = a_customer(firstName="bad \ud800 text")
    encoded = row_format(format, Customer, lambda name: None).encode([customer])
    encoded.decode("utf-8")  # valid UTF-8 whatever the server sent
    assert b"\\ud800" in encoded


def test_csv_reports_a_field_the_model_does_not_know_once_and_writes_no_column_for_it() -> None:
    reported: list[str] = []
    rows = row_format("csv", Customer, reported.append)
    encoded = rows.encode([a_customer(newVendorField=1), a_customer(newVendorField=2)])
    assert reported == ["newVendorField"]
    assert encoded.count(b"\n") == 2 and b"newVendorField" not in rows.header()


@pytest.mark.parametrize("format", ["jsonl", "csv"])
def test_a_record_lacking_a_required_field_is_exported_as_received_not_fatal(format: str) -> None:
    required = sorted(load_spec()["components"]["schemas"]["Customer"].get("required", ()))
    complete = a_customer()
    lacking = Customer.from_dict({key: value for key, value in complete.to_dict().items() if key != required[-1]})
    encoded = row_format(format, Customer, lambda name: None).encode([complete, lacking]).decode()
    assert len(encoded.splitlines()) == 2
    if format == "jsonl":
        assert json.loads(encoded.splitlines()[1]) == {k: v for k, v in complete.to_dict().items() if k != required[-1]}
