"""Contains endpoint functions for accessing the API.

Each module is imported on first use: ``package.module`` imports it then, as before lazy loading.
"""

from typing import TYPE_CHECKING

if not TYPE_CHECKING:  # hidden from type checkers, so that a misspelt name is still an error for them
    from ...types import submodule_attribute

    def __getattr__(name: str) -> object:
        return submodule_attribute(__name__, name)
