"""Shared pytest setup: the local tenant fixtures ship with the SDK (perfectgym.testing)."""

pytest_plugins = ["perfectgym.testing.pytest_plugin"]
