"""Engines run the same shard function over a stream of shard specs and hand back the
results as they complete. At most ``max_in_flight`` shards are submitted at once, so the
planner never runs far ahead of the workers and memory stays flat as the input grows.

- ``LocalEngine(1)`` runs in this process (no pickling, easiest to debug);
- ``LocalEngine(n)`` uses ``n`` local processes (spawned: safe with threads, same on
  every OS; each worker loads the patterns once);
- ``DaskEngine`` submits to a ``dask.distributed`` cluster: a scheduler address, or a
  LocalCluster on 127.0.0.1 without dashboard. Inputs and the output folder must be on a
  file system every worker sees (shared disk on a cluster).
"""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from typing import Any, Protocol, TypeVar

T = TypeVar("T")
R = TypeVar("R")


class EngineError(Exception):
    """The engine cannot start (missing optional dependency, unreachable scheduler)."""


class Engine(Protocol):
    name: str
    workers: int

    def imap_unordered(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R]: ...

    def close(self) -> None: ...


class LocalEngine:
    name = "local"

    def __init__(self, workers: int, *, max_in_flight: int | None = None) -> None:
        if workers < 1:
            raise ValueError("workers must be at least 1")
        self.workers = workers
        self.max_in_flight = max_in_flight or 2 * workers
        self._pool: ProcessPoolExecutor | None = None

    def imap_unordered(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        if self.workers == 1:
            for it in items:
                yield fn(it)
            return
        self._pool = ProcessPoolExecutor(self.workers, mp_context=mp.get_context("spawn"))
        pending: set[Future[R]] = set()
        source = iter(items)
        exhausted = False
        try:
            while True:
                while not exhausted and len(pending) < self.max_in_flight:
                    try:
                        item = next(source)
                    except StopIteration:
                        exhausted = True
                        break
                    pending.add(self._pool.submit(fn, item))
                if not pending:
                    return
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for f in done:
                    yield f.result()
        finally:
            for f in pending:
                f.cancel()
            self.close()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


class DaskEngine:
    name = "dask"

    def __init__(
        self, workers: int, *, scheduler: str | None = None, max_in_flight: int | None = None
    ) -> None:
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError:
            raise EngineError(
                "the dask engine needs dask.distributed: install vnextract[dask]"
            ) from None
        self._cluster: Any = None
        self._client: Any = None
        try:
            if scheduler:
                self._client = Client(scheduler, timeout="30s")
            else:
                self._cluster = LocalCluster(
                    n_workers=workers,
                    threads_per_worker=1,
                    processes=True,
                    host="127.0.0.1",
                    dashboard_address=None,
                )
                self._client = Client(self._cluster)
        except OSError as e:
            raise EngineError(f"cannot reach the Dask scheduler: {e}") from None
        n = len(self._client.scheduler_info().get("workers", {})) or workers
        self.workers = n
        self.max_in_flight = max_in_flight or 2 * n

    def imap_unordered(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        from dask.distributed import as_completed

        source = iter(items)
        ac = as_completed()
        in_flight = 0

        def submit() -> bool:
            try:
                item = next(source)
            except StopIteration:
                return False
            ac.add(self._client.submit(fn, item, pure=False))
            return True

        while in_flight < self.max_in_flight and submit():
            in_flight += 1
        try:
            for fut in ac:
                res = fut.result()
                fut.release()
                in_flight -= 1
                if submit():
                    in_flight += 1
                yield res
        finally:
            self.close()

    def close(self) -> None:
        client, cluster = getattr(self, "_client", None), self._cluster
        self._client = None
        self._cluster = None
        if client is not None:
            client.close()
        if cluster is not None:
            cluster.close()


def make_engine(name: str, workers: int, scheduler: str | None = None) -> Engine:
    if name == "local":
        return LocalEngine(workers)
    if name == "dask":
        return DaskEngine(workers, scheduler=scheduler)
    raise ValueError(f"unknown engine {name!r}; choose local or dask")
