"""At-least-once webhooks across 2 receiver processes (uvicorn) and 2 worker processes on one real Valkey.

Each event is delivered to both receivers at once (a delivery and its redelivery), the
workers record every handler run in Redis, and the tests poll Redis with a bounded wait.
Queue times are scaled down in tests/support/webhook_processes.py.
"""

from __future__ import annotations

import asyncio
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
import redis as redis_sync

from tests.support.redis_server import RedisServer
from tests.support.webhook_bodies import A, delivery, headers
from tests.support.webhook_processes import QUEUE_SETTINGS

ROOT = Path(__file__).parents[2]
DEAD_LETTERS = f"{QUEUE_SETTINGS['prefix']}:webhooks:webhooks:dead"
STREAM = f"{QUEUE_SETTINGS['prefix']}:webhooks:webhooks:stream"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Cluster:
    def __init__(self, server: RedisServer, logs: Path) -> None:
        self.server = server
        self.logs = logs
        self.redis: Any = redis_sync.Redis.from_url(server.url)  # redis-py's reply types are loose
        self.receivers: list[tuple[subprocess.Popen[bytes], str]] = []
        self.workers: dict[str, subprocess.Popen[bytes]] = {}

    def _spawn(self, *args: str) -> subprocess.Popen[bytes]:
        log = open(self.logs / f"{'-'.join(args)}.log", "ab")  # noqa: SIM115  (closed with the process)
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "custom")])}
        return subprocess.Popen(
            [sys.executable, "-m", "tests.support.webhook_processes", args[0], self.server.url, *args[1:]],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=log,
        )

    def start(self) -> None:
        for _ in range(2):
            port = _free_port()
            self.receivers.append((self._spawn("receiver", str(port)), f"http://127.0.0.1:{port}"))
        self.ensure_workers()
        for process, url in self.receivers:
            _wait_until(lambda url=url: _answers(url), f"receiver {url} is up", process=process)

    def ensure_workers(self) -> None:
        for name in ("worker-1", "worker-2"):
            process = self.workers.get(name)
            if process is None or process.poll() is not None:
                self.workers[name] = self._spawn("worker", name)

    @property
    def urls(self) -> list[str]:
        return [url for _, url in self.receivers]

    def stop(self) -> None:
        for process in [p for p, _ in self.receivers] + list(self.workers.values()):
            if process.poll() is None:
                process.terminate()
        for process in [p for p, _ in self.receivers] + list(self.workers.values()):
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()

    def count(self, key: str) -> int:
        return int(self.redis.get(key) or 0)


def _answers(url: str) -> bool:
    try:
        return httpx.get(url, timeout=1).status_code == 405
    except httpx.HTTPError:
        return False


def _wait_until(condition: Any, what: str, limit: float = 20.0, process: subprocess.Popen[bytes] | None = None) -> None:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if condition():
            return
        if process is not None and process.poll() is not None:
            raise AssertionError(f"process exited with {process.returncode} before: {what}")
        time.sleep(0.02)
    raise AssertionError(f"never happened within {limit}s: {what}")


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cluster]:
    with RedisServer() as server:
        running = Cluster(server, tmp_path_factory.mktemp("webhook-processes"))
        try:
            running.start()
            yield running
        finally:
            running.stop()


async def _deliver_to_both(urls: list[str], bodies: list[dict[str, Any]]) -> list[list[httpx.Response]]:
    """Each body to every receiver at the same time, at most 32 events in flight."""
    gate = asyncio.Semaphore(32)
    limits = httpx.Limits(max_connections=64)
    async with httpx.AsyncClient(timeout=10, limits=limits) as http:

        async def both(body: dict[str, Any]) -> list[httpx.Response]:
            async with gate:
                return list(await asyncio.gather(*(http.post(url, json=body, headers=headers(A)) for url in urls)))

        return list(await asyncio.gather(*(both(body) for body in bodies)))


def test_every_delivery_and_redelivery_of_1000_events_is_handled_exactly_once(cluster: Cluster) -> None:
    cluster.ensure_workers()
    bodies = [delivery(uuid=f"bulk-{n}", contractId=n) for n in range(1000)]
    answers = asyncio.run(_deliver_to_both(cluster.urls, bodies))
    statuses = [sorted(r.json()["status"] for r in pair) for pair in answers]
    assert all(r.status_code == 200 for pair in answers for r in pair)
    assert statuses == [["accepted", "duplicate"]] * 1000  # queued once, whichever receiver won

    _wait_until(lambda: cluster.count("test:done_total") >= 1000, "1000 events handled", limit=40)
    runs = cluster.redis.mget([f"test:runs:bulk-{n}" for n in range(1000)])
    assert [int(r or 0) for r in runs] == [1] * 1000
    workers = {w.decode() for n in range(1000) for w in cluster.redis.lrange(f"test:by:bulk-{n}", 0, -1)}
    assert workers == {"worker-1", "worker-2"}  # both workers took part
    _wait_until(lambda: cluster.redis.xlen(STREAM) == 0, "every entry acknowledged")


def test_a_handler_failing_twice_runs_three_times_and_the_event_is_done(cluster: Cluster) -> None:
    cluster.ensure_workers()
    asyncio.run(_deliver_to_both(cluster.urls, [delivery(uuid="flaky", behaviour="fail_twice")]))
    _wait_until(lambda: cluster.count("test:done:flaky") == 1, "the flaky event is done")
    assert cluster.count("test:runs:flaky") == 3
    assert not [f for _, f in cluster.redis.xrange(DEAD_LETTERS) if b'"flaky"' in f[b"delivery"]]


def test_an_always_failing_event_lands_in_the_dead_letter_stream_after_max_attempts(cluster: Cluster) -> None:
    cluster.ensure_workers()
    asyncio.run(_deliver_to_both(cluster.urls, [delivery(uuid="poison", behaviour="always_fail")]))

    def dead_lettered() -> list[dict[bytes, bytes]]:
        return [f for _, f in cluster.redis.xrange(DEAD_LETTERS) if json.loads(f[b"delivery"])["uuid"] == "poison"]

    _wait_until(lambda: bool(dead_lettered()), "the poison event is dead-lettered")
    (letter,) = dead_lettered()
    assert letter[b"attempts"] == str(QUEUE_SETTINGS["max_attempts"]).encode()
    assert letter[b"error"] == b"RuntimeError: this event always fails"
    assert cluster.count("test:runs:poison") == QUEUE_SETTINGS["max_attempts"]
    assert cluster.count("test:done:poison") == 0 and b"SECRET" not in b"".join(letter.values())


def test_a_worker_killed_mid_handler_has_its_event_finished_by_another(cluster: Cluster) -> None:
    cluster.ensure_workers()
    asyncio.run(_deliver_to_both(cluster.urls, [delivery(uuid="orphan", behaviour="hang_first")]))
    _wait_until(lambda: cluster.redis.get("test:hanging:orphan") is not None, "a worker started the handler")
    victim = cluster.redis.get("test:hanging:orphan").decode()
    cluster.workers[victim].send_signal(signal.SIGKILL)
    cluster.workers[victim].wait(timeout=10)

    _wait_until(lambda: cluster.count("test:done:orphan") == 1, "another worker finished the event")
    by = [w.decode() for w in cluster.redis.lrange("test:by:orphan", 0, -1)]
    assert by[0] == victim and by[1:] == [name for name in cluster.workers if name != victim]
    cluster.ensure_workers()


def test_with_redis_down_a_webhook_is_refused_with_503_and_workers_carry_on_after(cluster: Cluster) -> None:
    cluster.ensure_workers()
    cluster.server.stop()
    try:
        answers = asyncio.run(_deliver_to_both(cluster.urls, [delivery(uuid="during-outage")]))
    finally:
        cluster.server.start()  # empty again: no persistence, so the consumer group is gone too
    assert [r.status_code for r in answers[0]] == [503, 503] and all(r.headers["retry-after"] for r in answers[0])

    # The platform redelivers; the receivers and workers reconnect, the workers recreate their group.
    redelivered = asyncio.run(_deliver_to_both(cluster.urls, [delivery(uuid="during-outage")]))
    assert sorted(r.json()["status"] for r in redelivered[0]) == ["accepted", "duplicate"]
    _wait_until(lambda: cluster.count("test:done:during-outage") == 1, "the redelivered event is handled")
    assert all(process.poll() is None for process in cluster.workers.values())
