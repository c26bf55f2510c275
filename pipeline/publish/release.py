"""Publish a release: decide the version from the data, write every file into a temporary
folder beside the final one, verify it, and move it into place in one rename. The index is
rewritten last. A published release is never changed.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import logging
import os
import shutil
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
from pipeline.publish.datapackage import write_datapackage
from pipeline.publish.files import (
    read_tables,
    set_mtimes,
    sha256_file,
    write_checksums,
    write_tables,
)
from pipeline.publish.index import latest, read_index, write_index
from pipeline.publish.tables import Tables
from pipeline.publish.validation import check_all, check_changes
from pipeline.publish.versioning import decide_version, parse_version, required_bump
from schemas import DATA_TABLES

log = logging.getLogger(__name__)

LOCK_NAME = ".publish.lock"
LOCK_TIMEOUT_SECONDS = 600.0


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
def publish_lock(outputs_dir: Path, timeout: float = LOCK_TIMEOUT_SECONDS) -> Iterator[None]:
    """One publisher at a time per outputs folder; a second waits, then gives up clearly."""
    (outputs_dir / "releases").mkdir(parents=True, exist_ok=True)
    path = outputs_dir / LOCK_NAME
    with path.open("a") as handle:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise PublishError(
                        f"{outputs_dir}: another build is publishing (lock {path}); "
                        f"gave up after {timeout:.0f} s"
                    ) from None
                time.sleep(0.2)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _clean_leftovers(releases_dir: Path) -> None:
    """Remove temporary folders of builds that were killed while publishing."""
    for path in releases_dir.glob(".*.tmp-*"):
        log.warning("removing %s, left by an interrupted build", path)
        if path.is_dir():
            shutil.rmtree(path)
        else:
            path.unlink()


def content_hash(release_dir: Path) -> str:
    """A hash of the data tables' CSV bytes: equal for releases with equal data."""
    digest = hashlib.sha256()
    for name in DATA_TABLES:
        digest.update(f"{name} {sha256_file(release_dir / 'data' / f'{name}.csv')}\n".encode())
    return f"sha256:{digest.hexdigest()}"


def _changelog(version: str, released: str, lines: Sequence[str], previous: Path | None) -> str:
    body = [f"# Changelog\n\n## {version} ({released})\n", *lines, ""]
    if previous is not None and (previous / "CHANGELOG.md").exists():
        old = (previous / "CHANGELOG.md").read_text(encoding="utf-8")
        body.append(old.removeprefix("# Changelog\n").strip("\n"))
        body.append("")
    return "\n".join(body)


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
) -> None:
    changes = changes_mod.changes_table(previous, tables)
    summary = changes_mod.summarise(previous, tables, changes)
    lines = changes_mod.describe(summary)
    if previous is None:
        lines = ["- First release.", *lines]
    everything = {**tables, "changes": changes}
    outcomes = check_changes(changes) if tables_checked else check_all(everything)
    failed = [o for o in outcomes if not o.passed]
    if failed:
        reasons = "; ".join(r for o in failed for r in o.reasons[:3])
        raise PublishError(f"the tables fail validation: {reasons}")
    write_tables(everything, tmp / "data")
    write_codebook(tmp)
    write_datapackage(tmp, version, datetime.fromtimestamp(epoch, UTC).isoformat())
    (tmp / "CITATION.cff").write_text(citation_cff(version, released), encoding="utf-8")
    (tmp / ".zenodo.json").write_text(zenodo_json(version, released), encoding="utf-8")
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
) -> PublishResult:
    """Publish ``tables`` as the next release under ``outputs_dir/releases``, or nothing if
    they equal the latest release. ``quality`` gives the extraction figures the card reports;
    it is called only when a release is written (it extracts the whole annotated corpus).
    ``tables_checked``: the caller has run every check on the
    data tables already (the dataset's blocking checks), so only the delta is checked here."""
    releases_dir = outputs_dir / "releases"
    epoch = release_epoch()
    released = datetime.fromtimestamp(epoch, UTC).date().isoformat()
    with publish_lock(outputs_dir):
        _clean_leftovers(releases_dir)
        newest = latest(releases_dir)
        previous_dir = releases_dir / newest["version"] if newest else None
        previous = read_tables(previous_dir, DATA_TABLES) if previous_dir else None
        bump = required_bump(previous, tables) if previous is not None else None
        decision = decide_version(newest["version"] if newest else None, bump, requested_version)
        if decision.version is None:
            return PublishResult(None, None, f"nothing changed: {decision.reason}")
        version = decision.version
        parse_version(version)
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
            )
            os.rename(tmp, final)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
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
        return PublishResult(version, final, decision.reason)
