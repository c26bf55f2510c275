"""Publish a release: decide the version from the data, write every file into a temporary
folder beside the final one, verify it, and move it into place in one rename. The index is
rewritten last. A published release is never changed.

A crash can stop publishing between any two steps; the next publish recovers, because the
index is derivable from the release folders and their checksums (:mod:`.recovery`): a
complete folder the index does not list yet is listed, an incomplete one is moved aside and
never listed, and temporary folders are removed. ``$INTERVIEW_CLAIMS_FAULT`` names a step
(:data:`FAULT_STEPS`) at which to die as ``kill -9`` would, so tests reach every window.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import shutil
import signal
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pipeline.publish import changes as changes_mod
from pipeline.publish.card import dataset_card
from pipeline.publish.citation import citation_cff, zenodo_json
from pipeline.publish.codebook import write_codebook
from pipeline.publish.consistency import sources_mismatch
from pipeline.publish.contenthash import content_hash
from pipeline.publish.datapackage import write_datapackage
from pipeline.publish.files import read_tables, set_mtimes, write_checksums, write_tables
from pipeline.publish.index import latest, read_index, write_index
from pipeline.publish.layout import is_legacy, release_tables
from pipeline.publish.licences import withheld_sources, withhold
from pipeline.publish.lock import LockTimeout, file_lock, lock_timeout
from pipeline.publish.recovery import newest_problem, reconcile
from pipeline.publish.tables import Tables
from pipeline.publish.upgrade import layout_changes, upgrade
from pipeline.publish.validation import check_all, check_changes, check_corpus_tables
from pipeline.publish.versioning import decide_version, parse_version, required_bump
from schemas import CORPUS_TABLES, DATA_TABLES

log = logging.getLogger(__name__)

LOCK_NAME = ".publish.lock"
FAULT_ENV = "INTERVIEW_CLAIMS_FAULT"
FAULT_STEPS = ("written", "renamed", "indexed")
"""``written``: the temporary folder is complete, not yet renamed; ``renamed``: the release
is in place, the index not yet rewritten; ``indexed``: everything is done."""


class PublishError(RuntimeError):
    """A release that must not be published; nothing was written."""


@dataclass(frozen=True)
class PublishResult:
    version: str | None
    path: Path | None
    reason: str

    @property
    def published(self) -> bool:
        return self.path is not None


def release_epoch() -> int:
    """``SOURCE_DATE_EPOCH`` when set (reproducible builds), otherwise now."""
    value = os.environ.get("SOURCE_DATE_EPOCH")
    if value is None or not value.strip():
        return int(time.time())
    try:
        return int(value)
    except ValueError:
        raise PublishError(
            f"SOURCE_DATE_EPOCH={value!r} is not a whole number of seconds"
        ) from None


@contextlib.contextmanager
def publish_lock(outputs_dir: Path, timeout: float | None = None) -> Iterator[None]:
    """One publisher at a time per outputs folder; a second waits, then gives up clearly."""
    (outputs_dir / "releases").mkdir(parents=True, exist_ok=True)
    try:
        with file_lock(
            outputs_dir / LOCK_NAME,
            f"{outputs_dir}: another build is publishing",
            lock_timeout() if timeout is None else timeout,
            on_wait=log.warning,
        ):
            yield
    except LockTimeout as err:
        raise PublishError(str(err)) from None


def fault_point(step: str) -> None:
    """Die here, as ``kill -9`` would, when ``$INTERVIEW_CLAIMS_FAULT`` names this step; with
    ``<step>:enospc``, fail as a full disk would. A test hook, inert unless set."""
    wanted = os.environ.get(FAULT_ENV, "")
    if wanted == step:
        os.kill(os.getpid(), signal.SIGKILL)
    if wanted == f"{step}:enospc":
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def _changelog(version: str, released: str, lines: Sequence[str], previous: Path | None) -> str:
    body = [f"# Changelog\n\n## {version} ({released})\n", *lines, ""]
    if previous is not None and (previous / "CHANGELOG.md").exists():
        old = (previous / "CHANGELOG.md").read_text(encoding="utf-8")
        body.append(old.removeprefix("# Changelog\n").strip("\n"))
        body.append("")
    return "\n".join(body)


def _corpus_lines(previous: Tables | None, current: Tables) -> list[str]:
    """Changelog lines for the corpus tables: new ones, and gold claims added, removed or
    changed since the previous release."""
    names = [n for n in CORPUS_TABLES if n in current]
    if not names:
        return []
    new = [n for n in names if previous is None or n not in previous]
    lines = []
    if new:
        shown = ", ".join(f"`{n}`" for n in new)
        lines.append(
            f"- New tables: {shown} (the corpus's adjudicated gold claims for the sources of "
            "this release, and the annotation passes' agreement with it)."
        )
    if previous is not None and "annotations" in previous and "annotations" in current:
        old, now = previous["annotations"], current["annotations"]
        before, after = set(old["annotation_id"].tolist()), set(now["annotation_id"].tolist())
        same = old.reset_index(drop=True).equals(now.reset_index(drop=True))
        if not same:
            lines.append(
                f"- Gold annotations: {len(after - before)} added, {len(before - after)} "
                "removed (others may be re-annotated)."
            )
    return lines


def _write_release(
    tmp: Path,
    version: str,
    released: str,
    tables: Tables,
    previous: Tables | None,
    previous_dir: Path | None,
    quality: Mapping[str, Any] | None,
    epoch: int,
    tables_checked: bool,
    layout_lines: Sequence[str] = (),
) -> None:
    """Write the release of ``tables`` (with every text, as built and checked) into ``tmp``:
    texts the licence policy withholds are left out of the files."""
    published = withhold(tables)
    changes = changes_mod.changes_table(previous, published)
    summary = changes_mod.summarise(previous, published, changes)
    lines = [*layout_lines, *changes_mod.describe(summary)]
    withheld = withheld_sources(published["documents"])
    if withheld:
        names = ", ".join(f"`{sid}`" for sid in withheld)
        lines.append(
            f"- Source texts withheld by their licence ({len(withheld)}): {names}; their claims "
            "keep their spans, `hydrate` restores the texts from your own copies."
        )
    lines += _corpus_lines(previous, published)
    if previous is None:
        lines = ["- First release.", *lines]
    outcomes = (
        [*check_changes(changes), *check_corpus_tables(tables)]
        if tables_checked
        else check_all({**tables, "changes": changes})
    )
    failed = [o for o in outcomes if not o.passed]
    if failed:
        reasons = "; ".join(r for o in failed for r in o.reasons[:3])
        raise PublishError(f"the tables fail validation: {reasons}")
    everything = {**published, "changes": changes}
    write_tables(everything, tmp)
    write_codebook(tmp)
    documents = published["documents"]
    write_datapackage(tmp, version, datetime.fromtimestamp(epoch, UTC).isoformat(), documents)
    (tmp / "CITATION.cff").write_text(citation_cff(version, released), encoding="utf-8")
    (tmp / ".zenodo.json").write_text(zenodo_json(version, released, documents), encoding="utf-8")
    (tmp / "README.md").write_text(
        dataset_card(version, released, everything, lines, quality), encoding="utf-8"
    )
    (tmp / "CHANGELOG.md").write_text(
        _changelog(version, released, lines, previous_dir), encoding="utf-8"
    )
    write_checksums(tmp)
    set_mtimes(tmp, epoch)


def publish(
    tables: Tables,
    outputs_dir: Path,
    *,
    requested_version: str | None = None,
    quality: Callable[[], Mapping[str, Any] | None] = lambda: None,
    tables_checked: bool = False,
    allow_empty: bool = False,
    sources_dir: Path | None = None,
) -> PublishResult:
    """Publish ``tables`` as the next release under ``outputs_dir/releases``, or nothing if
    they equal the latest release. ``tables`` are the data tables, with the corpus tables
    (the gold of the corpus interviews among the sources) when the caller built them; the
    release has the tables it is given. ``quality`` gives the extraction figures the card reports;
    it is called only when a release is written (it extracts the whole annotated corpus).
    ``tables_checked``: the caller has run every check on the data tables already (the
    dataset's blocking checks), so only the delta is checked here. A release without
    documents is refused unless ``allow_empty``; with ``sources_dir``, one whose documents
    are not exactly the texts in that folder is refused."""
    if tables["documents"].empty and not allow_empty:
        raise PublishError(
            "there are no sources, so the release would be empty; nothing was published "
            "(ask for an empty release explicitly to publish one)"
        )
    releases_dir = outputs_dir / "releases"
    epoch = release_epoch()
    released = datetime.fromtimestamp(epoch, UTC).date().isoformat()
    with publish_lock(outputs_dir):
        for note in reconcile(releases_dir):
            log.warning(note)
        if sources_dir is not None and sources_dir.is_dir():
            mismatch = sources_mismatch(tables["documents"], sources_dir)
            if mismatch:
                raise PublishError(mismatch)
        newest = latest(releases_dir)
        if newest is not None:
            problem = newest_problem(releases_dir, newest)
            if problem:
                raise PublishError(problem)
        previous_dir = releases_dir / newest["version"] if newest else None
        # The data tables and whichever corpus tables the previous release has (none before
        # 2.1.0): a release lacking one that this build has differs from it.
        stored = (
            read_tables(
                previous_dir,
                (*DATA_TABLES, *(n for n in CORPUS_TABLES if n in release_tables(previous_dir))),
            )
            if previous_dir
            else None
        )
        # Compared as published: the texts the licence policy withholds are left out of both.
        bump = required_bump(stored, withhold(tables)) if stored is not None else None
        # The previous release in today's layout (a 1.x one upgraded in memory), so that the
        # delta shows what changed in the data rather than in the column names.
        previous = withhold(upgrade(stored)) if stored is not None else None
        newest_version = newest["version"] if newest else None
        decision = decide_version(newest_version, bump, requested_version)
        if decision.version is None:
            return PublishResult(None, None, f"nothing changed: {decision.reason}")
        version = decision.version
        parse_version(version)
        reason = decision.reason
        if previous is not None:
            # Said aloud: a build from another sources folder (or another instance) into the
            # same outputs drops the interviews it does not have.
            dropped = sorted(
                set(previous["documents"]["source_id"]) - set(tables["documents"]["source_id"])
            )
            if dropped:
                shown = ", ".join(dropped[:5]) + (" ..." if len(dropped) > 5 else "")
                reason += f"; drops {len(dropped)} interview(s) of {newest_version}: {shown}"
        final = releases_dir / version
        if final.exists():
            raise PublishError(f"{final} already exists; a published release is never changed")
        tmp = releases_dir / f".{version}.tmp-{os.getpid()}"
        try:
            _write_release(
                tmp,
                version,
                released,
                tables,
                previous,
                previous_dir,
                quality(),
                epoch,
                tables_checked,
                layout_changes(stored, tables, is_legacy(previous_dir))
                if stored is not None and previous_dir is not None
                else (),
            )
            fault_point("written")
            os.rename(tmp, final)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        fault_point("renamed")
        entries = [e for e in read_index(releases_dir) if e["version"] != version]
        entries.append(
            {
                "version": version,
                "date": released,
                "content_hash": content_hash(final),
                "path": f"{version}/",
            }
        )
        write_index(releases_dir, entries)
        fault_point("indexed")
        return PublishResult(version, final, reason)
