"""The typer application: options, help text and exit codes; each command's work lives in its own module.

Commands import their modules when they run, so ``perfectgym --help`` loads neither the
generated models nor the local tenant.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from perfectgym.cli._outcome import EXIT_INTERRUPTED, failure

__all__ = ["app"]

app = typer.Typer(
    name="perfectgym",
    help="Operate PerfectGym studios: check keys, call any operation, export customers, run a local tenant.\n\n"
    "Studios come from --config FILE (TOML or JSON, as StudioRegistry.from_file reads it), else from "
    "PERFECTGYM_STUDIO_<ID>_BASE_URL / _API_KEY. Exit codes: 0 done, 1 a check failed, 2 bad input "
    "(nothing sent), 3 the API answered an error, 4 no connection or a timeout, 130 interrupted.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
export_app = typer.Typer(help="Export records to a file, resumably.", no_args_is_help=True)
app.add_typer(export_app, name="export")


@app.callback()
def _options(
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Show the SDK's retries and warnings.")] = False,
) -> None:
    from perfectgym.cli._logging import configure_logging

    configure_logging(verbose=verbose)


Config = Annotated[
    Path | None,
    typer.Option(
        "--config", metavar="FILE", help="Studios file (.toml or .json); default: PERFECTGYM_STUDIO_* variables."
    ),
]
StudioOption = Annotated[str, typer.Option("--studio", metavar="S", help="The studio id, as in the config.")]


def _error(line: str) -> None:
    """A line on stderr; text a server chose (a field name, a message) may echo a studio's key: redacted."""
    from perfectgym._secrets import redact_remembered
    from perfectgym.cli._terminal import terminal_safe

    typer.echo(terminal_safe(redact_remembered(line)), err=True)  # no bidi or escape sequence reaches the terminal


def _run(work: Callable[[], Coroutine[object, object, int]]) -> NoReturn:
    """Run a command's coroutine; every expected failure becomes one stderr line and its exit code."""
    _finish(lambda: asyncio.run(work()))


def _finish(action: Callable[[], int]) -> NoReturn:
    try:
        code = action()
    except KeyboardInterrupt:
        _error("interrupted")
        code = EXIT_INTERRUPTED
    except Exception as exc:
        outcome = failure(exc)
        if outcome is None:
            raise
        code, line = outcome
        _error(line)
    raise typer.Exit(code)


@app.command()
def verify(
    config: Config = None,
    timeout: Annotated[float, typer.Option(min=0.1, help="Seconds per studio, retries included.")] = 15.0,
) -> None:
    """Check every studio's API key (a HEAD request) and print one table; exit 1 if any studio fails."""

    async def work() -> int:
        from perfectgym._retry import RetryPolicy
        from perfectgym.cli._config import load_registry
        from perfectgym.cli._outcome import EXIT_FAILED, EXIT_OK
        from perfectgym.cli._verify import check_keys, render_table

        async with load_registry(config, timeout=timeout, retry_policy=RetryPolicy(deadline=timeout)) as registry:
            checks = await check_keys(registry)
        typer.echo(render_table(checks))
        return EXIT_OK if all(check.ok for check in checks) else EXIT_FAILED

    _run(work)


@app.command()
def call(
    operation_id: Annotated[
        str, typer.Argument(metavar="OPERATION_ID", help="The spec's operationId, e.g. getCustomerById.")
    ],
    studio: StudioOption,
    param: Annotated[
        list[str] | None,
        typer.Option(
            "--param",
            metavar="NAME=VALUE",
            help="A path or query parameter by its spec or Python name; repeat it, also for list values.",
        ),
    ] = None,
    body: Annotated[
        str | None, typer.Option(metavar="FILE|-", help="The JSON request body, from a file or stdin.")
    ] = None,
    config: Config = None,
) -> None:
    """Call any operation by its operationId and print the result as JSON (errors: one line on stderr)."""

    async def work() -> int:
        from perfectgym.cli._call import find_operation, invoke, read_body, to_json
        from perfectgym.cli._config import load_registry
        from perfectgym.cli._outcome import EXIT_OK
        from perfectgym.cli._params import parse_params

        operation = find_operation(operation_id)
        arguments = parse_params(operation, param or [])
        if body is not None:
            arguments["body"] = read_body(body)
        async with load_registry(config) as registry:
            client = registry.client(studio)
            result = await invoke(client, operation, arguments)
        typer.echo(to_json(result, secret=client._pipeline.settings.api_key))  # a body echoing the key: redacted
        return EXIT_OK

    _run(work)


@export_app.command("customers")
def export_customers(
    studio: StudioOption,
    out: Annotated[
        Path, typer.Option("--out", metavar="FILE", help="The export file; FILE.checkpoint sits beside it.")
    ],
    format: Annotated[str, typer.Option("--format", metavar="jsonl|csv", help="JSON Lines, or CSV.")] = "jsonl",
    overwrite: Annotated[bool, typer.Option(help="Start over, replacing FILE and its checkpoint.")] = False,
    slice_size: Annotated[int | None, typer.Option(help="Records per request (default: the spec's).")] = None,
    config: Config = None,
) -> None:
    """Every customer of every status into FILE, with a progress bar; rerun the same command to resume."""
    import signal

    from perfectgym.cli._outcome import CliError
    from perfectgym.cli._rows import FORMATS

    async def work() -> int:
        from perfectgym.cli._export_run import run_export

        if format not in FORMATS:
            raise CliError(f"--format must be one of {', '.join(FORMATS)} (got {format!r})")
        return await run_export(
            config=config,
            studio=studio,
            format=format,
            out=out,
            overwrite=overwrite,
            slice_size=slice_size,
            warn=_error,
        )

    signal.signal(signal.SIGINT, signal.default_int_handler)  # also when started with SIGINT ignored (a & job)
    _run(work)


@app.command()
def tenant(
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port on 127.0.0.1 (0: any free port).")] = 8080,
    studios: Annotated[int, typer.Option(min=1, max=1000, help="Studios, each with its own key and data.")] = 2,
    customers: Annotated[int, typer.Option(min=0, help="Customers per studio.")] = 1000,
    seed: int = 1,
) -> None:
    """Run the local tenant (perfectgym.testing) until Ctrl-C, printing its URL and demo keys."""

    def work() -> int:
        from perfectgym.cli._outcome import EXIT_OK
        from perfectgym.cli._signals import interrupt_on_signals
        from perfectgym.cli._tenant import serve_tenant

        interrupt_on_signals()
        # in the main thread, where Ctrl-C lands; typer.echo flushes, so a pipe sees the URL at once
        serve_tenant(port=port, studios=studios, customers=customers, seed=seed, echo=typer.echo)
        return EXIT_OK

    _finish(work)
