"""Per-source assets: the document read from ``sources/`` and its passages."""

from typing import Any

import dagster as dg

from pipeline.codeversion import code_version
from pipeline.defs.partitions import SOURCE_HASH, source_hash, source_partitions
from pipeline.defs.resources import ProjectPaths
from pipeline.extract.documents import read_source
from pipeline.extract.model import Document, Passage
from pipeline.extract.passages import segment


def per_partition(context: dg.AssetExecutionContext, value: Any) -> dict[str, Any]:
    """An input as {partition key: value}, whether the run covers one partition or a range."""
    keys = context.partition_keys
    return value if len(keys) > 1 else {keys[0]: value}


def output(context: dg.AssetExecutionContext, values: dict[str, Any]) -> Any:
    """The shape the IO manager expects: a dict for a range, the value for one partition."""
    return values if len(values) > 1 else next(iter(values.values()))


@dg.asset(
    partitions_def=source_partitions,
    code_version=code_version("extract/documents.py", "extract/model.py"),
    backfill_policy=dg.BackfillPolicy.single_run(),
    group_name="extraction",
    kinds={"python"},
)
def documents(context: dg.AssetExecutionContext, paths: ProjectPaths) -> dg.Output[Any]:
    """The interview text and its metadata, read from ``sources/<id>.txt`` and ``<id>.yaml``,
    decoded strictly as UTF-8 with BOM and CRLF normalised."""
    docs: dict[str, Document] = {}
    hashes: dict[str, str] = {}
    for key in context.partition_keys:
        # Hashed before reading: a file edited in between leaves a hash that no longer matches
        # the files, so the change is picked up again instead of being marked as done.
        hashes[key] = source_hash(paths.sources, key)
        docs[key] = read_source(paths.sources, key)
        # Per-partition metadata, what the sensor and `build` compare to decide staleness.
        context.add_asset_metadata({SOURCE_HASH: hashes[key]}, partition_key=key)
    return dg.Output(
        output(context, docs),
        # Dagster keeps one data version per output, so only a one-source run (every sensor
        # run) can record the source's hash as its data version; ranges rely on the metadata.
        data_version=dg.DataVersion(next(iter(hashes.values()))) if len(hashes) == 1 else None,
        metadata={
            "sources": len(docs),
            "characters": sum(len(d.text) for d in docs.values()),
            "sha256": ", ".join(d.sha256[:12] for d in docs.values())[:500],
            "sources_dir": str(paths.sources),
        },
    )


@dg.asset(
    partitions_def=source_partitions,
    # Everything segment() reads: an edit to any of it must mark the passages stale.
    code_version=code_version(
        "extract/passages.py",
        "extract/speakers.py",
        "extract/sentences.py",
        "extract/datafiles.py",
        "extract/model.py",
        "extract/data/segmentation.yaml",
        "extract/data/splitting.yaml",
    ),
    backfill_policy=dg.BackfillPolicy.single_run(),
    group_name="extraction",
    kinds={"python"},
)
def passages(context: dg.AssetExecutionContext, documents: Any) -> dg.Output[Any]:
    """Each document segmented into passages (title, editorial, question, answer, furniture)
    with speakers, roles and, for each answer, the question it answers."""
    segmented: dict[str, tuple[Document, list[Passage]]] = {
        key: (doc, segment(doc)) for key, doc in per_partition(context, documents).items()
    }
    kinds: dict[str, int] = {}
    for _, found in segmented.values():
        for passage in found:
            kinds[passage.kind] = kinds.get(passage.kind, 0) + 1
    return dg.Output(
        output(context, segmented),
        metadata={
            "passages": sum(kinds.values()),
            **{f"kind_{k}": n for k, n in sorted(kinds.items())},
        },
    )
