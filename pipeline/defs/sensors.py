"""Sensors that make the dataset follow ``sources/`` by itself.

``sources_sensor`` keeps one partition per source and requests an extraction run for each new
or edited source. ``release_after_sources`` requests the release job once every extraction has
finished: a plain sensor that reads run and materialization history, so that a batch of edits
gives one release, a removed source (no run at all) still gives one, and a source whose
extraction failed holds the release back instead of making it fail. It also watches the
annotated corpus, whose gold the release publishes as tables of their own: a corrected gold
file alone is a change too.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import dagster as dg

from pipeline.defs.history import (
    CLAIMS_STATE_TAG,
    EXTRACTED,
    claims_state,
    corpus_state,
    recorded_hashes,
)
from pipeline.defs.jobs import extract_job, release_job
from pipeline.defs.partitions import PARTITIONS_NAME, complete_sources, source_partitions
from pipeline.defs.resources import ProjectPaths
from pipeline.publish.lock import INSTANCE_LOCK, is_locked

SOURCE_HASH_TAG = "interview-claims/source_sha256"
INTERVAL_ENV = "INTERVIEW_CLAIMS_SENSOR_INTERVAL"
"""Seconds between two ticks of each sensor, instead of their defaults (30 s for the sources, 60
s for the release): a lower value for a demonstration or a test, a higher one for a slow disk."""
UNFINISHED = [
    dg.DagsterRunStatus.QUEUED,
    dg.DagsterRunStatus.NOT_STARTED,
    dg.DagsterRunStatus.STARTING,
    dg.DagsterRunStatus.STARTED,
    dg.DagsterRunStatus.CANCELING,
]


def read_cursor(cursor: str | None) -> dict[str, str]:
    """Source id -> content hash, from a cursor written by :func:`write_cursor` (or by an
    older version, which kept the bare mapping)."""
    if not cursor:
        return {}
    data = json.loads(cursor)
    return dict(data.get("hashes", data))


def write_cursor(hashes: dict[str, str]) -> str:
    """The cursor: a one-line summary first, since the UI's sensor page shows the cursor
    from its start, then every source's hash (what the sensor compares)."""
    keys = sorted(hashes)
    summary = f"{len(keys)} source(s)" + (f": {keys[0]} .. {keys[-1]}" if keys else "")
    return json.dumps({"summary": summary, "hashes": {k: hashes[k] for k in keys}})


def tick_seconds(default: int) -> int:
    """``$INTERVIEW_CLAIMS_SENSOR_INTERVAL`` seconds if set, else ``default``. Read when the code
    location loads (the daemon and the UI read it then), so a change needs their restart."""
    value = os.environ.get(INTERVAL_ENV, "").strip()
    if not value:
        return default
    if not value.isdigit() or int(value) < 1:
        raise ValueError(f"{INTERVAL_ENV}={value!r}: expected a whole number of seconds >= 1")
    return int(value)


def _build_running(instance: dg.DagsterInstance) -> bool:
    """Whether an ``interview-claims build`` holds this instance: its partitions and claims
    are changing, so a sensor waits for the next tick rather than act on them."""
    root = instance.root_directory
    return bool(root) and is_locked(Path(root) / INSTANCE_LOCK)


@dg.sensor(
    job=extract_job,
    minimum_interval_seconds=tick_seconds(30),
    default_status=dg.DefaultSensorStatus.RUNNING,
    description="Adds a partition for each new source in sources/ and requests its extraction; "
    "requests it again when the sha256 of its .txt or .yaml changes; removes the partition of "
    "a deleted source. The cursor: a summary, then each source id's content hash.",
)
def sources_sensor(
    context: dg.SensorEvaluationContext, paths: ProjectPaths
) -> dg.SensorResult | dg.SkipReason:
    instance = context.instance
    if _build_running(instance):
        return dg.SkipReason("a build is using this Dagster instance; trying again next tick")
    if not paths.sources.is_dir():  # unmounted or mistyped: not "every source was removed"
        return dg.SkipReason(f"{paths.sources} is not a folder; partitions left as they are")
    current, passed_over = complete_sources(paths.sources)
    for note in passed_over:
        context.log.info(note)
    previous = read_cursor(context.cursor)
    # With no cursor entry (a new sensor, or an instance built by `interview-claims build`),
    # what was last extracted counts as seen: only real changes start runs.
    unseen = [key for key in current if key not in previous]
    previous |= recorded_hashes(instance, unseen)

    partitions = set(instance.get_dynamic_partitions(PARTITIONS_NAME))
    # A source is removed only when its text is gone; a missing yaml is an edit in progress.
    present = {path.stem for path in paths.sources.glob("*.txt")}
    removed = sorted(partitions - present)
    added = sorted(set(current) - partitions)
    changed = sorted(key for key, digest in current.items() if previous.get(key) != digest)

    # The run key carries the content hash and the storage id of the last extraction, so a
    # retried tick never doubles a run while reverting an edit (back to an old hash) still runs.
    last = instance.get_latest_storage_id_by_partition(
        EXTRACTED, dg.DagsterEventType.ASSET_MATERIALIZATION, set(changed)
    )
    run_requests = [
        dg.RunRequest(
            run_key=f"{key}:{current[key]}:{last.get(key, 0)}",
            partition_key=key,
            tags={SOURCE_HASH_TAG: current[key]},
        )
        for key in changed
    ]
    requests: list[dg.AddDynamicPartitionsRequest | dg.DeleteDynamicPartitionsRequest] = []
    if added:
        requests.append(source_partitions.build_add_request(added))
    if removed:
        requests.append(source_partitions.build_delete_request(removed))
    cursor = {key: digest for key, digest in previous.items() if key in present} | current
    if not run_requests and not requests and cursor == read_cursor(context.cursor):
        return dg.SkipReason(f"{len(current)} source(s), none new, edited or removed")
    edited = sorted(set(changed) - set(added))
    context.log.info(f"sources added {added}, edited {edited}, removed {removed}")
    return dg.SensorResult(
        run_requests=run_requests,
        dynamic_partitions_requests=requests,
        cursor=write_cursor(cursor),
    )


@dg.sensor(
    job=release_job,
    minimum_interval_seconds=tick_seconds(60),
    default_status=dg.DefaultSensorStatus.RUNNING,
    description="Requests the release job once no extraction run is queued or running, every "
    "source has its claims, and claims were materialized, sources removed or the annotated "
    "corpus (its list, gold, passes or texts) changed since the last request. The release "
    "publishes nothing when the tables did not change. The cursor: the claims' state and the "
    "corpus's hash.",
)
def release_after_sources(
    context: dg.SensorEvaluationContext, paths: ProjectPaths
) -> dg.RunRequest | dg.SkipReason:
    instance = context.instance
    if _build_running(instance):
        return dg.SkipReason("a build is using this Dagster instance; trying again next tick")
    unfinished = instance.get_run_records(
        dg.RunsFilter(job_name=extract_job.name, statuses=UNFINISHED), limit=1
    )
    if unfinished:
        return dg.SkipReason("waiting for the extraction runs to finish")
    partitions = instance.get_dynamic_partitions(PARTITIONS_NAME)
    if not partitions:
        return dg.SkipReason("no sources yet")
    missing = sorted(set(partitions) - instance.get_materialized_partitions(EXTRACTED))
    if missing:
        return dg.SkipReason(f"waiting for the claims of {', '.join(missing[:5])}")
    state = claims_state(instance, partitions)
    corpus = corpus_state(paths.corpus) or "no corpus"
    # A cursor of the older form (the claims' state alone) differs from this one: the first
    # tick after an upgrade requests one release, which publishes nothing if nothing changed.
    cursor = f"{state}:{corpus}"
    if cursor == context.cursor:
        return dg.SkipReason(
            "no claims materialized, no source removed and no change to the annotated corpus "
            "since the last release"
        )
    context.update_cursor(cursor)
    return dg.RunRequest(run_key=f"release:{cursor}", tags={CLAIMS_STATE_TAG: state})
