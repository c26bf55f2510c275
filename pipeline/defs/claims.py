"""One partitioned asset per source: its text read, segmented and its claims extracted.

Reading, segmenting and extracting are one asset rather than three because Dagster records
two events per asset and partition in its event log, about 10 ms each on SQLite; three
assets made that bookkeeping cost more than the extraction itself on a corpus of 1,000.
The steps stay separate functions in ``pipeline.extract``."""

import hashlib
import os
from typing import Any

import dagster as dg

from pipeline.codeversion import code_version
from pipeline.defs.partitions import SOURCE_HASH, source_hash, source_partitions
from pipeline.defs.resources import ProjectPaths
from pipeline.publish.tables import ArrowTables

CODE_VERSION = code_version("extract", "batch.py", "publish/tables.py", "publish/ids.py")
COUNTED = ("passages", "claims", "mentions", "quantities", "times", "entities")


class ExtractionConfig(dg.Config):
    """How sources are extracted: in `workers` processes for a large batch (0: one per CPU;
    a small batch, or a run on a Dask worker, uses one)."""

    workers: int = int(os.environ.get("INTERVIEW_CLAIMS_WORKERS") or 0)


@dg.asset(
    partitions_def=source_partitions,
    code_version=CODE_VERSION,
    backfill_policy=dg.BackfillPolicy.single_run(),
    group_name="extraction",
    kinds={"python", "pandas"},
)
def claims(
    context: dg.AssetExecutionContext, config: ExtractionConfig, paths: ProjectPaths
) -> dg.Output[Any]:
    """Each source in `sources/` (`<id>.txt` decoded strictly as UTF-8 with BOM and CRLF
    normalised, `<id>.yaml` read safely) segmented into passages (title, editorial,
    question, answer, furniture) with speakers and roles, and its claims (verbatim spans with
    type, hedging, quantities, times and entities) as tables with content-derived ids."""
    # Imported here: the extractor compiles its patterns on import (~1 s), which a build that
    # only publishes, or finds nothing to do, should not pay.
    from pipeline.batch import extract_sources
    from pipeline.extraction import DEFAULT_EXTRACTOR

    keys = context.partition_keys
    # Hashed before reading: a file edited in between leaves a hash that no longer matches
    # the files, so the change is picked up again instead of being marked as done.
    hashes = {key: source_hash(paths.sources, key) for key in keys}
    tables: dict[str, ArrowTables] = {}
    for done, (key, found) in enumerate(
        extract_sources(paths.sources, keys, config.workers or None, warn=context.log.warning),
        start=1,
    ):
        tables[key] = found
        # Per-partition metadata: what the sensor and `build` compare to decide staleness.
        context.add_asset_metadata(
            {SOURCE_HASH: hashes[key], **{name: len(found[name]) for name in COUNTED}},
            partition_key=key,
        )
        if done % 100 == 0 and done < len(keys):
            context.log.info(f"extracted {done} of {len(keys)} sources")
    counts = {name: sum(len(t[name]) for t in tables.values()) for name in COUNTED}
    # The run's totals go to its log: as output metadata they would be copied onto every
    # partition, which must describe only itself.
    context.log.info(
        f"extracted {len(keys)} source(s): "
        + ", ".join(f"{count} {name}" for name, count in counts.items())
    )
    # Dagster keeps one data version per output, so only a one-source run (every sensor run)
    # records one: the source's content and the code that read it.
    version = None
    if len(keys) == 1:
        version = dg.DataVersion(
            hashlib.sha256(f"{hashes[keys[0]]}:{CODE_VERSION}".encode()).hexdigest()[:16]
        )
    return dg.Output(
        tables,
        data_version=version,
        metadata={
            "extractor": f"{DEFAULT_EXTRACTOR.name}/{DEFAULT_EXTRACTOR.version}",
            "sources_dir": str(paths.sources),
        },
    )
