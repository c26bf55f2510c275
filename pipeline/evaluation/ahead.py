"""The release card's quality figures worked out ahead, in a process of their own.

:func:`~pipeline.evaluation.summary.quality_summary` extracts the whole annotated corpus on
one core: about half of a one-source build, and a serial step at the end of every release,
while the build's other steps leave the second core idle. ``build`` starts it as soon as it
knows that a release run will follow, and the release step takes the result. The figures do
not depend on the sources, only on the corpus and the code, so they are the same whichever
process works them out. The helpers started are held by a :class:`QualityAhead` that the
build owns and hands to the release step as its ``quality_ahead`` resource; a release run
that was not started by ``build`` (the sensors, the UI) has an empty one and works the
figures out itself, as does a run whose helper process failed."""

from __future__ import annotations

import logging
import multiprocessing
import os
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

# Light on purpose: `build` imports this before it knows whether anything needs the
# evaluation (pandas, the extractor), so the summary is imported where it is used.
from pipeline.processes import die_with_parent

log = logging.getLogger(__name__)


def _work(parent: int, corpus_dir: Path, sender: Connection) -> None:
    """In the helper process: the figures, sent back to the build."""
    from pipeline.evaluation.summary import quality_summary

    die_with_parent(parent)
    sender.send(quality_summary(corpus_dir))
    sender.close()


class _Ahead:
    """One helper process working out the figures of one corpus folder."""

    def __init__(self, corpus_dir: Path) -> None:
        # "spawn", as for the extraction workers: the build holds threads and database
        # connections that a forked child must not inherit.
        context = multiprocessing.get_context("spawn")
        self.receiver, sender = context.Pipe(duplex=False)
        self.process = context.Process(
            target=_work, args=(os.getpid(), corpus_dir, sender), name="quality-ahead"
        )
        self.process.start()
        sender.close()  # the child's copy is the only one left: its end is our EOFError

    def result(self) -> tuple[bool, Any]:
        """``(True, figures)``, or ``(False, None)`` when the helper ended without them."""
        try:
            found = (True, self.receiver.recv())
        except (EOFError, OSError):
            found = (False, None)
        self.close()
        return found

    def close(self) -> None:
        if self.process.is_alive():
            self.process.terminate()
        self.process.join()
        self.receiver.close()


class QualityAhead:
    """The helpers started for a build, one a corpus folder: the build owns it and ends, on
    leaving, every helper whose figures were not taken (a build that failed or published
    nothing), so that none outlives it."""

    def __init__(self) -> None:
        self._started: dict[Path, _Ahead] = {}

    def start(self, corpus_dir: Path) -> None:
        """Start working out the figures of ``corpus_dir`` (once; nothing without a corpus)."""
        key = corpus_dir.resolve()
        if key in self._started or not (key / "corpus.yaml").is_file():
            return
        try:
            self._started[key] = _Ahead(corpus_dir)  # as given: the figures are of what it reads
        except OSError as error:  # no process to be had: the release step will do it itself
            log.warning("could not start the quality figures ahead: %s", error)

    def figures(self, corpus_dir: Path) -> dict[str, Any] | None:
        """The figures of ``corpus_dir``: the ones started ahead if there are, else worked
        out here (with any error of the extractor raised here, where the release step
        reports it)."""
        ahead = self._started.pop(corpus_dir.resolve(), None)
        if ahead is not None:
            done, figures = ahead.result()
            if done:
                return figures
            log.warning("the quality figures started ahead failed; working them out again")
        from pipeline.evaluation.summary import quality_summary

        return quality_summary(corpus_dir)

    def close(self) -> None:
        """End every helper whose figures were not taken."""
        while self._started:
            _, ahead = self._started.popitem()
            ahead.close()

    def __enter__(self) -> QualityAhead:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
