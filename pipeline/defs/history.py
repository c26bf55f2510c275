"""What the instance recorded about each source partition, and which partitions must be
recomputed: the one place that reads materialization history, shared by the sensors and by
``interview-claims build``."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

import dagster as dg

from pipeline.codeversion import code_version
from pipeline.defs.partitions import SOURCE_HASH
from pipeline.publish.index import latest
from pipeline.publish.recovery import release_problem

EXTRACTED = dg.AssetKey("claims")
"""The partitioned asset: one materialization per source and extraction."""

CODE_VERSION_TAG = "dagster/code_version"


def latest_materializations(
    instance: dg.DagsterInstance, key: dg.AssetKey, partitions: Iterable[str]
) -> dict[str, dg.EventLogRecord]:
    """The latest materialization record of each of ``partitions`` that has one."""
    wanted = set(partitions)
    if not wanted:
        return {}
    storage_ids = instance.get_latest_storage_id_by_partition(
        key, dg.DagsterEventType.ASSET_MATERIALIZATION, wanted
    )
    if not storage_ids:
        return {}
    records = instance.fetch_materializations(
        dg.AssetRecordsFilter(asset_key=key, storage_ids=list(storage_ids.values())),
        limit=len(storage_ids),
    ).records
    return {r.partition_key: r for r in records if r.partition_key is not None}


def _metadata_text(record: dg.EventLogRecord, name: str) -> str | None:
    materialization = record.asset_materialization
    value = materialization.metadata.get(name) if materialization else None
    return str(value.value) if value is not None else None


def recorded_hashes(instance: dg.DagsterInstance, partitions: Iterable[str]) -> dict[str, str]:
    """The content hash each partition's latest materialization was read from."""
    records = latest_materializations(instance, EXTRACTED, partitions)
    found = {key: _metadata_text(record, SOURCE_HASH) for key, record in records.items()}
    return {key: value for key, value in found.items() if value}


def stale_partitions(
    instance: dg.DagsterInstance, hashes: Mapping[str, str], code_version: str | None
) -> set[str]:
    """The partitions in ``hashes`` whose extraction must run again: never materialized, read
    from other content, or made by other code."""
    history = latest_materializations(instance, EXTRACTED, hashes)
    stale = set()
    for partition, content_hash in hashes.items():
        record = history.get(partition)
        materialization = record.asset_materialization if record else None
        if (
            record is None
            or materialization is None
            or (materialization.tags or {}).get(CODE_VERSION_TAG) != code_version
            or _metadata_text(record, SOURCE_HASH) != content_hash
        ):
            stale.add(partition)
    return stale


def contiguous_ranges(order: Sequence[str], selected: Iterable[str]) -> list[tuple[str, str]]:
    """``selected`` as (first, last) ranges of consecutive keys in ``order``: one run each."""
    chosen = set(selected)
    ranges: list[tuple[str, str]] = []
    start: str | None = None
    previous: str | None = None
    for key in order:
        if key in chosen:
            start = start or key
            previous = key
        elif start is not None and previous is not None:
            ranges.append((start, previous))
            start = None
    if start is not None and previous is not None:
        ranges.append((start, previous))
    return ranges


CLAIMS_STATE_TAG = "interview-claims/claims-state"
"""Run tag on a release run started by ``build``: :func:`claims_state` before the run began."""
RELEASE_INPUTS = "release_inputs"
"""Metadata key on the ``release`` materialization: :func:`release_inputs` after publishing."""


def claims_state(instance: dg.DagsterInstance, partitions: Iterable[str]) -> str:
    """Which materialization of ``claims`` each source partition currently has: any new
    extraction, added or removed source changes it."""
    keys = sorted(partitions)
    storage_ids = instance.get_latest_storage_id_by_partition(
        EXTRACTED, dg.DagsterEventType.ASSET_MATERIALIZATION, set(keys)
    )
    listing = json.dumps([[key, storage_ids.get(key)] for key in keys])
    return hashlib.sha256(listing.encode()).hexdigest()


CORPUS_PARTS = ("corpus.yaml", "gold", "passes", "texts")
"""What of the corpus folder the corpus tables are built from."""


def corpus_state(corpus_dir: Path | None) -> str | None:
    """A hash of the corpus files the release's corpus tables are built from (the list, the
    gold, the passes, the texts kept there): a change of the gold alone is a change."""
    if corpus_dir is None or not (corpus_dir / "corpus.yaml").is_file():
        return None
    digest = hashlib.sha256()
    for part in CORPUS_PARTS:
        path = corpus_dir / part
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            if file.is_file():
                name = file.relative_to(corpus_dir).as_posix()
                digest.update(
                    f"{name}\x1f{hashlib.sha256(file.read_bytes()).hexdigest()}\n".encode()
                )
    return digest.hexdigest()


def release_inputs(
    state: str, outputs_dir: Path, requested_version: str | None, corpus_dir: Path | None = None
) -> str:
    """Everything a release run is made from: the claims, the annotated corpus, the code and
    schemas, where it publishes, the newest release there and the version asked for. Equal
    inputs give an equal release, so a build that finds them unchanged since the last release
    need not run. The newest release counts as it stands on disk, checked against its
    SHA256SUMS and the index: a deleted or damaged one is a change, never "nothing changed"."""
    releases_dir = outputs_dir / "releases"
    newest = latest(releases_dir)
    intact = newest is not None and release_problem(releases_dir, newest) is None
    parts = {
        "claims": state,
        "corpus": corpus_state(corpus_dir),
        "code": code_version(".", "../schemas"),
        "outputs": str(outputs_dir.resolve()),
        "newest": [newest["version"], newest["content_hash"], intact] if newest else None,
        "requested_version": requested_version,
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()


def last_release_inputs(instance: dg.DagsterInstance) -> str | None:
    """:func:`release_inputs` as the latest ``release`` materialization recorded them."""
    records = instance.fetch_materializations(dg.AssetKey("release"), limit=1).records
    return _metadata_text(records[0], RELEASE_INPUTS) if records else None
