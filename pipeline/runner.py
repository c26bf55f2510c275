"""Run the pipeline in-process on a persistent Dagster instance: the engine behind
``interview-claims build``. The Dagster layer stays thin; this module only syncs partitions,
extracts the sources that are new or changed since their last run, starts the release job and
reports what happened."""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.evaluation import ahead
from pipeline.extract.documents import read_source, source_ids
from pipeline.publish.index import latest
from pipeline.publish.lock import INSTANCE_LOCK, OUTPUTS_LOCK, LockTimeout, file_lock
from pipeline.publish.targets import UnsafeTarget, refuse_inside_release
from pipeline.publish.versioning import check_requested

PROJECT_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DAGSTER_HOME = PROJECT_ROOT / "dagster_home"
PARTITIONS_NAME = "sources"
if TYPE_CHECKING:  # Dagster is imported only when a build starts: the CLI stays quick
    import dagster as dg

QUIET_LOGS = {"loggers": {"console": {"config": {"log_level": "WARNING"}}}}


class BuildError(RuntimeError):
    """A build that failed; nothing was published."""


@dataclass(frozen=True)
class BuildResult:
    published: bool
    version: str | None
    path: str | None
    reason: str


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def ensure_dagster_home() -> Path:
    """Use ``$DAGSTER_HOME``, or the project's ``dagster_home/`` (SQLite storage)."""
    home = Path(os.environ.setdefault("DAGSTER_HOME", str(DEFAULT_DAGSTER_HOME))).resolve()
    home.mkdir(parents=True, exist_ok=True)
    return home


def use_fewer_planned_events() -> None:
    """One "planned" event per asset for a range run instead of one per partition: thousands
    fewer event-log writes in a large build. (Dagster's own switch; its cost is that the
    partitions of a failed range run show as missing rather than failed.)"""
    os.environ.setdefault("DAGSTER_EMIT_PARTITION_SUBSET_IN_PLANNED_EVENTS", "1")


_OWN_ERROR = re.compile(r"^pipeline\.[\w.]+?\.\w+: ")
_OS_ERROR = re.compile(r"^(?:\w+Error: )?\[Errno \d+\] (?P<what>[^:]+)(?:: '(?P<path>.*)')?$")
INTERRUPTED = ("DagsterExecutionInterruptedError", "KeyboardInterrupt")


def _step_error(error: Any) -> str:
    """One line for a failed step: the error the project's code raised (not Dagster's
    wrapper around it), without the class name when it is the project's own error, and an
    operating-system error as ``PATH: what``. The whole trace stays in the event log."""
    if error is None:
        return "unknown error"
    inner = error.cause or error
    text = inner.message.strip().splitlines()[0] if inner.message.strip() else inner.cls_name
    text = _OWN_ERROR.sub("", text)
    found = _OS_ERROR.match(text)
    if found:
        what = found["what"].lower()
        text = f"{found['path']}: {what}" if found["path"] else what
    return text


def _interrupted(result: object) -> bool:
    """Whether a run failed because the user pressed Ctrl-C (Dagster turns it into a
    failed step)."""
    for event in getattr(result, "all_events", []):
        if event.is_step_failure and event.step_failure_data is not None:
            error = event.step_failure_data.error
            while error is not None:
                if error.cls_name in INTERRUPTED:
                    return True
                error = error.cause
    return False


def _failure(result: object) -> str:
    if _interrupted(result):
        raise KeyboardInterrupt
    events = getattr(result, "all_events", [])
    messages = []
    for event in events:
        if event.is_step_failure and event.step_failure_data is not None:
            messages.append(f"{event.step_key}: {_step_error(event.step_failure_data.error)}")
        elif event.event_type_value == "ASSET_CHECK_EVALUATION":
            data = event.event_specific_data
            evaluation = getattr(data, "asset_check_evaluation", data)
            if not getattr(evaluation, "passed", True):
                messages.append(f"check {evaluation.check_name} failed")
    return "; ".join(messages) or "the run failed"


def _stale_sources(
    defs: dg.Definitions, instance: dg.DagsterInstance, sources_dir: Path, ids: list[str]
) -> set[str]:
    """The sources that are new or stale (other content or other code than their last
    materialization), each read once to fail early, with the file named, before the instance
    is changed or any run starts."""
    from pipeline.defs.history import EXTRACTED, stale_partitions
    from pipeline.defs.partitions import source_hash

    code_version = defs.resolve_asset_graph().get(EXTRACTED).code_version
    hashes = {key: source_hash(sources_dir, key) for key in ids}
    stale = stale_partitions(instance, hashes, code_version)
    for key in sorted(stale):
        read_source(sources_dir, key)
    return stale


def _extract(
    defs: dg.Definitions,
    instance: dg.DagsterInstance,
    stale: set[str],
    say: Callable[[str], None],
) -> None:
    """Extract the stale sources, one run per contiguous range of the partition order."""
    from pipeline.defs.history import contiguous_ranges

    keys = instance.get_dynamic_partitions(PARTITIONS_NAME)
    ranges = contiguous_ranges(keys, stale)
    if not ranges:
        say(f"[3/4] all {len(keys)} source(s) unchanged since their last extraction")
        return
    unchanged = len(keys) - len(stale)
    say(
        f"[3/4] extracting claims from {len(stale)} source(s) "
        f"({unchanged} unchanged, {len(ranges)} run(s))"
    )
    job = defs.resolve_job_def("extract_sources")
    for start, end in ranges:
        extract = run_partition_range(job, instance, start, end)
        if not extract.success:
            raise BuildError(f"extraction failed: {_failure(extract)}")


def build(
    sources_dir: Path,
    outputs_dir: Path,
    *,
    corpus_dir: Path | None = None,
    version: str | None = None,
    allow_empty: bool = False,
    say: Callable[[str], None] = _say,
) -> BuildResult:
    """Extract the new and changed sources and publish a release if anything changed.

    The whole build holds two locks: one on the Dagster instance (a second build on it would
    change the partitions and intermediate values under this one and publish a mixture) and
    one on the outputs folder (a second build into it, from another instance, must see this
    one's release). Both are taken before the instance is opened, so two first builds never
    create one instance's schema at once. A second build waits, saying so, for up to
    ``$INTERVIEW_CLAIMS_LOCK_TIMEOUT`` seconds (default 600), then fails with one line; a
    killed build releases its locks with its process."""
    sources_dir, outputs_dir = sources_dir.resolve(), outputs_dir.resolve()
    try:  # `--outputs outputs/releases/1.0.0` would publish releases inside a release
        refuse_inside_release(outputs_dir)
    except UnsafeTarget as err:
        raise BuildError(str(err)) from None
    if version is not None:  # before any work, and whether or not anything changed
        newest = latest(outputs_dir / "releases")
        check_requested(version, str(newest["version"]) if newest else None)
    ids = source_ids(sources_dir)
    say(f"[1/4] found {len(ids)} source(s) in {sources_dir}")
    if not ids and not allow_empty:
        raise BuildError(
            f"{sources_dir}: no sources (no <id>.txt files); an empty release is published "
            "only when asked for (--allow-empty)"
        )
    home = ensure_dagster_home()
    try:
        with (
            file_lock(home / INSTANCE_LOCK, f"another build is using {home}", on_wait=say),
            file_lock(
                outputs_dir / OUTPUTS_LOCK, f"another build is writing {outputs_dir}", on_wait=say
            ),
            ahead.QualityAhead() as quality,  # no helper outlives the build
        ):
            return _build(
                sources_dir, outputs_dir, ids, home, corpus_dir, version, allow_empty, quality, say
            )
    except LockTimeout as err:
        raise BuildError(str(err)) from None


def _build(
    sources_dir: Path,
    outputs_dir: Path,
    ids: list[str],
    home: Path,
    corpus_dir: Path | None,
    version: str | None,
    allow_empty: bool,
    quality: ahead.QualityAhead,
    say: Callable[[str], None],
) -> BuildResult:
    use_fewer_planned_events()

    import dagster as dg

    from pipeline.definitions import make_definitions
    from pipeline.defs.history import (
        CLAIMS_STATE_TAG,
        claims_state,
        last_release_inputs,
        release_inputs,
    )
    from pipeline.defs.resources import ProjectPaths, ReleaseOptions

    paths = ProjectPaths(
        sources_dir=str(sources_dir),
        outputs_dir=str(outputs_dir),
        corpus_dir=str(corpus_dir or PROJECT_ROOT / "corpus"),
    )
    options = ReleaseOptions(version=version, allow_empty=allow_empty)
    defs = make_definitions({"paths": paths, "release_options": options, "quality_ahead": quality})
    instance = dg.DagsterInstance.get()
    stale = _stale_sources(defs, instance, sources_dir, ids)
    known = instance.get_dynamic_partitions(PARTITIONS_NAME)
    removed = [key for key in known if key not in set(ids)]
    for key in removed:
        instance.delete_dynamic_partition(PARTITIONS_NAME, key)
    added = [key for key in ids if key not in set(known)]
    if added:
        instance.add_dynamic_partitions(PARTITIONS_NAME, added)
    say(f"[2/4] Dagster instance {home}: {len(added)} source(s) added, {len(removed)} removed")
    if stale:
        # A new extraction changes the claims' state, so a release run follows: its card's
        # quality figures are worked out meanwhile, on whatever core the extraction leaves.
        quality.start(paths.corpus)
    if ids:
        _extract(defs, instance, stale, say)
    state = claims_state(instance, ids)
    if last_release_inputs(instance) == release_inputs(state, outputs_dir, version, paths.corpus):
        say("[4/4] nothing changed since the last release was built; not publishing")
        return BuildResult(False, None, None, "nothing changed since the last build")
    say("[4/4] checking the dataset and publishing")
    quality.start(paths.corpus)  # unless started before the extraction
    result = defs.resolve_job_def("publish_release").execute_in_process(
        instance=instance,
        run_config=QUIET_LOGS,
        raise_on_error=False,
        tags={CLAIMS_STATE_TAG: state, **build_tags("every source")},
    )
    if not result.success:
        raise BuildError(f"nothing was published: {_failure(result)}")
    materializations = [
        e.materialization
        for e in result.get_asset_materialization_events()
        if e.materialization.asset_key == dg.AssetKey("release")
    ]
    if not materializations:
        raise BuildError(f"nothing was published: {_failure(result)}")
    meta = {k: v.value for k, v in materializations[0].metadata.items()}
    return BuildResult(
        published=bool(meta["published"]),
        version=str(meta["version"]) or None,
        path=str(meta["path"]) or None,
        reason=str(meta["reason"]),
    )


STARTED_BY_TAG = "interview-claims/started_by"
SOURCES_TAG = "interview-claims/sources"


def build_tags(sources: str) -> dict[str, str]:
    """Tags that tell a build's runs apart on the Runs page, which otherwise says only
    "Manually launched": who started the run and which sources it covers."""
    return {STARTED_BY_TAG: "interview-claims build", SOURCES_TAG: sources}


def run_partition_range(job: Any, instance: Any, start: str, end: str) -> Any:
    """One in-process run of a partitioned job over the sources ``start``..``end``."""
    return job.execute_in_process(
        instance=instance,
        run_config=QUIET_LOGS,
        tags={
            "dagster/asset_partition_range_start": start,
            "dagster/asset_partition_range_end": end,
            **build_tags(start if start == end else f"{start} .. {end}"),
        },
        raise_on_error=False,
    )
