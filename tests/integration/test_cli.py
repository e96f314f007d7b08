"""The ``perfectgym`` command line, run as a subprocess against the local tenant.

What the tests compare against comes from the spec or the generated code: operationIds and
parameters from ``perfectgym.OPERATIONS``, statuses from the generated enum, CSV columns
from the generated ``Customer`` model, body fields from ``openapi.yaml``.
"""

from __future__ import annotations

import csv
import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from perfectgym import OPERATIONS
from perfectgym.cli._rows import model_columns
from perfectgym.testing import DEFAULT_API_KEYS, LocalTenant
from perfectgym_client.models import Customer, GetCustomersCustomerStatus
from tests.support.spec import example_for, load_spec, spec_operation
from tests.support.stub_server import stub_server

EXIT_FAILED, EXIT_BAD_INPUT, EXIT_API_ERROR, EXIT_CONNECTION, EXIT_INTERRUPTED = 1, 2, 3, 4, 130
WAIT = 60.0  # an upper bound for a subprocess step, never an assertion about speed


def cli_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith("PERFECTGYM_")} | {"COLUMNS": "200"}


def run_cli(
    *args: str, stdin: str | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "perfectgym.cli", *args],
        capture_output=True,
        text=True,
        input=stdin,
        env=env or cli_env(),
        timeout=WAIT,
        check=False,
    )


def start_cli(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "perfectgym.cli", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=cli_env(),
    )


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def write_config(path: Path, studios: dict[str, tuple[str, str]]) -> Path:
    lines = []
    for studio_id, (base_url, api_key) in studios.items():
        lines += [f'["{studio_id}"]', f'base_url = "{base_url}"', f'api_key = "{api_key}"', ""]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


@pytest.fixture
def tenant(local_tenant: LocalTenant) -> LocalTenant:
    return local_tenant


@pytest.fixture
def config(tenant: LocalTenant, tmp_path: Path) -> Path:
    return write_config(tmp_path / "studios.toml", {"demo": (tenant.url, DEFAULT_API_KEYS[0])})


def requests_sent(tenant: LocalTenant) -> int:
    return len(tenant.tenant.requests)


def one_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    return lines[0]


# --help


def test_help_lists_every_command_without_loading_models_or_the_tenant() -> None:
    probe = (
        "import sys\n"
        "sys.argv = ['perfectgym', '--help']\n"
        "from perfectgym.cli import main\n"
        "try:\n    main()\nexcept SystemExit as exc:\n    assert exc.code in (0, None), exc.code\n"
        "loaded = [m for m in sys.modules if m.startswith(('perfectgym_client.models', 'perfectgym.testing', "
        "'perfectgym._resources.', 'starlette', 'uvicorn'))]\n"
        "print('LOADED', loaded, file=sys.stderr)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=cli_env(), timeout=WAIT, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "LOADED []" in result.stderr
    for command in ("verify", "call", "export", "tenant"):
        assert command in result.stdout


# verify


def test_verify_prints_one_row_per_studio_and_exits_1_when_a_key_is_refused_or_a_host_unreachable(
    tenant: LocalTenant, tmp_path: Path
) -> None:
    unreachable = f"http://127.0.0.1:{closed_port()}"
    bad_key = "definitely-not-a-key-4711"
    path = write_config(
        tmp_path / "studios.toml",
        {"good": (tenant.url, DEFAULT_API_KEYS[0]), "wrong": (tenant.url, bad_key), "gone": (unreachable, "k-gone")},
    )
    result = run_cli("verify", "--config", str(path), "--timeout", "5")
    assert result.returncode == EXIT_FAILED, result.stderr
    rows = {line.split()[0]: line for line in result.stdout.splitlines()[1:]}
    assert rows["good"].endswith("OK") and "127.0.0.1" in rows["good"]
    assert rows["wrong"].endswith("bad key")
    assert "unreachable (APIConnectionError)" in rows["gone"]
    for key in (DEFAULT_API_KEYS[0], bad_key, "k-gone"):
        assert key not in result.stdout + result.stderr


def test_verify_exits_0_when_every_key_is_accepted_reading_studios_from_the_environment(tenant: LocalTenant) -> None:
    env = cli_env() | {
        "PERFECTGYM_STUDIO_GYM_A_BASE_URL": tenant.url,
        "PERFECTGYM_STUDIO_GYM_A_API_KEY": DEFAULT_API_KEYS[0],
        "PERFECTGYM_STUDIO_GYM_B_BASE_URL": tenant.url,
        "PERFECTGYM_STUDIO_GYM_B_API_KEY": DEFAULT_API_KEYS[1],
    }
    result = run_cli("verify", env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert [line.split()[-1] for line in result.stdout.splitlines()[1:]] == ["OK", "OK"]


def test_an_unreadable_config_is_refused_with_one_line_and_exit_2(tmp_path: Path) -> None:
    missing = tmp_path / "nope.toml"
    result = run_cli("verify", "--config", str(missing))
    assert result.returncode == EXIT_BAD_INPUT
    assert "cannot read studio file" in one_line(result.stderr) and str(missing) in result.stderr
    broken = tmp_path / "broken.toml"
    broken.write_text("[demo\nbase_url = ", encoding="utf-8")
    result = run_cli("verify", "--config", str(broken))
    assert result.returncode == EXIT_BAD_INPUT and "not valid toml" in one_line(result.stderr)


def test_no_studios_configured_anywhere_is_refused_with_how_to_configure_them() -> None:
    result = run_cli("verify")
    assert result.returncode == EXIT_BAD_INPUT
    assert "--config FILE" in one_line(result.stderr)


# call


def customer_id(tenant: LocalTenant) -> int:
    return tenant.studios[0].data.customer_ids[3]


def test_call_a_get_with_a_path_parameter_prints_the_model_as_json(tenant: LocalTenant, config: Path) -> None:
    operation = OPERATIONS["getCustomerById"]
    (path_parameter,) = [p for p in operation.parameters if p.location == "path"]
    wanted = customer_id(tenant)
    for name in (path_parameter.name, path_parameter.python_name):  # the spec's name or the Python one
        result = run_cli(
            "call", operation.operation_id, "--studio", "demo", "--param", f"{name}={wanted}", "--config", str(config)
        )
        assert result.returncode == 0, result.stderr
        printed = json.loads(result.stdout)
        assert printed == tenant.studios[0].data.customer(wanted) | printed  # the tenant's record, in the API's names
        assert printed["id"] == wanted


def test_call_a_post_with_a_body_file_and_from_stdin(tenant: LocalTenant, config: Path, tmp_path: Path) -> None:
    operation = spec_operation("searchCustomers")
    schema_ref = operation["requestBody"]["content"]["application/json"]["schema"]["$ref"]
    fields = load_spec()["components"]["schemas"][schema_ref.rsplit("/", 1)[1]]["properties"]
    record = tenant.studios[0].data.customer(customer_id(tenant))
    body = {name: record[name] for name, schema in fields.items() if schema.get("type") == "string" and name in record}
    body = {name: value for name, value in body.items() if "format" not in fields[name]}
    assert body, "the search request shares no plain string field with a customer"
    body_file = tmp_path / "search.json"
    body_file.write_text(json.dumps(body), encoding="utf-8")
    for source, stdin in ((str(body_file), None), ("-", json.dumps(body))):
        result = run_cli(
            "call", "searchCustomers", "--studio", "demo", "--body", source, "--config", str(config), stdin=stdin
        )
        assert result.returncode == 0, result.stderr
        assert record["id"] in [found["id"] for found in json.loads(result.stdout)]


def test_call_refuses_a_misspelt_parameter_before_any_request_and_suggests_the_name(
    tenant: LocalTenant, config: Path
) -> None:
    (path_parameter,) = [p for p in OPERATIONS["getCustomerById"].parameters if p.location == "path"]
    misspelt = path_parameter.name.lower()
    assert misspelt != path_parameter.name
    before = requests_sent(tenant)
    result = run_cli("call", "getCustomerById", "--studio", "demo", "--param", f"{misspelt}=1", "--config", str(config))
    assert result.returncode == EXIT_BAD_INPUT
    line = one_line(result.stderr)
    assert "InvalidRequestError" in line and f"unknown parameter {misspelt!r}" in line and "did you mean" in line
    assert requests_sent(tenant) == before


def test_call_refuses_a_value_its_schema_does_not_allow_with_the_sdks_message(
    tenant: LocalTenant, config: Path
) -> None:
    (path_parameter,) = [p for p in OPERATIONS["getCustomerById"].parameters if p.location == "path"]
    before = requests_sent(tenant)
    result = run_cli(
        "call",
        "getCustomerById",
        "--studio",
        "demo",
        "--param",
        f"{path_parameter.name}=twelve",
        "--config",
        str(config),
    )
    assert result.returncode == EXIT_BAD_INPUT
    assert f"getCustomerById: {path_parameter.python_name} must be" in one_line(result.stderr)
    result = run_cli("call", "getCustomerById", "--studio", "demo", "--config", str(config))
    assert result.returncode == EXIT_BAD_INPUT and "missing required parameter" in one_line(result.stderr)
    assert requests_sent(tenant) == before


def test_call_an_unknown_operation_id_suggests_the_close_match(config: Path) -> None:
    result = run_cli("call", "getCustomerByIdd", "--studio", "demo", "--config", str(config))
    assert result.returncode == EXIT_BAD_INPUT
    assert "did you mean 'getCustomerById'?" in one_line(result.stderr)


def test_call_an_unknown_studio_names_the_registered_ones(config: Path) -> None:
    result = run_cli("call", "getCustomerById", "--studio", "dmeo", "--param", "customerId=1", "--config", str(config))
    assert result.returncode == EXIT_BAD_INPUT
    assert "unknown studio 'dmeo'" in one_line(result.stderr) and "did you mean 'demo'?" in result.stderr


def test_call_an_api_error_is_one_line_with_exit_3_and_no_connection_exit_4(
    tenant: LocalTenant, config: Path, tmp_path: Path
) -> None:
    missing = max(tenant.studios[0].data.customer_ids) + 1
    result = run_cli(
        "call", "getCustomerById", "--studio", "demo", "--param", f"customerId={missing}", "--config", str(config)
    )
    assert result.returncode == EXIT_API_ERROR and "NotFoundError" in one_line(result.stderr)
    assert result.stdout == ""
    wrong_key = "wrong-key-never-printed-0815"
    wrong = write_config(tmp_path / "wrong.toml", {"demo": (tenant.url, wrong_key)})
    result = run_cli("call", "getCustomerById", "--studio", "demo", "--param", "customerId=1", "--config", str(wrong))
    assert result.returncode == EXIT_API_ERROR and "AuthenticationError" in one_line(result.stderr)
    assert wrong_key not in result.stdout + result.stderr
    gone = write_config(tmp_path / "gone.toml", {"gone": (f"http://127.0.0.1:{closed_port()}", "k")})
    result = run_cli("call", "getCustomerById", "--studio", "gone", "--param", "customerId=1", "--config", str(gone))
    assert result.returncode == EXIT_CONNECTION and "APIConnectionError" in one_line(result.stderr)


HIDDEN = "\u202e\u2066\u200b\x9b\x7f"  # bidi override and isolate, zero width space, a C1 control, DEL


def test_call_prints_text_that_reorders_or_hides_characters_escaped_in_json_and_in_errors(tmp_path: Path) -> None:
    answer = json.dumps({"id": 1, "firstName": f"Ann{HIDDEN}exe.txt"}).encode()
    with stub_server(200, answer) as url:
        config = write_config(tmp_path / "hostile.toml", {"demo": (url, "k")})
        result = run_cli(
            "call", "getCustomerById", "--studio", "demo", "--param", "customerId=1", "--config", str(config)
        )
    assert result.returncode == 0, result.stderr
    assert not set(HIDDEN) & set(result.stdout), ascii(result.stdout)
    assert json.loads(result.stdout)["firstName"] == f"Ann{HIDDEN}exe.txt"  # escaped, still the same JSON value
    with stub_server(200, json.dumps({"id": 1, "firstName": "key-echo-0123456789"}).encode()) as url:
        config = write_config(tmp_path / "hostile.toml", {"demo": (url, "key-echo-0123456789")})
        result = run_cli(
            "call", "getCustomerById", "--studio", "demo", "--param", "customerId=1", "--config", str(config)
        )
    assert result.returncode == 0 and "key-echo" not in result.stdout and "[redacted]" in result.stdout
    with stub_server(404, json.dumps({"errorMessage": f"no such {HIDDEN} customer"}).encode()) as url:
        config = write_config(tmp_path / "hostile.toml", {"demo": (url, "k")})
        result = run_cli(
            "call", "getCustomerById", "--studio", "demo", "--param", "customerId=1", "--config", str(config)
        )
    assert result.returncode == EXIT_API_ERROR and "NotFoundError" in one_line(result.stderr)
    assert not set(HIDDEN) & set(result.stderr), ascii(result.stderr)


# export


def all_customer_ids(tenant: LocalTenant) -> list[int]:
    return list(tenant.studios[0].data.customer_ids)


def jsonl_ids(path: Path) -> list[int]:
    return [json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines()]


def test_export_jsonl_writes_every_customer_of_every_status_once(
    tenant: LocalTenant, tmp_path: Path, config: Path
) -> None:
    out = tmp_path / "customers.jsonl"
    result = run_cli("export", "customers", "--studio", "demo", "--out", str(out), "--config", str(config))
    assert result.returncode == 0, result.stderr
    ids = jsonl_ids(out)
    assert sorted(ids) == all_customer_ids(tenant)
    statuses = {json.loads(line)["status"] for line in out.read_text(encoding="utf-8").splitlines()}
    assert statuses == {status.value for status in GetCustomersCustomerStatus}
    assert not Path(f"{out}.checkpoint").exists()
    assert f"{len(ids)} customers" in result.stderr


def test_export_csv_has_one_header_from_the_model_and_nested_values_as_json(
    tenant: LocalTenant, tmp_path: Path, config: Path
) -> None:
    restricted = customer_id(tenant)  # a nested value to export: the customer's access restriction, set by a PUT
    body = tmp_path / "restriction.json"
    operation = spec_operation("setAccessRestriction")
    body.write_text(json.dumps(example_for(operation["requestBody"]["content"]["application/json"]["schema"])))
    put = (
        "call",
        "setAccessRestriction",
        "--studio",
        "demo",
        "--param",
        f"customerId={restricted}",
        "--body",
        str(body),
    )
    assert run_cli(*put, "--config", str(config)).returncode == 0
    out = tmp_path / "customers.csv"
    try:
        result = run_cli(
            "export", "customers", "--studio", "demo", "--format", "csv", "--out", str(out), "--config", str(config)
        )
        record: dict[str, Any] = tenant.studios[0].data.customer(restricted)
    finally:
        run_cli(
            "call",
            "deleteAccessRestriction",
            "--studio",
            "demo",
            "--param",
            f"customerId={restricted}",
            "--config",
            str(config),
        )
    assert result.returncode == 0, result.stderr
    with out.open(newline="", encoding="utf-8") as file:
        reader = csv.reader(file)
        header = next(reader)
        rows = {int(row[header.index("id")]): row for row in reader}
    assert header == model_columns(Customer)
    assert sorted(rows) == all_customer_ids(tenant)
    nested = [name for name, value in record.items() if isinstance(value, dict | list)]
    assert nested, "the restricted customer has no nested field to check"
    for name in nested:
        assert json.loads(rows[restricted][header.index(name)]) == record[name]
    for name, value in record.items():
        if isinstance(value, str):
            assert rows[restricted][header.index(name)] == value


def wait_for_saved_rows(checkpoint: Path, process: subprocess.Popen[str]) -> int:
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        assert process.poll() is None, "the export finished before it could be interrupted"
        try:
            rows: int = json.loads(checkpoint.read_text(encoding="utf-8"))["rows"]
        except (OSError, ValueError, KeyError):
            rows = 0
        if rows > 0:
            return rows
        time.sleep(0.02)
    raise AssertionError("no page was saved")


@pytest.fixture
def slow_pages(tenant: LocalTenant) -> Iterator[None]:
    tenant.faults.configure("getCustomers", latency=0.25)  # keeps the export running while the test interrupts it
    yield


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM])
@pytest.mark.usefixtures("slow_pages")
def test_export_stopped_midway_then_rerun_has_every_customer_exactly_once(
    tenant: LocalTenant, tmp_path: Path, config: Path, stop: signal.Signals
) -> None:
    out = tmp_path / "customers.jsonl"
    args = ("export", "customers", "--studio", "demo", "--out", str(out), "--slice-size", "50", "--config", str(config))
    process = start_cli(*args)
    wait_for_saved_rows(Path(f"{out}.checkpoint"), process)
    process.send_signal(stop)
    _, stderr = process.communicate(timeout=WAIT)
    assert process.returncode == EXIT_INTERRUPTED, stderr
    assert "rerun the same command to resume" in stderr
    saved = json.loads(Path(f"{out}.checkpoint").read_text(encoding="utf-8"))["rows"]
    assert 0 < saved < len(all_customer_ids(tenant))
    assert len(jsonl_ids(out)) == saved  # FILE holds what the checkpoint says, no more

    result = run_cli(*args)
    assert result.returncode == 0, result.stderr
    assert sorted(jsonl_ids(out)) == all_customer_ids(tenant)


@pytest.mark.usefixtures("slow_pages")
def test_export_resumed_after_a_page_written_but_not_checkpointed_writes_it_once(
    tenant: LocalTenant, tmp_path: Path, config: Path
) -> None:
    out = tmp_path / "customers.jsonl"
    args = ("export", "customers", "--studio", "demo", "--out", str(out), "--slice-size", "50", "--config", str(config))
    process = start_cli(*args)
    wait_for_saved_rows(Path(f"{out}.checkpoint"), process)
    process.send_signal(signal.SIGINT)
    process.communicate(timeout=WAIT)
    with out.open("a", encoding="utf-8") as file:  # as if killed after writing a page, before its checkpoint
        file.write(out.read_text(encoding="utf-8").splitlines()[0] + "\n")
    result = run_cli(*args)
    assert result.returncode == 0, result.stderr
    assert sorted(jsonl_ids(out)) == all_customer_ids(tenant)


@pytest.mark.usefixtures("slow_pages")
def test_export_refuses_a_checkpoint_left_by_another_export(tenant: LocalTenant, tmp_path: Path, config: Path) -> None:
    out = tmp_path / "customers.out"
    process = start_cli(
        "export", "customers", "--studio", "demo", "--out", str(out), "--slice-size", "50", "--config", str(config)
    )
    wait_for_saved_rows(Path(f"{out}.checkpoint"), process)
    process.send_signal(signal.SIGINT)
    process.communicate(timeout=WAIT)
    before = out.read_bytes()
    sent = requests_sent(tenant)
    result = run_cli(
        "export", "customers", "--studio", "demo", "--format", "csv", "--out", str(out), "--config", str(config)
    )
    assert result.returncode == EXIT_BAD_INPUT
    assert "belongs to another export (format=jsonl)" in one_line(result.stderr)
    assert out.read_bytes() == before and requests_sent(tenant) == sent


def test_export_refuses_an_existing_file_that_is_not_an_unfinished_export_unless_overwrite(
    tenant: LocalTenant, tmp_path: Path, config: Path
) -> None:
    out = tmp_path / "customers.jsonl"
    out.write_text("precious\n", encoding="utf-8")
    args = ("export", "customers", "--studio", "demo", "--out", str(out), "--config", str(config))
    result = run_cli(*args)
    assert result.returncode == EXIT_BAD_INPUT and "--overwrite" in one_line(result.stderr)
    assert out.read_text(encoding="utf-8") == "precious\n" and requests_sent(tenant) == 0
    result = run_cli(*args, "--overwrite")
    assert result.returncode == 0, result.stderr
    assert sorted(jsonl_ids(out)) == all_customer_ids(tenant)


def test_export_to_an_unwritable_place_fails_before_any_request(
    tenant: LocalTenant, tmp_path: Path, config: Path
) -> None:
    for out in (tmp_path / "no-such-dir" / "customers.jsonl", tmp_path):
        result = run_cli("export", "customers", "--studio", "demo", "--out", str(out), "--config", str(config))
        assert result.returncode == EXIT_BAD_INPUT
        assert f"cannot write {out}" in one_line(result.stderr)
    assert requests_sent(tenant) == 0


def test_export_refuses_an_unknown_format_before_any_request(tenant: LocalTenant, tmp_path: Path, config: Path) -> None:
    out = tmp_path / "customers.xml"
    result = run_cli(
        "export", "customers", "--studio", "demo", "--format", "xml", "--out", str(out), "--config", str(config)
    )
    assert result.returncode == EXIT_BAD_INPUT and "--format must be one of" in one_line(result.stderr)
    assert not out.exists() and requests_sent(tenant) == 0


def test_export_refused_by_its_arguments_or_the_api_before_a_page_leaves_nothing_behind(
    tenant: LocalTenant, tmp_path: Path, config: Path
) -> None:
    out = tmp_path / "customers.out"
    checkpoint = Path(f"{out}.checkpoint")
    export = ("export", "customers", "--studio", "demo", "--out", str(out))
    refused = run_cli(*export, "--slice-size", "0", "--config", str(config))
    assert refused.returncode == EXIT_BAD_INPUT and "slice" in one_line(refused.stderr).lower()
    assert requests_sent(tenant) == 0
    assert not out.exists() and not checkpoint.exists()
    wrong_key = write_config(tmp_path / "wrong.toml", {"demo": (tenant.url, "not-a-key-of-this-tenant")})
    rejected = run_cli(*export, "--format", "csv", "--config", str(wrong_key))
    assert rejected.returncode == EXIT_API_ERROR and "rerun" not in rejected.stderr  # nothing to resume
    assert not out.exists() and not checkpoint.exists()
    # Nothing was left to hold the next run to the first one's format.
    result = run_cli(*export, "--format", "csv", "--config", str(config))
    assert result.returncode == 0, result.stderr
    assert not checkpoint.exists()


def test_export_stopped_before_its_first_page_exits_130_in_one_line_leaving_nothing(
    tenant: LocalTenant, tmp_path: Path, config: Path
) -> None:
    tenant.faults.configure("getCustomers", latency=30.0)  # the first page never arrives in time
    out = tmp_path / "customers.jsonl"
    process = start_cli("export", "customers", "--studio", "demo", "--out", str(out), "--config", str(config))
    checkpoint = Path(f"{out}.checkpoint")
    deadline = time.monotonic() + WAIT
    while not checkpoint.exists() and time.monotonic() < deadline:  # FILE and checkpoint in place: the request goes
        assert process.poll() is None
        time.sleep(0.02)
    time.sleep(0.3)
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=WAIT)
    assert process.returncode == EXIT_INTERRUPTED and "nothing to resume" in stderr.strip().splitlines()[-1]
    assert "Traceback" not in stderr
    assert not out.exists() and not checkpoint.exists()


def _interrupted_export(tenant: LocalTenant, args: tuple[str, ...], out: Path) -> tuple[Path, dict[str, Any]]:
    """Run `args` with slow pages, Ctrl-C it after a saved page; the checkpoint file and what it holds."""
    tenant.faults.configure("getCustomers", latency=0.25)
    process = start_cli(*args, "--slice-size", "50")
    checkpoint = Path(f"{out}.checkpoint")
    wait_for_saved_rows(checkpoint, process)
    process.send_signal(signal.SIGINT)
    process.communicate(timeout=WAIT)
    state: dict[str, Any] = json.loads(checkpoint.read_text(encoding="utf-8"))
    return checkpoint, state


def test_export_refuses_to_resume_a_csv_whose_columns_another_sdk_version_wrote(
    tenant: LocalTenant, tmp_path: Path, config: Path
) -> None:
    out = tmp_path / "customers.csv"
    args = ("export", "customers", "--studio", "demo", "--format", "csv", "--out", str(out), "--config", str(config))
    checkpoint, state = _interrupted_export(tenant, args, out)
    state["what"]["columns"] = "0" * 12  # as an SDK whose Customer had other fields wrote it
    checkpoint.write_text(json.dumps(state), encoding="utf-8")
    result = run_cli(*args, "--slice-size", "50")
    assert result.returncode == EXIT_BAD_INPUT and "other CSV columns" in one_line(result.stderr)
    assert "--overwrite" in result.stderr


def test_export_with_a_checkpoint_the_spec_no_longer_fits_says_to_pass_overwrite(
    tenant: LocalTenant, tmp_path: Path, config: Path
) -> None:
    out = tmp_path / "customers.jsonl"
    args = ("export", "customers", "--studio", "demo", "--out", str(out), "--config", str(config))
    checkpoint, state = _interrupted_export(tenant, args, out)
    kind, version, _digest, *rest = state["position"].split("/")
    state["position"] = "/".join([kind, version, "0" * 12, *rest])  # written when the spec listed other statuses
    checkpoint.write_text(json.dumps(state), encoding="utf-8")
    result = run_cli(*args, "--slice-size", "50")
    line = one_line(result.stderr)
    assert result.returncode == EXIT_BAD_INPUT and "--overwrite" in line and "without start_offset" not in line


def test_call_refuses_absurd_input_with_one_line_and_exit_2(tenant: LocalTenant, config: Path, tmp_path: Path) -> None:
    (path_parameter,) = [p for p in OPERATIONS["getCustomerById"].parameters if p.location == "path"]
    huge = run_cli(
        "call",
        "getCustomerById",
        "--studio",
        "demo",
        "--param",
        f"{path_parameter.name}={'9' * 5000}",
        "--config",
        str(config),
    )
    assert huge.returncode == EXIT_BAD_INPUT and "InvalidRequestError" in one_line(huge.stderr)
    deep = run_cli(
        "call",
        "searchCustomers",
        "--studio",
        "demo",
        "--body",
        "-",
        "--config",
        str(config),
        stdin="[" * 100_000 + "]" * 100_000,
    )
    assert deep.returncode == EXIT_BAD_INPUT and "nested too deeply" in one_line(deep.stderr)


def test_export_of_slices_that_do_not_match_the_spec_exits_3_and_writes_strict_json(tmp_path: Path) -> None:
    out = tmp_path / "customers.jsonl"
    broken = json.dumps({"result": None, "hasNext": True, "offset": "1"}).encode()
    with stub_server(200, broken) as url:
        config = write_config(tmp_path / "hostile.toml", {"demo": (url, "k")})
        result = run_cli("export", "customers", "--studio", "demo", "--out", str(out), "--config", str(config))
    assert result.returncode == EXIT_API_ERROR and "PaginationError" in result.stderr
    nan_page = b'{"result": [{"id": 1, "status": "MEMBER", "accessRefusal": false, "score": NaN}], "hasNext": false}'
    with stub_server(200, nan_page) as url:
        config = write_config(tmp_path / "hostile.toml", {"demo": (url, "k")})
        result = run_cli("export", "customers", "--studio", "demo", "--out", str(out), "--config", str(config))
    assert result.returncode == 0, result.stderr
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines and all(json.loads(line, parse_constant=lambda c: 1 / 0)["score"] is None for line in lines)


# tenant


def test_tenant_on_a_port_in_use_says_so_once() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        result = run_cli("tenant", "--port", str(taken.getsockname()[1]), "--studios", "1", "--customers", "1")
    line = one_line(result.stderr)
    assert result.returncode == EXIT_BAD_INPUT and line.count("did not start") == 1


def test_tenant_serves_every_studio_until_sigint() -> None:
    process = start_cli("tenant", "--port", "0", "--studios", "3", "--customers", "10")
    assert process.stdout is not None
    url = ""
    keys: list[str] = []
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline and not (url and len(keys) == 3):
        line = process.stdout.readline()
        assert line, process.stderr.read() if process.stderr else "no output"
        if line.startswith("Local PerfectGym tenant on "):
            url = line.split()[-1]
        if line.startswith("api_key = "):
            keys.append(line.split('"')[1])
    for key in keys:
        assert httpx.head(f"{url}/v1/studios/information", headers={"X-API-KEY": key}).status_code == 200
    assert httpx.head(f"{url}/v1/studios/information", headers={"X-API-KEY": "nope"}).status_code == 401
    process.send_signal(signal.SIGINT)
    stdout, _ = process.communicate(timeout=WAIT)
    assert process.returncode == 0 and "Stopped." in stdout
    with pytest.raises(httpx.ConnectError):
        httpx.head(f"{url}/v1/studios/information")
