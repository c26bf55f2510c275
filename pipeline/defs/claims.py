"""Per-source claims, with their mentions, entities, quantities and times, as tables."""

from typing import Any

import dagster as dg

from pipeline.codeversion import code_version
from pipeline.defs.partitions import source_partitions
from pipeline.defs.sources import output, per_partition
from pipeline.extract.run import DEFAULT_EXTRACTOR
from pipeline.publish.tables import Tables, source_tables


@dg.asset(
    partitions_def=source_partitions,
    code_version=code_version("extract", "publish/tables.py", "publish/ids.py"),
    backfill_policy=dg.BackfillPolicy.single_run(),
    group_name="extraction",
    kinds={"python", "pandas"},
)
def claims(context: dg.AssetExecutionContext, passages: Any) -> dg.Output[Any]:
    """The claims of each document (verbatim spans with speaker, role, type and hedging) and
    their child tables (mentions, entities, quantities, times), with content-derived ids."""
    tables: dict[str, Tables] = {}
    for key, (document, found) in per_partition(context, passages).items():
        extracted = DEFAULT_EXTRACTOR.extract(document, found)
        tables[key] = source_tables(document, found, extracted, DEFAULT_EXTRACTOR)
    counts = {
        name: sum(len(t[name]) for t in tables.values())
        for name in ("claims", "mentions", "quantities", "times", "entities")
    }
    return dg.Output(
        output(context, tables),
        metadata={**counts, "extractor": f"{DEFAULT_EXTRACTOR.name}/{DEFAULT_EXTRACTOR.version}"},
    )
