"""One dynamic partition per source interview, keyed by its source id, and the content hash
that says whether a source changed."""

import hashlib
from pathlib import Path

import dagster as dg

from pipeline.extract.documents import SOURCE_ID_PATTERN

PARTITIONS_NAME = "sources"
SOURCE_HASH = "source_sha256"
"""Metadata key of the content hash on each ``claims`` partition's materialization."""

source_partitions = dg.DynamicPartitionsDefinition(name=PARTITIONS_NAME)


def source_hash(sources_dir: Path, source_id: str) -> str:
    """sha256 over the sha256 of ``<id>.txt`` and of ``<id>.yaml``: an edit to either changes it.

    A missing file hashes to a marker rather than raising, so that reading the source still
    reports it with its own clear message."""
    digest = hashlib.sha256()
    for ext in ("txt", "yaml"):
        try:
            part = hashlib.sha256((sources_dir / f"{source_id}.{ext}").read_bytes()).hexdigest()
        except FileNotFoundError:
            part = "missing"
        digest.update(f"{ext} {part}\n".encode())
    return digest.hexdigest()


def complete_sources(sources_dir: Path) -> tuple[dict[str, str], list[str]]:
    """``{id: content hash}`` of every source whose text and yaml are both present, and why
    the other ``*.txt`` files were passed over (a bad id, or a yaml not written yet)."""
    hashes: dict[str, str] = {}
    passed_over: list[str] = []
    for path in sorted(sources_dir.glob("*.txt")):
        source_id = path.stem
        if not SOURCE_ID_PATTERN.fullmatch(source_id):
            passed_over.append(f"{path.name}: not a valid source id")
        elif not path.is_file():  # a FIFO would block the hash below, and the sensor with it
            passed_over.append(f"{path.name}: not a regular file")
        elif not (sources_dir / f"{source_id}.yaml").is_file():
            passed_over.append(f"{path.name}: waiting for {source_id}.yaml")
        else:
            hashes[source_id] = source_hash(sources_dir, source_id)
    return hashes, passed_over
