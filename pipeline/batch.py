"""Extract many sources at once, on every core when there are enough of them to repay the
start of worker processes. No Dagster here: the ``claims`` asset calls this for its range."""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from pipeline.extraction import extract_source
from pipeline.processes import die_with_parent
from pipeline.publish.tables import ArrowTables, to_arrow

MIN_SOURCES_PER_WORKER = 25
"""Below this many sources per extra process, starting it (imports, lexicons) costs more
than it saves."""

MAX_CHUNK = 4
"""Sources handed to a worker at a time. Small: the last chunks decide when the pool ends,
and while one worker finishes a chunk of 32 (about 5 s of extraction) the other core is
idle; a chunk of 4 costs no more to send, as each source's tables travel on their own."""

log = logging.getLogger(__name__)


def worker_count(
    sources: int, workers: int | None = None, per_worker: int = MIN_SOURCES_PER_WORKER
) -> int:
    """How many processes to extract ``sources`` sources with: ``workers`` (default: the CPUs
    this process may use), fewer when there are under ``per_worker`` sources for each, and
    one inside a daemonic process (a Dask worker, say), which may not start children."""
    if multiprocessing.current_process().daemon:
        return 1
    available = workers or len(os.sched_getaffinity(0))
    return max(1, min(available, sources // per_worker))


def _extract(job: tuple[str, str]) -> ArrowTables:
    sources_dir, source_id = job
    return to_arrow(extract_source(Path(sources_dir), source_id))


def extract_sources(
    sources_dir: Path,
    source_ids: Sequence[str],
    workers: int | None = None,
    per_worker: int = MIN_SOURCES_PER_WORKER,
    warn: Callable[[str], None] = log.warning,
) -> Iterator[tuple[str, ArrowTables]]:
    """``(source id, tables as Arrow)`` for each of ``source_ids``, in their order whatever
    the number of processes, so that the output never depends on the machine. ``warn`` is
    told if the worker processes fail and one process carries on."""
    jobs = [(str(sources_dir), source_id) for source_id in source_ids]
    count = worker_count(len(jobs), workers, per_worker)
    done = 0
    if count > 1:
        try:
            for source_id, tables in _in_workers(jobs, count):
                yield source_id, tables
                done += 1
        except BrokenProcessPool as error:
            # Workers that cannot start (say, a calling script without a __main__ guard,
            # which "spawn" imports again) must not fail the build: one process will do.
            warn(f"worker processes failed ({error}); extracting the rest in this process")
    for job in jobs[done:]:
        yield job[1], _extract(job)


def _in_workers(jobs: list[tuple[str, str]], count: int) -> Iterator[tuple[str, ArrowTables]]:
    # "spawn": the caller may hold threads and open database connections (Dagster does),
    # which a forked child must not inherit.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        max_workers=count,
        mp_context=context,
        initializer=die_with_parent,
        initargs=(os.getpid(),),
    ) as pool:
        chunk = max(1, min(MAX_CHUNK, len(jobs) // (count * 4)))
        results = pool.map(_extract, jobs, chunksize=chunk)
        for (_, source_id), result in zip(jobs, results, strict=True):
            yield source_id, result
