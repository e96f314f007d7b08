"""``python -m perfectgym.cli``: the same as the ``perfectgym`` console script."""

from __future__ import annotations

from perfectgym.cli import main

if __name__ == "__main__":
    main()
