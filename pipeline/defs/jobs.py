"""Jobs: extraction of sources (partitioned) and the release (all sources combined)."""

import dagster as dg

from pipeline.defs.partitions import source_partitions

extract_job = dg.define_asset_job(
    "extract_sources",
    selection=dg.AssetSelection.assets("claims"),
    partitions_def=source_partitions,
    description="Read, segment and extract the claims of the sources in a partition range.",
)

release_job = dg.define_asset_job(
    "publish_release",
    selection=dg.AssetSelection.assets("dataset", "release"),
    description="Combine every source, run the blocking checks, and publish a release if "
    "anything changed.",
)
