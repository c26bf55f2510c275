"""What the instance recorded about each source partition, and which partitions must be
recomputed: the one place that reads materialization history, shared by the sensors and by
``interview-claims build``."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from itertools import pairwise

import dagster as dg

from pipeline.defs.partitions import SOURCE_HASH

EXTRACTION_CHAIN = (dg.AssetKey("documents"), dg.AssetKey("passages"), dg.AssetKey("claims"))
"""The partitioned assets, each computed from the one before it."""

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
    """The content hash each partition's latest ``documents`` materialization was read from."""
    records = latest_materializations(instance, EXTRACTION_CHAIN[0], partitions)
    found = {key: _metadata_text(record, SOURCE_HASH) for key, record in records.items()}
    return {key: value for key, value in found.items() if value}


def stale_partitions(
    instance: dg.DagsterInstance,
    hashes: Mapping[str, str],
    code_versions: Mapping[dg.AssetKey, str | None],
) -> set[str]:
    """The partitions in ``hashes`` whose extraction must run again: never materialized, read
    from other content, made by other code, or with a step newer than the step after it (a
    run that failed half-way)."""
    history = [latest_materializations(instance, key, hashes) for key in EXTRACTION_CHAIN]
    stale = set()
    for partition, content_hash in hashes.items():
        records = [by_partition.get(partition) for by_partition in history]
        if any(r is None for r in records):
            stale.add(partition)
            continue
        chain = [r for r in records if r is not None]
        same_code = all(
            (r.asset_materialization.tags or {}).get(CODE_VERSION_TAG) == code_versions[key]
            for key, r in zip(EXTRACTION_CHAIN, chain, strict=True)
            if r.asset_materialization is not None
        )
        in_order = all(a.storage_id < b.storage_id for a, b in pairwise(chain))
        if _metadata_text(chain[0], SOURCE_HASH) != content_hash or not same_code or not in_order:
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
