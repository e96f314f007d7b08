"""One SSL context for every connection pool the SDK builds.

httpx builds a new context per client, and each one loads the whole CA bundle: a process
serving 50 studios with 50 clients paid ~40 MiB and seconds for 50 identical contexts.
The shared one is built lazily, once, with httpx's own defaults (certifi's CAs, or
``SSL_CERT_FILE`` / ``SSL_CERT_DIR`` as read at that moment; verification on; TLS >= 1.2).
"""

from __future__ import annotations

import ssl
import threading

import httpx

__all__ = ["shared_ssl_context"]

_lock = threading.Lock()
_context: ssl.SSLContext | None = None


def shared_ssl_context() -> ssl.SSLContext:
    """The process-wide verifying context (built on first use; safe to call from any thread)."""
    global _context
    context = _context
    if context is None:
        with _lock:
            if _context is None:
                _context = httpx.create_ssl_context()
            context = _context
    return context
