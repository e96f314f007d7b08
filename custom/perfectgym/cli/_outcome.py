"""Exit codes, and every failure as one line on stderr: what a script calling the CLI branches on.

| code | meaning |
| --- | --- |
| 0 | done |
| 1 | `verify`: a studio failed its check; any other SDK failure |
| 2 | bad input, refused before any request: usage, config, unknown studio / operation / parameter, |
|   | invalid values or body, unusable files or checkpoint |
| 3 | the API answered an error (4xx/5xx, a redirect, a body or slices that do not match the spec) |
| 4 | no connection, or a timeout |
| 130 | interrupted (Ctrl-C); `export` can be resumed |
"""

from __future__ import annotations

from perfectgym._errors import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    ConfigurationError,
    InvalidRequestError,
    PerfectGymError,
    RedirectNotFollowedError,
    ResponseTooLargeError,
)
from perfectgym._pagination import PaginationError
from perfectgym._studios import UnknownStudioError
from perfectgym.cli._terminal import terminal_safe

__all__ = [
    "EXIT_API_ERROR",
    "EXIT_BAD_INPUT",
    "EXIT_CONNECTION",
    "EXIT_FAILED",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "CliError",
    "failure",
]

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_BAD_INPUT = 2  # click's own code for usage errors, so every refused input shares it
EXIT_API_ERROR = 3
EXIT_CONNECTION = 4
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report it

_API_ERRORS = (
    APIStatusError,
    RedirectNotFollowedError,
    ResponseTooLargeError,
    APIResponseValidationError,
    PaginationError,  # slices that do not match the spec, or that would loop
)


class CliError(Exception):
    """A problem the CLI itself found (a file, a name, a checkpoint); ``exit_code`` says which kind."""

    def __init__(self, message: str, exit_code: int = EXIT_BAD_INPUT) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def failure(error: BaseException) -> tuple[int, str] | None:
    """The exit code and one-line message for an error the CLI reports; None for a bug (let it raise)."""
    if isinstance(error, CliError):
        return error.exit_code, f"error: {_one_line(str(error))}"
    if not isinstance(error, PerfectGymError):
        return None
    if isinstance(error, InvalidRequestError | ConfigurationError | UnknownStudioError):
        code = EXIT_BAD_INPUT
    elif isinstance(error, _API_ERRORS):
        code = EXIT_API_ERROR
    elif isinstance(error, APIConnectionError):
        code = EXIT_CONNECTION
    else:
        code = EXIT_FAILED
    return code, f"error: {type(error).__name__}: {_one_line(str(error))}"


def _one_line(text: str) -> str:
    """One line, with what a server may have put in the message escaped (see _terminal)."""
    return terminal_safe(" ".join(text.split()))
