"""One dynamic partition per source interview, keyed by its source id."""

import dagster as dg

source_partitions = dg.DynamicPartitionsDefinition(name="sources")
