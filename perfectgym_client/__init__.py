"""A client library for accessing PerfectGym Next API"""

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)

if not TYPE_CHECKING:  # hidden from type checkers, so that a misspelt name is still an error for them
    # The clients' module loads on first use: importing a model or the types needs neither class.

    def __getattr__(name: str) -> object:
        if name in __all__:
            return getattr(import_module(".client", __name__), name)
        return import_module(".types", __name__).submodule_attribute(__name__, name)
