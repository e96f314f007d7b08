"""The API's models and enums, ``File`` and ``UNSET``, from the public package.

    from perfectgym.types import Customer, CustomerStatus, File, UNSET

Every name of ``perfectgym_client.models`` is here, the same class (``perfectgym.types.Customer
is perfectgym_client.models.Customer``), loaded on first use like there: importing this module
loads no model. Type checkers read the star import below; a misspelt name is still their error.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import perfectgym_client.models as _models
from perfectgym_client.types import UNSET, File, Unset

if TYPE_CHECKING:
    from perfectgym_client.models import *  # noqa: F403

__all__ = ["UNSET", "File", "Unset", *_models.__all__]  # the models' names: the spec's

if not TYPE_CHECKING:  # hidden from type checkers, so that a misspelt name is still an error for them

    def __getattr__(name: str) -> object:
        if name in _models.__all__:
            value = getattr(_models, name)
            globals()[name] = value
            return value
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

    def __dir__() -> list[str]:
        return sorted(set(globals()) | set(__all__))
